/** The budget table of the PR comment, the job summary and the CLI. */
import type { BudgetOutcome, BudgetResult } from '../model/budget.js';
import { codeSpan, escapeMarkdown, formatCount, formatGpuHours, formatKg, formatKwh, formatLitres, round3, signed } from './format.js';
import { table } from './markdown-blocks.js';

const STATE_ICON = { ok: '✅ ok', warn: '⚠️ warn', fail: '❌ fail', skipped: '➖ skipped' } as const;

/**
 * A percentage next to its limits: three significant digits, unless that would print the figure as
 * one of its limits without being it (14.97 % beside "fail 15 %" reads as crossed, or as equal).
 */
function percentNear(value: number, limits: readonly (number | undefined)[]): string {
  const others = limits.filter((l): l is number => l !== undefined && l !== value);
  const text = round3(value);
  if (!others.some((l) => round3(l) === text)) return text;
  // More digits until the figure reads apart from every limit (a figure within 1e-9 of one stops at 10).
  for (let digits = 4; digits < 10; digits++) {
    const more = String(Number(value.toPrecision(digits)));
    if (!others.some((l) => String(Number(l.toPrecision(digits))) === more)) return more;
  }
  return String(Number(value.toPrecision(10)));
}

export function formatBudgetValue(r: BudgetResult, value: number, unit = r.unit): string {
  if (unit === '%') {
    const text = `${percentNear(Math.abs(value), [r.budget.warn, r.budget.fail])} %`;
    if (r.budget.limit === 'share') return text;
    return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
  }
  const f = { kgCO2e: formatKg, kWh: formatKwh, GPUh: formatGpuHours, L: formatLitres }[unit] ?? round3;
  return r.budget.limit === 'absolute' || r.budget.limit === 'share' ? f(value) : signed(value, f);
}

function limits(r: BudgetResult): string {
  const parts: string[] = [];
  if (r.budget.warn !== undefined) parts.push(`warn ${formatBudgetValue(r, r.budget.warn).replace(/^\+/, '')}`);
  if (r.budget.fail !== undefined) parts.push(`fail ${formatBudgetValue(r, r.budget.fail).replace(/^\+/, '')}`);
  return parts.join(' · ');
}

/**
 * Used / limit in percent: whole percents, except within half a percent of the limit, where rounding
 * would print "100 %" for a figure that has not crossed it (or has).
 */
export function usedShare(ratio: number): string {
  const pct = ratio * 100;
  const text = Math.abs(pct - 100) < 0.5 && pct !== 100 ? pct.toFixed(1) : formatCount(Math.round(Math.abs(pct)));
  return `${pct < 0 ? '−' : ''}${text.replace(/^-/, '')} %`;
}

/** "budget 82 % used ⚠️" for the comment's headline; "budget ok" when no budget has a ratio. */
export function budgetHeadline(outcome: BudgetOutcome): string {
  if (outcome.maxUsedRatio === null) return `budget ${outcome.statusBeforeOverride}`;
  const stateWord = { ok: '', warn: ' ⚠️', fail: ' ❌' }[outcome.statusBeforeOverride];
  return `budget ${usedShare(outcome.maxUsedRatio)} used${stateWord}${outcome.overridden ? ' (override)' : ''}`;
}

export function renderBudgetTable(outcome: BudgetOutcome): string {
  const rows = outcome.results.map((r) => {
    const top = r.contributors.map((c) => `${escapeMarkdown(c.id)} (${formatBudgetValue(r, c.value, c.unit)})`).join(', ');
    return [
      escapeMarkdown(r.name),
      `${r.budget.figure}${r.budget.scope === 'per-run' ? ', per run' : ''}`,
      r.used === null ? '–' : formatBudgetValue(r, r.used),
      limits(r),
      r.usedRatio === null ? '–' : usedShare(r.usedRatio),
      STATE_ICON[r.state],
      [top, r.note ? escapeMarkdown(r.note) : ''].filter(Boolean).join('; ') || '–',
    ];
  });
  const lines = ['### Budgets', table(['Budget', 'Figure', 'Used', 'Limit', 'Used / limit', 'State', 'Largest contributors'], rows, 'llrlrll')];
  if (outcome.overridden) {
    const approvers = [...new Set(outcome.results.flatMap((r) => r.budget.approvers ?? []))];
    lines.push(
      '',
      `> **Override used**: a failing budget was turned into a warning by the override label.` +
        (approvers.length ? ` Approvers: ${approvers.map(codeSpan).join(', ')}.` : ''),
    );
  }
  return lines.join('\n');
}

/** One line per failed or warned budget, for the step's failure message and annotations. */
export function budgetMessage(r: BudgetResult): string {
  const top = r.contributors.map((c) => `${c.id} (${formatBudgetValue(r, c.value, c.unit)})`).join(', ');
  const limit = r.state === 'fail' ? r.budget.fail : r.budget.warn;
  return (
    `Budget "${r.name}" ${r.state === 'fail' ? 'failed' : 'warned'}: ${r.budget.figure} ${r.budget.metric}` +
    ` ${r.used === null ? '' : formatBudgetValue(r, r.used)} > ${limit === undefined ? '' : formatBudgetValue(r, limit).replace(/^\+/, '')}` +
    (top ? `; largest contributors: ${top}` : '')
  );
}
