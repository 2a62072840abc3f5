/**
 * The realised-throughput model (src/data/throughput.ts): its fit on the calibration set and its
 * prediction for a run. Log-linear:
 *
 *   ln MFU = ln goodput + ln u(anchor) + ln ratio(generation) + s · x_size + c · ln(G / 2048)
 *            + ln f_precision + ln f_MoE + ln f_recompute,
 *   x_size = ln(min(N_a, 405B) / 70B) · max(0, ln(P16 / 312)).
 *
 * ln u(ampere), ln u(hopper) and s are fitted by least squares on the calibration cases, every other
 * term being a sourced offset. The range is central · exp(±z · σ): σ² is the mean squared
 * leave-one-out residual of the fit, plus the log spread of each prior the run depends on.
 * Pure: no I/O; the fit is a few 3 × 3 solves.
 */
import { workloadFlops, type AttentionShape } from '../core/flops.js';
import { range, type Range } from '../core/range.js';
import { requireGpu } from '../data/catalogue.js';
import { CALIBRATION_CASES, type CalibrationCase } from '../data/calibration.js';
import {
  CLUSTER_EXPONENT,
  FALLBACK_PRIOR,
  FITTED_GENERATIONS,
  FP8_SPEEDUP,
  GENERATION_PRIORS,
  GOODPUT,
  INTERVAL_Z,
  MOE_UTILISATION,
  SELECTIVE_RECOMPUTE_SHARE,
  THROUGHPUT_REFERENCE as REF,
  type FittedGeneration,
  type GenerationPrior,
} from '../data/throughput.js';
import type { GpuSpec, Precision, SourcedRange } from '../data/types.js';

export type Recompute = 'none' | 'selective' | 'full';

/** What the model needs to know about a training or fine-tuning run. */
export interface ThroughputRun {
  /** `generation`: the catalogue's, or "unknown" for a custom accelerator that names none (the fallback prior applies). */
  readonly gpu: Pick<GpuSpec, 'id' | 'peakTflops'> & { readonly generation: string };
  readonly precision: Precision;
  /** Peak at the run's precision, TFLOP/s (the catalogue's, or the run's override). */
  readonly peakTflops: number;
  readonly activeParameters: number;
  readonly moe: boolean;
  readonly gpuCount: number | null;
  readonly recompute: Recompute;
  /**
   * Model FLOPs / hardware FLOPs (recomputation); null for selective recomputation of an unknown
   * shape, where the sourced share applies.
   */
  readonly modelFlopsShare: number | null;
}

export interface FittedThroughput {
  /** Throughput utilisation (before goodput) of the reference run on each fitted generation. */
  readonly utilisation: Readonly<Record<FittedGeneration, number>>;
  /** s: the size exponent per unit of ln(P16 / 312). */
  readonly sizeCoefficient: number;
  /** Root mean squared leave-one-out log residual. */
  readonly sigma: number;
  readonly cases: number;
}

/** One multiplicative term of a prediction, with the log spread it adds when it is a prior. */
export interface ThroughputTerm {
  readonly name: string;
  readonly factor: number;
  readonly logSpread: number;
}

export interface MfuPrediction {
  readonly mfu: Range;
  /** The terms whose product is the central MFU, in formula order. */
  readonly terms: readonly ThroughputTerm[];
  readonly sigma: number;
  readonly anchor: FittedGeneration;
}

/** ln(high / low) read as a 90 % interval: the standard deviation of the log. */
function logSpread(r: SourcedRange): number {
  return Math.log(r.high / r.low) / (2 * INTERVAL_Z);
}

function isFitted(g: string): g is FittedGeneration {
  return (FITTED_GENERATIONS as readonly string[]).includes(g);
}

/** The prior of a generation the calibration set does not contain (null for a fitted one). */
export function generationPrior(generation: string): GenerationPrior | null {
  if (isFitted(generation)) return null;
  return GENERATION_PRIORS[generation as keyof typeof GENERATION_PRIORS] ?? FALLBACK_PRIOR;
}

/** The GPU's dense 16-bit peak, TFLOP/s: what the size term keys on. */
function peak16(run: ThroughputRun): number {
  return run.gpu.peakTflops.bf16 ?? run.gpu.peakTflops.fp16 ?? run.peakTflops;
}

/** x_size: zero at 70B, and for GPUs no faster than an A100. */
export function sizeFeature(run: ThroughputRun): number {
  const n = Math.min(run.activeParameters, REF.maxActiveParameters);
  return Math.log(n / REF.activeParameters) * Math.max(0, Math.log(peak16(run) / REF.flatPeakTflops));
}

