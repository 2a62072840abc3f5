/**
 * Budgets: each kind, the edges (exactly at the limit, base missing, zero base for %), filters, the
 * high end of the range, missing factors and the override.
 * Figures: a run of G measured GPU-hours on H100 (700 W GPU + 1,540 W / 8 server share, PUE 1.2,
 * 0.4 kgCO2e/kWh) emits G × (0.7 + 0.1925) × 1.2 × 0.4 = 0.4284·G kgCO2e operationally.
 */
import { describe, expect, it } from 'vitest';
import type { Budget } from '../../src/inputs/manifest/schema.js';
import { budgetSchema } from '../../src/inputs/manifest/schema.js';
import { budgetExitCode, evaluateBudget, evaluateBudgets } from '../../src/model/budget.js';
import { budgetHeadline, formatBudgetValue, renderBudgetTable, usedShare } from '../../src/outputs/budget-markdown.js';
import { computeRunFootprint } from '../../src/core/footprint.js';
import { diffReports } from '../../src/model/diff.js';
import { buildReport } from '../../src/model/report.js';
import { reportOf, trainingRun } from './helpers.js';

const budget = (b: Record<string, unknown>): Budget => budgetSchema.parse(b);
const OP_PER_GPUH = (0.7 + 1.54 / 8) * 1.2 * 0.4;

async function diffOf(baseRuns: string | null, headRuns: string) {
  return diffReports(baseRuns === null ? null : await reportOf(baseRuns), await reportOf(headRuns));
}

describe('share budgets', () => {
  it('the matching runs as a percent of all runs: failed runs ≤ 15 % of GPU-hours', async () => {
    const d = await diffOf(null, trainingRun('final', 800, '    status: final\n') + trainingRun('crash', 150, '    status: failed\n') + trainingRun('crash2', 50, '    status: failed\n'));
    const r = evaluateBudget(budget({ name: 'Failed runs', metric: 'gpu-hours', limit: 'share', status: 'failed', warn: 10, fail: 15 }), d);
    expect(r).toMatchObject({ state: 'fail', used: 20, unit: '%', limit: 15 });
    expect(r.usedRatio).toBeCloseTo(20 / 15, 12);
    expect(r.contributors.map((c) => [c.id, c.value, c.unit])).toEqual([
      ['crash', 150, 'GPUh'],
      ['crash2', 50, 'GPUh'],
    ]);
    expect(evaluateBudget(budget({ metric: 'gpu-hours', limit: 'share', status: 'failed', fail: 20 }), d).state).toBe('ok');
    // emissions are proportional to GPU-hours here (one GPU model, one site): the same share
    expect(evaluateBudget(budget({ metric: 'emissions', part: 'operational', limit: 'share', status: 'failed', fail: 15 }), d).used).toBeCloseTo(20, 9);
  });

  it('per run: each matching run\'s own share; a total of 0 leaves the share undefined', async () => {
    const d = await diffOf(null, trainingRun('a', 75) + trainingRun('b', 25));
    const r = evaluateBudget(budget({ metric: 'gpu-hours', limit: 'share', scope: 'per-run', fail: 50 }), d);
    expect(r).toMatchObject({ state: 'fail', used: 75 });
    expect(r.contributors.map((c) => c.id)).toEqual(['a']);
    const zero = await diffOf(null, trainingRun('z', 0));
    expect(evaluateBudget(budget({ metric: 'gpu-hours', limit: 'share', fail: 10 }), zero)).toMatchObject({ state: 'skipped', note: 'the gpu-hours of all runs is 0: a share is undefined' });
  });
});

