/**
 * `kg extract` end to end with the built CLI: formats, directories, and bad inputs that each get
 * one line on stderr naming the file while the good ones still come out (exit code 1) — paths
 * that are no regular files or cannot be read included, refused before any read.
 * Needs the build (`npx tsc -b`); root `pnpm test` builds first.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '@kg/schema';
import { buildPdf } from '@kg/extract/testing';

const kg = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kg-extract-cli-'));
const path = (name: string) => join(dir, name);

function extract(...args: string[]) {
  const res = spawnSync(process.execPath, [kg, 'extract', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

beforeAll(() => {
  const files: [string, string | Buffer][] = [
    ['good.txt', 'The Red Cross sent aid to Pakistan on Monday, Reuters reported.\n'],
    ['page.html', '<article><h1>Talks</h1><p>Iran and France met in Geneva.</p></article>'],
    ['empty.txt', ''],
    ['blank.txt', '  \n\n\t'],
    ['data.bin', Buffer.from([0x49, 0x72, 0x00, 0x00, 0x61, 0x6e])],
    ['broken.txt', Buffer.from([0x63, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0xe9])],
    ['latin1.txt', Buffer.from('The Red Cross sent \xa35m to Pakistan.\n', 'latin1')],
    ['report.docx', Buffer.from('PK\u0003\u0004word/document.xml')],
    ['locked.pdf', buildPdf([['Iran sent drones.']], { encrypted: true })],
    ['old.doc', 'a Word 97 file, by its name'],
    ['big.txt', 'Iran. '.repeat(200_000)],
    ['slow.txt', 'Iran attacked Russia, officials said. '.repeat(24_000)],
    ['corpus/a.txt', 'Kyiv is the capital of Ukraine.'],
    ['corpus/nested/b.md', 'Ministers met in Brussels.'],
    ['corpus/.hidden.txt', 'hidden'],
    ['corpus/photo.jpg', 'not read'],
  ];
  mkdirSync(path('corpus/nested'), { recursive: true });
  mkdirSync(path('no-text'), { recursive: true });
  for (const [name, content] of files) writeFileSync(path(name), content);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg extract', () => {
  it('prints only the JSON contract on stdout for a good file', () => {
    const { code, stdout, stderr } = extract(path('good.txt'), '--format', 'json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const out = JSON.parse(stdout) as Extraction;
    expect(out).toMatchObject({ entities: expect.any(Array), relations: expect.any(Array) });
    expect(out.documents).toEqual([
      expect.objectContaining({ id: path('good.txt'), format: 'text' }),
    ]);
    expect(out.documents[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads legacy single-byte text as Windows-1252 and says so', () => {
    const { code, stdout, stderr } = extract(path('latin1.txt'), '--format', 'json');
    expect(code).toBe(0);
    expect(stderr).toMatch(/^kg extract: .*latin1\.txt: not valid UTF-8, read as Windows-1252/);
    const out = JSON.parse(stdout) as Extraction;
    expect(out.entities.map((e) => e.name)).toContain('Pakistan');
  });

  it('goes on past bad inputs, names each one on stderr and exits 1', () => {
    const bad: [string, RegExp][] = [
      ['empty.txt', /empty/],
      ['blank.txt', /whitespace/],
      ['data.bin', /looks binary \(NUL bytes\)/],
      ['broken.txt', /not valid UTF-8/],
      ['report.docx', /not a readable zip/],
      ['locked.pdf', /password-protected PDF/],
      ['old.doc', /unsupported format \.doc /],
      ['big.txt', /over the 1 MB limit/],
      ['missing.txt', /no such file/],
      ['no-text', /no documents/],
    ];
    const args = [path('good.txt'), ...bad.map(([name]) => path(name)), path('page.html')];
    const { code, stdout, stderr } = extract(...args, '--max-size', '1', '--jobs', '2');
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(bad.length);
    for (const [name, reason] of bad) {
      const line = lines.find((l) => l.includes(path(name)));
      expect(line, name).toMatch(reason);
      expect(line).toMatch(/^kg extract: /);
    }
    const out = JSON.parse(stdout) as Extraction;
    expect(out.documents.map((d) => d.id)).toEqual([path('good.txt'), path('page.html')]);
    expect(out.documents[1]?.format).toBe('html');
  });

  it('still prints one (empty) JSON document when nothing could be read', () => {
    const { code, stdout, stderr } = extract(path('empty.txt'));
    expect(code).toBe(1);
    expect(stderr).toContain(path('empty.txt'));
    expect(JSON.parse(stdout)).toMatchObject({ documents: [], entities: [], relations: [] });
  });

  it('walks directories and writes one line per document with --format jsonl', () => {
    const { code, stdout } = extract(path('corpus'), '--format', 'jsonl');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Extraction);
    expect(lines.map((l) => l.documents.map((d) => d.id))).toEqual([
      [path('corpus/a.txt')],
      [path('corpus/nested/b.md')],
    ]);
  });

  it('writes readable tables, and to a file with --out', () => {
    const { code, stdout } = extract(
      path('good.txt'),
      '--format',
      'table',
      '--out',
      path('out.txt'),
    );
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const table = readFileSync(path('out.txt'), 'utf8');
    expect(table).toMatch(/^Entities \(\d+\)$/m);
    expect(table).toMatch(/^Relations \(\d+\)$/m);
  });

  it('reports progress on stderr when asked', () => {
    const { code, stderr } = extract(path('corpus'), '--progress', '--jobs', '1');
    expect(code).toBe(0);
    expect(stderr).toMatch(/extract: 2\/2 documents, [\d.]+\/s, ETA/);
  });

  it.each([
    [['--format', 'xml', 'x.txt'], /unknown --format "xml"/],
    [['--jobs', 'two', 'x.txt'], /--jobs must be a whole number/],
    [['--max-size=0', 'x.txt'], /--max-size must be a positive number/],
    [['--time-limit', '0', 'x.txt'], /--time-limit must be a positive number of seconds/],
    [
      ['--memory-limit', '100', 'x.txt'],
      /--memory-limit must be a whole number of MB, at least 128/,
    ],
    [['--frobnicate', 'x.txt'], /unknown option --frobnicate/],
    [[], /no FILE or DIR given/],
    [['--out', '/no/such/dir/out.json', 'x.txt'], /directory \/no\/such\/dir does not exist/],
  ])('rejects usage errors %j with exit code 2', (args, message) => {
    const { code, stderr, stdout } = extract(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });

  it('fails a document over its time limit alone, naming it (INPUT_TOO_COMPLEX)', () => {
    const { code, stdout, stderr } = extract(
      path('slow.txt'),
      path('good.txt'),
      '--time-limit',
      '1',
    );
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `kg extract: ${path('slow.txt')}: took longer than the 1 s CPU time limit, skipped.`,
    );
    expect((JSON.parse(stdout) as Extraction).documents.map((d) => d.id)).toEqual([
      path('good.txt'),
    ]);
  });

  describe('paths that are no documents or cannot be read', () => {
    let socket: Server | undefined;
    /**
     * A path that fails to open with EACCES. Permission bits do not stop root, so as root a
     * link to a write-only procfs file stands in (the kernel checks those bits even for root).
     */
    const unreadable = (): string | undefined => {
      const target = path('unreadable.txt');
      if (process.getuid?.() !== 0) {
        writeFileSync(target, 'secret');
        chmodSync(target, 0o000);
        return target;
      }
      const procfs = '/proc/sys/vm/compact_memory';
      try {
        readFileSync(procfs);
        return undefined;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EACCES') return undefined;
      }
      symlinkSync(procfs, target);
      return target;
    };
    let denied: string | undefined;

    beforeAll(async () => {
      mkdirSync(path('odd'), { recursive: true });
      spawnSync('mkfifo', [path('fifo.txt')]);
      spawnSync('mkfifo', [path('odd/pipe.txt')]);
      if (!existsSync(path('fifo.txt'))) throw new Error('mkfifo did not make a FIFO');
      symlinkSync(path('loop-b.txt'), path('loop-a.txt'));
      symlinkSync(path('loop-a.txt'), path('loop-b.txt'));
      symlinkSync(path('odd/loop.txt'), path('odd/loop.txt'));
      symlinkSync('/dev/null', path('null.txt'));
      writeFileSync(path('odd/fine.txt'), 'Iran and France met in Geneva.');
      socket = createServer();
      await new Promise<void>((resolve) => socket?.listen(path('socket.txt'), resolve));
      denied = unreadable();
    });
    afterAll(() => socket?.close());

    const rows: [string, RegExp][] = [
      // Opened without blocking and refused: reading it would wait for a writer for ever.
      ['fifo.txt', /fifo\.txt: not a regular file \(a FIFO \(named pipe\)\), skipped\.$/],
      ['socket.txt', /socket\.txt: not a regular file \(a socket\), skipped\.$/],
      ['null.txt', /null\.txt: not a regular file \(a character device\), skipped\.$/],
      [
        'loop-a.txt',
        /loop-a\.txt: too many levels of symbolic links \(a symlink loop\?\) \(ELOOP\), skipped\.$/,
      ],
    ];

    it.each(rows)('%s: refused before any read, the rest goes on, exit 1', (name, reason) => {
      const { code, stdout, stderr } = extract(path(name), path('good.txt'));
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^kg extract: /)]);
      expect(stderr.trim()).toMatch(reason);
      const out = JSON.parse(stdout) as Extraction;
      expect(out.documents.map((d) => d.id)).toEqual([path('good.txt')]);
    });

    it('an unreadable path (EACCES) fails alone (skipped as root without a write-only procfs file)', (ctx) => {
      if (!denied) ctx.skip();
      const { code, stdout, stderr } = extract(denied as string, path('good.txt'));
      expect(code).toBe(1);
      expect(stderr.trim()).toMatch(/unreadable\.txt: permission denied \(EACCES\), skipped\.$/);
      expect((JSON.parse(stdout) as Extraction).documents).toHaveLength(1);
    });

    it('walking a directory skips FIFOs, reports a link loop named like a document', () => {
      const { code, stdout, stderr } = extract(path('odd'));
      expect(code).toBe(1);
      expect(stderr.trim()).toMatch(/odd\/loop\.txt: too many levels of symbolic links/);
      expect(stderr).not.toContain('pipe.txt');
      const out = JSON.parse(stdout) as Extraction;
      expect(out.documents.map((d) => d.id)).toEqual([path('odd/fine.txt')]);
    });
  });

  it('explains itself with --help', () => {
    const { code, stdout } = extract('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: kg extract FILE\|DIR\|URL\.\.\./);
    for (const flag of ['--format', '--out', '--jobs', '--max-size', '--progress']) {
      expect(stdout).toContain(flag);
    }
  });
});
