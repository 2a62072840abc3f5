/**
 * Resolves a manifest run into the core's inputs: catalogue defaults, then provider and region, then
 * the run's own overrides, then measurements from job-metrics files. Every value that reaches the
 * calculation is recorded as an Assumption naming where it came from, so a report can show it.
 * Pure: the catalogue is data and measurements are already parsed.
 */
import { computeRunFootprint, type RunFootprint, type RunInputs, type EmbodiedFactors, type MeasuredEnergy, HOURS_PER_YEAR } from '../core/footprint.js';
import { workloadFlops, type Workload, type WorkloadFlops } from '../core/flops.js';
import { exact, range, scale, type Range } from '../core/range.js';
import {
  findGrid,
  findRegion,
  requireGpu,
  requireGrid,
  requireProvider,
  requireServerProfile,
  UnknownEntryError,
} from '../data/catalogue.js';
import {
  DEFAULT_GRID,
  DEFAULT_IDLE_POWER_FRACTION,
  DEFAULT_LIFETIME_YEARS,
  DEFAULT_MFU,
  DEFAULT_PRECISION,
  DEFAULT_PUE,
} from '../data/defaults.js';
import type { EmbodiedData, GpuSpec, Precision, Source, SourcedRange } from '../data/types.js';
import { InputError, type InputProblem } from '../inputs/errors.js';
import type { ManifestRun, RangeInput } from '../inputs/manifest/schema.js';
import type { JobMeasurement } from '../inputs/metrics/types.js';

export interface Assumption {
  /** Machine-readable key, e.g. "mfu", "gridIntensity". */
  readonly key: string;
  readonly label: string;
  readonly value: Range | string;
  readonly unit: string;
  /** Where it came from: "manifest", "metrics: emissions.csv", or a publication with its year. */
  readonly source: string;
}

export type Phase = NonNullable<ManifestRun['phase']>;
export type Status = NonNullable<ManifestRun['status']>;

export interface ResolvedRun {
  readonly id: string;
  readonly name: string;
  readonly kind: NonNullable<ManifestRun['kind']>;
  readonly phase: Phase;
  readonly status: Status;
  readonly component: string;
  readonly tags: readonly string[];
  readonly previousId: string | null;
  readonly file: string;
  readonly line: number;
  readonly gpu: { readonly id: string; readonly name: string; readonly precision: Precision } | null;
  readonly inputs: RunInputs;
  /** The footprint of `inputs` (section 2–5), computed once when the run is resolved. */
  readonly footprint: RunFootprint;
  readonly assumptions: readonly Assumption[];
  readonly amortisation: ManifestRun['amortisation'] | null;
  /** Requests (inference) or items (generation) the run serves, for per-request figures. */
  readonly requests: number | null;
  /** Measurements attached to the run (file names), for the report. */
  readonly measurements: readonly string[];
}

export function sourceLabel(s: Source): string {
  return `${s.title} (${s.year})`;
}

function toRange(r: RangeInput): Range {
  return typeof r === 'number' ? exact(r) : range(r.low, r.central ?? (r.low + r.high) / 2, r.high);
}

function fromSourced(r: SourcedRange): Range {
  return range(r.low, r.central, r.high);
}

const PHASE_OF_KIND: Record<ResolvedRun['kind'], Phase> = {
  training: 'pretraining',
  'fine-tuning': 'fine-tuning',
  inference: 'inference',
  'image-generation': 'inference',
  'video-generation': 'inference',
  'audio-generation': 'inference',
};

interface Context {
  readonly file: string;
  readonly line: number;
  readonly index: number;
  readonly locate: ResolveOptions['locate'];
  readonly problems: InputProblem[];
}

function problem(ctx: Context, field: string, message: string, hint?: string): void {
  const at = ctx.locate?.(['runs', ctx.index, ...field.split('.')]) ?? {};
  ctx.problems.push({
    file: ctx.file,
    line: at.line ?? ctx.line,
    ...(at.column !== undefined ? { column: at.column } : {}),
    field: `runs[${ctx.index}].${field}`,
    message,
    ...(hint ? { hint } : {}),
  });
}

