/**
 * The building blocks every markdown section shares: tables, folded sections, run labels and the
 * cells of figures that may be unknown or a lower bound.
 */
import { knownTotal, type CriterionImpacts } from '../core/footprint.js';
import type { Range } from '../core/range.js';
import type { PartialSum, RunReport } from '../model/report.js';
import { escapeMarkdown, formatCount, formatKg } from './format.js';

export const NA = 'n/a';

/** A figure's central value, or n/a. */
export const central = (r: Range | null, f: (v: number) => string): string => (r ? f(r.central) : NA);

/** A run's total emissions as far as known: "≥ x" when a part has no sourced factor. */
export function knownTotalCell(i: CriterionImpacts): string {
  const k = knownTotal(i);
  return k ? `${k.complete ? '' : '≥ '}${formatKg(k.value.central)}` : NA;
}

/** A sum over runs, "≥ x" when some run lacks the factor. */
export const partialCell = (p: PartialSum, f: (v: number) => string): string =>
  p.value ? `${p.missing ? '≥ ' : ''}${f(p.value.central)}` : NA;

/**
 * A table; `align` has one letter per column, l or r ("llrr"), by default the first left, the rest
 * right. A pipe left in a cell (a code span of a file name: escaped text has none) is escaped, as GFM
 * asks even inside code spans, so it cannot split the cell.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: string): string {
  const sep = header.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '---:' : ':---'));
  const cell = (text: string) => text.replaceAll('|', '\\|');
  return [header, sep, ...rows].map((cells) => `| ${cells.map(cell).join(' | ')} |`).join('\n');
}

/** A folded section: GitHub shows the summary line only until it is opened. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export function runLabel(r: RunReport): string {
  const id = escapeMarkdown(r.run.id);
  return r.run.name !== r.run.id ? `${escapeMarkdown(r.run.name)} (${id})` : id;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;

/** "a, b and c", or "a, b, c and 4 more" beyond `max`. */
export function listOf(items: readonly string[], max = 5): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Plain text in a fenced block: literal on GitHub (no markdown, no HTML), a fence inside it defused. */
export function textBlock(lines: readonly string[]): string {
  return `\`\`\`text\n${lines.join('\n').replace(/```/g, "'''")}\n\`\`\``;
}
