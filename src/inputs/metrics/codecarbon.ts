/**
 * CodeCarbon's `emissions.csv`. Columns are found by header name, since they vary by version
 * (2.x/3.x: timestamp, project_name, run_id, experiment_id, duration, emissions, emissions_rate,
 * cpu_power, gpu_power, ram_power, cpu_energy, gpu_energy, ram_energy, energy_consumed,
 * [water_consumed,] country_name, country_iso_code, region, cloud_provider, cloud_region, os,
 * python_version, codecarbon_version, cpu_count, cpu_model, gpu_count, gpu_model, longitude,
 * latitude, ram_total_size, tracking_mode, on_cloud, pue[, wue]; 1.x had no run_id and fewer
 * columns). `duration` (s) and `energy_consumed` (kWh) are required.
 *
 * Aggregation (read from CodeCarbon's source, mlco2/codecarbon v3.2.9, emissions_tracker.py and
 * external/task.py):
 * - rows sharing a tracker id (run_id; experiment_id in files without a run_id column) are
 *   cumulative snapshots of one tracker, so only the one with the longest duration counts;
 * - task files (a `task_name` column, CodeCarbon's start_task/stop_task) have one row per task, each
 *   with that task's own energy and duration: they are added up (a tracker runs its tasks in turn);
 * - different trackers are added up: energy and emissions summed, GPU-hours = Σ gpu_count × duration,
 *   wall-clock = the longest tracker (trackers of one job run side by side, e.g. one per node); the
 *   trackers that measured the same machine are detected (codecarbon-trackers.ts).
 *
 * PUE and water: since 2.2.3 (commit b9b0432b) `_do_measurements` multiplies each component's energy
 * by `pue` before adding it to cpu/gpu/ram_energy and energy_consumed, so a file with a `pue` column
 * already includes it: it is divided back out here (IT energy) and reported as `pueApplied`, so that
 * PUE is applied once downstream. Since 3.0.8 (#941) `water_consumed` = `wue` × that PUE-included
 * energy: on-site water only. The `wue` is passed on (the site uses it, per kWh of IT energy, instead
 * of its default); `water_consumed` itself is not added, so on-site water is never counted twice and
 * the off-site water of the electricity, which CodeCarbon does not count, is the grid's.
 *
 * Damaged rows (cut or interleaved by concurrent writers: a wrong field count, an empty or non-numeric
 * figure) are skipped, counted and their lines given, when other rows are usable; a file with no
 * usable row is refused with every problem located.
 */
import { InputError, type InputProblem } from '../errors.js';
import { toAlpha2 } from './countries.js';
import { parseIsoTimeMs, parseNumber } from './bytes.js';
import { columnIndex, CsvRecordJoiner, type Cells } from './csv-records.js';
import { readLines, type ByteSource } from './lines.js';
import { MAX_PROBLEMS, ProblemCollector } from './problems.js';
import { duplicateGroups, perMachineFigures, type Tracker } from './codecarbon-trackers.js';
import type { JobMeasurement } from './types.js';

/**
 * "2 x NVIDIA A100-SXM4-40GB, 1 x Tesla T4" → [{count 2, name …}, {count 1, name …}]. CodeCarbon
 * ≥ 2.3 joins the entries with no separator ("1 x NVIDIA GeForce RTX 40601 x NVIDIA GeForce RTX 3080
 * Ti"): a count glued to the previous name is split off as its shortest suffix (one digit: machines
 * rarely hold ten GPUs of one model).
 */
