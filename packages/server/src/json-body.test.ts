import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConverterThread } from '@kg/extract';
import type { ConverterThread } from '@kg/extract';
import { errorHandler } from './errors.js';
import { JSON_ASIDE_BYTES, jsonBodies } from './json-body.js';

const LIMIT = 4 * JSON_ASIDE_BYTES;
let converter: ConverterThread;
let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(jsonBodies(LIMIT, (bytes) => converter.parseJson(bytes, 'body')));
  app.post('/echo', (req, res) => {
    res.json({ body: req.body as unknown });
  });
  app.use(errorHandler(() => {}));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await converter?.close();
  await new Promise((resolve) => server.close(resolve));
});

/** A JSON text of about `size` bytes (non-ASCII included) with a known value. */
function jsonOfSize(size: number): { text: string; value: unknown } {
  const value = {
    text: 'Ünïcode “quotes” and 😀 '.repeat(Math.ceil(size / 30)).slice(0, size / 2),
  };
  return { text: JSON.stringify(value), value };
}

/** The body sent whole (with its length) or as a stream of chunks (no declared length). */
function post(
  body: string,
  how: 'whole' | 'chunked',
  type = 'application/json',
): Promise<Response> {
  const init: RequestInit & { duplex?: 'half' } = {
    method: 'POST',
    headers: { 'content-type': type },
  };
  if (how === 'whole') init.body = body;
  else {
    const bytes = Buffer.from(body, 'utf8');
    init.body = new ReadableStream({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 16 * 1024) {
          controller.enqueue(bytes.subarray(at, at + 16 * 1024));
        }
        controller.close();
      },
    });
    init.duplex = 'half';
  }
  return fetch(`${base}/echo`, init);
}

describe('jsonBodies', () => {
  const cases: [string, number, 'whole' | 'chunked', boolean][] = [
    ['a small body, on the event loop', 1024, 'whole', false],
    ['a body of JSON_ASIDE_BYTES, in the conversion thread', JSON_ASIDE_BYTES * 2, 'whole', true],
    ['a body of unknown length, in the conversion thread', 1024, 'chunked', true],
  ];
  it.each(cases)('parses %s', async (_name, size, how, aside) => {
    converter = createConverterThread();
    const { text, value } = jsonOfSize(size);
    const res = await post(text, how);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ body: value });
    expect(converter.threadId !== undefined).toBe(aside);
    await converter.close();
  });

  const failures: [string, string, 'whole' | 'chunked', number, string][] = [
    ['malformed and small', '{"text": "cut', 'whole', 400, 'PARSE_ERROR'],
    [
      'malformed and large',
      `{"text": "${'a'.repeat(JSON_ASIDE_BYTES)}`,
      'whole',
      400,
      'PARSE_ERROR',
    ],
    ['malformed, unknown length', '{"text": "cut', 'chunked', 400, 'PARSE_ERROR'],
    [
      'over the limit',
      JSON.stringify({ text: 'a'.repeat(LIMIT) }),
      'whole',
      413,
      'INPUT_TOO_LARGE',
    ],
    [
      'over the limit, unknown length',
      JSON.stringify({ text: 'a'.repeat(LIMIT) }),
      'chunked',
      413,
      'INPUT_TOO_LARGE',
    ],
  ];
  it.each(failures)('refuses a body %s alike', async (_name, body, how, status, code) => {
    converter = createConverterThread();
    const res = await post(body, how);
    expect(res.status).toBe(status);
    const answer = (await res.json()) as { error: { code: string; message: string } };
    expect(answer.error.code).toBe(code);
    if (code === 'PARSE_ERROR') {
      expect(answer.error.message).toBe('server: request body is not valid JSON.');
    }
    await converter.close();
  });

  it('leaves bodies of other types alone', async () => {
    converter = createConverterThread();
    const res = await post('x'.repeat(JSON_ASIDE_BYTES), 'whole', 'text/plain');
    expect(await res.json()).toEqual({});
    expect(converter.threadId).toBeUndefined();
    await converter.close();
  });
});
