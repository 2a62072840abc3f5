/** The PR comment: headline, per-run table, chart, details; escaping; GitHub's size limit. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, SUMMARY_LIMIT_BYTES, fitComment, fitSummary } from '../../src/action/fit.js';
import { loadState } from '../../src/inputs/load.js';
import { MemoryReader } from '../../src/inputs/tree.js';
import { diffReports } from '../../src/model/diff.js';
import { diffHeadline, renderDiffMarkdown, renderReportMarkdown } from '../../src/outputs/markdown.js';
import { reportOf, trainingRun } from '../model/helpers.js';

describe('renderDiffMarkdown', () => {
  it('says, in order: headline, table with base → head, unchanged runs folded, chart, details', async () => {
    const base = await reportOf(trainingRun('a', 1000) + trainingRun('gone', 10) + trainingRun('same', 5));
    const head = await reportOf(trainingRun('a', 1100) + trainingRun('new', 50) + trainingRun('same', 5));
    const md = renderDiffMarkdown(diffReports(base, head), { baseRef: 'main' });
    const order = [
      '## 🌱 ML training footprint',
      'vs `main`',
      '| Run | Change |',
      '| **Total (3 runs)** |',
      '<details><summary>1 run unchanged</summary>',
      '| same | unchanged |',
      '```mermaid',
      '<summary>Assumptions shared by all 3 runs</summary>',
      '<summary>Per run: basis, ranges and what differs</summary>',
      '<summary>Method</summary>',
    ];
    const positions = order.map((s) => md.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(md).toContain('| a | changed | – | 1 k GPUh → 1.1 k GPUh |');
    expect(md).toMatch(/\| gone \| 🗑️ removed \|/);
    expect(md).toMatch(/\| new \| 🆕 added \|/);
    expect(md).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('headline: signed change, percentage and total', async () => {
    const base = await reportOf(trainingRun('a', 1000));
    const head = await reportOf(trainingRun('a', 1081));
    expect(diffHeadline(diffReports(base, head), { baseRef: 'main', budgetHeadline: 'budget 82 % used' })).toMatch(
      /^\*\*\+\d+(\.\d+)? kgCO2e\*\* \(\+8\.1 %\) vs `main` · [\d.,]+ (k|t)\w*CO2e total · budget 82 % used$/,
    );
  });

  it('a base without a manifest has no figures: the total row shows the head\'s alone, no "0 → x"', async () => {
    const empty = await loadState(new MemoryReader('base', new Map()), { manifests: ['m.yml'], requireMatches: false });
    expect(empty.report.runs).toEqual([]);
    const head = await reportOf(trainingRun('a', 1000) + trainingRun('b', 10));
    const total = renderDiffMarkdown(diffReports(empty.report, head), {})
      .split('\n')
      .find((l) => l.startsWith('| **Total (2 runs)** |'))!;
    expect(total).not.toContain('→');
    expect(total).toContain(' | 1.01 k GPUh | ');
  });

  it('the report\'s headline marks a lower bound as its total row does', async () => {
    const report = await reportOf(trainingRun('a', 1000) + trainingRun('b', 10));
    const gwp = report.totals.impacts.gwp;
    // As if one run lacked a sourced factor: its known part counts, and the sum is a lower bound.
    const partial = { ...report, totals: { ...report.totals, impacts: { ...report.totals.impacts, gwp: { ...gwp, total: { ...gwp.total, missing: 1 } } } } };
    const md = renderReportMarkdown(partial).split('\n');
    expect(md[2]).toMatch(/^\*\*≥ [\d.,]+ (k|t)?gCO2e \(/);
    expect(md.find((l) => l.startsWith('| **Total (2 runs)** |'))).toMatch(/\| \*\*≥ [\d.,]+ (k|t)?gCO2e\*\* \|$/);
    expect(renderReportMarkdown(report).split('\n')[2]).toMatch(/^\*\*[\d.,]+ (k|t)?gCO2e/);
  });

  it('names at most 5 manifest changes above the fold and counts the rest', async () => {
    const files = Array.from({ length: 40 }, (_, i) => [`team-${i}/footprint.yml`, `version: 1\nruns:\n${trainingRun(`r${i}`, 10 + i)}`] as const);
    const head = await loadState(new MemoryReader('head', new Map(files)), { manifests: ['**/footprint.yml'] });
    const base = await loadState(new MemoryReader('base', new Map(files.slice(0, 2))), { manifests: ['**/footprint.yml'] });
    const line = renderDiffMarkdown(diffReports(base.report, head.report), {})
      .split('\n')
      .find((l) => l.startsWith('Manifests: '))!;
    expect(line.match(/` new/g)).toHaveLength(5);
    expect(line.endsWith(' · … 33 more changes')).toBe(true);
  });

  it('the report\'s sections and the comment\'s folds have the same names', async () => {
    const head = await reportOf(trainingRun('a', 1000, '    amortisation: { expectedRequests: 1M }\n'));
    const headings = [...renderReportMarkdown(head).matchAll(/^### (.+)$/gm)].map((m) => m[1]!);
    expect(headings).toEqual(['All criteria', 'Lifecycle split', 'Training amortised over inference']);
    const md = renderDiffMarkdown(diffReports(null, head), {});
    for (const h of headings) expect(md).toContain(`<summary>${h} (head)</summary>`);
  });

  it('escapes user-controlled run names and ids', async () => {
    const head = await reportOf(trainingRun('"evil|<img src=x>@team"', 10, '    name: "[click](https://x.io) @octocat <b>"\n'));
    const md = renderReportMarkdown(head);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    expect(md).not.toMatch(/@octocat|@team/);
    expect(md).not.toContain('](https://x.io');
    expect(md).not.toContain('https://x.io');
  });
});

describe('fitComment', () => {
  it('keeps the full report when it fits', async () => {
    const d = diffReports(null, await reportOf(trainingRun('a', 10)));
    expect(fitComment(d, {})).toBe(renderDiffMarkdown(d, {}));
  });
  it('shortens a report over GitHub\'s limit: compact first, then the largest runs only', async () => {
    const runs = Array.from({ length: 1500 }, (_, i) => trainingRun(`run-${i}`, i + 1)).join('');
    const d = diffReports(null, await reportOf(runs));
    expect(renderDiffMarkdown(d, {}).length).toBeGreaterThan(COMMENT_LIMIT);
    const body = fitComment(d, { fullReportUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    // Counts are thousands-separated, as every figure is ("… 1,125 more changed runs").
    expect(body).toMatch(/… \d{1,3}(,\d{3})* more changed runs/);
    expect(body).toMatch(/\*\*Total \(1,500 runs\)\*\*/);
    expect(body).toContain('run-1499'); // the largest change is kept
    expect(body).toContain('[job summary](https://github.com/o/r/actions/runs/1)');
  });
  it('the job summary details every run when it fits, else drops detail, counted in bytes (GitHub: 1 MiB)', async () => {
    const base = await reportOf(trainingRun('a', 10) + trainingRun('b', 20) + trainingRun('c', 30));
    const head = await reportOf(trainingRun('a', 11) + trainingRun('b', 20) + trainingRun('c', 30));
    const d = diffReports(base, head);
    const summary = fitSummary(d, {});
    expect(summary).toBe(renderDiffMarkdown(d, { perRun: 'all' }));
    expect(summary).not.toContain('other runs not detailed');
    expect(fitComment(d, {})).toContain('_2 other runs not detailed here: unchanged against the base._');
    expect(SUMMARY_LIMIT_BYTES).toBeLessThan(1024 * 1024);
    // Emoji and dashes are several bytes each: the limit is in bytes, not characters.
    const small = fitSummary(d, { fullReportUrl: 'https://github.com/o/r/actions/runs/1' }, Buffer.byteLength(renderDiffMarkdown(d, { perRun: 'changed' })));
    expect(small).toBe(renderDiffMarkdown(d, { perRun: 'changed', fullReportUrl: 'https://github.com/o/r/actions/runs/1' }));
    const tiny = fitSummary(d, {}, 1500);
    expect(Buffer.byteLength(tiny)).toBeLessThanOrEqual(1500);
  });
});

describe('why it changed, beside the rows it explains', () => {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/training-repo');
  const file = (f: string) => readFileSync(path.join(repo, f), 'utf8');
  const pretrain = file('configs/pretrain.yaml');
  /** 14 runs reading one training config: editing it changes (and attributes) every run. */
  async function diffOf14() {
    const runs = Array.from({ length: 14 }, (_, i) => `  - id: run-${String(i).padStart(2, '0')}\n    trainingConfig: configs/pretrain.yaml\n`).join('');
    const manifest = `version: 1\ndefaults:\n  gridIntensity: 0.4\n  pue: 1.2\n  hardware: { gpu: h100-sxm }\n  model: { config: model/config.json }\nruns:\n${runs}`;
    const load = (config: string) =>
      loadState(new MemoryReader('t', new Map([['footprint.yml', manifest], ['model/config.json', file('model/config.json')], ['configs/pretrain.yaml', config]])), { manifests: ['footprint.yml'] });
    const base = await load(pretrain);
    const head = await load(pretrain.replace('max_steps: 20000', 'max_steps: 30000'));
    return diffReports(base.report, head.report);
  }
  const attributed = (md: string) => md.split('\n').filter((l) => /^- run-\d\d \(\+/.test(l));

  it('the table shows 10 changed runs and explains those 10; the other 4 are folded with their reasons', async () => {
    const diff = await diffOf14();
    expect(diff.runs.every((r) => r.change === 'changed' && r.attribution)).toBe(true);
    const md = renderDiffMarkdown(diff, { baseRef: 'main' });
    const fold = md.indexOf('<details><summary>4 more changed runs</summary>');
    expect(fold).toBeGreaterThan(0);
    const [above, below] = [md.slice(0, fold), md.slice(fold)];
    expect(attributed(above)).toHaveLength(10);
    expect(attributed(below.slice(0, below.indexOf('</details>')))).toHaveLength(4);
    expect(above.indexOf('**Why it changed**')).toBeGreaterThan(above.indexOf('| **Total (14 runs)** |'));
    expect(md.match(/`trainer\.max_steps` 20000 → 30000/g)).toHaveLength(14);
  });

  it('cut to fit GitHub\'s limit, it explains only the rows kept', async () => {
    const diff = await diffOf14();
    const cut = renderDiffMarkdown(diff, { compact: true, maxRuns: 3 });
    expect(cut).toContain('| … 11 more changed runs |');
    expect(attributed(cut)).toHaveLength(3);
    // A limit the full comment exceeds: the fitted one keeps as many explanations as rows.
    const limit = renderDiffMarkdown(diff, { compact: true, maxRuns: 7 }).length;
    const fitted = fitComment(diff, {}, limit);
    expect(fitted.length).toBeLessThanOrEqual(limit);
    const rows = fitted.split('\n').filter((l) => /^\| run-\d\d \| changed \|/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    expect(attributed(fitted)).toHaveLength(rows.length);
  });

  it('the kind of change reads left-aligned, as the report\'s kind and status do', async () => {
    const md = renderDiffMarkdown(await diffOf14(), {});
    expect(md).toContain('| Run | Change | GPUh (theoretical) | GPUh (measured) | Energy | Operational | Embodied | Δ emissions |\n| :--- | :--- | ---: | ---: | ---: | ---: | ---: | ---: |');
  });
});
