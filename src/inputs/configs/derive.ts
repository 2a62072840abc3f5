/**
 * The effective run: the manifest run with the figures its configs give filled in (N, N_a, layers,
 * hidden size, sequence length, GPUs, and D or its parts), and where each came from. Pure: the
 * configs are already read. A figure given twice with different values (manifest and config, or two
 * configs) is an error naming both places; equal values are fine. Nothing is filled in that the
 * configs do not give: what they lack (a dataset's size, the world size) must come from the manifest.
 */
import type { ParameterCount } from '../../core/parameters.js';
import type { ConfigFact } from '../../model/attribution.js';
import type { Provenance } from '../../model/resolve/context.js';
import { fieldProblem, InputError, type InputProblem, type Locate } from '../errors.js';
import type { ManifestRun, TokenCount } from '../manifest/schema.js';
import { architectureOf } from './architecture.js';
import type { FlatConfig } from './document.js';
import { readModelConfig, type ModelConfig } from './hf-config.js';
import { FORMAT_LABEL, readFigures, type Figure, type FigureName, type Figures, type TrainingConfig } from './run-config.js';

export interface RunConfigs {
  /** The run's model.config (a Hugging Face config.json), flattened. */
  readonly model: FlatConfig | null;
  /** The run's trainingConfig. */
  readonly training: TrainingConfig | null;
}

/** Where the run is in its manifest, for problems about its own fields. */
export interface ManifestPlace {
  readonly file: string;
  readonly index: number;
  readonly line: number;
  readonly locate?: Locate;
}

export interface Derivation {
  readonly run: ManifestRun;
  readonly provenance: ReadonlyMap<string, Provenance>;
  readonly notes: readonly string[];
  readonly facts: readonly ConfigFact[];
  readonly modelConfig: ModelConfig | null;
}

/** A value for a run field and where it comes from (undefined: the manifest). */
interface Candidate {
  readonly value: number;
  readonly from?: Provenance;
}

const same = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
const fmt = (v: number) => (Number.isInteger(v) ? v.toLocaleString('en-US') : String(Number(v.toPrecision(6))));
const place = (p: Provenance) => `${p.file}:${p.line} (${p.key})`;

function provenanceOf(file: string, f: Figure, note?: string): Provenance {
  const key = f.via ? `${f.key} $${f.via}` : f.key;
  return { file, line: f.line, key: f.isDefault ? `${key}, default` : key, ...(note ? { note } : {}) };
}

class Settler {
  readonly provenance = new Map<string, Provenance>();
  readonly problems: InputProblem[] = [];
  constructor(private readonly where: ManifestPlace) {}

  /**
   * The field's value from its candidates (the manifest's first): the first one given, after checking
   * that every other one agrees.
   */
  settle(field: string, manifestPath: readonly (string | number)[], candidates: readonly (Candidate | undefined)[]): number | undefined {
    const given = candidates.filter((c): c is Candidate => c !== undefined);
    const [first, ...rest] = given;
    if (!first) return undefined;
    for (const other of rest) {
      if (same(first.value, other.value)) continue;
      if (!first.from) {
        this.problems.push(
          fieldProblem(this.where, ['runs', this.where.index, ...manifestPath], this.where.line, {
            message: `is ${fmt(first.value)} here, but ${place(other.from!)} gives ${fmt(other.value)}${other.from!.note ? ` (${other.from!.note})` : ''}`,
            hint: 'a figure given in two places must agree: remove one of them, or make them equal',
          }),
        );
      } else {
        this.problems.push({
          file: other.from!.file,
          line: other.from!.line,
          field: other.from!.key,
          message: `gives ${field} ${fmt(other.value)}, but ${place(first.from)} gives ${fmt(first.value)}`,
          hint: 'the model config and the training config must describe the same model',
        });
      }
    }
    if (first.from) this.provenance.set(field, first.from);
    return first.value;
  }
}

function modelCandidates(mc: ModelConfig | null): { parameters?: Candidate; active?: Candidate; layers?: Candidate; hidden?: Candidate } {
  if (!mc) return {};
  const entry = (key: string) => mc.used.has(key) ? { line: lineOf(mc, key), key } : { line: mc.line, key: `${key}, ${mc.modelType} default` };
  const prefix = mc.modelType === 'gemma3' ? 'text_config.' : '';
  const defaults = mc.defaults.length ? `; transformers defaults for keys left out: ${mc.defaults.map((d) => d.split(' (')[0]).join(', ')}` : '';
  const excluded = mc.count.excluded.map((e) => `; not in N: ${e.label}, ${fmt(e.parameters)} parameters`).join('');
  const counted = (c: ParameterCount) => `N counted from the ${mc.modelType} architecture${c.extras ? ' (with its vision encoder)' : ''}${defaults}${excluded}`;
  const at = (key: string, note?: string): Provenance => ({ file: mc.file, ...entry(key), ...(note ? { note } : {}) });
  return {
    parameters: { value: mc.count.total, from: at('model_type', counted(mc.count)) },
    ...(mc.count.mixtureOfExperts ? { active: { value: mc.count.active, from: at('model_type', 'N_a: the experts a token is routed to, and every shared part') } } : {}),
    layers: { value: mc.layers, from: at(`${prefix}num_hidden_layers`) },
    hidden: { value: mc.hiddenSize, from: at(`${prefix}hidden_size`) },
  };
}

