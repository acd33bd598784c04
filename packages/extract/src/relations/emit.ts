/**
 * Turning matched arguments into RelationCandidates: argument type checks (data:
 * nominal-frames.json typeArguments), self-relations dropped, one candidate per subject/object
 * pair of two coordination chains.
 */
import type { Modality, RelationType } from '@kg/schema';
import type { RelationCandidate } from '../analysis.js';
import type { ArgumentClass, Lexicon } from './lexicon.js';
import type { SentenceView, Unit } from './sentence-view.js';

export interface Emission {
  view: SentenceView;
  type: RelationType;
  subjects: Unit[];
  objects: Unit[];
  confidence: number;
  modality: Modality;
  attribution?: string | undefined;
  trigger?: { start: number; end: number } | undefined;
  label?: string;
  /** Argument classes overriding the type's (data: a compound's "arguments"). */
  argumentClasses?: [ArgumentClass, ArgumentClass] | undefined;
}

function fits(lex: Lexicon, cls: ArgumentClass, x: Unit): boolean {
  const allowed = lex.argumentTypes.get(cls);
  if (!allowed) return true;
  return (
    allowed.has(x.entityType ?? '') || (x.mention !== undefined && allowed.has(x.mention.type))
  );
}

export function argumentsFit(
  lex: Lexicon,
  type: RelationType,
  s: Unit,
  o: Unit,
  classes?: [ArgumentClass, ArgumentClass],
): boolean {
  const [sc, oc] = classes ?? lex.typeArguments.get(type) ?? ['any', 'any'];
  // A demonym as subject stands for its country ("Russian forces"), as object too.
  return fits(lex, sc, s) && fits(lex, oc, o);
}

export function emit(out: RelationCandidate[], lex: Lexicon, e: Emission): number {
  let added = 0;
  for (const s of e.subjects) {
    for (const o of e.objects) {
      const sm = s.mention;
      const om = o.mention;
      if (!sm || !om || sm.entityId === om.entityId) continue;
      if (!argumentsFit(lex, e.type, s, o, e.argumentClasses)) continue;
      const override = lex.typeOverrides.find(
        (t) =>
          t.type === e.type &&
          t.subject.includes(s.entityType ?? '') &&
          t.object.includes(o.entityType ?? ''),
      );
      out.push({
        subject: sm.entityId,
        predicate: override?.becomes ?? e.type,
        object: om.entityId,
        ...(e.label ? { label: e.label } : {}),
        modality: e.modality,
        ...(e.attribution ? { attribution: e.attribution } : {}),
        confidence: Math.round(e.confidence * 100) / 100,
        sentence: e.view.sentence.i,
        ...(e.trigger ? { trigger: e.trigger } : {}),
        subjectMention: sm.i,
        objectMention: om.i,
      });
      added++;
    }
  }
  return added;
}
