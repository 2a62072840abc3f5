/**
 * The realised-throughput model (docs/METHODOLOGY.md, "beyond" of section 2): the model FLOPs
 * utilisation a training run realises over its whole duration, as
 *
 *   MFU = goodput · u(anchor) · ratio(generation) · (N_a / 70B)^(s · ln(P16 / 312))
 *         · (G / 2048)^c · f_precision · f_MoE · f_recompute
 *
 * u(ampere) and u(hopper) and the size coefficient s are fitted on the calibration set
 * (calibration.ts) by src/model/throughput.ts; everything here is a sourced prior for what the
 * calibration set cannot show. Each figure carries its source; spreads that are this project's own
 * judgement say so in their note.
 */
import { KORTHIKANTI_RECOMPUTATION, LLAMA3_PAPER, MEGATRON_BRIDGE_PERFORMANCE, PALM_PAPER } from './training-sources.js';
import type { GpuGeneration, Source, SourcedRange } from './types.js';

/** A single sourced figure. */
export interface SourcedValue {
  readonly value: number;
  readonly source: Source;
}

/** The reference run the fitted utilisations describe, and the bounds of the size and count terms. */
export const THROUGHPUT_REFERENCE = {
  /** N_a of the reference run: utilisations u(...) are those of a 70B dense model. */
  activeParameters: 70e9,
  /** Above this (the largest calibrated model, Llama 3.1 405B) utilisation is held, not extrapolated. */
  maxActiveParameters: 405e9,
  /**
   * Dense 16-bit peak (TFLOP/s) at and below which model size does not change utilisation: the A100's.
   * The calibration set's A100 runs show no size trend from 6.7B to 70B (LLaMA and Llama 2: implied
   * MFU 0.43–0.55), its H100 runs a strong one (Llama 3.1 8B 0.18, 70B 0.29, 405B 0.37): a faster GPU
   * needs a larger model to stay busy, so the size exponent grows with ln(P16 / 312).
   */
  flatPeakTflops: 312,
  /** G of the reference run, used when the GPU count is unknown. */
  gpuCount: 2048,
  /** GPU counts are held to the span of the calibration set's known counts (BLOOM 384 … Llama 3.1 405B 16,384). */
  minGpuCount: 384,
  maxGpuCount: 16_384,
} as const;

/**
 * Share of wall-clock time that trains: published GPU-hours include failures, restarts, checkpoint
 * writes and evaluation. The fitted utilisations are divided by it, so that u(...) reads as the
 * throughput utilisation systems papers report; predictions multiply it back.
 */
export const GOODPUT: SourcedValue = {
  value: 0.9,
  source: {
    ...LLAMA3_PAPER,
    note: 'section 3.3.4: "higher than 90% effective training time" for the 405B run on up to 16K H100 GPUs',
  },
};

/**
 * Utilisation falls as a fixed global batch is spread over more GPUs: the Llama 3 405B run realised
 * 43 % MFU on 8,192 GPUs and 41 % on 16,384 at the same 16M-token batch, i.e. ×(41/43) per doubling.
 */
export const CLUSTER_EXPONENT: SourcedValue = {
  value: Math.log2(41 / 43),
  source: { ...LLAMA3_PAPER, note: 'Table 4: BF16 MFU 43 % on 8,192 GPUs, 41 % on 16,384 GPUs (same batch); exponent = log2(41/43) = −0.069' },
};

/**
 * FP8 training: throughput gained over BF16 on the same model and GPUs. A run at FP8 realises
 * u16 · P16 · speed-up FLOP/s, i.e. MFU = u16 · speed-up · P16 / P_fp8 of the FP8 peak.
 */