function lineOf(mc: ModelConfig, key: string): number {
  return mc.flat.entries.get(key)?.line ?? mc.line;
}

/** Notes for what a config says that the estimate cannot use as it is. */
function configNotes(f: Figures, run: ManifestRun, tokensForm: string | null): string[] {
  const notes: string[] = [];
  const file = f.config.file;
  const at = (x: Figure) => `${file}:${x.line}`;
  const adapter = f.figures.get('adapter');
  if (adapter && run.kind !== 'fine-tuning') {
    notes.push(`${at(adapter)}: trains a ${String(adapter.value)} adapter (${adapter.key}); for the (2N + 4N_t)·D formula set kind: fine-tuning and model.trainableParameters.`);
  }
  const packing = f.figures.get('samplePacking');
  if (tokensForm === 'steps' && packing && packing.value === false && (f.config.format === 'axolotl' || f.config.format === 'torchtune')) {
    notes.push(`${file}${packing.isDefault ? '' : `:${packing.line}`}: sample packing is off, so steps × batch × sequence length counts padded positions: D is an upper bound.`);
  }
  const rampup = f.figures.get('rampup');
  if (tokensForm === 'steps' && rampup) {
    notes.push(`${at(rampup)}: the batch size ramps up (${rampup.key} ${String(rampup.value)}), so steps × global batch × sequence length slightly overstates D.`);
  }
  return notes;
}

export function deriveRun(run: ManifestRun, configs: RunConfigs, where: ManifestPlace): Derivation {
  const s = new Settler(where);
  const notes: string[] = [];
  const mc = configs.model ? readModelConfig(configs.model) : null;
  const figs = configs.training ? readFigures(configs.training) : null;
  if (figs?.problems.length) throw new InputError(figs.problems);
  if (configs.training) notes.push(...configs.training.notes);
  const fig = (n: FigureName) => figs?.figures.get(n);
  const tfile = configs.training?.file ?? '';
  const cand = (n: FigureName, note?: string): Candidate | undefined => {
    const f = fig(n);
    return f ? { value: Number(f.value), from: provenanceOf(tfile, f, note) } : undefined;
  };

  // The model: N, N_a, layers and width.
  const fromModel = modelCandidates(mc);
  const arch = figs ? architectureOf(figs, run.model?.vocabSize) : null;
  const a = arch?.architecture;
  const archFrom = a ? provenanceOf(tfile, a.anchor, a.note) : undefined;
  const m = run.model ?? {};
  const parameters = s.settle('model.parameters', ['model', 'parameters'], [
    m.parameters !== undefined ? { value: m.parameters } : undefined,
    fromModel.parameters,
    a ? { value: a.count.total, from: archFrom } : undefined,
  ]);
  const activeParameters = s.settle('model.activeParameters', ['model', 'activeParameters'], [
    m.activeParameters !== undefined ? { value: m.activeParameters } : undefined,
    fromModel.active,
    a?.count.mixtureOfExperts ? { value: a.count.active, from: archFrom && { ...archFrom, note: 'N_a: the experts a token is routed to' } } : undefined,
  ]);
  const layers = s.settle('model.layers', ['model', 'layers'], [m.layers !== undefined ? { value: m.layers } : undefined, fromModel.layers, cand('layers')]);
  const hiddenSize = s.settle('model.hiddenSize', ['model', 'hiddenSize'], [m.hiddenSize !== undefined ? { value: m.hiddenSize } : undefined, fromModel.hidden, cand('hiddenSize')]);

  // Sequence length and GPUs.
  const tokensObj = typeof run.tokens === 'object' ? run.tokens : undefined;
  const seqLen = s.settle('seqLen', ['seqLen'], [
    run.seqLen !== undefined ? { value: run.seqLen } : undefined,
    tokensObj?.seqLen !== undefined ? { value: tokensObj.seqLen } : undefined,
    cand('seqLen'),
  ]);
  const nodes = fig('nodes');
  const perNode = fig('devicesPerNode');
  const worldFromConfig =
    nodes && perNode ? { value: Number(nodes.value) * Number(perNode.value), from: { file: tfile, line: perNode.line, key: `${nodes.key} × ${perNode.key}` } } : undefined;
  const gpuCount = s.settle('hardware.count', ['hardware', 'count'], [run.hardware?.count !== undefined ? { value: run.hardware.count } : undefined, worldFromConfig]);

  // D: a total, or its parts.
  let tokens: ManifestRun['tokens'] = run.tokens;
  if (figs) {
    const derived = deriveTokens(s, run, figs, { seqLen, gpuCount, worldFromConfig: worldFromConfig !== undefined }, notes);
    tokens = derived.tokens;
    notes.push(...configNotes(figs, run, derived.form));
    if (parameters === undefined && !mc) {
      const ref = fig('modelRef');
      if (ref) notes.push(`${tfile}:${ref.line}: trains ${String(ref.value)} (${ref.key}); point model.config at its config.json to count its parameters.`);
      else if (arch?.missingVocabulary) {
        const tok = fig('tokenizer');
        notes.push(`${tfile}: the architecture's vocabulary is not known${tok ? ` (tokenizer ${String(tok.value)})` : ''}; set model.vocabSize to count N from it.`);
      }
    }
  }
  if (s.problems.length) throw new InputError(s.problems);

  const model: NonNullable<ManifestRun['model']> = {
    ...m,
    ...(parameters !== undefined ? { parameters } : {}),
    ...(activeParameters !== undefined ? { activeParameters } : {}),
    ...(layers !== undefined ? { layers } : {}),
    ...(hiddenSize !== undefined ? { hiddenSize } : {}),
  };
  const effective: ManifestRun = {
    ...run,
    ...(Object.keys(model).length ? { model } : {}),
    ...(seqLen !== undefined ? { seqLen } : {}),
    ...(tokens !== undefined ? { tokens } : {}),
    ...(gpuCount !== undefined ? { hardware: { ...run.hardware, count: gpuCount } } : {}),
  };
  return { run: effective, provenance: s.provenance, notes, facts: factsOf(configs, mc, figs), modelConfig: mc };
}

