/**
 * A Hugging Face transformers `config.json` → the model's shape (src/core/parameters.ts), family by
 * family, as the transformers modeling code builds the model: which projections carry biases, how
 * many norms a layer has, which layers are mixtures of experts, whether the output head is tied.
 * A key the file leaves out takes the default of the family's transformers config class, as
 * transformers itself does, and the report says which defaults were used.
 */
import {
  countParameters,
  shapeProblems,
  visionEncoderParameters,
  type AttentionShape,
  type FeedForward,
  type LayerShape,
  type ParameterCount,
  type TransformerShape,
} from '../../core/parameters.js';
import { InputError, type InputProblem } from '../errors.js';
import { configNumber, type FlatConfig } from './document.js';

/** The transformers config classes' defaults for the keys that change a parameter count. */
type Defaults = Readonly<Record<string, number | boolean | readonly number[] | null>>;

const LLAMA: Defaults = { vocab_size: 32000, hidden_size: 4096, intermediate_size: 11008, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: null, head_dim: null, tie_word_embeddings: false, attention_bias: false, mlp_bias: false };
const MISTRAL: Defaults = { ...LLAMA, intermediate_size: 14336, num_key_value_heads: 8 };
const QWEN2: Defaults = { ...LLAMA, vocab_size: 151936, intermediate_size: 22016, num_key_value_heads: 32 };
const QWEN3: Defaults = { ...QWEN2, head_dim: 128 };
const MOE_LAYERS: Defaults = { decoder_sparse_step: 1, mlp_only_layers: [] };
const GEMMA: Defaults = { vocab_size: 256000, hidden_size: 3072, intermediate_size: 24576, num_hidden_layers: 28, num_attention_heads: 16, num_key_value_heads: 16, head_dim: 256, tie_word_embeddings: true, attention_bias: false };

interface Family {
  /** The transformers config class whose defaults apply. */
  readonly configClass: string;
  readonly defaults: Defaults;
  /** Keys of a nested config the model reads (gemma3: text_config), else the top level. */
  readonly prefix?: string;
  readonly build: (r: KeyReader) => TransformerShape;
}

const SIGLIP: Defaults = { hidden_size: 768, intermediate_size: 3072, num_hidden_layers: 12, num_channels: 3, image_size: 224, patch_size: 16 };