describe('absolute budgets', () => {
  it('total operational emissions: ok, warn, fail with the largest contributors', async () => {
    const d = await diffOf(null, trainingRun('big', 1000) + trainingRun('small', 100) + trainingRun('tiny', 1) + trainingRun('least', 0.5));
    const used = 1101.5 * OP_PER_GPUH;
    const r = evaluateBudget(budget({ metric: 'emissions', part: 'operational', warn: 100, fail: 400 }), d);
    expect(r.used).toBeCloseTo(used, 9);
    expect(r.state).toBe('fail');
    expect(r.contributors.map((c) => c.id)).toEqual(['big', 'small', 'tiny']);
    expect(r.contributors[0]).toMatchObject({ file: 'm.yml', line: 3 });
    expect(r.usedRatio).toBeCloseTo(used / 400, 9);
    expect(evaluateBudget(budget({ metric: 'emissions', part: 'operational', warn: 400, fail: 1000 }), d).state).toBe('warn');
    expect(evaluateBudget(budget({ metric: 'emissions', part: 'operational', fail: 1000 }), d).state).toBe('ok');
  });

  it('exactly at the limit is within it', async () => {
    const d = await diffOf(null, trainingRun('a', 1000));
    expect(evaluateBudget(budget({ metric: 'gpu-hours', warn: 1000, fail: 1000 }), d).state).toBe('ok');
    expect(evaluateBudget(budget({ metric: 'gpu-hours', fail: 999.999 }), d).state).toBe('fail');
  });

  it('energy and per-run scope name the offending runs', async () => {
    const d = await diffOf(null, trainingRun('a', 1000) + trainingRun('b', 10));
    const r = evaluateBudget(budget({ metric: 'energy', scope: 'per-run', fail: 100 }), d);
    expect(r.state).toBe('fail');
    expect(r.used).toBeCloseTo(1000 * (0.7 + 0.1925) * 1.2, 9);
    expect(r.contributors.map((c) => c.id)).toEqual(['a']);
  });

  it('filters by status, phase, component and tag', async () => {
    const d = await diffOf(
      null,
      trainingRun('final', 1000, '    status: final\n    component: llm\n') + trainingRun('abl', 10, '    status: ablation\n    tags: [sweep]\n'),
    );
    expect(evaluateBudget(budget({ metric: 'gpu-hours', status: 'ablation', fail: 20 }), d).used).toBe(10);
    expect(evaluateBudget(budget({ metric: 'gpu-hours', tag: 'sweep', fail: 20 }), d).used).toBe(10);
    expect(evaluateBudget(budget({ metric: 'gpu-hours', component: 'llm', fail: 20 }), d).used).toBe(1000);
    expect(evaluateBudget(budget({ metric: 'gpu-hours', phase: 'pretraining', fail: 20 }), d).used).toBe(1010);
  });

  it('the high figure is checked when asked, and is above the central one', async () => {
    // The methodology's MFU range, given explicitly (the default for training is now the calibrated model's).
    const run = '  - id: t\n    model: { parameters: 1B }\n    tokens: 10B\n    mfu: { low: 0.25, central: 0.4, high: 0.5 }\n    hardware: { gpu: h100-sxm }\n    gridIntensity: 0.4\n';
    const d = await diffOf(null, run);
    const central = evaluateBudget(budget({ metric: 'gpu-hours', fail: 1 }), d).used!;
    const high = evaluateBudget(budget({ metric: 'gpu-hours', figure: 'high', fail: 1 }), d).used!;
    // MFU 0.25–0.50 around 0.40: the high end of GPU-hours is 0.40 / 0.25 = 1.6 × the central one.
    expect(high / central).toBeCloseTo(1.6, 9);
  });

  it('a criterion without a sourced factor is skipped, not taken as 0', async () => {
    const d = await diffOf(null, trainingRun('a', 10));
    const r = evaluateBudget(budget({ metric: 'water', fail: 1 }), d);
    expect(r.state).toBe('skipped');
    expect(r.note).toMatch(/no sourced water factor for a/);
  });
});

