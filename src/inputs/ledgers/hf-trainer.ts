/**
 * Hugging Face Trainer outputs: `trainer_state.json` (global_step, max_steps, total_flos, log_history
 * whose last entry has train_runtime) with `all_results.json` / `train_results.json` beside it
 * (train_runtime in seconds; total_flos in newer versions). One output directory is one run. The
 * Trainer's total_flos (6 × tokens × non-embedding parameters, summed over processes) and the run time
 * give the implied MFU once the GPUs are known. A checkpoint's trainer_state.json, written before the
 * run ended, has no train_runtime: the run is then skipped for having no run time.
 */
import type { LedgerSink } from './types.js';
import { EMPTY_JOB } from './types.js';
import { isJsonObject } from '../metrics/json-positions.js';

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN);

/** The files of one run, by the name the Trainer gives them. */
export const TRAINER_FILES = ['trainer_state.json', 'all_results.json', 'train_results.json', 'eval_results.json'] as const;

/** Whether a parsed JSON value is one of the Trainer's files. */
export function isTrainerOutput(value: unknown): boolean {
  if (!isJsonObject(value)) return false;
  if (Array.isArray(value.log_history) && ('global_step' in value || 'max_steps' in value)) return true;
  return Object.keys(value).some((k) => k === 'train_runtime' || k === 'total_flos' || k === 'eval_runtime');
}

export interface TrainerFiles {
  readonly state?: unknown;
  readonly results: readonly unknown[];
}

/** One run from its trainer_state.json and results files; `name` is its directory (or file prefix). */
export function readTrainerRun(files: TrainerFiles, name: string, sink: LedgerSink): number {
  const state = isJsonObject(files.state) ? files.state : {};
  const results = files.results.filter(isJsonObject);
  const history = Array.isArray(state.log_history) ? state.log_history.filter(isJsonObject) : [];
  const summary = [...history].reverse().find((h) => 'train_runtime' in h) ?? {};
  const first = (key: string) => [...results.map((r) => num(r[key])), num(summary[key]), num(state[key])].find((v) => !Number.isNaN(v)) ?? Number.NaN;
  const runtime = first('train_runtime');
  const flops = [num(state.total_flos), ...results.map((r) => num(r.total_flos)), num(summary.total_flos)].find((v) => v > 0) ?? Number.NaN;
  sink.job({
    ...EMPTY_JOB,
    key: `hf:${name}`,
    id: name,
    name,
    state: 'COMPLETED',
    rawState: null,
    elapsedS: runtime,
    flops,
    steps: num(state.global_step),
    maxSteps: num(state.max_steps),
    line: 1,
  });
  return 1;
}