export const FP8_SPEEDUP: SourcedRange = {
  low: 1.15,
  central: 1.28,
  high: 1.5,
  source: {
    title:
      'PyTorch torchtitan benchmarks, "llama3_h100_202412_torchtitan.md" (Llama 3.1 8B on 8 and 128 H100: torch.compile 6,667 / 6,514 → + Float8 8,532 / 8,380 tokens/s/GPU); Peng et al., "FP8-LM" (arXiv:2310.18313): FP8 75 % faster than BF16 Megatron-LM and 37 % faster than Transformer Engine FP8, i.e. TE FP8 ≈ 1.28× BF16',
    url: 'https://github.com/pytorch/torchtitan/blob/main/benchmarks/llama3_h100_202412_torchtitan.md',
    year: 2024,
    note: 'central 1.28 (both sources); low 1.15 and high 1.5 are this project\'s spread: the gain grows with GEMM size (NVIDIA, "Faster Training Throughput in FP8 Precision with NVIDIA NeMo", 2025)',
  },
};

/**
 * Mixture of experts: utilisation per active-parameter FLOP relative to a dense model (routing,
 * all-to-all, grouped GEMMs).
 */
export const MOE_UTILISATION: SourcedRange = {
  low: 0.45,
  central: 0.8,
  high: 1,
  source: {
    title:
      'Liu et al., "MoE Parallel Folding" (arXiv:2504.14960): 49.3 % MFU (Mixtral 8x22B) and 39.0 % (Qwen2-57B-A14B) on H100, against Megatron-LM\'s "up to 47 % MFU on H100" for dense models; NVIDIA Megatron-Bridge performance summary (H100 FP8): DeepSeek-V3 338 and Qwen3-235B-A22B 178–242 model TFLOP/s per GPU against Llama 3 70B 719–728',
    url: 'https://arxiv.org/abs/2504.14960',
    year: 2025,
    note: 'central 0.8 ≈ 39.0/47 (the less favourable MoE Parallel Folding case); low 0.45 ≈ 338/727 (Megatron-Bridge 25.09, DeepSeek-V3 vs Llama 3 70B); high 1 (no source shows MoE above dense per active FLOP)',
  },
};

/**
 * Activation recomputation re-runs forward work that model FLOPs do not count (PaLM's MFU leaves it
 * out), so it lowers model-FLOPs utilisation by model FLOPs / hardware FLOPs. Full recomputation
 * repeats the whole forward pass (2·N_a·D plus the attention term's forward third), which is exact;
 * selective recomputation (Korthikanti et al.) repeats only the attention core, 4·n_layers·d_model·
 * seq_len·D when the shape is known, else this figure.
 */
export const SELECTIVE_RECOMPUTE_SHARE: SourcedRange = {
  low: 0.95,
  central: 0.97,
  high: 0.99,
  source: {
    ...KORTHIKANTI_RECOMPUTATION,
    note: 'selective recomputation removes over 90 % of full recomputation\'s overhead, whose extra work is a third of the model FLOPs: at most 1/30 extra, factor ≥ 0.97; 530B on 2,240 A100: 54.2 % MFU selective vs 42.1 % full (0.78 ≈ the full factor 0.75)',
  },
};

export const FULL_RECOMPUTE_SOURCE: Source = {
  ...KORTHIKANTI_RECOMPUTATION,
  note: 'full recomputation adds one forward pass: hardware FLOPs = model FLOPs + 2·N_a·D + 4·n_layers·d_model·seq_len·D (factor 0.75 without a teacher)',
};

/** Generations whose utilisation is fitted on the calibration set. */
export const FITTED_GENERATIONS = ['ampere', 'hopper'] as const;
export type FittedGeneration = (typeof FITTED_GENERATIONS)[number];

/**
 * A generation the calibration set does not contain: its utilisation relative to a fitted one, as
 * systems papers measured the two on like-for-like workloads.
 */
export interface GenerationPrior {
  readonly anchor: FittedGeneration;
  readonly ratio: SourcedRange;
}

const VOLTA: GenerationPrior = {
  anchor: 'ampere',
  ratio: {
    low: 0.4,
    central: 0.5,
    high: 0.65,
    source: {
      title:
        'Shoeybi et al., "Megatron-LM" (arXiv:1909.08053): 8.3B on 512 V100, 15.1 PFLOP/s = 29.5 TFLOP/s per GPU (24 % of 125; single GPU 30 %); Rajbhandari et al., "ZeRO" (arXiv:1910.02054): 100B on 400 V100 at 15 PFLOP/s (30 %); against Narayanan et al. 2021 (A100, same Megatron accounting): 52 % of peak',
      url: 'https://arxiv.org/abs/1909.08053',
      year: 2020,
      note: 'central 0.5 ≈ 0.27 / 0.52; low/high widened by this project (0.24/0.52 = 0.46, 0.30/0.52 = 0.58) for differences in FLOP accounting between the papers',
    },
  },
};