function factsOf(configs: RunConfigs, mc: ModelConfig | null, figs: Figures | null): ConfigFact[] {
  const facts: ConfigFact[] = [];
  const add = (role: ConfigFact['role'], flat: FlatConfig, keys: Iterable<string>) => {
    for (const key of keys) {
      const e = flat.entries.get(key);
      if (e) facts.push({ role, file: flat.file, key, line: e.line, value: e.value });
    }
  };
  if (mc && configs.model) add('model', configs.model, mc.used);
  if (figs && configs.training) add('training', configs.training.flat, figs.used);
  return facts;
}

interface TokenContext {
  readonly seqLen: number | undefined;
  readonly gpuCount: number | undefined;
  readonly worldFromConfig: boolean;
}

/**
 * D from the training config and the manifest: the config's token budget (LitGPT's max_tokens), or
 * its parts (steps, global batch, samples, epochs), each checked against what the manifest gives.
 * The global batch, when the config gives only the micro-batch, is micro-batch × gradient
 * accumulation × data-parallel GPUs, the GPUs coming from the config or else the manifest's
 * hardware.count.
 */
function deriveTokens(
  s: Settler,
  run: ManifestRun,
  f: Figures,
  ctx: TokenContext,
  notes: string[],
): { tokens: ManifestRun['tokens']; form: string | null } {
  const file = f.config.file;
  const fig = (n: FigureName) => f.figures.get(n);
  const cand = (n: FigureName): Candidate | undefined => {
    const x = fig(n);
    return x ? { value: Number(x.value), from: provenanceOf(file, x) } : undefined;
  };
  const own = typeof run.tokens === 'object' ? run.tokens : undefined;
  const total = typeof run.tokens === 'number' ? run.tokens : undefined;

  // A budget in tokens (LitGPT pretraining) is D itself.
  const maxTokens = cand('maxTokens');
  if (maxTokens && !own) {
    return { tokens: s.settle('tokens', ['tokens'], [total !== undefined ? { value: total } : undefined, maxTokens]), form: 'tokens' };
  }

  const part = (name: keyof TokenCount, c: Candidate | undefined) =>
    s.settle(`tokens.${name}`, ['tokens', name], [own?.[name] !== undefined ? { value: own[name]! } : undefined, c]);
  const steps = part('steps', cand('steps'));
  const samples = steps === undefined ? part('samples', cand('samples')) : own?.samples;
  const stepsFig = fig('steps');
  const epochsFig = fig('epochs');
  if (stepsFig && epochsFig && !epochsFig.isDefault) notes.push(`${file}:${stepsFig.line}: ${stepsFig.key} ends training before ${epochsFig.key} (line ${epochsFig.line}) does: the step count is used.`);
  const epochs = steps === undefined && samples === undefined ? part('epochs', cand('epochs')) : own?.epochs;
  let globalBatchSize: number | undefined;
  if (steps !== undefined) {
    globalBatchSize = part('globalBatchSize', cand('globalBatchSize') ?? computedBatch(f, ctx, s));
  }
  const unresolved = (name: FigureName, tokenPart: string) => {
    const u = f.unresolved.get(name);
    if (u && own?.[tokenPart as keyof TokenCount] === undefined) {
      s.problems.push({ file, line: u.line, field: u.key, message: u.reason, hint: `give tokens.${tokenPart} in the manifest instead` });
    }
  };
  if (steps === undefined && samples === undefined && epochs === undefined) {
    unresolved('steps', 'steps');
    unresolved('samples', 'samples');
  }
  if (steps !== undefined && globalBatchSize === undefined) unresolved('globalBatchSize', 'globalBatchSize');
  if (ctx.seqLen === undefined) unresolved('seqLen', 'seqLen');

  const parts: TokenCount = {
    ...own,
    ...(steps !== undefined ? { steps } : {}),
    ...(samples !== undefined ? { samples } : {}),
    ...(epochs !== undefined ? { epochs } : {}),
    ...(globalBatchSize !== undefined ? { globalBatchSize } : {}),
  };
  const form = steps !== undefined ? 'steps' : samples !== undefined ? 'samples' : epochs !== undefined ? 'epochs' : null;
  if (total !== undefined) {
    // The manifest gives D: the config's parts must agree with it when they give one.
    const d = form === 'steps' && globalBatchSize !== undefined && ctx.seqLen !== undefined ? steps! * globalBatchSize * ctx.seqLen : form === 'samples' && ctx.seqLen !== undefined ? samples! * ctx.seqLen : undefined;
    if (d !== undefined) {
      const from: Provenance = {
        file,
        line: (stepsFig ?? fig('samples'))?.line ?? 1,
        key: form === 'steps' ? 'steps × global batch × sequence length' : 'samples × sequence length',
      };
      s.settle('tokens', ['tokens'], [{ value: total }, { value: d, from }]);
    }
    return { tokens: total, form };
  }
  if (!Object.keys(parts).length) return { tokens: run.tokens, form: null };
  if (form === null) notes.push(`${file}: gives no step, sample or epoch count (${FORMAT_LABEL[f.config.format]}); D comes from the manifest's tokens.`);
  return { tokens: parts, form };
}

