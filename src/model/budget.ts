/**
 * Carbon budgets: limits on totals, per-run figures and increases against the base branch, each with
 * a `warn` and a `fail` level. Pure: evaluated over a ReportDiff.
 *
 * Rules (also in the README):
 * - a level is crossed when the figure is strictly greater than the limit (exactly at it is within);
 * - increase budgets need a base: without one (push, new manifest) they are `skipped`, said so;
 * - a relative increase over a base of 0 is undefined: `skipped`, pair it with an absolute limit;
 * - a figure with no sourced factor (water where the grid has none) is `skipped`, never taken as 0;
 * - a share budget compares the matching runs with all the head's runs (manifest runs and ledger groups).
 */
import { knownTotal } from '../core/footprint.js';
import type { Range } from '../core/range.js';
import type { ReportDiff } from './diff.js';
import type { RunReport } from './report.js';
import { BUDGET_UNITS, type Budget } from '../inputs/manifest/schema.js';

export type BudgetState = 'ok' | 'warn' | 'fail' | 'skipped';

export interface Contributor {
  readonly id: string;
  readonly value: number;
  /** '%' for a run's own relative increase, else the metric's unit (an absolute figure or increase). */
  readonly unit: string;
  readonly file: string;
  readonly line: number;
}

export interface BudgetResult {
  readonly name: string;
  readonly budget: Budget;
  readonly unit: string;
  readonly state: BudgetState;
  /** The figure checked (for per-run: the worst run's); null when skipped. */
  readonly used: number | null;
  readonly limit: number | null;
  /** used / (fail limit, else warn limit). */
  readonly usedRatio: number | null;
  /** Runs that contribute most, largest first (at most 3), or the offending runs for per-run budgets. */
  readonly contributors: readonly Contributor[];
  readonly note?: string;
}

export interface BudgetOutcome {
  readonly status: 'ok' | 'warn' | 'fail';
  /** The status before an override turned a failure into a warning. */
  readonly statusBeforeOverride: 'ok' | 'warn' | 'fail';
  readonly overridden: boolean;
  readonly results: readonly BudgetResult[];
  /** The largest used / limit of the budgets that have one (the headline's "budget 82 % used"); null without any. */
  readonly maxUsedRatio: number | null;
}

function defaultName(b: Budget): string {
  const filters = [b.phase, b.status, b.component, b.tag && `#${b.tag}`].filter(Boolean).join(', ');
  const what = `${b.scope === 'per-run' ? 'per-run ' : ''}${b.part !== 'total' ? `${b.part} ` : ''}${b.metric}`;
  const limit = b.limit === 'absolute' ? '' : b.limit === 'increase' ? ' increase' : b.limit === 'share' ? ' share (%)' : ' increase (%)';
  return `${what}${limit}${filters ? ` [${filters}]` : ''}`;
}

function matches(b: Budget, r: RunReport): boolean {
  return (
    (b.phase === undefined || r.run.phase === b.phase) &&
    (b.status === undefined || r.run.status === b.status) &&
    (b.component === undefined || r.run.component === b.component) &&
    (b.tag === undefined || r.run.tags.includes(b.tag))
  );
}

/**
 * The figure a budget checks for one run; null when the run has no sourced factor for it. When only
 * the embodied side lacks a source (a GPU with no published manufacturing figure), the total is the
 * known part: a lower bound, flagged, so the budget still gates instead of being skipped.
 */
export function budgetFigure(b: Budget, r: RunReport): { value: number; lowerBound: boolean } | null {
  const f = r.footprint;
  const pick = (range: Range | null, lowerBound = false) => (range ? { value: range[b.figure], lowerBound } : null);
  switch (b.metric) {
    case 'energy':
      return pick(f.energyKwh.total);
    case 'gpu-hours':
      return pick(f.gpuHours.used);
    case 'emissions':
    case 'water': {
      const i = f.impacts[b.metric === 'emissions' ? 'gwp' : 'water'];
      if (b.part !== 'total') return pick(i[b.part].total);
      const known = knownTotal(i);
      return known ? pick(known.value, !known.complete) : null;
    }
  }
}

