/**
 * The real configs of ../shared/real-data (Hugging Face config.json files, NeMo and Megatron-LM
 * training configs) and the parameter counts their models' publishers give, with the source of each.
 * docs/validation.md compares them with the counts computed from the configs.
 */

/** Which of the computed figures a published one is compared with (src/core/parameters.ts). */
export type CountFigure = 'total' | 'nonEmbedding' | 'active' | 'activeWithoutInputEmbedding';

export interface PublishedCount {
  readonly figure: CountFigure;
  readonly value: number;
  /** Significant digits the figure is published with: "7B" (1) is a name, not a count, and is not checked. */
  readonly digits: number;
  readonly source: string;
}

export interface RealConfig {
  /** Folder under ../shared/real-data and file name. */
  readonly folder: string;
  readonly file: string;
  readonly model: string;
  /**
   * The vocabulary, when the config does not give it and names no tokenizer the catalogue knows: what
   * a manifest would give as model.vocabSize, with where it comes from.
   */
  readonly vocabulary?: { readonly size: number; readonly source: string };
  readonly published: readonly PublishedCount[];
}

const LLAMA31_8B = 'Hugging Face Hub model page meta-llama/Llama-3.1-8B: 8.03B params; "The Llama 3 Herd of Models" (arXiv 2407.21783)';
const LLAMA31_70B = 'Hugging Face Hub model page meta-llama/Llama-3.1-70B: 70.6B params';
const MIXTRAL = 'Mistral AI, "Mixtral of experts" (2023-12-11): 46.7B total parameters, 12.9B used per token';
const GPT3 = 'Brown et al., "Language Models are Few-Shot Learners" (arXiv 2005.14165), Table 2.1: 175.0B';
const GPT2_VOCAB = { size: 50257, source: 'GPT-3 uses the GPT-2 tokenizer: 50,257 tokens (Radford et al. 2019)' };