const FAMILIES: Readonly<Record<string, Family>> = {
  llama: { configClass: 'LlamaConfig', defaults: LLAMA, build: (r) => decoder(r, { qkvBias: r.bool('attention_bias'), outputBias: r.bool('attention_bias'), mlpBias: r.bool('mlp_bias') }) },
  mistral: { configClass: 'MistralConfig', defaults: MISTRAL, build: (r) => decoder(r, {}) },
  mixtral: {
    configClass: 'MixtralConfig',
    defaults: { ...MISTRAL, num_local_experts: 8, num_experts_per_tok: 2 },
    build: (r) => decoder(r, { experts: () => ({ experts: r.int('num_local_experts'), topK: r.int('num_experts_per_tok'), intermediate: r.int('intermediate_size') }) }),
  },
  qwen2: { configClass: 'Qwen2Config', defaults: QWEN2, build: (r) => decoder(r, { qkvBias: true }) },
  qwen2_moe: {
    configClass: 'Qwen2MoeConfig',
    defaults: { ...QWEN2, hidden_size: 2048, intermediate_size: 5632, num_hidden_layers: 24, num_attention_heads: 16, num_key_value_heads: 16, qkv_bias: true, num_experts: 60, num_experts_per_tok: 4, moe_intermediate_size: 1408, shared_expert_intermediate_size: 5632, ...MOE_LAYERS },
    build: (r) =>
      decoder(r, {
        qkvBias: r.bool('qkv_bias'),
        experts: () => ({ experts: r.int('num_experts'), topK: r.int('num_experts_per_tok'), intermediate: r.int('moe_intermediate_size'), shared: r.int('shared_expert_intermediate_size'), sharedGate: true }),
        isMoeLayer: qwenMoeLayers(r),
      }),
  },
  qwen3: { configClass: 'Qwen3Config', defaults: QWEN3, build: (r) => decoder(r, { qkvBias: r.bool('attention_bias'), outputBias: r.bool('attention_bias'), queryKeyNorm: 'per-head' }) },
  qwen3_moe: {
    configClass: 'Qwen3MoeConfig',
    defaults: { ...QWEN3, hidden_size: 2048, intermediate_size: 6144, num_hidden_layers: 24, num_key_value_heads: 4, num_experts: 128, num_experts_per_tok: 8, moe_intermediate_size: 768, ...MOE_LAYERS },
    build: (r) =>
      decoder(r, {
        qkvBias: r.bool('attention_bias'),
        outputBias: r.bool('attention_bias'),
        queryKeyNorm: 'per-head',
        experts: () => ({ experts: r.int('num_experts'), topK: r.int('num_experts_per_tok'), intermediate: r.int('moe_intermediate_size') }),
        isMoeLayer: qwenMoeLayers(r),
      }),
  },
  gemma: { configClass: 'GemmaConfig', defaults: GEMMA, build: (r) => decoder(r, { qkvBias: r.bool('attention_bias'), outputBias: r.bool('attention_bias') }) },
  gemma2: {
    configClass: 'Gemma2Config',
    defaults: { ...GEMMA, hidden_size: 2304, intermediate_size: 9216, num_hidden_layers: 26, num_attention_heads: 8, num_key_value_heads: 4 },
    // Gemma 2 wraps attention and MLP in pre- and post-norms: four per layer.
    build: (r) => decoder(r, { qkvBias: r.bool('attention_bias'), outputBias: r.bool('attention_bias'), norms: 4 }),
  },
  gemma3_text: { configClass: 'Gemma3TextConfig', defaults: gemma3Text(), build: gemma3TextShape },
  gemma3: {
    configClass: 'Gemma3TextConfig (text_config), SiglipVisionConfig (vision_config)',
    defaults: { ...prefixed('text_config.', gemma3Text()), ...prefixed('vision_config.', SIGLIP) },
    build: (r) => {
      const text = gemma3TextShape(r.under('text_config.'));
      const v = r.under('vision_config.');
      const vision = visionEncoderParameters({
        hiddenSize: v.int('hidden_size'),
        intermediate: v.int('intermediate_size'),
        layers: v.int('num_hidden_layers'),
        patchSize: v.int('patch_size'),
        imageSize: v.int('image_size'),
        channels: v.int('num_channels'),
      });
      // The projector maps the vision width to the text width, after an RMSNorm of the vision width.
      const projector = v.int('hidden_size') * text.hiddenSize + v.int('hidden_size');
      return { ...text, extras: [{ label: 'SigLIP vision encoder', parameters: vision }, { label: 'multimodal projector', parameters: projector }] };
    },
  },
  phi3: { configClass: 'Phi3Config', defaults: { ...LLAMA, vocab_size: 32064, hidden_size: 3072, intermediate_size: 8192 }, build: (r) => decoder(r, {}) },
  olmo2: {
    configClass: 'Olmo2Config',
    defaults: { ...LLAMA, vocab_size: 50304 },
    // OLMo 2 normalises the whole query and key projections, and puts its two norms after attention and MLP.
    build: (r) => decoder(r, { qkvBias: r.bool('attention_bias'), outputBias: r.bool('attention_bias'), queryKeyNorm: 'whole' }),
  },
  gpt_neox: {
    configClass: 'GPTNeoXConfig',
    defaults: { vocab_size: 50432, hidden_size: 6144, intermediate_size: 24576, num_hidden_layers: 44, num_attention_heads: 64, attention_bias: true, tie_word_embeddings: false },
    build: (r) =>
      decoder(r, {
        qkvBias: r.bool('attention_bias'),
        outputBias: r.bool('attention_bias'),
        gated: false,
        mlpBias: true,
        norm: 'layer',
        kvHeads: () => r.int('num_attention_heads'),
      }),
  },
  falcon: { configClass: 'FalconConfig', defaults: falconDefaults(), build: falconShape },
  deepseek_v3: {
    configClass: 'DeepseekV3Config',
    defaults: {
      vocab_size: 129280, hidden_size: 7168, intermediate_size: 18432, moe_intermediate_size: 2048, num_hidden_layers: 61, num_attention_heads: 128,
      n_shared_experts: 1, n_routed_experts: 256, num_experts_per_tok: 8, first_k_dense_replace: 3, moe_layer_freq: 1, q_lora_rank: 1536,
      kv_lora_rank: 512, qk_rope_head_dim: 64, v_head_dim: 128, qk_nope_head_dim: 128, tie_word_embeddings: false, attention_bias: false, num_nextn_predict_layers: 0,
    },
    build: deepseekV3Shape,
  },
};
// Falcon's first checkpoints name the model type after their dataset.
const ALIASES: Readonly<Record<string, string>> = { RefinedWeb: 'falcon', RefinedWebModel: 'falcon' };

