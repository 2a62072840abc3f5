/** The PR comment: headline, per-run table, chart, details; escaping; GitHub's size limit. */
import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, SUMMARY_LIMIT_BYTES, fitComment, fitSummary } from '../../src/action/main.js';
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