/** Used for any generation GENERATION_PRIORS does not name (and for those added to the catalogue later). */
export const FALLBACK_PRIOR: GenerationPrior = {
  anchor: 'hopper',
  ratio: {
    low: 0.5,
    central: 0.8,
    high: 1.1,
    source: {
      title: 'Assumption of this project: no published training utilisation for this generation; the latest calibrated generation (Hopper) with a wide spread',
      year: 2025,
      note: 'the size term still follows the GPU\'s own 16-bit peak',
    },
  },
};

export const GENERATION_PRIORS: Partial<Record<GpuGeneration, GenerationPrior>> = {
  volta: VOLTA,
  turing: {
    anchor: 'ampere',
    ratio: {
      ...VOLTA.ratio,
      source: { ...VOLTA.ratio.source, note: `${VOLTA.ratio.source.note ?? ''}; Turing: no published training utilisation at scale, Volta's (same FP16 Tensor Core design, 2018) applied` },
    },
  },
  blackwell: {
    anchor: 'hopper',
    ratio: {
      low: 0.86,
      central: 0.97,
      high: 1.1,
      source: {
        ...MEGATRON_BRIDGE_PERFORMANCE,
        note: 'model TFLOP/s per GPU of the same models and precision on B200/GB200 vs H100, divided by the ratio of peaks (NeMo 25.11, FP8): B200 8B 1,576/744 and 405B 1,667/737 over 4,500/1,979 → 0.93, 0.99; GB200 8B 1,622/744, 70B 1,937/719, 405B 2,053/737 over 5,000/1,979 → 0.86, 1.07, 1.10',
      },
    },
  },
  ada: {
    ...FALLBACK_PRIOR,
    ratio: {
      ...FALLBACK_PRIOR.ratio,
      source: { ...FALLBACK_PRIOR.ratio.source, note: 'Ada (L4, L40S): PCIe cards without NVLink, no published training utilisation at scale' },
    },
  },
  cdna2: {
    anchor: 'ampere',
    ratio: {
      low: 0.6,
      central: 0.67,
      high: 0.74,
      source: {
        title:
          'Dash et al., "Optimizing Distributed Training on Frontier for Large Language Models" (arXiv:2312.12705): 38.38 %, 36.14 % and 31.96 % of peak for 22B, 175B and 1T on MI250X; against Narayanan et al. 2021 (A100): 52 % of peak',
        url: 'https://arxiv.org/abs/2312.12705',
        year: 2023,
        note: 'central 0.67 ≈ 0.35 / 0.52; low 0.60 ≈ 0.32 / 0.53 (Korthikanti et al., 530B: 54.2 %), high 0.74 ≈ 0.384 / 0.52',
      },
    },
  },
  'tpu-v4': {
    anchor: 'ampere',
    ratio: {
      low: 0.75,
      central: 0.85,
      high: 1,
      source: {
        ...PALM_PAPER,
        note: 'PaLM 540B on 6,144 TPU v4: 46.2 % MFU, against 54.2 % for a 530B model on 2,240 A100 (Korthikanti et al. 2022): 0.85; spread this project\'s',
      },
    },
  },
  'tpu-v5': {
    anchor: 'ampere',
    ratio: {
      low: 0.65,
      central: 0.85,
      high: 1.1,
      source: {
        ...PALM_PAPER,
        note: 'no published training utilisation for TPU v5e/v5p in a paper: TPU v4\'s ratio (same XLA software stack), with a wider spread (this project\'s assumption)',
      },
    },
  },
};

/**
 * z of the two-sided 90 % normal interval: a predicted range is central · exp(±z · σ), σ being the
 * leave-one-out log residual spread of the fit (plus the log spreads of the priors a run uses, each
 * sourced low–high read as a 90 % interval).
 */
export const INTERVAL_Z = 1.6449;
