/**
 * The training manifest, validated with zod. `version: 1` is a public contract: other tools read it.
 * Every catalogue default can be overridden per run (or for all runs under `defaults`).
 */
import { z } from 'zod';
import { parseQuantity } from './quantity.js';

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
  .pipe(z.number().nonnegative({ error: 'must not be negative' }));

const positiveQuantity = quantity.pipe(z.number().positive({ error: 'must be greater than 0' }));
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
export const PHASES = ['pretraining', 'fine-tuning', 'post-training', 'evaluation', 'inference', 'experiment'] as const;
export const STATUSES = ['final', 'failed', 'ablation', 'debugging', 'exploration'] as const;
export const PRECISION_NAMES = ['fp8', 'bf16', 'fp16', 'tf32', 'fp32'] as const;
export const ARCHITECTURES = ['unet', 'dit', 'hybrid', 'codec'] as const;
export const ENERGY_SCOPES = ['gpu', 'server', 'facility'] as const;

const model = z.strictObject({
  /** N, total parameters. */
  parameters: positiveQuantity.optional(),
  /** N_a, active parameters per token (MoE); defaults to N. */
  activeParameters: positiveQuantity.optional(),
  /** N_t, trainable parameters (fine-tuning, e.g. LoRA); defaults to N. */
  trainableParameters: quantity.optional(),
  /** DiT depth and width (n_layers, d_model). */
  layers: positiveQuantity.optional(),
  hiddenSize: positiveQuantity.optional(),
  architecture: z.enum(ARCHITECTURES).optional(),
});

const hardware = z.strictObject({
  gpu: z.string().min(1).optional(),
  count: positiveQuantity.pipe(z.number().int({ error: 'must be a whole number of GPUs' })).optional(),
  precision: z.enum(PRECISION_NAMES).optional(),
  /** Overrides of the GPU catalogue entry. */
  powerW: rangeOf(positiveQuantity).optional(),
  peakTflops: positiveQuantity.optional(),
  embodiedKgCo2e: rangeOf(quantity).optional(),
  /** Server profile id, or overrides of its non-GPU share. */
  server: z.string().min(1).optional(),
  serverPowerW: rangeOf(quantity).optional(),
  serverEmbodiedKgCo2e: rangeOf(quantity).optional(),
  gpusPerServer: positiveQuantity.pipe(z.number().int()).optional(),
  lifetimeYears: rangeOf(positiveQuantity).optional(),
  /** Share of board power an idle but reserved GPU draws (default from the catalogue note). */
  idlePowerFraction: fraction.optional(),
});

const cache = z.strictObject({
  /** r: share of prompt tokens served from the prefix cache. */
  reuseRate: fraction,
  /** α: residual impact of a cached token (0 = free, 1 = as costly as uncached). */
  residual: fraction.default(0),
});

const generation = z.strictObject({
  latentWidth: positiveQuantity.optional(),
  latentHeight: positiveQuantity.optional(),
  latentTokens: positiveQuantity.optional(),
  steps: positiveQuantity.optional(),
  frames: positiveQuantity.optional(),
  temporalCompression: positiveQuantity.optional(),
  tokensPerFrame: positiveQuantity.optional(),
  codebooks: positiveQuantity.optional(),
  outputTokens: positiveQuantity.optional(),
  /** Images, clips or samples generated. */
  items: positiveQuantity.optional(),
});

const amortisation = z.strictObject({
  /** Requests the trained model is expected to serve over its life. */
  expectedRequests: positiveQuantity,
  /** Id of an inference run in the same manifest whose per-request cost is compared. */
  inferenceRun: z.string().optional(),
});

