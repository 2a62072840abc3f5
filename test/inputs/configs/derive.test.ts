/**
 * Runs whose figures come from their configs, through the real loader: the effective run, where each
 * figure came from (file, line, key), what the manifest must supply, and the errors when two places
 * disagree. Real configs are read in place from ../shared/real-data and served from memory.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, formatProblem } from '../../../src/inputs/errors.js';
import { loadState } from '../../../src/inputs/load.js';
import { MemoryReader } from '../../../src/inputs/tree.js';
import { realData, realDataFiles } from '../../support/real-data.js';

const real = (folder: string, suffix: string) => readFileSync(realDataFiles(folder).find((f) => f.endsWith(suffix))!, 'utf8');
const LLAMA8B = readFileSync(realData('hf-configs', 'casys-kaist__LLMServingSim__configs_model_meta-llama_Llama-3.1-8B.json'), 'utf8');
const NEMO8B = real('training-configs/nemo', 'llama_llama3_1_8b.yaml');

async function load(files: Record<string, string>) {
  return loadState(new MemoryReader('test tree', new Map(Object.entries(files))), { manifests: ['ml/footprint.yml'] });
}
async function problems(files: Record<string, string>): Promise<string[]> {
  const e = await load(files).catch((x: unknown) => x);
  if (!(e instanceof InputError)) throw new Error(`expected an InputError, got ${String(e)}`);
  return e.problems.map(formatProblem);
}
const manifest = (run: string) => `version: 1\nruns:\n  - id: r\n    hardware: { gpu: h100-sxm }\n    gridIntensity: 0.4\n${run}`;
const lineOf = (text: string, re: RegExp) => text.split('\n').findIndex((l) => re.test(l)) + 1;
const source = (state: Awaited<ReturnType<typeof load>>, key: string) => state.report.runs[0]!.run.assumptions.find((a) => a.key === key);

describe('a run described by its model config and a NeMo training config', () => {
  const files = {
    'ml/footprint.yml': manifest('    model: { config: model/config.json }\n    trainingConfig: configs/llama3_1_8b.yaml\n'),
    'ml/model/config.json': LLAMA8B,
    'ml/configs/llama3_1_8b.yaml': NEMO8B,
  };

  it('N from the architecture, D = max_steps × global_batch_size × encoder_seq_length, GPUs = num_nodes × devices; layers, width and sequence length give the attention term', async () => {
    const state = await load(files);
    const run = state.report.runs[0]!;
    const D = 300_000 * 2048 * 8192;
    // F = 6 · N · D + 12 · n_layers · d_model · seq_len · D (PaLM), every figure from the configs.
    expect(run.footprint.flops).toBe(6 * 8_030_261_248 * D + 12 * 32 * 4096 * 8192 * D);
    expect(source(state, 'attentionTerm')).toMatchObject({ value: '12 · 32 layers · 4096 d_model · 8192 seq_len per token (PaLM, not halved for the causal mask)' });
    expect(run.run.inputs.gpuCount).toBe(128);
  });

  it('every figure names its file, line and key', async () => {
    const state = await load(files);
    expect(source(state, 'model.parameters')).toMatchObject({ value: { central: 8_030_261_248 }, source: `ml/model/config.json:${lineOf(LLAMA8B, /"model_type"/)} (model_type), N counted from the llama architecture` });
    expect(source(state, 'model.layers')?.source).toBe(`ml/model/config.json:${lineOf(LLAMA8B, /"num_hidden_layers"/)} (num_hidden_layers)`);
    expect(source(state, 'tokens.steps')?.source).toBe(`ml/configs/llama3_1_8b.yaml:${lineOf(NEMO8B, /^\s+max_steps:/)} (trainer.max_steps)`);
    expect(source(state, 'tokens.globalBatchSize')?.source).toBe(`ml/configs/llama3_1_8b.yaml:${lineOf(NEMO8B, /^\s+global_batch_size:/)} (model.global_batch_size)`);
    expect(source(state, 'seqLen')?.source).toBe(`ml/configs/llama3_1_8b.yaml:${lineOf(NEMO8B, /^\s+encoder_seq_length:/)} (model.encoder_seq_length)`);
    expect(source(state, 'tokens')).toMatchObject({ value: { central: 300_000 * 2048 * 8192 }, source: 'steps × global batch × sequence length' });
    expect(source(state, 'hardware.count')?.source).toBe(`ml/configs/llama3_1_8b.yaml:${lineOf(NEMO8B, /^\s+devices:/)} (trainer.num_nodes × trainer.devices)`);
  });

  it('the NeMo architecture agrees with config.json (both 8,030,261,248): no conflict', async () => {
    await expect(load(files)).resolves.toBeDefined();
  });

  it('a figure the manifest also gives must agree: equal is fine, different is an error naming both places', async () => {
    await expect(load({ ...files, 'ml/footprint.yml': manifest('    model: { config: model/config.json, layers: 32 }\n    trainingConfig: configs/llama3_1_8b.yaml\n') })).resolves.toBeDefined();
    const p = await problems({ ...files, 'ml/footprint.yml': manifest('    model: { config: model/config.json, parameters: 8B }\n    trainingConfig: configs/llama3_1_8b.yaml\n') });
    // Both configs count 8,030,261,248: each disagreement is named.
    expect(p).toEqual([
      `ml/footprint.yml:6:53: runs[0].model.parameters: is 8,000,000,000 here, but ml/model/config.json:${lineOf(LLAMA8B, /"model_type"/)} (model_type) gives 8,030,261,248 (N counted from the llama architecture) (a figure given in two places must agree: remove one of them, or make them equal)`,
      expect.stringMatching(/^ml\/footprint\.yml:6:53: runs\[0\]\.model\.parameters: is 8,000,000,000 here, but ml\/configs\/llama3_1_8b\.yaml:\d+ \(model\.num_layers\) gives 8,030,261,248 \(counted from model\.num_layers, .*; vocabulary tokenizer meta-llama\/Meta-Llama-3\.1-8B: 128,256 /),
    ]);
    const tokens = await problems({ ...files, 'ml/footprint.yml': manifest('    model: { config: model/config.json }\n    trainingConfig: configs/llama3_1_8b.yaml\n    tokens: 5T\n') });
    expect(tokens).toEqual([expect.stringMatching(/^ml\/footprint\.yml:8:13: runs\[0\]\.tokens: is 5,000,000,000,000 here, but ml\/configs\/llama3_1_8b\.yaml:\d+ \(steps × global batch × sequence length\) gives 5,033,164,800,000/)]);
  });

  it('the model config and the training config must describe the same model', async () => {
    const p = await problems({ ...files, 'ml/configs/llama3_1_8b.yaml': real('training-configs/nemo', 'llama_llama3_1_70b.yaml') });
    expect(p).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ml\/configs\/llama3_1_8b\.yaml:\d+: model\.num_layers: gives model\.layers 80, but ml\/model\/config\.json:\d+ \(num_hidden_layers\) gives 32 \(the model config and the training config must describe the same model\)$/)]),
    );
  });
});

describe('what the configs lack, the manifest supplies', () => {
  const axolotl = real('training-configs/axolotl', 'llama-3_lora-8b.yml');

  it('Axolotl: the global batch needs the GPU count; epochs need the dataset size', async () => {
    const run = '    kind: fine-tuning\n    model: { config: model/config.json }\n    trainingConfig: sft.yml\n';
    const base = { 'ml/model/config.json': LLAMA8B, 'ml/sft.yml': axolotl };
    // Epochs and no dataset size.
    expect(await problems({ ...base, 'ml/footprint.yml': manifest(run) })).toEqual([
      'ml/footprint.yml:3:5: runs[0].tokens: counts D as epochs × dataset tokens but has no datasetTokens (give the missing figures under tokens (or seqLen), or a trainingConfig that has them)',
    ]);
    const state = await load({ ...base, 'ml/footprint.yml': manifest(`${run}    tokens: { datasetTokens: 1B }\n`) });
    expect(source(state, 'tokens.epochs')?.source).toBe(`ml/sft.yml:${lineOf(axolotl, /^num_epochs:/)} (num_epochs)`);
    expect(source(state, 'tokens.datasetTokens')?.source).toBe('manifest');
    expect(source(state, 'tokens')?.value).toEqual({ low: 4e9, central: 4e9, high: 4e9 });
    expect(state.notes).toEqual([]);
  });

  it('Axolotl with max_steps: micro_batch_size × gradient_accumulation_steps × the manifest\'s hardware.count', async () => {
    const sft = axolotl.replace('num_epochs: 4', 'num_epochs: 4\nmax_steps: 1000').replace('sample_packing: true', 'sample_packing: false');
    const run = '    kind: fine-tuning\n    model: { config: model/config.json }\n    trainingConfig: sft.yml\n';
    const base = { 'ml/model/config.json': LLAMA8B, 'ml/sft.yml': sft };
    expect(await problems({ ...base, 'ml/footprint.yml': manifest(run) })).toEqual([
      `ml/sft.yml:${lineOf(sft, /^micro_batch_size:/)}: micro_batch_size: the global batch is micro_batch_size × gradient_accumulation_steps × data-parallel GPUs, and the config does not say how many GPUs train (set hardware.count in the manifest (or tokens.globalBatchSize))`,
    ]);
    const state = await load({ ...base, 'ml/footprint.yml': manifest(run).replace('hardware: { gpu: h100-sxm }', 'hardware: { gpu: h100-sxm, count: 8 }') });
    expect(source(state, 'tokens.globalBatchSize')).toMatchObject({
      value: { central: 2 * 4 * 8 },
      source: `ml/sft.yml:${lineOf(sft, /^micro_batch_size:/)} (micro_batch_size × gradient_accumulation_steps), 2 × 4 × 8 data-parallel GPUs (the manifest's hardware.count)`,
    });
    expect(source(state, 'tokens')?.value).toMatchObject({ central: 1000 * 64 * 4096 });
    // kind: fine-tuning is set, so the LoRA adapter needs no note.
    // Listed under the manifest that names the config; each message names the config's file and line.
    expect(state.notes.every((n) => n.file === 'ml/footprint.yml')).toBe(true);
    expect(state.notes.map((n) => n.message)).toEqual([
      `ml/sft.yml:${lineOf(sft, /^max_steps:/)}: max_steps ends training before num_epochs (line ${lineOf(sft, /^num_epochs:/)}) does: the step count is used.`,
      `ml/sft.yml:${lineOf(sft, /^sample_packing:/)}: sample packing is off, so steps × batch × sequence length counts padded positions: D is an upper bound.`,
    ]);
    const training = await load({ ...base, 'ml/footprint.yml': manifest(run.replace('    kind: fine-tuning\n', '')).replace('hardware: { gpu: h100-sxm }', 'hardware: { gpu: h100-sxm, count: 8 }') });
    expect(training.notes.map((n) => n.message)).toContain(
      `ml/sft.yml:${lineOf(sft, /^adapter:/)}: trains a lora adapter (adapter); for the (2N + 4N_t)·D formula set kind: fine-tuning and model.trainableParameters.`,
    );
  });

  it('LitGPT pretraining: D is train.max_tokens; a training config that names its model points at model.config', async () => {
    const litgpt = real('training-configs/litgpt', 'pretrain_tinyllama.yaml');
    const state = await load({ 'ml/footprint.yml': manifest('    model: { parameters: 1.1B }\n    trainingConfig: tinyllama.yaml\n'), 'ml/tinyllama.yaml': litgpt });
    expect(source(state, 'tokens')).toMatchObject({ value: { central: 3e12 }, source: `ml/tinyllama.yaml:${lineOf(litgpt, /^\s+max_tokens:/)} (train.max_tokens)` });
    const missing = await load({ 'ml/footprint.yml': manifest('    trainingConfig: tinyllama.yaml\n'), 'ml/tinyllama.yaml': litgpt }).catch((e: unknown) => e);
    expect((missing as InputError).problems.map(formatProblem)).toEqual([expect.stringMatching(/runs\[0\]\.model\.parameters: is required for a training run/)]);
  });

  it('Megatron-LM (BLOOM): D = --train-samples × --seq-length; the GPUs from #SBATCH --nodes × GPUS_PER_NODE', async () => {
    const slurm = real('training-configs/megatron-lm', 'tr11-176B-ml.slurm');
    const state = await load({ 'ml/footprint.yml': manifest('    trainingConfig: tr11.slurm\n'), 'ml/tr11.slurm': slurm });
    const run = state.report.runs[0]!;
    const D = 220e6 * 2048;
    expect(run.footprint.flops).toBe(6 * 176_247_271_424 * D + 12 * 70 * 14336 * 2048 * D);
    expect(run.run.inputs.gpuCount).toBe(24 * 8);
    expect(source(state, 'tokens.samples')?.source).toBe(`ml/tr11.slurm:${lineOf(slurm, /^TRAIN_SAMPLES=/)} (--train-samples $TRAIN_SAMPLES)`);
  });

  it('a figure the estimate needs that is not a literal in the script is an error with its line; a manifest value takes its place', async () => {
    const script = 'BATCH=$1\npython pretrain_gpt.py --num-layers 2 --hidden-size 64 --num-attention-heads 4 \\\n  --seq-length 128 --train-iters 100 \\\n  --global-batch-size $BATCH\n';
    const files = { 'ml/footprint.yml': manifest('    model: { parameters: 1M }\n    trainingConfig: train.sh\n'), 'ml/train.sh': script };
    expect(await problems(files)).toEqual([
      'ml/train.sh:4: --global-batch-size: not a literal: $BATCH (line 1): $1 is an argument given to the script when it is run (give tokens.globalBatchSize in the manifest instead)',
    ]);
    const state = await load({ ...files, 'ml/footprint.yml': manifest('    model: { parameters: 1M }\n    trainingConfig: train.sh\n    tokens: { globalBatchSize: 32 }\n') });
    expect(source(state, 'tokens')?.value).toMatchObject({ central: 100 * 32 * 128 });
  });

  it('a vocabulary the config does not give comes from model.vocabSize (Nemotron 15B)', async () => {
    const nemotron = real('training-configs/nemo', 'nemotron_nemotron_15b.yaml');
    const without = await load({ 'ml/footprint.yml': manifest('    model: { parameters: 15.6B }\n    trainingConfig: n.yaml\n'), 'ml/n.yaml': nemotron });
    expect(without.notes).toEqual([]);
    const state = await load({ 'ml/footprint.yml': manifest('    model: { vocabSize: 256000 }\n    trainingConfig: n.yaml\n'), 'ml/n.yaml': nemotron });
    expect(source(state, 'model.parameters')).toMatchObject({ value: { central: 15_628_775_424 } });
    expect(source(state, 'model.parameters')?.source).toMatch(/^ml\/n\.yaml:\d+ \(model\.num_layers\), counted from model\.num_layers, model\.hidden_size, model\.ffn_hidden_size, model\.num_attention_heads, model\.num_query_groups; vocabulary model\.vocabSize 256,000 \(manifest\)$/);
  });
});

describe('paths', () => {
  it('config paths must stay inside the tree, like metrics paths', async () => {
    expect(await problems({ 'ml/footprint.yml': manifest('    model: { config: ../../etc/config.json }\n    trainingConfig: /etc/train.yaml\n') })).toEqual([
      'ml/footprint.yml:6:22: runs[0].model.config: model config "../../etc/config.json" leads outside the test tree (give a path relative to the manifest, inside the working directory)',
      'ml/footprint.yml:7:21: runs[0].trainingConfig: training config "/etc/train.yaml" leads outside the test tree (give a path relative to the manifest, inside the working directory)',
    ]);
  });

  it('a missing config is named at the manifest field', async () => {
    expect(await problems({ 'ml/footprint.yml': manifest('    model: { config: model/config.json }\n') })).toEqual([
      'ml/footprint.yml:6:22: runs[0].model.config: model config "model/config.json" not found in the test tree (paths are relative to the manifest)',
    ]);
  });

  it('a broken config shared by two runs is reported once', async () => {
    const text = 'version: 1\ndefaults: { hardware: { gpu: h100-sxm }, model: { config: c.json }, tokens: 1B }\nruns:\n  - id: a\n  - id: b\n';
    expect(await problems({ 'ml/footprint.yml': text, 'ml/c.json': '{ "model_type": "llama", }' })).toEqual([expect.stringMatching(/^ml\/c\.json:1:\d+: invalid JSON/)]);
  });
});

describe('what the count leaves to defaults or out is in its source', () => {
  it('transformers defaults and DeepSeek-V3\'s multi-token prediction module', async () => {
    const gemma = JSON.stringify({ model_type: 'gemma3_text', hidden_size: 1152, intermediate_size: 6912, num_hidden_layers: 26, num_attention_heads: 4, num_key_value_heads: 1, head_dim: 256 });
    const g = await load({ 'ml/footprint.yml': manifest('    model: { config: c.json }\n    tokens: 1B\n'), 'ml/c.json': gemma });
    expect(source(g, 'model.parameters')?.source).toBe('ml/c.json:1 (model_type), N counted from the gemma3_text architecture; transformers defaults for keys left out: attention_bias = false, vocab_size = 262208, tie_word_embeddings = true');
    const deepseek = readFileSync(realData('hf-configs', 'tenstorrent__tt-metal__models_demos_deepseek_v3_reference_config.json'), 'utf8');
    const d = await load({ 'ml/footprint.yml': manifest('    model: { config: c.json }\n    tokens: 1B\n'), 'ml/c.json': deepseek });
    expect(source(d, 'model.parameters')?.source).toMatch(/N counted from the deepseek_v3 architecture; not in N: multi-token prediction module \(num_nextn_predict_layers = 1\), 11,610,068,224 parameters$/);
    expect(source(d, 'model.activeParameters')).toMatchObject({ value: { central: 37_552_297_472 } });
    expect(d.notes).toEqual([]);
  });
});

describe('the manifest fields', () => {
  it('a misspelt part of a structured token count is named with the closest one, a bad value with what was expected', async () => {
    const p = await problems({ 'ml/footprint.yml': manifest('    model: { parameters: 1B }\n    tokens: { stepz: 10, globalBatchSize: lots }\n') });
    expect(p).toEqual([
      'ml/footprint.yml:7:15: runs[0].tokens.stepz: unknown field "stepz" (did you mean "steps"?)',
      'ml/footprint.yml:7:43: runs[0].tokens.globalBatchSize: expected a number such as 405e9, "405B" or "1.5T", got "lots"',
    ]);
  });

  it('a structured count without a training config: steps × globalBatchSize × seqLen from the manifest alone', async () => {
    const state = await load({ 'ml/footprint.yml': manifest('    model: { parameters: 1B }\n    seqLen: 4096\n    tokens: { steps: 1000, globalBatchSize: 256 }\n') });
    expect(state.report.runs[0]!.footprint.flops).toBe(6 * 1e9 * 1000 * 256 * 4096);
    expect(source(state, 'tokens.seqLen')).toMatchObject({ value: { central: 4096 }, source: 'manifest' });
  });
});
