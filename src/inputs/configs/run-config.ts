/**
 * Training configs of the main training stacks, recognised by their content, and the figures the
 * footprint needs read from each with the line they are on: the step or token budget, the batch, the
 * sequence length, the world size and parallelism, and, where the config describes the model (NeMo,
 * Megatron-LM), its architecture.
 *
 *   NeMo / NeMo-Framework-Launcher YAML   trainer.max_steps, model.global_batch_size, model.encoder_seq_length, model.num_layers …
 *   Megatron-LM launch script             --train-iters / --train-samples, --global-batch-size, --seq-length, --num-layers …
 *   torchtune recipe YAML                 epochs, batch_size, gradient_accumulation_steps, tokenizer.max_seq_len, model._component_
 *   Axolotl YAML                          base_model, sequence_len, micro_batch_size, gradient_accumulation_steps, num_epochs / max_steps, sample_packing
 *   LitGPT YAML                           train.max_tokens / max_steps / epochs, train.global_batch_size, train.max_seq_length, devices, num_nodes
 */
import { InputError, type InputProblem } from '../errors.js';
import { configNumber, flattenYaml, type ConfigEntry, type FlatConfig } from './document.js';
import { looksLikeMegatronScript, readMegatronScript } from './shell.js';

export const RUN_CONFIG_FORMATS = ['nemo', 'megatron-lm', 'torchtune', 'axolotl', 'litgpt'] as const;
export type RunConfigFormat = (typeof RUN_CONFIG_FORMATS)[number];

export const FORMAT_LABEL: Record<RunConfigFormat, string> = {
  nemo: 'NeMo',
  'megatron-lm': 'Megatron-LM',
  torchtune: 'torchtune',
  axolotl: 'Axolotl',
  litgpt: 'LitGPT',
};

export interface TrainingConfig {
  readonly file: string;
  readonly format: RunConfigFormat;
  readonly flat: FlatConfig;
  /** What reading the file found worth saying (a flag given twice...). */
  readonly notes: readonly string[];
}

export type FigureName =
  | 'steps'
  | 'samples'
  | 'maxTokens'
  | 'epochs'
  | 'globalBatchSize'
  | 'microBatchSize'
  | 'gradientAccumulation'
  | 'seqLen'
  | 'nodes'
  | 'devicesPerNode'
  | 'tensorParallel'
  | 'pipelineParallel'
  | 'contextParallel'
  | 'samplePacking'
  | 'rampup'
  | 'modelRef'
  | 'adapter'
  | 'layers'
  | 'hiddenSize'
  | 'ffnHiddenSize'
  | 'heads'
  | 'kvHeads'
  | 'kvChannels'
  | 'vocabSize'
  | 'padVocabTo'
  | 'vocabDivisibleBy'
  | 'tokenizer'
  | 'experts'
  | 'topK'
  | 'moeFfnHiddenSize'
  | 'sharedExpertSize'
  | 'gated'
  | 'bias'
  | 'norm'
  | 'tied'
  | 'positions'
  | 'maxPositionEmbeddings'
  | 'embeddingNorm';

export type FigureValue = number | string | boolean;

export interface Figure {
  readonly value: FigureValue;
  /** The key as the config writes it. */
  readonly key: string;
  readonly line: number;
  /** The shell variable the value is assigned to (Megatron scripts). */
  readonly via?: string;
  /** The stack's default for a key the config leaves out (the line is then the file's first). */
  readonly isDefault?: boolean;
}

export interface Figures {
  readonly config: TrainingConfig;
  readonly figures: ReadonlyMap<FigureName, Figure>;
  /** Keys that would give a figure but are not literals the file can be read from, with the reason. */
  readonly unresolved: ReadonlyMap<FigureName, { readonly key: string; readonly line: number; readonly reason: string }>;
  /** Keys the reader consulted (a re-estimate and a diff look only at these). */
  readonly used: ReadonlySet<string>;
  readonly problems: readonly InputProblem[];
}

type Kind = 'whole' | 'number' | 'text' | 'flag';

/** Reads typed figures from a FlatConfig, resolving OmegaConf-style `${…}` references where it can. */
class Picker {
  readonly figures = new Map<FigureName, Figure>();
  readonly unresolved = new Map<FigureName, { key: string; line: number; reason: string }>();
  readonly used = new Set<string>();
  readonly problems: InputProblem[] = [];
  constructor(readonly config: TrainingConfig) {}