/**
 * Model FLOPs / hardware FLOPs of recomputation. Full: one more forward pass of the student (its
 * parameter FLOPs 2·N_a·D and the attention term's forward third); selective: the attention core's
 * forward, when the shape is known.
 */
export function recomputeShare(
  recompute: Recompute,
  flops: { readonly total: number; readonly activeParameters: number; readonly tokens: number; readonly attention?: AttentionShape | undefined },
): number | null {
  const attentionForward = flops.attention ? 4 * flops.attention.layers * flops.attention.hiddenSize * flops.attention.seqLen * flops.tokens : null;
  switch (recompute) {
    case 'none':
      return 1;
    case 'full':
      return flops.total / (flops.total + 2 * flops.activeParameters * flops.tokens + (attentionForward ?? 0));
    case 'selective':
      return attentionForward === null ? null : flops.total / (flops.total + attentionForward);
  }
}

/** The sourced terms of a run (everything but the fitted utilisation and size), with their spreads. */
function priorTerms(run: ThroughputRun): ThroughputTerm[] {
  const terms: ThroughputTerm[] = [{ name: 'goodput', factor: GOODPUT.value, logSpread: 0 }];
  const prior = generationPrior(run.gpu.generation);
  if (prior) terms.push({ name: `${run.gpu.generation} / ${prior.anchor}`, factor: prior.ratio.central, logSpread: logSpread(prior.ratio) });
  if (run.gpuCount !== null) {
    const g = Math.min(Math.max(run.gpuCount, REF.minGpuCount), REF.maxGpuCount);
    terms.push({ name: `${run.gpuCount} GPUs`, factor: (g / REF.gpuCount) ** CLUSTER_EXPONENT.value, logSpread: 0 });
  }
  if (run.precision === 'fp8') {
    terms.push({ name: 'fp8', factor: (FP8_SPEEDUP.central * peak16(run)) / run.peakTflops, logSpread: logSpread(FP8_SPEEDUP) });
  }
  if (run.moe) terms.push({ name: 'MoE', factor: MOE_UTILISATION.central, logSpread: logSpread(MOE_UTILISATION) });
  if (run.recompute !== 'none') {
    terms.push(
      run.modelFlopsShare === null
        ? { name: `${run.recompute} recompute`, factor: SELECTIVE_RECOMPUTE_SHARE.central, logSpread: logSpread(SELECTIVE_RECOMPUTE_SHARE) }
        : { name: `${run.recompute} recompute`, factor: run.modelFlopsShare, logSpread: 0 },
    );
  }
  return terms;
}

function anchorOf(run: ThroughputRun): FittedGeneration {
  const g = run.gpu.generation;
  return isFitted(g) ? g : (generationPrior(g) ?? FALLBACK_PRIOR).anchor;
}

/** Predicted MFU of a run, with its range. */
export function predictMfu(model: FittedThroughput, run: ThroughputRun): MfuPrediction {
  const anchor = anchorOf(run);
  const size = Math.exp(model.sizeCoefficient * sizeFeature(run));
  const terms: ThroughputTerm[] = [
    { name: `${anchor} utilisation`, factor: model.utilisation[anchor], logSpread: 0 },
    { name: 'size', factor: size, logSpread: 0 },
    ...priorTerms(run),
  ];
  const central = terms.reduce((p, t) => p * t.factor, 1);
  const sigma = Math.sqrt(model.sigma ** 2 + terms.reduce((s, t) => s + t.logSpread ** 2, 0));
  const spread = Math.exp(INTERVAL_Z * sigma);
  // An MFU above 1 is physically impossible: the high end stops there.
  const high = Math.min(1, central * spread);
  return { mfu: range(Math.min(central / spread, central), Math.min(central, high), high), terms, sigma, anchor };
}

// ------------------------------------------------------------------------------------- the fit

/** A calibration case as the model sees it, with the MFU its published GPU-hours imply. */
export interface CalibrationPoint {
  readonly case: CalibrationCase;
  readonly run: ThroughputRun;
  /** F = 6·N·D + 12·n_layers·d_model·seq_len·D (PaLM, not halved), the same formula runs use. */
  readonly flops: number;
  readonly peakTflops: number;
  readonly impliedMfu: number;
}

