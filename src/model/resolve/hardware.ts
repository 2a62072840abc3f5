/**
 * Step 1 of resolving a run: the hardware. The GPU (the run's, else the one its metrics name), its
 * precision and peak, board power, the server's non-GPU share, manufacturing impacts and lifetime.
 */
import type { EmbodiedFactors } from '../../core/footprint.js';
import { exact, type Range } from '../../core/range.js';
import { requireGpu, requireServerProfile } from '../../data/catalogue.js';
import { DEFAULT_LIFETIME_YEARS, DEFAULT_PRECISION } from '../../data/defaults.js';
import type { EmbodiedData, GpuSpec, Precision, SourcedRange } from '../../data/types.js';
import type { ManifestRun, RangeInput } from '../../inputs/manifest/schema.js';
import { fromSourced, pick, problem, sourceLabel, toRange, unknownEntry, type ResolveContext } from './context.js';
import type { MergedMeasurements } from './measurements.js';

export interface ResolvedHardware {
  readonly gpu: GpuSpec | undefined;
  readonly precision: Precision;
  /** Peak dense TFLOP/s at `precision`; NaN when unknown (a problem was recorded). */
  readonly peakTflops: number;
  readonly gpuPowerW: Range;
  readonly serverNonGpuPowerW: Range;
  readonly gpusPerServer: number;
  readonly gpuEmbodied: EmbodiedFactors;
  readonly serverEmbodied: EmbodiedFactors;
  readonly lifetimeYears: Range;
}

const NO_EMBODIED: EmbodiedFactors = { gwp: null, adpe: null, pe: null, water: null };

function embodiedFactors(
  ctx: ResolveContext,
  data: EmbodiedData,
  gwpOverride: RangeInput | undefined,
  key: string,
  label: string,
): EmbodiedFactors {
  const conv = (r: SourcedRange | undefined) => (r ? fromSourced(r) : null);
  let gwp = conv(data.gwp);
  if (gwpOverride !== undefined) gwp = toRange(gwpOverride);
  if (gwp) {
    ctx.assumptions.push({ key, label, unit: 'kgCO2e', value: gwp, source: gwpOverride !== undefined ? 'manifest' : sourceLabel(data.gwp!.source) });
  } else {
    ctx.assumptions.push({ key, label, unit: 'kgCO2e', value: 'n/a', source: 'no published figure' });
  }
  return { gwp, adpe: conv(data.adpe), pe: conv(data.pe), water: conv(data.water) };
}

function choosePrecision(ctx: ResolveContext, gpu: GpuSpec, wanted: Precision | undefined): { precision: Precision; peak: number } {
  const precision = wanted ?? DEFAULT_PRECISION;
  const peak = gpu.peakTflops[precision];
  if (peak !== undefined) return { precision, peak };
  if (wanted) {
    const available = Object.keys(gpu.peakTflops).join(', ');
    problem(ctx, 'hardware.precision', `${gpu.name} has no ${wanted} peak in the catalogue`, `available: ${available}; or set hardware.peakTflops`);
    return { precision, peak: Number.NaN };
  }
  // No bf16 mode (V100, T4): fall back to the chip's half or single precision.
  for (const p of ['fp16', 'fp32'] as const) {
    const v = gpu.peakTflops[p];
    if (v !== undefined) return { precision: p, peak: v };
  }
  problem(ctx, 'hardware.precision', `${gpu.name} has no usable peak in the catalogue`, 'set hardware.peakTflops');
  return { precision, peak: Number.NaN };
}

function findRunGpu(ctx: ResolveContext, gpuName: string | undefined): GpuSpec | undefined {
  if (gpuName === undefined) {
    problem(ctx, 'hardware.gpu', 'is required (a GPU id such as h100-sxm, or a metrics file that names the GPU)');
    return undefined;
  }
  try {
    return requireGpu(gpuName);
  } catch (e) {
    unknownEntry(ctx, 'hardware.gpu', e);
    return undefined;
  }
}

export function resolveHardware(ctx: ResolveContext, run: ManifestRun, measured: MergedMeasurements): ResolvedHardware {
  const hw = run.hardware ?? {};
  const gpu = findRunGpu(ctx, hw.gpu ?? measured.gpuModel);
  const { precision, peak } = gpu
    ? hw.peakTflops !== undefined
      ? { precision: hw.precision ?? DEFAULT_PRECISION, peak: hw.peakTflops }
      : choosePrecision(ctx, gpu, hw.precision)
    : { precision: hw.precision ?? DEFAULT_PRECISION, peak: Number.NaN };
  if (gpu) {
    ctx.assumptions.push({ key: 'gpu', label: 'GPU', unit: '', value: `${gpu.name} (${precision})`, source: hw.gpu !== undefined ? 'manifest' : measured.label });
    ctx.assumptions.push({
      key: 'peakFlops',
      label: `Peak dense ${precision.toUpperCase()}`,
      unit: 'TFLOP/s',
      value: exact(peak),
      source: hw.peakTflops !== undefined ? 'manifest' : sourceLabel(gpu.source),
    });
  }
  const gpuPowerW = gpu
    ? pick(ctx, 'gpuPowerW', 'GPU power', 'W', hw.powerW, { value: exact(gpu.powerW), source: sourceLabel(gpu.source) })
    : exact(Number.NaN);

  // Server share of the non-GPU parts.
  let serverNonGpuPowerW = exact(0);
  let gpusPerServer = 1;
  let serverEmbodied = NO_EMBODIED;
  try {
    const profileId = hw.server ?? gpu?.serverProfile;
    if (profileId !== undefined) {
      const profile = requireServerProfile(profileId);
      const src = sourceLabel(profile.source);
      gpusPerServer = hw.gpusPerServer ?? profile.gpusPerServer;
      ctx.assumptions.push({ key: 'server', label: 'Server', unit: '', value: `${profile.name}, ${gpusPerServer} GPUs`, source: hw.server !== undefined ? 'manifest' : src });
      serverNonGpuPowerW = pick(ctx, 'serverPowerW', 'Server non-GPU power', 'W', hw.serverPowerW, { value: exact(profile.nonGpuPowerW), source: src });
      serverEmbodied = embodiedFactors(ctx, profile.nonGpuEmbodied, hw.serverEmbodiedKgCo2e, 'serverEmbodied', 'Server non-GPU embodied');
    }
  } catch (e) {
    unknownEntry(ctx, 'hardware.server', e);
  }
  const gpuEmbodied = gpu ? embodiedFactors(ctx, gpu.embodied, hw.embodiedKgCo2e, 'gpuEmbodied', 'GPU embodied') : NO_EMBODIED;
  const lifetimeYears = pick(ctx, 'lifetimeYears', 'Hardware lifetime', 'years', hw.lifetimeYears, {
    value: fromSourced(DEFAULT_LIFETIME_YEARS),
    source: sourceLabel(DEFAULT_LIFETIME_YEARS.source),
  });
  return { gpu, precision, peakTflops: peak, gpuPowerW, serverNonGpuPowerW, gpusPerServer, gpuEmbodied, serverEmbodied, lifetimeYears };
}
