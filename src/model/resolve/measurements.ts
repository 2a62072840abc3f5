/**
 * Measurements: what a run's job-metrics files say, merged (first), and the measured GPU time and
 * energy the footprint uses (step 4), where the run's own fields win over its metrics files.
 */
import type { MeasuredEnergy } from '../../core/footprint.js';
import { exact } from '../../core/range.js';
import { DEFAULT_IDLE_POWER_FRACTION } from '../../data/defaults.js';
import type { ManifestRun } from '../../inputs/manifest/schema.js';
import type { JobMeasurement } from '../../inputs/metrics/types.js';
import { problem, sourceLabel, type ResolveContext } from './context.js';

/** Measured values of all the run's metrics files together. */
export function mergeMeasurements(measurements: readonly JobMeasurement[]) {
  const sum = (f: (m: JobMeasurement) => number | null) => {
    const values = measurements.map(f).filter((v): v is number => v !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) : undefined;
  };
  const energy = sum((m) => m.energyKwh);
  const scopes = new Set(measurements.filter((m) => m.energyKwh !== null).map((m) => m.energyScope));
  return {
    /** Source label of every figure that comes from the files. */
    label: `metrics: ${measurements.map((m) => m.file).join(', ')}`,
    files: measurements.map((m) => m.file),
    energyKwh: energy,
    // Mixed scopes cannot be added meaningfully; the widest one is taken (the assumption names it).
    energyScope: scopes.has('facility') ? 'facility' : scopes.has('server') ? 'server' : 'gpu',
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

export type MergedMeasurements = ReturnType<typeof mergeMeasurements>;

export interface ResolvedMeasuredTime {
  readonly gpuCount: number | null;
  readonly measuredGpuHours: number | null;
  readonly measuredEnergy: MeasuredEnergy | null;
  readonly idleGpuHours: number;
  readonly idlePowerFraction: number;
}

export function resolveMeasuredTime(ctx: ResolveContext, run: ManifestRun, measured: MergedMeasurements): ResolvedMeasuredTime {
  const hw = run.hardware ?? {};
  const gpuCount = hw.count ?? measured.gpuCount ?? null;
  let measuredGpuHours: number | null = null;
  if (run.gpuHours !== undefined) measuredGpuHours = run.gpuHours;
  else if (run.hours !== undefined) {
    if (gpuCount === null) problem(ctx, 'hardware.count', 'is required with hours (measured GPUh = count × hours)');
    else measuredGpuHours = gpuCount * run.hours;
  } else if (measured.gpuHours !== undefined) measuredGpuHours = measured.gpuHours;
  else if (measured.wallClockHours !== undefined && gpuCount !== null) measuredGpuHours = measured.wallClockHours * gpuCount;
  if (measuredGpuHours !== null) {
    ctx.assumptions.push({
      key: 'measuredGpuHours',
      label: 'Measured GPU-hours',
      unit: 'GPUh',
      value: exact(measuredGpuHours),
      source: run.gpuHours !== undefined || run.hours !== undefined ? 'manifest' : measured.label,
    });
  }
  let measuredEnergy: MeasuredEnergy | null = null;
  if (run.energyKwh !== undefined) measuredEnergy = { kwh: run.energyKwh, scope: run.energyScope ?? 'gpu' };
  else if (measured.energyKwh !== undefined) measuredEnergy = { kwh: measured.energyKwh, scope: measured.energyScope };
  if (measuredEnergy) {
    ctx.assumptions.push({
      key: 'measuredEnergy',
      label: `Measured energy (${measuredEnergy.scope} scope)`,
      unit: 'kWh',
      value: exact(measuredEnergy.kwh),
      source: run.energyKwh !== undefined ? 'manifest' : measured.label,
    });
  }

  const idleGpuHours = run.idleGpuHours ?? 0;
  const idlePowerFraction = hw.idlePowerFraction ?? DEFAULT_IDLE_POWER_FRACTION.central;
  if (idleGpuHours > 0) {
    ctx.assumptions.push({
      key: 'idlePowerFraction',
      label: 'Idle power share',
      unit: '',
      value: exact(idlePowerFraction),
      source: hw.idlePowerFraction !== undefined ? 'manifest' : sourceLabel(DEFAULT_IDLE_POWER_FRACTION.source),
    });
  }
  return { gpuCount, measuredGpuHours, measuredEnergy, idleGpuHours, idlePowerFraction };
}
