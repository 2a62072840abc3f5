/**
 * The footprint of one run: METHODOLOGY.md sections 2–5 (GPU time, energy, operational and embodied
 * impacts, prefix cache) and the section-8 additions (several criteria, uncertainty ranges).
 * Pure: every figure comes from the resolved inputs passed in, never from I/O or globals.
 */
import { type WorkloadFlops } from './flops.js';
import { add, div, exact, mul, scale, type Range } from './range.js';

export const HOURS_PER_YEAR = 24 * 365.25;
/** Section 4: lifetime L defaults to 5 years = 43,830 h. */
export const DEFAULT_LIFETIME_HOURS = 5 * HOURS_PER_YEAR;
/** Section 2 beyond: implied MFU outside the open interval (min, max) earns a warning. */
export const PLAUSIBLE_MFU = { min: 0.05, max: 0.75 } as const;

/** The impact criteria of section 8. GWP is always known; the others may lack a sourced factor. */
export const CRITERIA = ['gwp', 'water', 'adpe', 'pe'] as const;
export type Criterion = (typeof CRITERIA)[number];
export const CRITERION_UNITS: Record<Criterion, string> = {
  gwp: 'kgCO2e',
  water: 'L',
  adpe: 'kgSbeq',
  pe: 'MJ',
};

/** Per-kWh factors of the electricity a run draws (grid mix). `null` = no sourced factor. */
export interface ElectricityFactors {
  readonly gwp: Range;
  readonly water: Range | null;
  readonly adpe: Range | null;
  readonly pe: Range | null;
}

/** Manufacturing impacts of one device (a GPU, or a server's non-GPU parts). `null` = no source. */
export interface EmbodiedFactors {
  readonly gwp: Range | null;
  readonly water: Range | null;
  readonly adpe: Range | null;
  readonly pe: Range | null;
}

/**
 * How far a measured energy figure reaches, which decides what is still added to it:
 * - `gpu`: GPU boards only (nvidia-smi): the server share is added, PUE applies;
 * - `server`: the whole server (CodeCarbon: CPU + GPU + RAM): PUE applies, no server share;
 * - `facility`: metered at the facility: used as it is.
 */
export type EnergyScope = 'gpu' | 'server' | 'facility';

export interface MeasuredEnergy {
  readonly kwh: number;
  readonly scope: EnergyScope;
}

/** Everything the core needs about one run, already resolved from catalogue, manifest and metrics. */
export interface RunInputs {
  /** FLOPs of the workload; null when a run is known only from measurements. */
  readonly flops: WorkloadFlops | null;
  /**
   * Section 5 prefix cache: r = reused share of prompt tokens (a range in the exploratory mode),
   * α = residual impact of a cached token.
   */
  readonly cache: { readonly reuseRate: Range; readonly residual: number } | null;
  /** Peak dense FLOP/s of one GPU at the run's precision (C). */
  readonly peakFlops: number;
  readonly mfu: Range;
  readonly gpuPowerW: Range;
  readonly gpuCount: number | null;
  /** Server non-GPU power (W) and GPUs per server (k); power 0 leaves the server share out. */
  readonly serverNonGpuPowerW: Range;
  readonly gpusPerServer: number;
  readonly pue: Range;
  /** On-site water use effectiveness, L per kWh of IT energy; null when unknown. */
  readonly wue: Range | null;
  readonly electricity: ElectricityFactors;
  readonly lifetimeHours: Range;
  readonly gpuEmbodied: EmbodiedFactors;
  readonly serverEmbodied: EmbodiedFactors;
  readonly measuredGpuHours: number | null;
  readonly measuredEnergy: MeasuredEnergy | null;
  /** Reserved but idle GPU-hours (section 8): they draw idle power and age the hardware. */
  readonly idleGpuHours: number;
  readonly idlePowerFraction: number;
  /**
   * A run measured on a machine without accelerators (a CPU-only CodeCarbon file): GPU-hours do not
   * apply; the server profile is the machine itself (k = 1), aged over its measured hours.
   */
  readonly cpuOnly?: { readonly machineHours: number } | null;
}

export type Basis = 'measured-energy' | 'measured-gpu-hours' | 'theoretical';

export interface PartImpacts {
  readonly gpu: Range | null;
  readonly server: Range | null;
  readonly total: Range | null;
}

export interface CriterionImpacts {
  readonly operational: PartImpacts;
  readonly embodied: PartImpacts;
  /** Operational + embodied; null when either side has no sourced factor. */
  readonly total: Range | null;
}

/**
 * The total of a criterion as far as it is known: operational plus the embodied parts that have a
 * sourced factor. `complete` is false when a part is missing (the value is then a lower bound);
 * null when even the operational side has no factor.
 */
export function knownTotal(i: CriterionImpacts): { value: Range; complete: boolean } | null {
  if (i.total) return { value: i.total, complete: true };
  if (!i.operational.total) return null;
  const known = [i.operational.total, i.embodied.gpu, i.embodied.server].filter((x): x is Range => x !== null);
  return { value: known.reduce(add), complete: false };
}

