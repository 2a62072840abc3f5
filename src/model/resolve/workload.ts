/**
 * Step 3 of resolving a run: the workload. What the run computes (section 1), its FLOPs, the MFU
 * that turns them into GPU time, and the prefix cache (section 5). A run known only from its
 * measurements has no workload and no FLOPs.
 */
import { workloadFlops, type Workload, type WorkloadFlops } from '../../core/flops.js';
import type { Range } from '../../core/range.js';
import { DEFAULT_MFU } from '../../data/defaults.js';
import type { ManifestRun } from '../../inputs/manifest/schema.js';
import { fieldSource, fromSourced, need, pick, problem, sourceLabel, toRange, type ResolveContext } from './context.js';
import type { MergedMeasurements } from './measurements.js';
import { resolveTokenCount } from './tokens.js';

export type RunKind = NonNullable<ManifestRun['kind']>;

export interface ResolvedWorkload {
  readonly flops: WorkloadFlops | null;
  readonly mfu: Range;
  readonly cache: { readonly reuseRate: Range; readonly residual: number } | null;
}

function buildWorkload(ctx: ResolveContext, run: ManifestRun, kind: RunKind, tokens: number | undefined): Workload {
  const m = run.model ?? {};
  const why = `for a ${kind} run (or give measured gpuHours, hours or energyKwh)`;
  const params = () => need(ctx, m.parameters, 'model.parameters', why);
  switch (kind) {
    // MoE: only the active parameters compute per token, so N_a stands in for N (N_a = N when dense).
    case 'training':
      return { kind, parameters: m.activeParameters ?? params(), tokens: need(ctx, tokens, 'tokens', why) };
    case 'fine-tuning': {
      const parameters = m.activeParameters ?? params();
      return { kind, parameters, trainableParameters: m.trainableParameters ?? parameters, tokens: need(ctx, tokens, 'tokens', why) };
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

export function resolveWorkload(ctx: ResolveContext, run: ManifestRun, kind: RunKind, measured: MergedMeasurements): ResolvedWorkload {
  const describesWorkload = run.model !== undefined || run.tokens !== undefined || run.promptTokens !== undefined || run.generation !== undefined;
  let flops: WorkloadFlops | null = null;
  if (describesWorkload || !hasMeasuredTime(run, measured)) {
    const before = ctx.problems.length;
    const tokens = resolveTokenCount(ctx, run) ?? measured.tokens;
    const workload = buildWorkload(ctx, run, kind, tokens);
    if (ctx.problems.length === before) flops = workloadFlops(workload);
    if ((kind === 'training' || kind === 'fine-tuning') && run.model?.activeParameters !== undefined) {
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
  const mfu = pick(ctx, 'mfu', 'MFU', '', run.mfu, { value: fromSourced(DEFAULT_MFU), source: sourceLabel(DEFAULT_MFU.source) });
  if (run.cache) {
    ctx.assumptions.push({
      key: 'cacheReuseRate',
      label: `Prefix-cache reuse r (residual α = ${run.cache.residual})`,
      unit: '',
      value: toRange(run.cache.reuseRate),
      source: 'manifest',
    });
  }
  return { flops, mfu, cache: run.cache ? { reuseRate: toRange(run.cache.reuseRate), residual: run.cache.residual } : null };
}