  private entry(key: string): ConfigEntry | undefined {
    return this.config.flat.entries.get(key);
  }

  /** The value of `key`, with `${a.b}`, `${.sibling}` and `${multiply:x, y}` resolved; undefined when unset. */
  value(key: string): { value: unknown; line: number; via?: string; unresolved?: string } | undefined {
    const e = this.entry(key);
    if (e === undefined) return undefined;
    this.used.add(key);
    if (e.unresolved) return { value: null, line: e.line, unresolved: e.unresolved };
    if (typeof e.value === 'string' && e.value.includes('${')) {
      const r = interpolate(e.value, key, (k) => this.config.flat.entries.get(k)?.value);
      return r.ok ? { value: r.value, line: e.line } : { value: null, line: e.line, unresolved: `not a literal: ${e.value} (${r.reason})` };
    }
    return { value: e.value, line: e.line, ...(e.via ? { via: e.via } : {}) };
  }

  /**
   * The first of `keys` that is set becomes figure `name`. `absent` values (null, -1, "auto") count
   * as unset; a value of the wrong type is a problem located at its line.
   */
  pick(name: FigureName, keys: readonly string[], kind: Kind, opts: { absent?: (v: unknown) => boolean; default?: FigureValue } = {}): void {
    for (const key of keys) {
      const v = this.value(key);
      if (v === undefined) continue;
      if (v.unresolved) {
        this.unresolved.set(name, { key, line: v.line, reason: v.unresolved });
        return;
      }
      if (v.value === null || v.value === '' || opts.absent?.(v.value)) continue;
      const parsed = parseKind(v.value, kind);
      if (parsed === undefined) {
        this.problems.push({ file: this.config.file, line: v.line, field: key, message: `expected ${KIND_LABEL[kind]}, got ${JSON.stringify(v.value)}` });
        return;
      }
      this.figures.set(name, { value: parsed, key, line: v.line, ...(v.via ? { via: v.via } : {}) });
      return;
    }
    if (opts.default !== undefined) this.figures.set(name, { value: opts.default, key: keys[0]!, line: 1, isDefault: true });
  }

  /** A derived figure (a normalised switch, say) attributed to the key it was read from. */
  set(name: FigureName, value: FigureValue, from: Figure): void {
    this.figures.set(name, { ...from, value });
  }

  result(): Figures {
    return { config: this.config, figures: this.figures, unresolved: this.unresolved, used: this.used, problems: this.problems };
  }
}

const KIND_LABEL: Record<Kind, string> = { whole: 'a whole number', number: 'a number', text: 'a string', flag: 'true or false' };

function parseKind(v: unknown, kind: Kind): FigureValue | undefined {
  switch (kind) {
    case 'whole': {
      const n = configNumber(v);
      return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
    }
    case 'number': {
      const n = configNumber(v);
      return n !== undefined && n >= 0 ? n : undefined;
    }
    case 'text':
      return typeof v === 'string' || typeof v === 'number' ? String(v) : Array.isArray(v) ? v.join(' ') : undefined;
    case 'flag':
      if (typeof v === 'boolean') return v;
      if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
      return undefined;
  }
}

/**
 * The OmegaConf interpolations NeMo configs use for figures: `${model.x}`, `${.sibling}`,
 * `${training.model.x}` (the launcher's root) and `${multiply:a, b}`. Anything else is reported as
 * not a literal, never evaluated.
 */
export function interpolate(text: string, key: string, lookup: (key: string) => unknown, depth = 0): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (depth > 10) return { ok: false, reason: 'references nest too deeply' };
  const whole = /^\$\{(.*)\}$/.exec(text.trim());
  if (!whole) return { ok: false, reason: 'only a whole ${…} reference can be read' };
  const body = whole[1]!.trim();
  const mult = /^multiply\s*:(.*)$/.exec(body);
  if (mult) {
    const args = splitArgs(mult[1]!);
    let product = 1;
    for (const a of args) {
      const r = a.startsWith('${') ? interpolate(a, key, lookup, depth + 1) : { ok: true as const, value: a };
      if (!r.ok) return r;
      const n = configNumber(r.value);
      if (n === undefined) return { ok: false, reason: `${a} is not a number` };
      product *= n;
    }
    return { ok: true, value: product };
  }
  if (/^[\w.]+$/.test(body)) {
    let target = body;
    if (body.startsWith('.')) target = `${key.slice(0, key.lastIndexOf('.') + 1)}${body.slice(1)}`;
    else if (body.startsWith('training.')) target = body.slice('training.'.length);
    const value = lookup(target);
    if (value === undefined) return { ok: false, reason: `${body} is not in this file` };
    if (typeof value === 'string' && value.includes('${')) return interpolate(value, target, lookup, depth + 1);
    return { ok: true, value };
  }
  return { ok: false, reason: 'a resolver this reader does not evaluate' };
}

