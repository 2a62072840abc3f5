/**
 * The records of a CSV export (MLflow, W&B) with its header, RFC 4180 quoting included: a quoted cell
 * may hold commas and line breaks (W&B notes), so a record can span several lines.
 */
import { columnIndex, CsvRecordJoiner } from '../metrics/csv-records.js';

export interface CsvTable {
  readonly header: readonly string[];
  /** Cell of a record by column name (the first column of that name), trimmed; undefined when absent. */
  readonly records: readonly { readonly cells: readonly string[]; readonly line: number }[];
  readonly index: ReadonlyMap<string, number>;
  /** Records whose cell count differs from the header's, and a last record whose quote never closes. */
  readonly malformed: readonly { readonly line: number; readonly message: string }[];
}

export function readCsvTable(text: string): CsvTable {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  let header: string[] | null = null;
  const records: { cells: string[]; line: number }[] = [];
  const malformed: { line: number; message: string }[] = [];
  const joiner = new CsvRecordJoiner();
  lines.forEach((raw, i) => {
    const record = joiner.push(raw.endsWith('\r') ? raw.slice(0, -1) : raw, i + 1);
    if (record === null) return;
    const values = record.cells.values;
    if (header === null) header = values.map((v) => v.trim());
    else if (values.length !== header.length) malformed.push({ line: record.line, message: `${values.length} cells where the header has ${header.length}` });
    else records.push({ cells: values, line: record.line });
  });
  if (joiner.pendingLine) malformed.push({ line: joiner.pendingLine, message: 'a quoted cell never closes (file cut off?)' });
  return { header: header ?? [], records, index: columnIndex(header ?? []), malformed };
}

/** A reader of one record's cells by column name (any of `names`, first found), trimmed; '' when absent. */
export function cellReader(table: CsvTable) {
  return (cells: readonly string[], ...names: string[]): string => {
    for (const n of names) {
      const i = table.index.get(n);
      if (i !== undefined) return cells[i]!.trim();
    }
    return '';
  };
}
