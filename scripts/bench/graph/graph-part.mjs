/**
 * Graph bench (issues 3 and 18): BBC ingest end to end against extraction alone on the same files;
 * merge rate and retained bytes per edge of the package's merge against a bare graphology
 * `mergeEdgeWithKey` loop on synthetic relations; shortest-path and neighbour latency on a
 * synthetic 100,000-node / 1,000,000-edge graph against graphology's own functions.
 */
import { runChild } from '../lib/child.mjs';
import { hasCorpus } from '../lib/corpus.mjs';
import { NOT_BUILT, mb, ms, num, ratio, table, verdict } from '../lib/report.mjs';
import { summarise } from '../lib/summary.mjs';

const here = (file) => new URL(file, import.meta.url).pathname;
const BIG = ['--max-old-space-size=8192'];

const failed = (r) => (r.error === 'not built' ? NOT_BUILT : `error: ${r.error}`);

async function ingestSection({ quick, log }) {
  if (!hasCorpus()) return '### Graph: ingest\n\nn/a: ../shared/corpus/bbc is missing.\n';
  const limit = quick ? 300 : 0;
  log('graph: extraction alone on the BBC corpus');
  const extract = await runChild(
    here('./ingest-side.mjs'),
    { side: 'extract', limit },
    { nodeArgs: BIG },
  );
  log('graph: ingest end to end on the BBC corpus');
  const ingest = await runChild(
    here('./ingest-side.mjs'),
    { side: 'ingest', limit },
    { nodeArgs: BIG },
  );
  const rate = (r) => (r.error ? undefined : r.docs / r.seconds);
  const rows = [extract, ingest].map((r, i) => {
    const label =
      i === 0
        ? 'extraction alone (baseline)'
        : '`openStore` + ingest (extract, merge, SQLite) end to end';
    if (r.error) return [label, failed(r), '', '', '', '', '', '', ''];
    const ok = i === 1 && rate(extract) ? rate(r) / rate(extract) >= 0.9 : undefined;
    return [
      label + (r.detail ? ` ${r.detail}` : ''),
      `${num(r.seconds, 1)} s`,
      num(rate(r), 1),
      i === 0 ? '1.00×' : ratio(rate(r), rate(extract)),
      i === 0 ? '' : `≥ 0.90×: ${verdict(ok)}`,
      r.cpu ? (r.cpu / r.seconds).toFixed(2) : 'n/a',
      r.cpu ? num(r.docs / r.cpu, 1) : 'n/a',
      r.mainCpu === undefined ? 'n/a' : `${num((r.mainCpu / r.docs) * 1000, 2)} ms`,
      mb(r.peakRss),
    ];
  });
  if (rate(extract) && rate(ingest)) {
    summarise('ingest', {
      value: `${ratio(rate(ingest), rate(extract))} (${num(extract.docs)} articles)`,
      met: rate(ingest) / rate(extract) >= 0.9,
      memory: `extraction ${mb(extract.peakRss)}; ingest ${mb(ingest.peakRss)} (RSS)`,
    });
  }
  const docs = extract.docs ?? ingest.docs;
  return [
    '### Graph: BBC ingest end to end vs extraction alone',
    '',
    `${num(docs)} articles, each side in its own process with the same extractor pool (${extract.jobs ?? ingest.jobs ?? 'n/a'} worker threads), both warmed up on the same ${extract.warm ?? 20} articles first (the ingest side through the whole path into a scratch store). The ingest side runs \`ingestDocuments\` as \`kg ingest\` does: four documents per worker in flight, extracting while earlier ones are written, committed ${ingest.batch ?? 1} at a time. Cores busy = CPU time of the process over wall time; docs/CPU-s does not depend on how many cores the machine had free; main thread = CPU time of the process's main thread per article (what ingest adds to extraction, which runs in the pool's threads; Linux).`,
    '',
    table(
      [
        'side',
        'time',
        'docs/s',
        'ratio',
        'target',
        'cores busy',
        'docs/CPU-s',
        'main thread CPU/doc',
        'peak RSS',
      ],
      rows,
    ),
    '',
  ].join('\n');
}

