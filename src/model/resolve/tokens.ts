/**
 * D, the tokens a training or fine-tuning run processes, as the training loop counts them: given as a
 * number, or as steps × global batch × sequence length, samples × sequence length, or epochs ×
 * dataset tokens (each part from the manifest or a training config, recorded with its source).
 */
import { exact } from '../../core/range.js';
import type { ManifestRun, TokenCount } from '../../inputs/manifest/schema.js';
import { fieldSource, problem, type ResolveContext } from './context.js';

type Part = keyof TokenCount;

const LABEL: Record<Part, string> = {
  steps: 'Training steps',
  globalBatchSize: 'Global batch size',
  seqLen: 'Sequence length',
  samples: 'Training samples',
  epochs: 'Epochs',
  datasetTokens: 'Dataset tokens (one epoch)',
};
const UNIT: Record<Part, string> = {
  steps: 'steps',
  globalBatchSize: 'samples',
  seqLen: 'tokens',
  samples: 'samples',
  epochs: '',
  datasetTokens: 'tokens',
};

/** The three ways of counting D, in the order a training loop stops: a step limit first. */
const FORMS: readonly { readonly parts: readonly Part[]; readonly formula: string }[] = [
  { parts: ['steps', 'globalBatchSize', 'seqLen'], formula: 'steps × global batch × sequence length' },
  { parts: ['samples', 'seqLen'], formula: 'samples × sequence length' },
  { parts: ['epochs', 'datasetTokens'], formula: 'epochs × dataset tokens' },
];

/**
 * D for the run, or undefined when it gives none (NaN, with a problem recorded, when a structured
 * count is incomplete). A structured count's sequence length defaults to the run's `seqLen`.
 */
export function resolveTokenCount(ctx: ResolveContext, run: ManifestRun): number | undefined {
  const t = run.tokens;
  if (t === undefined) return undefined;
  if (typeof t === 'number') {
    if (ctx.provenance?.has('tokens')) {
      ctx.assumptions.push({ key: 'tokens', label: 'Tokens D', unit: 'tokens', value: exact(t), source: fieldSource(ctx, 'tokens') });
    }
    return t;
  }
  const parts: TokenCount = { ...t, seqLen: t.seqLen ?? run.seqLen };
  const sourceOf = (p: Part) => (p === 'seqLen' && t.seqLen === undefined ? fieldSource(ctx, 'seqLen') : fieldSource(ctx, `tokens.${p}`));
  const form = FORMS.find((f) => f.parts.every((p) => parts[p] !== undefined));
  if (!form) {
    const started = FORMS.find((f) => f.parts.some((p) => t[p] !== undefined)) ?? FORMS[0]!;
    const missing = started.parts.filter((p) => parts[p] === undefined);
    problem(
      ctx,
      'tokens',
      `counts D as ${started.formula} but has no ${missing.join(' or ')}`,
      'give the missing figures under tokens (or seqLen), or a trainingConfig that has them',
    );
    // Not undefined: the problem is recorded, and "tokens is required" would only repeat it.
    return Number.NaN;
  }
  for (const p of form.parts) {
    // The run's own sequence length is already listed when a config gave it.
    if (p === 'seqLen' && t.seqLen === undefined && ctx.provenance?.has('seqLen')) continue;
    ctx.assumptions.push({ key: `tokens.${p}`, label: LABEL[p], unit: UNIT[p], value: exact(parts[p]!), source: sourceOf(p) });
  }
  const d = form.parts.reduce((acc, p) => acc * parts[p]!, 1);
  ctx.assumptions.push({ key: 'tokens', label: 'Tokens D', unit: 'tokens', value: exact(d), source: form.formula });
  return d;
}
