/**
 * What the store suites share (`store-suite.ts`, `undo-suite.ts`): the factory a backend's test
 * file supplies, and a store's content as plain data to compare. Used by tests only.
 */
import type { StoreGraph } from '../merge.js';
import { withEvidence } from './materialize.js';
import type { Store } from './store.js';

/** Creates fresh stores for one test and reopens them; `cleanup` runs after each test. */
export interface StoreFactory {
  create(): Promise<Store>;
  /** Closes `store` and opens the same data again. */
  reopen(store: Store, options?: { readonly?: boolean }): Promise<Store>;
  /** Opens the same data a second time, `store` staying open (another process's view). */
  another(store: Store): Promise<Store>;
  /** Where `store` lives (file path or URL): what another process opens. */
  location(store: Store): string;
  cleanup(): Promise<void>;
}

/** Everything a store holds, as plain data without times: what two equal stores share. */
export async function dump(store: Store) {
  const documents = (await store.listDocuments()).map(({ ingestedAt: _at, ...doc }) => doc);
  documents.sort((a, b) => a.id.localeCompare(b.id));
  const graph = await withEvidence(store, await store.loadGraph());
  return {
    documents,
    ...snapshot(graph),
    curation: (await store.listCuration()).map((c) => c.rule),
  };
}

/** A graph as plain data, attribute times left out. */
export function snapshot(graph: StoreGraph) {
  const nodes = graph.mapNodes((key, a) => [
    key,
    a.label,
    a.type,
    [...a.aliases].sort(),
    a.mentionCount,
    a.documentCount,
  ]);
  const edges = graph.mapEdges((key, a) => [
    key,
    a.weight,
    a.modality,
    (a.evidence ?? []).map((e) => [
      e.docId,
      e.start,
      e.end,
      e.sentence,
      e.subjectSpan,
      e.objectSpan,
      e.modality,
      e.attribution,
    ]),
  ]);
  return { nodes: nodes.sort(), edges: edges.sort() };
}
