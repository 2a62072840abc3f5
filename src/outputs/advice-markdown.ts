/** The what-if advice as a folded section: one line per suggestion, each with its saving. */
import type { Advice } from '../model/advice.js';
import { codeSpan, escapeMarkdown, formatKg, formatPercent } from './format.js';
import { details, plural } from './markdown-blocks.js';

function whatIf(a: Advice): string {
  switch (a.kind) {
    case 'region':
      return `in ${codeSpan(a.target)}`;
    case 'gpu':
      return `on ${codeSpan(a.target)}`;
    case 'rd-share':
      return 'at the median failed/ablation share';
  }
}

export function adviceLine(a: Advice): string {
  const part = a.operationalOnly ? ' operational' : '';
  const share = a.currentKg > 0 ? ` (${formatPercent(-a.savingKg / a.currentKg, true)})` : '';
  return `- **${escapeMarkdown(a.runId)}** ${whatIf(a)}: **−${formatKg(a.savingKg)}**${part}${share}; ${escapeMarkdown(a.detail)}`;
}

/** The folded "What if" section, or null without advice. */
export function adviceSection(advice: readonly Advice[]): string | null {
  if (!advice.length) return null;
  const best = advice.reduce((a, b) => (b.savingKg > a.savingKg ? b : a));
  const summary = `💡 What if: ${plural(advice.length, 'suggestion')}, up to −${formatKg(best.savingKg)} (${escapeMarkdown(best.runId)})`;
  const note =
    '_Each line computes the run again with one change. Advice never counts in budgets; `advice: false` in the manifest turns it off._';
  return details(summary, `${advice.map(adviceLine).join('\n')}\n\n${note}`);
}
