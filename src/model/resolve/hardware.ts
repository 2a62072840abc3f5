/**
 * Step 1 of resolving a run: the hardware. The accelerator (the run's catalogue GPU, a custom one it
 * describes inline, else the one its metrics name, or none for CPU-only measurements), its precision
 * and peak, board power, the server's non-GPU share, manufacturing impacts and lifetime.
 */
import type { EmbodiedFactors } from '../../core/footprint.js';
import { exact, type Range } from '../../core/range.js';
import { findGpu, requireGpu, requireServerProfile } from '../../data/catalogue.js';
import { DEFAULT_LIFETIME_YEARS, DEFAULT_PRECISION } from '../../data/defaults.js';
import { customAccelerator } from './custom-accelerator.js';
import type { AcceleratorSpec, EmbodiedBasis, EmbodiedData, Precision, SourcedRange } from '../../data/types.js';
import type { ManifestRun, RangeInput } from '../../inputs/manifest/schema.js';
import { definedOnly, fieldSource, fromSourced, pick, problem, sourceLabel, toRange, unknownEntry, type ResolveContext } from './context.js';
import type { MergedMeasurements } from './measurements.js';

/** One manufacturing figure of a device as the run uses it, and where it comes from. */
export interface EmbodiedFigureUsed {
  readonly value: Range;
  /** `manifest` when the run overrides the catalogue's figure. */
  readonly basis: EmbodiedBasis | 'manifest';
  readonly source: string;
}

export type DeviceEmbodied = Partial<Record<'gwp' | 'adpe' | 'pe', EmbodiedFigureUsed>>;

export interface ResolvedHardware {
  /** The accelerator: a catalogue GPU or a custom one; undefined when unknown or CPU-only. */
  readonly gpu: AcceleratorSpec | undefined;
  /** No accelerator: the run's metrics recorded none (GPU-hours do not apply). */
  readonly cpuOnly: boolean;
  readonly precision: Precision;
  /** Peak dense TFLOP/s at `precision`; NaN when unknown (a problem was recorded). */
  readonly peakTflops: number;
  readonly gpuPowerW: Range;
  readonly serverNonGpuPowerW: Range;
  readonly gpusPerServer: number;
  readonly gpuEmbodied: EmbodiedFactors;
  readonly serverEmbodied: EmbodiedFactors;
  /** The per-device figures behind gpuEmbodied and serverEmbodied, with their tags, for the report. */
  readonly embodiedUsed: { readonly gpu: DeviceEmbodied; readonly server: DeviceEmbodied };
  readonly lifetimeYears: Range;
}

const NO_EMBODIED: EmbodiedFactors = { gwp: null, adpe: null, pe: null, water: null };
const ZERO_EMBODIED: EmbodiedFactors = { gwp: exact(0), adpe: exact(0), pe: exact(0), water: null };

const CRITERION_TEXT = { gwp: ['', 'kgCO2e'], adpe: [' ADPe', 'kgSbeq'], pe: [' primary energy', 'MJ'] } as const;

/**
 * A device's manufacturing figures, each recorded as an assumption: GWP always (n/a when unknown),
 * ADPe and PE where known. An accelerator's labels carry its tag ("estimated" or "published").
 */
