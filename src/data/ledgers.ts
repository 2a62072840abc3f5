/**
 * What the states written by schedulers and experiment trackers mean for the lifecycle split, and
 * where the units of their ledgers are documented. Every tracker state is mapped onto Slurm's state
 * names, so one set of rules (`state: FAILED`) applies to every ledger.
 */
import type { Source } from './types.js';

/** Slurm's job state names (sacct(1), "JOB STATE CODES"): the common vocabulary of every ledger. */
export const JOB_STATES = [
  'COMPLETED',
  'FAILED',
  'TIMEOUT',
  'NODE_FAIL',
  'OUT_OF_MEMORY',
  'BOOT_FAIL',
  'DEADLINE',
  'CANCELLED',
  'PREEMPTED',
  'RUNNING',
  'PENDING',
  'REQUEUED',
  'SUSPENDED',
  'RESIZING',
  'REVOKED',
] as const;
export type JobState = (typeof JOB_STATES)[number];

export const SLURM_SACCT: Source = {
  title: 'Slurm sacct(1) manual page: job accounting fields and job state codes',
  url: 'https://slurm.schedmd.com/sacct.html',
  year: 2025,
  note:
    'ConsumedEnergyRaw: joules, the job line gives the energy TRES of its allocation and reflects the job alone only on exclusive nodes; ' +
    'Elapsed: [DD-[HH:]]MM:SS (ElapsedRaw: seconds), computed up to the query time for running jobs; ' +
    'JobID: 123, 123_4 (array task), 123+0 (heterogeneous component), 123.batch / 123.extern / 123.0 (steps)',
};

export const SLURM_DATA_PARSER: Source = {
  title: 'Slurm data_parser plugins v0.0.39–v0.0.44 (src/plugins/data_parser/*/parsers.c), the schema of `sacct --json`',
  url: 'https://github.com/SchedMD/slurm/tree/master/src/plugins/data_parser',
  year: 2025,
  note: 'state/current is a string up to v0.0.39 and a list of flags from v0.0.40; time/* are UNIX seconds; tres/allocated lists {type, name, count}',
};

export const MLFLOW_RUN_STATUS: Source = {
  title: 'MLflow RunStatus (mlflow.entities.RunStatus) and mlflow.search_runs: start_time and end_time in UNIX milliseconds',
  url: 'https://mlflow.org/docs/latest/python_api/mlflow.entities.html#mlflow.entities.RunStatus',
  year: 2025,
};

export const WANDB_RUN_STATES: Source = {
  title: 'Weights & Biases documentation, "Run states": Crashed, Failed, Finished, Killed, Running, Pending',
  url: 'https://docs.wandb.ai/models/runs/run-states',
  year: 2025,
  note: 'crashed = the process stopped sending heartbeats (killed, out of memory, preempted); preempting/preempted are older states',
};

export const HF_TRAINER_FLOS: Source = {
  title: 'Hugging Face transformers Trainer: `total_flos` is the sum over all processes of 6 × tokens × non-embedding parameters (Trainer.store_flos, PreTrainedModel.floating_point_ops)',
  url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/trainer.py',
  year: 2025,
  note: 'no attention term; a LoRA run still counts all parameters',
};

/**
 * States whose GPU time counts as `failed` by default. A rule that matches on `state` overrides it,
 * e.g. TIMEOUT jobs of a training run resumed from checkpoints, which are the run itself.
 *
 * Not among them: CANCELLED (the user or an administrator stopped it), PREEMPTED (the scheduler
 * stopped it for a job of higher priority), REQUEUED and REVOKED say nothing about the outcome: a
 * diverged run killed by hand, a finished interactive session, a sweep stopped early. Their GPU time
 * counts in full and their status comes from the rules (else `unclassified`); the report lists them
 * by state so they stay visible.
 */
export const FAILED_STATES: ReadonlySet<JobState> = new Set<JobState>(['FAILED', 'TIMEOUT', 'NODE_FAIL', 'OUT_OF_MEMORY', 'BOOT_FAIL', 'DEADLINE']);

/** States of a job that never ran: skipped, with the reason. */
export const NOT_STARTED_STATES: ReadonlySet<JobState> = new Set<JobState>(['PENDING']);

/** States of a job still holding its GPUs when the ledger was written: counted up to then. */
export const LIVE_STATES: ReadonlySet<JobState> = new Set<JobState>(['RUNNING', 'SUSPENDED', 'RESIZING']);

/** MLflow run statuses. KILLED is a user's stop, like Slurm's CANCELLED. */
export const MLFLOW_STATES: Readonly<Record<string, JobState>> = {
  FINISHED: 'COMPLETED',
  FAILED: 'FAILED',
  KILLED: 'CANCELLED',
  RUNNING: 'RUNNING',
  SCHEDULED: 'PENDING',
};

/** W&B run states. `crashed` (the process died or stopped sending heartbeats) is a failure. */
export const WANDB_STATES: Readonly<Record<string, JobState>> = {
  finished: 'COMPLETED',
  failed: 'FAILED',
  crashed: 'FAILED',
  killed: 'CANCELLED',
  running: 'RUNNING',
  preempting: 'PREEMPTED',
  preempted: 'PREEMPTED',
  pending: 'PENDING',
};

/** Phases whose `final` runs are the "final training runs" of the headline (the Moshi study's 4 %). */
export const TRAINING_PHASES: ReadonlySet<string> = new Set(['pretraining', 'fine-tuning', 'post-training']);
