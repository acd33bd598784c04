/**
 * RFC 4180 CSV: fields quoted when they hold a comma, quote or line break, quotes doubled,
 * CRLF between records. For spreadsheets, text cells that start with = + - @ (or a tab or
 * carriage return) get a leading apostrophe so they are not run as formulas (OWASP CSV
 * injection); `parseCsv` removes that apostrophe again.
 */
import { KgError } from '@kg/schema';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A formula start after any apostrophes: text that already looks guarded is guarded again, so
 * unguarding restores it exactly.
 */
const GUARDED = /^'*[=+\-@\t\r]/;

export function csvCell(value: CsvValue, guardFormulas: boolean): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (guardFormulas && typeof value === 'string' && GUARDED.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document line by line: header, then rows, each with its CRLF. */
export function* csvLines(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  options: { guardFormulas?: boolean } = {},
): Generator<string> {
  const guard = options.guardFormulas ?? true;
  yield `${header.map((cell) => csvCell(cell, false)).join(',')}\r\n`;
  for (const row of rows) yield `${row.map((cell) => csvCell(cell, guard)).join(',')}\r\n`;
}

/** A CSV document: header, then rows, CRLF line ends. */
export function writeCsv(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  options: { guardFormulas?: boolean } = {},
): string {
  return [...csvLines(header, rows, options)].join('');
}

/** Parses RFC 4180 text (CRLF or LF, optional BOM) into rows of strings. */
export function parseCsv(text: string, where: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let cellStart = true;
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          throw new KgError(
            'PARSE_ERROR',
            `${where}: line ${line}: unexpected character after a closing quote.`,
          );
        }
        continue;
      }
      if (char === '\n') line++;
      cell += char;
      i++;
      continue;
    }
    if (char === '"' && cellStart) {
      quoted = true;
      cellStart = false;
      i++;
      continue;
    }
    if (char === ',') {
      row.push(cell);
      cell = '';
      cellStart = true;
      i++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      cellStart = true;
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    cell += char;
    cellStart = false;
    i++;
  }
  if (quoted) throw new KgError('PARSE_ERROR', `${where}: unterminated quoted field.`);
  if (cell.length > 0 || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Undoes the formula guard of `csvCell`. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && GUARDED.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Rows as records keyed by the header, formula guards removed, blank lines skipped. */
export function csvRecords(
  text: string,
  where: string,
  required: readonly string[],
): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, where);
  if (!header) throw new KgError('PARSE_ERROR', `${where}: the file is empty.`);
  const names = header.map((name) => name.trim());
  const missing = required.filter((name) => !names.includes(name));
  if (missing.length > 0) {
    throw new KgError(
      'PARSE_ERROR',
      `${where}: missing column(s) ${missing.join(', ')} (header: ${names.join(', ')}).`,
    );
  }
  const records: Record<string, string>[] = [];
  rows.forEach((row, index) => {
    if (row.length === 1 && row[0] === '') return;
    if (row.length !== names.length) {
      throw new KgError(
        'PARSE_ERROR',
        `${where}: record ${index + 1} has ${row.length} fields, the header has ${names.length}.`,
      );
    }
    const record: Record<string, string> = {};
    names.forEach((name, i) => {
      record[name] = unguardCell(row[i] as string);
    });
    records.push(record);
  });
  return records;
}