function embodiedFactors(
  ctx: ResolveContext,
  data: EmbodiedData & { readonly gwp?: SourcedRange & { basis?: EmbodiedBasis } },
  gwpOverride: RangeInput | undefined,
  key: string,
  label: string,
  tagged: boolean,
): { factors: EmbodiedFactors; used: DeviceEmbodied } {
  const used: DeviceEmbodied = {};
  const factors: Record<'gwp' | 'adpe' | 'pe', Range | null> = { gwp: null, adpe: null, pe: null };
  for (const c of ['gwp', 'adpe', 'pe'] as const) {
    const [what, unit] = CRITERION_TEXT[c];
    const figure = data[c] as (SourcedRange & { basis?: EmbodiedBasis }) | undefined;
    const override = c === 'gwp' ? gwpOverride : undefined;
    const assumptionKey = c === 'gwp' ? key : `${key}${c === 'adpe' ? 'Adpe' : 'Pe'}`;
    if (override !== undefined) {
      factors[c] = toRange(override);
      used[c] = { value: factors[c]!, basis: 'manifest', source: 'manifest' };
      ctx.assumptions.push({ key: assumptionKey, label: `${label}${what}`, unit, value: factors[c]!, source: 'manifest' });
    } else if (figure) {
      factors[c] = fromSourced(figure);
      const basis = figure.basis ?? 'published';
      used[c] = { value: factors[c]!, basis, source: sourceLabel(figure.source) };
      const tag = tagged ? ` (${basis})` : '';
      ctx.assumptions.push({ key: assumptionKey, label: `${label}${what}${tag}`, unit, value: factors[c]!, source: sourceLabel(figure.source) });
    } else if (c === 'gwp') {
      ctx.assumptions.push({ key, label, unit, value: 'n/a', source: 'no published figure' });
    }
  }
  return { factors: { ...factors, water: data.water ? fromSourced(data.water) : null }, used };
}

/** The precision the run asks for (default bf16, else the chip's half or single precision) and its peak. */
function choosePrecision(ctx: ResolveContext, name: string, peaks: Partial<Record<Precision, number>>, wanted: Precision | undefined): { precision: Precision; peak: number } {
  const precision = wanted ?? DEFAULT_PRECISION;
  const peak = peaks[precision];
  if (peak !== undefined) return { precision, peak };
  if (wanted) {
    const available = Object.keys(peaks).join(', ');
    problem(ctx, 'hardware.precision', `${name} has no ${wanted} peak in the catalogue`, `available: ${available}; or set hardware.peakTflops`);
    return { precision, peak: Number.NaN };
  }
  // No bf16 mode (V100, T4): fall back to the chip's half or single precision.
  for (const p of ['fp16', 'fp32'] as const) {
    const v = peaks[p];
    if (v !== undefined) return { precision: p, peak: v };
  }
  problem(ctx, 'hardware.precision', `${name} has no usable peak in the catalogue`, 'set hardware.peakTflops');
  return { precision, peak: Number.NaN };
}

/** The accelerator of a run, or undefined (a problem was recorded, or the run is CPU-only). */
function findAccelerator(ctx: ResolveContext, run: ManifestRun, measured: MergedMeasurements): AcceleratorSpec | undefined {
  const hw = run.hardware ?? {};
  if (hw.gpu !== undefined) return catalogueGpu(ctx, hw.gpu);
  if (hw.name !== undefined) return customAccelerator(ctx, hw);
  if (measured.gpuModel !== undefined) {
    const found = findGpu(measured.gpuModel);
    if (!found) {
      problem(
        ctx,
        'hardware.gpu',
        `the GPU the metrics name, "${measured.gpuModel}", is not in the catalogue (${measured.label})`,
        'set hardware.gpu to a catalogue id, or describe the accelerator: hardware: { name, powerW, peakTflops, memoryGb }',
      );
    }
    return found;
  }
  if (!measured.cpuOnly) {
    problem(ctx, 'hardware.gpu', 'is required (a GPU id such as h100-sxm, a custom accelerator with hardware.name, or a metrics file that names the GPU)');
  }
  return undefined;
}

function catalogueGpu(ctx: ResolveContext, name: string): AcceleratorSpec | undefined {
  try {
    return requireGpu(name);
  } catch (e) {
    unknownEntry(ctx, 'hardware.gpu', e);
    return undefined;
  }
}

