/**
 * Families with no real config.json in ../shared/real-data/hf-configs: fixtures written here, in the
 * shape of a Hub config.json, with the architecture values the model's publisher gives (its config
 * on the Hugging Face Hub, or its paper), each with its published parameter count and source. They
 * are facts about the models, not copies of the files.
 */
import type { PublishedCount } from './published-counts.js';

export interface ConfigFixture {
  readonly name: string;
  readonly model: string;
  /** What a config.json holds for the keys that matter (model_type first). */
  readonly config: Readonly<Record<string, unknown>>;
  /** Where the architecture values are from. */
  readonly configSource: string;
  readonly published: readonly PublishedCount[];
}

const hub = (id: string) => `Hugging Face Hub, ${id} config.json`;

export const CONFIG_FIXTURES: readonly ConfigFixture[] = [
  {
    name: 'mistral-7b-v0.1',
    model: 'Mistral 7B v0.1',
    config: { model_type: 'mistral', vocab_size: 32000, hidden_size: 4096, intermediate_size: 14336, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 8, tie_word_embeddings: false, max_position_embeddings: 32768 },
    configSource: hub('mistralai/Mistral-7B-v0.1'),
    published: [{ figure: 'total', value: 7.24e9, digits: 3, source: 'Hugging Face Hub model page mistralai/Mistral-7B-v0.1: 7.24B params (safetensors)' }],
  },
  {
    name: 'gemma-7b',
    model: 'Gemma 7B',
    config: { model_type: 'gemma', vocab_size: 256000, hidden_size: 3072, intermediate_size: 24576, num_hidden_layers: 28, num_attention_heads: 16, num_key_value_heads: 16, head_dim: 256, max_position_embeddings: 8192 },
    configSource: hub('google/gemma-7b'),
    published: [{ figure: 'nonEmbedding', value: 7_751_248_896, digits: 10, source: 'Gemma Team, "Gemma: Open Models Based on Gemini Research and Technology" (arXiv 2403.08295), Table 2: 7,751,248,896 non-embedding parameters' }],
  },
  {
    name: 'gemma-2-9b',
    model: 'Gemma 2 9B',
    config: { model_type: 'gemma2', vocab_size: 256000, hidden_size: 3584, intermediate_size: 14336, num_hidden_layers: 42, num_attention_heads: 16, num_key_value_heads: 8, head_dim: 256, max_position_embeddings: 8192 },
    configSource: hub('google/gemma-2-9b'),
    published: [{ figure: 'total', value: 9.24e9, digits: 3, source: 'Hugging Face Hub model page google/gemma-2-9b: 9.24B params (safetensors)' }],
  },
  {
    name: 'gemma-3-4b',
    model: 'Gemma 3 4B (text and vision)',
    config: {
      model_type: 'gemma3',
      text_config: { model_type: 'gemma3_text', vocab_size: 262208, hidden_size: 2560, intermediate_size: 10240, num_hidden_layers: 34, num_attention_heads: 8, num_key_value_heads: 4, head_dim: 256 },
      vision_config: { model_type: 'siglip_vision_model', hidden_size: 1152, intermediate_size: 4304, num_hidden_layers: 27, num_attention_heads: 16, image_size: 896, patch_size: 14 },
    },
    configSource: hub('google/gemma-3-4b-pt'),
    published: [{ figure: 'total', value: 4.301e9, digits: 4, source: 'Gemma Team, "Gemma 3 Technical Report" (arXiv 2503.19786), Table 1: 417M vision encoder + 675M embedding + 3,209M non-embedding' }],
  },
  {
    name: 'phi-3-mini-4k',
    model: 'Phi-3-mini (4k)',
    config: { model_type: 'phi3', vocab_size: 32064, hidden_size: 3072, intermediate_size: 8192, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 32, tie_word_embeddings: false, max_position_embeddings: 4096 },
    configSource: hub('microsoft/Phi-3-mini-4k-instruct'),
    published: [{ figure: 'total', value: 3.82e9, digits: 3, source: 'Hugging Face Hub model page microsoft/Phi-3-mini-4k-instruct: 3.82B params; Phi-3 Technical Report (arXiv 2404.14219): 3.8 billion' }],
  },
  {
    name: 'olmo-2-1124-7b',
    model: 'OLMo 2 7B (1124)',
    config: { model_type: 'olmo2', vocab_size: 100352, hidden_size: 4096, intermediate_size: 11008, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 32, tie_word_embeddings: false, max_position_embeddings: 4096 },
    configSource: hub('allenai/OLMo-2-1124-7B'),
    published: [{ figure: 'total', value: 7.3e9, digits: 2, source: 'Hugging Face Hub model page allenai/OLMo-2-1124-7B: 7.3B params (safetensors)' }],
  },
  {
    name: 'qwen3-8b',
    model: 'Qwen3 8B',
    config: { model_type: 'qwen3', vocab_size: 151936, hidden_size: 4096, intermediate_size: 12288, num_hidden_layers: 36, num_attention_heads: 32, num_key_value_heads: 8, head_dim: 128, tie_word_embeddings: false, max_position_embeddings: 40960 },
    configSource: hub('Qwen/Qwen3-8B'),
    published: [
      { figure: 'total', value: 8.2e9, digits: 2, source: 'Qwen/Qwen3-8B model card: 8.2B parameters, 6.95B non-embedding' },
      { figure: 'nonEmbedding', value: 6.95e9, digits: 3, source: 'Qwen/Qwen3-8B model card' },
    ],
  },
  {
    name: 'qwen1.5-moe-a2.7b',
    model: 'Qwen1.5-MoE-A2.7B (qwen2_moe)',
    config: {
      model_type: 'qwen2_moe', vocab_size: 151936, hidden_size: 2048, intermediate_size: 5632, num_hidden_layers: 24, num_attention_heads: 16, num_key_value_heads: 16,
      num_experts: 60, num_experts_per_tok: 4, moe_intermediate_size: 1408, shared_expert_intermediate_size: 5632, decoder_sparse_step: 1, tie_word_embeddings: false,
    },
    configSource: hub('Qwen/Qwen1.5-MoE-A2.7B'),
    published: [
      { figure: 'total', value: 14.3e9, digits: 3, source: 'Qwen, "Qwen1.5-MoE: Matching 7B Model Performance with 1/3 Activated Parameters" (2024): 14.3B parameters, 2.7B activated' },
      { figure: 'active', value: 2.7e9, digits: 2, source: 'same' },
    ],
  },
  {
    name: 'pythia-1.4b',
    model: 'Pythia 1.4B (gpt_neox)',
    config: { model_type: 'gpt_neox', vocab_size: 50304, hidden_size: 2048, intermediate_size: 8192, num_hidden_layers: 24, num_attention_heads: 16, tie_word_embeddings: false, max_position_embeddings: 2048 },
    configSource: hub('EleutherAI/pythia-1.4b'),
    published: [{ figure: 'nonEmbedding', value: 1_208_602_624, digits: 10, source: 'Biderman et al., "Pythia" (arXiv 2304.01373), Table 1: 1,208,602,624 non-embedding parameters' }],
  },
  {
    name: 'pythia-12b',
    model: 'Pythia 12B (gpt_neox)',
    config: { model_type: 'gpt_neox', vocab_size: 50688, hidden_size: 5120, intermediate_size: 20480, num_hidden_layers: 36, num_attention_heads: 40, tie_word_embeddings: false, max_position_embeddings: 2048 },
    configSource: hub('EleutherAI/pythia-12b'),
    published: [{ figure: 'nonEmbedding', value: 11_327_027_200, digits: 11, source: 'Biderman et al., "Pythia" (arXiv 2304.01373), Table 1: 11,327,027,200 non-embedding parameters' }],
  },
  {
    name: 'falcon-7b',
    model: 'Falcon 7B',
    config: { model_type: 'falcon', vocab_size: 65024, hidden_size: 4544, num_hidden_layers: 32, num_attention_heads: 71, multi_query: true, parallel_attn: true, bias: false, new_decoder_architecture: false },
    configSource: hub('tiiuae/falcon-7b'),
    published: [{ figure: 'total', value: 7e9, digits: 1, source: 'tiiuae/falcon-7b model card: "a 7B parameters causal decoder-only model" (the size in the name; no exact count published)' }],
  },
];
