#!/usr/bin/env node
/**
 * `pnpm eval`: runs the extraction scorers of ../shared/eval (see its README) against the built
 * `kg extract` and prints their summary lines: the sample article (seed), BBC dev, CoNLL04 dev,
 * WikiEvents dev, CoNLL-2003 test, Universal NER EWT test (scripts/eval-uner.mjs over
 * ../shared/corpora/uner-ewt) and GUM's Wikimedia genres, test (scripts/eval-gum.mjs). The evaluation data stays in ../shared; nothing is copied here.
 * `coverage` (scripts/eval-coverage.mjs, only when named) ingests the BBC corpus into a
 * temporary store and prints the share of its entities that have a relation.
 *
 *   pnpm eval [seed] [bbc] [conll04] [wikievents] [conll] [uner] [gum] [coverage] [--verbose]
 *             [--conll-set dev|test] [--uner-set dev|test] [--gum-set dev|test]
 *
 * KG_SHARED overrides where the shared folder is (default: ../shared beside the project).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = resolve(process.env.KG_SHARED ?? join(root, '..', 'shared'));
const evalDir = join(shared, 'eval');
const cli = join(root, 'packages', 'cli', 'dist', 'main.js');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const conllSetIndex = args.indexOf('--conll-set');
const conllSet = conllSetIndex >= 0 ? args[conllSetIndex + 1] : 'test';
const unerSetIndex = args.indexOf('--uner-set');
const unerSet = unerSetIndex >= 0 ? args[unerSetIndex + 1] : 'test';
const gumSetIndex = args.indexOf('--gum-set');
const gumSet = gumSetIndex >= 0 ? args[gumSetIndex + 1] : 'test';
const chosen = args.filter(
  (a, i) =>
    !a.startsWith('--') && !['--conll-set', '--uner-set', '--gum-set'].includes(args[i - 1] ?? ''),
);

if (!existsSync(join(evalDir, 'score.mjs')) || !existsSync(join(evalDir, 'score-ner.mjs'))) {
  console.error(
    `eval: the evaluation folder ${evalDir} is missing (expected score.mjs and score-ner.mjs).\n` +
      'The gold data lives outside the repository, in ../shared/eval beside the project; ' +
      'put it there or set KG_SHARED to the folder that holds eval/.',
  );
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error(`eval: ${cli} is missing; build first (pnpm build).`);
  process.exit(2);
}
if (!['dev', 'test'].includes(conllSet)) {
  console.error(`eval: --conll-set must be dev or test, not "${conllSet}".`);
  process.exit(2);
}
if (!['dev', 'test'].includes(unerSet)) {
  console.error(`eval: --uner-set must be dev or test, not "${unerSet}".`);
  process.exit(2);
}
if (!['dev', 'test'].includes(gumSet)) {
  console.error(`eval: --gum-set must be dev or test, not "${gumSet}".`);
  process.exit(2);
}
const entitySuite = (name, set, title) => ({
  name,
  title,
  argv: [join(evalDir, 'score.mjs'), join(evalDir, set), '--cmd', `${kg} {file} --format json`],
  summary: (lines) => lines.slice(lines.findIndex((l) => l.startsWith('ALL ('))),
});

const kg = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} extract`;
const suites = [
  {
    name: 'seed',
    title: 'Sample article (seed)',
    argv: [
      join(evalDir, 'score.mjs'),
      join(evalDir, 'seed'),
      '--cmd',
      `${kg} {file} --format json`,
    ],
    summary: (lines) => lines.slice(lines.findIndex((l) => l.startsWith('ALL ('))),
  },
  entitySuite('bbc', 'bbc-dev', 'BBC dev'),
  entitySuite('conll04', 'conll04-dev', 'CoNLL04 dev (five relation kinds annotated)'),
  {
    name: 'wikievents',
    title: 'WikiEvents dev (relations incomplete: only their recall counts)',
    argv: [
      join(evalDir, 'score.mjs'),
      join(evalDir, 'wikievents-dev'),
      '--cmd',
      `${kg} {file} --format json`,
    ],
    summary: (lines) => lines.slice(lines.findIndex((l) => l.startsWith('ALL ('))),
  },
  {
    name: 'conll',
    title: `CoNLL-2003 ${conllSet}`,
    argv: [
      join(evalDir, 'score-ner.mjs'),
      join(evalDir, 'conll2003', `${conllSet}.txt`),
      '--cmd',
      `${kg} {dir} --format json`,
    ],
    summary: (lines) => lines,
  },
  {
    name: 'uner',
    title: `Universal NER EWT ${unerSet} (exact span over PER, ORG, LOC)`,
    argv: [join(root, 'scripts', 'eval-uner.mjs'), unerSet],
    summary: (lines) => lines,
  },
  {
    name: 'gum',
    title: `GUM ${gumSet}, news, interviews, biographies, travel (exact span over PER, ORG, LOC)`,
    argv: [join(root, 'scripts', 'eval-gum.mjs'), gumSet],
    summary: (lines) => lines,
  },
  {
    // Ingests the whole BBC corpus: only when asked for by name.
    name: 'coverage',
    title: 'BBC corpus: share of entities with a relation',
    argv: [join(root, 'scripts', 'eval-coverage.mjs')],
    summary: (lines) => lines,
    onRequest: true,
  },
].filter((s) => (chosen.length === 0 ? !s.onRequest : chosen.includes(s.name)));

if (suites.length === 0) {
  console.error(
    `eval: unknown suite "${chosen.join(' ')}" (use seed, bbc, conll04, wikievents, conll, uner, gum, coverage).`,
  );
  process.exit(2);
}

function run(argv) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [...argv, ...(verbose ? ['--verbose'] : [])], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

let failed = 0;
for (const suite of suites) {
  const started = Date.now();
  const { code, stdout, stderr } = await run(suite.argv);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n== ${suite.title} (${seconds}s)`);
  const lines = stdout.trimEnd().split('\n');
  if (code !== 0) {
    failed++;
    console.log(`   scorer failed (exit ${code}):`);
    console.log((stderr || stdout).trimEnd().split('\n').slice(-15).join('\n'));
    continue;
  }
  console.log((verbose ? lines : suite.summary(lines)).join('\n'));
}
process.exit(failed > 0 ? 1 : 0);
