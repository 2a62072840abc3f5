/**
 * CodeCarbon's `emissions.csv`. Columns are found by header name, since they vary by version
 * (2.x/3.x: timestamp, project_name, run_id, experiment_id, duration, emissions, emissions_rate,
 * cpu_power, gpu_power, ram_power, cpu_energy, gpu_energy, ram_energy, energy_consumed,
 * [water_consumed,] country_name, country_iso_code, region, cloud_provider, cloud_region, os,
 * python_version, codecarbon_version, cpu_count, cpu_model, gpu_count, gpu_model, longitude,
 * latitude, ram_total_size, tracking_mode, on_cloud, pue[, wue]; 1.x had no run_id and fewer
 * columns). `duration` (s) and `energy_consumed` (kWh) are required.
 *
 * Aggregation: rows sharing a tracker id (run_id; experiment_id in files without a run_id column)
 * are cumulative snapshots of one tracker, so only the one with the longest duration counts.
 * Different trackers are added up: energy and emissions summed, GPU-hours = Σ gpu_count × duration,
 * wall-clock = the longest duration (trackers of one job run side by side, e.g. one per node).
 */
import { InputError } from '../errors.js';
import { toAlpha2 } from './countries.js';
import { readLines, type ByteSource } from './lines.js';
import { ProblemCollector } from './problems.js';
import type { JobMeasurement } from './types.js';

interface Cells {
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

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** "2 x NVIDIA A100-SXM4-40GB, 1 x Tesla T4" → [{count 2, name …}, {count 1, name …}]. */
export function parseGpuModel(text: string): { count: number | null; name: string | null; mixed: boolean } {
  const trimmed = text.trim();
  if (trimmed === '') return { count: null, name: null, mixed: false };
  const parts = trimmed.split(/,\s*(?=\d+\s*x\s)/);
  const entries: { count: number; name: string }[] = [];
  for (const part of parts) {
    const m = /^(\d+)\s*x\s+(.+)$/.exec(part.trim());
    if (m === null) return { count: null, name: trimmed, mixed: false };
    entries.push({ count: Number(m[1]), name: m[2]!.trim() });
  }
  let best = entries[0]!;
  let total = 0;
  for (const e of entries) {
    total += e.count;
    if (e.count > best.count) best = e;
  }
  return { count: total, name: best.name, mixed: new Set(entries.map((e) => e.name)).size > 1 };
}

interface Header {
  readonly line: number;
  readonly names: string[];
  readonly index: ReadonlyMap<string, number>;
}

interface RunRow {
  readonly line: number;
  readonly duration: number;
  readonly energy: number;
  readonly emissions: number | null;
  readonly gpuCount: number | null;
  readonly gpuModel: string | null;
  readonly country: string | null;
  readonly cloudProvider: string | null;
  readonly cloudRegion: string | null;
}

const REQUIRED = ['duration', 'energy_consumed'] as const;

/**
 * Upper bounds of the cells used: larger figures are refused as implausible (they are typos or
 * damage, and they would overflow once multiplied and added up).
 */
export const CODECARBON_LIMITS: Readonly<Record<string, number>> = {
  duration: 1e10, // s, ~317 years
  energy_consumed: 1e12, // kWh
  emissions: 1e12, // kg
  gpu_count: 1e7,
};

/**
 * Whether a record is a header: it has an "energy_consumed" and a "duration" cell (any case,
 * surrounding whitespace ignored). Called on every row, to notice a header repeated (files appended
 * to), so only cells of the right length are trimmed and lower-cased.
 */
function isHeader(values: readonly string[]): boolean {
  let energy = false;
  let duration = false;
  for (const v of values) {
    if (v.length < 8) continue; // shorter than "duration" even before trimming
    const t = v.trim();
    if (t.length === 15) energy ||= t.toLowerCase() === 'energy_consumed';
    else if (t.length === 8) duration ||= t.toLowerCase() === 'duration';
    else continue;
    if (energy && duration) return true;
  }
  return false;
}

/** A warning that may hold for many rows: reported once, with the first row and how many there were. */
class RowWarning {
  private first: string | null = null;
  /** Line of the first row with the warning; 0 while none. */
  firstLine = 0;
  private count = 0;

  constructor(
    /** The warning of the first row, in the words used when it is the only one. */
    private readonly single: (detail: string, line: number) => string,
    /** The summary of `count` rows (count ≥ 2), naming the first. */
    private readonly several: (count: number, firstDetail: string, firstLine: number) => string,
  ) {}

  add(detail: () => string, line: number): void {
    if (this.count++ === 0) {
      this.first = detail();
      this.firstLine = line;
    }
  }

