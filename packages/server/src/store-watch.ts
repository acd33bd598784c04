/**
 * Writes by other processes (`kg ingest`, `kg entities merge`, `kg docs remove` against the store
 * this server serves) become the same `graph` events on `/api/events` as a viewer's paste, so
 * open viewers refresh without a restart. Where a change is heard is pluggable: a store that can
 * be told of commits (`watch`, PostgreSQL's LISTEN/NOTIFY) says so itself; any other store is
 * polled (`store.sync()`, which on SQLite reads `PRAGMA data_version`: a cheap query that changes
 * only when another connection has committed). Either way `sync()` brings the store's counts and
 * projection up to date before the event goes out, and the server's own writes, already current,
 * send nothing twice.
 */
import type { Store } from '@kg/graph';
import type { EventHub } from './events.js';

/** Tells `onChange` that the store may have been written by someone else; returns a stopper. */
export type ChangeSource = (onChange: () => void) => Promise<() => Promise<void>>;

/** A store that hears commits itself (the PostgreSQL store's LISTEN on its changes channel). */
interface WatchableStore {
  watch(
    onChange: (version: number) => void,
    onError?: (err: Error) => void,
  ): Promise<() => Promise<void>>;
}

function isWatchable(store: Store): store is Store & WatchableStore {
  return typeof (store as Partial<WatchableStore>).watch === 'function';
}

/** Asks every `intervalMs` (the timer does not keep the process alive). */
export function pollingSource(intervalMs: number): ChangeSource {
  return async (onChange) => {
    const timer = setInterval(onChange, intervalMs);
    timer.unref();
    return async () => clearInterval(timer);
  };
}

/** The store's own notifications when it has them, else polling every `intervalMs`. */
export function changeSourceFor(
  store: Store,
  intervalMs: number,
  log: (message: string) => void,
): ChangeSource {
  if (!isWatchable(store)) return pollingSource(intervalMs);
  return (onChange) =>
    store.watch(onChange, (err) => log(`kg serve: listening for store changes: ${err.message}`));
}

/**
 * Publishes a `graph` event (reason `external`) whenever another process has changed the store.
 * Checks never overlap: a change heard while one runs is checked once more after it.
 */
export async function watchStoreChanges(
  store: Store,
  events: EventHub,
  source: ChangeSource,
  log: (message: string) => void,
): Promise<() => Promise<void>> {
  let running: Promise<void> | undefined;
  let again = false;
  const check = async (): Promise<void> => {
    const before = store.counts();
    if (!(await store.sync())) return;
    const after = store.counts();
    const nodes = after.entities - before.entities;
    const edges = after.relations - before.relations;
    events.publish({
      reason: 'external',
      docId: '',
      nodesAdded: Math.max(0, nodes),
      edgesAdded: Math.max(0, edges),
      nodesRemoved: Math.max(0, -nodes),
      edgesRemoved: Math.max(0, -edges),
      nodes: after.entities,
      edges: after.relations,
    });
  };
  const onChange = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = check()
      .catch((err: unknown) => {
        log(`kg serve: catching up with the store failed: ${(err as Error)?.stack ?? String(err)}`);
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          onChange();
        }
      });
  };
  const stop = await source(onChange);
  return async () => {
    await stop();
    await running;
  };
}
