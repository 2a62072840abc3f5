/**
 * Resolves a manifest run into the core's inputs, in four named steps that read top to bottom:
 * hardware (catalogue defaults, the run's overrides), site (provider, region, grid), workload
 * (FLOPs, MFU, cache) and measured time (the run's fields, then its job-metrics files). Every value
 * that reaches the calculation is recorded as an Assumption naming where it came from, so a report
 * can show it. Pure: the catalogue is data and measurements are already parsed.
 */
import { computeRunFootprint, type RunFootprint, type RunInputs, HOURS_PER_YEAR } from '../core/footprint.js';
import { scale } from '../core/range.js';
import type { Precision } from '../data/types.js';
import { InputError, type Locate } from '../inputs/errors.js';
import type { ManifestRun } from '../inputs/manifest/schema.js';
import type { JobMeasurement } from '../inputs/metrics/types.js';
import type { ConfigInputs } from './attribution.js';
import type { Assumption, ProvenanceMap, ResolveContext } from './resolve/context.js';
import { configAssumptions } from './resolve/derived.js';
import { resolveHardware, type ResolvedHardware } from './resolve/hardware.js';
import { mergeMeasurements, resolveMeasuredTime } from './resolve/measurements.js';
import { resolveSite, type RunLocation } from './resolve/site.js';
import type { MfuEstimate } from './resolve/mfu.js';
import { isTrainingKind, resolveWorkload } from './resolve/workload.js';

export { sourceLabel, type Assumption, type Provenance, type ProvenanceMap } from './resolve/context.js';
export type { MfuEstimate, MfuOrigin } from './resolve/mfu.js';
export type { RunLocation } from './resolve/site.js';

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
  /** The per-device manufacturing figures the run uses (GPU and server share), tagged published / estimated. */
  readonly embodiedPerDevice: ResolvedHardware['embodiedUsed'];
  /** The warnings of the run's metrics files, "file: warning" (the comment shows them as notes). */
  readonly measurementWarnings: readonly string[];
  readonly location: RunLocation;
  /** The model's parameters and the tokens processed, as given (for exports); null when not given. */
  readonly scale: { readonly parameters: number | null; readonly tokens: number | null };
  readonly inputs: RunInputs;
  /** The MFU in `inputs` and where it comes from (manifest, calibrated model, history, methodology). */
  readonly mfu: MfuEstimate;
  /** The footprint of `inputs` (section 2–5), computed once when the run is resolved. */
  readonly footprint: RunFootprint;
  readonly assumptions: readonly Assumption[];
  readonly amortisation: ManifestRun['amortisation'] | null;
  /** Requests (inference) or items (generation) the run serves, for per-request figures. */
  readonly requests: number | null;
  /** Measurements attached to the run (file names), for the report. */
  readonly measurements: readonly string[];
  /** The config values the run's figures came from, to attribute a change to them (src/model/attribution.ts). */
  readonly configInputs?: ConfigInputs;
}

const PHASE_OF_KIND: Record<ResolvedRun['kind'], Phase> = {
  training: 'pretraining',
  'fine-tuning': 'fine-tuning',
  inference: 'inference',
  'image-generation': 'inference',
  'video-generation': 'inference',
  'audio-generation': 'inference',
};

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
  readonly locate?: Locate;
  /** Run fields filled from config files (src/inputs/configs/) or ledgers, with where each came from. */
  readonly provenance?: ProvenanceMap;
}

/** Resolves one run; throws InputError listing every problem with the run. */
export function resolveRun(run: ManifestRun, opts: ResolveOptions): ResolvedRun {
  const ctx: ResolveContext = { file: opts.file, line: opts.line, index: opts.index, locate: opts.locate, provenance: opts.provenance, problems: [], assumptions: [] };
  const measurements = opts.measurements ?? [];
  const measured = mergeMeasurements(measurements, run.dedupe);
  const kind = run.kind ?? 'training';

  configAssumptions(ctx, run);
  const hardware = resolveHardware(ctx, run, measured);
  const site = resolveSite(ctx, run, measured);
  const workload = resolveWorkload(ctx, run, kind, measured, hardware);
  const time = resolveMeasuredTime(ctx, run, measured, hardware.cpuOnly);
  if (ctx.problems.length) throw new InputError(ctx.problems);

  const inputs: RunInputs = {
    flops: workload.flops,
    cache: workload.cache,
    peakFlops: hardware.peakTflops * 1e12,
    mfu: workload.mfu.value,
    gpuPowerW: hardware.gpuPowerW,
    gpuCount: time.gpuCount,
    serverNonGpuPowerW: hardware.serverNonGpuPowerW,
    gpusPerServer: hardware.gpusPerServer,
    pue: site.pue,
    wue: site.wue,
    electricity: site.electricity,
    lifetimeHours: scale(hardware.lifetimeYears, HOURS_PER_YEAR),
    gpuEmbodied: hardware.gpuEmbodied,
    serverEmbodied: hardware.serverEmbodied,
    measuredGpuHours: time.measuredGpuHours,
    measuredEnergy: time.measuredEnergy,
    idleGpuHours: time.idleGpuHours,
    idlePowerFraction: time.idlePowerFraction,
    cpuOnly: hardware.cpuOnly ? { machineHours: time.measuredGpuHours ?? 0 } : null,
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
        (measurements.length ? `, and the metrics files ${measured.files.join(', ')}` : ''),
    });
  }
  const gpu = hardware.gpu;
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
    gpu: gpu ? { id: gpu.id, name: gpu.name, precision: hardware.precision } : null,
    embodiedPerDevice: hardware.embodiedUsed,
    measurementWarnings: measured.warnings,
    location: site.location,
    scale: { parameters: run.model?.parameters ?? null, tokens: workload.tokens },
    inputs,
    mfu: workload.mfu,
    footprint,
    assumptions: ctx.assumptions,
    amortisation: run.amortisation ?? null,
    requests: isTrainingKind(kind) ? null : (run.generation?.items ?? run.requests ?? 1),
    measurements: measured.files,
  };
}