/** Picks a run's value, else a catalogue one, recording which. */
function pick(
  assumptions: Assumption[],
  key: string,
  label: string,
  unit: string,
  own: RangeInput | undefined,
  fallback: { value: Range; source: string },
): Range {
  const value = own !== undefined ? toRange(own) : fallback.value;
  assumptions.push({ key, label, unit, value, source: own !== undefined ? 'manifest' : fallback.source });
  return value;
}

function need(ctx: Context, value: number | undefined, field: string, why: string): number {
  if (value === undefined) {
    problem(ctx, field, `is required ${why}`);
    return Number.NaN;
  }
  return value;
}

function buildWorkload(run: ManifestRun, kind: ResolvedRun['kind'], ctx: Context): Workload {
  const m = run.model ?? {};
  const why = `for a ${kind} run (or give measured gpuHours, hours or energyKwh)`;
  const params = () => need(ctx, m.parameters, 'model.parameters', why);
  switch (kind) {
    // MoE: only the active parameters compute per token, so N_a stands in for N (N_a = N when dense).
    case 'training':
      return { kind, parameters: m.activeParameters ?? params(), tokens: need(ctx, run.tokens, 'tokens', why) };
    case 'fine-tuning': {
      const parameters = m.activeParameters ?? params();
      return { kind, parameters, trainableParameters: m.trainableParameters ?? parameters, tokens: need(ctx, run.tokens, 'tokens', why) };
    }
    case 'inference':
      if (run.promptTokens === undefined && run.outputTokens === undefined) {
        problem(ctx, 'promptTokens', `or outputTokens is required ${why}`);
      }
      return {
        kind,
        activeParameters: m.activeParameters ?? params(),
        promptTokens: run.promptTokens ?? 0,
        outputTokens: run.outputTokens ?? 0,
        requests: run.requests ?? 1,
      };
    default:
      return buildGenerationWorkload(run, kind, ctx, why);
  }
}

function buildGenerationWorkload(
  run: ManifestRun,
  kind: 'image-generation' | 'video-generation' | 'audio-generation',
  ctx: Context,
  why: string,
): Workload {
  const m = run.model ?? {};
  const g = run.generation ?? {};
  const items = g.items ?? run.requests ?? 1;
  const arch = m.architecture ?? (kind === 'audio-generation' ? 'codec' : 'dit');
  const gen = (field: keyof typeof g) => need(ctx, g[field], `generation.${field}`, why);
  const parameters = () => need(ctx, m.parameters, 'model.parameters', why);
  const ditShape = () => ({
    layers: need(ctx, m.layers, 'model.layers', why),
    hiddenSize: need(ctx, m.hiddenSize, 'model.hiddenSize', why),
    steps: gen('steps'),
  });
  if (arch === 'codec') {
    if (kind !== 'audio-generation') problem(ctx, 'model.architecture', 'codec is an audio-generation architecture');
    return {
      kind: 'audio-generation',
      architecture: 'codec',
      activeParameters: m.activeParameters ?? parameters(),
      outputTokens: gen('outputTokens'),
      codebooks: gen('codebooks'),
      items,
    };
  }
  if (arch === 'unet') {
    if (kind === 'video-generation') {
      return { kind, architecture: 'unet', parameters: parameters(), latentWidth: gen('latentWidth'), latentHeight: gen('latentHeight'), frames: gen('frames'), steps: gen('steps'), items };
    }
    if (kind === 'audio-generation') problem(ctx, 'model.architecture', 'audio generation is modelled as dit or codec');
    return { kind: 'image-generation', architecture: 'unet', parameters: parameters(), latentWidth: gen('latentWidth'), latentHeight: gen('latentHeight'), steps: gen('steps'), items };
  }
  if (kind === 'video-generation') {
    return {
      kind,
      architecture: arch,
      parameters: parameters(),
      frames: gen('frames'),
      temporalCompression: g.temporalCompression ?? 1,
      tokensPerFrame: gen('tokensPerFrame'),
      ...ditShape(),
      items,
    };
  }
  if (arch === 'hybrid') problem(ctx, 'model.architecture', 'hybrid (DiT + 3D VAE) applies to video generation');
  return { kind, architecture: 'dit', parameters: parameters(), latentTokens: gen('latentTokens'), ...ditShape(), items };
}