describe('increase budgets', () => {
  it('absolute and relative increase against the base', async () => {
    const d = await diffOf(trainingRun('a', 100), trainingRun('a', 150) + trainingRun('b', 50));
    const abs = evaluateBudget(budget({ metric: 'gpu-hours', limit: 'increase', warn: 50, fail: 120 }), d);
    expect(abs).toMatchObject({ used: 100, state: 'warn' });
    expect(abs.contributors.map((c) => c.id)).toEqual(['a', 'b']);
    const rel = evaluateBudget(budget({ metric: 'gpu-hours', limit: 'increase-percent', fail: 99 }), d);
    expect(rel.used).toBeCloseTo(100, 9);
    expect(rel.state).toBe('fail');
    expect(evaluateBudget(budget({ metric: 'gpu-hours', limit: 'increase-percent', fail: 100 }), d).state).toBe('ok');
  });

  it('are skipped without a base', async () => {
    const d = await diffOf(null, trainingRun('a', 150));
    const r = evaluateBudget(budget({ metric: 'emissions', limit: 'increase', fail: 1 }), d);
    expect(r).toMatchObject({ state: 'skipped', used: null, note: 'no base branch state to compare with' });
  });

  it('a relative increase over a zero base is skipped; per run, new runs are listed as not checked', async () => {
    const d = await diffOf(trainingRun('a', 0), trainingRun('a', 10) + trainingRun('b', 5));
    const total = evaluateBudget(budget({ metric: 'gpu-hours', limit: 'increase-percent', fail: 10 }), d);
    expect(total.state).toBe('skipped');
    expect(total.note).toMatch(/base figure is 0/);
    const perRun = evaluateBudget(budget({ metric: 'gpu-hours', scope: 'per-run', limit: 'increase-percent', fail: 10 }), d);
    expect(perRun.note).toBe('not checked (base of 0): a, b');
  });

  it('a removed run lowers the increase', async () => {
    const d = await diffOf(trainingRun('a', 100) + trainingRun('b', 100), trainingRun('a', 150));
    expect(evaluateBudget(budget({ metric: 'gpu-hours', limit: 'increase', fail: 1 }), d)).toMatchObject({ used: -50, state: 'ok' });
  });
});

describe('outcome and override', () => {
  it('the worst state wins; an override turns fail into warn and says so', async () => {
    const d = await diffOf(null, trainingRun('a', 1000));
    const budgets = [budget({ metric: 'gpu-hours', fail: 10 }), budget({ metric: 'gpu-hours', warn: 10 })];
    const plain = evaluateBudgets(budgets, d, { overridden: false });
    expect(plain.status).toBe('fail');
    expect(budgetExitCode(plain)).toBe(1);
    expect(plain.maxUsedRatio).toBe(100);
    expect(budgetHeadline(plain)).toBe('budget 10,000 % used ❌');
    const over = evaluateBudgets(budgets, d, { overridden: true });
    expect(over).toMatchObject({ status: 'warn', statusBeforeOverride: 'fail', overridden: true });
    expect(budgetExitCode(over)).toBe(0);
    expect(budgetHeadline(over)).toMatch(/\(override\)$/);
  });
  it('an override without a failure changes nothing', async () => {
    const d = await diffOf(null, trainingRun('a', 5));
    const o = evaluateBudgets([budget({ metric: 'gpu-hours', fail: 10 })], d, { overridden: true });
    expect(o).toMatchObject({ status: 'ok', overridden: false, maxUsedRatio: 0.5 });
    expect(budgetHeadline(o)).toBe('budget 50 % used');
  });
});