export const SUPPORTED_MODEL_TYPES: readonly string[] = Object.keys(FAMILIES);

function prefixed(prefix: string, d: Defaults): Defaults {
  return Object.fromEntries(Object.entries(d).map(([k, v]) => [prefix + k, v]));
}

function gemma3Text(): Defaults {
  return { ...GEMMA, vocab_size: 262208, hidden_size: 2304, intermediate_size: 9216, num_hidden_layers: 26, num_attention_heads: 8, num_key_value_heads: 4 };
}

function gemma3TextShape(r: KeyReader): TransformerShape {
  return decoder(r, { qkvBias: r.bool('attention_bias'), outputBias: r.bool('attention_bias'), norms: 4, queryKeyNorm: 'per-head' });
}

function falconDefaults(): Defaults {
  return { vocab_size: 65024, hidden_size: 4544, num_hidden_layers: 32, num_attention_heads: 71, num_kv_heads: null, multi_query: true, parallel_attn: true, bias: false, new_decoder_architecture: false, ffn_hidden_size: null, num_ln_in_parallel_attn: null, tie_word_embeddings: true };
}

/** Qwen MoE: a layer is sparse unless listed in mlp_only_layers, every decoder_sparse_step-th layer. */
function qwenMoeLayers(r: KeyReader): (i: number) => boolean {
  const dense = new Set(r.list('mlp_only_layers'));
  const step = r.int('decoder_sparse_step');
  return (i) => !dense.has(i) && (i + 1) % step === 0;
}

/**
 * No dimension of a model config is this large (the widest vocabularies are ~10⁶, the deepest models
 * ~10³ layers): beyond it a value is a mistake, and would make the count loop or overflow.
 */
const MAX_DIMENSION = 10_000_000;

/** Reads keys (under an optional prefix), applying the family's defaults and recording what it used. */
export class KeyReader {
  constructor(
    private readonly flat: FlatConfig,
    private readonly defaults: Defaults,
    private readonly configClass: string,
    readonly used: Set<string>,
    readonly defaulted: Map<string, string>,
    readonly problems: InputProblem[],
    private readonly prefix = '',
  ) {}

  under(prefix: string): KeyReader {
    return new KeyReader(this.flat, this.defaults, this.configClass, this.used, this.defaulted, this.problems, this.prefix + prefix);
  }

  private raw(key: string): { value: unknown; present: boolean } {
    const full = this.prefix + key;
    const entry = this.flat.entries.get(full);
    if (entry !== undefined && entry.value !== null) {
      this.used.add(full);
      return { value: entry.value, present: true };
    }
    if (Object.hasOwn(this.defaults, full) && this.defaults[full] !== null) {
      this.defaulted.set(full, `${full} = ${JSON.stringify(this.defaults[full])} (${this.configClass} default)`);
      return { value: this.defaults[full], present: false };
    }
    return { value: undefined, present: false };
  }

  has(key: string): boolean {
    const entry = this.flat.entries.get(this.prefix + key);
    return (entry !== undefined && entry.value !== null) || (Object.hasOwn(this.defaults, this.prefix + key) && this.defaults[this.prefix + key] !== null);
  }

  private bad(key: string, expected: string, value: unknown): void {
    const full = this.prefix + key;
    this.problems.push({ file: this.flat.file, line: this.flat.entries.get(full)?.line ?? 1, field: full, message: `expected ${expected}, got ${JSON.stringify(value)}` });
  }

