/**
 * The run's summary (issue 18's "one `pnpm bench` run shows every ratio"): parts record each
 * target line they measured here as they compute it, and `run.mjs` prints them all in one table
 * at the end of the run, beside the figure the issue started from and each side's peak memory.
 * A line a part did not reach (not selected, not built, failed) is printed as not measured, so
 * a partial run says what it lacks.
 */
import { readFileSync } from 'node:fs';
import { table } from './report.mjs';

/**
 * The issue-18 lines, in the issue's order: what is compared, the figure the issue was filed
 * with (its text, 2026-11-26), and the target. Parts fill `value` / `met` / `memory` by key.
 */
const ISSUE_18 = [
  {
    key: 'merge-rate',
    part: 'graph:merge',
    line: 'merge rate vs bare graphology `mergeNode` + `mergeEdgeWithKey` loop (light / full)',
    previous: '0.53× (1M)',
    target: '≥ 0.8×',
  },
  {
    key: 'merge-bytes',
    part: 'graph:merge',
    line: 'bytes per edge vs the bare loop (full: evidence in memory)',
    previous: '1,687 vs 1,574 B (1.07×)',
    target: '≤ 1.05×',
  },
  {
    key: 'path',
    part: 'graph:query',
    line: '`shortestPath` (either direction) vs graphology-shortest-path `bidirectional`',
    previous: '1.58×',
    target: '≤ 1.1×',
  },
  {
    key: 'path-directed',
    part: 'graph:query',
    line: '`shortestPath`, `directed: true` vs the same',
    previous: '3.24×',
    target: '≤ 1.5×',
  },
  {
    key: 'neighbors',
    part: 'graph:query',
    line: '`neighbors` depth 1 vs a bare ego network',
    previous: '2.41×',
    target: '≤ 1.3×',
  },
  {
    key: 'extract-heap',
    part: 'extract',
    line: 'extraction peak heap over the loaded heap (model weights aside), main thread',
    previous: '208 MB peak (bare wink-nlp 78 MB)',
    target: 'half of the issue-start figure',
  },
  {
    key: 'extract-alloc',
    part: 'extract',
    line: 'bytes allocated per wink token, pipeline / bare wink-nlp',
    previous: '6,169 / 861 B (first measured 2026-12-06, 300 articles)',
    target: 'half of the issue-start figure',
  },
  {
    key: 'extract-gc',
    part: 'extract',
    line: "the collector's share of the time, pipeline / bare wink-nlp",
    previous: '4.9% / 4.9% (first measured 2026-12-06, 300 articles)',
    target: 'reported',
  },
  {
    key: 'pool-gain',
    part: 'extract',
    line: "pool 2 workers vs 1, against bare wink-nlp's own 2-vs-1 gain in the same run",
    previous: '0.76–0.95× vs 0.83–1.33×',
    target: "≥ wink-nlp's gain",
  },
  {
    key: 'ingest',
    part: 'graph:ingest',
    line: 'ingest end to end vs extraction alone',
    previous: '0.80×',
    target: '≥ 0.9×',
  },
  {
    key: 'startup-help',
    part: 'startup',
    line: '`kg --help`, median wall time (vs `node -e 0`)',
    previous: '≈ 0.56 s',
    target: '≤ 250 ms',
  },
  {
    key: 'startup-extract',
    part: 'startup',
    line: 'one-word `kg extract`, median wall time (vs `node -e 0`)',
    previous: '≈ 0.56 s',
    target: '≤ 250 ms',
  },
];

const recorded = new Map();

/**
 * Records a measured line: `value` as printed, `met` true / false / undefined (reported only),
 * `memory` each side's peak RSS / heap as printed.
 */
export function summarise(key, { value, met, memory = '' }) {
  recorded.set(key, { value, met, memory });
}

/** The issue-18 table of this run, every line whether measured or not. */
export function summaryTable() {
  const rows = ISSUE_18.map((line) => {
    const r = recorded.get(line.key);
    return [
      line.line,
      r ? r.value : `not measured (part \`${line.part}\` not run)`,
      line.previous,
      line.target,
      r ? (r.met === undefined ? '—' : r.met ? 'met' : 'MISSED') : '',
      r?.memory ?? '',
    ];
  });
  return table(
    ['issue 18 line', 'this run', 'issue start', 'target', 'verdict', 'peak RSS / heap per side'],
    rows,
  );
}

/**
 * CPU seconds this process and every child it has waited for have used (user + system, from
 * `/proc/self/stat`: utime, stime, cutime, cstime); undefined off Linux. A daemon a child
 * started and left (a PostgreSQL cluster) is not counted.
 */
export function cpuSecondsWithChildren() {
  try {
    const line = readFileSync('/proc/self/stat', 'latin1');
    const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return ticks / 100;
  } catch {
    return undefined;
  }
}
