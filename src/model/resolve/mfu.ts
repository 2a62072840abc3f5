/**
 * The MFU of a run and where it comes from: the run's own `mfu` (manifest or defaults) wins; training
 * and fine-tuning otherwise use the calibrated realised-throughput model (src/model/throughput.ts);
 * other runs keep the methodology's 0.25–0.50. A later step (mfu-history.ts) may replace a calibrated
 * value with one learnt from the repository's measured runs.
 */
import { workloadFlops, type Workload } from '../../core/flops.js';
import type { Range } from '../../core/range.js';
import { DEFAULT_MFU } from '../../data/defaults.js';
import type { AcceleratorSpec } from '../../data/types.js';
import type { ManifestRun, RangeInput } from '../../inputs/manifest/schema.js';
import { calibratedThroughput, describeRun, predictMfu, recomputeShare, type ThroughputRun } from '../throughput.js';
import { fromSourced, sourceLabel, toRange, type ResolveContext } from './context.js';
import type { ResolvedHardware } from './hardware.js';

export type MfuOrigin = 'manifest' | 'calibrated' | 'history' | 'methodology';

export interface MfuEstimate {
  readonly value: Range;
  readonly origin: MfuOrigin;
  /** What the comment and the JSON report show, e.g. "MFU 0.18 (0.12–0.28), calibrated: h100-sxm bf16, 8B dense". */
  readonly label: string;
  /**
   * The calibrated model's estimate for this run (training and fine-tuning with a known workload),
   * also when another origin wins: the history prior scales measured runs to this run with it.
   */
  readonly calibrated: Range | null;
  /**
   * What the calibrated model knows of the run (null unless training or fine-tuning with a known
   * workload): the what-if advice estimates the same run on another accelerator with it.
   */
  readonly throughput: ThroughputRun | null;
}

const two = (v: number) => v.toFixed(2);

/** "0.18 (0.12–0.28)", or "0.40" for a single value. */
export function mfuText(r: Range): string {
  return r.low === r.high ? two(r.central) : `${two(r.central)} (${two(r.low)}–${two(r.high)})`;
}

/** What the throughput model needs of a training or fine-tuning workload and its hardware. */
function throughputRun(run: ManifestRun, workload: Workload, hardware: ResolvedHardware, gpuCount: number | null): ThroughputRun | null {
  if ((workload.kind !== 'training' && workload.kind !== 'fine-tuning') || !hardware.gpu || !Number.isFinite(hardware.peakTflops)) return null;
  const m = run.model ?? {};
  const recompute = run.recompute ?? 'none';
  const flops = { total: workloadFlops(workload).total, activeParameters: workload.parameters, tokens: workload.tokens, attention: workload.attention };
  return {
    ...onAccelerator(hardware.gpu, hardware.peakTflops),
    precision: hardware.precision,
    activeParameters: workload.parameters,
    moe: m.activeParameters !== undefined && m.parameters !== undefined && m.activeParameters < m.parameters,
    gpuCount,
    recompute,
    modelFlopsShare: recomputeShare(recompute, flops),
  };
}

/** What the model needs of the accelerator: a custom one that names no generation takes the fallback prior. */
function onAccelerator(gpu: AcceleratorSpec, peakTflops: number): Pick<ThroughputRun, 'gpu' | 'peakTflops'> {
  return { gpu: { id: gpu.id, peakTflops: gpu.peakTflops, generation: gpu.generation ?? 'unknown' }, peakTflops };
}

/** The same run on another accelerator at the same precision: only what depends on the accelerator changes. */
export function throughputRunOn(run: ThroughputRun, gpu: AcceleratorSpec, peakTflops: number): ThroughputRun {
  return { ...run, ...onAccelerator(gpu, peakTflops) };
}

/**
 * The calibrated prediction, or null when degenerate inputs (a peak or a model size near 5e-324)
 * make it non-finite: the methodology's MFU is used, and the run's out-of-range figures are then
 * refused with their location by the footprint check.
 */
function predictOrNull(features: ThroughputRun) {
  try {
    return predictMfu(calibratedThroughput(), features);
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/**
 * The MFU by the rules every run follows: the run's own `mfu`; else, for training and fine-tuning
 * (`features`), the calibrated model's; else the methodology's. With the source its assumption names.
 */
export function estimateMfu(explicit: RangeInput | undefined, features: ThroughputRun | null): { estimate: MfuEstimate; source: string } {
  const prediction = features ? predictOrNull(features) : null;
  const calibrated = prediction?.mfu ?? null;
  if (explicit !== undefined) {
    const value = toRange(explicit);
    return { estimate: { value, origin: 'manifest', label: `MFU ${mfuText(value)}, manifest`, calibrated, throughput: features }, source: 'manifest' };
  }
  if (prediction && features) {
    const what = describeRun(features);
    const priors = prediction.terms.filter((t) => t.logSpread > 0).map((t) => t.name);
    return {
      estimate: { value: prediction.mfu, origin: 'calibrated', label: `MFU ${mfuText(prediction.mfu)}, calibrated: ${what}`, calibrated, throughput: features },
      source: `calibrated: ${what} (realised-throughput model fitted on ${calibratedThroughput().cases} published runs, docs/validation.md${priors.length ? `; priors: ${priors.join(', ')}` : ''})`,
    };
  }
  const value = fromSourced(DEFAULT_MFU);
  return { estimate: { value, origin: 'methodology', label: `MFU ${mfuText(value)}, methodology`, calibrated: null, throughput: features }, source: sourceLabel(DEFAULT_MFU.source) };
}

export function resolveMfu(
  ctx: ResolveContext,
  run: ManifestRun,
  workload: Workload | null,
  hardware: ResolvedHardware,
  gpuCount: number | null,
): MfuEstimate {
  const { estimate, source } = estimateMfu(run.mfu, workload ? throughputRun(run, workload, hardware, gpuCount) : null);
  // Without a workload no figure is theoretical: an MFU would be listed without being used.
  if (workload) ctx.assumptions.push({ key: 'mfu', label: 'MFU', unit: '', value: estimate.value, source });
  return estimate;
}