  /** The warning, if any row had it. */
  flush(into: string[]): void {
    if (this.first === null) return;
    into.push(this.count === 1 ? this.single(this.first, this.firstLine) : this.several(this.count, this.first, this.firstLine));
  }
}

function makeHeader(values: readonly string[], line: number): Header {
  const names = values.map((v) => v.trim().toLowerCase());
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  return { line, names, index };
}

/** Reads a CodeCarbon emissions.csv; throws an InputError naming every bad cell (up to 50). */
export async function parseCodeCarbonCsv(input: ByteSource | AsyncIterable<Buffer | string>, file: string): Promise<JobMeasurement> {
  const problems = new ProblemCollector(file);
  const warnings: string[] = [];
  const runs = new Map<string, RunRow>();
  let header: Header | null = null;
  let rows = 0;
  let lastLine = 0;
  const unknownCountries = new Set<string>();
  let gpuCountFixes = 0;
  /** The warning about a last line cut off, if any: it follows the rows' warnings. */
  let incomplete: string | null = null;
  // One warning per kind however many rows have it (each warning becomes an annotation).
  const countDisagrees = new RowWarning(
    (detail, line) => `line ${line}: ${detail}; gpu_count is used`,
    (count, detail, line) => `${count} rows have a gpu_count that disagrees with gpu_model (first at line ${line}: ${detail}); gpu_count is used`,
  );
  const mixedModels = new RowWarning(
    (detail, line) => `line ${line}: several GPU models (${detail}); gpuModel is the most numerous one`,
    (count, detail, line) => `${count} rows have several GPU models (first at line ${line}: ${detail}); gpuModel is the most numerous one`,
  );

  const handleRecord = (cells: Cells, line: number, terminated: boolean): void => {
    if (header === null) {
      if (!isHeader(cells.values)) {
        const names = cells.values.map((v) => v.trim().toLowerCase());
        const missing = REQUIRED.filter((r) => !names.includes(r));
        throw new InputError(
          missing.map((name) => ({
            file,
            line,
            column: 1,
            field: name,
            message: `not a CodeCarbon emissions.csv: the header has no "${name}" column`,
            hint: 'the first line must be the header CodeCarbon writes, e.g. "timestamp,project_name,run_id,…,duration,…,energy_consumed,…"',
          })),
        );
      }
      header = makeHeader(cells.values, line);
      return;
    }
    if (isHeader(cells.values)) {
      header = makeHeader(cells.values, line); // header repeated (files appended to)
      return;
    }
    rows++;
    const h = header;
    if (cells.values.length !== h.names.length) {
      if (!terminated && cells.values.length < h.names.length) {
        incomplete = `line ${line} is incomplete (file cut off while written?) and was skipped`;
      } else {
        problems.add({ line, column: 1, message: `row has ${cells.values.length} fields, the header (line ${h.line}) has ${h.names.length}` });
      }
      return;
    }
    const cell = (name: string): { text: string; column: number } | null => {
      const i = h.index.get(name);
      if (i === undefined) return null;
      return { text: cells.values[i]!.trim(), column: cells.offsets[i]! + 1 };
    };
    const number = (name: string, required: boolean): number | null => {
      const c = cell(name);
      if (c === null) return null;
      if (c.text === '') {
        if (required) problems.add({ line, column: c.column, field: name, message: 'empty; a number is required' });
        return null;
      }
      if (!NUMBER.test(c.text)) {
        problems.add({ line, column: c.column, field: name, message: `not a number: "${c.text}"` });
        return null;
      }
      const value = Number(c.text);
      if (!Number.isFinite(value)) {
        problems.add({ line, column: c.column, field: name, message: `not a finite number: ${c.text}` });
        return null;
      }
      if (value < 0) {
        problems.add({ line, column: c.column, field: name, message: `must not be negative, got ${c.text}` });
        return null;
      }
      const limit = CODECARBON_LIMITS[name];
      if (limit !== undefined && value > limit) {
        problems.add({ line, column: c.column, field: name, message: `implausibly large: ${c.text} (more than ${limit})` });
        return null;
      }
      return value;
    };
    const text = (name: string): string | null => {
      const c = cell(name);
      return c === null || c.text === '' ? null : c.text;
    };

    const duration = number('duration', true);
    const energy = number('energy_consumed', true);
    const emissions = number('emissions', false);
    const gpuCountCell = number('gpu_count', false);
    const model = parseGpuModel(text('gpu_model') ?? '');
    let gpuCount = gpuCountCell;
    if (gpuCount !== null && !Number.isInteger(gpuCount)) {
      gpuCountFixes++;
      gpuCount = model.count ?? Math.round(gpuCount);
    } else if (gpuCount === null && model.count !== null) {
      gpuCount = model.count;
    } else if (gpuCount !== null && model.count !== null && gpuCount !== model.count) {
      const count = gpuCount;
      countDisagrees.add(() => `gpu_count ${count} disagrees with gpu_model "${text('gpu_model')}"`, line);
    }
    if (gpuCount === 0) gpuCount = null;
    if (model.mixed) mixedModels.add(() => `${text('gpu_model')}`, line);
    const iso = text('country_iso_code');
    let country: string | null = null;
    if (iso !== null) {
      country = toAlpha2(iso);
      if (country === null) unknownCountries.add(iso);
    }
    if (duration === null || energy === null) return;
    const key = text('run_id') ?? (h.index.has('run_id') ? null : text('experiment_id')) ?? `line ${line}`;
    const row: RunRow = {
      line,
      duration,
      energy,
      emissions,
      gpuCount,
      gpuModel: model.name,
      country,
      cloudProvider: text('cloud_provider'),
      cloudRegion: text('cloud_region'),
    };
    const previous = runs.get(key);
    if (previous === undefined || duration >= previous.duration) runs.set(key, row);
  };

  const joiner = new CsvRecordJoiner();
  for await (const { text, line, terminated } of readLines(input, { file })) {
    lastLine = line;
    const record = joiner.push(text, line);
    if (record) handleRecord(record.cells, record.line, terminated);
  }
  // in the order of the rows they were first seen on, as when every row had its own warning
  for (const w of [countDisagrees, mixedModels].sort((a, b) => a.firstLine - b.firstLine)) w.flush(warnings);
  if (incomplete !== null) warnings.push(incomplete);
  if (joiner.pendingLine) {
    warnings.push(`line ${joiner.pendingLine} has a quoted field that never closes (file cut off?) and was skipped`);
  }
  if (header === null) throw InputError.single({ file, line: lastLine || undefined, message: 'empty file: no CodeCarbon header' });
  problems.throwIfAny();
  if (runs.size === 0) {
    throw InputError.single({ file, message: 'no data rows: CodeCarbon writes one when its tracker stops (or flushes)' });
  }
  if (gpuCountFixes > 0) warnings.push(`${gpuCountFixes} row(s) had a non-integer gpu_count; the count from gpu_model (or the rounded value) is used`);
  if (unknownCountries.size > 0) warnings.push(`country code(s) not mapped to ISO alpha-2: ${[...unknownCountries].join(', ')}`);

  let energy = 0;
  let maxDuration = 0;
  let gpuSeconds = 0;
  let anyGpu = false;
  let gpuCount: number | null = null;
  let emissions: number | null = 0;
  const noGpu: number[] = [];
  const byModel = new Map<string, number>();
  const countries = new Map<string, number>();
  const providers = new Map<string, number>();
  const regions = new Map<string, number>();
  for (const run of runs.values()) {
    energy += run.energy;
    if (run.duration > maxDuration) maxDuration = run.duration;
    if (run.gpuCount !== null) {
      anyGpu = true;
      gpuSeconds += run.gpuCount * run.duration;
      gpuCount = Math.max(gpuCount ?? 0, run.gpuCount);
    } else noGpu.push(run.line);
    emissions = emissions === null || run.emissions === null ? null : emissions + run.emissions;
    const weight = run.energy;
    if (run.gpuModel !== null && run.gpuCount !== null) byModel.set(run.gpuModel, (byModel.get(run.gpuModel) ?? 0) + run.gpuCount * run.duration);
    if (run.country !== null) countries.set(run.country, (countries.get(run.country) ?? 0) + weight);
    if (run.cloudProvider !== null) providers.set(run.cloudProvider, (providers.get(run.cloudProvider) ?? 0) + weight);
    if (run.cloudRegion !== null) regions.set(run.cloudRegion, (regions.get(run.cloudRegion) ?? 0) + weight);
  }
  if (!anyGpu) warnings.push('no GPU recorded by CodeCarbon (gpu_count and gpu_model empty): GPU count and GPU-hours unknown');
  else if (noGpu.length > 0) warnings.push(`run(s) at line ${noGpu.join(', ')} recorded no GPU: they add no GPU-hours`);
  const pick = (label: string, m: Map<string, number>): string | null => {
    let best: string | null = null;
    let bestWeight = -1;
    for (const [k, w] of m) {
      if (w > bestWeight) {
        best = k;
        bestWeight = w;
      }
    }
    if (m.size > 1) warnings.push(`runs differ in ${label} (${[...m.keys()].join(', ')}): the one with the most energy (${best}) is used`);
    return best;
  };
  if (runs.size > 1) warnings.push(`${runs.size} CodeCarbon runs added up (rows of one run_id are snapshots: only the last counts)`);

  return {
    file,
    format: 'codecarbon',
    runId: null,
    gpuModel: pick('GPU model', byModel),
    gpuCount: anyGpu ? gpuCount : null,
    wallClockHours: maxDuration / 3600,
    gpuHours: anyGpu ? gpuSeconds / 3600 : null,
    energyKwh: energy,
    energyScope: 'server',
    reportedEmissionsKg: emissions,
    country: pick('country', countries),
    cloudProvider: pick('cloud_provider', providers),
    cloudRegion: pick('cloud_region', regions),
    tokens: null,
    samples: rows,
    warnings,
  };
}
