/** Live updates: listens to the server's `graph` events and reports each change. */
import type { GraphChangeEvent } from '@kg/schema';

/** Subscribes to `/api/events`; EventSource reconnects by itself when the server restarts. */
export function subscribeToChanges(onChange: (event: GraphChangeEvent) => void): () => void {
  if (typeof EventSource === 'undefined') return () => undefined;
  const source = new EventSource('/api/events');
  source.addEventListener('graph', (event) => {
    try {
      onChange(JSON.parse((event as MessageEvent<string>).data) as GraphChangeEvent);
    } catch {
      // A malformed event is ignored; the next one carries the full store size again.
    }
  });
  return () => source.close();
}
