/**
 * CSV exports (MLflow, W&B) streamed record by record with their header, RFC 4180 quoting included: a
 * quoted cell may hold commas and line breaks (W&B notes), so a record can span several lines. Lines
 * come from the same splitter as every other text input (byte-order mark, CRLF), records from the
 * same joiner as CodeCarbon's.
 */
import { columnIndex, CsvRecordJoiner } from '../metrics/csv-records.js';
import { readLines, type ByteSource } from '../metrics/lines.js';
import type { LedgerSink } from './types.js';

export interface CsvHeader {
  readonly names: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** A record's cell in the first of `names` the header has (its first column of that name), trimmed; '' when none. */
  cell(cells: readonly string[], ...names: string[]): string;
}

function csvHeader(names: readonly string[]): CsvHeader {
  const index = columnIndex(names);
  return {
    names,
    index,
    cell: (cells, ...wanted) => {
      for (const n of wanted) {
        const i = index.get(n);
        if (i !== undefined) return cells[i]!.trim();
      }
      return '';
    },
  };
}

/** What a reader does with each record, set up once the header is known. */
export type CsvRecordHandler = (cells: readonly string[], line: number) => void;

/**
 * Reads a CSV export: `onHeader` gets its first record and returns what handles the others. Records
 * whose cell count differs from the header's, and a last record whose quote never closes, go to the
 * sink as malformed. Resolves to the number of well-formed records.
 */
export async function readCsvExport(
  source: ByteSource,
  file: string,
  sink: Pick<LedgerSink, 'malformed'>,
  onHeader: (header: CsvHeader) => CsvRecordHandler,
): Promise<number> {
  const joiner = new CsvRecordJoiner();
  let header: CsvHeader | null = null;
  let onRecord: CsvRecordHandler = () => undefined;
  let records = 0;
  for await (const { text, line } of readLines(source, { file })) {
    const record = joiner.push(text, line);
    if (record === null) continue;
    const values = record.cells.values;
    if (header === null) {
      header = csvHeader(values.map((v) => v.trim()));
      onRecord = onHeader(header);
    } else if (values.length !== header.names.length) {
      sink.malformed(record.line, `${values.length} cells where the header has ${header.names.length}`);
    } else {
      records++;
      onRecord(values, record.line);
    }
  }
  if (joiner.pendingLine) sink.malformed(joiner.pendingLine, 'a quoted cell never closes (file cut off?)');
  return records;
}
