/**
 * Undoing a curation rule, for every backend (part of `describeStoreSuite`): the rule goes and
 * the documents it touched come back, extracted again, in one transaction — so an undo that
 * fails, or a process killed with SIGKILL between any two of its steps, leaves the store as it
 * was before the undo, and a finished undo leaves it as if the rule had never been made. The
 * killed process is a child running the built package (`dist/`), stopped by `onStep`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test-fixtures.js';
import type { FixtureDocument } from '../test-fixtures.js';
import type { StoreFactory } from './suite-support.js';
import { dump } from './suite-support.js';
import type { Reextraction, Store, UndoStep } from './store.js';

const guards = { name: 'Revolutionary Guards', type: 'ORG' } as const;
const irgc = { name: 'IRGC', type: 'ORG' } as const;
const hezbollah = { name: 'Hezbollah', type: 'ORG' } as const;

/** Two documents that both name the Guards both ways: a merge of the two names moves rows in each. */
const first = fixture(
  'first.txt',
  'The Revolutionary Guards armed Hezbollah. The IRGC denied it.',
  [guards, irgc, hezbollah],
  [{ subject: 'Revolutionary Guards', predicate: 'SUPPLIES', object: 'Hezbollah' }],
);
const second = fixture(
  'second.txt',
  'The IRGC trained Hezbollah. The Revolutionary Guards praised Hezbollah.',
  [guards, irgc, hezbollah],
  [
    { subject: 'IRGC', predicate: 'SUPPORTS', object: 'Hezbollah' },
    { subject: 'Revolutionary Guards', predicate: 'SUPPORTS', object: 'Hezbollah' },
  ],
);
const DOCUMENTS = [first, second];

function ingest(store: Store, doc: FixtureDocument) {
  return store.ingestExtraction(doc.extraction, { id: doc.hash, source: doc.id });
}

/** The documents extracted again, as an undo is given them. */
const reextractions = (): Reextraction[] =>
  DOCUMENTS.map((doc) => ({ extraction: doc.extraction, meta: { id: doc.hash, source: doc.id } }));

/** A store holding both documents and a merge of the two names; the merge's rule id. */
async function merged(store: Store): Promise<number> {
  for (const doc of DOCUMENTS) await ingest(store, doc);
  await store.mergeEntities('org:irgc', 'org:revolutionary-guards');
  const rules = await store.listCuration();
  return (rules.at(-1) as { id: number }).id;
}

/** What the store holds when the merge was never made. */
async function neverMerged(factory: StoreFactory): Promise<Awaited<ReturnType<typeof dump>>> {
  const store = await factory.create();
  for (const doc of DOCUMENTS) await ingest(store, doc);
  return dump(store);
}

const PACKAGE = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

/**
 * Runs the undo in another process, which stops at `step` (or, for `committed`, once the undo
 * has returned) and is killed there with SIGKILL.
 */
async function killMidUndo(
  location: string,
  id: number,
  step: UndoStep | 'committed',
): Promise<void> {
  const script = `
    import { openStore } from ${JSON.stringify(PACKAGE)};
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const { location, id, step, documents } = JSON.parse(input);
    const stop = () => {
      process.stdout.write('stopped\\n');
      return new Promise(() => setInterval(() => {}, 1000));
    };
    const store = await openStore({ path: location });
    await store.undoCuration(id, {
      documents,
      onStep: (at) => (at === step ? stop() : undefined),
    });
    if (step === 'committed') await stop();
    process.stdout.write('finished\\n');
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  const stopped = new Promise<string>((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.on('exit', () => resolve(out.trim()));
  });
  child.stdin.end(JSON.stringify({ location, id, step, documents: reextractions() }));
  const said = await stopped;
  child.kill('SIGKILL');
  const signal = await exited;
  expect({ said, signal, stderr }).toEqual({ said: 'stopped', signal: 'SIGKILL', stderr: '' });
}

export function describeUndoSuite(backend: string, factory: StoreFactory): void {
  describe(`${backend} store: undoing curation`, () => {
    it('takes a merge out and puts its documents back as if it had never been made', async () => {
      const store = await factory.create();
      const id = await merged(store);
      expect((await store.curationScope(id)).documents.sort()).toEqual(
        DOCUMENTS.map((d) => d.hash).sort(),
      );
      const graph = await store.loadGraph();
      expect(graph.hasNode('org:revolutionary-guards')).toBe(false);
      const steps: UndoStep[] = [];
      const { undone, documents } = await store.undoCuration(id, {
        documents: reextractions(),
        onStep: (step) => void steps.push(step),
      });
      expect(undone.rule).toEqual({
        op: 'merge',
        key: 'org:revolutionary-guards',
        into: 'org:irgc',
      });
      expect(steps).toEqual(['rule-removed', 'documents-removed', 'documents-written']);
      expect(documents.map((d) => [d.docId, d.status])).toEqual(
        DOCUMENTS.map((d) => [d.hash, 'reextracted']),
      );
      const expected = await neverMerged(factory);
      expect(await dump(store)).toEqual(expected);
      expect(graph.hasNode('org:revolutionary-guards')).toBe(true);
      expect(await dump(await factory.reopen(store))).toEqual(expected);
    });

    it('changes nothing when a step fails, and can be undone afterwards', async () => {
      const store = await factory.create();
      const id = await merged(store);
      const before = await dump(store);
      for (const failAt of ['rule-removed', 'documents-removed', 'documents-written'] as const) {
        await expect(
          store.undoCuration(id, {
            documents: reextractions(),
            onStep: (step) => {
              if (step === failAt) throw new Error(`stopped at ${step}`);
            },
          }),
        ).rejects.toThrow(`stopped at ${failAt}`);
        expect(await dump(store)).toEqual(before);
      }
      await store.undoCuration(id, { documents: reextractions() });
      expect(await dump(store)).toEqual(await neverMerged(factory));
    });

    it('refuses a document that is not stored, and an unknown rule, changing nothing', async () => {
      const store = await factory.create();
      const id = await merged(store);
      const before = await dump(store);
      const stray = fixture('stray.txt', 'Hezbollah.', [hezbollah]);
      await expect(
        store.undoCuration(id, {
          documents: [
            ...reextractions(),
            { extraction: stray.extraction, meta: { id: stray.hash, source: stray.id } },
          ],
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining(stray.hash) });
      await expect(store.undoCuration(id + 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await dump(store)).toEqual(before);
    });

    it.each(['rule-removed', 'documents-removed', 'documents-written'] as const)(
      'leaves the store as before the undo when its process is killed after %s',
      async (step) => {
        const store = await factory.create();
        const id = await merged(store);
        const before = await dump(store);
        const location = factory.location(store);
        await store.close();
        await killMidUndo(location, id, step);
        const reopened = await factory.reopen(store);
        expect(await dump(reopened)).toEqual(before);
        // Nothing held over from the killed process: the undo runs to the end now.
        await reopened.undoCuration(id, { documents: reextractions() });
        expect(await dump(reopened)).toEqual(await neverMerged(factory));
      },
      30_000,
    );

    it('leaves the store as after the undo when its process is killed once it returned', async () => {
      const store = await factory.create();
      const id = await merged(store);
      const location = factory.location(store);
      await store.close();
      await killMidUndo(location, id, 'committed');
      const reopened = await factory.reopen(store);
      expect(await dump(reopened)).toEqual(await neverMerged(factory));
    }, 30_000);
  });
}
