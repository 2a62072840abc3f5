/**
 * Publications behind the realised-throughput model (throughput.ts) and its calibration set
 * (calibration.ts) that are cited more than once. docs/data-sources.md lists them with what they give.
 */
import type { Source } from './types.js';

export const LLAMA3_PAPER: Source = {
  title: 'Llama Team, AI @ Meta, "The Llama 3 Herd of Models" (arXiv:2407.21783)',
  url: 'https://arxiv.org/abs/2407.21783',
  year: 2024,
};

export const LLAMA1_PAPER: Source = {
  title: 'Touvron et al., "LLaMA: Open and Efficient Foundation Language Models" (arXiv:2302.13971)',
  url: 'https://arxiv.org/abs/2302.13971',
  year: 2023,
};

export const PALM_PAPER: Source = {
  title: 'Chowdhery et al., "PaLM: Scaling Language Modeling with Pathways" (arXiv:2204.02311), appendix B (model FLOPs utilisation)',
  url: 'https://arxiv.org/abs/2204.02311',
  year: 2022,
};

export const KORTHIKANTI_RECOMPUTATION: Source = {
  title: 'Korthikanti et al., "Reducing Activation Recomputation in Large Transformer Models" (arXiv:2205.05198, MLSys 2023)',
  url: 'https://arxiv.org/abs/2205.05198',
  year: 2022,
};

export const MEGATRON_BRIDGE_PERFORMANCE: Source = {
  title: 'NVIDIA NeMo Megatron-Bridge performance summary and archive (NeMo containers 25.09, 25.11, 26.02): model TFLOP/s per GPU by system and precision',
  url: 'https://github.com/NVIDIA-NeMo/Megatron-Bridge/blob/main/docs/performance-summary-archive.md',
  year: 2026,
};
