/**
 * CSV as CodeCarbon, MLflow and W&B write it (RFC 4180): records split into cells, quoted cells with
 * commas, doubled quotes and line breaks; records joined across lines; columns found by name; and a
 * file's first record, to tell its format from its first bytes.
 */

export interface Cells {
  readonly values: string[];
  /** 0-based character offset of each cell in the record text. */
  readonly offsets: number[];
}

/** Splits one CSV record (RFC 4180 quoting); null while a quoted cell is still open at the end. */
export function splitCsvRecord(text: string): Cells | null {
  const values: string[] = [];
  const offsets: number[] = [];
  const n = text.length;
  let i = 0;
  for (;;) {
    offsets.push(i);
    let value: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      value = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return null;
        value += text.slice(i, q);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const comma = text.indexOf(',', i);
      const stop = comma < 0 ? n : comma;
      value += text.slice(i, stop);
      i = stop;
    } else {
      const comma = text.indexOf(',', i);
      const stop = comma < 0 ? n : comma;
      value = text.slice(i, stop);
      i = stop;
    }
    values.push(value);
    if (i >= n) break;
    i++; // past the comma
  }
  return { values, offsets };
}

/**
 * Joins the lines of a CSV into records: a quoted cell may hold line breaks, so a record can span
 * lines. Blank lines between records are skipped.
 */
export class CsvRecordJoiner {
  private pending = '';
  /** First line of the record still open (its quote not closed yet), 0 when none. */
  pendingLine = 0;

  /** Adds a line; returns the record it completes, with its first line, or null. */
  push(text: string, line: number): { cells: Cells; line: number } | null {
    if (this.pending === '' && text.trim() === '') return null;
    const record = this.pending === '' ? text : `${this.pending}\n${text}`;
    const recordLine = this.pending === '' ? line : this.pendingLine;
    const cells = splitCsvRecord(record);
    if (cells === null) {
      this.pending = record;
      this.pendingLine = recordLine;
      return null;
    }
    this.pending = '';
    this.pendingLine = 0;
    return { cells, line: recordLine };
  }
}

/** Column index by name, the first column of a name winning (headers repeat names). */
export function columnIndex(names: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  return index;
}

/**
 * What the first bytes of a file show: whether it opens as JSON, and the cells of its first line,
 * trimmed. When `whole` is false the bytes may end inside that line (the header of a W&B export has
 * hundreds of columns): only its complete cells are given. A byte-order mark and leading blank space
 * are skipped.
 */
export function firstRecord(head: string, whole: boolean): { readonly json: boolean; readonly line: string; readonly cells: readonly string[] } {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return { json: true, line: '', cells: [] };
  const nl = text.indexOf('\n');
  const line = nl >= 0 ? text.slice(0, nl).replace(/\r$/, '') : whole ? text : text.slice(0, Math.max(0, text.lastIndexOf(','))) || text;
  return { json: false, line, cells: splitCsvRecord(line)?.values.map((v) => v.trim()) ?? [] };
}
