/**
 * What every ledger reader hands on: one job (a scheduler job, a tracker run) normalised, and the
 * sink that counts, classifies and aggregates it (accumulate.ts). Readers never keep jobs: a ledger
 * of a million jobs is streamed through at flat memory.
 */
import type { JobState } from '../../data/ledgers.js';
import type { LEDGER_FORMATS } from '../manifest/schema.js';

export type LedgerFormat = Exclude<(typeof LEDGER_FORMATS)[number], 'auto'>;

/** One job as its ledger tells it. Numbers are NaN and strings null when the ledger does not say. */
export interface LedgerJob {
  /** Counts the job once across files and dumps: sacct JobIDRaw (or JobID), the tracker's run id. */
  readonly key: number | string;
  /** As shown: 123, 123_4 (array task), 123+0 (heterogeneous job), a run id or name (a number when it is one). */
  readonly id: string | number;
  readonly name: string;
  /** The state in Slurm's vocabulary (trackers' states mapped onto it); null when the ledger has none. */
  readonly state: JobState | null;
  /** The state as written ("CANCELLED by 1234", "crashed"), for rules and unknown-state warnings. */
  readonly rawState: string | null;
  readonly startMs: number;
  readonly endMs: number;
  /** Run time in seconds (for a running job: up to when the ledger was written, as sacct computes it). */
  readonly elapsedS: number;
  /** GPUs allocated: NaN when the ledger does not say, 0 when it says none. */
  readonly gpus: number;
  /** Nodes allocated (sacct NNodes), NaN when the ledger does not say: with a rule's gpusPerNode, the GPUs. */
  readonly nodes: number;
  /** GPU-seconds when the job had parts of different sizes (heterogeneous jobs); NaN: gpus × elapsedS. */
  readonly gpuSeconds: number;
  /** The GPU model as the ledger names it (gres type, tracker GPU name), or null. */
  readonly gpuType: string | null;
  /** Consumed energy in joules, NaN when not recorded. */
  readonly energyJ: number;
  readonly account: string | null;
  readonly partition: string | null;
  readonly user: string | null;
  /** W&B group, MLflow experiment. */
  readonly group: string | null;
  readonly tags: readonly string[];
  /** FLOPs the training framework counted (HF Trainer total_flos), NaN otherwise. */
  readonly flops: number;
  /** Optimiser steps done and planned (HF Trainer), NaN otherwise. */
  readonly steps: number;
  readonly maxSteps: number;
  /** 1-based line of the job in its file (for JSON: the record's position). */
  readonly line: number;
}

/** Where a reader sends what it reads from one file. */
export interface LedgerSink {
  job(job: LedgerJob): void;
  /** A job-step line (123.batch, 123.0): merged into its job, or `orphan` when its job line is absent. */
  step(line: number, orphan: boolean): void;
  /** A line or record that cannot be read: counted as a skipped job, with its location. */
  malformed(line: number, message: string, field?: string): void;
  /** A note about the file as a whole. */
  warn(message: string): void;
}

/** A job with every field unknown, to build readers' records from. */
export const EMPTY_JOB: LedgerJob = {
  key: '',
  id: '',
  name: '',
  state: null,
  rawState: null,
  startMs: Number.NaN,
  endMs: Number.NaN,
  elapsedS: Number.NaN,
  gpus: Number.NaN,
  nodes: Number.NaN,
  gpuSeconds: Number.NaN,
  gpuType: null,
  energyJ: Number.NaN,
  account: null,
  partition: null,
  user: null,
  group: null,
  tags: [],
  flops: Number.NaN,
  steps: Number.NaN,
  maxSteps: Number.NaN,
  line: 0,
};

const gpuSecondsOf = (j: LedgerJob) => (Number.isNaN(j.gpuSeconds) ? (j.gpus > 0 ? j.gpus * j.elapsedS : 0) : j.gpuSeconds);
const plus = (x: number, y: number) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : x + y);

/**
 * A heterogeneous job's next component (123+1) added to the job made of the earlier ones: GPUs,
 * GPU-seconds and energy add up, the span covers both, and a component that failed fails the job.
 */
export function mergeHetComponent(a: LedgerJob, b: LedgerJob): LedgerJob {
  return {
    ...a,
    gpus: plus(a.gpus, b.gpus),
    nodes: plus(a.nodes, b.nodes),
    gpuSeconds: gpuSecondsOf(a) + gpuSecondsOf(b),
    gpuType: a.gpuType ?? b.gpuType,
    elapsedS: Math.max(a.elapsedS, b.elapsedS),
    startMs: Math.min(a.startMs, b.startMs),
    endMs: Math.max(a.endMs, b.endMs),
    energyJ: plus(a.energyJ, b.energyJ),
    ...(a.state === 'COMPLETED' && b.state !== null && b.state !== 'COMPLETED' ? { state: b.state, rawState: b.rawState } : {}),
  };
}
