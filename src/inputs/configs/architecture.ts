/**
 * The model a NeMo or Megatron-LM config describes (num_layers, hidden_size, ffn, heads, query groups,
 * experts, activation, norms, tied head, position embeddings), as a TransformerShape, with the
 * vocabulary padded the way Megatron pads it (to a multiple of make_vocab_size_divisible_by × tensor
 * parallel size): the padded rows are real parameters and real FLOPs.
 */
import { countParameters, shapeProblems, type LayerShape, type ParameterCount, type TransformerShape } from '../../core/parameters.js';
import { findTokenizer } from '../../data/tokenizers.js';
import { InputError, type InputProblem } from '../errors.js';
import type { Figure, FigureName, Figures } from './run-config.js';

export interface ConfigArchitecture {
  readonly shape: TransformerShape;
  readonly count: ParameterCount;
  /** Where N comes from, for the report: the keys and the vocabulary used. */
  readonly note: string;
  /** The figure the provenance points at (num_layers). */
  readonly anchor: Figure;
}

export type VocabularySource = { readonly size: number; readonly from: string } | null;

/** The unpadded vocabulary: the config's own, a tokenizer it names, or the manifest's model.vocabSize. */
function vocabulary(f: Figures, manifestVocab: number | undefined): VocabularySource {
  const v = f.figures.get('vocabSize');
  if (v) return { size: Number(v.value), from: `${v.key} ${Number(v.value).toLocaleString('en-US')}` };
  const tok = f.figures.get('tokenizer');
  const known = tok ? findTokenizer(String(tok.value)) : undefined;
  if (known) return { size: known.vocabSize, from: `tokenizer ${String(tok!.value)}: ${known.vocabSize.toLocaleString('en-US')} (${known.source.title.split(':')[0]})` };
  if (manifestVocab !== undefined) return { size: manifestVocab, from: `model.vocabSize ${manifestVocab.toLocaleString('en-US')} (manifest)` };
  return null;
}

/**
 * The architecture, when the config gives one (NeMo, Megatron-LM): null when it names no layers,
 * width or heads (a fine-tuning config that names its base model instead). `missing` says what is
 * needed for a count when only the vocabulary is lacking.
 */
export function architectureOf(
  f: Figures,
  manifestVocab: number | undefined,
): { architecture: ConfigArchitecture | null; missingVocabulary: boolean } {
  const num = (n: FigureName) => {
    const x = f.figures.get(n);
    return x === undefined ? undefined : Number(x.value);
  };
  const layers = f.figures.get('layers');
  const hidden = num('hiddenSize');
  const heads = num('heads');
  if (!layers || hidden === undefined || heads === undefined) return { architecture: null, missingVocabulary: false };
  const vocab = f.figures.get('padVocabTo')
    ? { size: num('padVocabTo')!, from: `--pad-vocab-size-to ${num('padVocabTo')!.toLocaleString('en-US')}` }
    : vocabulary(f, manifestVocab);
  if (!vocab) return { architecture: null, missingVocabulary: true };
  const gated = f.figures.get('gated')?.value === true;
  const bias = f.figures.get('bias')?.value !== false;
  // Megatron's default FFN width: 4h, or ⅔ of it rounded down to a multiple of 64 with SwiGLU.
  const ffn = num('ffnHiddenSize') ?? (gated ? Math.floor((4 * hidden * 2) / 3 / 64) * 64 : 4 * hidden);
  const kvHeads = num('kvHeads') ?? heads;
  const headDim = num('kvChannels') ?? hidden / heads;
  const experts = num('experts');
  const layer: LayerShape = {
    attention: { kind: 'multi-head', heads, kvHeads, headDim, qkvBias: bias, outputBias: bias, queryKeyNorm: 'none' },
    norms: 2,
    feedForward:
      experts !== undefined && experts > 0
        ? {
            kind: 'experts',
            block: {
              experts,
              topK: num('topK') ?? 2,
              expert: { intermediate: num('moeFfnHiddenSize') ?? ffn, gated, bias },
              shared: num('sharedExpertSize') ? { intermediate: num('sharedExpertSize')!, gated, bias } : null,
              sharedGate: false,
              routerBias: false,
            },
          }
        : { kind: 'dense', block: { intermediate: ffn, gated, bias } },
  };
  let vocabSize = vocab.size;
  let padding = '';
  if (!f.figures.get('padVocabTo')) {
    const multiple = (num('vocabDivisibleBy') ?? 128) * (num('tensorParallel') ?? 1);
    vocabSize = Math.ceil(vocab.size / multiple) * multiple;
    if (vocabSize !== vocab.size) padding = `, padded to ${vocabSize.toLocaleString('en-US')} (a multiple of ${multiple})`;
  }
  const learned = f.figures.get('positions')?.value === 'learned';
  const shape: TransformerShape = {
    vocabSize,
    hiddenSize: hidden,
    layerGroups: [{ count: Number(layers.value), layer }],
    norm: f.figures.get('norm')?.value === 'rms' ? 'rms' : 'layer',
    tiedEmbeddings: f.figures.get('tied')?.value !== false,
    positionEmbeddings: learned ? (num('maxPositionEmbeddings') ?? num('seqLen') ?? 0) : 0,
    embeddingNorm: f.figures.get('embeddingNorm')?.value === true,
    extras: [],
    excluded: [],
  };
  // Checked as a config.json's shape is: a count from a malformed shape must not reach a report. The
  // first problem only: the others follow from it (0 heads make the head size infinite).
  const [problem] = shapeProblems(shape);
  if (problem !== undefined) throw InputError.single(shapeProblem(f, layers, problem));
  const keys = (['layers', 'hiddenSize', 'ffnHiddenSize', 'heads', 'kvHeads', 'experts'] as const)
    .map((n) => f.figures.get(n))
    .filter((x): x is Figure => x !== undefined && !x.isDefault)
    .map((x) => x.key);
  return {
    architecture: { shape, count: countParameters(shape), note: `counted from ${keys.join(', ')}; vocabulary ${vocab.from}${padding}`, anchor: layers },
    missingVocabulary: false,
  };
}

/** The figures a shape problem is about, by what its message names first; else the layers. */
const PROBLEM_FIGURES: readonly (readonly [RegExp, readonly FigureName[]])[] = [
  [/key\/value heads/, ['kvHeads', 'heads']],
  [/^attention heads/, ['heads']],
  [/^head size/, ['kvChannels', 'hiddenSize', 'heads']],
  [/^hidden size/, ['hiddenSize']],
  [/^vocabulary size/, ['padVocabTo', 'vocabSize']],
  [/experts per token/, ['topK', 'experts']],
  [/^experts/, ['experts']],
];

/** A shape problem at the line of the figure it is about (one the config writes), else at the layers. */
function shapeProblem(f: Figures, layers: Figure, message: string): InputProblem {
  const names = PROBLEM_FIGURES.find(([re]) => re.test(message))?.[1] ?? [];
  const at = names.map((n) => f.figures.get(n)).find((x): x is Figure => x !== undefined && !x.isDefault) ?? layers;
  return { file: f.config.file, line: at.line, field: at.key, message: `the model it describes: ${message}` };
}
