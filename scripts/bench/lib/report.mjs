/**
 * Printing: aligned Markdown tables (they paste into the README and issue notes as they are),
 * number formats, ratios against a baseline row and the "n/a" cells of sides not built yet.
 */

export const NOT_BUILT = 'n/a (not built)';

/** Renders rows (arrays of cells) under a header as an aligned Markdown table. */
export function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = header.map((_, c) => Math.max(3, ...cells.map((row) => row[c]?.length ?? 0)));
  const numeric = header.map((_, c) =>
    rows.every((row) => /^[-+]?[\d.,]+\s*[%×a-zA-Z/]*$|^n\/a|^$/.test(String(row[c] ?? ''))),
  );
  const line = (row) =>
    '| ' +
    row
      .map((cell, c) => (numeric[c] && c > 0 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join(' | ') +
    ' |';
  const rule =
    '|' +
    widths
      .map((w, c) => (numeric[c] && c > 0 ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2)))
      .join('|') +
    '|';
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** 1234567.8 → "1,234,568"; small numbers keep `digits` decimals. */
export function num(value, digits = 0) {
  if (value === undefined || value === null || Number.isNaN(value)) return 'n/a';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** Ratio of ours to the baseline, "0.62×"; n/a when either side is missing. */
export function ratio(ours, base, digits = 2) {
  if (!Number.isFinite(ours) || !Number.isFinite(base) || base === 0) return 'n/a';
  return `${(ours / base).toFixed(digits)}×`;
}

/** Bytes → "123.4 MB". */
export function mb(bytes) {
  if (!Number.isFinite(bytes)) return 'n/a';
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Milliseconds with a sensible precision. */
export function ms(value) {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 1) return `${value.toFixed(3)} ms`;
  if (value < 100) return `${value.toFixed(2)} ms`;
  return `${Math.round(value).toLocaleString('en-US')} ms`;
}

/** "pass"/"FAIL" against a target, or n/a when a side is missing. */
export function verdict(ok) {
  if (ok === undefined) return 'n/a';
  return ok ? 'pass' : 'FAIL';
}

/** Median and 95th percentile of a list of samples. */
export function quantiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), n: sorted.length };
}

/** A section heading followed by its table and notes, written to stdout. */
export function printSection(title, tableText, notes = []) {
  process.stdout.write(`\n### ${title}\n\n${tableText}\n`);
  for (const note of notes) process.stdout.write(`\n${note}`);
  if (notes.length > 0) process.stdout.write('\n');
}
