/**
 * The PR comment as a reviewer reads it: on examples/footprint.yml and on a 50-run manifest where
 * one run changes, nothing is said twice (no table, no table row, no warning), the part above the
 * first fold stays short, and the what-if advice matches a hand computation.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fitComment } from '../../src/action/fit.js';
import { loadState, type LoadedState } from '../../src/inputs/load.js';
import { MemoryReader } from '../../src/inputs/tree.js';
import { adviseDiff } from '../../src/model/advice.js';
import { evaluateBudgets } from '../../src/model/budget.js';
import { budgetHeadline, renderBudgetTable } from '../../src/outputs/budget-markdown.js';
import { diffReports as diffOf, type ReportDiff } from '../../src/model/diff.js';
import type { Report } from '../../src/model/report.js';
import { applyMfuHistory } from '../../src/model/mfu-history.js';
import { renderDiffMarkdown, type DiffRenderOptions } from '../../src/outputs/markdown.js';
import { markdownTables } from '../properties/arbitraries.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');
const EXAMPLE = readFileSync(path.join(EXAMPLES, 'footprint.yml'), 'utf8');
const METRICS = readdirSync(path.join(EXAMPLES, 'metrics')).map((f) => [`metrics/${f}`, readFileSync(path.join(EXAMPLES, 'metrics', f))] as const);

async function exampleState(manifest: string): Promise<LoadedState> {
  return loadState(new MemoryReader('test', new Map<string, string | Buffer>([['footprint.yml', manifest], ...METRICS])), { manifests: ['footprint.yml'] });
}

/** The comment exactly as the action renders it (fitComment: changed runs detailed), with the manifests' budgets. */
function comment(diff: ReportDiff, head: LoadedState, base: LoadedState | null, extra: DiffRenderOptions = {}): string {
  const budgets = head.manifests.flatMap((m) => m.manifest.budgets ?? []);
  const outcome = budgets.length ? evaluateBudgets(budgets, diff, { overridden: false }) : null;
  return fitComment(diff, {
    baseRef: 'main',
    ...(outcome ? { budgetSection: renderBudgetTable(outcome), budgetHeadline: budgetHeadline(outcome) } : {}),
    warnings: [...head.notes, ...(base?.notes ?? [])],
    advice: adviseDiff(diff),
    ...extra,
  });
}

/** As the action and the CLI compare: the MFU history applied to head and base first. */
function diffReports(base: Report, head: Report): ReportDiff {
  const r = applyMfuHistory(head, base);
  return diffOf(r.base, r.head);
}

const linesAboveFold = (md: string) => md.slice(0, md.indexOf('<details>')).split('\n').length - 1;

/** No table twice, no table row twice (outside the header and separator rows), no warning twice. */
function expectNothingRepeated(md: string): void {
  const tables = markdownTables(md).map((t) => t.join('\n'));
  expect(new Set(tables).size, 'a table is repeated').toBe(tables.length);
  const rows = markdownTables(md).flatMap((t) => t.slice(2));
  const repeated = rows.filter((r, i) => rows.indexOf(r) !== i);
  expect(repeated, 'a table row is repeated').toEqual([]);
  const warnings = md.split('\n').filter((l) => /^- .*(CodeCarbon runs added up|no sample for)/.test(l));
  expect(new Set(warnings).size).toBe(warnings.length);
}

