/**
 * Hugging Face config.json → N, N_a, layers, width: the real files of ../shared/real-data/hf-configs
 * (read in place), own fixtures for the families with no real sample, the transformers defaults for
 * keys a file leaves out, and the errors a user sees.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenJson } from '../../../src/inputs/configs/document.js';
import { readModelConfig, SUPPORTED_MODEL_TYPES } from '../../../src/inputs/configs/hf-config.js';
import { InputError, formatProblem } from '../../../src/inputs/errors.js';
import { CONFIG_FIXTURES } from '../../../src/validation/parameter-fixtures.js';
import { realData, realDataFiles } from '../../support/real-data.js';

const read = (file: string) => readModelConfig(flattenJson(readFileSync(file, 'utf8'), path.basename(file)).flat);
const fromObject = (config: object, name = 'config.json') => readModelConfig(flattenJson(JSON.stringify(config, null, 2), name).flat);
const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.problems.map(formatProblem);
    throw e;
  }
  return [];
};

describe('the real config.json files', () => {
  // Exact counts from the architecture; the published figures they are checked against (within 1 %)
  // are in src/validation/published-counts.ts and docs/validation.md.
  const expected: Record<string, { type: string; total: number; active: number; layers: number; hidden: number; context: number }> = {
    'meta-llama_Llama-3.1-8B.json': { type: 'llama', total: 8_030_261_248, active: 8_030_261_248, layers: 32, hidden: 4096, context: 131072 },
    'meta-llama_Llama-3.1-70B.json': { type: 'llama', total: 70_553_706_496, active: 70_553_706_496, layers: 80, hidden: 8192, context: 131072 },
    'Llama-3.1-70B-Instruct_config.json': { type: 'llama', total: 70_553_706_496, active: 70_553_706_496, layers: 80, hidden: 8192, context: 131072 },
    'Mixtral-8x7B__config.json': { type: 'mixtral', total: 46_702_792_704, active: 12_879_925_248, layers: 32, hidden: 4096, context: 32768 },
    'deepseek_v3_reference_config.json': { type: 'deepseek_v3', total: 671_026_419_200, active: 37_552_297_472, layers: 61, hidden: 7168, context: 163840 },
    'Qwen2.5-7B.extracted.json': { type: 'qwen2', total: 7_615_616_512, active: 7_615_616_512, layers: 28, hidden: 3584, context: 131072 },
    'Qwen3-30B-A3B-Instruct-2507.json': { type: 'qwen3_moe', total: 30_532_122_624, active: 3_353_032_704, layers: 48, hidden: 2048, context: 262144 },
  };
  const files = realDataFiles('hf-configs');

  it('every file of the folder is covered here', () => {
    expect(files).toHaveLength(Object.keys(expected).length);
    for (const f of files) expect(Object.keys(expected).some((k) => f.endsWith(k)), f).toBe(true);
  });

  it.each(Object.entries(expected))('%s', (suffix, want) => {
    const m = read(files.find((f) => f.endsWith(suffix))!);
    expect(m.modelType).toBe(want.type);
    expect(m.count.total).toBe(want.total);
    expect(m.count.active).toBe(want.active);
    expect(m.layers).toBe(want.layers);
    expect(m.hiddenSize).toBe(want.hidden);
    expect(m.contextLength).toBe(want.context);
    expect(m.defaults).toEqual([]); // every key the count needs is in these files
  });

  it('Llama 3.1 8B term by term: embeddings 2 × 128,256 × 4,096, 32 layers of GQA attention and SwiGLU, 65 RMSNorms', () => {
    const m = read(realData('hf-configs', 'casys-kaist__LLMServingSim__configs_model_meta-llama_Llama-3.1-8B.json'));
    const attention = 4096 * 4096 * 2 + 4096 * 1024 * 2;
    const mlp = 3 * 4096 * 14336;
    expect(m.count.total).toBe(2 * 128256 * 4096 + 32 * (attention + mlp + 2 * 4096) + 4096);
    expect(m.count.nonEmbedding).toBe(m.count.total - 2 * 128256 * 4096);
  });

  it('DeepSeek-V3: 3 dense layers then 58 MoE layers; the MTP module is reported, not counted; 36.6 B active without the input embedding', () => {
    const m = read(realData('hf-configs', 'tenstorrent__tt-metal__models_demos_deepseek_v3_reference_config.json'));
    expect(m.shape.layerGroups.map((g) => [g.count, g.layer.feedForward.kind])).toEqual([
      [3, 'dense'],
      [58, 'experts'],
    ]);
    expect(m.count.excluded).toEqual([{ label: 'multi-token prediction module (num_nextn_predict_layers = 1)', parameters: 11_610_068_224 }]);
    expect(m.count.activeWithoutInputEmbedding).toBe(36_625_618_432);
  });

  it('moe_layer_freq and first_k_dense_replace decide which layers are MoE', () => {
    const text = readFileSync(realData('hf-configs', 'tenstorrent__tt-metal__models_demos_deepseek_v3_reference_config.json'), 'utf8');
    const config = { ...(JSON.parse(text) as object), moe_layer_freq: 2, first_k_dense_replace: 1 };
    const m = fromObject(config);
    // Layers 2, 4, … 60 are MoE (i ≥ 1 and i % 2 == 0): 30 of 61.
    const moe = m.shape.layerGroups.filter((g) => g.layer.feedForward.kind === 'experts').reduce((s, g) => s + g.count, 0);
    expect(moe).toBe(30);
  });
});

describe('families without a real sample (own fixtures, src/validation/parameter-fixtures.ts)', () => {
  it.each(CONFIG_FIXTURES.map((f) => [f.name, f] as const))('%s is within 1 % of its published figure (when the figure is a count)', (_name, f) => {
    const m = fromObject(f.config);
    for (const p of f.published) {
      if (p.digits < 2) continue;
      expect(Math.abs(m.count[p.figure] / p.value - 1), `${p.figure} ${m.count[p.figure]} vs ${p.value}`).toBeLessThanOrEqual(0.01);
    }
  });

  it('exact published counts are reproduced exactly: Gemma 7B and Pythia non-embedding', () => {
    const exact = (name: string) => fromObject(CONFIG_FIXTURES.find((f) => f.name === name)!.config).count.nonEmbedding;
    expect(exact('gemma-7b')).toBe(7_751_248_896);
    expect(exact('pythia-1.4b')).toBe(1_208_602_624);
    expect(exact('pythia-12b')).toBe(11_327_027_200);
  });

  it('Gemma 2 has four norms per layer, Gemma 3 adds query/key norms and counts its vision tower and projector', () => {
    const g2 = fromObject(CONFIG_FIXTURES.find((f) => f.name === 'gemma-2-9b')!.config);
    expect(g2.shape.layerGroups[0]!.layer.norms).toBe(4);
    expect(g2.shape.tiedEmbeddings).toBe(true); // Gemma2Config default
    const g3 = fromObject(CONFIG_FIXTURES.find((f) => f.name === 'gemma-3-4b')!.config);
    expect(g3.shape.extras).toEqual([
      { label: 'SigLIP vision encoder', parameters: 416_866_032 },
      { label: 'multimodal projector', parameters: 1152 * 2560 + 1152 },
    ]);
    expect(g3.count.nonEmbedding - g3.count.extras).toBe(3_209_008_128 + 2560); // the report's 3,209M (+ the final norm)
  });

  it('Falcon 40B-style new decoder: grouped fused QKV and two LayerNorms per layer', () => {
    const m = fromObject({ model_type: 'falcon', vocab_size: 65024, hidden_size: 8192, num_hidden_layers: 60, num_attention_heads: 128, num_kv_heads: 8, new_decoder_architecture: true, parallel_attn: true, bias: false });
    const layer = 2 * 2 * 8192 + 8192 * (128 + 16) * 64 + 8192 * 8192 + 2 * 8192 * 32768;
    expect(m.count.total).toBe(65024 * 8192 + 60 * layer + 2 * 8192);
  });

  it('the legacy "RefinedWebModel" type is read as Falcon', () => {
    const falcon = CONFIG_FIXTURES.find((f) => f.name === 'falcon-7b')!.config;
    expect(fromObject({ ...falcon, model_type: 'RefinedWebModel' }).count.total).toBe(6_921_720_704);
  });
});

describe('keys a file leaves out take the transformers defaults, and the report says so', () => {
  it('a Gemma 3 text config with only its width and depth (as the Hub files are written)', () => {
    const m = fromObject({ model_type: 'gemma3_text', hidden_size: 1152, intermediate_size: 6912, num_hidden_layers: 26, num_attention_heads: 4, num_key_value_heads: 1, head_dim: 256 });
    expect(m.defaults).toEqual([
      'attention_bias = false (Gemma3TextConfig default)',
      'vocab_size = 262208 (Gemma3TextConfig default)',
      'tie_word_embeddings = true (Gemma3TextConfig default)',
    ]);
    expect(m.shape.vocabSize).toBe(262208);
  });
});

describe('errors', () => {
  it('an unknown model_type names the supported ones and the manual fields', () => {
    const [p] = problemsOf(() => fromObject({ model_type: 'mamba', hidden_size: 768 }));
    expect(p).toMatch(/^config\.json:2: model_type: unknown model_type "mamba" \(supported model_type values: llama, mistral, mixtral, qwen2, qwen2_moe, qwen3, qwen3_moe, gemma, gemma2, gemma3_text, gemma3, phi3, olmo2, gpt_neox, falcon, deepseek_v3; for another model, remove model.config and give model.parameters/);
    expect(SUPPORTED_MODEL_TYPES).toHaveLength(16);
  });

  it('no model_type: not a transformers config', () => {
    expect(problemsOf(() => fromObject({ hidden_size: 1 }))[0]).toMatch(/^config\.json:1: model_type: has no model_type: is this a Hugging Face config\.json\?/);
  });

  it('a value of the wrong kind is named with its line and what was expected', () => {
    const problems = problemsOf(() => fromObject({ model_type: 'llama', vocab_size: 32000, hidden_size: '4k', intermediate_size: 11008, num_hidden_layers: 2.5, num_attention_heads: 32 }));
    expect(problems).toEqual([
      'config.json:4: hidden_size: expected a positive whole number, got "4k"',
      'config.json:6: num_hidden_layers: expected a positive whole number, got 2.5',
    ]);
  });

  it('malformed JSON: the line and column JSON.parse reports', () => {
    const problems = problemsOf(() => flattenJson('{\n  "model_type": "llama",\n  "hidden_size": 4096,\n}\n', 'model/config.json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^model\/config\.json:4:1: invalid JSON: /);
    expect(problemsOf(() => flattenJson('{"model_type": "llama", ', 'c.json'))[0]).toMatch(/^c\.json:1:\d+: invalid JSON: /);
  });

  it('malformed JSON whose message has no position (an unexpected token): located at the token, the message without the quoted text', () => {
    expect(problemsOf(() => flattenJson('{\n  "model_type": "llama",\n  "hidden_size": x4096\n}\n', 'c.json'))).toEqual(["c.json:3:18: invalid JSON: Unexpected token 'x'"]);
  });
});

describe('hostile values', () => {
  it('a dimension beyond any model is refused before it is counted (no loop over 10^300 layers)', () => {
    expect(problemsOf(() => fromObject({ model_type: 'llama', num_hidden_layers: 1e300 }))).toEqual([
      'config.json:3: num_hidden_layers: expected a whole number up to 10,000,000, got 1e+300',
    ]);
  });
});