/** Splits `a, ${b.c}, 4` at top-level commas. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === '{') depth++;
    if (c === '}') depth--;
    if (c === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

const unsetStep = (v: unknown) => configNumber(v) !== undefined && configNumber(v)! < 0;
const autoOrNegative = (v: unknown) => v === 'auto' || unsetStep(v);

/** NeMo 1.x / NeMo-Framework-Launcher: trainer.* and model.*; missing keys take megatron_gpt_config.yaml's defaults. */
function nemoFigures(p: Picker): void {
  p.pick('steps', ['trainer.max_steps'], 'whole', { absent: unsetStep });
  p.pick('epochs', ['trainer.max_epochs'], 'number', { absent: unsetStep });
  p.pick('nodes', ['trainer.num_nodes'], 'whole');
  p.pick('devicesPerNode', ['trainer.devices'], 'whole', { absent: autoOrNegative });
  p.pick('globalBatchSize', ['model.global_batch_size'], 'whole');
  p.pick('microBatchSize', ['model.micro_batch_size'], 'whole');
  p.pick('seqLen', ['model.encoder_seq_length', 'model.data.seq_length'], 'whole');
  p.pick('tensorParallel', ['model.tensor_model_parallel_size'], 'whole', { default: 1 });
  p.pick('pipelineParallel', ['model.pipeline_model_parallel_size'], 'whole', { default: 1 });
  p.pick('contextParallel', ['model.context_parallel_size'], 'whole', { default: 1 });
  p.pick('rampup', ['model.rampup_batch_size'], 'text');
  p.pick('layers', ['model.num_layers'], 'whole');
  p.pick('hiddenSize', ['model.hidden_size'], 'whole');
  p.pick('ffnHiddenSize', ['model.ffn_hidden_size'], 'whole');
  p.pick('heads', ['model.num_attention_heads'], 'whole');
  p.pick('kvHeads', ['model.num_query_groups'], 'whole');
  p.pick('kvChannels', ['model.kv_channels'], 'whole');
  p.pick('experts', ['model.num_moe_experts'], 'whole');
  p.pick('topK', ['model.moe_router_topk'], 'whole', { default: 2 });
  p.pick('moeFfnHiddenSize', ['model.moe_ffn_hidden_size'], 'whole');
  p.pick('maxPositionEmbeddings', ['model.max_position_embeddings'], 'whole');
  p.pick('vocabDivisibleBy', ['model.make_vocab_size_divisible_by'], 'whole', { default: 128 });
  p.pick('tokenizer', ['model.tokenizer.type'], 'text');
  p.pick('vocabSize', ['model.padded_vocab_size', 'model.vocab_size'], 'whole');
  // megatron_gpt_config.yaml (NeMo's base config) defaults: bias on, GELU, LayerNorm, learned positions, tied head.
  p.pick('bias', ['model.bias'], 'flag', { default: true });
  p.pick('tied', ['model.share_embeddings_and_output_weights'], 'flag', { default: true });
  switchFrom(p, 'gated', ['model.activation'], 'gelu', (v) => /glu/i.test(v));
  switchFrom(p, 'norm', ['model.normalization'], 'layernorm', (v) => (/rms/i.test(v) ? 'rms' : 'layer'));
  switchFrom(p, 'positions', ['model.position_embedding_type'], 'learned_absolute', (v) => (v === 'learned_absolute' ? 'learned' : 'none'));
}

/** A figure computed from a text key (activation → gated), keeping the key and line. */
function switchFrom(p: Picker, name: FigureName, keys: readonly string[], fallback: string, map: (v: string) => FigureValue): void {
  p.pick(name, keys, 'text', { default: fallback });
  const f = p.figures.get(name);
  if (f) p.set(name, map(String(f.value)), f);
}