function stateOf(b: Budget, value: number): BudgetState {
  if (b.fail !== undefined && value > b.fail) return 'fail';
  if (b.warn !== undefined && value > b.warn) return 'warn';
  return 'ok';
}

const RANK: Record<BudgetState, number> = { skipped: 0, ok: 1, warn: 2, fail: 3 };

function result(b: Budget, fields: Omit<BudgetResult, 'name' | 'budget' | 'unit' | 'limit' | 'usedRatio'>): BudgetResult {
  const limit = b.fail ?? b.warn ?? null;
  return {
    name: b.name ?? defaultName(b),
    budget: b,
    unit: b.limit === 'increase-percent' || b.limit === 'share' ? '%' : BUDGET_UNITS[b.metric],
    limit,
    usedRatio: fields.used !== null && limit !== null && limit > 0 ? fields.used / limit : null,
    ...fields,
  };
}

function contributor(r: RunReport, value: number, unit: string): Contributor {
  return { id: r.run.id, value, unit, file: r.run.file, line: r.run.line };
}

function topContributors(list: Contributor[]): Contributor[] {
  return list.filter((c) => c.value > 0).sort((a, b) => b.value - a.value).slice(0, 3);
}

export function evaluateBudget(b: Budget, diff: ReportDiff): BudgetResult {
  const res = evaluateBudgetFigures(b, diff);
  const partial = diff.head.runs.filter((r) => matches(b, r) && budgetFigure(b, r)?.lowerBound);
  if (!partial.length || res.state === 'skipped') return res;
  const note = `lower bound: no sourced embodied figure for ${partial.map((r) => r.run.id).join(', ')}`;
  return { ...res, note: res.note ? `${res.note}; ${note}` : note };
}

function evaluateBudgetFigures(b: Budget, diff: ReportDiff): BudgetResult {
  const pairs = diff.runs.filter((ch) => (ch.head && matches(b, ch.head)) || (ch.base && matches(b, ch.base)));
  const headRuns = pairs.map((p) => p.head).filter((r): r is RunReport => r !== null && matches(b, r));
  // An increase compares with the base too: a base run without the factor is as unknown as a head one.
  const compared = b.limit === 'absolute' ? headRuns : [...headRuns, ...pairs.map((p) => p.base).filter((r): r is RunReport => r !== null && matches(b, r))];
  const missing = [...new Set(compared.filter((r) => budgetFigure(b, r) === null).map((r) => r.run.id))];
  if (missing.length) {
    return result(b, {
      state: 'skipped',
      used: null,
      contributors: [],
      note: `no sourced ${b.metric} factor for ${missing.join(', ')}`,
    });
  }
  const fig = (r: RunReport | null) => (r && matches(b, r) ? (budgetFigure(b, r)?.value ?? 0) : 0);
  const unit = BUDGET_UNITS[b.metric];

  if (b.limit === 'share') return shareResult(b, diff.head.runs, headRuns, fig, unit);
  if (b.limit === 'absolute') {
    if (b.scope === 'per-run') {
      const values = headRuns.map((r) => contributor(r, fig(r), unit)).sort((x, y) => y.value - x.value);
      const worst = values[0];
      const state = worst ? stateOf(b, worst.value) : 'ok';
      const offending = values.filter((v) => stateOf(b, v.value) !== 'ok');
      return result(b, { state, used: worst?.value ?? 0, contributors: offending.length ? offending.slice(0, 5) : values.slice(0, 1) });
    }
    const used = headRuns.reduce((a, r) => a + fig(r), 0);
    return result(b, { state: stateOf(b, used), used, contributors: topContributors(headRuns.map((r) => contributor(r, fig(r), unit))) });
  }

  if (!diff.base) {
    return result(b, { state: 'skipped', used: null, contributors: [], note: 'no base branch state to compare with' });
  }
  const increases = pairs.map((p) => ({ run: (p.head ?? p.base)!, base: fig(p.base), head: fig(p.head) }));
  const percent = b.limit === 'increase-percent';
  if (b.scope === 'per-run') {
    const values = increases.flatMap((x) => {
      if (!percent) return [contributor(x.run, x.head - x.base, unit)];
      return x.base > 0 ? [contributor(x.run, ((x.head - x.base) / x.base) * 100, '%')] : [];
    });
    values.sort((x, y) => y.value - x.value);
    const worst = values[0];
    const offending = values.filter((v) => stateOf(b, v.value) !== 'ok');
    const newRuns = percent ? increases.filter((x) => x.base === 0 && x.head > 0).map((x) => x.run.run.id) : [];
    return result(b, {
      state: worst ? stateOf(b, worst.value) : 'ok',
      used: worst?.value ?? 0,
      contributors: offending.length ? offending.slice(0, 5) : values.slice(0, 1),
      ...(newRuns.length ? { note: `not checked (base of 0): ${newRuns.join(', ')}` } : {}),
    });
  }
  const baseSum = increases.reduce((a, x) => a + x.base, 0);
  const headSum = increases.reduce((a, x) => a + x.head, 0);
  const contributors = topContributors(increases.map((x) => contributor(x.run, x.head - x.base, unit)));
  if (percent) {
    if (baseSum === 0) {
      return result(b, { state: 'skipped', used: null, contributors, note: 'the base figure is 0: a relative increase is undefined (add an absolute limit)' });
    }
    const used = ((headSum - baseSum) / baseSum) * 100;
    return result(b, { state: stateOf(b, used), used, contributors });
  }
  const used = headSum - baseSum;
  return result(b, { state: stateOf(b, used), used, contributors });
}

