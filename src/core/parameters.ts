/**
 * Parameter counts from a transformer's shape: pure arithmetic over the weight matrices, biases and
 * norms a decoder-only model (dense or mixture of experts) holds. The input adapters
 * (src/inputs/configs/) turn a Hugging Face config.json or a training config into a TransformerShape;
 * this module only counts.
 *
 * Conventions (what the report calls N and N_a):
 * - N, total parameters, counts everything the checkpoint trains: input embedding, output head (once
 *   when tied), learned position embeddings, every layer, the norms and any extra tower (a vision
 *   encoder). That is how models publish their size (Llama 3.1 8B = 8.03 B), and the figure the
 *   FLOPs calibration is done against.
 * - N_a, active parameters, is N less the routed experts a token is not sent to. Embeddings are
 *   included, as Mistral (Mixtral 12.9 B) and Qwen (Qwen3-30B-A3B 3.3 B) publish it; DeepSeek
 *   publishes it without the input embedding (36.6 B), also returned here (`activeWithoutInputEmbedding`).
 */

/** RMSNorm has a weight vector; LayerNorm a weight and a bias. */
export type NormKind = 'rms' | 'layer';

/** Standard attention: query heads, key/value heads (GQA when fewer, MQA when one) and head size. */
export interface MultiHeadAttention {
  readonly kind: 'multi-head';
  readonly heads: number;
  readonly kvHeads: number;
  readonly headDim: number;
  readonly qkvBias: boolean;
  readonly outputBias: boolean;
  /** Query/key norms: one per head dimension (Qwen3, Gemma 3) or over the whole projection (OLMo 2). */
  readonly queryKeyNorm: 'none' | 'per-head' | 'whole';
}

/** Multi-head latent attention (DeepSeek-V2/V3): low-rank query and key/value projections. */
export interface LatentAttention {
  readonly kind: 'latent';
  readonly heads: number;
  /** Rank of the query compression, or null when queries are projected directly. */
  readonly qLoraRank: number | null;
  readonly kvLoraRank: number;
  readonly qkNopeHeadDim: number;
  readonly qkRopeHeadDim: number;
  readonly vHeadDim: number;
  readonly bias: boolean;
}

export type AttentionShape = MultiHeadAttention | LatentAttention;

/** A feed-forward block: gated (SwiGLU/GeGLU: gate, up, down) or plain (up, down). */
export interface FeedForward {
  readonly intermediate: number;
  readonly gated: boolean;
  readonly bias: boolean;
}

/** A mixture-of-experts block: a router, routed experts (top-k per token) and optional shared experts. */
export interface Experts {
  readonly experts: number;
  readonly topK: number;
  readonly expert: FeedForward;
  /** Experts every token goes through (DeepSeek, Qwen2-MoE), as one block. */
  readonly shared: FeedForward | null;
  /** Qwen2-MoE scales the shared expert by a learned gate (hidden → 1). */
  readonly sharedGate: boolean;
  /** A learned per-expert bias of the router (DeepSeek-V3's load-balancing correction). */
  readonly routerBias: boolean;
}

export interface LayerShape {
  readonly attention: AttentionShape;
  readonly feedForward: { readonly kind: 'dense'; readonly block: FeedForward } | { readonly kind: 'experts'; readonly block: Experts };
  /** Hidden-size norms in the layer (2 for pre-norm blocks, 4 for Gemma 2's sandwich norms). */
  readonly norms: number;
}

export interface TransformerShape {
  readonly vocabSize: number;
  readonly hiddenSize: number;
  /** Consecutive runs of identical layers (dense first layers, then MoE ones...). */
  readonly layerGroups: readonly { readonly count: number; readonly layer: LayerShape }[];
  readonly norm: NormKind;
  readonly tiedEmbeddings: boolean;
  /** Rows of a learned position embedding (GPT-2/GPT-3 style); 0 with rotary or ALiBi positions. */
  readonly positionEmbeddings: number;
  /** A norm right after the embedding (BLOOM). */
  readonly embeddingNorm: boolean;
  /** Parts outside the decoder counted in N (a vision encoder and its projector), with a label. */
  readonly extras: readonly { readonly label: string; readonly parameters: number }[];
  /** Parts the checkpoint holds but N leaves out (DeepSeek-V3's multi-token prediction module). */
  readonly excluded: readonly { readonly label: string; readonly parameters: number }[];
}

export interface ParameterCount {
  /** N. */
  readonly total: number;
  /** N_a: N less the routed experts a token does not use (= N when dense). */
  readonly active: number;
  /** N_a without the input embedding, the lookup that computes nothing (DeepSeek's convention). */
  readonly activeWithoutInputEmbedding: number;
  readonly inputEmbedding: number;
  /** 0 when tied to the input embedding. */
  readonly outputHead: number;
  readonly positionEmbedding: number;
  /** N without the embeddings, position embeddings and output head (Kaplan et al.'s N). */
  readonly nonEmbedding: number;
  readonly layers: number;
  readonly extras: number;
  readonly excluded: TransformerShape['excluded'];
  readonly mixtureOfExperts: boolean;
}

export function linear(inputs: number, outputs: number, bias: boolean): number {
  return inputs * outputs + (bias ? outputs : 0);
}

function normSize(kind: NormKind, width: number): number {
  return kind === 'rms' ? width : 2 * width;
}

export function feedForwardParameters(hidden: number, f: FeedForward): number {
  const up = linear(hidden, f.intermediate, f.bias);
  return (f.gated ? 2 * up : up) + linear(f.intermediate, hidden, f.bias);
}

