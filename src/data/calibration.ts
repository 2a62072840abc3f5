/**
 * The calibration set of the realised-throughput model (issue #10): 14 published training runs with
 * their published GPU-hours, and the architecture facts the FLOPs need (n_layers, d_model, training
 * sequence length), the GPU count and activation recomputation where their papers or training scripts
 * state them. Nothing else is fitted on: other model cards' GPU-hour totals are kept out on purpose,
 * so that they remain an independent test.
 */
import { LLAMA1_PAPER, LLAMA3_PAPER } from './training-sources.js';
import type { Source } from './types.js';

export interface CalibrationCase {
  readonly id: string;
  readonly name: string;
  /** N (dense: all active). */
  readonly parameters: number;
  /** D, training tokens. */
  readonly tokens: number;
  /** Catalogue GPU id. */
  readonly gpu: string;
  readonly precision: 'bf16';
  readonly publishedGpuHours: number;
  readonly layers: number;
  readonly hiddenSize: number;
  /** Training sequence length (the main pretraining stage). */
  readonly seqLen: number;
  /** GPUs used at once, when published. */
  readonly gpuCount: number | null;
  readonly recompute: 'none' | 'selective' | 'full';
  /** Where the GPU-hours come from. */
  readonly source: Source;
  /** Where the architecture, GPU count and recomputation come from. */
  readonly architectureSource: Source;
}

const LLAMA1_TABLE15: Source = {
  ...LLAMA1_PAPER,
  note: 'Table 15: GPU-hours on A100-80GB (7B 82,432; 13B 135,168; 33B 530,432; 65B 1,022,362; OPT-175B 809,472 as estimated by the LLaMA authors)',
};
const LLAMA1_SHAPES: Source = {
  ...LLAMA1_PAPER,
  note: 'Table 2 (dimension, layers, tokens); section 2.4: context 2,048 tokens, 2,048 A100-80GB GPUs (stated for the 65B run)',
};
const LLAMA2_CARD: Source = {
  title: 'Llama 2 model card (meta-llama/llama-models, models/llama2/MODEL_CARD.md), "Training Hardware & Carbon Footprint"',
  url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama2/MODEL_CARD.md',
  year: 2023,
  note: 'A100-80GB: 7B 184,320, 13B 368,640, 70B 1,720,320 GPU-hours; 2.0T tokens',
};
const LLAMA2_SHAPES: Source = {
  title: 'Touvron et al., "Llama 2: Open Foundation and Fine-Tuned Chat Models" (arXiv:2307.09288), Table 1 and the released configs',
  url: 'https://arxiv.org/abs/2307.09288',
  year: 2023,
  note: 'context 4,096; 7B 32 × 4,096, 13B 40 × 5,120, 70B 80 × 8,192 (layers × d_model); GPU count not published',
};
const LLAMA31_CARD: Source = {
  title: 'Llama 3.1 model card (meta-llama/llama-models, models/llama3_1/MODEL_CARD.md)',
  url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
  year: 2024,
  note: 'H100-80GB: 8B 1.46M, 70B 7.0M, 405B 30.84M GPU-hours; 15T+ tokens (15.6T for the 405B, Llama 3 paper)',
};
const LLAMA31_SHAPES: Source = {
  ...LLAMA3_PAPER,
  note: 'Table 3: 8B 32 × 4,096, 70B 80 × 8,192, 405B 126 × 16,384; pretraining at 8,192 tokens; 405B on up to 16,384 H100 (Table 4); GPU counts of 8B and 70B not published',
};

const LLAMA1 = (id: string, name: string, parameters: number, tokens: number, publishedGpuHours: number, layers: number, hiddenSize: number): CalibrationCase => ({
  id,
  name,
  parameters,
  tokens,
  gpu: 'a100-80gb-sxm',
  precision: 'bf16',
  publishedGpuHours,
  layers,
  hiddenSize,
  seqLen: 2048,
  gpuCount: 2048,
  recompute: 'none',
  source: LLAMA1_TABLE15,
  architectureSource: LLAMA1_SHAPES,
});

const LLAMA2 = (id: string, name: string, parameters: number, publishedGpuHours: number, layers: number, hiddenSize: number): CalibrationCase => ({
  id,
  name,
  parameters,
  tokens: 2e12,
  gpu: 'a100-80gb-sxm',
  precision: 'bf16',
  publishedGpuHours,
  layers,
  hiddenSize,
  seqLen: 4096,
  gpuCount: null,
  recompute: 'none',
  source: LLAMA2_CARD,
  architectureSource: LLAMA2_SHAPES,
});

const LLAMA31 = (id: string, name: string, parameters: number, tokens: number, publishedGpuHours: number, layers: number, hiddenSize: number, gpuCount: number | null): CalibrationCase => ({
  id,
  name,
  parameters,
  tokens,
  gpu: 'h100-sxm',
  precision: 'bf16',
  publishedGpuHours,
  layers,
  hiddenSize,
  seqLen: 8192,
  gpuCount,
  recompute: 'none',
  source: LLAMA31_CARD,
  architectureSource: LLAMA31_SHAPES,
});

