/**
 * Training configs of the main stacks, read from the real files of
 * ../shared/real-data/training-configs (in place): the stack recognised by content, each figure with
 * the line it is on, shell variables resolved or reported as not literal, and the errors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { architectureOf } from '../../../src/inputs/configs/architecture.js';
import { readFigures, readTrainingConfig, type FigureName, type Figures } from '../../../src/inputs/configs/run-config.js';
import { readMegatronScript } from '../../../src/inputs/configs/shell.js';
import { InputError, formatProblem } from '../../../src/inputs/errors.js';
import { realDataFiles } from '../../support/real-data.js';

function load(folder: string, suffix: string): { figures: Figures; text: string; file: string } {
  const file = realDataFiles(`training-configs/${folder}`).find((f) => f.endsWith(suffix))!;
  const text = readFileSync(file, 'utf8');
  return { figures: readFigures(readTrainingConfig(text, path.basename(file))), text, file };
}

/** 1-based line of the first line matching `re`: where a figure must say it is. */
function lineOf(text: string, re: RegExp): number {
  const i = text.split('\n').findIndex((l) => re.test(l));
  expect(i, String(re)).toBeGreaterThanOrEqual(0);
  return i + 1;
}

const values = (f: Figures, names: readonly FigureName[]) => Object.fromEntries(names.map((n) => [n, f.figures.get(n)?.value]));

describe('every real training config is recognised by content', () => {
  const formats: Record<string, string> = { nemo: 'nemo', 'megatron-lm': 'megatron-lm', torchtune: 'torchtune', axolotl: 'axolotl', litgpt: 'litgpt' };
  for (const [folder, format] of Object.entries(formats)) {
    it.each(realDataFiles(`training-configs/${folder}`).map((f) => [path.basename(f), f]))(`${folder}: %s`, (name, file) => {
      const config = readTrainingConfig(readFileSync(file, 'utf8'), name);
      expect(config.format).toBe(format);
      expect(readFigures(config).problems).toEqual([]);
    });
  }
});

describe('NeMo', () => {
  it('Llama 3.1 8B launcher config: steps, batch, sequence, GPUs and parallelism, each at its line', () => {
    const { figures, text } = load('nemo', 'llama_llama3_1_8b.yaml');
    expect(values(figures, ['steps', 'globalBatchSize', 'microBatchSize', 'seqLen', 'nodes', 'devicesPerNode', 'tensorParallel', 'pipelineParallel', 'contextParallel'])).toEqual({
      steps: 300000, globalBatchSize: 2048, microBatchSize: 1, seqLen: 8192, nodes: 16, devicesPerNode: 8, tensorParallel: 1, pipelineParallel: 1, contextParallel: 2,
    });
    expect(figures.figures.get('steps')).toMatchObject({ key: 'trainer.max_steps', line: lineOf(text, /^\s+max_steps:/) });
    expect(figures.figures.get('globalBatchSize')).toMatchObject({ key: 'model.global_batch_size', line: lineOf(text, /^\s+global_batch_size:/) });
    expect(figures.figures.get('seqLen')).toMatchObject({ key: 'model.encoder_seq_length', line: lineOf(text, /^\s+encoder_seq_length:/) });
    // max_epochs: null does not count as an epoch limit.
    expect(figures.figures.has('epochs')).toBe(false);
  });

  it('GPT-3 5B: the ffn_hidden_size interpolation ${multiply:4, ${.hidden_size}} is resolved', () => {
    const { figures } = load('nemo', 'gpt3_5b.yaml');
    expect(figures.figures.get('ffnHiddenSize')?.value).toBe(4 * 4096);
  });

  it('architecture with NeMo defaults for keys left out (GPT-3: bias, GELU, LayerNorm, learned positions, tied head)', () => {
    const { figures } = load('nemo', 'gpt3_175b.yaml');
    expect(values(figures, ['bias', 'gated', 'norm', 'positions', 'tied'])).toEqual({ bias: true, gated: false, norm: 'layer', positions: 'learned', tied: true });
    expect(figures.figures.get('bias')?.isDefault).toBe(true);
    const { architecture } = architectureOf(figures, undefined);
    // GPT2BPETokenizer's 50,257 padded to a multiple of 128 × TP 4 = 512: 50,688.
    expect(architecture!.shape.vocabSize).toBe(50688);
    expect(architecture!.shape.positionEmbeddings).toBe(2048);
    expect(architecture!.count.total).toBe(174_609_555_456);
  });

  it('Nemotron 15B names no vocabulary: the count waits for model.vocabSize', () => {
    const { figures } = load('nemo', 'nemotron_nemotron_15b.yaml');
    expect(architectureOf(figures, undefined)).toEqual({ architecture: null, missingVocabulary: true });
    expect(architectureOf(figures, 256000).architecture!.count.nonEmbedding).toBe(12_483_047_424);
  });
});