export function attentionParameters(hidden: number, a: AttentionShape): number {
  if (a.kind === 'latent') {
    const qkHead = a.qkNopeHeadDim + a.qkRopeHeadDim;
    const query =
      a.qLoraRank === null
        ? linear(hidden, a.heads * qkHead, false)
        : linear(hidden, a.qLoraRank, a.bias) + a.qLoraRank + linear(a.qLoraRank, a.heads * qkHead, false);
    const keyValue =
      linear(hidden, a.kvLoraRank + a.qkRopeHeadDim, a.bias) + a.kvLoraRank + linear(a.kvLoraRank, a.heads * (a.qkNopeHeadDim + a.vHeadDim), false);
    return query + keyValue + linear(a.heads * a.vHeadDim, hidden, a.bias);
  }
  const q = a.heads * a.headDim;
  const kv = a.kvHeads * a.headDim;
  const norms = a.queryKeyNorm === 'per-head' ? 2 * a.headDim : a.queryKeyNorm === 'whole' ? q + kv : 0;
  return linear(hidden, q, a.qkvBias) + 2 * linear(hidden, kv, a.qkvBias) + linear(q, hidden, a.outputBias) + norms;
}

/** A layer's parameters: all of them, and those a token uses. */
function layerParameters(shape: TransformerShape, layer: LayerShape): { total: number; active: number } {
  const h = shape.hiddenSize;
  const common = attentionParameters(h, layer.attention) + layer.norms * normSize(shape.norm, h);
  const ff = layer.feedForward;
  if (ff.kind === 'dense') {
    const dense = feedForwardParameters(h, ff.block);
    return { total: common + dense, active: common + dense };
  }
  const e = ff.block;
  const router = e.experts * h + (e.routerBias ? e.experts : 0);
  const always = router + (e.shared ? feedForwardParameters(h, e.shared) : 0) + (e.sharedGate ? h : 0);
  const expert = feedForwardParameters(h, e.expert);
  return { total: common + always + e.experts * expert, active: common + always + e.topK * expert };
}

/** Checks the shape before counting: a count from a malformed shape must not reach a report. */
export function shapeProblems(shape: TransformerShape): string[] {
  const problems: string[] = [];
  const positive = (name: string, v: number) => {
    if (!(Number.isInteger(v) && v > 0)) problems.push(`${name} must be a positive whole number, got ${v}`);
  };
  positive('vocabulary size', shape.vocabSize);
  positive('hidden size', shape.hiddenSize);
  if (!shape.layerGroups.length) problems.push('the model has no layers');
  for (const { count, layer } of shape.layerGroups) {
    positive('layer count', count);
    const a = layer.attention;
    positive('attention heads', a.heads);
    if (a.kind === 'multi-head') {
      positive('key/value heads', a.kvHeads);
      positive('head size', a.headDim);
      if (a.heads % a.kvHeads !== 0) problems.push(`${a.heads} attention heads cannot be shared by ${a.kvHeads} key/value heads`);
    }
    if (layer.feedForward.kind === 'experts') {
      const e = layer.feedForward.block;
      positive('experts', e.experts);
      positive('experts per token', e.topK);
      if (e.topK > e.experts) problems.push(`${e.topK} experts per token is more than the ${e.experts} experts`);
    }
  }
  return problems;
}

export function countParameters(shape: TransformerShape): ParameterCount {
  const h = shape.hiddenSize;
  const inputEmbedding = shape.vocabSize * h;
  const outputHead = shape.tiedEmbeddings ? 0 : shape.vocabSize * h;
  const positionEmbedding = shape.positionEmbeddings * h;
  let layersTotal = 0;
  let layersActive = 0;
  let layers = 0;
  let mixtureOfExperts = false;
  for (const { count, layer } of shape.layerGroups) {
    const p = layerParameters(shape, layer);
    layersTotal += count * p.total;
    layersActive += count * p.active;
    layers += count;
    if (layer.feedForward.kind === 'experts') mixtureOfExperts = true;
  }
  const norms = normSize(shape.norm, h) * (1 + (shape.embeddingNorm ? 1 : 0));
  const extras = shape.extras.reduce((s, e) => s + e.parameters, 0);
  const embeddings = inputEmbedding + outputHead + positionEmbedding;
  const total = embeddings + layersTotal + norms + extras;
  const active = embeddings + layersActive + norms + extras;
  return {
    total,
    active,
    activeWithoutInputEmbedding: active - inputEmbedding,
    inputEmbedding,
    outputHead,
    positionEmbedding,
    nonEmbedding: total - embeddings,
    layers,
    extras,
    excluded: shape.excluded,
    mixtureOfExperts,
  };
}

/** A ViT encoder as SigLIP builds it (patch embedding, learned positions, pre-norm layers, final norm). */
export interface VisionEncoderShape {
  readonly hiddenSize: number;
  readonly intermediate: number;
  readonly layers: number;
  readonly patchSize: number;
  readonly imageSize: number;
  readonly channels: number;
}

export function visionEncoderParameters(v: VisionEncoderShape): number {
  const h = v.hiddenSize;
  const patches = (v.imageSize / v.patchSize) ** 2;
  const patchEmbedding = v.channels * v.patchSize * v.patchSize * h + h;
  const layer = 2 * normSize('layer', h) + 4 * linear(h, h, true) + feedForwardParameters(h, { intermediate: v.intermediate, gated: false, bias: true });
  return patchEmbedding + patches * h + v.layers * layer + normSize('layer', h);
}
