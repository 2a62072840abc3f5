/**
 * What-if advice: the same run computed again by the core with one thing changed, and what that
 * would save. Pure, and never part of a budget: budgets read the report, not these figures.
 *
 * - Region: the provider's cloud region with the lowest grid factor in the catalogue (the site
 *   step resolves it, so its grid factor is the one a manifest naming it would get). Only for a run
 *   in a known provider's region whose manifest does not fix its own grid factor.
 * - GPU: the newest accelerator of the run's vendor in the catalogue (latest release year, then
 *   highest peak at the run's precision) when its peak is higher. The hardware step resolves it and
 *   the MFU step gives the run its MFU there (see timeOn); measured energy follows time × board power.
 * - Failed and ablation time: for such a run, the saving if its share of the report's GPU-hours
 *   fell to the median share of the report's failed and ablation runs.
 */
import { computeRunFootprint, knownTotal, type RunFootprint, type RunInputs } from '../core/footprint.js';
import { median } from '../core/statistics.js';
import { findGpu } from '../data/catalogue.js';
import { CLOUD_REGIONS } from '../data/grids.js';
import { GPUS } from '../data/gpus.js';
import type { GpuSpec } from '../data/types.js';
import type { ManifestRun } from '../inputs/manifest/schema.js';
import type { ReportDiff } from './diff.js';
import type { Report, RunReport } from './report.js';
import type { ResolveContext } from './resolve/context.js';
import { resolveHardware } from './resolve/hardware.js';
import { historyEvidence, historyPrior, type Evidence } from './mfu-history.js';
import type { ResolvedRun } from './resolve.js';
import { mergeMeasurements } from './resolve/measurements.js';
import { estimateMfu, throughputRunOn, type MfuEstimate } from './resolve/mfu.js';
import { resolveSite } from './resolve/site.js';
import { isTrainingKind } from './resolve/workload.js';

export type AdviceKind = 'region' | 'gpu' | 'rd-share';

export interface Advice {
  readonly runId: string;
  readonly kind: AdviceKind;
  /** What changes: a region id ("aws:eu-north-1"), a GPU id ("b200"), or "median share". */
  readonly target: string;
  /** Human detail of the change, plain text: "Europe (Stockholm), 0.0358 vs 0.27 kgCO2e/kWh". */
  readonly detail: string;
  /** The run's emissions now and in the what-if, kgCO2e (central; operational only when `operationalOnly`). */
  readonly currentKg: number;
  readonly whatIfKg: number;
  readonly savingKg: number;
  /** Compared on operational emissions: one side has no sourced embodied figure. */
  readonly operationalOnly: boolean;
}

/** A run counts as large when it makes at least this share of the report's emissions. */
export const LARGE_RUN_SHARE = 0.2;
/** Savings below this share of the run's emissions are not worth a line. */
const MIN_SAVING_SHARE = 0.02;
const MAX_LINES_PER_RUN = 2;
const MAX_RUNS = 10;

const NO_PROBLEMS = (): ResolveContext => ({ file: '', line: 0, index: 0, locate: undefined, problems: [], assumptions: [] });
const NO_MEASUREMENTS = mergeMeasurements([]);

function emissionsOf(f: RunFootprint, operationalOnly: boolean): number {
  if (operationalOnly) return f.impacts.gwp.operational.total?.central ?? 0;
  return knownTotal(f.impacts.gwp)?.value.central ?? 0;
}

/** Compares two footprints on what both know: the total, or operational only when embodied is missing on a side. */
function compare(r: RunReport, whatIf: RunFootprint): Pick<Advice, 'currentKg' | 'whatIfKg' | 'savingKg' | 'operationalOnly'> {
  const complete = (f: RunFootprint) => knownTotal(f.impacts.gwp)?.complete === true;
  const operationalOnly = !(complete(r.footprint) && complete(whatIf));
  const currentKg = emissionsOf(r.footprint, operationalOnly);
  const whatIfKg = emissionsOf(whatIf, operationalOnly);
  return { currentKg, whatIfKg, savingKg: currentKg - whatIfKg, operationalOnly };
}