describe('Megatron-LM launch scripts', () => {
  it('bash arrays (GPT-3 175B): every flag and its line', () => {
    const { figures, text } = load('megatron-lm', 'gpt3_train_gpt3_175b_distributed.sh');
    expect(values(figures, ['steps', 'globalBatchSize', 'microBatchSize', 'seqLen', 'layers', 'hiddenSize', 'heads', 'tensorParallel', 'pipelineParallel'])).toEqual({
      steps: 500000, globalBatchSize: 1536, microBatchSize: 1, seqLen: 2048, layers: 96, hiddenSize: 12288, heads: 96, tensorParallel: 8, pipelineParallel: 16,
    });
    expect(figures.figures.get('steps')).toMatchObject({ key: '--train-iters', line: lineOf(text, /--train-iters/) });
    // torchrun --nproc_per_node $GPUS_PER_NODE --nnodes $NUM_NODES: the literal is at the assignment.
    expect(figures.figures.get('devicesPerNode')).toMatchObject({ value: 8, via: 'GPUS_PER_NODE', line: lineOf(text, /^GPUS_PER_NODE=/) });
    expect(figures.figures.get('nodes')).toMatchObject({ value: 1, via: 'NUM_NODES', line: lineOf(text, /^NUM_NODES=/) });
    // The vocabulary file is the script's third argument: no vocabulary.
    expect(architectureOf(figures, undefined).missingVocabulary).toBe(true);
  });

  it('shell variables expanded into flags (Llama 3 8B FP8), flags inside quoted strings, --train-samples', () => {
    const { figures, text } = load('megatron-lm', 'llama_train_llama3_8b_h100_fp8.sh');
    expect(figures.figures.get('globalBatchSize')).toMatchObject({ value: 128, via: 'GLOBAL_BATCH_SIZE', line: lineOf(text, /^GLOBAL_BATCH_SIZE=/) });
    expect(figures.figures.get('layers')).toMatchObject({ value: 32, via: 'NUM_LAYERS' });
    expect(figures.figures.get('samples')).toMatchObject({ value: 1_953_125_000, key: '--train-samples' });
    expect(figures.figures.has('steps')).toBe(false);
    expect(architectureOf(figures, undefined).architecture!.count.total).toBe(8_030_261_248);
  });

  it('one quoted string block with \\ continuations (the classic 345M script)', () => {
    const { figures } = load('megatron-lm', 'pretrain_gpt_distributed_with_mp.sh');
    expect(values(figures, ['steps', 'globalBatchSize', 'microBatchSize', 'seqLen', 'layers', 'hiddenSize', 'tensorParallel', 'pipelineParallel'])).toEqual({
      steps: 500000, globalBatchSize: 16, microBatchSize: 4, seqLen: 1024, layers: 24, hiddenSize: 1024, tensorParallel: 2, pipelineParallel: 2,
    });
  });

  it('BigScience tr11 (BLOOM): SLURM nodes feed $SLURM_NNODES, 220_000_000 samples, the ramp-up, ALiBi, the padded vocabulary', () => {
    const { figures, text } = load('megatron-lm', 'tr11-176B-ml.slurm');
    expect(figures.figures.get('nodes')).toMatchObject({ value: 24, line: lineOf(text, /^#SBATCH --nodes=/) });
    expect(figures.figures.get('samples')).toMatchObject({ value: 220_000_000, via: 'TRAIN_SAMPLES', line: lineOf(text, /^TRAIN_SAMPLES=/) });
    expect(figures.figures.get('rampup')?.value).toBe('192 16 9_765_625');
    expect(values(figures, ['positions', 'embeddingNorm', 'padVocabTo'])).toEqual({ positions: 'none', embeddingNorm: true, padVocabTo: 250880 });
    expect(architectureOf(figures, undefined).architecture!.count.total).toBe(176_247_271_424);
  });

  it('a value the script gets when it runs ($1, an environment variable) is reported as not a literal, never guessed', () => {
    const script = [
      '#!/bin/bash',
      'BATCH=$1',
      'torchrun pretrain_gpt.py \\',
      '  --num-layers 2 --hidden-size 64 --seq-length 128 \\',
      '  --global-batch-size $BATCH \\',
      '  --micro-batch-size ${MBS} \\',
      '  --train-iters ${ITERS:-"1000"}',
    ].join('\n');
    const { flat } = readMegatronScript(script, 'train.sh');
    expect(flat.entries.get('--global-batch-size')).toEqual({ value: null, line: 5, unresolved: 'not a literal: $BATCH (line 2): $1 is an argument given to the script when it is run' });
    expect(flat.entries.get('--micro-batch-size')).toMatchObject({ unresolved: 'not a literal: $MBS is not assigned a literal in the script (an environment variable?)' });
    // A default written in the script is a literal.
    expect(flat.entries.get('--train-iters')).toMatchObject({ value: '1000', line: 7 });
    const figures = readFigures(readTrainingConfig(script, 'train.sh'));
    expect(figures.unresolved.get('globalBatchSize')).toMatchObject({ key: '--global-batch-size', line: 5 });
  });

  it('$(( )) arithmetic of literals is computed; a flag given twice with different values is noted', () => {
    const script = 'GPUS=8\nNODES=4\nWORLD=$(($GPUS*$NODES))\npython pretrain_gpt.py --num-layers 2 --hidden-size $WORLD --seq-length 128 --num-layers 3\n';
    const { flat, notes } = readMegatronScript(script, 's.sh');
    expect(flat.entries.get('--hidden-size')?.value).toBe('32');
    expect(flat.entries.get('--num-layers')?.value).toBe('3');
    expect(notes).toEqual(['s.sh: --num-layers is given 2 times with different values (lines 4, 4); the last one is read']);
  });
});

describe('torchtune, Axolotl, LitGPT', () => {
  it('torchtune: epochs, per-device batch, accumulation, the model component; LoRA recipes say so', () => {
    const { figures } = load('torchtune', 'llama3_1_8B_lora.yaml');
    expect(values(figures, ['epochs', 'microBatchSize', 'gradientAccumulation', 'modelRef', 'adapter', 'samplePacking'])).toEqual({
      epochs: 1, microBatchSize: 2, gradientAccumulation: 8, modelRef: 'torchtune.models.llama3_1.lora_llama3_1_8b', adapter: 'lora', samplePacking: false,
    });
    // tokenizer.max_seq_len: null gives no sequence length.
    expect(figures.figures.has('seqLen')).toBe(false);
    expect(load('torchtune', 'llama3_3_70B_full_multinode.yaml').figures.figures.get('seqLen')?.value).toBe(1024);
  });

  it('Axolotl: base_model, sequence_len, micro-batch, accumulation, epochs, sample packing, adapter, with lines', () => {
    const { figures, text } = load('axolotl', 'llama-3_lora-8b.yml');
    expect(values(figures, ['modelRef', 'seqLen', 'microBatchSize', 'gradientAccumulation', 'epochs', 'samplePacking', 'adapter'])).toEqual({
      modelRef: 'NousResearch/Meta-Llama-3-8B', seqLen: 4096, microBatchSize: 2, gradientAccumulation: 4, epochs: 4, samplePacking: true, adapter: 'lora',
    });
    expect(figures.figures.get('seqLen')).toMatchObject({ key: 'sequence_len', line: lineOf(text, /^sequence_len:/) });
  });

  it('LitGPT: the token budget of a pretraining config; devices "auto" is no device count', () => {
    const { figures } = load('litgpt', 'pretrain_tinyllama.yaml');
    expect(values(figures, ['maxTokens', 'globalBatchSize', 'microBatchSize', 'seqLen', 'modelRef', 'devicesPerNode'])).toEqual({
      maxTokens: 3e12, globalBatchSize: 512, microBatchSize: 4, seqLen: 2048, modelRef: 'tiny-llama-1.1b', devicesPerNode: undefined,
    });
    expect(values(load('litgpt', 'mistral-7b_qlora.yaml').figures, ['adapter', 'epochs'])).toEqual({ adapter: 'qlora', epochs: 4 });
  });
});

describe('errors', () => {
  const problems = (text: string, file: string) => {
    try {
      readFigures(readTrainingConfig(text, file));
      return [];
    } catch (e) {
      if (e instanceof InputError) return e.problems.map(formatProblem);
      throw e;
    }
  };

  it('a file that is none of the stacks says which ones are read', () => {
    expect(problems('learning_rate: 0.1\nwarmup: 10\n', 'configs/train.yaml')).toEqual([
      expect.stringMatching(/^configs\/train\.yaml:1: is not a training config this action can read \(expected one of: a NeMo\/Megatron YAML .*, a Megatron-LM launch script .*, a torchtune recipe .*, an Axolotl config .* or a LitGPT config/),
    ]);
  });

  it('malformed YAML: the line of the syntax error', () => {
    expect(problems('trainer:\n  max_steps: 10\n model: [\n', 'configs/pretrain.yaml')[0]).toMatch(/^configs\/pretrain\.yaml:3:\d+: YAML syntax error/);
  });

  it('a figure of the wrong kind: file, line, key and what was expected', () => {
    const text = 'trainer:\n  max_steps: lots\nmodel:\n  global_batch_size: 8\n  encoder_seq_length: 2048\n';
    const f = readFigures(readTrainingConfig(text, 'nemo.yaml'));
    expect(f.problems.map(formatProblem)).toEqual(['nemo.yaml:2: trainer.max_steps: expected a whole number, got "lots"']);
  });

  it('a model shape no model has is refused as a config.json\'s is, at the flag it comes from (not a NaN count)', () => {
    const shape = (flags: string) => {
      const script = `torchrun pretrain_gpt.py \\\n  --num-layers 32 --hidden-size 4096 --vocab-size 32000 \\\n  ${flags}\n`;
      try {
        architectureOf(readFigures(readTrainingConfig(script, 'train.sh')), undefined);
        return [];
      } catch (e) {
        if (e instanceof InputError) return e.problems.map(formatProblem);
        throw e;
      }
    };
    expect(shape('--num-attention-heads 0')).toEqual(['train.sh:3: --num-attention-heads: the model it describes: attention heads must be a positive whole number, got 0']);
    expect(shape('--num-attention-heads 32 --group-query-attention --num-query-groups 3')).toEqual([
      'train.sh:3: --num-query-groups: the model it describes: 32 attention heads cannot be shared by 3 key/value heads',
    ]);
    expect(shape('--num-attention-heads 30')).toEqual([expect.stringMatching(/^train\.sh:2: --hidden-size: the model it describes: head size must be a positive whole number, got 136\.53/)]);
    expect(shape('--num-attention-heads 32')).toEqual([]);
  });
});

describe('hostile scripts', () => {
  it('variables that expand exponentially are expanded once each and capped, not hung on', () => {
    const levels = Array.from({ length: 12 }, (_, i) => `V${i}=$V${i + 1}$V${i + 1}$V${i + 1}$V${i + 1}`).join('\n');
    const script = `${levels}\nV12=7\npython pretrain_gpt.py --num-layers $V0 --hidden-size 8 --seq-length 8\n`;
    const { flat } = readMegatronScript(script, 's.sh');
    expect(flat.entries.get('--num-layers')).toMatchObject({ value: null, unresolved: expect.stringMatching(/not a literal: .*(too deeply|more than 4096 characters)/) });
  });
});
