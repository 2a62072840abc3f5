/**
 * Weights & Biases records, read by field name:
 * - the runs-table CSV export (`wandb_export_*.csv`): Name, State, Notes, User, Tags, Created,
 *   Runtime (seconds), Sweep, then the chosen config and summary columns (Group, GPU Type and GPU
 *   Count when the table shows them);
 * - a JSON dump of `wandb.Api().runs(path)`: a list of runs with the Run attributes id, name, state,
 *   created_at, tags, group, config, summary (_runtime) and metadata (the run's wandb-metadata.json);
 * - a run directory's `files/wandb-metadata.json` (gpu, gpu_count, gpu_nvidia / gpu_devices,
 *   startedAt) with its `wandb-summary.json` (_runtime, or _wandb.runtime) beside it.
 * States map onto Slurm's (data/ledgers.ts: crashed is a failure, killed a cancellation).
 */
import { WANDB_STATES } from '../../data/ledgers.js';
import type { ByteSource } from '../metrics/lines.js';
import { readCsvExport } from './csv.js';
import { parseNumber } from '../metrics/bytes.js';
import { isBlank, parseTimeMs } from './fields.js';
import { EMPTY_JOB, type LedgerJob, type LedgerSink } from './types.js';
import { isJsonObject } from '../metrics/json-positions.js';

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const number = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' ? parseNumber(v) : Number.NaN);

export function looksLikeWandbCsv(header: readonly string[]): boolean {
  return header.includes('Name') && (header.includes('State') || header.includes('Runtime') || header.includes('Created'));
}

function stateOf(raw: string | null): Pick<LedgerJob, 'state' | 'rawState'> {
  return { state: raw === null ? null : (WANDB_STATES[raw.toLowerCase()] ?? null), rawState: raw };
}

/** The GPU model and count a wandb-metadata.json records (old `gpu_devices` and new `gpu_nvidia` schemas). */
export function gpuOfMetadata(meta: unknown): { gpuType: string | null; gpus: number } {
  if (!isJsonObject(meta)) return { gpuType: null, gpus: Number.NaN };
  const devices = Array.isArray(meta.gpu_nvidia) ? meta.gpu_nvidia : Array.isArray(meta.gpu_devices) ? meta.gpu_devices : [];
  const first = devices.map((d) => (isJsonObject(d) ? text(d.name) : null)).find((n) => n !== null) ?? null;
  // wandb ≥ 0.18 writes `gpu` as a bracketed list: "[NVIDIA H100 NVL, NVIDIA H100 NVL, …]"
  const gpuField = text(meta.gpu)?.replace(/^\[|\]$/g, '').split(',')[0]?.trim() || null;
  const count = number(meta.gpu_count);
  return { gpuType: first ?? gpuField, gpus: count >= 0 ? count : devices.length || Number.NaN };
}

/** Run time of a run's summary: `_runtime` (seconds), else `_wandb.runtime`. */
export function runtimeOfSummary(summary: unknown): number {
  if (!isJsonObject(summary)) return Number.NaN;
  const r = number(summary._runtime);
  if (r >= 0) return r;
  return isJsonObject(summary._wandb) ? number(summary._wandb.runtime) : Number.NaN;
}