const kgPerKwh = (v: number) => String(Number(v.toPrecision(3)));

function regionAdvice(r: RunReport): Advice | null {
  const loc = r.run.location;
  if (loc.ownGridFactor || loc.provider === null || loc.region === null) return null;
  const current = r.run.inputs.electricity.gwp.central;
  let best: { id: string; location: string; inputs: RunInputs; gwp: number } | null = null;
  for (const region of CLOUD_REGIONS) {
    if (region.provider !== loc.provider || region.id === loc.region) continue;
    const site = resolveSite(NO_PROBLEMS(), { id: r.run.id, region: region.id } as ManifestRun, NO_MEASUREMENTS);
    const gwp = site.electricity.gwp.central;
    if (gwp < (best?.gwp ?? current)) {
      // The run's own PUE and WUE stay: same provider, and a manifest override is the user's.
      best = { id: region.id, location: region.location, inputs: { ...r.run.inputs, electricity: site.electricity }, gwp };
    }
  }
  if (!best) return null;
  return {
    runId: r.run.id,
    kind: 'region',
    target: best.id,
    detail: `${best.location}: grid ${kgPerKwh(best.gwp)} instead of ${kgPerKwh(current)} kgCO2e/kWh`,
    ...compare(r, computeRunFootprint(best.inputs)),
  };
}

function peakAt(gpu: GpuSpec, precision: string): number | undefined {
  return gpu.peakTflops[precision as keyof GpuSpec['peakTflops']];
}

/** The newest GPU of the vendor (release year, then peak at the run's precision), when it is faster. */
export function newestGpu(current: GpuSpec, precision: string): GpuSpec | null {
  const candidates = GPUS.filter((g) => g.vendor === current.vendor && g.id !== current.id && peakAt(g, precision) !== undefined);
  candidates.sort((a, b) => b.releaseYear - a.releaseYear || peakAt(b, precision)! - peakAt(a, precision)!);
  const newest = candidates[0];
  return newest && newest.releaseYear >= current.releaseYear ? newest : null;
}

/** How an MFU was set, for the advice's detail: "calibrated", "the manifest's"... */
function mfuOrigin(mfu: MfuEstimate, gpu: string): string {
  switch (mfu.origin) {
    case 'calibrated':
      return 'calibrated';
    case 'history':
      return `from measured runs on ${gpu}`;
    case 'manifest':
      return "the manifest's";
    case 'methodology':
      return "the methodology's";
  }
}

/**
 * The MFU the core gives the run on `gpu`, by the rules every run follows: its explicit `mfu`; else,
 * for training and fine-tuning, the calibrated model's, or the repository's history when measured runs
 * on that GPU say more; else the methodology's.
 */
function mfuOn(run: ResolvedRun, gpu: GpuSpec, peakTflops: number, evidence: readonly Evidence[]): MfuEstimate {
  const moved = run.mfu.throughput && throughputRunOn(run.mfu.throughput, gpu, peakTflops);
  const { estimate } = estimateMfu(run.mfu.origin === 'manifest' ? run.mfu.value : undefined, moved);
  return historyPrior(estimate, gpu.id, run.id, evidence)?.mfu ?? estimate;
}

/**
 * How much longer the run takes on the new GPU (new time / old time), and the detail that says why.
 * GPU time is F / (peak · MFU): a run whose time comes from its FLOPs takes the MFU the core gives it
 * on the new GPU; a measured run's time is divided by the gain in realised throughput, calibrated
 * MFU × peak, new over old. A measured training run without a calibrated MFU (no model size, e.g. a ledger group)
 * gets none: faster GPUs realise less on small models, and its size is unknown. Other runs have the
 * methodology's MFU on any GPU.
 */