export const CALIBRATION_CASES: readonly CalibrationCase[] = [
  LLAMA1('llama-7b', 'LLaMA 7B', 6.7e9, 1.0e12, 82_432, 32, 4096),
  LLAMA1('llama-13b', 'LLaMA 13B', 13.0e9, 1.0e12, 135_168, 40, 5120),
  LLAMA1('llama-33b', 'LLaMA 33B', 32.5e9, 1.4e12, 530_432, 60, 6656),
  LLAMA1('llama-65b', 'LLaMA 65B', 65.2e9, 1.4e12, 1_022_362, 80, 8192),
  LLAMA2('llama-2-7b', 'Llama 2 7B', 7e9, 184_320, 32, 4096),
  LLAMA2('llama-2-13b', 'Llama 2 13B', 13e9, 368_640, 40, 5120),
  LLAMA2('llama-2-70b', 'Llama 2 70B', 70e9, 1_720_320, 80, 8192),
  LLAMA31('llama-3.1-8b', 'Llama 3.1 8B', 8e9, 15e12, 1.46e6, 32, 4096, null),
  LLAMA31('llama-3.1-70b', 'Llama 3.1 70B', 70e9, 15e12, 7.0e6, 80, 8192, null),
  LLAMA31('llama-3.1-405b', 'Llama 3.1 405B', 405e9, 15.6e12, 30.84e6, 126, 16_384, 16_384),
  {
    id: 'bloom',
    name: 'BLOOM 176B',
    parameters: 176e9,
    tokens: 366e9,
    gpu: 'a100-80gb-sxm',
    precision: 'bf16',
    publishedGpuHours: 1_082_990,
    layers: 70,
    hiddenSize: 14_336,
    seqLen: 2048,
    gpuCount: 384,
    recompute: 'full',
    source: {
      title: 'Luccioni, Viguier, Ligozat, "Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model" (arXiv:2211.02001)',
      url: 'https://arxiv.org/abs/2211.02001',
      year: 2022,
      note: '1,082,990 GPU-hours of final training on A100-80GB; 366B tokens (BLOOM paper, arXiv:2211.05100, section 3.4.1)',
    },
    architectureSource: {
      title: 'BigScience production SLURM script tr11-176B-ml.slurm (bigscience-workshop/bigscience, train/tr11-176B-ml)',
      url: 'https://github.com/bigscience-workshop/bigscience/blob/master/train/tr11-176B-ml/tr11-176B-ml.slurm',
      year: 2022,
      note: 'NLAYERS=70, NHIDDEN=14336, SEQ_LEN=2048, --checkpoint-activations (full recomputation); 384 A100 (48 nodes × 8, BLOOM paper section 3.4.1)',
    },
  },
  {
    id: 'opt-175b',
    name: 'OPT-175B',
    parameters: 175e9,
    tokens: 180e9,
    gpu: 'a100-80gb-sxm',
    precision: 'bf16',
    publishedGpuHours: 809_472,
    layers: 96,
    hiddenSize: 12_288,
    seqLen: 2048,
    gpuCount: 992,
    recompute: 'none',
    source: LLAMA1_TABLE15,
    architectureSource: {
      title: 'Zhang et al., "OPT: Open Pre-trained Transformer Language Models" (arXiv:2205.01068)',
      url: 'https://arxiv.org/abs/2205.01068',
      year: 2022,
      note: 'Table 1: 96 layers, d_model 12,288; sequence length 2,048; 180B tokens; 992 A100-80GB GPUs (section 2.4)',
    },
  },
  {
    id: 'falcon-180b',
    name: 'Falcon-180B',
    parameters: 180e9,
    tokens: 3.5e12,
    gpu: 'a100-40gb-sxm',
    precision: 'bf16',
    publishedGpuHours: 7e6,
    layers: 80,
    hiddenSize: 14_848,
    seqLen: 2048,
    gpuCount: 4096,
    recompute: 'none',
    source: {
      title: 'Hugging Face blog, "Spread Your Wings: Falcon 180B is here" (huggingface/blog, falcon-180b.md)',
      url: 'https://github.com/huggingface/blog/blob/main/falcon-180b.md',
      year: 2023,
      note: '"3.5 trillion tokens on up to 4096 GPUs simultaneously … a total of ~7,000,000 GPU hours"',
    },
    architectureSource: {
      title: 'Almazrouei et al., "The Falcon Series of Open Language Models" (arXiv:2311.16867)',
      url: 'https://arxiv.org/abs/2311.16867',
      year: 2023,
      note: '80 layers, d_model 14,848, sequence length 2,048; up to 4,096 A100 40GB',
    },
  },
  {
    id: 'phi-3-medium',
    name: 'Phi-3-medium 14B',
    parameters: 14e9,
    tokens: 4.8e12,
    gpu: 'h100-sxm',
    precision: 'bf16',
    publishedGpuHours: 516_096,
    layers: 40,
    hiddenSize: 5120,
    seqLen: 4096,
    gpuCount: 512,
    recompute: 'none',
    source: {
      title: 'Phi-3-medium model card (microsoft/Phi-3-medium-4k-instruct), "Training"',
      url: 'https://huggingface.co/microsoft/Phi-3-medium-4k-instruct',
      year: 2024,
      note: '512 H100-80G for 42 days = 516,096 GPU-hours; 4.8T tokens',
    },
    architectureSource: {
      title: 'Abdin et al., "Phi-3 Technical Report" (arXiv:2404.14219)',
      url: 'https://arxiv.org/abs/2404.14219',
      year: 2024,
      note: 'phi-3-medium: 40 layers, embedding dimension 5,120; default context 4K',
    },
  },
];
