/**
 * The training manifest, validated with zod. `version: 1` is a public contract: other tools read it.
 * Every catalogue default can be overridden per run (or for all runs under `defaults`).
 */
import { z } from 'zod';
import {
  findGpu,
  findGrid,
  findProvider,
  findRegion,
  findServerProfile,
  requireGpu,
  requireGrid,
  requireProvider,
  requireRegion,
  requireServerProfile,
  UnknownEntryError,
} from '../../data/catalogue.js';
import { COOLING_TYPES } from '../../data/defaults.js';
import { FORM_FACTORS, GPU_GENERATIONS, MEMORY_TYPES, PROCESS_NODES } from '../../data/types.js';
import { parseQuantity } from './quantity.js';

// A run parses each manifest once: zod's compiled (eval-based) fast path costs more to build than it saves.
z.config({ jitless: true });

/**
 * A catalogue id, checked in the schema so that an unknown one is reported together with the file's
 * other problems, with the closest known ids as a hint.
 */
function catalogueId(label: string, exists: (id: string) => boolean, suggest: (id: string) => string[]) {
  return z
    .string()
    .min(1)
    .superRefine((v, ctx) => {
      if (exists(v)) return;
      const close = suggest(v);
      ctx.addIssue({
        code: 'custom',
        message: `Unknown ${label} "${v}"`,
        params: { hint: close.length ? `did you mean ${close.join(', ')}?` : undefined },
      });
    });
}

/** Suggestions from the error a catalogue lookup throws. */
function suggestionsOf(lookup: (id: string) => unknown): (id: string) => string[] {
  return (id) => {
    try {
      lookup(id);
      return [];
    } catch (e) {
      return e instanceof UnknownEntryError ? e.suggestions : [];
    }
  };
}

const gpuId = catalogueId('GPU', (v) => findGpu(v) !== undefined, suggestionsOf(requireGpu));
const serverId = catalogueId('server profile', (v) => findServerProfile(v) !== undefined, suggestionsOf(requireServerProfile));
const providerId = catalogueId('provider', (v) => findProvider(v) !== undefined, suggestionsOf(requireProvider));
const regionId = catalogueId(
  'region',
  (v) => findRegion(v) !== undefined || findGrid(v) !== undefined,
  (v) => [...new Set([...suggestionsOf(requireRegion)(v), ...suggestionsOf(requireGrid)(v)])].slice(0, 3),
);

