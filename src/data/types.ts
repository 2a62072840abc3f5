/**
 * Types of the sourced data catalogue. Every default the calculation uses carries the publication it
 * comes from and the year of the figure, so that any number in a report can be traced back.
 */

export interface Source {
  /** Publication or document title, e.g. "NVIDIA H100 Tensor Core GPU datasheet". */
  readonly title: string;
  /** Where to read it. */
  readonly url?: string;
  /** Year the figure refers to (or was published, when it has no reference year). */
  readonly year: number;
  /** How the figure was derived from the source, when it is not copied as printed. */
  readonly note?: string;
}

/** A value with its spread where sources differ: low <= central <= high. */
export interface SourcedRange {
  readonly low: number;
  readonly central: number;
  readonly high: number;
  readonly source: Source;
}

export const PRECISIONS = ['fp8', 'bf16', 'fp16', 'tf32', 'fp32'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Manufacturing impacts of one device. Criteria with no published figure are absent. */
export interface EmbodiedData {
  /** kgCO2e per device. */
  readonly gwp?: SourcedRange;
  /** kgSbeq per device. */
  readonly adpe?: SourcedRange;
  /** MJ per device. */
  readonly pe?: SourcedRange;
  /** L per device. */
  readonly water?: SourcedRange;
}

export const GPU_GENERATIONS = [
  'volta',
  'turing',
  'ampere',
  'ada',
  'hopper',
  'blackwell',
  'cdna2',
  'cdna3',
  'tpu-v4',
  'tpu-v5',
] as const;
export type GpuGeneration = (typeof GPU_GENERATIONS)[number];

export interface GpuSpec {
  /** Stable identifier used in manifests: lower-case, dashes, e.g. "h100-sxm". */
  readonly id: string;
  /** Full marketing name, e.g. "NVIDIA H100 SXM5 80GB". */
  readonly name: string;
  /**
   * Other spellings that should resolve to this GPU, lower-case: the names nvidia-smi and CodeCarbon
   * print (e.g. "nvidia h100 80gb hbm3"), common short forms ("h100").
   */
  readonly aliases: readonly string[];
  readonly vendor: 'nvidia' | 'amd' | 'google';
  /**
   * Micro-architecture generation ("volta", "ampere", "hopper", "cdna3", "tpu-v5"...): what the
   * realised-throughput model and the embodied estimate key on.
   */
  readonly generation: GpuGeneration;
  /** Year the accelerator became generally available (datasheet or launch announcement). */
  readonly releaseYear: number;
  readonly memoryGb: number;
  /** Maximum board power / TDP in W (the methodology's P_gpu). */
  readonly powerW: number;
  /** Dense (no sparsity) peak TFLOP/s per precision; absent where the chip has no such mode. */
  readonly peakTflops: Partial<Record<Precision, number>>;
  /** Source of power, memory and peaks. */
  readonly source: Source;
  readonly embodied: EmbodiedData;
  /** Server profile this GPU is usually installed in (an id of SERVER_PROFILES). */
  readonly serverProfile: string;
}

export interface ServerProfile {
  readonly id: string;
  readonly name: string;
  /** GPUs per server (k). */
  readonly gpusPerServer: number;
  /** Power of everything but the GPUs (CPUs, RAM, storage, fans...), W. */
  readonly nonGpuPowerW: number;
  readonly nonGpuEmbodied: EmbodiedData;
  readonly source: Source;
}

/** Per-kWh factors of an electricity mix. */
export interface GridFactors {
  /** Identifier used in manifests: ISO 3166-1 alpha-2 country code ("US", "FR"), "WOR" for world, or an area code. */
  readonly id: string;
  readonly name: string;
  /** kgCO2e per kWh consumed (location-based), with its spread. */
  readonly gwp: SourcedRange;
  /** Water consumed per kWh generated, L/kWh. */
  readonly water?: SourcedRange;
  /** Abiotic depletion potential (elements), kgSbeq per kWh. */
  readonly adpe?: SourcedRange;
  /** Primary energy, MJ per kWh. */
  readonly pe?: SourcedRange;
}

export type Provider = 'aws' | 'gcp' | 'azure' | 'oci' | 'coreweave' | 'on-prem';

export interface ProviderDefaults {
  readonly id: Provider;
  readonly name: string;
  /** Fleet-wide power usage effectiveness. */
  readonly pue: SourcedRange;
  /** On-site water usage effectiveness, L per kWh of IT energy. */
  readonly wue?: SourcedRange;
}

export interface CloudRegion {
  /** "<provider>:<region>", e.g. "aws:us-east-1", "gcp:europe-west4", "azure:westeurope". */
  readonly id: string;
  readonly provider: Provider;
  readonly location: string;
  /** Grid the region draws from (an id of GRIDS). */
  readonly grid: string;
  /** A region-specific kgCO2e/kWh where one is published, overriding the grid's. */
  readonly gwp?: SourcedRange;
}
