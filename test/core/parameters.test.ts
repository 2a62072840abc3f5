/**
 * The parameter counter on shapes small enough to count by hand, each term written out: every
 * projection, bias and norm of a layer, experts total and active, latent attention, a ViT tower.
 */
import { describe, expect, it } from 'vitest';
import {
  attentionParameters,
  countParameters,
  feedForwardParameters,
  shapeProblems,
  visionEncoderParameters,
  type LayerShape,
  type TransformerShape,
} from '../../src/core/parameters.js';

const h = 64;
const attention: LayerShape['attention'] = { kind: 'multi-head', heads: 8, kvHeads: 2, headDim: 8, qkvBias: false, outputBias: false, queryKeyNorm: 'none' };
const dense: LayerShape = { attention, norms: 2, feedForward: { kind: 'dense', block: { intermediate: 256, gated: true, bias: false } } };

function shape(over: Partial<TransformerShape> = {}): TransformerShape {
  return { vocabSize: 1000, hiddenSize: h, layerGroups: [{ count: 3, layer: dense }], norm: 'rms', tiedEmbeddings: false, positionEmbeddings: 0, embeddingNorm: false, extras: [], excluded: [], ...over };
}

describe('attention', () => {
  it('GQA: q and o are heads × head size wide, k and v only kv-heads × head size', () => {
    // q 64×64, k 64×16, v 64×16, o 64×64
    expect(attentionParameters(h, attention)).toBe(64 * 64 + 2 * 64 * 16 + 64 * 64);
  });
  it('biases on q, k, v (Qwen2) and on the output, and query/key norms per head or over the projection', () => {
    expect(attentionParameters(h, { ...attention, qkvBias: true })).toBe(10240 + 64 + 16 + 16);
    expect(attentionParameters(h, { ...attention, outputBias: true })).toBe(10240 + 64);
    expect(attentionParameters(h, { ...attention, queryKeyNorm: 'per-head' })).toBe(10240 + 2 * 8);
    expect(attentionParameters(h, { ...attention, queryKeyNorm: 'whole' })).toBe(10240 + 64 + 16);
  });
  it('latent attention (MLA): compressed query and key/value, decoupled rotary part', () => {
    const mla = { kind: 'latent' as const, heads: 4, qLoraRank: 16, kvLoraRank: 8, qkNopeHeadDim: 6, qkRopeHeadDim: 2, vHeadDim: 5, bias: false };
    const q = 64 * 16 + 16 + 16 * 4 * (6 + 2); // q_a, its norm, q_b
    const kv = 64 * (8 + 2) + 8 + 8 * 4 * (6 + 5); // kv_a with the rotary key, its norm, kv_b
    const o = 4 * 5 * 64;
    expect(attentionParameters(h, mla)).toBe(q + kv + o);
    expect(attentionParameters(h, { ...mla, qLoraRank: null })).toBe(64 * 4 * 8 + kv + o);
  });
});

describe('feed-forward', () => {
  it('gated: gate, up and down; plain: up and down, with biases when asked', () => {
    expect(feedForwardParameters(h, { intermediate: 256, gated: true, bias: false })).toBe(3 * 64 * 256);
    expect(feedForwardParameters(h, { intermediate: 256, gated: false, bias: true })).toBe(2 * 64 * 256 + 256 + 64);
  });
});

describe('countParameters', () => {
  const layer = 10240 + 3 * 64 * 256 + 2 * 64;
  it('dense, untied: embedding + head + layers + final norm; N_a = N', () => {
    const c = countParameters(shape());
    expect(c.total).toBe(2 * 1000 * 64 + 3 * layer + 64);
    expect(c.active).toBe(c.total);
    expect(c.nonEmbedding).toBe(3 * layer + 64);
    expect(c.layers).toBe(3);
    expect(c.mixtureOfExperts).toBe(false);
  });
  it('a tied head counts once; learned positions, LayerNorm (weight and bias) and an embedding norm are counted', () => {
    const tied = countParameters(shape({ tiedEmbeddings: true }));
    expect(tied.total).toBe(1000 * 64 + 3 * layer + 64);
    const gpt = countParameters(shape({ tiedEmbeddings: true, positionEmbeddings: 128, norm: 'layer', embeddingNorm: true }));
    const layerNormLayer = 10240 + 3 * 64 * 256 + 2 * 2 * 64;
    expect(gpt.total).toBe(1000 * 64 + 128 * 64 + 3 * layerNormLayer + 2 * 2 * 64);
    expect(gpt.positionEmbedding).toBe(128 * 64);
  });
  it('mixture of experts: all experts in N, the top-k in N_a, router, shared expert and its gate in both', () => {
    const expert = { intermediate: 32, gated: true, bias: false };
    const moe: LayerShape = {
      attention,
      norms: 2,
      feedForward: { kind: 'experts', block: { experts: 8, topK: 2, expert, shared: { intermediate: 64, gated: true, bias: false }, sharedGate: true, routerBias: true } },
    };
    const c = countParameters(shape({ layerGroups: [{ count: 1, layer: dense }, { count: 2, layer: moe }] }));
    const always = 10240 + 2 * 64 + 8 * 64 + 8 + 3 * 64 * 64 + 64; // attention, norms, router (+ bias), shared, its gate
    const oneExpert = 3 * 64 * 32;
    expect(c.total).toBe(2 * 64_000 + layer + 2 * (always + 8 * oneExpert) + 64);
    expect(c.active).toBe(2 * 64_000 + layer + 2 * (always + 2 * oneExpert) + 64);
    expect(c.activeWithoutInputEmbedding).toBe(c.active - 64_000);
    expect(c.mixtureOfExperts).toBe(true);
  });
  it('extras are in N; excluded parts are reported, not counted', () => {
    const c = countParameters(shape({ extras: [{ label: 'vision', parameters: 5 }], excluded: [{ label: 'mtp', parameters: 7 }] }));
    expect(c.total).toBe(countParameters(shape()).total + 5);
    expect(c.excluded).toEqual([{ label: 'mtp', parameters: 7 }]);
  });
});

describe('visionEncoderParameters', () => {
  it('SigLIP so400m at 896 px / 14 px patches: 416,866,032 (the Gemma 3 report rounds its encoder to 417M)', () => {
    expect(visionEncoderParameters({ hiddenSize: 1152, intermediate: 4304, layers: 27, patchSize: 14, imageSize: 896, channels: 3 })).toBe(416_866_032);
  });
});

describe('shapeProblems', () => {
  it('refuses shapes a count would be meaningless for', () => {
    const bad = shape({ vocabSize: 0, layerGroups: [{ count: 2, layer: { ...dense, attention: { ...attention, heads: 6, kvHeads: 4 } } }] });
    expect(shapeProblems(bad)).toEqual(['vocabulary size must be a positive whole number, got 0', '6 attention heads cannot be shared by 4 key/value heads']);
    expect(shapeProblems(shape())).toEqual([]);
  });
});