/** A non-negative number, written plainly (405e9) or as a human quantity ("405B", "15T"). */
export const quantity = z
  .union([z.number(), z.string()])
  .transform((v, ctx) => {
    const n = typeof v === 'number' ? v : parseQuantity(v);
    if (n === null || !Number.isFinite(n)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a number such as 405e9, "405B" or "1.5T", got ${JSON.stringify(v)}`,
      });
      return z.NEVER;
    }
    return n;
  })
  .pipe(z.number().nonnegative({ error: 'must not be negative' }))
  // `.meta()` and `.describe()` calls below only annotate the editor JSON Schema
  // (scripts/gen-schema.mjs, docs/*.schema.json); they do not change what is accepted.
  .meta({ minimum: 0 });

const positiveQuantity = quantity.pipe(z.number().positive({ error: 'must be greater than 0' })).meta({ exclusiveMinimum: 0 });
const fraction = z.number().min(0).max(1);

/** A figure with an optional spread: 0.4, or { low: 0.25, central: 0.4, high: 0.5 }. */
function rangeOf(value: z.ZodType<number>) {
  return z.union([
    value,
    z
      .strictObject({ low: value, central: value.optional(), high: value })
      .refine((r) => r.low <= r.high && (r.central === undefined || (r.low <= r.central && r.central <= r.high)), {
        error: 'expected low <= central <= high',
      }),
  ]);
}
export type RangeInput = number | { low: number; central?: number | undefined; high: number };

export const RUN_KINDS = [
  'training',
  'fine-tuning',
  'inference',
  'image-generation',
  'video-generation',
  'audio-generation',
] as const;
// `unclassified`: a ledger job that no rule classifies (shown as such, never dropped).
export const PHASES = ['pretraining', 'fine-tuning', 'post-training', 'evaluation', 'inference', 'experiment', 'unclassified'] as const;
export const STATUSES = ['final', 'failed', 'ablation', 'debugging', 'exploration', 'unclassified'] as const;
export const PRECISION_NAMES = ['fp8', 'bf16', 'fp16', 'tf32', 'fp32'] as const;
export const ARCHITECTURES = ['unet', 'dit', 'hybrid', 'codec'] as const;
export const ENERGY_SCOPES = ['gpu', 'server', 'facility'] as const;
export const RECOMPUTE_MODES = ['none', 'selective', 'full'] as const;

const model = z.strictObject({
  config: z
    .string()
    .min(1)
    .optional()
    .describe(
      'A Hugging Face config.json, relative to the manifest: N, N_a, layers and hidden size are computed from the architecture (src/core/parameters.ts).',
    ),
  vocabSize: positiveQuantity
    .pipe(z.number().int({ error: 'must be a whole number of tokens' }))
    .optional()
    .describe("Vocabulary size, for a parameter count from a training config's architecture when the config does not give it."),
  parameters: positiveQuantity.optional().describe('N, total parameters.'),
  activeParameters: positiveQuantity.optional().describe('N_a, active parameters per token (MoE); defaults to N.'),
  trainableParameters: quantity.optional().describe('N_t, trainable parameters (fine-tuning, e.g. LoRA); defaults to N.'),
  layers: positiveQuantity
    .optional()
    .describe('Transformer depth (n_layers): DiT FLOPs, and with hiddenSize and seqLen the training attention term.'),
  hiddenSize: positiveQuantity
    .optional()
    .describe('Transformer width (d_model): DiT FLOPs, and with layers and seqLen the training attention term.'),
  architecture: z
    .enum(ARCHITECTURES)
    .optional()
    .describe('Generation architecture: unet, dit, hybrid (video DiT + 3D VAE) or codec (audio).'),
});

/** Dense peak TFLOP/s: one number (at the run's precision) or one per precision. */
const peakTflops = z.union([
  positiveQuantity,
  z
    .strictObject(Object.fromEntries(PRECISION_NAMES.map((p) => [p, positiveQuantity.optional()])) as Record<(typeof PRECISION_NAMES)[number], z.ZodOptional<typeof positiveQuantity>>)
    .refine((o) => Object.values(o).some((v) => v !== undefined), { error: 'give at least one precision, e.g. { bf16: 989 }' }),
]);
export type PeakTflopsInput = z.infer<typeof peakTflops>;

const hardware = z.strictObject({
  gpu: gpuId.optional().describe('GPU id from the catalogue, e.g. "h100-sxm". Leave it out to describe a custom accelerator with name, powerW, peakTflops and memoryGb.'),
  name: z.string().min(1).max(200).optional().describe('Name of a custom accelerator (no `gpu` id): it is then treated like a catalogue entry.'),
  memoryGb: positiveQuantity.optional().describe('Custom accelerator: memory capacity, GB (for the embodied estimate).'),
  memoryType: z.enum(MEMORY_TYPES).optional().describe('Custom accelerator: memory type (HBM2, HBM2e, HBM3, HBM3e, GDDR6, GDDR6X, GDDR7).'),
  dieAreaMm2: positiveQuantity.optional().describe('Custom accelerator: area of one logic die, mm² (for the embodied estimate).'),
  dies: positiveQuantity.pipe(z.number().int()).optional().describe('Custom accelerator: number of logic dies of that area (default 1).'),
  processNode: z.enum(PROCESS_NODES).optional().describe('Custom accelerator: process node of the logic dies, e.g. "5nm".'),
  formFactor: z.enum(FORM_FACTORS).optional().describe('Custom accelerator: board class (module, pcie, low-profile).'),
  generation: z.enum(GPU_GENERATIONS).optional().describe('Custom accelerator: micro-architecture generation, when it is one of the known ones.'),
  releaseYear: z.number().int().min(2000).max(2100).optional().describe('Custom accelerator: year it became available.'),
  count: positiveQuantity
    .pipe(z.number().int({ error: 'must be a whole number of GPUs' }))
    .optional()
    .describe('Number of GPUs.'),
  precision: z.enum(PRECISION_NAMES).optional().describe('Training precision (default bf16): selects the peak throughput.'),
  // Overrides of the GPU catalogue entry.
  powerW: rangeOf(positiveQuantity).optional().describe("GPU board power, W: overrides the catalogue's."),
  peakTflops: peakTflops
    .optional()
    .describe("Peak dense TFLOPS: a number (at the run's precision) or one per precision, { bf16: 989, fp8: 1979 }; overrides the catalogue's."),
  embodiedKgCo2e: rangeOf(quantity).optional().describe("Embodied emissions of one GPU, kgCO2e: overrides the catalogue's."),
  // Server profile id, or overrides of its non-GPU share.
  server: serverId.optional().describe('Server profile id from the catalogue.'),
  serverPowerW: rangeOf(quantity).optional().describe('Non-GPU power of the server, W.'),
  serverEmbodiedKgCo2e: rangeOf(quantity).optional().describe('Non-GPU embodied emissions of the server, kgCO2e.'),
  gpusPerServer: positiveQuantity.pipe(z.number().int()).optional().describe('GPUs per server, to share its non-GPU part.'),
  lifetimeYears: rangeOf(positiveQuantity).optional().describe('Hardware amortisation lifetime, years (default 5).'),
  idlePowerFraction: fraction
    .optional()
    .describe('Share of board power an idle but reserved GPU draws (default from the catalogue note).'),
});

const cache = z.strictObject({
  reuseRate: rangeOf(fraction).describe(
    'r: share of prompt tokens served from the prefix cache; a { low, central, high } range explores it (section 5).',
  ),
  residual: fraction.default(0).describe('α: residual impact of a cached token (0 = free, 1 = as costly as uncached).'),
});

const generation = z.strictObject({
  latentWidth: positiveQuantity.optional().describe('Latent width (U-Net image and video generation).'),
  latentHeight: positiveQuantity.optional().describe('Latent height (U-Net image and video generation).'),
  latentTokens: positiveQuantity.optional().describe('Patchified latent tokens per item (DiT image and audio generation).'),
  steps: positiveQuantity.optional().describe('Denoising steps (diffusion).'),
  frames: positiveQuantity.optional().describe('Video frames.'),
  temporalCompression: positiveQuantity.optional().describe('Frames per latent frame (DiT video, default 1).'),
  tokensPerFrame: positiveQuantity.optional().describe('Latent tokens per latent frame (DiT video).'),
  codebooks: positiveQuantity.optional().describe('Codebooks per output token (codec audio generation).'),
  outputTokens: positiveQuantity.optional().describe('Output tokens per item (codec audio generation).'),
  items: positiveQuantity.optional().describe('Images, clips or samples generated (default: requests, else 1).'),
});

const teacher = z.strictObject({
  parameters: positiveQuantity.describe("N_teacher: the teacher's parameters (active parameters for a MoE teacher)."),
  logits: z
    .enum(['online', 'precomputed'])
    .optional()
    .describe("online (default): the teacher's forward pass, 2 · N_teacher · D, is added to F; precomputed: it was a separate inference run."),
});

const amortisation = z.strictObject({
  expectedRequests: positiveQuantity.describe('Requests the trained model is expected to serve over its life.'),
  inferenceRun: z
    .string()
    .optional()
    .describe('Id of an inference run in the same manifest whose per-request cost is compared.'),
});

/** D as the training loop counts it; whatever a training config gives may be left out here. */
const tokenCount = z
  .strictObject({
    steps: positiveQuantity.optional().describe('Optimizer steps.'),
    globalBatchSize: positiveQuantity.optional().describe('Samples per step, over all data-parallel ranks.'),
    seqLen: positiveQuantity.optional().describe('Tokens per sample (defaults to the run\'s seqLen).'),
    samples: positiveQuantity.optional().describe('Training samples in all (Megatron --train-samples).'),
    epochs: positiveQuantity.optional().describe('Passes over the dataset.'),
    datasetTokens: positiveQuantity.optional().describe('Tokens in one pass over the dataset.'),
  })
  .describe('D = steps × globalBatchSize × seqLen, samples × seqLen, or epochs × datasetTokens.');
export type TokenCount = z.infer<typeof tokenCount>;

/** Fields of a run; every one of them can also be set under `defaults`. */
export const runFields = {
  name: z.string().optional().describe('Display name.'),
  kind: z.enum(RUN_KINDS).optional().describe('What the run does (default training).'),
  phase: z.enum(PHASES).optional().describe('Lifecycle phase (default from kind).'),
  status: z.enum(STATUSES).optional().describe('Outcome of the run (default final).'),
  component: z.string().optional().describe('Groups runs in the lifecycle split.'),
  tags: z.array(z.string()).optional().describe('Free labels, matched by budget filters.'),
  previousId: z.string().optional().describe('The id this run had on the base branch, so a rename is shown as one.'),
  model: model.optional().describe('Model size and shape.'),
  tokens: z
    .union([quantity, tokenCount])
    .optional()
    .describe(
      'D, tokens processed (training, fine-tuning): a number, or { steps, globalBatchSize, seqLen }, { samples, seqLen } or { epochs, datasetTokens } (fields a trainingConfig gives may be left out).',
    ),
  seqLen: positiveQuantity
    .optional()
    .describe('Training sequence length (tokens per sample): with model.layers and model.hiddenSize, adds 12 · n_layers · d_model · seq_len · D to F (PaLM).'),
  trainingConfig: z
    .string()
    .min(1)
    .optional()
    .describe(
      "The run's training config, relative to the manifest: a NeMo/Megatron YAML, a Megatron-LM launch script, a torchtune, Axolotl or LitGPT config (detected by content).",
    ),
  recompute: z
    .enum(RECOMPUTE_MODES)
    .optional()
    .describe('Activation recomputation (default none): lowers the calibrated MFU by model FLOPs / hardware FLOPs; F is unchanged.'),
  teacher: teacher.optional().describe('Distillation teacher (training, fine-tuning).'),
  hardware: hardware.optional().describe('GPUs, server and their catalogue overrides.'),
  hours: quantity.optional().describe('Wall-clock hours; measured GPUh = count × hours.'),
  gpuHours: quantity.optional().describe('Measured GPU-hours, given directly.'),
  idleGpuHours: quantity
    .optional()
    .describe('Reserved but idle GPU-hours (queueing, failures, holds), added to the footprint.'),
  energyKwh: quantity.optional().describe('Measured energy, kWh (what it covers: energyScope).'),
  energyScope: z.enum(ENERGY_SCOPES).optional().describe('What energyKwh covers: gpu, server or facility.'),
  mfu: rangeOf(
    positiveQuantity.pipe(z.number().max(1, { error: 'MFU is a fraction of peak: at most 1' })).meta({ maximum: 1 }),
  )
    .optional()
    .describe(
      'Model FLOPs utilisation, a fraction of peak. Default: training and fine-tuning from the calibrated throughput model (or measured runs on the same GPU); other runs 0.25–0.50, central 0.40.',
    ),
  pue: rangeOf(quantity.pipe(z.number().min(1, { error: 'PUE is at least 1' })).meta({ minimum: 1 }))
    .optional()
    .describe("Power usage effectiveness (at least 1): overrides the region's or provider's."),
  gridIntensity: rangeOf(quantity).optional().describe("Grid emission factor, kgCO2e/kWh: overrides the region's."),
  region: regionId
    .optional()
    .describe('Country code ("FR"), grid area or cloud region ("aws:us-east-1", "gcp:europe-west4").'),
  provider: providerId.optional().describe('Cloud or data-centre provider from the catalogue.'),
  wue: rangeOf(quantity).optional().describe('On-site water use effectiveness, L/kWh of IT energy.'),
  cooling: z
    .enum(COOLING_TYPES)
    .optional()
    .describe('Cooling of the site (dry, evaporative, cooling-tower), for its on-site WUE when the operator publishes none.'),
  electricityWater: rangeOf(quantity)
    .optional()
    .describe("Water consumed per kWh of electricity, L/kWh: overrides the grid's."),
  metrics: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe('Job-metrics files for this run (CodeCarbon CSV, nvidia-smi log, metrics JSON), relative to the manifest.'),
  dedupe: z
    .enum(['none', 'per-machine'])
    .optional()
    .describe(
      'per-machine: CodeCarbon trackers that measured the same machine (one per rank: same GPU model, overlapping in time, near-equal GPU energy, at least one per GPU) count once per machine.',
    ),
  // Inference
  requests: positiveQuantity.optional().describe('Inference requests served.'),
  promptTokens: quantity.optional().describe('Prompt tokens per request (inference).'),
  outputTokens: quantity.optional().describe('Output tokens per request (inference).'),
  cache: cache.optional().describe('Prefix cache (inference).'),
  // Multimodal generation
  generation: generation.optional().describe('Multimodal generation workload.'),
  amortisation: amortisation.optional().describe("Training's share per 1,000 requests, next to an inference run's cost."),
};

export const runSchema = z
  .strictObject({
    id: z
      .string({ error: 'every run needs an id (a unique string)' })
      .min(1)
      .max(200)
      .regex(/^[^\s]/, { error: 'must not start with white space' })
      .describe('Unique run id.'),
    ...runFields,
  })
  .describe('A training, fine-tuning, inference or generation run.');

export const defaultsSchema = z
  .strictObject(runFields)
  .describe('Fields applied to every run (objects such as hardware merge one level deep).');

export const BUDGET_METRICS = ['emissions', 'energy', 'gpu-hours', 'water'] as const;
export const BUDGET_UNITS: Record<(typeof BUDGET_METRICS)[number], string> = {
  emissions: 'kgCO2e',
  energy: 'kWh',
  'gpu-hours': 'GPUh',
  water: 'L',
};

/** A carbon budget (see src/model/budget.ts for how it is evaluated). */
export const budgetSchema = z
  .strictObject({
    name: z.string().min(1).max(100).optional().describe('Shown in the comment and in failure messages.'),
    metric: z.enum(BUDGET_METRICS).describe('What is limited; limits are in kgCO2e, kWh, GPUh or L.'),
    scope: z.enum(['total', 'per-run']).default('total').describe('The sum over matching runs, or each matching run on its own.'),
    limit: z
      .enum(['absolute', 'increase', 'increase-percent', 'share'])
      .default('absolute')
      .describe(
        'The figure itself, its increase against the base branch, that increase in percent, or the matching runs\' share of all runs in percent (e.g. failed runs ≤ 15 % of GPU-hours).',
      ),
    figure: z.enum(['central', 'high']).default('central').describe('Central estimate, or the high end of the uncertainty range.'),
    part: z
      .enum(['total', 'operational', 'embodied'])
      .default('total')
      .describe('Operational, embodied or both (emissions and water).'),
    warn: quantity.optional().describe('Warn when the figure is strictly above this.'),
    fail: quantity.optional().describe('Fail when the figure is strictly above this.'),
    phase: z.enum(PHASES).optional().describe('Only runs of this phase.'),
    status: z.enum(STATUSES).optional().describe('Only runs of this status.'),
    component: z.string().optional().describe('Only runs of this component.'),
    tag: z.string().optional().describe('Only runs with this tag.'),
    approvers: z
      .array(z.string())
      .optional()
      .describe('Who may approve an override (shown in the comment), e.g. "@org/ml-platform".'),
  })
  .refine((b) => b.warn !== undefined || b.fail !== undefined, { error: 'a budget needs a warn or a fail limit (or both)' })
  .refine((b) => b.warn === undefined || b.fail === undefined || b.warn <= b.fail, {
    error: 'the warn limit must not be above the fail limit',
  })
  .describe('A budget: a warn and/or fail level on emissions, energy, GPU-hours or water.');

export const budgetsSchema = z.array(budgetSchema);
export type Budget = z.infer<typeof budgetSchema>;

// ------------------------------------------------------------------------------------------------
// Ledgers: the records a lab already keeps (scheduler accounting, experiment trackers), read job by
// job and classified by `rules` (src/inputs/ledgers/).

export const LEDGER_FORMATS = ['auto', 'sacct', 'sacct-json', 'mlflow', 'wandb', 'wandb-json', 'wandb-run', 'hf-trainer'] as const;
export const ENERGY_UNITS = ['J', 'kJ', 'MJ', 'Wh', 'kWh'] as const;
export const DURATION_UNITS = ['s', 'min', 'h', 'slurm'] as const;

const columnName = z.string().min(1).max(200);
const oneOrMore = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);
const wholeCount = positiveQuantity.pipe(z.number().int({ error: 'must be a whole number' })).meta({ exclusiveMinimum: 0 });

/** Which column holds a field of a delimited ledger (sacct-style text, or a custom layout such as Jean Zay's). */
const ledgerFields = z
  .strictObject({
    id: columnName.optional().describe('Job id (sacct JobID: 123, 123_4 array task, 123+0 het component, 123.batch step).'),
    rawId: columnName.optional().describe('Unique numeric id (sacct JobIDRaw), used to count a job once across files.'),
    name: columnName.optional().describe('Job or run name (sacct JobName).'),
    state: columnName.optional().describe('Scheduler state (sacct State).'),
    start: columnName.optional().describe('Start time, ISO 8601 (sacct Start).'),
    end: columnName.optional().describe('End time, ISO 8601 (sacct End).'),
    elapsed: z
      .union([columnName, z.strictObject({ column: columnName, unit: z.enum(DURATION_UNITS) })])
      .optional()
      .describe('Run time: sacct ElapsedRaw (s) or Elapsed ([DD-[HH:]]MM:SS, unit `slurm`).'),
    account: columnName.optional().describe('Account (sacct Account).'),
    partition: columnName.optional().describe('Partition (sacct Partition).'),
    user: columnName.optional().describe('User (sacct User).'),
    group: columnName.optional().describe('A grouping the rules can match (W&B group, MLflow experiment).'),
    tags: oneOrMore(columnName).optional().describe('Columns whose values are tags for the rules (sacct WCKey).'),
    tres: columnName.optional().describe('Allocated TRES, e.g. "cpu=64,gres/gpu:h100=8,node=1" (sacct AllocTRES).'),
    gres: columnName.optional().describe('Legacy allocated GRES, e.g. "gpu:tesla:2" (sacct AllocGRES).'),
    nodes: columnName.optional().describe('Node count (sacct NNodes).'),
    energy: z
      .union([columnName, z.strictObject({ column: columnName, unit: z.enum(ENERGY_UNITS) })])
      .optional()
      .describe('Consumed energy (sacct ConsumedEnergyRaw, joules).'),
    gpus: z
      .union([columnName, z.record(z.string(), gpuId)])
      .optional()
      .describe('GPU count column, or one count column per GPU model (e.g. { A100_80GB: a100-80gb-sxm }).'),
    gpuType: columnName.optional().describe('Column naming the GPU model.'),
  })
  .describe('Column names of a delimited ledger, by field; sacct names are the default.');

export const ledgerObjectSchema = z
  .strictObject({
    path: oneOrMore(z.string().min(1)).describe('Path(s) or glob(s) relative to the manifest; "!" excludes.'),
    format: z.enum(LEDGER_FORMATS).default('auto').describe('auto detects it from each file\'s content.'),
    delimiter: z.string().length(1).optional().describe('Field delimiter of delimited text (default "|", as sacct -p/-P).'),
    columns: z
      .array(columnName)
      .min(1)
      .optional()
      .describe('Column names of a headerless dump (sacct -n), in order, e.g. the --format list.'),
    fields: ledgerFields.optional(),
    gpuTypes: z
      .record(z.string(), gpuId)
      .optional()
      .describe('GPU names as the ledger writes them (gres type, tracker GPU name) → catalogue GPU id.'),
    gpu: gpuId.optional().describe('GPU of jobs that do not name one (after gres types and rules).'),
    gpus: wholeCount.optional().describe('GPU count of jobs that do not give one (tracker runs).'),
    energyScope: z
      .enum([...ENERGY_SCOPES, 'none'])
      .optional()
      .describe('What the ledger\'s energy covers (default server: a node-level energy plugin); none ignores it.'),
    asOf: z.iso
      .datetime({ local: true, offset: true })
      .optional()
      .describe('When the ledger was written: running jobs count up to then (default: its latest timestamp).'),
    region: regionId.optional().describe("Where the ledger's jobs ran (else the manifest's defaults)."),
    provider: providerId.optional().describe("Provider of the ledger's site (else the manifest's defaults)."),
    component: z.string().min(1).optional().describe('Component of jobs no rule gives one.'),
    phase: z.enum(PHASES).optional().describe('Phase of jobs no rule gives one.'),
    status: z.enum(STATUSES).optional().describe('Status of jobs no rule or state gives one.'),
  })
  .describe('A ledger: scheduler accounting (sacct text or JSON) or experiment-tracker export.');

export const ledgerSchema = z.union([
  z.string().min(1).describe('A ledger path or glob, relative to the manifest; format detected from its content.'),
  ledgerObjectSchema,
]);

/** A pattern: a glob (`*`, `?`, `[…]`, `{a,b}`), or a regular expression written `/…/flags`. */
const pattern = z
  .string()
  .min(1)
  .max(500)
  .superRefine((v, ctx) => {
    const m = /^\/(.*)\/([a-z]*)$/s.exec(v);
    if (!m) return;
    try {
      new RegExp(m[1]!, m[2]);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(e as Error).message}` });
    }
  });