describe('runs without a sourced embodied figure', () => {
  it('total emissions are checked as a lower bound (operational + known embodied), not skipped', async () => {
    // Every catalogue accelerator has a figure now (published or estimated); a run whose GPU has
    // none can still come from a future catalogue entry, so it is built here by removing it.
    const report = await reportOf(trainingRun('h100', 100) + trainingRun('unknown', 100));
    const run = report.runs[1]!.run;
    const inputs = { ...run.inputs, gpuEmbodied: { gwp: null, adpe: null, pe: null, water: null } };
    const patched = buildReport([report.runs[0]!.run, { ...run, inputs, footprint: computeRunFootprint(inputs) }], report.manifests);
    const d = diffReports(null, patched);
    const r = evaluateBudget(budget({ metric: 'emissions', fail: 1 }), d);
    expect(r.state).toBe('fail');
    expect(r.note).toBe('lower bound: no sourced embodied figure for unknown');
    const h100 = d.head.runs[0]!.footprint.impacts.gwp.total!.central;
    const partial = d.head.runs[1]!.footprint.impacts.gwp;
    expect(partial.total).toBeNull();
    expect(r.used).toBeCloseTo(h100 + partial.operational.total!.central + partial.embodied.server!.central, 9);
  });
});

describe('increase budgets and missing factors on the base side', () => {
  it('a base run without the factor makes an increase unknown: skipped, not counted as 0', async () => {
    // Water has a factor for FR but none where only a grid intensity is given.
    const base = '  - id: a\n    gpuHours: 10\n    hardware: { gpu: h100-sxm }\n    gridIntensity: 0.4\n';
    const head = '  - id: a\n    gpuHours: 10\n    hardware: { gpu: h100-sxm }\n    region: FR\n';
    const d = await diffOf(base, head);
    const r = evaluateBudget(budget({ metric: 'water', part: 'operational', limit: 'increase', fail: 1 }), d);
    expect(r).toMatchObject({ state: 'skipped', note: 'no sourced water factor for a' });
  });
  it('budget filters are checked: a misspelt phase is refused', () => {
    expect(() => budget({ metric: 'energy', phase: 'pretrain', fail: 1 })).toThrow(/pretraining/);
  });
});

describe('percentages beside their limits', () => {
  it('a figure just under a limit never prints as the limit', async () => {
    const d = await diffOf(null, trainingRun('a', 100));
    const [r] = evaluateBudgets([budget({ metric: 'gpu-hours', warn: 10, fail: 15 })], d, { overridden: false }).results;
    // Share budgets print percentages: 14.97 % beside "fail 15 %" must not read "15 %".
    const share = { ...r!, budget: { ...r!.budget, limit: 'share' as const } };
    expect(formatBudgetValue(share, 14.97, '%')).toBe('14.97 %');
    expect(formatBudgetValue(share, 15, '%')).toBe('15 %');
    expect(formatBudgetValue(share, 12.3456, '%')).toBe('12.3 %');
    expect(formatBudgetValue(share, 14.99999999, '%')).toBe('14.99999999 %');
    // A relative increase is signed with a true minus sign, like every other change.
    const growth = { ...r!, budget: { ...r!.budget, limit: 'increase-percent' as const } };
    expect(formatBudgetValue(growth, -0.151, '%')).toBe('−0.151 %');
    expect(formatBudgetValue(growth, 2.5, '%')).toBe('+2.5 %');
  });
  it('used / limit: whole percents, thousands separated, a decimal within half a percent of 100', () => {
    expect(usedShare(0.5)).toBe('50 %');
    expect(usedShare(0.998)).toBe('99.8 %');
    expect(usedShare(1)).toBe('100 %');
    expect(usedShare(1.004)).toBe('100.4 %');
    expect(usedShare(26.74)).toBe('2,674 %');
    expect(usedShare(-0.0151)).toBe('−2 %');
  });
  it('the table and the headline use the same figure', async () => {
    const d = await diffOf(null, trainingRun('a', 998));
    const o = evaluateBudgets([budget({ metric: 'gpu-hours', warn: 500, fail: 1000 })], d, { overridden: false });
    expect(budgetHeadline(o)).toBe('budget 99.8 % used ⚠️');
    expect(renderBudgetTable(o)).toContain('| 99.8 % |');
  });
});