export const REAL_CONFIGS: readonly RealConfig[] = [
  {
    folder: 'hf-configs',
    file: 'casys-kaist__LLMServingSim__configs_model_meta-llama_Llama-3.1-8B.json',
    model: 'Llama 3.1 8B',
    published: [{ figure: 'total', value: 8.03e9, digits: 3, source: LLAMA31_8B }],
  },
  {
    folder: 'hf-configs',
    file: 'casys-kaist__LLMServingSim__configs_model_meta-llama_Llama-3.1-70B.json',
    model: 'Llama 3.1 70B',
    published: [{ figure: 'total', value: 70.6e9, digits: 3, source: LLAMA31_70B }],
  },
  {
    folder: 'hf-configs',
    file: 'tenstorrent__tt-metal__models_tt_transformers_model_params_Llama-3.1-70B-Instruct_config.json',
    model: 'Llama 3.1 70B Instruct',
    published: [{ figure: 'total', value: 70.6e9, digits: 3, source: 'Hugging Face Hub model page meta-llama/Llama-3.1-70B-Instruct: 70.6B params' }],
  },
  {
    folder: 'hf-configs',
    file: 'yangulei__Mixtral-8x7B__config.json',
    model: 'Mixtral 8x7B',
    published: [
      { figure: 'total', value: 46_702_792_704, digits: 11, source: `${MIXTRAL}; model.safetensors.index.json of the same Hub commit: total_size 93,405,585,408 bytes in bf16 = 46,702,792,704` },
      { figure: 'active', value: 12.9e9, digits: 3, source: MIXTRAL },
    ],
  },
  {
    folder: 'hf-configs',
    file: 'tenstorrent__tt-metal__models_demos_deepseek_v3_reference_config.json',
    model: 'DeepSeek-V3',
    published: [
      { figure: 'total', value: 671e9, digits: 3, source: 'DeepSeek-V3 Technical Report (arXiv 2412.19437); README_WEIGHTS.md of the Hub repository: main model 671B (the MTP module apart)' },
      {
        figure: 'activeWithoutInputEmbedding',
        value: 36.6e9,
        digits: 3,
        source: 'README_WEIGHTS.md of the Hub repository: 36.6B activated "including 0.9B for the output Head" (the input embedding, a lookup, is left out); the paper rounds to 37B',
      },
    ],
  },
  {
    folder: 'hf-configs',
    file: 'citsjtu2020__LLM-Prof__sglang_Model_Config.md__L163-190_Qwen2.5-7B.extracted.json',
    model: 'Qwen2.5 7B',
    published: [
      { figure: 'total', value: 7.61e9, digits: 3, source: 'Qwen/Qwen2.5-7B model card: 7.61B parameters, 6.53B non-embedding' },
      { figure: 'nonEmbedding', value: 6.53e9, digits: 3, source: 'Qwen/Qwen2.5-7B model card' },
    ],
  },
  {
    folder: 'hf-configs',
    file: 'casys-kaist__LLMServingSim__configs_model_Qwen_Qwen3-30B-A3B-Instruct-2507.json',
    model: 'Qwen3 30B-A3B',
    published: [
      { figure: 'total', value: 30.5e9, digits: 3, source: 'Qwen/Qwen3-30B-A3B-Instruct-2507 model card: 30.5B in total, 3.3B activated, 29.9B non-embedding' },
      { figure: 'nonEmbedding', value: 29.9e9, digits: 3, source: 'Qwen/Qwen3-30B-A3B-Instruct-2507 model card' },
      { figure: 'active', value: 3.3e9, digits: 2, source: 'Qwen/Qwen3-30B-A3B-Instruct-2507 model card' },
    ],
  },
  {
    folder: 'training-configs/nemo',
    file: 'NVIDIA__NeMo-Framework-Launcher__launcher_scripts_conf_training_llama_llama3_1_8b.yaml',
    model: 'Llama 3.1 8B',
    published: [{ figure: 'total', value: 8.03e9, digits: 3, source: LLAMA31_8B }],
  },
  {
    folder: 'training-configs/nemo',
    file: 'NVIDIA__NeMo-Framework-Launcher__launcher_scripts_conf_training_llama_llama3_1_70b.yaml',
    model: 'Llama 3.1 70B',
    published: [{ figure: 'total', value: 70.6e9, digits: 3, source: LLAMA31_70B }],
  },
  {
    folder: 'training-configs/nemo',
    file: 'NVIDIA__NeMo-Framework-Launcher__launcher_scripts_conf_training_mixtral_mixtral_8x7b.yaml',
    model: 'Mixtral 8x7B',
    published: [
      { figure: 'total', value: 46.7e9, digits: 3, source: MIXTRAL },
      { figure: 'active', value: 12.9e9, digits: 3, source: MIXTRAL },
    ],
  },
  {
    folder: 'training-configs/nemo',
    file: 'NVIDIA__NeMo-Framework-Launcher__launcher_scripts_conf_training_gpt3_175b.yaml',
    model: 'GPT-3 175B',
    published: [{ figure: 'total', value: 175e9, digits: 4, source: GPT3 }],
  },
  {
    folder: 'training-configs/nemo',
    file: 'NVIDIA__NeMo-Framework-Launcher__launcher_scripts_conf_training_nemotron_nemotron_15b.yaml',
    model: 'Nemotron-4 15B',
    vocabulary: { size: 256000, source: 'Nemotron-4 15B Technical Report (arXiv 2402.16819): a 256,000-token SentencePiece vocabulary' },
    published: [{ figure: 'nonEmbedding', value: 12.5e9, digits: 3, source: 'Nemotron-4 15B Technical Report (arXiv 2402.16819), section 2: 3.2 billion embedding and 12.5 billion non-embedding parameters' }],
  },
  {
    folder: 'training-configs/nemo',
    file: 'NVIDIA__NeMo__examples_nlp_language_modeling_conf_megatron_llama_config.yaml',
    model: 'Llama 2 7B (the shape of NeMo\'s base Llama config)',
    vocabulary: { size: 32000, source: 'Llama 2 (arXiv 2307.09288): a 32k-token vocabulary' },
    published: [{ figure: 'total', value: 6.74e9, digits: 3, source: 'Hugging Face Hub model page meta-llama/Llama-2-7b-hf: 6.74B params' }],
  },
  {
    folder: 'training-configs/nemo',
    file: 'NVIDIA__NeMo-Framework-Launcher__launcher_scripts_conf_training_gpt3_5b.yaml',
    model: 'GPT-3-style 5B (NeMo)',
    published: [],
  },
  {
    folder: 'training-configs/megatron-lm',
    file: 'NVIDIA__Megatron-LM__examples_gpt3_train_gpt3_175b_distributed.sh',
    model: 'GPT-3 175B',
    vocabulary: GPT2_VOCAB,
    published: [{ figure: 'total', value: 175e9, digits: 4, source: GPT3 }],
  },
  {
    folder: 'training-configs/megatron-lm',
    file: 'NVIDIA__Megatron-LM__examples_llama_train_llama3_8b_h100_fp8.sh',
    model: 'Llama 3 8B',
    published: [{ figure: 'total', value: 8.03e9, digits: 3, source: 'Hugging Face Hub model page meta-llama/Meta-Llama-3-8B: 8.03B params' }],
  },
  {
    folder: 'training-configs/megatron-lm',
    file: 'NVIDIA__Megatron-LM__examples_mixtral_train_mixtral_8x7b_distributed.sh',
    model: 'Mixtral 8x7B',
    vocabulary: { size: 32000, source: 'vocab_size 32000 of Mixtral-8x7B config.json (../shared/real-data/hf-configs)' },
    published: [
      { figure: 'total', value: 46.7e9, digits: 3, source: MIXTRAL },
      { figure: 'active', value: 12.9e9, digits: 3, source: MIXTRAL },
    ],
  },
  {
    folder: 'training-configs/megatron-lm',
    file: 'bigscience-workshop__bigscience__train_tr11-176B-ml_tr11-176B-ml.slurm',
    model: 'BLOOM 176B',
    published: [{ figure: 'total', value: 176_247_271_424, digits: 12, source: 'bigscience/bloom model card: 176,247,271,424 parameters' }],
  },
  {
    folder: 'training-configs/megatron-lm',
    file: 'bigscience-workshop__bigscience__train_tr1-13B-base_tr1-13B-round1.slurm',
    model: 'BigScience tr1-13B',
    vocabulary: { size: 50257, source: 'the script\'s own VOCAB_SIZE=50257 (set, but not passed to Megatron; its tokenizer is the GPT-2 vocab file)' },
    published: [],
  },
];

/** Published figures precise enough to be checked against the 1 % goal (two significant digits or more). */
export function checked(p: PublishedCount): boolean {
  return p.digits >= 2;
}
