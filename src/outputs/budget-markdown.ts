/** The budget table of the PR comment, the job summary and the CLI. */
import type { BudgetOutcome, BudgetResult } from '../model/budget.js';
import { codeSpan, escapeMarkdown, formatGpuHours, formatKg, formatKwh, formatLitres, round3, signed } from './format.js';
import { table } from './markdown-blocks.js';

const STATE_ICON = { ok: '✅ ok', warn: '⚠️ warn', fail: '❌ fail', skipped: '➖ skipped' } as const;

export function formatBudgetValue(r: BudgetResult, value: number, unit = r.unit): string {
  if (unit === '%') return `${value > 0 && r.budget.limit !== 'share' ? '+' : ''}${round3(value)} %`;
  const f = { kgCO2e: formatKg, kWh: formatKwh, GPUh: formatGpuHours, L: formatLitres }[unit] ?? round3;
  return r.budget.limit === 'absolute' || r.budget.limit === 'share' ? f(value) : signed(value, f);
}

function limits(r: BudgetResult): string {
  const parts: string[] = [];
  if (r.budget.warn !== undefined) parts.push(`warn ${formatBudgetValue(r, r.budget.warn).replace(/^\+/, '')}`);
  if (r.budget.fail !== undefined) parts.push(`fail ${formatBudgetValue(r, r.budget.fail).replace(/^\+/, '')}`);
  return parts.join(' · ');
}

export function renderBudgetTable(outcome: BudgetOutcome): string {
  const rows = outcome.results.map((r) => {
    const top = r.contributors.map((c) => `${escapeMarkdown(c.id)} (${formatBudgetValue(r, c.value, c.unit)})`).join(', ');
    return [
      escapeMarkdown(r.name),
      `${r.budget.figure}${r.budget.scope === 'per-run' ? ', per run' : ''}`,
      r.used === null ? '–' : formatBudgetValue(r, r.used),
      limits(r),
      r.usedRatio === null ? '–' : `${Math.round(r.usedRatio * 100)} %`,
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
