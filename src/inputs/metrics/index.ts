/**
 * Job-metrics files: format detection and one entry point, over a stream (WorkspaceReader.openStream
 * gives a FileChunkStream, read in two reused buffers). CSV formats are streamed at flat memory
 * whatever their size; JSON is read whole, up to a cap.
 */
import path from 'node:path';
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import { parseCodeCarbonCsv } from './codecarbon.js';
import { firstRecord } from './csv-records.js';
import { FileChunkStream, type ByteSource } from './lines.js';
import { parseMetricsJson } from './metrics-json.js';
import { parseNvidiaSmiCsv, type NvidiaSmiOptions } from './nvidia-smi.js';
import { peekSource } from './peek.js';
import type { JobMeasurement, MetricsFormat } from './types.js';

export { parseCodeCarbonCsv } from './codecarbon.js';
export { parseMetricsJson } from './metrics-json.js';
export { parseNvidiaSmiCsv, type NvidiaSmiOptions } from './nvidia-smi.js';
export type { JobMeasurement, MetricsFormat } from './types.js';

/** JSON metrics files larger than this are refused (CSV has no cap: it is streamed). */
export const DEFAULT_MAX_JSON_BYTES = 64 * 1024 * 1024;
/** Bytes looked at to detect the format. */
const SNIFF_BYTES = 4096;

export interface ReadMetricsOptions {
  /** Cap on a JSON file's size; default 64 MiB. */
  readonly maxBytes?: number;
  /** Passed to the nvidia-smi reader. */
  readonly nvidiaSmi?: NvidiaSmiOptions;
}

/**
 * The format of a metrics file from its content (first line), falling back on its extension only
 * for JSON; null when unrecognised. `whole`: the bytes are the whole file (see firstRecord).
 */
export function detectMetricsFormat(fileName: string, firstBytes: string, whole = false): MetricsFormat | null {
  const first = firstRecord(firstBytes, whole);
  if (first.json) return 'metrics-json';
  const line = first.line.toLowerCase();
  if (line.includes('power.draw') && line.includes('timestamp')) return 'nvidia-smi';
  const cells = first.cells.map((c) => c.toLowerCase());
  if (cells.includes('energy_consumed') && cells.includes('duration')) return 'codecarbon';
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.json') return 'metrics-json';
  return null;
}

function unrecognised(file: string): InputError {
  return InputError.single({
    file,
    line: 1,
    message: 'not a recognised job-metrics file',
    hint: 'expected a CodeCarbon emissions.csv, an nvidia-smi --query-gpu … --format=csv log, or a metrics JSON object',
  });
}

function humanBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

/** `size`: the file's size in bytes, or null when only known to exceed the cap (a stream). */
function tooLarge(file: string, size: number | null, cap: number): InputError {
  const what = size === null ? `more than ${cap} bytes` : `${size} bytes (${humanBytes(size)})`;
  return InputError.single({
    file,
    message: `metrics JSON is ${what}, over the ${cap}-byte cap (${humanBytes(cap)})`,
    hint: 'write one summary object per run, or use a CSV format, which is streamed; or raise the cap',
  });
}

/** The rest of the source after `head`, as text; throws past `cap` bytes (the caller releases the source). */
async function readCapped(chunks: AsyncIterator<Buffer>, head: Buffer[], file: string, cap: number): Promise<string> {
  const parts = [...head];
  let size = head.reduce((n, b) => n + b.length, 0);
  if (size > cap) throw tooLarge(file, null, cap);
  for (;;) {
    const { value, done } = await chunks.next();
    if (done) break;
    size += value.length;
    if (size > cap) throw tooLarge(file, null, cap);
    parts.push(Buffer.from(value)); // copied: the source may reuse its buffer
  }
  return Buffer.concat(parts, size).toString('utf8');
}

/**
 * Reads one metrics file from a stream: detects the format from the file name and the first bytes,
 * then parses (CSV streamed; JSON read whole up to `maxBytes`). Chunks are copied or used before the
 * next is asked for, so the stream may reuse its buffers (FileChunkStream); it is destroyed when
 * reading stops early.
 */
export async function parseMetricsStream(stream: Readable | ByteSource, file: string, options: ReadMetricsOptions = {}): Promise<JobMeasurement[]> {
  const source = await peekSource(stream, SNIFF_BYTES);
  try {
    const format = detectMetricsFormat(file, source.head, source.whole);
    if (format === null) {
      throw source.size === 0 ? InputError.single({ file, message: 'empty metrics file' }) : unrecognised(file);
    }
    if (format === 'metrics-json') {
      const cap = options.maxBytes ?? DEFAULT_MAX_JSON_BYTES;
      // A file whose size is known is refused without being read, its size in the message.
      const size = stream instanceof FileChunkStream ? stream.size : null;
      if (size !== null && size > cap) throw tooLarge(file, size, cap);
      return parseMetricsJson(await readCapped(source.rest, [...source.chunks], file, cap), file);
    }
    if (format === 'codecarbon') return [await parseCodeCarbonCsv(source.replay(), file)];
    return [await parseNvidiaSmiCsv(source.replay(), file, options.nvidiaSmi)];
  } finally {
    // Stopped before the end (unknown format, a cap, a parse error): release the source (closes the file).
    await source.release();
  }
}
