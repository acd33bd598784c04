/**
 * Writing an export as it is made: the pieces a format gives (a record, a line) are gathered
 * into chunks of about 64 KB and written to a stream (a file, standard output, an HTTP
 * response), waiting for `drain` when the stream asks and letting the event loop run between
 * chunks, so memory holds one chunk whatever the size of the export and a server keeps
 * answering while it sends one.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Bytes in a chunk before it is written (a piece is never split, so a chunk may be larger). */
export const CHUNK_BYTES = 64 * 1024;

/** What a stream needs to be written to: `fs.WriteStream`, `process.stdout`, an HTTP response. */
export interface TextSink {
  write(chunk: string): boolean;
  once(event: 'drain' | 'error' | 'close', listener: (...args: unknown[]) => void): unknown;
  off(event: 'drain' | 'error' | 'close', listener: (...args: unknown[]) => void): unknown;
  readonly destroyed?: boolean;
}

/** What was written. */
export interface WriteResult {
  bytes: number;
  chunks: number;
  /** The largest chunk, in bytes: what a write held at most at once. */
  largestChunk: number;
}

export interface WriteOptions {
  chunkBytes?: number;
  /** After each chunk, with the totals so far. */
  onChunk?: (written: WriteResult) => void;
}

/** Resolves when the sink drains; rejects when it fails or closes first. */
function drained(sink: TextSink): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: unknown) => {
      sink.off('drain', onDrain);
      sink.off('error', onError);
      sink.off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (err: unknown) => done(err);
    const onClose = () => done(new Error('the output was closed before the export was written'));
    sink.once('drain', onDrain);
    sink.once('error', onError);
    sink.once('close', onClose);
  });
}

/**
 * Writes the pieces to the sink in chunks (see the file header) and says how much went out.
 * Rejects with the sink's error (a full disk, a closed pipe, a client gone).
 *
 * @example
 * await writePieces(gexfLines(graph), createWriteStream('kg.gexf'));
 */
export async function writePieces(
  pieces: Iterable<string> | AsyncIterable<string>,
  sink: TextSink,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const size = options.chunkBytes ?? CHUNK_BYTES;
  const result: WriteResult = { bytes: 0, chunks: 0, largestChunk: 0 };
  let failure: unknown;
  const onError = (err: unknown) => {
    failure ??= err;
  };
  sink.once('error', onError);
  let chunk = '';
  const flush = async () => {
    if (failure) throw failure;
    if (sink.destroyed) throw new Error('the output was closed before the export was written');
    const bytes = Buffer.byteLength(chunk);
    const more = sink.write(chunk);
    chunk = '';
    result.bytes += bytes;
    result.chunks++;
    result.largestChunk = Math.max(result.largestChunk, bytes);
    options.onChunk?.({ ...result });
    if (!more) await drained(sink);
    else await nextTurn();
  };
  try {
    for await (const piece of pieces) {
      chunk += piece;
      if (chunk.length >= size) await flush();
    }
    if (chunk.length > 0) await flush();
    if (failure) throw failure;
  } finally {
    sink.off('error', onError);
  }
  return result;
}
