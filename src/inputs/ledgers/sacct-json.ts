/**
 * `sacct --json` (and `--yaml` read as JSON is not supported): the data_parser output of Slurm 21.08
 * (dbv0.0.37) to 25.x (v0.0.44), whose shape drifts between versions: `state.current` is a string up
 * to v0.0.39 and a list of flags from v0.0.40; optional numbers are plain, null, or
 * `{ set, infinite, number }`; TRES names are null or "" when empty. Steps are in each job's `steps`
 * and never counted; heterogeneous components (het.job_id) are added up into one job.
 */
import { parseSlurmState } from './fields.js';
import { EMPTY_JOB, mergeHetComponent, type LedgerJob, type LedgerSink } from './types.js';
import { isJsonObject, type JsonObject } from '../metrics/json-positions.js';



/** A number as data_parser writes it: plain, or { set, infinite, number }; NaN when unset. */
function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (isJsonObject(v)) return v.set === false || v.infinite === true ? Number.NaN : num(v.number);
  return Number.NaN;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

/** `state.current`: "COMPLETED" (≤ v0.0.39) or ["COMPLETED"] / ["CANCELLED", "…flags"] (≥ v0.0.40). */
function stateOf(job: JsonObject): string | null {
  const state = isJsonObject(job.state) ? job.state.current : job.state;
  if (typeof state === 'string') return state;
  if (Array.isArray(state)) return state.filter((s): s is string => typeof s === 'string').join(' ') || null;
  return null;
}

/** Whether a value looks like sacct --json: `jobs` and a `meta` with the data_parser or Slurm version. */
export function isSacctJson(value: unknown): value is { jobs: unknown[] } {
  return isJsonObject(value) && Array.isArray(value.jobs) && isJsonObject(value.meta);
}

export function readSacctJson(value: { jobs: unknown[]; meta?: unknown }, file: string, sink: LedgerSink): number {
  let pending: { job: LedgerJob; het: number } | null = null;
  const flush = () => {
    if (pending) sink.job(pending.job);
    pending = null;
  };
  value.jobs.forEach((raw, index) => {
    const line = index + 1;
    if (!isJsonObject(raw)) {
      flush();
      sink.malformed(line, 'not a job object', `jobs[${index}]`);
      return;
    }
    const jobId = num(raw.job_id);
    if (!Number.isInteger(jobId)) {
      flush();
      sink.malformed(line, 'no job_id', `jobs[${index}].job_id`);
      return;
    }
    for (const _ of Array.isArray(raw.steps) ? raw.steps : []) sink.step(line, false);
    const time = isJsonObject(raw.time) ? raw.time : {};
    const start = num(time.start);
    const end = num(time.end);
    let gpus = 0;
    let gpuType: string | null = null;
    let typedMost = 0;
    let energyJ = Number.NaN;
    const tres = isJsonObject(raw.tres) && Array.isArray(raw.tres.allocated) ? raw.tres.allocated : null;
    for (const t of tres ?? []) {
      if (!isJsonObject(t)) continue;
      const count = num(t.count);
      if (t.type === 'energy' && count > 0) energyJ = count;
      if (t.type !== 'gres' || typeof t.name !== 'string') continue;
      if (t.name === 'gpu') gpus = count;
      else if (t.name.startsWith('gpu:') && count > typedMost) {
        gpuType = t.name.slice(4);
        typedMost = count;
      }
    }
    if (gpus === 0 && typedMost > 0) gpus = typedMost;
    const array = isJsonObject(raw.array) ? raw.array : {};
    const task = num(array.task_id);
    const het = isJsonObject(raw.het) ? raw.het : {};
    const hetLeader = num(het.job_id);
    const hetOffset = num(het.job_offset);
    const isHet = hetLeader > 0 && Number.isInteger(hetOffset);
    const rawState = stateOf(raw);
    const wckey = isJsonObject(raw.wckey) ? str(raw.wckey.wckey) : str(raw.wckey);
    const cluster = str(raw.cluster);
    const job: LedgerJob = {
      ...EMPTY_JOB,
      key: cluster !== null ? `${cluster}/${isHet ? hetLeader : jobId}` : isHet ? hetLeader : jobId,
      id: isHet ? String(hetLeader) : Number.isInteger(task) && num(array.job_id) > 0 ? `${num(array.job_id)}_${task}` : String(jobId),
      name: str(raw.name) ?? '',
      state: rawState === null ? null : parseSlurmState(rawState),
      rawState,
      // time.start/end are UNIX seconds; 0 means unset (a job that has not started or ended)
      startMs: start > 0 ? start * 1000 : Number.NaN,
      endMs: end > 0 ? end * 1000 : Number.NaN,
      elapsedS: num(time.elapsed),
      gpus: tres === null ? Number.NaN : gpus,
      nodes: num(raw.allocation_nodes),
      gpuType,
      energyJ,
      account: str(raw.account),
      partition: str(raw.partition),
      user: str(raw.user),
      tags: wckey !== null ? [wckey] : [],
      line,
    };
    if (isHet && pending?.het === hetLeader) {
      pending.job = mergeHetComponent(pending.job, job);
      return;
    }
    flush();
    pending = { job, het: isHet ? hetLeader : -1 };
  });
  flush();
  return value.jobs.length;
}
