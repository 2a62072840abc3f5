/**
 * What a job-metrics file (CodeCarbon CSV, nvidia-smi CSV log, metrics JSON) tells about a training
 * job, normalised. Every figure is `null` when the file does not say it.
 */
import type { EnergyScope } from '../../core/footprint.js';

export type MetricsFormat = 'codecarbon' | 'nvidia-smi' | 'metrics-json';

export const METRICS_FORMATS: readonly MetricsFormat[] = ['codecarbon', 'nvidia-smi', 'metrics-json'];

export interface JobMeasurement {
  readonly file: string;
  readonly format: MetricsFormat;
  /**
   * Run this measurement belongs to, when the file says (metrics JSON `runId`). CodeCarbon's
   * project_name / experiment_id / run_id are tracker ids, not the manifest's run ids: always null there.
   */
  readonly runId: string | null;
  /** Raw GPU name as printed, e.g. "NVIDIA H100 80GB HBM3". */
  readonly gpuModel: string | null;
  readonly gpuCount: number | null;
  readonly wallClockHours: number | null;
  /** Busy GPU-hours when the file tells, else gpuCount × wallClockHours when both are known. */
  readonly gpuHours: number | null;
  readonly energyKwh: number | null;
  /** nvidia-smi → 'gpu'; CodeCarbon → 'server' (CPU + GPU + RAM); metrics JSON → its `energyScope`, default 'gpu'. */
  readonly energyScope: EnergyScope;
  /** What the tool itself reported (CodeCarbon `emissions`, kgCO2e), for cross-checking only. */
  readonly reportedEmissionsKg: number | null;
  /** ISO 3166-1 alpha-2, when derivable. */
  readonly country: string | null;
  readonly cloudProvider: string | null;
  readonly cloudRegion: string | null;
  readonly tokens: number | null;
  /** Data rows (CSV) or objects (JSON) read. */
  readonly samples: number;
  readonly warnings: readonly string[];
  /** True when the tool recorded no accelerator (CodeCarbon: gpu_model empty, a CPU, or an Apple SoC). */
  readonly cpuOnly?: boolean;
  /** Σ tracker durations, h: the machine-hours of a CPU-only file (CodeCarbon). */
  readonly machineHours?: number | null;
  /**
   * The PUE the tool had already applied to the energy it wrote (CodeCarbon ≥ 2.2.3 multiplies every
   * energy column by its `pue`), energy-weighted; `energyKwh` has it divided back out (IT energy).
   * Null when the file has no `pue` column or it is 1 (CodeCarbon's default, i.e. not set).
   */
  readonly pueApplied?: number | null;
  /**
   * The on-site WUE the tool was given (CodeCarbon ≥ 3.0.8 `wue`, L per kWh of its PUE-included
   * energy), energy-weighted; null when absent or 0 (its default, i.e. not set).
   */
  readonly wue?: number | null;
  /**
   * The figures with the trackers of one machine counted once (`dedupe: per-machine`): set when the
   * file has groups of trackers that measured the same machine (one per rank). Null otherwise.
   */
  readonly perMachine?: PerMachineFigures | null;
}

/** A CodeCarbon file's figures when each machine's duplicate trackers count once. */
export interface PerMachineFigures {
  readonly energyKwh: number;
  readonly gpuHours: number | null;
  readonly machineHours: number;
  readonly reportedEmissionsKg: number | null;
  /** Trackers in all, and after de-duplication (machines × one tracker each). */
  readonly trackers: number;
  readonly keptTrackers: number;
}
