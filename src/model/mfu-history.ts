/**
 * Learning from the repository's own history (issue #10, item 3). Training and fine-tuning runs with
 * measured GPU-hours have an implied MFU; on the same GPU id, these become the prior of the runs whose
 * GPU-hours are theoretical and whose MFU would otherwise come from the calibrated model.
 *
 * Each measured run i gives the offset ln(implied_i / calibrated_i) between what the repository
 * realises and what the calibrated model expects of that run; a theoretical run gets its own
 * calibrated MFU × exp(mean offset): the geometric mean of the implied MFUs when the runs have the
 * same shape, scaled by the model's size, count, precision and MoE terms when they differ. Its range
 * keeps the calibrated range's relative width and is widened to cover every measured run so scaled.
 * Footprints are pure functions of their inputs, so a run is simply recomputed with the new MFU.
 */
import { computeRunFootprint } from '../core/footprint.js';
import { range, type Range } from '../core/range.js';
import { buildReport, type Report, type RunReport } from './report.js';
import type { ResolvedRun } from './resolve.js';
import { mfuText, type MfuEstimate } from './resolve/mfu.js';
import { isTrainingKind } from './resolve/workload.js';

/** What a measured run says of its GPU (read by `historyEvidence`). */
export interface Evidence {
  readonly id: string;
  readonly gpu: string;
  readonly implied: number;
  /** ln(implied / calibrated central). */
  readonly offset: number;
}

/** A measured training run whose implied MFU is plausible (no implied-MFU warning). */
function evidenceOf({ run, footprint: f }: RunReport): Evidence | null {
  const implied = f.impliedMfu;
  const calibrated = run.mfu.calibrated;
  if (!isTrainingKind(run.kind) || !run.gpu || implied === null || calibrated === null) return null;
  if (f.warnings.some((w) => w.code.startsWith('implied-mfu'))) return null;
  return { id: run.id, gpu: run.gpu.id, implied, offset: Math.log(implied / calibrated.central) };
}

/**
 * The run with the history prior of `evidence`, or the run itself when it has none. A run whose
 * figures come from configs is re-estimated with the prior too: a config value's contribution
 * (attribution.ts) is then that value's, not the difference between the prior and the calibrated MFU.
 */
function withHistory(run: ResolvedRun, evidence: readonly Evidence[]): ResolvedRun {
  const h = historyEstimate(run, evidence);
  if (!h) return run;
  const inputs = { ...run.inputs, mfu: h.mfu.value };
  const configs = run.configInputs;
  return {
    ...run,
    inputs,
    mfu: h.mfu,
    footprint: computeRunFootprint(inputs),
    assumptions: run.assumptions.map((a) => (a.key === 'mfu' ? { ...a, value: h.mfu.value, source: h.source } : a)),
    ...(configs
      ? {
          configInputs: {
            ...configs,
            reestimate: (changes) => {
              const again = configs.reestimate(changes);
              return again && withHistory(again, evidence);
            },
          },
        }
      : {}),
  };
}

/**
 * The history prior of a theoretical run `runId` on `gpuId` whose MFU would be `estimate`, or null
 * when the estimate is not the calibrated model's (an explicit mfu wins) or no other run has evidence
 * on that GPU. The what-if advice asks it for a run moved to another GPU.
 */
export function historyPrior(estimate: MfuEstimate, gpuId: string, runId: string, evidence: readonly Evidence[]): { mfu: MfuEstimate; source: string } | null {
  const calibrated = estimate.calibrated;
  if (estimate.origin !== 'calibrated' || calibrated === null) return null;
  const same = evidence.filter((e) => e.gpu === gpuId && e.id !== runId);
  if (!same.length) return null;
  // An MFU above 1 is physically impossible: a small run realising far more than the model expects,
  // scaled to a large one, stops there (as the calibrated prediction's high end does).
  const scaled = same.map((e) => Math.min(1, calibrated.central * Math.exp(e.offset)));
  const central = Math.min(1, calibrated.central * Math.exp(same.reduce((s, e) => s + e.offset, 0) / same.length));
  const value: Range = range(
    Math.min(central * (calibrated.low / calibrated.central), ...scaled),
    central,
    Math.min(1, Math.max(central * (calibrated.high / calibrated.central), ...scaled)),
  );
  const n = same.length;
  const label = `MFU ${mfuText(value)} from ${n} measured run${n === 1 ? '' : 's'} on ${gpuId}`;
  const runs = same.map((e) => `${e.id} ${e.implied.toFixed(2)}`).join(', ');
  return {
    mfu: { ...estimate, value, origin: 'history', label },
    source: `history: ${n} measured run${n === 1 ? '' : 's'} on ${gpuId} (implied MFU ${runs}), scaled to this run by the calibrated model`,
  };
}

/** The history prior of one run: theoretical GPU-hours only (a measured run keeps its own). */
function historyEstimate(run: ResolvedRun, evidence: readonly Evidence[]): { mfu: MfuEstimate; source: string } | null {
  return run.gpu && run.inputs.measuredGpuHours === null ? historyPrior(run.mfu, run.gpu.id, run.id, evidence) : null;
}

/** The evidence of the measured runs of some reports; a run in several counts once, as in the first report that has it. */
export function historyEvidence(reports: readonly (Report | null)[]): Evidence[] {
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const r of reports.flatMap((rep) => rep?.runs ?? [])) {
    if (seen.has(r.run.id)) continue;
    seen.add(r.run.id);
    const e = evidenceOf(r);
    if (e) evidence.push(e);
  }
  return evidence;
}

/**
 * Recomputes the theoretical training runs of `report` with the history prior of `evidence` (runs of
 * this report and of other reports, e.g. the base branch's). Returns the report unchanged when no run
 * has evidence on its GPU.
 */
export function withMfuHistory(report: Report, others: readonly (Report | null)[] = []): Report {
  // Runs of this report first: a run measured on both sides counts once, as it is now.
  const evidence = historyEvidence([report, ...others]);
  const runs = report.runs.map(({ run }) => withHistory(run, evidence));
  return runs.some((run, i) => run !== report.runs[i]!.run) ? buildReport(runs, report.manifests, report.anatomy ?? null) : report;
}

/**
 * The history step of a comparison: the head learns from its own measured runs and the base's, the
 * base from its own, so that a run nobody touched gets the same MFU on both sides unless new
 * measurements arrived.
 */
export function applyMfuHistory(head: Report, base: Report | null): { head: Report; base: Report | null } {
  return { head: withMfuHistory(head, [base]), base: base ? withMfuHistory(base) : null };
}