describe('the comment on examples/footprint.yml', () => {
  it('says each table, row and warning once; the base and head warnings are one', async () => {
    const base = await exampleState(EXAMPLE);
    const head = await exampleState(EXAMPLE.replace('tokens: 2T', 'tokens: 2.4T').replace('hours: 420 ', 'hours: 504 '));
    const md = comment(diffReports(base.report, head.report), head, base);
    expectNothingRepeated(md);
    // Both metrics files warn, in the head and in the base: each warning is printed once, under its file.
    expect(md.match(/4 CodeCarbon runs added up/g)).toHaveLength(1);
    expect(md.match(/GPU 5: no sample for 180 s/g)).toHaveLength(1);
    expect(md).toContain('<details><summary>⚠️ 2 warnings in 2 files</summary>');
    // Above the fold: the headline, the budgets, the changed run and the total; the rest folded.
    const above = md.slice(0, md.indexOf('<details>'));
    expect(above).toMatch(/^\| pretrain-7b \| changed \|/m);
    expect(above).not.toMatch(/^\| diverged-7b \|/m);
    expect(above).toContain('### Budgets');
    expect(md).toContain('<details><summary>5 runs unchanged</summary>');
    expect(linesAboveFold(md)).toBeLessThanOrEqual(25);
    // The assumptions the runs share are written once, not once per run.
    expect(md.match(/\| Hardware lifetime \|/g)).toHaveLength(1);
  });

  it('shows a what-if line whose saving matches a hand computation', async () => {
    const state = await exampleState(EXAMPLE);
    const diff = diffReports(state.report, state.report);
    const md = comment(diff, state, state);
    // pretrain-7b: 256 H100 × 420 h = 107,520 GPUh measured, in aws:us-east-1 (eGRID2023 SRVC
    // 596.3 lb/MWh = 0.27048 kgCO2e/kWh). AWS's lowest-carbon region in the catalogue is eu-north-1
    // (Sweden, Ember 2024: 0.03582 kgCO2e/kWh). Same PUE (AWS 1.15); the energy is unchanged:
    // 107,520 GPUh × (700 W + 1,540 W / 8 GPUs) / 1000 × 1.15 = 110,355.84 kWh.
    const energyKwh = (107_520 * (700 + 1540 / 8) / 1000) * 1.15;
    const savingKg = energyKwh * (0.27048 - 0.03582);
    expect(savingKg).toBeCloseTo(25_896.1, 0);
    const line = md.split('\n').find((l) => l.startsWith('- **pretrain-7b** in `aws:eu-north-1`'));
    expect(line, md).toBeDefined();
    const shown = /\*\*−([\d.,]+) tCO2e\*\*/.exec(line!)![1]!;
    // Three significant digits: 25.9 tCO2e.
    expect(Number(shown.replace(/,/g, '')) * 1000).toBeCloseTo(savingKg, -2);
    const advice = adviseDiff(diff).find((a) => a.runId === 'pretrain-7b' && a.kind === 'region')!;
    expect(advice.savingKg / savingKg - 1).toBeLessThan(1e-9);
    expect(advice.savingKg / savingKg - 1).toBeGreaterThan(-1e-9);
    // The failed run's time against the median failed/ablation share of the report (two runs).
    expect(md).toMatch(/^- \*\*diverged-7b\*\* at the median failed\/ablation share: \*\*−[\d.]+ tCO2e\*\*/m);
  });

  it('advice is off with `advice: false` in the manifest and never changes a budget', async () => {
    const off = await exampleState(EXAMPLE.replace('version: 1\n', 'version: 1\nadvice: false\n'));
    const { adviceEnabled } = await import('../../src/model/advice.js');
    expect(adviceEnabled(off.manifests, true)).toBe(false);
    expect(adviceEnabled((await exampleState(EXAMPLE)).manifests, false)).toBe(false);
    expect(adviceEnabled((await exampleState(EXAMPLE)).manifests, true)).toBe(true);
    const diff = diffReports(off.report, off.report);
    expect(renderDiffMarkdown(diff, { advice: [] })).not.toContain('What if');
  });
});

describe('the comment on 50 runs where one changes', () => {
  const manifest = (tokens: string) =>
    `version: 1\ndefaults: { region: aws:us-east-1, hardware: { gpu: h100-sxm, count: 8 }, component: sweep }\nruns:\n` +
    Array.from({ length: 50 }, (_, i) => `  - id: sweep-${String(i).padStart(2, '0')}\n    model: { parameters: ${100 + 10 * i}M }\n    tokens: ${i === 17 ? tokens : '20B'}\n`).join('');

  it('stays within 40 lines above the first fold and 150 in all, saying nothing twice', async () => {
    const load = (text: string) => loadState(new MemoryReader('test', new Map([['footprint.yml', text]])), { manifests: ['footprint.yml'] });
    const base = await load(manifest('20B'));
    const head = await load(manifest('30B'));
    const diff = diffReports(base.report, head.report);
    expect(diff.runs.filter((c) => c.change !== 'unchanged').map((c) => c.id)).toEqual(['sweep-17']);
    const md = comment(diff, head, base);
    const lines = md.split('\n').length - 1;
    expect(linesAboveFold(md), md).toBeLessThanOrEqual(40);
    expect(lines, md).toBeLessThanOrEqual(150);
    expectNothingRepeated(md);
    expect(md).toContain('<details><summary>49 runs unchanged</summary>');
    expect(md.slice(0, md.indexOf('<details>'))).toMatch(/^\| sweep-17 \| changed \|/m);
  });
});
