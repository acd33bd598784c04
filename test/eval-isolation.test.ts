/**
 * No evaluation text in the repository: `scripts/check-eval-isolation.mjs` finds no run of six
 * words shared with ../shared/eval (conll04-dev, wikievents-dev, the bbc-dev articles) in the
 * tracked `.ts`, `.mjs` and `.md` files and the hand-written data, and it does fail on a file that
 * holds such a run. The eval text used for the failing case is read at run time and written only
 * to a temporary directory, deleted afterwards. Skipped only when ../shared/eval is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = join(root, 'scripts', 'check-eval-isolation.mjs');
const shared = resolve(process.env.KG_SHARED ?? join(root, '..', 'shared'));
const evalDir = join(shared, 'eval');
const present = existsSync(join(evalDir, 'conll04-dev'));
if (!present) {
  console.warn(
    `eval-isolation.test: ${evalDir} is absent, so the check is skipped; CI has ../shared`,
  );
}

function check(...files: string[]) {
  const res = spawnSync(process.execPath, [script, ...files], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, KG_SHARED: shared },
  });
  return { code: res.status, out: res.stdout + res.stderr };
}

describe.skipIf(!present)('evaluation isolation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-eval-isolation-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds no run of six eval words in the repository', { timeout: 180_000 }, () => {
    const { code, out } = check();
    expect(out).toContain('no run of 6 eval words');
    expect(code).toBe(0);
  });

  it(
    'fails on a file holding an eval sentence, and passes an invented one',
    { timeout: 180_000 },
    () => {
      const set = join(evalDir, 'conll04-dev');
      const first = readdirSync(set)
        .filter((f) => /^conll04-dev-\d+\.txt$/.test(f))
        .sort()[0] as string;
      // Forty words of an eval text in a comment, as a copied example would be.
      const words = readFileSync(join(set, first), 'utf8').split(/\s+/).filter(Boolean);
      const copied = join(dir, 'copied.ts');
      writeFileSync(copied, `// an example: "${words.slice(0, 40).join(' ')}"\nexport {};\n`);
      const invented = join(dir, 'invented.md');
      writeFileSync(invented, 'Ola Vik, 50, of Bergen, Norland, said Globex had sued Lemuria.\n');
      const { code, out } = check(copied, invented);
      expect(code).toBe(1);
      expect(out).toMatch(/copied\.ts:1: "[^"]+" \(conll04-dev\/conll04-dev-\d+(\.txt)?\)/);
      expect(out).not.toContain('invented.md');
      expect(check(invented).code).toBe(0);
    },
  );
});
