/**
 * The anatomy in markdown: the headline, the table, the month chart, the folded details, what changed
 * since the base; ledger text escaped; bounded in size whatever the ledger's.
 */
import { describe, expect, it } from 'vitest';
import { fitComment, COMMENT_LIMIT } from '../../src/action/fit.js';
import type { Anatomy } from '../../src/model/anatomy.js';
import { diffReports } from '../../src/model/diff.js';
import { anatomySection } from '../../src/outputs/anatomy-markdown.js';
import { renderDiffMarkdown, renderReportMarkdown } from '../../src/outputs/markdown.js';
import { CLUSTER_MANIFEST, fixture, load } from '../ledgers/support.js';

const MANIFEST = CLUSTER_MANIFEST;

const loadCluster = (extra: Record<string, string | Buffer> = {}) =>
  load({ 'footprint.yml': MANIFEST, 'ledgers/cluster.sacct.txt': fixture('cluster.sacct.txt'), ...extra });

describe('the anatomy section', () => {
  it('headline, table, chart and the folded details of the CLI report', async () => {
    const { report } = await loadCluster();
    const md = anatomySection(report)!;
    expect(md).toContain('### Lifecycle anatomy (ledgers)');
    expect(md).toContain(
      '**Final training runs: 30 % of GPU time** (352 GPUh of 1.17 k GPUh) · 11 jobs read from 1 ledger: 7 counted, 4 skipped · 69 % of GPU time unclassified (no rule matched)',
    );
    expect(md).toContain('_1 job still running when the ledger was written (up to 2024-03-31 00:00 UTC): counted up to then._');
    expect(md).toMatch(/^\| lm \| pretraining \| final \| 2 \| 352 GPUh \| 30 % \| /m);
    expect(md).toMatch(/^\| \*\*Total\*\* \| {2}\| {2}\| \*\*7\*\* \| \*\*1\.17 k GPUh\*\* \| 100 % \|/m);
    expect(md).toContain('<details><summary>Largest jobs (7)</summary>');
    expect(md).toContain('<details><summary>Jobs read: 11 = 7 counted + 4 skipped</summary>');
    expect(md).toContain('| no GPU allocated (a CPU job) | 1 | `ledgers/cluster.sacct.txt:14` 1008 |');
    expect(md).toContain('<details><summary>Classification rules (4)</summary>');
    expect(md).toContain('| 4 | partition gpu → gpu a100-80gb-sxm | 3 | 14 GPUh |');
    expect(md).toContain('- `ledgers/cluster.sacct.txt`: unknown state "WEIRD&#95;STATE" (1 job, first at line 16): counted, status from the rules');
    // one month only (March 2024): no chart
    expect(md).not.toContain('xychart-beta');
    expect(renderReportMarkdown(report)).toContain(md);
  });

  it('a month chart once the ledger spans months', async () => {
    const { report } = await loadCluster({ 'ledgers/later.sacct.txt': fixture('later.sacct.txt') });
    const md = anatomySection(report)!;
    expect(md).toContain('x-axis ["2024-03", "2024-04"]');
    expect(md).toMatch(/ {4}bar \[[\d.]+, [\d.]+\]/);
    expect(md).toContain('    line [0.352, 0]');
  });

  it('in a PR: what changed since the base, in the comment', async () => {
    const base = await loadCluster();
    const head = await load({
      'footprint.yml': `${MANIFEST}  - { name: oops, component: tooling, status: debugging }\n`,
      'ledgers/cluster.sacct.txt': fixture('cluster.sacct.txt'),
      'ledgers/later.sacct.txt': fixture('later.sacct.txt'),
    });
    const md = renderDiffMarkdown(diffReports(base.report, head.report), { baseRef: 'main' });
    // job 1009 was still running in cluster.sacct.txt: later.sacct.txt has it finished, and counts it
    const share = head.report.anatomy!.finalTraining.share!;
    expect(share).toBeCloseTo(352 / (1174 - 768 + 1920 + 6), 12);
    expect(md).toContain(
      'Ledgers since `main`: `ledgers/cluster.sacct.txt` (−768 GPUh) · `ledgers/later.sacct.txt` new (+1.93 k GPUh) · rules: 1 new · final training 30 % → 15.1 % of GPU time',
    );
  });

  it('job names, states and file names are escaped', async () => {
    const hostile = 'JobID|JobName|State|ElapsedRaw|AllocTRES\n1|<img src=x onerror=alert(1)> @admin [x](http://evil) #1|WEIRD<b>|3600|gres/gpu:h100=8\n';
    const { report } = await load({ 'footprint.yml': 'version: 1\nledgers: ["*.txt"]\n', 'a`b.txt': hostile });
    const md = anatomySection(report)!;
    expect(md).not.toMatch(/<img|<b>|@admin|\]\(http/);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; @&#8203;admin &#91;x&#93;(http:&#8203;//evil) &#35;&#8203;1');
    expect(md).toContain('`a b.txt`');
  });

  it('a pipe in a ledger\'s file name cannot split its table cell (GFM escapes it even in a code span)', async () => {
    const { report } = await load({ 'footprint.yml': 'version: 1\nledgers: ["*.txt"]\n', 'a|b.txt': 'JobID|JobName|State|ElapsedRaw|AllocTRES\n1|j|COMPLETED|3600|gres/gpu:h100=8\n' });
    const md = anatomySection(report)!;
    const row = md.split('\n').find((l) => l.startsWith('| `a'))!;
    expect(row.startsWith('| `a\\|b.txt` | sacct |')).toBe(true);
    // The cells GitHub sees: split on the pipes no backslash escapes.
    expect(row.slice(1, -1).split(/(?<!\\)\|/)).toHaveLength(8);
  });
});