export interface RunFootprint {
  /** FLOPs after the prefix-cache discount (section 5); null without a workload. */
  readonly flops: number | null;
  /** Prefix-cache multiplier on the prompt part, 1 - r + r · α (1 when no cache is declared). */
  readonly promptImpactFactor: number;
  readonly gpuHours: {
    readonly theoretical: Range | null;
    readonly measured: number | null;
    /** The GPU-hours every time-based figure uses (measured when known); 0 for a CPU-only run. */
    readonly used: Range;
    /** False for a CPU-only run: GPU-hours do not apply (its machine-hours age the server instead). */
    readonly applicable: boolean;
  };
  readonly impliedMfu: number | null;
  readonly basis: Basis;
  /** Facility energy (PUE applied) in kWh, split into the GPU part and the per-GPU server share. */
  readonly energyKwh: { readonly gpu: Range; readonly server: Range; readonly total: Range };
  /** IT energy before PUE, kWh (what on-site water use scales with). */
  readonly itEnergyKwh: Range;
  readonly impacts: Record<Criterion, CriterionImpacts>;
  /**
   * Operational water in its two parts: on-site (cooling, WUE × IT energy) and off-site (consumed
   * generating the electricity, water intensity × facility energy); null where a factor is unknown.
   */
  readonly water: { readonly onsite: Range | null; readonly offsite: Range | null };
  readonly warnings: readonly RunWarning[];
}

export interface RunWarning {
  readonly code: 'implied-mfu-inconsistent' | 'implied-mfu-implausible' | 'no-gpu-hours' | 'measured-zero';
  readonly message: string;
}

/** Section 5: impact of the prompt part after prefix caching, as a multiplier. */
export function promptImpactFactor(reuseRate: number, residual: number): number {
  return 1 - reuseRate + reuseRate * residual;
}

/** Section 2: GPUh_theoretical = F / (C · MFU · 3600). */
export function theoreticalGpuHours(flops: number | Range, peakFlops: number, mfu: Range): Range {
  return div(typeof flops === 'number' ? exact(flops) : flops, scale(mfu, peakFlops * 3600));
}

/** Section 2 beyond: implied MFU = F / (GPUh_measured · C · 3600). */
export function impliedMfu(flops: number, measuredGpuHours: number, peakFlops: number): number {
  return flops / (measuredGpuHours * peakFlops * 3600);
}

/** IT energy (kWh) = GPUh · P / 1000, for the GPU or for the server share P_server / k. */
export function itEnergyKwh(gpuHours: Range, powerW: Range): Range {
  return mul(gpuHours, scale(powerW, 1 / 1000));
}

/** Section 3: E (kWh) = GPUh · P / 1000 · PUE. */
export function facilityEnergyKwh(gpuHours: Range, powerW: Range, pue: Range): Range {
  return mul(itEnergyKwh(gpuHours, powerW), pue);
}

/** Section 4: impact = GPUh / L · embodied per device (÷ k for the server's non-GPU parts). */
export function embodiedShare(gpuHours: Range, lifetimeHours: Range, perDevice: Range, devicesShared = 1): Range {
  return scale(mul(div(gpuHours, lifetimeHours), perDevice), 1 / devicesShared);
}

function sumOrNull(a: Range | null, b: Range | null): Range | null {
  return a && b ? add(a, b) : null;
}

function parts(gpu: Range | null, server: Range | null): PartImpacts {
  return { gpu, server, total: sumOrNull(gpu, server) };
}

