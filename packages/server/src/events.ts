/**
 * Server-sent events: open viewers subscribe to `/api/events` and receive a `graph` event after
 * every ingest or removal, plus periodic `heartbeat` events that keep proxies from closing the
 * stream. Each stream owns its own timer, cleared when the client goes away.
 */
import type { Request, Response } from 'express';
import type { EventsHello, GraphChangeEvent } from '@kg/schema';

export interface EventHub {
  /** Number of open streams. */
  readonly size: number;
  /** Turns a request into an event stream until the client disconnects. */
  subscribe(req: Request, res: Response, hello: EventsHello): void;
  publish(event: GraphChangeEvent): void;
  /** Ends every open stream (shutdown). */
  closeAll(): void;
}

function frame(event: string, data: unknown, id?: number): string {
  const head = id === undefined ? '' : `id: ${id}\n`;
  return `${head}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function createEventHub(heartbeatMs: number): EventHub {
  const clients = new Set<Response>();
  let nextId = 1;
  return {
    get size() {
      return clients.size;
    },
    subscribe(req, res, hello) {
      res.status(200);
      res.set({
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      res.flushHeaders();
      res.write(`retry: 3000\n\n${frame('hello', hello)}`);
      clients.add(res);
      const timer = setInterval(() => {
        res.write(frame('heartbeat', { time: new Date().toISOString() }));
      }, heartbeatMs);
      timer.unref();
      const drop = () => {
        clearInterval(timer);
        clients.delete(res);
      };
      req.on('close', drop);
      res.on('close', drop);
    },
    publish(event) {
      const message = frame('graph', event, nextId++);
      for (const client of clients) client.write(message);
    },
    closeAll() {
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