  /** A whole number in [min, MAX_DIMENSION] (NaN, with a problem recorded, when absent or malformed). */
  int(key: string, min = 1): number {
    const { value } = this.raw(key);
    const n = configNumber(value);
    if (n !== undefined && n > MAX_DIMENSION) {
      this.bad(key, `a whole number up to ${MAX_DIMENSION.toLocaleString('en-US')}`, value);
      return Number.NaN;
    }
    if (n === undefined || !Number.isInteger(n) || n < min) {
      if (value === undefined) {
        this.problems.push({ file: this.flat.file, line: 1, field: this.prefix + key, message: 'is required to count the parameters' });
      } else {
        this.bad(key, min > 0 ? 'a positive whole number' : 'a whole number', value);
      }
      return Number.NaN;
    }
    return n;
  }

  intOr(key: string, fallback: () => number): number {
    return this.has(key) ? this.int(key) : fallback();
  }

  /** A string-valued key as written (no default), e.g. topk_method. */
  flatValue(key: string): string | undefined {
    const { value, present } = this.raw(key);
    return present && typeof value === 'string' ? value : undefined;
  }

  bool(key: string): boolean {
    const { value } = this.raw(key);
    if (value === undefined) return false;
    if (typeof value !== 'boolean') {
      this.bad(key, 'true or false', value);
      return false;
    }
    return value;
  }

  list(key: string): number[] {
    const { value } = this.raw(key);
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((v) => Number.isInteger(v))) {
      this.bad(key, 'a list of layer numbers', value);
      return [];
    }
    return value as number[];
  }
}

interface DecoderOptions {
  readonly qkvBias?: boolean;
  readonly outputBias?: boolean;
  readonly mlpBias?: boolean;
  readonly gated?: boolean;
  readonly norm?: 'rms' | 'layer';
  readonly norms?: number;
  readonly queryKeyNorm?: 'none' | 'per-head' | 'whole';
  readonly kvHeads?: () => number;
  readonly experts?: () => { experts: number; topK: number; intermediate: number; shared?: number; sharedGate?: boolean };
  /** Which layers are mixtures of experts (default: all, when `experts` is given). */
  readonly isMoeLayer?: (index: number) => boolean;
}

/** Groups consecutive equal layers, so a 61-layer model with 3 dense layers is two groups. */
function groupLayers(layers: number, layerAt: (i: number) => LayerShape): TransformerShape['layerGroups'] {
  const groups: { count: number; layer: LayerShape }[] = [];
  let key = '';
  for (let i = 0; i < layers; i++) {
    const layer = layerAt(i);
    const k = JSON.stringify(layer);
    if (groups.length && k === key) groups[groups.length - 1]!.count++;
    else groups.push({ count: 1, layer });
    key = k;
  }
  return groups;
}

/** The decoder-only transformer most families share (Llama's layout), with each family's variations. */
function decoder(r: KeyReader, o: DecoderOptions): TransformerShape {
  const hidden = r.int('hidden_size');
  const heads = r.int('num_attention_heads');
  const kvHeads = o.kvHeads ? o.kvHeads() : r.intOr('num_key_value_heads', () => heads);
  const headDim = r.intOr('head_dim', () => hidden / heads);
  if (!Number.isInteger(headDim) && !Number.isNaN(headDim)) {
    r.problems.push({ file: '', line: 1, field: 'head_dim', message: `hidden_size ${hidden} is not a multiple of num_attention_heads ${heads}: give head_dim` });
  }
  const attention: AttentionShape = {
    kind: 'multi-head',
    heads,
    kvHeads,
    headDim,
    qkvBias: o.qkvBias ?? false,
    outputBias: o.outputBias ?? false,
    queryKeyNorm: o.queryKeyNorm ?? 'none',
  };
  const gated = o.gated ?? true;
  const dense: FeedForward = { intermediate: r.int('intermediate_size'), gated, bias: o.mlpBias ?? false };
  const e = o.experts?.();
  const layers = r.int('num_hidden_layers');
  const layerAt = (i: number): LayerShape => ({
    attention,
    norms: o.norms ?? 2,
    feedForward:
      e && (o.isMoeLayer?.(i) ?? true)
        ? {
            kind: 'experts',
            block: {
              experts: e.experts,
              topK: e.topK,
              expert: { intermediate: e.intermediate, gated, bias: false },
              shared: e.shared !== undefined ? { intermediate: e.shared, gated, bias: false } : null,
              sharedGate: e.sharedGate ?? false,
              routerBias: false,
            },
          }
        : { kind: 'dense', block: dense },
  });
  return decoderOnly(r, hidden, Number.isInteger(layers) ? groupLayers(layers, layerAt) : [], o.norm ?? 'rms');
}