async function mergeSection({ quick, log }) {
  const total = quick ? 100_000 : 1_000_000;
  const entities = quick ? 20_000 : 100_000;
  log(`graph: merge ${num(total)} relations, bare graphology and kg interleaved`);
  const r = await runChild(
    here('./merge-side.mjs'),
    { total, entities },
    {
      nodeArgs: ['--expose-gc', ...BIG],
      // A few minutes on a quiet machine; far longer when the cores are shared.
      timeoutMs: 45 * 60_000,
    },
  );
  if (r.error) return `### Graph: merge\n\nerror: ${r.error}\n`;
  const rate = (side) => (side.error ? undefined : r.relations / side.seconds);
  const row = (label, side, base) => {
    if (!side || side.error)
      return [label, failed(side ?? { error: 'not built' }), '', '', '', '', '', '', ''];
    const ok = base ? rate(side) / rate(base) >= 0.8 : undefined;
    const lean = base ? side.bytesPerEdge / base.bytesPerEdge <= 1.05 : undefined;
    return [
      label,
      `${num(side.seconds, 2)} s`,
      num(rate(side)),
      base ? ratio(rate(side), rate(base)) : '1.00×',
      base ? `≥ 0.80×: ${verdict(ok)}` : '',
      side.cpuSeconds === undefined
        ? 'n/a'
        : `${num(side.cpuSeconds, 2)} s${base?.cpuSeconds ? ` (${ratio(base.cpuSeconds, side.cpuSeconds)})` : ''}`,
      `${num(side.nodes)} / ${num(side.edges)}`,
      num(side.bytesPerEdge),
      base ? `${ratio(side.bytesPerEdge, base.bytesPerEdge)} (≤ 1.05×: ${verdict(lean)})` : '1.00×',
    ];
  };
  if (!r.bare?.error && !r.light?.error && !r.kg?.error) {
    const size = `${num(total)} relations`;
    summarise('merge-rate', {
      value: `${ratio(rate(r.light), rate(r.bare))} / ${ratio(rate(r.kg), rate(r.bare))} (${size})`,
      met: rate(r.light) / rate(r.bare) >= 0.8 && rate(r.kg) / rate(r.bare) >= 0.8,
      memory: `one process for all sides: ${mb(r.peakRss)} RSS`,
    });
    summarise('merge-bytes', {
      value: `${num(r.kg.bytesPerEdge)} vs ${num(r.bare.bytesPerEdge)} B (${ratio(r.kg.bytesPerEdge, r.bare.bytesPerEdge)}); light ${num(r.light.bytesPerEdge)} B (${size})`,
      met: r.kg.bytesPerEdge / r.bare.bytesPerEdge <= 1.05,
      memory: `retained heap: bare ${mb(r.bare.bytesPerEdge * r.bare.edges)}, full ${mb(r.kg.bytesPerEdge * r.kg.edges)}, light ${mb(r.light.bytesPerEdge * r.light.edges)}`,
    });
  }
  return [
    `### Graph: merge of ${num(total)} synthetic relations, memory per edge`,
    '',
    `${num(total)} relations over ${num(entities)} entities in 100-relation documents (30% re-told, so they raise a weight instead of adding an edge). All sides in one process (\`--expose-gc\`, peak RSS ${mb(r.peakRss)}), fed the same documents batch by batch in rotating order; ratios are of rates (wall time), and beside them of CPU time (the process's, every thread: on a busy machine the wall time is mostly waiting for a core, the CPU time is not); each side has its own copy of the data. Bytes/edge = retained heap after a full GC (drop one graph, GC, measure the difference) over that graph's edges — nodes, attributes, evidence and any index included. The bare loop keeps one evidence record per relation in memory; a store's projection keeps none (they are rows in the store, read for what a request shows; the store's writes are timed by the ingest rows).`,
    '',
    table(
      [
        'side',
        'merge time',
        'relations/s',
        'ratio',
        'target',
        'CPU s (ratio)',
        'nodes / edges',
        'bytes/edge',
        'bytes ratio',
      ],
      [
        row('bare graphology `mergeNode` + `mergeEdgeWithKey` loop (baseline)', r.bare),
        row(
          "kg `mergeExtraction`, evidence left to the store (a store's projection; cross-document resolution included)",
          r.light,
          r.bare,
        ),
        row(
          'kg `mergeExtraction`, every evidence record in memory (a graph without a store)',
          r.kg,
          r.bare,
        ),
      ],
    ),
    '',
  ].join('\n');
}