export const RULE_CRITERIA = ['name', 'account', 'partition', 'user', 'group', 'tags', 'state', 'minHours', 'maxHours', 'minGpus', 'maxGpus'] as const;
export const RULE_OUTCOMES = ['component', 'phase', 'status', 'gpu', 'gpus', 'gpusPerNode'] as const;

export const ruleSchema = z
  .strictObject({
    name: oneOrMore(pattern).optional().describe('Job or run name: glob or /regex/.'),
    account: oneOrMore(pattern).optional().describe('Account: glob or /regex/.'),
    partition: oneOrMore(pattern).optional().describe('Partition: glob or /regex/.'),
    user: oneOrMore(pattern).optional().describe('User: glob or /regex/.'),
    group: oneOrMore(pattern).optional().describe('W&B group or MLflow experiment: glob or /regex/.'),
    tags: oneOrMore(pattern).optional().describe('Any tag matches: glob or /regex/.'),
    state: oneOrMore(z.string().min(1)).optional().describe('Scheduler state (COMPLETED, FAILED, TIMEOUT, CANCELLED, …) or the tracker\'s own.'),
    minHours: quantity.optional().describe('Run time at least this many hours.'),
    maxHours: quantity.optional().describe('Run time below this many hours.'),
    minGpus: quantity.optional().describe('At least this many GPUs.'),
    maxGpus: quantity.optional().describe('At most this many GPUs.'),
    component: z.string().min(1).optional().describe('Sets the component.'),
    phase: z.enum(PHASES).optional().describe('Sets the phase.'),
    status: z.enum(STATUSES).optional().describe('Sets the status (a failed state still counts as failed unless the rule matches on state).'),
    gpu: gpuId.optional().describe('Sets the GPU of jobs whose ledger names none (e.g. a partition → GPU rule).'),
    gpus: wholeCount.optional().describe('Sets the GPU count of jobs whose ledger gives none.'),
    gpusPerNode: wholeCount
      .optional()
      .describe('GPUs per node of jobs whose ledger gives no GPU count: GPUs = nodes (sacct NNodes) × this, for whole-node partitions without GPU accounting.'),
  })
  .refine((r) => RULE_OUTCOMES.some((k) => r[k] !== undefined), { error: `a rule must set one of ${RULE_OUTCOMES.join(', ')}` })
  .describe('A classification rule: criteria (all must hold) and what they set. For each outcome, the first matching rule that sets it wins.');