/** What every family here shares around its layers: rotary positions, a final norm, the vocabulary and the head. */
function decoderOnly(r: KeyReader, hiddenSize: number, layerGroups: TransformerShape['layerGroups'], norm: TransformerShape['norm']): TransformerShape {
  return {
    vocabSize: r.int('vocab_size'),
    hiddenSize,
    layerGroups,
    norm,
    tiedEmbeddings: r.bool('tie_word_embeddings'),
    positionEmbeddings: 0,
    embeddingNorm: false,
    extras: [],
    excluded: [],
  };
}

/**
 * Falcon: one fused QKV projection (multi-query in the 7B, grouped in the new decoder of 40B/180B),
 * parallel attention and MLP behind one or two LayerNorms, a plain 4h MLP.
 */
function falconShape(r: KeyReader): TransformerShape {
  const hidden = r.int('hidden_size');
  const heads = r.int('num_attention_heads');
  const newDecoder = r.bool('new_decoder_architecture');
  const kvHeads = newDecoder ? r.intOr('num_kv_heads', () => heads) : r.bool('multi_query') ? 1 : heads;
  const parallel = r.bool('parallel_attn');
  const norms = newDecoder ? (r.has('num_ln_in_parallel_attn') ? r.int('num_ln_in_parallel_attn') : 2) : parallel ? 1 : 2;
  const bias = r.bool('bias');
  const attention: AttentionShape = { kind: 'multi-head', heads, kvHeads, headDim: hidden / heads, qkvBias: bias, outputBias: bias, queryKeyNorm: 'none' };
  const layer: LayerShape = {
    attention,
    norms,
    feedForward: { kind: 'dense', block: { intermediate: r.intOr('ffn_hidden_size', () => 4 * hidden), gated: false, bias } },
  };
  return decoderOnly(r, hidden, [{ count: r.int('num_hidden_layers'), layer }], 'layer');
}

/**
 * DeepSeek-V3: multi-head latent attention, dense MLPs in the first `first_k_dense_replace` layers,
 * then every `moe_layer_freq`-th layer a mixture of routed and shared experts. The multi-token
 * prediction module (`num_nextn_predict_layers`) is in the checkpoint but not in N: DeepSeek's 671 B
 * leaves it out, and it is a training-time extra head, not the model.
 */
function deepseekV3Shape(r: KeyReader): TransformerShape {
  const hidden = r.int('hidden_size');
  const bias = r.bool('attention_bias');
  const attention: AttentionShape = {
    kind: 'latent',
    heads: r.int('num_attention_heads'),
    qLoraRank: r.has('q_lora_rank') ? r.int('q_lora_rank') : null,
    kvLoraRank: r.int('kv_lora_rank'),
    qkNopeHeadDim: r.int('qk_nope_head_dim'),
    qkRopeHeadDim: r.int('qk_rope_head_dim'),
    vHeadDim: r.int('v_head_dim'),
    bias,
  };
  const moe: LayerShape = {
    attention,
    norms: 2,
    feedForward: {
      kind: 'experts',
      block: {
        experts: r.int('n_routed_experts'),
        topK: r.int('num_experts_per_tok'),
        expert: { intermediate: r.int('moe_intermediate_size'), gated: true, bias: false },
        shared: r.int('n_shared_experts', 0) > 0 ? { intermediate: r.int('moe_intermediate_size') * r.int('n_shared_experts', 0), gated: true, bias: false } : null,
        sharedGate: false,
        // noaux_tc routing learns a per-expert bias, stored in the checkpoint (e_score_correction_bias).
        routerBias: (r.flatValue('topk_method') ?? 'noaux_tc') === 'noaux_tc',
      },
    },
  };
  const dense: LayerShape = { attention, norms: 2, feedForward: { kind: 'dense', block: { intermediate: r.int('intermediate_size'), gated: true, bias: false } } };
  const firstDense = r.int('first_k_dense_replace', 0);
  const freq = r.int('moe_layer_freq');
  const layers = r.int('num_hidden_layers');
  const shape = decoderOnly(r, hidden, Number.isInteger(layers) ? groupLayers(layers, (i) => (i >= firstDense && i % freq === 0 ? moe : dense)) : [], 'rms');
  const mtp = r.has('num_nextn_predict_layers') ? r.int('num_nextn_predict_layers', 0) : 0;
  if (mtp > 0 && Number.isInteger(hidden)) {
    // Each module: two RMSNorms, a 2h → h projection, one MoE layer and the shared head's norm.
    const one = countParameters({ ...shape, layerGroups: [{ count: 1, layer: moe }], tiedEmbeddings: true, vocabSize: 0 }).total + 2 * hidden + 2 * hidden * hidden;
    return { ...shape, excluded: [{ label: `multi-token prediction module${mtp > 1 ? 's' : ''} (num_nextn_predict_layers = ${mtp})`, parameters: mtp * one }] };
  }
  return shape;
}

