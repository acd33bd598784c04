/**
 * The seams hold: the lint rule that enforces the package arrows fails on each forbidden
 * import, the source has no import circles (type-only imports included), and no relative import
 * reaches from one package into another.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import type { Store } from '@kg/graph';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import type { Linter } from 'eslint';

const root = fileURLToPath(new URL('..', import.meta.url));
// The lint configuration is plain JavaScript (what `eslint .` loads); imported by URL, typed here.
const load = async <T>(file: string): Promise<T> =>
  (await import(new URL(`../${file}`, import.meta.url).href)) as T;
const { default: config } = await load<{ default: Linter.Config[] }>('eslint.config.js');
const { boundaries } = await load<{ boundaries: Linter.Config[] }>('eslint.boundaries.js');

/** Lints `code` as if it were `file`, with the boundary rules alone (no type information). */
async function restrictedImports(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      { plugins: { '@typescript-eslint': tseslint.plugin } },
      ...boundaries,
    ],
  });
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('package boundaries (eslint.boundaries.js)', () => {
  it('is part of the lint configuration CI runs', () => {
    for (const block of boundaries) expect(config).toContain(block);
  });

  const forbidden: [file: string, code: string][] = [
    ['packages/extract/src/probe.ts', "import Graph from 'graphology';"],
    ['packages/extract/src/probe.ts', "import { openStore } from '@kg/graph';"],
    ['packages/extract/src/probe.ts', "import express from 'express';"],
    ['packages/graph/src/probe.ts', "import winkNLP from 'wink-nlp';"],
    ['packages/graph/src/probe.ts', "import { createExtractor } from '@kg/extract';"],
    ['packages/graph/src/probe.ts', "import type { Extractor } from '@kg/extract';"],
    ['packages/schema/src/probe.ts', "import Graph from 'graphology';"],
    ['packages/parse/src/probe.ts', "import { loadNlp } from '@kg/extract';"],
    ['packages/server/src/probe.ts', "import { main } from '@kg/cli';"],
    ['packages/viewer/src/probe.ts', "import { KgError } from '@kg/schema';"],
    ['packages/viewer/src/probe.ts', "import type { Store } from '@kg/graph';"],
    ['packages/viewer/src/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['test/probe.test.ts', "import { runCommand } from '../packages/cli/src/dispatch.js';"],
  ];
  it.each(forbidden)('%s: refuses %s', async (file, code) => {
    const messages = await restrictedImports(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^@typescript-eslint\/no-restricted-imports: /);
  });

  const allowed: [file: string, code: string][] = [
    ['packages/extract/src/probe.ts', "import { KgError } from '@kg/schema';"],
    ['packages/extract/src/probe.ts', "import { loadParser } from '@kg/parse';"],
    ['packages/graph/src/probe.ts', "import Graph from 'graphology';"],
    ['packages/server/src/probe.ts', "import { openStore } from '@kg/graph';"],
    ['packages/viewer/src/probe.ts', "import type { ApiGraph } from '@kg/schema';"],
    ['packages/viewer/src/probe.ts', "import Sigma from 'sigma';"],
    ['test/probe.test.ts', "import { main } from '@kg/cli';"],
  ];
  it.each(allowed)('%s: allows %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});

/** Every `.ts` file under packages/NAME/src, with the files each imports (resolved). */
function importGraph(): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) files.push(path);
    }
  };
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const src = join(root, 'packages', pkg, 'src');
    if (
      statSync(join(root, 'packages', pkg)).isDirectory() &&
      readdirSync(join(root, 'packages', pkg)).includes('src')
    )
      walk(src);
  }
  // Static imports and re-exports (type-only included) and dynamic import() calls.
  const specifiers =
    /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets: string[] = [];
    for (const match of readFileSync(file, 'utf8').matchAll(specifiers)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) {
        targets.push(relative(root, resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))));
      } else if (specifier.startsWith('@kg/')) {
        const [, name, ...rest] = specifier.split('/');
        const entry = rest.length > 0 ? `${rest.join('/')}/index.ts` : 'index.ts';
        targets.push(`packages/${name}/src/${entry}`);
      }
    }
    graph.set(relative(root, file), targets);
  }
  return graph;
}

/** The source file of every entry a package's `exports` declares ("." → src/index.ts, "./x" → src/x/index.ts). */
function publicEntries(): Set<string> {
  const entries = new Set<string>();
  for (const pkg of readdirSync(join(root, 'packages'))) {
    let manifest: { exports?: Record<string, unknown> };
    try {
      manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    for (const key of Object.keys(manifest.exports ?? { '.': '' })) {
      const sub = key === '.' ? '' : `${key.replace(/^\.\//, '')}/`;
      entries.add(`packages/${pkg}/src/${sub}index.ts`);
    }
  }
  return entries;
}

/** Strongly connected components of more than one file (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w !== undefined) {
          onStack.delete(w);
          component.push(w);
        }
      } while (w !== undefined && w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('import graph', () => {
  const graph = importGraph();

  it('finds the files and their imports', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('packages/cli/src/index.ts')).toContain('packages/cli/src/dispatch.ts');
  });

  it('detects a circle when there is one', () => {
    const probe = new Map(graph);
    probe.set('a.ts', ['b.ts']);
    probe.set('b.ts', ['a.ts']);
    expect(circles(probe)).toContainEqual(['a.ts', 'b.ts']);
  });

  it('has no import circles, type-only imports included', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('never reaches into another package by a relative path', () => {
    const entries = publicEntries();
    expect(entries).toContain('packages/schema/src/core/index.ts');
    const crossings: string[] = [];
    for (const [file, targets] of graph) {
      const own = file.split('/').slice(0, 3).join('/');
      for (const target of targets) {
        if (!target.startsWith(`${own}/`) && !entries.has(target)) {
          crossings.push(`${file} → ${target}`);
        }
      }
    }
    expect(crossings).toEqual([]);
  });
});

describe('Store.graph', () => {
  it('is typed read-only: mutators fail to compile (pnpm typecheck), readers do not', () => {
    const touch = (store: Store): number => {
      // @ts-expect-error only the store changes its projection
      store.graph.addNode('x', { label: 'x' });
      // @ts-expect-error only the store changes its projection
      store.graph.setNodeAttribute('x', 'label', 'y');
      // @ts-expect-error only the store changes its projection
      store.graph.dropEdge('a|RELATED_TO|b');
      return store.graph.order + store.graph.outDegree('x');
    };
    expect(touch).toBeTypeOf('function');
  });
});