function embodiedFactors(
  data: EmbodiedData,
  gwpOverride: RangeInput | undefined,
  assumptions: Assumption[],
  key: string,
  label: string,
): EmbodiedFactors {
  const conv = (r: SourcedRange | undefined) => (r ? fromSourced(r) : null);
  let gwp = conv(data.gwp);
  if (gwpOverride !== undefined) gwp = toRange(gwpOverride);
  if (gwp) {
    assumptions.push({ key, label, unit: 'kgCO2e', value: gwp, source: gwpOverride !== undefined ? 'manifest' : sourceLabel(data.gwp!.source) });
  } else {
    assumptions.push({ key, label, unit: 'kgCO2e', value: 'n/a', source: 'no published figure' });
  }
  return { gwp, adpe: conv(data.adpe), pe: conv(data.pe), water: conv(data.water) };
}

function choosePrecision(gpu: GpuSpec, wanted: Precision | undefined, ctx: Context): { precision: Precision; peak: number } {
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

function unknownEntry(ctx: Context, field: string, e: unknown): void {
  if (e instanceof UnknownEntryError) {
    problem(ctx, field, e.message.split('. ')[0] ?? e.message, e.suggestions.length ? `did you mean ${e.suggestions.join(', ')}?` : undefined);
  } else {
    throw e;
  }
}

/** Measured values from the run's own fields, else from its attached job-metrics files. */
function mergeMeasurements(measurements: readonly JobMeasurement[]) {
  const sum = (f: (m: JobMeasurement) => number | null) => {
    const values = measurements.map(f).filter((v): v is number => v !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) : undefined;
  };
  const energy = sum((m) => m.energyKwh);
  const scopes = new Set(measurements.filter((m) => m.energyKwh !== null).map((m) => m.energyScope));
  return {
    energyKwh: energy,
    // Mixed scopes cannot be added meaningfully; the widest one is taken and the report says so.
    energyScope: scopes.has('facility') ? 'facility' : scopes.has('server') ? 'server' : 'gpu',
    mixedScopes: scopes.size > 1,
    gpuHours: sum((m) => m.gpuHours),
    gpuCount: measurements.map((m) => m.gpuCount).find((v) => v !== null) ?? undefined,
    wallClockHours: measurements.map((m) => m.wallClockHours).reduce<number | undefined>((a, b) => (b === null ? a : Math.max(a ?? 0, b)), undefined),
    gpuModel: measurements.map((m) => m.gpuModel).find((v) => v !== null) ?? undefined,
    country: measurements.map((m) => m.country).find((v) => v !== null) ?? undefined,
    // Region ids a metrics file names, most specific first ("aws:us-east-1", a bare region, a grid id).
    regionCandidates: measurements.flatMap((m) => [
      ...(m.cloudProvider && m.cloudRegion ? [`${m.cloudProvider}:${m.cloudRegion}`] : []),
      ...(m.cloudRegion ? [m.cloudRegion] : []),
    ]),
    tokens: sum((m) => m.tokens),
  } as const;
}

/**
 * Beyond this a figure is an input mistake (1e300 parameters, a 5e-324 MFU), and figures that each
 * fit in a double could still overflow to Infinity (JSON null) when runs are added up.
 */
const MAX_FIGURE = 1e100;

/** The first number in `value` that is not finite or is above MAX_FIGURE, as "path = value". */
function implausibleFigure(value: unknown, path: string): string | null {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= MAX_FIGURE ? null : `${path} = ${value}`;
  if (value === null || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value)) {
    const found = implausibleFigure(v, path ? `${path}.${k}` : k);
    if (found) return found;
  }
  return null;
}

export interface ResolveOptions {
  readonly file: string;
  /** 1-based line of the run's entry in the manifest. */
  readonly line: number;
  readonly index: number;
  readonly measurements?: readonly JobMeasurement[];
  /** Position of a field in the manifest, for precise error locations. */
  readonly locate?: (path: readonly (string | number)[]) => { line?: number; column?: number };
}