export const manifestSchema = z
  .strictObject({
    version: z.literal(1, { error: 'version must be 1' }).describe('Manifest format version: 1.'),
    defaults: defaultsSchema.optional(),
    runs: z
      .array(runSchema)
      .min(1, { error: 'a manifest needs at least one run' })
      .optional()
      .describe('The runs (at least one, unless the manifest has ledgers).'),
    ledgers: z.array(ledgerSchema).optional().describe('Scheduler and tracker ledgers whose jobs are accounted for, classified by `rules`.'),
    rules: z.array(ruleSchema).optional().describe('Ordered classification rules for ledger jobs.'),
    budgets: budgetsSchema.optional().describe('Budgets checked against these runs.'),
    advice: z
      .boolean()
      .optional()
      .describe('What-if advice (a low-carbon region, the newest GPU, less failed time) in the comment and report; false turns it off. Default true.'),
  })
  .refine((m) => m.runs !== undefined || m.ledgers !== undefined, {
    error: 'a manifest needs `runs` (at least one) or `ledgers`',
    path: ['runs'],
    // also when other fields are wrong, so a misspelt `run:` is reported with what is missing
    when: () => true,
  });

export type ManifestRun = z.infer<typeof runSchema>;
export type LedgerEntry = z.infer<typeof ledgerObjectSchema>;
export type LedgerRule = z.infer<typeof ruleSchema>;
/** A validated manifest; `runs` is empty (never absent) in one that has only ledgers. */
export type Manifest = Omit<z.infer<typeof manifestSchema>, 'runs'> & { runs: ManifestRun[] };
export type RunDefaults = z.infer<typeof defaultsSchema>;

/** A separate budget file (`budget-file` input): `version: 1` and a list of budgets. */
export const budgetFileSchema = z.strictObject({
  version: z.literal(1, { error: 'version must be 1' }).describe('Budget file format version: 1.'),
  budgets: budgetsSchema.describe('The budgets.'),
});
