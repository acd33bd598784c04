/**
 * Plain-text rendering for `kg query`: aligned tables, one line per path hop with its
 * sentence, and compact entity references. Text from articles is printed as it is, on one line.
 */
import type { EntityRef, GraphPath, HopRelation } from '@kg/graph';

/** Collapses whitespace and cuts long text with an ellipsis. */
export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Columns padded to their widest cell; numbers right-aligned. */
export function table(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? formatNumber(cell) : oneLine(cell, 60))),
  );
  const widths = header.map((title, i) =>
    Math.max(title.length, ...cells.map((row) => (row[i] ?? '').length)),
  );
  const numeric = header.map(
    (_title, i) => rows.length > 0 && rows.every((row) => typeof row[i] === 'number'),
  );
  const format = (row: readonly string[]): string =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return (
    [format(header), format(widths.map((w) => '-'.repeat(w))), ...cells.map(format)].join('\n') +
    '\n'
  );
}

export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(3);
}

export function name(entity: EntityRef): string {
  return `${entity.label} (${entity.type})`;
}

/** "A —SUPPLIES→ B" or, walking a relation backwards, "A ←SUPPLIES— B". */
export function arrow(from: EntityRef, relation: HopRelation, to: EntityRef): string {
  const predicate = relation.label
    ? `${relation.predicate} "${relation.label}"`
    : relation.predicate;
  return relation.direction === 'forward'
    ? `${from.label} —${predicate}→ ${to.label}`
    : `${from.label} ←${predicate}— ${to.label}`;
}

export function evidenceLine(relation: HopRelation, indent: string): string[] {
  // The sentence that carries the relation's own (strongest) modality speaks for it.
  const first =
    relation.evidence.find((e) => e.modality === relation.modality) ?? relation.evidence[0];
  if (!first) return [`${indent}(no evidence kept for this relation)`];
  const source = first.docSource ?? first.docId.slice(0, 12);
  const attribution = first.attribution ? `, according to ${first.attribution}` : '';
  const more = relation.evidence.length > 1 ? ` (+${relation.evidence.length - 1} more)` : '';
  return [
    `${indent}"${oneLine(first.sentence, 200)}"`,
    `${indent}— ${source}, ${first.date?.slice(0, 10) ?? 'undated'}, ${first.modality}${attribution}${more}`,
  ];
}

export function pathText(path: GraphPath, index?: number): string {
  const title = `${index === undefined ? 'Path' : `Path ${index}`}: ${path.nodes.map((n) => n.label).join(' → ')} (${path.hops.length} hop${path.hops.length === 1 ? '' : 's'})`;
  const lines = [title];
  path.hops.forEach((hop, i) => {
    lines.push(
      `  ${i + 1}. ${arrow(hop.from, hop, hop.to)}  [${hop.modality}, weight ${formatNumber(hop.weight)}]`,
    );
    lines.push(...evidenceLine(hop, '     '));
    if (hop.others.length > 0) {
      lines.push(`     also: ${hop.others.map((o) => arrow(hop.from, o, hop.to)).join('; ')}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