export function resolveHardware(ctx: ResolveContext, run: ManifestRun, measured: MergedMeasurements): ResolvedHardware {
  const hw = run.hardware ?? {};
  const gpu = findAccelerator(ctx, run, measured);
  const custom = gpu !== undefined && hw.gpu === undefined && hw.name !== undefined;
  const cpuOnly = gpu === undefined && hw.gpu === undefined && hw.name === undefined && measured.gpuModel === undefined && measured.cpuOnly;
  // A number overrides the peak at the run's precision; an object overrides (or gives) it per precision.
  const manifestPeaks = typeof hw.peakTflops === 'object' ? hw.peakTflops : undefined;
  const { precision, peak } = gpu
    ? typeof hw.peakTflops === 'number'
      ? { precision: hw.precision ?? DEFAULT_PRECISION, peak: hw.peakTflops }
      : choosePrecision(ctx, gpu.name, { ...gpu.peakTflops, ...definedOnly(manifestPeaks) }, hw.precision)
    : { precision: hw.precision ?? DEFAULT_PRECISION, peak: Number.NaN };
  if (gpu) {
    const gpuSource = hw.gpu !== undefined ? fieldSource(ctx, 'hardware.gpu') : custom ? 'manifest' : measured.label;
    ctx.assumptions.push({ key: 'gpu', label: custom ? 'Accelerator (custom)' : 'GPU', unit: '', value: `${gpu.name} (${precision})`, source: gpuSource });
    const peakFromManifest = typeof hw.peakTflops === 'number' || manifestPeaks?.[precision] !== undefined;
    ctx.assumptions.push({
      key: 'peakFlops',
      label: `Peak dense ${precision.toUpperCase()}`,
      unit: 'TFLOP/s',
      value: exact(peak),
      source: peakFromManifest || custom ? 'manifest' : sourceLabel(gpu.source),
    });
  } else if (cpuOnly) {
    ctx.assumptions.push({ key: 'gpu', label: 'GPU', unit: '', value: 'none: CPU-only measurements (GPU-hours do not apply)', source: measured.label });
  }
  const gpuPowerW = gpu
    ? pick(ctx, 'gpuPowerW', 'GPU power', 'W', hw.powerW, { value: exact(gpu.powerW), source: sourceLabel(gpu.source) })
    : exact(cpuOnly ? 0 : Number.NaN);

  // Server share of the non-GPU parts.
  let serverNonGpuPowerW = exact(0);
  let gpusPerServer = 1;
  let serverEmbodied = NO_EMBODIED;
  let serverUsed: DeviceEmbodied = {};
  try {
    const profileId = hw.server ?? gpu?.serverProfile ?? (cpuOnly ? 'cpu-server' : undefined);
    if (profileId !== undefined) {
      const profile = requireServerProfile(profileId);
      const src = sourceLabel(profile.source);
      gpusPerServer = cpuOnly ? 1 : (hw.gpusPerServer ?? profile.gpusPerServer);
      const count = cpuOnly ? 'no GPU' : `${gpusPerServer} GPUs`;
      ctx.assumptions.push({ key: 'server', label: 'Server', unit: '', value: `${profile.name}, ${count}`, source: hw.server !== undefined ? 'manifest' : src });
      serverNonGpuPowerW = pick(ctx, 'serverPowerW', 'Server non-GPU power', 'W', hw.serverPowerW, { value: exact(profile.nonGpuPowerW), source: src });
      const server = embodiedFactors(ctx, profile.nonGpuEmbodied, hw.serverEmbodiedKgCo2e, 'serverEmbodied', 'Server non-GPU embodied', false);
      serverEmbodied = server.factors;
      serverUsed = server.used;
    }
  } catch (e) {
    unknownEntry(ctx, 'hardware.server', e);
  }
  let gpuEmbodied = cpuOnly ? ZERO_EMBODIED : NO_EMBODIED;
  let gpuUsed: DeviceEmbodied = {};
  if (gpu) {
    const device = embodiedFactors(ctx, gpu.embodied, hw.embodiedKgCo2e, 'gpuEmbodied', 'GPU embodied', true);
    gpuEmbodied = device.factors;
    gpuUsed = device.used;
  }
  const lifetimeYears = pick(ctx, 'lifetimeYears', 'Hardware lifetime', 'years', hw.lifetimeYears, {
    value: fromSourced(DEFAULT_LIFETIME_YEARS),
    source: sourceLabel(DEFAULT_LIFETIME_YEARS.source),
  });
  return {
    gpu,
    cpuOnly,
    precision,
    peakTflops: peak,
    gpuPowerW,
    serverNonGpuPowerW,
    gpusPerServer,
    gpuEmbodied,
    serverEmbodied,
    embodiedUsed: { gpu: gpuUsed, server: serverUsed },
    lifetimeYears,
  };
}