/** Resolves one run; throws InputError listing every problem with the run. */
export function resolveRun(run: ManifestRun, opts: ResolveOptions): ResolvedRun {
  const ctx: Context = { file: opts.file, line: opts.line, index: opts.index, locate: opts.locate, problems: [] };
  const assumptions: Assumption[] = [];
  const measurements = opts.measurements ?? [];
  const measured = mergeMeasurements(measurements);
  const metricsLabel = `metrics: ${measurements.map((m) => m.file).join(', ')}`;
  const kind = run.kind ?? 'training';

  // Hardware: the run's GPU, else the one the metrics file names.
  const gpuName = run.hardware?.gpu ?? measured.gpuModel;
  let gpu: GpuSpec | undefined;
  if (gpuName === undefined) {
    problem(ctx, 'hardware.gpu', 'is required (a GPU id such as h100-sxm, or a metrics file that names the GPU)');
  } else {
    try {
      gpu = requireGpu(gpuName);
    } catch (e) {
      unknownEntry(ctx, 'hardware.gpu', e);
    }
  }
  const hw = run.hardware ?? {};
  const { precision, peak } = gpu
    ? hw.peakTflops !== undefined
      ? { precision: hw.precision ?? DEFAULT_PRECISION, peak: hw.peakTflops }
      : choosePrecision(gpu, hw.precision, ctx)
    : { precision: hw.precision ?? DEFAULT_PRECISION, peak: Number.NaN };
  if (gpu) {
    assumptions.push({ key: 'gpu', label: 'GPU', unit: '', value: `${gpu.name} (${precision})`, source: hw.gpu !== undefined ? 'manifest' : metricsLabel });
    assumptions.push({
      key: 'peakFlops',
      label: `Peak dense ${precision.toUpperCase()}`,
      unit: 'TFLOP/s',
      value: exact(peak),
      source: hw.peakTflops !== undefined ? 'manifest' : sourceLabel(gpu.source),
    });
  }
  const gpuPowerW = gpu
    ? pick(assumptions, 'gpuPowerW', 'GPU power', 'W', hw.powerW, { value: exact(gpu.powerW), source: sourceLabel(gpu.source) })
    : exact(Number.NaN);

  // Server share of the non-GPU parts.
  let serverPowerW = exact(0);
  let gpusPerServer = 1;
  let serverEmbodied: EmbodiedFactors = { gwp: null, adpe: null, pe: null, water: null };
  try {
    const profileId = hw.server ?? gpu?.serverProfile;
    if (profileId !== undefined) {
      const profile = requireServerProfile(profileId);
      const src = sourceLabel(profile.source);
      gpusPerServer = hw.gpusPerServer ?? profile.gpusPerServer;
      assumptions.push({ key: 'server', label: 'Server', unit: '', value: `${profile.name}, ${gpusPerServer} GPUs`, source: hw.server !== undefined ? 'manifest' : src });
      serverPowerW = pick(assumptions, 'serverPowerW', 'Server non-GPU power', 'W', hw.serverPowerW, { value: exact(profile.nonGpuPowerW), source: src });
      serverEmbodied = embodiedFactors(profile.nonGpuEmbodied, hw.serverEmbodiedKgCo2e, assumptions, 'serverEmbodied', 'Server non-GPU embodied');
    }
  } catch (e) {
    unknownEntry(ctx, 'hardware.server', e);
  }
  const gpuEmbodied = gpu
    ? embodiedFactors(gpu.embodied, hw.embodiedKgCo2e, assumptions, 'gpuEmbodied', 'GPU embodied')
    : { gwp: null, adpe: null, pe: null, water: null };
  const lifetimeYears = pick(assumptions, 'lifetimeYears', 'Hardware lifetime', 'years', hw.lifetimeYears, {
    value: fromSourced(DEFAULT_LIFETIME_YEARS),
    source: sourceLabel(DEFAULT_LIFETIME_YEARS.source),
  });

  // Site: provider (PUE, WUE), region (grid), then the run's overrides.
  // The manifest's region is checked by the schema. A metrics file's is a hint: the first one the
  // catalogue knows is used, else the world average, and the assumption says which.
  const fromMetrics = [...measured.regionCandidates, ...(measured.country !== undefined ? [measured.country] : [])];
  const regionId = run.region ?? fromMetrics.find((id) => findRegion(id) !== undefined || findGrid(id) !== undefined);
  if (run.region === undefined && regionId === undefined && fromMetrics.length) {
    assumptions.push({ key: 'region', label: 'Region', unit: '', value: `${fromMetrics.join(', ')} not in the catalogue: world average used`, source: metricsLabel });
  }
  const region = regionId !== undefined ? findRegion(regionId) : undefined;
  const gridId = region?.grid ?? regionId ?? DEFAULT_GRID;
  const providerId = run.provider ?? region?.provider;
  let provider;
  try {
    provider = providerId !== undefined ? requireProvider(providerId) : undefined;
  } catch (e) {
    unknownEntry(ctx, 'provider', e);
  }
  const pue = pick(assumptions, 'pue', 'PUE', '', run.pue, provider
    ? { value: fromSourced(provider.pue), source: sourceLabel(provider.pue.source) }
    : { value: fromSourced(DEFAULT_PUE), source: sourceLabel(DEFAULT_PUE.source) });
  const wueData = provider?.wue;
  const wue = run.wue !== undefined ? toRange(run.wue) : wueData ? fromSourced(wueData) : null;
  assumptions.push({
    key: 'wue',
    label: 'On-site WUE',
    unit: 'L/kWh',
    value: wue ?? 'n/a',
    source: run.wue !== undefined ? 'manifest' : wueData ? sourceLabel(wueData.source) : 'no published figure for this site',
  });

  let grid;
  try {
    grid = requireGrid(gridId);
  } catch (e) {
    if (run.gridIntensity === undefined) unknownEntry(ctx, 'region', e);
  }
  const regionGwp = region?.gwp ?? grid?.gwp;
  const regionLabel = region ? `${region.id} (${region.location})` : grid ? `${grid.name} (${grid.id})` : regionId ?? '';
  const gridLabel = run.gridIntensity !== undefined ? 'Grid factor' : `Grid factor ${regionLabel}`.trim();
  const gwp = pick(assumptions, 'gridIntensity', gridLabel, 'kgCO2e/kWh', run.gridIntensity, regionGwp
    ? { value: fromSourced(regionGwp), source: sourceLabel(regionGwp.source) }
    : { value: exact(Number.NaN), source: 'unknown' });
  const elecWater = run.electricityWater !== undefined ? toRange(run.electricityWater) : grid?.water ? fromSourced(grid.water) : null;

  // Workload and FLOPs: only when the run describes one (a metrics-only run has none).
  const hasMeasuredTime = run.gpuHours !== undefined || run.hours !== undefined || measured.gpuHours !== undefined || run.energyKwh !== undefined || measured.energyKwh !== undefined;
  const describesWorkload = run.model !== undefined || run.tokens !== undefined || run.promptTokens !== undefined || run.generation !== undefined;
  let flops: WorkloadFlops | null = null;
  if (describesWorkload || !hasMeasuredTime) {
    const before = ctx.problems.length;
    const tokens = run.tokens ?? measured.tokens;
    const workload = buildWorkload({ ...run, ...(tokens !== undefined ? { tokens } : {}) }, kind, ctx);
    if (ctx.problems.length === before) flops = workloadFlops(workload);
    if ((kind === 'training' || kind === 'fine-tuning') && run.model?.activeParameters !== undefined) {
      // Beyond the methodology's N: a mixture of experts computes with its active parameters per token.
      assumptions.push({
        key: 'flopsParameters',
        label: 'Parameters in FLOPs',
        unit: '',
        value: `N_a = ${run.model.activeParameters.toExponential(3)} active of N = ${run.model.parameters?.toExponential(3) ?? '?'} (mixture of experts)`,
        source: 'manifest',
      });
    }
  }
  const mfu = pick(assumptions, 'mfu', 'MFU', '', run.mfu, { value: fromSourced(DEFAULT_MFU), source: sourceLabel(DEFAULT_MFU.source) });
  if (run.cache) {
    assumptions.push({
      key: 'cacheReuseRate',
      label: `Prefix-cache reuse r (residual α = ${run.cache.residual})`,
      unit: '',
      value: toRange(run.cache.reuseRate),
      source: 'manifest',
    });
  }

  // Measured GPU time and energy: the run's own fields win over its metrics files.
  const gpuCount = hw.count ?? measured.gpuCount ?? null;
  let measuredGpuHours: number | null = null;
  if (run.gpuHours !== undefined) measuredGpuHours = run.gpuHours;
  else if (run.hours !== undefined) {
    if (gpuCount === null) problem(ctx, 'hardware.count', 'is required with hours (measured GPUh = count × hours)');
    else measuredGpuHours = gpuCount * run.hours;
  } else if (measured.gpuHours !== undefined) measuredGpuHours = measured.gpuHours;
  else if (measured.wallClockHours !== undefined && gpuCount !== null) measuredGpuHours = measured.wallClockHours * gpuCount;
  if (measuredGpuHours !== null) {
    assumptions.push({
      key: 'measuredGpuHours',
      label: 'Measured GPU-hours',
      unit: 'GPUh',
      value: exact(measuredGpuHours),
      source: run.gpuHours !== undefined || run.hours !== undefined ? 'manifest' : metricsLabel,
    });
  }
  let measuredEnergy: MeasuredEnergy | null = null;
  if (run.energyKwh !== undefined) measuredEnergy = { kwh: run.energyKwh, scope: run.energyScope ?? 'gpu' };
  else if (measured.energyKwh !== undefined) measuredEnergy = { kwh: measured.energyKwh, scope: measured.energyScope };
  if (measuredEnergy) {
    assumptions.push({
      key: 'measuredEnergy',
      label: `Measured energy (${measuredEnergy.scope} scope)`,
      unit: 'kWh',
      value: exact(measuredEnergy.kwh),
      source: run.energyKwh !== undefined ? 'manifest' : metricsLabel,
    });
  }

  const idle = run.idleGpuHours ?? 0;
  const idleFraction = hw.idlePowerFraction ?? DEFAULT_IDLE_POWER_FRACTION.central;
  if (idle > 0) {
    assumptions.push({
      key: 'idlePowerFraction',
      label: 'Idle power share',
      unit: '',
      value: exact(idleFraction),
      source: hw.idlePowerFraction !== undefined ? 'manifest' : sourceLabel(DEFAULT_IDLE_POWER_FRACTION.source),
    });
  }

  if (ctx.problems.length) throw new InputError(ctx.problems);

  const inputs: RunInputs = {
    flops,
    cache: run.cache ? { reuseRate: toRange(run.cache.reuseRate), residual: run.cache.residual } : null,
    peakFlops: peak * 1e12,
    mfu,
    gpuPowerW,
    gpuCount,
    serverNonGpuPowerW: serverPowerW,
    gpusPerServer,
    pue,
    wue,
    electricity: {
      gwp,
      water: elecWater,
      adpe: grid?.adpe ? fromSourced(grid.adpe) : null,
      pe: grid?.pe ? fromSourced(grid.pe) : null,
    },
    lifetimeHours: scale(lifetimeYears, HOURS_PER_YEAR),
    gpuEmbodied,
    serverEmbodied,
    measuredGpuHours,
    measuredEnergy,
    idleGpuHours: idle,
    idlePowerFraction: idleFraction,
  };
  // Computed once here: the overflow check needs it, and the report uses it.
  const footprint = computeRunFootprint(inputs);
  const outOfRange = implausibleFigure(footprint, '');
  if (outOfRange) {
    throw InputError.single({
      file: ctx.file,
      line: ctx.line,
      field: `runs[${ctx.index}]`,
      message: `the run's figures are out of range (${outOfRange})`,
      hint:
        'check the magnitudes of model.parameters, tokens, hours, gpuHours, energyKwh and the mfu, pue, powerW, peakTflops and lifetimeYears overrides' +
        (measurements.length ? `, and the metrics files ${measurements.map((m) => m.file).join(', ')}` : ''),
    });
  }
  return {
    id: run.id,
    name: run.name ?? run.id,
    kind,
    phase: run.phase ?? PHASE_OF_KIND[kind],
    status: run.status ?? 'final',
    component: run.component ?? 'unspecified',
    tags: run.tags ?? [],
    previousId: run.previousId ?? null,
    file: opts.file,
    line: opts.line,
    gpu: gpu ? { id: gpu.id, name: gpu.name, precision } : null,
    inputs,
    footprint,
    assumptions,
    amortisation: run.amortisation ?? null,
    requests: kind === 'training' || kind === 'fine-tuning' ? null : (run.generation?.items ?? run.requests ?? 1),
    measurements: measurements.map((m) => m.file),
  };
}
