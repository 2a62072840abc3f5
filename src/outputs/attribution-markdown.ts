/**
 * "Why it changed": for each run whose config values changed, the values, where they are, and what
 * each one alone adds to the base's emissions (src/model/attribution.ts), with the remainder of the
 * run's change (other edits, interactions) on its own line.
 */
import type { RunChange } from '../model/diff.js';
import type { Contribution, FieldChange, RunAttribution } from '../model/attribution.js';
import { codeSpan, escapeMarkdown, formatKg, signed } from './format.js';

/** A config value as written: numbers and strings plainly, anything else as JSON, absence said so. */
function configValue(v: unknown): string {
  if (v === undefined) return '(unset)';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return codeSpan(v);
  return codeSpan(JSON.stringify(v));
}

/** "`model.global_batch_size` 1024 → 2048 (configs/pretrain.yaml:14)" */
export function fieldChangeText(f: FieldChange): string {
  return `${codeSpan(f.key)} ${configValue(f.base)} → ${configValue(f.head)} (${escapeMarkdown(`${f.file}:${f.line}`)})`;
}

/** "… (configs/pretrain.yaml:14): +2.1 tCO2e"; values changed together are joined by "with". */
export function contributionLine(c: Contribution): string {
  const effect = c.deltaKg === null ? 'n/a (cannot be estimated on its own)' : signed(c.deltaKg, formatKg);
  return `${c.fields.map(fieldChangeText).join(' with ')}: ${effect}`;
}

/** Whether the remainder is worth a line: more than a rounding residue of the run's change. */
function showRemainder(a: RunAttribution): boolean {
  return Math.abs(a.remainderKg) > 1e-6 * Math.max(1e-9, Math.abs(a.totalKg), ...a.contributions.map((c) => Math.abs(c.deltaKg ?? 0)));
}

/**
 * The "Why it changed" list of these runs (those whose rows are shown beside it, so that it shrinks
 * with the table), or null when no run's change comes from its configs.
 */
export function renderAttribution(changes: readonly RunChange[]): string | null {
  const runs = changes.filter((r) => r.attribution);
  if (!runs.length) return null;
  const blocks = runs.map((r) => {
    const a = r.attribution!;
    const lines = a.contributions.map((c) => `  - ${contributionLine(c)}`);
    if (showRemainder(a)) lines.push(`  - other changes and interactions: ${signed(a.remainderKg, formatKg)}`);
    return `- ${escapeMarkdown(r.id)} (${signed(a.totalKg, formatKg)}):\n${lines.join('\n')}`;
  });
  return ['**Why it changed** (each config value alone, set on the base):', ...blocks].join('\n');
}