function timeOn(run: ResolvedRun, next: GpuSpec, peakTflops: number, evidence: readonly Evidence[]): { ratio: number; mfu: MfuEstimate | null; why: string } | null {
  const oldPeak = run.inputs.peakFlops / 1e12;
  const two = (v: number) => v.toFixed(2);
  if (run.inputs.measuredGpuHours === null && run.inputs.flops !== null) {
    const mfu = mfuOn(run, next, peakTflops, evidence);
    const ratio = (run.mfu.value.central * oldPeak) / (mfu.value.central * peakTflops);
    const [now, then] = [mfuOrigin(mfu, next.id), mfuOrigin(run.mfu, run.gpu!.id)];
    // An explicit or the methodology's MFU is the same on any GPU.
    const why =
      mfu.origin === run.mfu.origin && (mfu.origin === 'manifest' || mfu.origin === 'methodology')
        ? `at ${now} MFU ${two(mfu.value.central)}`
        : now === then
          ? `MFU ${two(mfu.value.central)} instead of ${two(run.mfu.value.central)} (${now})`
          : `MFU ${two(mfu.value.central)} (${now}) instead of ${two(run.mfu.value.central)} (${then})`;
    return { ratio, mfu, why };
  }
  const old = run.mfu.calibrated;
  const moved = old && run.mfu.throughput ? estimateMfu(undefined, throughputRunOn(run.mfu.throughput, next, peakTflops)).estimate.calibrated : null;
  if (old && moved) {
    const ratio = (old.central * oldPeak) / (moved.central * peakTflops);
    return { ratio, mfu: null, why: `calibrated MFU ${two(moved.central)} instead of ${two(old.central)}: measured time × ${two(ratio)}` };
  }
  if (isTrainingKind(run.kind)) return null;
  const ratio = oldPeak / peakTflops;
  return { ratio, mfu: null, why: `the methodology's MFU on both: measured time × ${two(ratio)}` };
}

function gpuAdvice(r: RunReport, evidence: readonly Evidence[]): Advice | null {
  const run = r.run;
  const gpu = run.gpu ? findGpu(run.gpu.id) : undefined;
  if (!run.gpu || !gpu) return null;
  const next = newestGpu(gpu, run.gpu.precision);
  if (!next) return null;
  const ctx = NO_PROBLEMS();
  const hw = resolveHardware(ctx, { id: run.id, hardware: { gpu: next.id, precision: run.gpu.precision } } as ManifestRun, NO_MEASUREMENTS);
  if (ctx.problems.length || !(hw.peakTflops * 1e12 > run.inputs.peakFlops)) return null;
  const time = timeOn(run, next, hw.peakTflops, evidence);
  if (!time) return null;
  const old = run.inputs;
  // Measured energy follows GPU time × board power.
  const powerRatio = hw.gpuPowerW.central / old.gpuPowerW.central;
  const inputs: RunInputs = {
    ...old,
    peakFlops: hw.peakTflops * 1e12,
    mfu: time.mfu?.value ?? old.mfu,
    gpuPowerW: hw.gpuPowerW,
    serverNonGpuPowerW: hw.serverNonGpuPowerW,
    gpusPerServer: hw.gpusPerServer,
    gpuEmbodied: hw.gpuEmbodied,
    serverEmbodied: hw.serverEmbodied,
    measuredGpuHours: old.measuredGpuHours === null ? null : old.measuredGpuHours * time.ratio,
    measuredEnergy: old.measuredEnergy === null ? null : { ...old.measuredEnergy, kwh: old.measuredEnergy.kwh * time.ratio * powerRatio },
    idleGpuHours: old.idleGpuHours * time.ratio,
  };
  const peak = (v: number) => Number(v.toPrecision(4)).toLocaleString('en-US');
  return {
    runId: run.id,
    kind: 'gpu',
    target: next.id,
    detail: `${next.releaseYear}: ${run.gpu.precision} peak ${peak(hw.peakTflops)} instead of ${peak(old.peakFlops / 1e12)} TFLOP/s, ${time.why}`,
    ...compare(r, computeRunFootprint(inputs)),
  };
}

const WASTE = new Set(['failed', 'ablation']);