/** An anatomy far larger than any comment could hold. */
function huge(base: Anatomy): Anatomy {
  const row = base.rows[0]!;
  return {
    ...base,
    rows: Array.from({ length: 5000 }, (_, i) => ({ ...row, component: `component-${i}-${'x'.repeat(100)}` })),
    files: Array.from({ length: 300 }, (_, i) => ({ ...base.files[0]!, file: `ledgers/${'d'.repeat(150)}-${i}.txt`, warnings: Array(10).fill('w'.repeat(300)) })),
    rules: Array.from({ length: 400 }, (_, i) => ({ ...base.rules[0]!, text: `${'r'.repeat(200)} ${i}` })),
    months: Array.from({ length: 240 }, (_, i) => ({ month: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, jobs: 1, gpuHours: i, finalTrainingGpuHours: 0, energyKwh: 1, emissionsKg: 1 })),
    trainerRuns: Array.from({ length: 100 }, (_, i) => ({ id: `run-${i}`, file: 'f', flops: 1e20, hours: 10, gpus: 8, gpu: 'h100-sxm', peakTflops: 989, impliedMfu: 0.3, steps: 1, maxSteps: 1 })),
  };
}

describe('bounded size', () => {
  it('at most 20 rows, 36 months, 10 ledgers, 20 rules, 10 Trainer runs and 10 warnings, whatever the ledger', async () => {
    const { report } = await loadCluster();
    const big = { ...report, anatomy: huge(report.anatomy!) };
    const md = anatomySection(big)!;
    expect(md.match(/^\| component-/gm)).toHaveLength(20);
    expect(md).toContain('| … 4,980 more rows |');
    expect(md.match(/"20\d\d-\d\d"/g)).toHaveLength(36);
    expect(md.match(/^\| `ledgers\/d+/gm)).toHaveLength(10);
    expect(md).toContain('| … 290 more ledgers |');
    expect(md).toContain('| … | 380 more rules |');
    expect(md.match(/^\| run-\d+ \|/gm)).toHaveLength(10);
    expect(md).toContain('- … 2,990 more warnings');
    expect(md.length).toBeLessThan(30_000);
    expect(anatomySection(big, { compact: true })!.match(/^\| component-/gm)).toHaveLength(8);
  });

  it('the PR comment stays within GitHub\'s limit (65,536 characters)', async () => {
    const base = await loadCluster();
    const head = await loadCluster();
    const diff = diffReports({ ...base.report, anatomy: huge(base.report.anatomy!) }, { ...head.report, anatomy: huge(head.report.anatomy!) });
    const body = fitComment(diff, { baseRef: 'main' });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('Final training runs');
  });
});
