/**
 * Measurements: what a run's job-metrics files say, merged (first), and the measured GPU time and
 * energy the footprint uses (step 4), where the run's own fields win over its metrics files.
 */
import type { MeasuredEnergy } from '../../core/footprint.js';
import { exact } from '../../core/range.js';
import { DEFAULT_IDLE_POWER_FRACTION } from '../../data/defaults.js';
import type { ManifestRun } from '../../inputs/manifest/schema.js';
import type { JobMeasurement } from '../../inputs/metrics/types.js';
import { fieldSource, problem, sourceLabel, type ResolveContext } from './context.js';

/**
 * A file's figures as the run counts them: with `dedupe: per-machine`, a CodeCarbon file whose
 * trackers measured the same machine counts each machine once.
 */
function asCounted(m: JobMeasurement, dedupe: 'none' | 'per-machine' | undefined): JobMeasurement {
  if (dedupe !== 'per-machine' || !m.perMachine) return m;
  const p = m.perMachine;
  return { ...m, energyKwh: p.energyKwh, gpuHours: p.gpuHours, machineHours: p.machineHours, reportedEmissionsKg: p.reportedEmissionsKg };
}

/** Measured values of all the run's metrics files together. */
export function mergeMeasurements(files: readonly JobMeasurement[], dedupe?: 'none' | 'per-machine') {
  const measurements = files.map((m) => asCounted(m, dedupe));
  /** The PUE / WUE the files' tool had applied, energy-weighted over the files that say. */
  const weighted = (f: (m: JobMeasurement) => number | null | undefined) => {
    const said = measurements.filter((m) => f(m) != null && m.energyKwh !== null);
    const energy = said.reduce((a, m) => a + m.energyKwh!, 0);
    return said.length && energy > 0 ? said.reduce((a, m) => a + f(m)! * m.energyKwh!, 0) / energy : undefined;
  };
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
    /** Every file recorded no accelerator (CPU-only CodeCarbon files). */
    cpuOnly: measurements.length > 0 && measurements.every((m) => m.cpuOnly === true),
    machineHours: sum((m) => m.machineHours ?? null),
    /** PUE the tool had applied and divided back out (the run's PUE unless it sets one). */
    pueApplied: weighted((m) => m.pueApplied),
    /** WUE the tool was given, per kWh of its PUE-included energy. */
    wue: weighted((m) => m.wue),
    /** Files whose trackers measured the same machine, counted per machine or not. */
    duplicates: files.filter((m) => m.perMachine).map((m) => m.file),
    dedupe: dedupe ?? 'none',
    /** Every file's warnings, "file: warning". */
    warnings: files.flatMap((m) => m.warnings.map((w) => `${m.file}: ${w}`)),
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

export function resolveMeasuredTime(ctx: ResolveContext, run: ManifestRun, measured: MergedMeasurements, cpuOnly: boolean): ResolvedMeasuredTime {
  const hw = run.hardware ?? {};
  const gpuCount = cpuOnly ? null : (hw.count ?? measured.gpuCount ?? null);
  let measuredGpuHours: number | null = null;
  if (cpuOnly) {
    // No GPU: the machine's hours age the server instead of GPU-hours.
    const machineHours = run.hours ?? measured.machineHours ?? 0;
    ctx.assumptions.push({
      key: 'machineHours',
      label: 'Measured machine-hours (no GPU)',
      unit: 'h',
      value: exact(machineHours),
      source: run.hours !== undefined ? 'manifest' : measured.label,
    });
    measuredGpuHours = machineHours;
  } else if (run.gpuHours !== undefined) measuredGpuHours = run.gpuHours;
  else if (run.hours !== undefined) {
    if (gpuCount === null) problem(ctx, 'hardware.count', 'is required with hours (measured GPUh = count × hours)');
    else measuredGpuHours = gpuCount * run.hours;
  } else if (measured.gpuHours !== undefined) measuredGpuHours = measured.gpuHours;
  else if (measured.wallClockHours !== undefined && gpuCount !== null) measuredGpuHours = measured.wallClockHours * gpuCount;
  if (measuredGpuHours !== null && !cpuOnly) {
    ctx.assumptions.push({
      key: 'measuredGpuHours',
      label: 'Measured GPU-hours',
      unit: 'GPUh',
      value: exact(measuredGpuHours),
      source: run.gpuHours !== undefined ? fieldSource(ctx, 'gpuHours') : run.hours !== undefined ? fieldSource(ctx, 'hours') : measured.label,
    });
  }
  let measuredEnergy: MeasuredEnergy | null = null;
  if (run.energyKwh !== undefined) measuredEnergy = { kwh: run.energyKwh, scope: run.energyScope ?? 'gpu' };
  else if (measured.energyKwh !== undefined) measuredEnergy = { kwh: measured.energyKwh, scope: measured.energyScope };
  if (measuredEnergy) {
    const fromFiles = run.energyKwh === undefined;
    const perMachine = fromFiles && measured.dedupe === 'per-machine' && measured.duplicates.length > 0;
    ctx.assumptions.push({
      key: 'measuredEnergy',
      label: `Measured energy (${measuredEnergy.scope} scope${fromFiles && measured.pueApplied !== undefined ? ', before PUE' : ''}${perMachine ? ', one tracker per machine' : ''})`,
      unit: 'kWh',
      value: exact(measuredEnergy.kwh),
      source: fromFiles ? measured.label : fieldSource(ctx, 'energyKwh'),
    });
  }
  if (run.dedupe === 'per-machine' && measured.duplicates.length === 0) {
    ctx.assumptions.push({
      key: 'dedupe',
      label: 'De-duplication per machine',
      unit: '',
      value: 'no trackers of one machine found in the metrics: nothing removed',
      source: 'manifest',
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