function rdShareAdvice(r: RunReport, report: Report): Advice | null {
  // A ledger group sums every job of its class: its share is the anatomy's to show, not a run's to cut.
  const groups = new Set(report.anatomy?.runIds);
  if (!WASTE.has(r.run.status) || groups.has(r.run.id)) return null;
  const total = report.totals.gpuHours.used.central;
  const pool = report.runs.filter((x) => WASTE.has(x.run.status) && !groups.has(x.run.id)).map((x) => x.footprint.gpuHours.used.central / total);
  const used = r.footprint.gpuHours.used.central;
  if (pool.length < 2 || !(total > 0) || !(used > 0)) return null;
  const share = used / total;
  const target = median(pool);
  if (share <= target) return null;
  // Every time-based figure scales with the run's GPU time, measured energy included.
  const k = target / share;
  const old = r.run.inputs;
  const inputs: RunInputs = {
    ...old,
    measuredGpuHours: used * k,
    measuredEnergy: old.measuredEnergy === null ? null : { ...old.measuredEnergy, kwh: old.measuredEnergy.kwh * k },
    idleGpuHours: old.idleGpuHours * k,
  };
  const pct = (v: number) => `${Number((v * 100).toPrecision(3))} %`;
  return {
    runId: r.run.id,
    kind: 'rd-share',
    target: 'median share',
    detail: `${pct(target)} of the report's GPU-hours (the median of its ${pool.length} failed and ablation runs) instead of ${pct(share)}`,
    ...compare(r, computeRunFootprint(inputs)),
  };
}

/** Runs worth advice: changed in the diff (added, changed, renamed), or large in the head. */
export function adviceCandidates(diff: ReportDiff): RunReport[] {
  const head = diff.head;
  const total = head.totals.impacts.gwp.total.value?.central ?? 0;
  const changed = new Set(diff.base ? diff.runs.filter((c) => c.head && c.change !== 'unchanged').map((c) => c.id) : []);
  return head.runs.filter((r) => changed.has(r.run.id) || (total > 0 && (knownTotal(r.footprint.impacts.gwp)?.value.central ?? 0) / total >= LARGE_RUN_SHARE));
}

/** At most two lines per run (largest saving first) and ten runs, largest saving first. */
export function adviseRuns(report: Report, runs: readonly RunReport[], others: readonly (Report | null)[] = []): Advice[] {
  // The measured runs a run moved to another GPU learns its MFU from, as the report's runs did.
  const evidence = historyEvidence([report, ...others]);
  const perRun = runs.map((r) =>
    [regionAdvice(r), gpuAdvice(r, evidence), rdShareAdvice(r, report)]
      .filter((a): a is Advice => a !== null && a.currentKg > 0 && a.savingKg / a.currentKg >= MIN_SAVING_SHARE)
      .sort((a, b) => b.savingKg - a.savingKg)
      .slice(0, MAX_LINES_PER_RUN),
  );
  return perRun
    .filter((lines) => lines.length)
    .sort((a, b) => b[0]!.savingKg - a[0]!.savingKg)
    .slice(0, MAX_RUNS)
    .flat();
}

/** Advice for a diff's changed and large runs (the head's MFU history is its own and the base's). */
export function adviseDiff(diff: ReportDiff): Advice[] {
  return adviseRuns(diff.head, adviceCandidates(diff), [diff.base]);
}

/** Advice is on unless the caller turns it off or a manifest says `advice: false`. */
export function adviceEnabled(manifests: readonly { readonly manifest: { readonly advice?: boolean | undefined } }[], wanted: boolean): boolean {
  return wanted && manifests.every((m) => m.manifest.advice !== false);
}

/** The advice in the JSON report (additive to schemaVersion 1), central kgCO2e. */
export function adviceJson(advice: readonly Advice[]) {
  return advice.map((a) => ({
    runId: a.runId,
    kind: a.kind,
    target: a.target,
    detail: a.detail,
    emissionsKg: a.currentKg,
    whatIfEmissionsKg: a.whatIfKg,
    savingKg: a.savingKg,
    operationalOnly: a.operationalOnly,
  }));
}