/** Fields of a run; every one of them can also be set under `defaults`. */
export const runFields = {
  name: z.string().optional(),
  kind: z.enum(RUN_KINDS).optional(),
  phase: z.enum(PHASES).optional(),
  status: z.enum(STATUSES).optional(),
  component: z.string().optional(),
  tags: z.array(z.string()).optional(),
  /** The id this run had on the base branch, so a rename is shown as one. */
  previousId: z.string().optional(),
  model: model.optional(),
  /** D, tokens processed (training, fine-tuning). */
  tokens: quantity.optional(),
  hardware: hardware.optional(),
  /** Wall-clock hours; measured GPUh = count × hours. */
  hours: quantity.optional(),
  /** Measured GPU-hours, given directly. */
  gpuHours: quantity.optional(),
  /** Reserved but idle GPU-hours (queueing, failures, holds), added to the footprint. */
  idleGpuHours: quantity.optional(),
  /** Measured energy, kWh, and what it covers. */
  energyKwh: quantity.optional(),
  energyScope: z.enum(ENERGY_SCOPES).optional(),
  mfu: rangeOf(positiveQuantity.pipe(z.number().max(1, { error: 'MFU is a fraction of peak: at most 1' }))).optional(),
  pue: rangeOf(quantity.pipe(z.number().min(1, { error: 'PUE is at least 1' }))).optional(),
  /** Grid emission factor, kgCO2e/kWh: overrides the region's. */
  gridIntensity: rangeOf(quantity).optional(),
  /** Country code ("FR"), grid area or cloud region ("aws:us-east-1"). */
  region: z.string().min(1).optional(),
  provider: z.string().min(1).optional(),
  /** On-site water use effectiveness, L/kWh of IT energy. */
  wue: rangeOf(quantity).optional(),
  /** Water consumed per kWh of electricity, L/kWh: overrides the grid's. */
  electricityWater: rangeOf(quantity).optional(),
  /** Job-metrics files for this run (CodeCarbon CSV, nvidia-smi log, metrics JSON). */
  metrics: z.union([z.string(), z.array(z.string())]).optional(),
  // Inference
  requests: positiveQuantity.optional(),
  promptTokens: quantity.optional(),
  outputTokens: quantity.optional(),
  cache: cache.optional(),
  // Multimodal generation
  generation: generation.optional(),
  amortisation: amortisation.optional(),
};

export const runSchema = z.strictObject({
  id: z
    .string({ error: 'every run needs an id (a unique string)' })
    .min(1)
    .max(200)
    .regex(/^[^\s]/, { error: 'must not start with white space' }),
  ...runFields,
});

export const defaultsSchema = z.strictObject(runFields);

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
    name: z.string().min(1).max(100).optional(),
    /** What is limited; limits are in kgCO2e, kWh, GPUh or L. */
    metric: z.enum(BUDGET_METRICS),
    /** The sum over matching runs, or each matching run on its own. */
    scope: z.enum(['total', 'per-run']).default('total'),
    /** The figure itself, its increase against the base, or that increase in percent. */
    limit: z.enum(['absolute', 'increase', 'increase-percent']).default('absolute'),
    /** Central estimate, or the high end of the uncertainty range. */
    figure: z.enum(['central', 'high']).default('central'),
    /** Operational, embodied or both (emissions and water). */
    part: z.enum(['total', 'operational', 'embodied']).default('total'),
    warn: quantity.optional(),
    fail: quantity.optional(),
    phase: z.string().optional(),
    status: z.string().optional(),
    component: z.string().optional(),
    tag: z.string().optional(),
    /** Who may approve an override (shown in the comment), e.g. "@org/ml-platform". */
    approvers: z.array(z.string()).optional(),
  })
  .refine((b) => b.warn !== undefined || b.fail !== undefined, { error: 'a budget needs a warn or a fail limit (or both)' })
  .refine((b) => b.warn === undefined || b.fail === undefined || b.warn <= b.fail, {
    error: 'the warn limit must not be above the fail limit',
  });

export const budgetsSchema = z.array(budgetSchema);
export type Budget = z.infer<typeof budgetSchema>;
export const manifestSchema = z.strictObject({
  version: z.literal(1, { error: 'version must be 1' }),
  defaults: defaultsSchema.optional(),
  runs: z.array(runSchema).min(1, { error: 'a manifest needs at least one run' }),
  budgets: budgetsSchema.optional(),
});

export type ManifestRun = z.infer<typeof runSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type RunDefaults = z.infer<typeof defaultsSchema>;

/** A separate budget file (`budget-file` input): `version: 1` and a list of budgets. */
export const budgetFileSchema = z.strictObject({
  version: z.literal(1, { error: 'version must be 1' }),
  budgets: budgetsSchema,
});