export interface ModelConfig {
  readonly file: string;
  readonly flat: FlatConfig;
  readonly modelType: string;
  readonly shape: TransformerShape;
  readonly count: ParameterCount;
  /** Decoder layers and width, for the attention term of the FLOPs. */
  readonly layers: number;
  readonly hiddenSize: number;
  /** max_position_embeddings: what the model can take, not the training sequence length. */
  readonly contextLength: number | null;
  /** Keys the count read, with their lines (what a re-estimate and a diff look at). */
  readonly used: ReadonlySet<string>;
  /** Keys left out of the file, and the transformers defaults they took. */
  readonly defaults: readonly string[];
  /** Line of model_type, where a note about the whole count points. */
  readonly line: number;
}

function supportedHint(): string {
  return `supported model_type values: ${SUPPORTED_MODEL_TYPES.join(', ')}; for another model, remove model.config and give model.parameters (and model.activeParameters for a mixture of experts, model.layers and model.hiddenSize for the attention term) in the manifest`;
}

/** Reads the shape and parameter count of a config.json already flattened; throws InputError. */
export function readModelConfig(flat: FlatConfig): ModelConfig {
  const typeEntry = flat.entries.get('model_type');
  const rawType = typeEntry?.value;
  if (typeof rawType !== 'string') {
    throw InputError.single({
      file: flat.file,
      line: typeEntry?.line ?? 1,
      field: 'model_type',
      message: rawType === undefined ? 'has no model_type: is this a Hugging Face config.json?' : `expected a model_type string, got ${JSON.stringify(rawType)}`,
      hint: supportedHint(),
    });
  }
  const modelType = ALIASES[rawType] ?? rawType;
  const family = FAMILIES[modelType];
  if (!family) {
    throw InputError.single({ file: flat.file, line: typeEntry!.line, field: 'model_type', message: `unknown model_type "${rawType}"`, hint: supportedHint() });
  }
  const used = new Set<string>(['model_type']);
  const defaulted = new Map<string, string>();
  const problems: InputProblem[] = [];
  const reader = new KeyReader(flat, family.defaults, family.configClass, used, defaulted, problems);
  const shape = family.build(reader);
  // A shape is checked once its keys are read: a malformed key already says what is wrong.
  if (!problems.length) problems.push(...shapeProblems(shape).map((message) => ({ file: flat.file, line: typeEntry!.line, field: 'model_type', message: `${modelType}: ${message}` })));
  if (problems.length) {
    // The first problem of a key is the one to fix; a missing width repeats through every layer.
    const seen = new Set<string>();
    throw new InputError(
      problems
        .map((p) => ({ ...p, file: flat.file }))
        .filter((p) => {
          const k = `${p.field}:${p.message}`;
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        }),
    );
  }
  const count = countParameters(shape);
  const prefix = family.prefix ?? (modelType === 'gemma3' ? 'text_config.' : '');
  const context = configNumber(flat.entries.get(`${prefix}max_position_embeddings`)?.value);
  return {
    file: flat.file,
    flat,
    modelType,
    shape,
    count,
    layers: count.layers,
    hiddenSize: shape.hiddenSize,
    contextLength: context ?? null,
    used,
    defaults: [...defaulted.values()],
    line: typeEntry!.line,
  };
}