export function readWandbCsv(source: ByteSource, file: string, sink: LedgerSink): Promise<number> {
  return readCsvExport(source, file, sink, ({ index, cell }) => {
    if (!index.has('Runtime')) sink.warn('no Runtime column: add it to the runs table before exporting, or no run has a run time');
    /** A non-negative figure of the first of `columns` present: NaN when blank; unreadable when it is not such a number. */
    const figure = (cells: readonly string[], ...columns: string[]) => {
      const column = columns.find((c) => index.has(c)) ?? columns[0]!;
      const text = cell(cells, column);
      const value = isBlank(text) ? Number.NaN : parseNumber(text);
      return { column, text, value, unreadable: !isBlank(text) && !(value >= 0 && value < Infinity) };
    };
    return (cells, line) => {
      const name = cell(cells, 'Name');
      const created = cell(cells, 'Created');
      const tags = cell(cells, 'Tags');
      // Seconds and a count: a cell that says something else makes the line unreadable, not a run without them.
      const runtime = figure(cells, 'Runtime');
      const gpus = figure(cells, 'GPU Count', 'gpu_count');
      const bad = [runtime, gpus].find((f) => f.unreadable);
      if (bad) {
        sink.malformed(line, `not a number of ${bad === runtime ? 'seconds' : 'GPUs'}: "${bad.text}"`, bad.column);
        return;
      }
      sink.job({
        ...EMPTY_JOB,
        // W&B names repeat; the export has no run id: the name and the creation time tell runs apart
        key: `wandb:${name}@${created}`,
        id: name,
        name,
        ...stateOf(cell(cells, 'State') || null),
        startMs: parseTimeMs(created),
        elapsedS: runtime.value,
        gpus: gpus.value,
        gpuType: cell(cells, 'GPU Type', 'gpu_type') || null,
        user: cell(cells, 'User') || null,
        group: cell(cells, 'Group', 'Sweep') || null,
        tags: isBlank(tags) ? [] : tags.split(',').map((t) => t.trim()).filter(Boolean),
        line,
      });
    };
  });
}

/** Whether a JSON value is a dump of wandb.Api().runs(): a list of run objects (or { runs: [...] }). */
export function wandbRunsOf(value: unknown): unknown[] | null {
  const list = Array.isArray(value) ? value : isJsonObject(value) && Array.isArray(value.runs) ? value.runs : null;
  if (list === null || list.length === 0) return null;
  return list.every((r) => isJsonObject(r) && ('state' in r || 'summary' in r) && ('name' in r || 'id' in r)) ? list : null;
}

export function readWandbJson(runs: readonly unknown[], file: string, sink: LedgerSink): number {
  runs.forEach((run, index) => {
    const line = index + 1;
    if (!isJsonObject(run)) {
      sink.malformed(line, 'not a run object', `[${index}]`);
      return;
    }
    const id = text(run.id) ?? text(run.name);
    if (id === null) {
      sink.malformed(line, 'a run needs an id or a name', `[${index}]`);
      return;
    }
    const { gpuType, gpus } = gpuOfMetadata(run.metadata);
    const runtime = number(run.runtime);
    sink.job({
      ...EMPTY_JOB,
      key: `wandb:${id}`,
      id,
      name: text(run.name) ?? id,
      ...stateOf(text(run.state)),
      startMs: parseTimeMs(text(run.created_at) ?? text(run.createdAt) ?? ''),
      elapsedS: runtime >= 0 ? runtime : runtimeOfSummary(run.summary),
      gpus,
      gpuType,
      user: text(run.user) ?? text(run.username) ?? (isJsonObject(run.user) ? text(run.user.username) : null),
      group: text(run.group),
      tags: Array.isArray(run.tags) ? run.tags.filter((t): t is string => typeof t === 'string') : [],
      line,
    });
  });
  return runs.length;
}

/** A run directory's metadata (and summary): one run. `name` is the run directory's name. */
export function readWandbRun(metadata: unknown, summary: unknown, name: string, sink: LedgerSink): number {
  const { gpuType, gpus } = gpuOfMetadata(metadata);
  const meta = isJsonObject(metadata) ? metadata : {};
  sink.job({
    ...EMPTY_JOB,
    key: `wandb-run:${name}`,
    id: name,
    name: text(meta.program)?.split('/').pop() ?? name,
    startMs: parseTimeMs(text(meta.startedAt) ?? ''),
    elapsedS: runtimeOfSummary(summary),
    gpus,
    gpuType,
    user: text(meta.username) ?? text(meta.email),
    line: 1,
  });
  return 1;
}