export function calibrationPoint(c: CalibrationCase): CalibrationPoint {
  const gpu = requireGpu(c.gpu);
  const peakTflops = gpu.peakTflops[c.precision]!;
  const attention = { layers: c.layers, hiddenSize: c.hiddenSize, seqLen: c.seqLen };
  const flops = workloadFlops({ kind: 'training', parameters: c.parameters, tokens: c.tokens, attention }).total;
  const run: ThroughputRun = {
    gpu,
    precision: c.precision,
    peakTflops,
    activeParameters: c.parameters,
    moe: false,
    gpuCount: c.gpuCount,
    recompute: c.recompute,
    modelFlopsShare: recomputeShare(c.recompute, { total: flops, activeParameters: c.parameters, tokens: c.tokens, attention }),
  };
  return { case: c, run, flops, peakTflops, impliedMfu: flops / (c.publishedGpuHours * peakTflops * 1e12 * 3600) };
}

/** Solves A x = b (small, dense, well-conditioned) by Gauss–Jordan elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-12) throw new RangeError('throughput fit: singular system (a fitted generation has no case)');
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      for (let k = col; k <= n; k++) m[r]![k]! -= f * m[col]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** Design row: one indicator per fitted generation, then x_size. */
function designRow(run: ThroughputRun): number[] {
  const anchor = anchorOf(run);
  return [...FITTED_GENERATIONS.map((g) => (g === anchor ? 1 : 0)), sizeFeature(run)];
}

/** ln MFU minus every sourced term: what the fitted terms must explain. */
function fittedTarget(p: CalibrationPoint): number {
  return Math.log(p.impliedMfu) - priorTerms(p.run).reduce((s, t) => s + Math.log(t.factor), 0);
}

/** Least-squares fit of ln u(ampere), ln u(hopper) and s; `sigma` is left at 0 (see calibrate). */
export function fitThroughput(points: readonly CalibrationPoint[]): FittedThroughput {
  const rows = points.map((p) => designRow(p.run));
  const y = points.map(fittedTarget);
  const k = rows[0]!.length;
  const xtx = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[i]! * r[j]!, 0)));
  const xty = Array.from({ length: k }, (_, i) => rows.reduce((s, r, n) => s + r[i]! * y[n]!, 0));
  const beta = solve(xtx, xty);
  const utilisation = Object.fromEntries(FITTED_GENERATIONS.map((g, i) => [g, Math.exp(beta[i]!)])) as Record<FittedGeneration, number>;
  return { utilisation, sizeCoefficient: beta[k - 1]!, sigma: 0, cases: points.length };
}

/** ln(implied / predicted) of each point, each predicted by a fit without it. */
export function leaveOneOutResiduals(points: readonly CalibrationPoint[]): number[] {
  return points.map((p, i) => {
    const model = fitThroughput(points.filter((_, j) => j !== i));
    return Math.log(p.impliedMfu / predictMfu(model, p.run).mfu.central);
  });
}

/** The fit with its leave-one-out spread: what predictions use. */
export function calibrate(points: readonly CalibrationPoint[]): FittedThroughput {
  const residuals = leaveOneOutResiduals(points);
  const sigma = Math.sqrt(residuals.reduce((s, r) => s + r * r, 0) / residuals.length);
  return { ...fitThroughput(points), sigma };
}

let calibrated: FittedThroughput | undefined;

/** The model fitted on the 14 calibration cases (computed once). */
export function calibratedThroughput(): FittedThroughput {
  calibrated ??= calibrate(CALIBRATION_CASES.map(calibrationPoint));
  return calibrated;
}

// ------------------------------------------------------------------------------------- labels

/** 8e9 → "8B", 6.7e9 → "6.7B", 350e6 → "350M". */
export function shortCount(n: number): string {
  const [div, unit] = n >= 1e12 ? [1e12, 'T'] : n >= 1e9 ? [1e9, 'B'] : n >= 1e6 ? [1e6, 'M'] : [1, ''];
  return `${Number((n / div).toPrecision(3))}${unit}`;
}

/** "h100-sxm bf16, 8B dense, 512 GPUs, full recompute". */
export function describeRun(run: ThroughputRun): string {
  const parts = [`${run.gpu.id} ${run.precision}`, `${shortCount(run.activeParameters)} ${run.moe ? 'MoE (active)' : 'dense'}`];
  if (run.gpuCount !== null) parts.push(`${run.gpuCount.toLocaleString('en-US')} GPUs`);
  if (run.recompute !== 'none') parts.push(`${run.recompute} recompute`);
  return parts.join(', ');
}