export function computeRunFootprint(run: RunInputs): RunFootprint {
  const warnings: RunWarning[] = [];
  // 1 - r + r·α falls as r rises: the high end of the reuse rate gives the low end of the impact.
  const r = run.cache?.reuseRate;
  const factor: Range = r
    ? {
        low: promptImpactFactor(r.high, run.cache!.residual),
        central: promptImpactFactor(r.central, run.cache!.residual),
        high: promptImpactFactor(r.low, run.cache!.residual),
      }
    : exact(1);
  const flopsRange = run.flops ? add(scale(factor, run.flops.prompt), exact(run.flops.other)) : null;
  const flops = flopsRange?.central ?? null;

  const cpuOnly = run.cpuOnly ?? null;
  const theoretical = flopsRange && !cpuOnly ? theoreticalGpuHours(flopsRange, run.peakFlops, run.mfu) : null;
  const measured = cpuOnly ? null : run.measuredGpuHours;
  const used = measured !== null ? exact(measured) : (theoretical ?? exact(0));
  if (measured === null && theoretical === null && !cpuOnly) {
    warnings.push({
      code: 'no-gpu-hours',
      message: 'Neither FLOPs nor measured GPU-hours are known: embodied impacts and the server share are 0.',
    });
  }

  if (measured === 0 && flops !== null && flops > 0) {
    warnings.push({
      code: 'measured-zero',
      message: 'Measured GPU-hours are 0 although the run describes work: time-based figures are 0. Check hours, gpuHours or the metrics file.',
    });
  }

  let implied: number | null = null;
  if (flops !== null && measured !== null && measured > 0) {
    implied = impliedMfu(flops, measured, run.peakFlops);
    if (implied > 1) {
      warnings.push({
        code: 'implied-mfu-inconsistent',
        message:
          `Implied MFU is ${implied.toFixed(2)} (> 1): the GPUs would have run faster than their peak. ` +
          'Check the GPU type and precision, the GPU count and hours, or the parameter and token counts.',
      });
    } else if (implied <= PLAUSIBLE_MFU.min || implied >= PLAUSIBLE_MFU.max) {
      warnings.push({
        code: 'implied-mfu-implausible',
        message:
          `Implied MFU is ${implied.toFixed(3)}, outside the plausible ${PLAUSIBLE_MFU.min}–${PLAUSIBLE_MFU.max}: ` +
          (implied < PLAUSIBLE_MFU.min
            ? 'the measured hours likely include idle, queueing or failed time, or the token count is too low.'
            : 'the token count or model size may be overstated, or the precision peak too low.'),
      });
    }
  }

  // Idle reserved GPU-hours draw a fraction of board power and age the hardware like busy ones.
  const idle = exact(run.idleGpuHours);
  // What ages the hardware: GPU-hours, or the machine-hours of a CPU-only run.
  const busyAndIdle = cpuOnly ? exact(cpuOnly.machineHours) : add(used, idle);
  const idlePower = scale(run.gpuPowerW, run.idlePowerFraction);
  const serverPowerPerGpu = scale(run.serverNonGpuPowerW, 1 / run.gpusPerServer);

  // IT energy first (what the hardware draws, and what on-site cooling water scales with), then PUE
  // once: dividing a facility figure by PUE would pair opposite ends of the PUE range.
  let gpuIt = add(itEnergyKwh(used, run.gpuPowerW), itEnergyKwh(idle, idlePower));
  let serverIt = itEnergyKwh(busyAndIdle, serverPowerPerGpu);
  let basis: Basis = measured !== null ? 'measured-gpu-hours' : 'theoretical';
  const me = run.measuredEnergy;
  if (me) {
    basis = 'measured-energy';
    // A facility-metered figure already includes PUE: its IT share is estimated from the PUE.
    gpuIt = me.scope === 'facility' ? div(exact(me.kwh), run.pue) : exact(me.kwh);
    if (me.scope !== 'gpu') serverIt = exact(0);
    // No GPU: the measured energy is all the server's.
    if (cpuOnly) [gpuIt, serverIt] = [exact(0), gpuIt];
  }
  const gpuEnergy = me?.scope === 'facility' && !cpuOnly ? exact(me.kwh) : mul(gpuIt, run.pue);
  const serverEnergy = mul(serverIt, run.pue);
  const totalEnergy = add(gpuEnergy, serverEnergy);
  const itEnergy = add(gpuIt, serverIt);

  const impacts = {} as Record<Criterion, CriterionImpacts>;
  const onsite = (it: Range) => (run.wue ? mul(it, run.wue) : null);
  for (const c of CRITERIA) {
    const perKwh = run.electricity[c];
    let opGpu = perKwh ? mul(gpuEnergy, perKwh) : null;
    let opServer = perKwh ? mul(serverEnergy, perKwh) : null;
    if (c === 'water') {
      // Water = on-site cooling (WUE × IT energy) + the water intensity of the electricity.
      opGpu = sumOrNull(opGpu, onsite(gpuIt));
      opServer = sumOrNull(opServer, onsite(serverIt));
    }
    const gpuEmb = run.gpuEmbodied[c];
    const srvEmb = run.serverEmbodied[c];
    const embGpu = gpuEmb ? embodiedShare(busyAndIdle, run.lifetimeHours, gpuEmb) : null;
    const embServer = srvEmb ? embodiedShare(busyAndIdle, run.lifetimeHours, srvEmb, cpuOnly ? 1 : run.gpusPerServer) : null;
    const operational = parts(opGpu, opServer);
    const embodied = parts(embGpu, embServer);
    // Water is on-site + off-site operational water (section 8); manufacturing water counts only
    // where a device has a figure, so without one the operational total is the whole criterion.
    const waterWithoutEmbodied = c === 'water' && !gpuEmb && !srvEmb;
    impacts[c] = { operational, embodied, total: waterWithoutEmbodied ? operational.total : sumOrNull(operational.total, embodied.total) };
  }

  return {
    flops,
    promptImpactFactor: factor.central,
    gpuHours: { theoretical, measured, used, applicable: !cpuOnly },
    impliedMfu: implied,
    basis,
    energyKwh: { gpu: gpuEnergy, server: serverEnergy, total: totalEnergy },
    itEnergyKwh: itEnergy,
    impacts,
    water: {
      onsite: onsite(itEnergy),
      offsite: run.electricity.water ? mul(totalEnergy, run.electricity.water) : null,
    },
    warnings,
  };
}
