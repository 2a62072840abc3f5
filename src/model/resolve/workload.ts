/**
 * Step 3 of resolving a run: the workload. What the run computes (section 1), its FLOPs, the MFU
 * that turns them into GPU time, and the prefix cache (section 5). A run known only from its
 * measurements has no workload and no FLOPs.
 */
import { workloadFlops, type AttentionShape, type Workload, type WorkloadFlops } from '../../core/flops.js';
import type { Range } from '../../core/range.js';
import type { ManifestRun } from '../../inputs/manifest/schema.js';
import { FULL_RECOMPUTE_SOURCE, SELECTIVE_RECOMPUTE_SHARE } from '../../data/throughput.js';
import { fieldSource, need, problem, sourceLabel, toRange, type ResolveContext } from './context.js';
import type { ResolvedHardware } from './hardware.js';
import type { MergedMeasurements } from './measurements.js';
import { resolveMfu, type MfuEstimate } from './mfu.js';
import { resolveTokenCount } from './tokens.js';

export type RunKind = NonNullable<ManifestRun['kind']>;

/** Training and fine-tuning: the kinds with training FLOPs, the training terms and a calibrated MFU. */
export function isTrainingKind(kind: RunKind): kind is 'training' | 'fine-tuning' {
  return kind === 'training' || kind === 'fine-tuning';
}

export interface ResolvedWorkload {
  readonly flops: WorkloadFlops | null;
  /** The tokens processed (D), as resolved from the manifest, its configs or its metrics; null when unknown. */
  readonly tokens: number | null;
  readonly mfu: MfuEstimate;
  readonly cache: { readonly reuseRate: Range; readonly residual: number } | null;
}