/** micro-batch × gradient accumulation × data-parallel size, or undefined (with a problem when only the GPUs are missing). */
function computedBatch(f: Figures, ctx: TokenContext, s: Settler): Candidate | undefined {
  const file = f.config.file;
  const micro = f.figures.get('microBatchSize');
  if (!micro) return undefined;
  const accum = f.figures.get('gradientAccumulation');
  const parallel = (['tensorParallel', 'pipelineParallel', 'contextParallel'] as const).map((n) => f.figures.get(n)).filter((x): x is Figure => x !== undefined);
  const modelParallel = parallel.reduce((p, x) => p * Number(x.value), 1);
  if (ctx.gpuCount === undefined) {
    s.problems.push({
      file,
      line: micro.line,
      field: micro.key,
      message: `the global batch is ${micro.key} × ${accum?.key ?? 'gradient accumulation'} × data-parallel GPUs, and the config does not say how many GPUs train`,
      hint: "set hardware.count in the manifest (or tokens.globalBatchSize)",
    });
    return undefined;
  }
  const dataParallel = ctx.gpuCount / modelParallel;
  if (!Number.isInteger(dataParallel) || dataParallel < 1) {
    s.problems.push({
      file,
      line: micro.line,
      field: micro.key,
      message: `${fmt(ctx.gpuCount)} GPUs cannot be split into data-parallel groups of ${fmt(modelParallel)} (tensor × pipeline × context parallel)`,
      hint: 'check hardware.count and the parallel sizes',
    });
    return undefined;
  }
  const gpus = ctx.worldFromConfig ? `${fmt(dataParallel)} data-parallel ranks` : `${fmt(dataParallel)} data-parallel GPUs (the manifest's hardware.count${modelParallel > 1 ? ` / ${fmt(modelParallel)}` : ''})`;
  const value = Number(micro.value) * Number(accum?.value ?? 1) * dataParallel;
  return {
    value,
    from: {
      file,
      line: micro.line,
      key: accum ? `${micro.key} × ${accum.key}` : micro.key,
      note: `${fmt(Number(micro.value))} × ${fmt(Number(accum?.value ?? 1))} × ${gpus}`,
    },
  };
}
