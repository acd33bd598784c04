/**
 * Streamed exports: every format's pieces join to the very text of the whole-string export,
 * and `writePieces` writes a large export in bounded chunks, waiting on a slow stream, so the
 * stream never holds more than about a chunk (proved by the stream's own buffer, not timing).
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createStoreGraph } from '../query/graph.js';
import { sampleGraph } from '../testing/sample-graph.js';
import { EXPORT_FORMATS, exportGraph, exportGraphLines } from './export.js';
import { CHUNK_BYTES, writePieces } from './write.js';

/**
 * A stream that takes each chunk three turns of the event loop later, keeping what it got: a
 * writer that only let the event loop turn once between chunks, without waiting for `drain`,
 * would pile the export up in it.
 */
function slowSink(highWaterMark = 16 * 1024) {
  const chunks: string[] = [];
  let mostBuffered = 0;
  const stream = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      chunks.push(chunk);
      mostBuffered = Math.max(mostBuffered, stream.writableLength);
      setImmediate(() => setImmediate(() => setImmediate(done)));
    },
  });
  return {
    stream,
    text: () => chunks.join(''),
    chunks,
    mostBuffered: () => mostBuffered,
  };
}

/** A graph of `relations` relations among `relations / 4` entities, a sentence each. */
function syntheticGraph(relations: number) {
  const graph = createStoreGraph();
  const entities = Math.max(2, Math.floor(relations / 4));
  for (let i = 0; i < entities; i++) {
    graph.addNode(`org:org-${i}`, {
      label: `Organisation ${i}`,
      type: 'ORG',
      aliases: [`Org ${i}`],
      mentionCount: 3,
      documentCount: 1,
      firstSeen: '2024-01-01T00:00:00.000Z',
      lastSeen: '2024-01-02T00:00:00.000Z',
    });
  }
  for (let i = 0; i < relations; i++) {
    const subject = `org:org-${i % entities}`;
    const object = `org:org-${(i * 7 + 1) % entities}`;
    const key = `${subject}|SUPPLIES|${object}`;
    if (subject === object || graph.hasEdge(key)) continue;
    const sentence = `Organisation ${i % entities} supplied parts to Organisation ${(i * 7 + 1) % entities}, officials said on Tuesday in a statement number ${i}.`;
    graph.addEdgeWithKey(key, subject, object, {
      predicate: 'SUPPLIES',
      weight: 1,
      modality: 'reported',
      evidence: [
        {
          docId: `doc-${i % 50}`,
          docSource: `news/${i % 50}.txt`,
          start: 0,
          end: sentence.length,
          sentence,
          modality: 'reported',
          confidence: 0.8,
          extractorVersion: 'test-1',
          date: '2024-01-01',
        },
      ],
      firstSeen: '2024-01-01',
      lastSeen: '2024-01-01',
    });
  }
  return graph;
}

describe('exportGraphLines', () => {
  it.each(EXPORT_FORMATS)('%s: the pieces join to the whole-text export', (format) => {
    const graph = sampleGraph();
    const whole = exportGraph(graph, format, { full: true });
    const lines = exportGraphLines(graph, format, { full: true });
    if (whole.kind === 'file' && lines.kind === 'file') {
      expect([...lines.lines()].join('')).toBe(whole.text);
      expect(whole.text.length).toBeGreaterThan(500);
    } else if (whole.kind === 'files' && lines.kind === 'files') {
      expect(Object.keys(lines.files)).toEqual(Object.keys(whole.files));
      for (const [name, make] of Object.entries(lines.files)) {
        expect([...make()].join('')).toBe(whole.files[name]);
      }
    } else {
      throw new Error(`${format}: the two exports disagree on their kind`);
    }
  });

  it('makes its pieces only as they are read', () => {
    const graph = syntheticGraph(2000);
    const lines = exportGraphLines(graph, 'gexf');
    if (lines.kind !== 'file') throw new Error('gexf is one file');
    const iterator = lines.lines()[Symbol.iterator]();
    const first = iterator.next();
    expect(first.done).toBe(false);
    expect(first.value).toMatch(/^<\?xml/);
    // A piece is a line, never the document.
    let pieces = 1;
    let longest = 0;
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      pieces++;
      longest = Math.max(longest, next.value.length);
    }
    expect(pieces).toBeGreaterThan(graph.order + graph.size);
    expect(longest).toBeLessThan(2000);
  });
});

describe('writePieces', () => {
  it('writes a large export in bounded chunks, waiting on a slow stream', async () => {
    const graph = syntheticGraph(40_000);
    const lines = exportGraphLines(graph, 'json', { full: true });
    if (lines.kind !== 'file') throw new Error('json is one file');
    const sink = slowSink();
    const written = await writePieces(lines.lines(), sink.stream);
    const text = sink.text();
    expect(written.bytes).toBe(Buffer.byteLength(text));
    expect(written.bytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(written.chunks).toBe(sink.chunks.length);
    expect(written.chunks).toBeGreaterThan(80);
    expect(written.largestChunk).toBeLessThan(CHUNK_BYTES + 4096);
    // Backpressure: the stream never buffered more than a chunk beyond its own mark, where
    // writing without waiting would have queued the whole export in it.
    expect(sink.mostBuffered()).toBeLessThan(16 * 1024 + CHUNK_BYTES + 4096);
    expect(JSON.parse(text)).toMatchObject({ nodes: { length: graph.order } });
    expect((JSON.parse(text) as { edges: unknown[] }).edges).toHaveLength(graph.size);
  });

  it('stops reading pieces when the stream fails, and says why', async () => {
    let pulled = 0;
    function* pieces(): Generator<string> {
      for (let i = 0; i < 10_000; i++) {
        pulled++;
        yield `${'x'.repeat(1000)}\n`;
      }
    }
    let writes = 0;
    const failing = new Writable({
      write(_chunk, _encoding, done) {
        writes++;
        if (writes === 3) done(new Error('ENOSPC: no space left on device'));
        else done();
      },
    });
    await expect(writePieces(pieces(), failing, { chunkBytes: 8 * 1024 })).rejects.toThrow(
      /ENOSPC/,
    );
    expect(pulled).toBeLessThan(100);
  });
});