/** Megatron-LM flags (and the defaults of megatron/training/arguments.py for those left out). */
function megatronFigures(p: Picker): void {
  p.pick('steps', ['--train-iters'], 'whole');
  p.pick('samples', ['--train-samples'], 'whole');
  p.pick('globalBatchSize', ['--global-batch-size'], 'whole');
  p.pick('microBatchSize', ['--micro-batch-size'], 'whole');
  p.pick('seqLen', ['--seq-length'], 'whole');
  p.pick('nodes', ['--nnodes'], 'whole');
  p.pick('devicesPerNode', ['--nproc_per_node'], 'whole');
  p.pick('tensorParallel', ['--tensor-model-parallel-size'], 'whole', { default: 1 });
  p.pick('pipelineParallel', ['--pipeline-model-parallel-size'], 'whole', { default: 1 });
  p.pick('contextParallel', ['--context-parallel-size'], 'whole', { default: 1 });
  p.pick('rampup', ['--rampup-batch-size'], 'text');
  p.pick('layers', ['--num-layers'], 'whole');
  p.pick('hiddenSize', ['--hidden-size'], 'whole');
  p.pick('ffnHiddenSize', ['--ffn-hidden-size'], 'whole');
  p.pick('heads', ['--num-attention-heads'], 'whole');
  p.pick('kvChannels', ['--kv-channels'], 'whole');
  p.pick('experts', ['--num-experts'], 'whole');
  p.pick('topK', ['--moe-router-topk'], 'whole', { default: 2 });
  p.pick('moeFfnHiddenSize', ['--moe-ffn-hidden-size'], 'whole');
  p.pick('sharedExpertSize', ['--moe-shared-expert-intermediate-size'], 'whole');
  p.pick('maxPositionEmbeddings', ['--max-position-embeddings'], 'whole');
  p.pick('vocabSize', ['--vocab-size'], 'whole');
  p.pick('padVocabTo', ['--pad-vocab-size-to'], 'whole');
  p.pick('vocabDivisibleBy', ['--make-vocab-size-divisible-by'], 'whole', { default: 128 });
  p.pick('tokenizer', ['--tokenizer-model', '--tokenizer-name-or-path', '--tokenizer-type'], 'text');
  // Query groups count only with --group-query-attention, as in Megatron.
  const gqa = p.value('--group-query-attention');
  if (gqa && gqa.value === true) p.pick('kvHeads', ['--num-query-groups'], 'whole');
  const switchOr = (name: FigureName, flag: string, on: FigureValue, off: FigureValue) => {
    const v = p.value(flag);
    p.figures.set(name, v && v.value === true ? { value: on, key: flag, line: v.line } : { value: off, key: flag, line: 1, isDefault: true });
  };
  switchOr('gated', '--swiglu', true, false);
  switchOr('bias', '--disable-bias-linear', false, true);
  switchOr('tied', '--untie-embeddings-and-output-weights', false, true);
  switchOr('embeddingNorm', '--embed-layernorm', true, false);
  switchFrom(p, 'norm', ['--normalization'], 'LayerNorm', (v) => (/rms/i.test(v) ? 'rms' : 'layer'));
  switchFrom(p, 'positions', ['--position-embedding-type'], 'learned_absolute', (v) => (v === 'learned_absolute' ? 'learned' : 'none'));
  const noPositions = p.value('--no-position-embedding');
  if (noPositions && noPositions.value === true) p.figures.set('positions', { value: 'none', key: '--no-position-embedding', line: noPositions.line });
}

function torchtuneFigures(p: Picker): void {
  p.pick('epochs', ['epochs'], 'number');
  p.pick('microBatchSize', ['batch_size'], 'whole');
  p.pick('gradientAccumulation', ['gradient_accumulation_steps'], 'whole', { default: 1 });
  p.pick('seqLen', ['tokenizer.max_seq_len'], 'whole');
  p.pick('samplePacking', ['dataset.packed'], 'flag');
  p.pick('modelRef', ['model._component_'], 'text');
  const model = p.figures.get('modelRef');
  if (model && /q?lora/i.test(String(model.value))) p.set('adapter', /qlora/i.test(String(model.value)) ? 'qlora' : 'lora', model);
}

