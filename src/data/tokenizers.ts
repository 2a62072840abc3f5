/**
 * Vocabulary sizes of the tokenizers training configs name, for a parameter count from a NeMo or
 * Megatron-LM architecture (the embedding and output head are vocabulary × hidden size). Only
 * tokenizers a config names unambiguously are listed: a SentencePiece model given as a file path
 * could be any vocabulary, and is left to the manifest's `model.vocabSize`.
 */
import type { Source } from './types.js';

export interface TokenizerSpec {
  /** Names as configs write them: a Megatron tokenizer type or a Hugging Face model id. */
  readonly names: readonly string[];
  readonly vocabSize: number;
  readonly source: Source;
}

const GPT2: Source = {
  title: 'Radford et al., "Language Models are Unsupervised Multitask Learners" (GPT-2), section 2.2: "The vocabulary is expanded to 50,257"',
  url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf',
  year: 2019,
};

const LLAMA3: Source = {
  title: 'meta-llama/Llama-3.1-8B and -70B config.json on the Hugging Face Hub: vocab_size 128256',
  url: 'https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json',
  year: 2024,
};

const MISTRAL: Source = {
  title: 'mistralai/Mistral-7B-v0.1 and Mixtral-8x7B-v0.1 config.json on the Hugging Face Hub: vocab_size 32000',
  url: 'https://huggingface.co/mistralai/Mixtral-8x7B-v0.1/blob/main/config.json',
  year: 2023,
};

export const TOKENIZERS: readonly TokenizerSpec[] = [
  { names: ['GPT2BPETokenizer'], vocabSize: 50257, source: GPT2 },
  {
    names: [
      'meta-llama/Meta-Llama-3-8B',
      'meta-llama/Meta-Llama-3-70B',
      'meta-llama/Meta-Llama-3.1-8B',
      'meta-llama/Meta-Llama-3.1-70B',
      'meta-llama/Meta-Llama-3.1-405B',
      'meta-llama/Llama-3.1-8B',
      'meta-llama/Llama-3.1-70B',
      'meta-llama/Llama-3.1-405B',
    ],
    vocabSize: 128256,
    source: LLAMA3,
  },
  { names: ['mistralai/Mistral-7B-v0.1', 'mistralai/Mixtral-8x7B-v0.1'], vocabSize: 32000, source: MISTRAL },
];

export function findTokenizer(name: string): TokenizerSpec | undefined {
  return TOKENIZERS.find((t) => t.names.includes(name));
}
