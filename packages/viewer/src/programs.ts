/**
 * Swapping sigma's WebGL programs after construction. Sigma 4 compiles one program per item
 * kind from its `primitives` (every node shape, edge path, extremity and layer in one shader),
 * once, in its constructor, and offers no public way to change them. On software WebGL that
 * compilation and the first draw with it are most of a first frame, so the viewer starts with
 * the few primitives the first frame needs and swaps in the full set once that frame is on
 * screen, the way sigma itself rebuilds its programs after a lost WebGL context
 * (`restoreWebGLContext` → `initPrograms`). This reaches into sigma's private members: it is
 * written against sigma 4.0.x and checks what it touches, returning false (and changing
 * nothing) when they are not there.
 */

interface Killable {
  kill(): void;
}

/** The private members of a sigma instance the swap reads and writes. */
interface SigmaProgramsView {
  initPrograms?: (primitives: unknown, settings: unknown) => Record<string, unknown>;
  internals?: Record<string, unknown> & { primitives: unknown; settings: unknown };
  nodeProgram?: Killable;
  nodeFramePass?: Killable;
  edgeProgram?: Killable;
  edgeFramePass?: Killable;
}

const isKillable = (value: unknown): value is Killable =>
  typeof value === 'object' && value !== null && typeof (value as Killable).kill === 'function';

/**
 * Replaces a renderer's node and edge programs with ones compiled from `primitives`, keeping
 * its node label programs (and so the glyph atlas already drawn), which depend only on the
 * label options: `primitives` must declare the same `nodes.label` as the ones it replaces.
 * The caller refreshes the renderer afterwards. Returns false when this sigma does not have
 * the members the swap needs (nothing is changed then).
 */
export function swapPrograms(renderer: object, primitives: object): boolean {
  const sigma = renderer as SigmaProgramsView;
  const { internals, initPrograms } = sigma;
  if (typeof initPrograms !== 'function' || !internals) return false;
  const kept = {
    labelProgram: internals.labelProgram,
    labelBackgroundProgram: internals.labelBackgroundProgram,
  };
  if (!isKillable(kept.labelProgram) || !isKillable(kept.labelBackgroundProgram)) return false;
  const replaced = [
    sigma.nodeProgram,
    sigma.nodeFramePass,
    sigma.edgeProgram,
    sigma.edgeFramePass,
    internals.backdropProgram,
    internals.attachmentProgram,
    internals.edgeLabelProgram,
    internals.edgeLabelBackgroundProgram,
  ];
  // Sets the node and edge programs on the instance and returns the companions for internals.
  const fresh = initPrograms.call(renderer, primitives, internals.settings);
  for (const key of ['labelProgram', 'labelBackgroundProgram'] as const) {
    const program = fresh[key];
    if (isKillable(program)) program.kill();
  }
  Object.assign(internals, fresh, kept, { primitives });
  for (const program of replaced) if (isKillable(program)) program.kill();
  return true;
}
