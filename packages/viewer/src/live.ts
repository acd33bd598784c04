/**
 * Live updates: listens to the server's `/api/events` stream. A `graph` event reports a change;
 * the `hello` that opens every stream (the first one and each reconnect) carries the store
 * version, so a change made while no stream was open — before the first one connected, or
 * while the server restarted — is noticed too.
 */
import type { EventsHello, GraphChangeEvent } from '@kg/schema';

export interface ChangeHandlers {
  /** A stream opened (or reopened) on the server at this store version. */
  hello(event: EventsHello): void;
  /** The graph changed. */
  change(event: GraphChangeEvent): void;
}

/** Subscribes to `/api/events`; EventSource reconnects by itself when the server restarts. */
export function subscribeToChanges(handlers: ChangeHandlers): () => void {
  if (typeof EventSource === 'undefined') return () => undefined;
  const source = new EventSource('/api/events');
  const listen = <T>(name: string, handle: (data: T) => void): void =>
    source.addEventListener(name, (event) => {
      let data: T;
      try {
        data = JSON.parse((event as MessageEvent<string>).data) as T;
      } catch {
        // A malformed event is ignored; the next one carries the full store size again.
        return;
      }
      handle(data);
    });
  listen('hello', handlers.hello);
  listen('graph', handlers.change);
  return () => source.close();
}
