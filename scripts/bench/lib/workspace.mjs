/**
 * Where things are: the workspace root, the built packages (`packages/NAME/dist`) the benchmarks
 * import, third-party modules resolved from the package that depends on them (the root has no
 * runtime dependencies), and the shared BBC corpus read in place from `../shared`.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BENCH_DIR = path.join(ROOT, 'scripts', 'bench');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const BBC_DIR = path.join(SHARED, 'corpus', 'bbc');

/** Path of a package's built entry, e.g. distEntry('extract'). */
export function distEntry(pkg) {
  return path.join(ROOT, 'packages', pkg, 'dist', 'index.js');
}

/** True when `packages/<pkg>/dist/index.js` exists. */
export function isBuilt(pkg) {
  return existsSync(distEntry(pkg));
}

/**
 * Imports a built workspace package, or returns undefined when its dist is missing
 * (the caller then prints "n/a (not built)").
 */
export async function importBuilt(pkg) {
  if (!isBuilt(pkg)) return undefined;
  return import(pathToFileURL(distEntry(pkg)).href);
}

/** Resolves a dependency the way `packages/<pkg>` sees it. */
export function resolveFrom(pkg, specifier) {
  const require = createRequire(path.join(ROOT, 'packages', pkg, 'package.json'));
  return require.resolve(specifier);
}

/** Imports a dependency of `packages/<pkg>` (e.g. importFrom('extract', 'wink-nlp')). */
export async function importFrom(pkg, specifier) {
  const mod = await import(pathToFileURL(resolveFrom(pkg, specifier)).href);
  return mod.default ?? mod;
}

/** Imports a dependency of `packages/<pkg>` keeping its named exports. */
export async function importNamedFrom(pkg, specifier) {
  return import(pathToFileURL(resolveFrom(pkg, specifier)).href);
}
