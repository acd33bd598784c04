/**
 * Bundles the bare sigma page with esbuild (resolved through the viewer's Vite, so sigma and
 * graphology are the very versions the viewer ships) into a temporary folder.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, resolveFrom } from '../lib/workspace.mjs';

/** Builds the page; resolves with the folder holding index.html and bare-sigma.js. */
export async function bundleBareSigma() {
  const vite = resolveFrom('viewer', 'vite');
  const esbuildPath = createRequire(vite).resolve('esbuild');
  const esbuild = await import(pathToFileURL(esbuildPath).href);
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-sigma-'));
  const here = path.join(ROOT, 'scripts', 'bench', 'explorer', 'bare-sigma');
  await (esbuild.build ?? esbuild.default.build)({
    entryPoints: [path.join(here, 'entry.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: path.join(outdir, 'bare-sigma.js'),
    nodePaths: [path.join(ROOT, 'packages', 'viewer', 'node_modules')],
    logLevel: 'error',
  });
  copyFileSync(path.join(here, 'index.html'), path.join(outdir, 'index.html'));
  return outdir;
}