function buildWorkload(ctx: ResolveContext, run: ManifestRun, kind: RunKind, tokens: number | undefined): Workload {
  const m = run.model ?? {};
  const why = `for a ${kind} run (or give measured gpuHours, hours or energyKwh)`;
  const params = () => need(ctx, m.parameters, 'model.parameters', why);
  switch (kind) {
    // MoE: only the active parameters compute per token, so N_a stands in for N (N_a = N when dense).
    case 'training':
      return { kind, parameters: m.activeParameters ?? params(), tokens: need(ctx, tokens, 'tokens', why), ...trainingExtras(run) };
    case 'fine-tuning': {
      const parameters = m.activeParameters ?? params();
      return {
        kind,
        parameters,
        trainableParameters: m.trainableParameters ?? parameters,
        tokens: need(ctx, tokens, 'tokens', why),
        ...trainingExtras(run),
      };
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
      return buildGenerationWorkload(ctx, run, kind, why);
  }
}

/** The training sequence length: the run's, else the one its structured token count gives. */
function trainingSeqLen(run: ManifestRun): number | undefined {
  return run.seqLen ?? (typeof run.tokens === 'object' ? run.tokens.seqLen : undefined);
}

/** The attention shape when all three figures are known, and an online teacher's parameters. */
function trainingExtras(run: ManifestRun): { attention?: AttentionShape; teacherParameters?: number } {
  const { layers, hiddenSize } = run.model ?? {};
  const seqLen = trainingSeqLen(run);
  const attention = layers !== undefined && hiddenSize !== undefined && seqLen !== undefined ? { layers, hiddenSize, seqLen } : undefined;
  const teacher = run.teacher && run.teacher.logits !== 'precomputed' ? run.teacher.parameters : undefined;
  return { ...(attention ? { attention } : {}), ...(teacher !== undefined ? { teacherParameters: teacher } : {}) };
}

/** Assumptions naming the optional training terms: present, left out (and why), or precomputed. */
function trainingTermAssumptions(ctx: ResolveContext, run: ManifestRun): void {
  const { layers, hiddenSize } = run.model ?? {};
  const seqLen = trainingSeqLen(run);
  const shape = { 'model.layers': layers, 'model.hiddenSize': hiddenSize, seqLen };
  const missing = Object.entries(shape).filter(([, v]) => v === undefined).map(([k]) => k);
  if (missing.length === 0) {
    // Figures read from configs are listed with their files and lines among the assumptions.
    const fromConfigs = Object.keys(shape).some((k) => ctx.provenance?.has(k));
    ctx.assumptions.push({
      key: 'attentionTerm',
      label: 'Attention term',
      unit: '',
      value: `12 · ${layers} layers · ${hiddenSize} d_model · ${seqLen} seq_len per token (PaLM, not halved for the causal mask)`,
      source: `${fromConfigs ? 'layers, hidden size and sequence length as listed' : 'manifest'}; Chowdhery et al., PaLM (2022), appendix B`,
    });
  } else if (missing.length < 3) {
    ctx.assumptions.push({
      key: 'attentionTerm',
      label: 'Attention term',
      unit: '',
      value: `left out: ${missing.join(', ')} unknown`,
      source: 'needs model.layers, model.hiddenSize and seqLen',
    });
  }
  if (run.teacher) {
    const online = run.teacher.logits !== 'precomputed';
    ctx.assumptions.push({
      key: 'teacher',
      label: 'Distillation teacher',
      unit: '',
      value: online
        ? `forward pass 2 · N_teacher · D added, N_teacher = ${run.teacher.parameters.toExponential(3)}`
        : `logits precomputed: the teacher's forward pass is a separate inference run, not counted here`,
      source: 'manifest',
    });
  }
  if (run.recompute !== undefined && run.recompute !== 'none') {
    ctx.assumptions.push({
      key: 'recompute',
      label: 'Activation recomputation',
      unit: '',
      value: `${run.recompute}: hardware FLOPs, not in F; lowers the calibrated MFU (an explicit mfu is taken as model-FLOPs utilisation)`,
      source: `manifest; ${sourceLabel(run.recompute === 'full' ? FULL_RECOMPUTE_SOURCE : SELECTIVE_RECOMPUTE_SHARE.source)}`,
    });
  }
}

function buildGenerationWorkload(
  ctx: ResolveContext,
  run: ManifestRun,
  kind: 'image-generation' | 'video-generation' | 'audio-generation',
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

/** Whether the run's time and energy are known without its FLOPs. */
export function hasMeasuredTime(run: ManifestRun, measured: MergedMeasurements): boolean {
  return (
    run.gpuHours !== undefined ||
    run.hours !== undefined ||
    measured.gpuHours !== undefined ||
    run.energyKwh !== undefined ||
    measured.energyKwh !== undefined
  );
}

export function resolveWorkload(
  ctx: ResolveContext,
  run: ManifestRun,
  kind: RunKind,
  measured: MergedMeasurements,
  hardware: ResolvedHardware,
): ResolvedWorkload {
  const describesWorkload = run.model !== undefined || run.tokens !== undefined || run.promptTokens !== undefined || run.generation !== undefined;
  let flops: WorkloadFlops | null = null;
  let workload: Workload | null = null;
  let tokens: number | undefined;
  if (describesWorkload || !hasMeasuredTime(run, measured)) {
    const before = ctx.problems.length;
    tokens = resolveTokenCount(ctx, run) ?? measured.tokens;
    const built = buildWorkload(ctx, run, kind, tokens);
    if (ctx.problems.length === before) {
      workload = built;
      flops = workloadFlops(built);
    }
    if (isTrainingKind(kind)) trainingTermAssumptions(ctx, run);
    if (isTrainingKind(kind) && run.model?.activeParameters !== undefined) {
      // Beyond the methodology's N: a mixture of experts computes with its active parameters per token.
      ctx.assumptions.push({
        key: 'flopsParameters',
        label: 'Parameters in FLOPs',
        unit: '',
        value: `N_a = ${run.model.activeParameters.toExponential(3)} active of N = ${run.model.parameters?.toExponential(3) ?? '?'} (mixture of experts)`,
        source: fieldSource(ctx, 'model.activeParameters'),
      });
    }
  }
  const mfu = resolveMfu(ctx, run, workload, hardware, run.hardware?.count ?? measured.gpuCount ?? null);
  if (run.cache) {
    ctx.assumptions.push({
      key: 'cacheReuseRate',
      label: `Prefix-cache reuse r (residual α = ${run.cache.residual})`,
      unit: '',
      value: toRange(run.cache.reuseRate),
      source: 'manifest',
    });
  }
  return { flops, tokens: tokens ?? measured.tokens ?? null, mfu, cache: run.cache ? { reuseRate: toRange(run.cache.reuseRate), residual: run.cache.residual } : null };
}