function axolotlFigures(p: Picker): void {
  p.pick('modelRef', ['base_model'], 'text');
  p.pick('seqLen', ['sequence_len'], 'whole');
  p.pick('microBatchSize', ['micro_batch_size'], 'whole');
  p.pick('gradientAccumulation', ['gradient_accumulation_steps'], 'whole', { default: 1 });
  p.pick('steps', ['max_steps'], 'whole', { absent: unsetStep });
  p.pick('epochs', ['num_epochs'], 'number');
  p.pick('samplePacking', ['sample_packing'], 'flag', { default: false });
  p.pick('adapter', ['adapter'], 'text');
}

function litgptFigures(p: Picker): void {
  p.pick('modelRef', ['model_name'], 'text');
  p.pick('maxTokens', ['train.max_tokens'], 'whole');
  p.pick('steps', ['train.max_steps'], 'whole');
  p.pick('epochs', ['train.epochs'], 'number');
  p.pick('globalBatchSize', ['train.global_batch_size'], 'whole');
  p.pick('microBatchSize', ['train.micro_batch_size'], 'whole');
  p.pick('seqLen', ['train.max_seq_length'], 'whole');
  p.pick('nodes', ['num_nodes'], 'whole');
  p.pick('devicesPerNode', ['devices'], 'whole', { absent: autoOrNegative });
  const lora = p.value('lora_r');
  const quantize = p.value('quantize');
  if (lora && lora.value !== null) {
    p.figures.set('adapter', { value: typeof quantize?.value === 'string' && quantize.value.startsWith('bnb') ? 'qlora' : 'lora', key: 'lora_r', line: lora.line });
  }
}

const READERS: Record<RunConfigFormat, (p: Picker) => void> = {
  nemo: nemoFigures,
  'megatron-lm': megatronFigures,
  torchtune: torchtuneFigures,
  axolotl: axolotlFigures,
  litgpt: litgptFigures,
};

/** The figures of a training config; problems are returned (the caller decides which figures it needs). */
export function readFigures(config: TrainingConfig): Figures {
  const p = new Picker(config);
  READERS[config.format](p);
  return p.result();
}

/** Which stack a YAML mapping belongs to, from the keys only that stack writes. */
function detectYaml(keys: ReadonlyMap<string, unknown>): RunConfigFormat | null {
  const has = (k: string) => keys.has(k);
  const any = (prefix: string) => [...keys.keys()].some((k) => k.startsWith(prefix));
  if (has('model._component_')) return 'torchtune';
  if (any('trainer.') && (has('model.global_batch_size') || has('model.encoder_seq_length') || has('model.num_layers'))) return 'nemo';
  if (has('train.global_batch_size') || has('train.max_tokens') || has('train.micro_batch_size')) return 'litgpt';
  if (has('base_model') || (has('sequence_len') && has('micro_batch_size'))) return 'axolotl';
  return null;
}

const FORMAT_HINT =
  'expected one of: a NeMo/Megatron YAML (trainer: and model: with global_batch_size, encoder_seq_length…), a Megatron-LM launch script ' +
  '(pretrain_gpt.py with --num-layers, --global-batch-size…), a torchtune recipe (model: { _component_: … }), an Axolotl config ' +
  '(base_model:, sequence_len:, micro_batch_size:) or a LitGPT config (train: { global_batch_size, max_tokens… })';

/** Reads a training config's text and recognises its stack by content; throws InputError when it is none of them. */
export function readTrainingConfig(text: string, file: string): TrainingConfig {
  const yamlName = /\.(ya?ml|json)$/i.test(file);
  if (!yamlName && looksLikeMegatronScript(text)) {
    const { flat, notes } = readMegatronScript(text, file);
    return { file, format: 'megatron-lm', flat, notes };
  }
  let parsed: ReturnType<typeof flattenYaml> | null = null;
  try {
    parsed = flattenYaml(text, file);
  } catch (e) {
    // A shell script is not YAML; anything else keeps its YAML syntax error.
    if (!(e instanceof InputError) || yamlName || !looksLikeMegatronScript(text)) throw e;
  }
  const format = parsed && typeof parsed.raw === 'object' && parsed.raw !== null ? detectYaml(parsed.flat.entries) : null;
  if (parsed && format) return { file, format, flat: parsed.flat, notes: [] };
  if (looksLikeMegatronScript(text)) {
    const { flat, notes } = readMegatronScript(text, file);
    return { file, format: 'megatron-lm', flat, notes };
  }
  throw InputError.single({ file, line: 1, message: 'is not a training config this action can read', hint: FORMAT_HINT });
}
