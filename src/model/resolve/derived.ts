/**
 * Model figures read from config files (a Hugging Face config.json, a training config) are recorded
 * as assumptions naming the file, line and key they came from; figures written in the manifest are
 * not repeated here.
 */
import { exact } from '../../core/range.js';
import type { ManifestRun } from '../../inputs/manifest/schema.js';
import { fieldSource, type ResolveContext } from './context.js';

const FIELDS: readonly { field: string; label: string; unit: string; value: (r: ManifestRun) => number | undefined }[] = [
  { field: 'model.parameters', label: 'Parameters N', unit: '', value: (r) => r.model?.parameters },
  { field: 'model.activeParameters', label: 'Active parameters N_a', unit: '', value: (r) => r.model?.activeParameters },
  { field: 'model.layers', label: 'Layers', unit: '', value: (r) => r.model?.layers },
  { field: 'model.hiddenSize', label: 'Hidden size', unit: '', value: (r) => r.model?.hiddenSize },
  { field: 'seqLen', label: 'Sequence length', unit: 'tokens', value: (r) => r.seqLen },
  { field: 'hardware.count', label: 'GPUs', unit: '', value: (r) => r.hardware?.count },
];

export function configAssumptions(ctx: ResolveContext, run: ManifestRun): void {
  if (!ctx.provenance?.size) return;
  for (const f of FIELDS) {
    const value = f.value(run);
    if (value === undefined || !ctx.provenance.has(f.field)) continue;
    ctx.assumptions.push({ key: f.field, label: f.label, unit: f.unit, value: exact(value), source: fieldSource(ctx, f.field) });
  }
}