export function parseGpuModel(text: string): { count: number | null; name: string | null; mixed: boolean } {
  const trimmed = text.trim();
  if (trimmed === '') return { count: null, name: null, mixed: false };
  const parts = trimmed.split(/,\s*(?=\d+\s*x\s)|(?<=\S)(?=[1-9]\s*x\s)/);
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

/**
 * Names CodeCarbon writes in gpu_model that are not discrete accelerators: an Apple system-on-chip
 * (its integrated GPU shares the chip and the power figure) or a CPU (written there on some laptops).
 */
export function notAnAccelerator(name: string): 'soc' | 'cpu' | null {
  if (/^apple\s+m\d/i.test(name)) return 'soc';
  if (/\bcpu\b|core\(tm\)|\bxeon\b|\bepyc\b|\bryzen\b/i.test(name)) return 'cpu';
  return null;
}

interface Header {
  readonly line: number;
  readonly names: string[];
  readonly index: ReadonlyMap<string, number>;
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
  return { line, names, index: columnIndex(names) };
}

/** A row that could not be read: its line and what was wrong. */
interface DamagedRow {
  readonly line: number;
  readonly problems: readonly Omit<InputProblem, 'file'>[];
  /** Whether energy_consumed was empty (a file where every row has none gets its own error). */
  readonly noEnergy: boolean;
}

/** Lines listed in the warning about skipped rows. */
const LISTED_LINES = 20;

/** A timestamp as CodeCarbon writes it ("2025-06-18T05:03:36", local time) as UTC ms; null when unreadable. */
function timestampMs(text: string | null): number | null {
  const ms = text === null ? Number.NaN : parseIsoTimeMs(text);
  return Number.isNaN(ms) ? null : ms;
}

/** Reads a CodeCarbon emissions.csv; throws an InputError naming every bad cell (up to 50) when no row is usable. */
export async function parseCodeCarbonCsv(input: ByteSource | AsyncIterable<Buffer | string>, file: string): Promise<JobMeasurement> {
  const warnings: string[] = [];
  const trackers = new Map<string, Tracker>();
  const damaged: DamagedRow[] = [];
  let damagedCount = 0;
  let header: Header | null = null;
  let taskFile = false;
  let rows = 0;
  let lastLine = 0;
  const unknownCountries = new Set<string>();
  const socs = new Set<string>();
  const cpusAsGpu = new Set<string>();
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
  const damage = (row: DamagedRow): void => {
    damagedCount++;
    // Kept whole up to the problem cap (for the error when no row is usable), then by line only.
    damaged.push(damaged.length < MAX_PROBLEMS ? row : { line: row.line, problems: [], noEnergy: row.noEnergy });
  };

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
      taskFile = header.index.has('task_name');
      return;
    }
    if (isHeader(cells.values)) {
      header = makeHeader(cells.values, line); // header repeated (files appended to)
      taskFile ||= header.index.has('task_name');
      return;
    }
    rows++;
    const h = header;
    if (cells.values.length !== h.names.length) {
      if (!terminated && cells.values.length < h.names.length) {
        incomplete = `line ${line} is incomplete (file cut off while written?) and was skipped`;
      } else {
        damage({ line, problems: [{ line, column: 1, message: `row has ${cells.values.length} fields, the header (line ${h.line}) has ${h.names.length}` }], noEnergy: false });
      }
      return;
    }
    const problems: Omit<InputProblem, 'file'>[] = [];
    const cell = (name: string): { text: string; column: number } | null => {
      const i = h.index.get(name);
      if (i === undefined) return null;
      return { text: cells.values[i]!.trim(), column: cells.offsets[i]! + 1 };
    };
    const number = (name: string, required: boolean): number | null => {
      const c = cell(name);
      if (c === null) return null;
      if (c.text === '') {
        if (required) problems.push({ line, column: c.column, field: name, message: 'empty; a number is required' });
        return null;
      }
      const value = parseNumber(c.text);
      if (Number.isNaN(value)) {
        problems.push({ line, column: c.column, field: name, message: `not a number: "${c.text}"` });
        return null;
      }
      if (!Number.isFinite(value)) {
        problems.push({ line, column: c.column, field: name, message: `not a finite number: ${c.text}` });
        return null;
      }
      if (value < 0) {
        problems.push({ line, column: c.column, field: name, message: `must not be negative, got ${c.text}` });
        return null;
      }
      const limit = CODECARBON_LIMITS[name];
      if (limit !== undefined && value > limit) {
        problems.push({ line, column: c.column, field: name, message: `implausibly large: ${c.text} (more than ${limit})` });
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
    const gpuEnergy = number('gpu_energy', false);
    const pueCell = number('pue', false);
    const wueCell = number('wue', false);
    const gpuCountCell = number('gpu_count', false);
    if (problems.length > 0 || duration === null || energy === null) {
      damage({ line, problems, noEnergy: cell('energy_consumed')?.text === '' });
      return;
    }
    const modelText = text('gpu_model');
    const model = parseGpuModel(modelText ?? '');
    let gpuCount = gpuCountCell;
    if (gpuCount !== null && !Number.isInteger(gpuCount)) {
      gpuCountFixes++;
      gpuCount = model.count ?? Math.round(gpuCount);
    } else if (gpuCount === null && model.count !== null) {
      gpuCount = model.count;
    } else if (gpuCount !== null && model.count !== null && gpuCount !== model.count) {
      const count = gpuCount;
      countDisagrees.add(() => `gpu_count ${count} disagrees with gpu_model "${modelText}" (CodeCarbon's gpu_count counts the GPUs it tracked)`, line);
    }
    // An Apple SoC or a CPU in gpu_model is not an accelerator: no GPU-hours.
    const notGpu = model.name !== null ? notAnAccelerator(model.name) : null;
    if (notGpu === 'soc') socs.add(model.name!);
    if (notGpu === 'cpu') cpusAsGpu.add(model.name!);
    if (notGpu !== null || gpuCount === null) gpuCount = 0;
    if (model.mixed) mixedModels.add(() => `${modelText}`, line);
    const iso = text('country_iso_code');
    let country: string | null = null;
    if (iso !== null) {
      country = toAlpha2(iso);
      if (country === null) unknownCountries.add(iso);
    }
    // CodeCarbon multiplied every energy by its pue (≥ 2.2.3): back to IT energy.
    const pue = pueCell !== null && pueCell > 0 ? pueCell : null;
    const it = (kwh: number) => (pue !== null ? kwh / pue : kwh);
    const key = text('run_id') ?? (h.index.has('run_id') ? null : text('experiment_id')) ?? `line ${line}`;
    const row: Tracker = {
      line,
      duration,
      energy: it(energy),
      writtenEnergy: energy,
      gpuEnergy: gpuEnergy !== null ? it(gpuEnergy) : null,
      emissions,
      gpuCount,
      gpuModel: gpuCount > 0 ? model.name : null,
      country,
      cloudProvider: text('cloud_provider'),
      cloudRegion: text('cloud_region'),
      endMs: timestampMs(text('timestamp')),
      pue,
      wue: wueCell,
    };
    const previous = trackers.get(key);
    if (previous === undefined) trackers.set(key, row);
    else if (taskFile) {
      // Task rows: each its own task, in turn.
      previous.duration += row.duration;
      previous.energy += row.energy;
      previous.writtenEnergy += row.writtenEnergy;
      previous.gpuEnergy = previous.gpuEnergy === null || row.gpuEnergy === null ? null : previous.gpuEnergy + row.gpuEnergy;
      previous.emissions = previous.emissions === null || row.emissions === null ? null : previous.emissions + row.emissions;
      previous.gpuCount = Math.max(previous.gpuCount, row.gpuCount);
      if (row.endMs !== null && (previous.endMs === null || row.endMs > previous.endMs)) previous.endMs = row.endMs;
    } else if (duration >= previous.duration) trackers.set(key, row);
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
  if (trackers.size === 0) {
    if (damagedCount > 0 && damaged.every((d) => d.noEnergy)) {
      throw InputError.single({
        file,
        line: damaged[0]!.line,
        field: 'energy_consumed',
        message: `no energy figure: energy_consumed is empty on every row (${damagedCount}), so there is nothing to report`,
        hint: 'CodeCarbon writes it empty when it could measure no power (on some laptops and VMs); measure where it can, or give energyKwh in the run',
      });
    }
    if (damagedCount > 0) {
      const problems = new ProblemCollector(file);
      for (const d of damaged) for (const p of d.problems) problems.add(p);
      problems.throwIfAny();
    }
    throw InputError.single({ file, message: 'no data rows: CodeCarbon writes one when its tracker stops (or flushes)' });
  }
  if (damagedCount > 0) {
    const lines = damaged.slice(0, LISTED_LINES).map((d) => d.line);
    warnings.push(
      `${damagedCount} damaged row${damagedCount === 1 ? '' : 's'} skipped (cut or interleaved by concurrent writers, or without a readable duration or energy) at line${damagedCount === 1 ? '' : 's'} ${lines.join(', ')}${damagedCount > lines.length ? ` and ${damagedCount - lines.length} more` : ''}; the other ${rows - damagedCount} rows are reported`,
    );
  }
  if (gpuCountFixes > 0) warnings.push(`${gpuCountFixes} row(s) had a non-integer gpu_count; the count from gpu_model (or the rounded value) is used`);
  if (unknownCountries.size > 0) warnings.push(`country code(s) not mapped to ISO alpha-2: ${[...unknownCountries].join(', ')}`);
  if (socs.size > 0) warnings.push(`${[...socs].join(', ')}: a system-on-chip, its integrated GPU is not counted as GPU-hours (its power is in the measured energy)`);
  if (cpusAsGpu.size > 0) warnings.push(`gpu_model names a CPU (${[...cpusAsGpu].join(', ')}): not counted as a GPU`);

  const all = [...trackers.values()];
  let energy = 0;
  let maxDuration = 0;
  let machineSeconds = 0;
  let gpuSeconds = 0;
  let anyGpu = false;
  let gpuCount: number | null = null;
  let emissions: number | null = 0;
  const noGpu: number[] = [];
  const byModel = new Map<string, number>();
  const countries = new Map<string, number>();
  const providers = new Map<string, number>();
  const regions = new Map<string, number>();
  let pueWeighted = 0;
  let pueEnergy = 0;
  let wueWeighted = 0;
  let wueEnergy = 0;
  for (const run of all) {
    energy += run.energy;
    machineSeconds += run.duration;
    if (run.duration > maxDuration) maxDuration = run.duration;
    if (run.gpuCount > 0) {
      anyGpu = true;
      gpuSeconds += run.gpuCount * run.duration;
      gpuCount = Math.max(gpuCount ?? 0, run.gpuCount);
    } else noGpu.push(run.line);
    emissions = emissions === null || run.emissions === null ? null : emissions + run.emissions;
    const weight = run.energy;
    if (run.gpuModel !== null && run.gpuCount > 0) byModel.set(run.gpuModel, (byModel.get(run.gpuModel) ?? 0) + run.gpuCount * run.duration);
    if (run.country !== null) countries.set(run.country, (countries.get(run.country) ?? 0) + weight);
    if (run.cloudProvider !== null) providers.set(run.cloudProvider, (providers.get(run.cloudProvider) ?? 0) + weight);
    if (run.cloudRegion !== null) regions.set(run.cloudRegion, (regions.get(run.cloudRegion) ?? 0) + weight);
    if (run.pue !== null && run.pue !== 1) {
      pueWeighted += run.pue * run.energy;
      pueEnergy += run.energy;
    }
    if (run.wue !== null && run.wue > 0) {
      wueWeighted += run.wue * run.energy;
      wueEnergy += run.energy;
    }
  }
  if (!anyGpu) warnings.push('no GPU recorded by CodeCarbon (gpu_count and gpu_model empty, or not an accelerator): a CPU-only file, GPU-hours do not apply');
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
  if (trackers.size > 1) {
    warnings.push(
      taskFile
        ? `task file: ${rows - damagedCount} task rows of ${trackers.size} trackers added up (each row is one task's own energy)`
        : `${trackers.size} CodeCarbon runs added up (rows of one run_id are snapshots: only the last counts)`,
    );
  } else if (taskFile && rows - damagedCount > 1) {
    warnings.push(`task file: ${rows - damagedCount} task rows added up (each row is one task's own energy)`);
  }
  const pueApplied = pueEnergy > 0 ? pueWeighted / pueEnergy : null;
  if (pueApplied !== null) {
    warnings.push(
      `CodeCarbon had applied a PUE of ${Number(pueApplied.toPrecision(4))} to every energy figure (its pue column): divided back out, so that the run's PUE is applied once`,
    );
  }
  const wue = wueEnergy > 0 ? wueWeighted / wueEnergy : null;
  const perMachine = taskFile ? null : perMachineFigures(all, duplicateGroups(all));
  if (perMachine) warnings.push(perMachine.warning);

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
    cpuOnly: !anyGpu,
    machineHours: machineSeconds / 3600,
    pueApplied,
    wue,
    perMachine: perMachine?.figures ?? null,
  };
}