async function querySection({ quick, log }) {
  const nodes = quick ? 20_000 : 100_000;
  const edges = quick ? 200_000 : 1_000_000;
  log(`graph: queries on a ${num(nodes)}-node / ${num(edges)}-edge graph`);
  const r = await runChild(
    here('./query-side.mjs'),
    { nodes, edges, queries: 200 },
    { nodeArgs: BIG },
  );
  if (r.error) return `### Graph: query latency\n\nerror: ${r.error}\n`;
  const row = (label, q, base, target) =>
    q
      ? [
          label,
          ms(q.median),
          ms(q.p95),
          base ? ratio(q.median, base.median) : '1.00×',
          target ? `≤ ${target.toFixed(2)}×: ${verdict(q.median / base.median <= target)}` : '',
        ]
      : [label, NOT_BUILT, '', '', ''];
  const size = `${num(r.nodes)} nodes`;
  const queryLine = (key, q, base, target) => {
    if (q && base)
      summarise(key, {
        value: `${ratio(q.median, base.median)} (median ${ms(q.median)} vs ${ms(base.median)}, ${size})`,
        met: q.median / base.median <= target,
        memory: r.peakRss ? `one graph shared by both sides: ${mb(r.peakRss)} RSS` : '',
      });
  };
  queryLine('path', r.oursPathUndirected, r.barePath, 1.1);
  queryLine('path-directed', r.oursPath, r.barePath, 1.5);
  queryLine('neighbors', r.oursNeighbors, r.bareEgo, 1.3);
  return [
    `### Graph: query latency on a synthetic ${num(r.nodes)}-node / ${num(r.edges)}-edge graph`,
    '',
    `${r.queries} seeded random pairs, sides interleaved on the same graph (built in ${num(r.buildSeconds, 1)} s); paths found: graphology ${r.found.bare}/${r.queries}, kg ${r.oursPath ? r.found.ours : 'n/a'}/${r.queries}. Ratio = median latency vs the baseline (lower is faster).`,
    '',
    table(
      ['query', 'median', 'p95', 'ratio', 'target'],
      [
        row('graphology-shortest-path `bidirectional` (baseline)', r.barePath),
        row(
          'kg `shortestPath`, `directed: true` (symmetric relations both ways; evidence per hop)',
          r.oursPath,
          r.barePath,
          1.5,
        ),
        row('kg `shortestPath`, default (either direction)', r.oursPathUndirected, r.barePath, 1.1),
        row('graphology `graph.neighbors` (keys only, for scale)', r.bareNeighbors),
        row('graphology ego network: neighbours + relations among them (baseline)', r.bareEgo),
        row(
          'kg `neighbors`, depth 1 (nodes + relations among them)',
          r.oursNeighbors,
          r.bareEgo,
          1.3,
        ),
      ],
    ),
    '',
  ].join('\n');
}

/** Runs the graph rows and returns the section as Markdown. */
export async function run(options) {
  const sections = { ingest: ingestSection, merge: mergeSection, query: querySection };
  const wanted = options.sections ?? Object.keys(sections);
  const unknown = wanted.filter((name) => !(name in sections));
  if (unknown.length > 0) {
    return `### Graph\n\nunknown section "${unknown.join(', ')}" (expected ingest, merge, query)\n`;
  }
  const texts = [];
  for (const name of wanted) texts.push(await sections[name](options));
  return texts.join('\n');
}
