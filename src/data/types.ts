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

/**
 * Where a manufacturing figure comes from: `published` (an LCA, a vendor PCF or a model's published
 * result for that device) or `estimated` (this project's bottom-up model, src/data/embodied-model.ts).
 */
export type EmbodiedBasis = 'published' | 'estimated';

export interface EmbodiedFigure extends SourcedRange {
  readonly basis: EmbodiedBasis;
}

/** An accelerator's manufacturing impacts: every criterion known, each tagged published or estimated. */
export interface AcceleratorEmbodied {
  readonly gwp: EmbodiedFigure;
  readonly adpe: EmbodiedFigure;
  readonly pe: EmbodiedFigure;
}

/** Process nodes the embodied model has per-area factors for (foundry marketing names, by family). */
export const PROCESS_NODES = ['16nm', '12nm', '10nm', '8nm', '7nm', '6nm', '5nm', '4nm', '3nm'] as const;
export type ProcessNode = (typeof PROCESS_NODES)[number];

export const MEMORY_TYPES = ['HBM2', 'HBM2e', 'HBM3', 'HBM3e', 'GDDR6', 'GDDR6X', 'GDDR7'] as const;
export type MemoryType = (typeof MEMORY_TYPES)[number];

/**
 * Board class, for the board, heatsink and casing term of the embodied model: `module` (SXM, OAM,
 * TPU and Trainium boards), `pcie` (full-height, double-width card) or `low-profile` (single-slot,
 * ≤ 75 W cards such as T4 and L4).
 */
export const FORM_FACTORS = ['module', 'pcie', 'low-profile'] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];

/** A die area: published (a number) or a stated assumption (a range, its note saying why). */
export type AreaMm2 = number | { readonly low: number; readonly central: number; readonly high: number };

/** One kind of logic die in the package (chiplets: one entry per kind). */
export interface DieFacts {
  readonly areaMm2: AreaMm2;
  /** Process node; `unknown` when not published (the model then spans every node). */
  readonly node: ProcessNode | 'unknown';
  readonly count: number;
}

/** The physical facts the embodied estimate needs, with where they come from. */
export interface SiliconFacts {
  readonly dies: readonly DieFacts[];
  readonly memoryType: MemoryType;
  readonly formFactor: FormFactor;
  /** Datasheet or whitepaper giving die area and node (and its note when a fact is assumed). */
  readonly source: Source;
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
  'cdna4',
  'tpu-v4',
  'tpu-v5',
  'tpu-v6',
  'gaudi2',
  'gaudi3',
  'trainium1',
  'trainium2',
] as const;
export type GpuGeneration = (typeof GPU_GENERATIONS)[number];

export type AcceleratorVendor = 'nvidia' | 'amd' | 'google' | 'intel' | 'aws';

/**
 * What the calculation needs to know about an accelerator: a catalogue GPU, or a custom accelerator
 * defined inline in a run (`hardware: { name, powerW, peakTflops, memoryGb, ... }`), which may not
 * know its generation or release year.
 */
export interface AcceleratorSpec {
  /** Stable identifier used in manifests: lower-case, dashes, e.g. "h100-sxm" ("custom" inline). */
  readonly id: string;
  /** Full marketing name, e.g. "NVIDIA H100 SXM5 80GB". */
  readonly name: string;
  readonly generation?: GpuGeneration;
  readonly releaseYear?: number;
  readonly memoryGb: number;
  /** Maximum board power / TDP in W (the methodology's P_gpu). */
  readonly powerW: number;
  /** Dense (no sparsity) peak TFLOP/s per precision; absent where the chip has no such mode. */
  readonly peakTflops: Partial<Record<Precision, number>>;
  /** Source of power, memory and peaks. */
  readonly source: Source;
  /** Manufacturing impacts, each criterion published or estimated. */
  readonly embodied: AcceleratorEmbodied;
  /** Server profile this GPU is usually installed in (an id of SERVER_PROFILES). */
  readonly serverProfile: string;
}

export interface GpuSpec extends AcceleratorSpec {
  /**
   * Other spellings that should resolve to this GPU, lower-case: the names nvidia-smi and CodeCarbon
   * print (e.g. "nvidia h100 80gb hbm3"), common short forms ("h100").
   */
  readonly aliases: readonly string[];
  readonly vendor: AcceleratorVendor;
  /**
   * Micro-architecture generation ("volta", "ampere", "hopper", "cdna3", "tpu-v5"...): what the
   * realised-throughput model and the embodied estimate key on.
   */
  readonly generation: GpuGeneration;
  /** Year the accelerator became generally available (datasheet or launch announcement). */
  readonly releaseYear: number;
  /** Die area, node, memory type and board class, for the embodied estimate. */
  readonly silicon: SiliconFacts;
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
  /** Water consumed per kWh generated (off-site water of the electricity), L/kWh. Every grid has one. */
  readonly water: SourcedRange;
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