/**
 * A share budget: the matching runs' figure as a percent of all the head's runs (e.g. failed runs
 * ≤ 15 % of GPU-hours); per run, each matching run's own share. A total of 0 leaves it undefined.
 */
function shareResult(b: Budget, all: readonly RunReport[], matching: readonly RunReport[], fig: (r: RunReport) => number, unit: string): BudgetResult {
  const missing = all.filter((r) => budgetFigure(b, r) === null).map((r) => r.run.id);
  if (missing.length) {
    return result(b, { state: 'skipped', used: null, contributors: [], note: `no sourced ${b.metric} factor for ${missing.join(', ')}` });
  }
  // The whole: every run, whatever the budget's filters (`fig` counts only the matching ones).
  const total = all.reduce((a, r) => a + (budgetFigure(b, r)?.value ?? 0), 0);
  if (total === 0) return result(b, { state: 'skipped', used: null, contributors: [], note: `the ${b.metric} of all runs is 0: a share is undefined` });
  const percent = (r: RunReport) => (fig(r) / total) * 100;
  if (b.scope === 'per-run') {
    const values = matching.map((r) => contributor(r, percent(r), '%')).sort((x, y) => y.value - x.value);
    const worst = values[0];
    const offending = values.filter((v) => stateOf(b, v.value) !== 'ok');
    return result(b, { state: worst ? stateOf(b, worst.value) : 'ok', used: worst?.value ?? 0, contributors: offending.length ? offending.slice(0, 5) : values.slice(0, 1) });
  }
  const used = (matching.reduce((a, r) => a + fig(r), 0) / total) * 100;
  return result(b, { state: stateOf(b, used), used, contributors: topContributors(matching.map((r) => contributor(r, fig(r), unit))) });
}

export function evaluateBudgets(budgets: readonly Budget[], diff: ReportDiff, opts: { overridden: boolean }): BudgetOutcome {
  const results = budgets.map((b) => evaluateBudget(b, diff));
  const worst = results.reduce<BudgetState>((w, r) => (RANK[r.state] > RANK[w] ? r.state : w), 'ok');
  const statusBeforeOverride = worst === 'skipped' ? 'ok' : worst;
  const overridden = opts.overridden && statusBeforeOverride === 'fail';
  const ratios = results.map((r) => r.usedRatio).filter((v): v is number => v !== null);
  const maxUsedRatio = ratios.length ? Math.max(...ratios) : null;
  return { status: overridden ? 'warn' : statusBeforeOverride, statusBeforeOverride, overridden, results, maxUsedRatio };
}

export function budgetExitCode(outcome: BudgetOutcome): number {
  return outcome.status === 'fail' ? 1 : 0;
}
