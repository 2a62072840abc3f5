/**
 * Ledgers in the loader: declared in a manifest or given as the action input / CLI flag, confined to
 * the tree, absent in the base without error, resolved into runs that budgets, diffs and JSON use.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/errors.js';
import { evaluateBudgets } from '../../src/model/budget.js';
import { diffReports } from '../../src/model/diff.js';
import { diffJson, reportJson } from '../../src/outputs/json.js';
import { anatomyOf, expectReconciled, load } from './support.js';

const LEDGER = `JobID|JobName|State|Partition|ElapsedRaw|AllocTRES
1|final-a|COMPLETED|gpu|36000|gres/gpu:h100=8
2|final-a|FAILED|gpu|7200|gres/gpu:h100=8
3|abl-1|COMPLETED|gpu|3600|gres/gpu:h100=8
4|script|COMPLETED|gpu|1800|gres/gpu:h100=8
`;
const RULES = `rules:
  - { name: "final-*", component: lm, phase: pretraining, status: final }
  - { name: "abl-*", component: lm, phase: pretraining, status: ablation }
`;

const problemsOf = async (p: Promise<unknown>) => ((await p.then(() => null, (e: unknown) => e)) as InputError).problems;

describe('ledgers in a manifest', () => {
  it('a manifest may have ledgers and no runs; it needs one or the other', async () => {
    const a = await anatomyOf({ 'footprint.yml': `version: 1\nledgers: [jobs.txt]\n${RULES}`, 'jobs.txt': LEDGER });
    expectReconciled(a, expect);
    // 8 × (10 + 2 + 1 + 0.5) h; final training: the 10 h job (the 2 h one FAILED)
    expect(a.totals.gpuHours).toBe(108);
    expect(a.finalTraining).toEqual({ gpuHours: 80, share: 80 / 108 });
    const problems = await problemsOf(load({ 'footprint.yml': 'version: 1\n' }));
    expect(problems).toEqual([expect.objectContaining({ field: 'runs', message: 'a manifest needs `runs` (at least one) or `ledgers`' })]);
  });

  it('manifest runs and ledger groups side by side in one report, the ledger runs tagged', async () => {
    const state = await load({
      'footprint.yml': `version: 1\ndefaults: { region: FR }\nruns:\n  - { id: planned, gpuHours: 100, hardware: { gpu: h100-sxm } }\nledgers: [jobs.txt]\n${RULES}`,
      'jobs.txt': LEDGER,
    });
    expect(state.report.runs.map((r) => [r.run.id, r.run.tags])).toEqual([
      ['planned', []],
      ['ledger:lm/pretraining/ablation/h100-sxm', ['ledger']],
      ['ledger:lm/pretraining/failed/h100-sxm', ['ledger']],
      ['ledger:lm/pretraining/final/h100-sxm', ['ledger']],
      ['ledger:unclassified/unclassified/unclassified/h100-sxm', ['ledger']],
    ]);
    expect(state.report.totals.gpuHours.measured).toBe(208);
    // the manifest's defaults (region) reach the ledger's runs
    expect(state.report.runs.every((r) => r.run.assumptions.some((x) => x.key === 'gridIntensity' && x.label.includes('France')))).toBe(true);
  });

  it('a JSON ledger that does not parse: the line and column where parsing stopped', async () => {
    const problems = await problemsOf(load({ 'footprint.yml': 'version: 1\nledgers: [s.json]\n', 's.json': '{\n  "meta": {},\n  "jobs": [\n    { "job_id": 1, },\n  ]\n}\n' }));
    expect(problems).toEqual([{ file: 's.json', line: 4, column: 20, message: 'invalid JSON: Expected double-quoted property name' }]);
  });

  it('a ledger path that leaves the tree is refused before anything is read, at its line', async () => {
    const problems = await problemsOf(load({ 'ml/footprint.yml': 'version: 1\nledgers:\n  - ../../etc/*.txt\n  - { path: /var/log/slurm.txt }\n' }, { manifests: ['ml/footprint.yml'] }));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'ml/footprint.yml', line: 3, field: 'ledgers[0]', message: 'ledger path "../../etc/*.txt" leads outside the workspace' }),
      expect.objectContaining({ file: 'ml/footprint.yml', line: 4, field: 'ledgers[1]', message: 'ledger path "/var/log/slurm.txt" leads outside the workspace' }),
    ]);
  });

  it('a pattern that matches nothing is an error in the head, an absent ledger in the base', async () => {
    const files = { 'footprint.yml': 'version: 1\nledgers: [ledgers/*.txt]\n' };
    expect(await problemsOf(load(files))).toEqual([
      expect.objectContaining({ file: 'footprint.yml', line: 2, field: 'ledgers[0]', message: 'no ledger in the workspace matches ledgers/*.txt' }),
    ]);
    const base = await load(files, { base: true });
    expect(base.report.runs).toEqual([]);
    expect(base.report.anatomy?.files).toEqual([]);
  });

  it('paths are relative to the manifest; a file two entries match is read once, with the first entry', async () => {
    const a = await anatomyOf(
      {
        'ml/footprint.yml': `version: 1\nledgers:\n  - { path: "logs/*.txt", component: first }\n  - { path: logs/jobs.txt, component: second }\n`,
        'ml/logs/jobs.txt': LEDGER,
      },
      { manifests: ['ml/footprint.yml'] },
    );
    expect(a.files.map((f) => f.file)).toEqual(['ml/logs/jobs.txt']);
    expect(a.rows.map((r) => r.component)).toEqual(['first', 'first']);
  });

  it('the ledgers input is read as if listed in the first manifest, with its rules', async () => {
    const a = await anatomyOf({ 'footprint.yml': `version: 1\nruns:\n  - { id: r, gpuHours: 1, hardware: { gpu: h100-sxm } }\n${RULES}`, 'ci/jobs.txt': LEDGER }, { ledgers: ['ci/*.txt'] });
    expect(a.files.map((f) => [f.file, f.manifest])).toEqual([['ci/jobs.txt', 'footprint.yml']]);
    expect(a.finalTraining.gpuHours).toBe(80);
  });

  it('ledgers without any manifest: every job unclassified, the GPU from the ledger', async () => {
    const state = await load({ 'jobs.txt': LEDGER }, { ledgers: ['jobs.txt'] });
    expect(state.manifests).toEqual([]);
    expect(state.report.anatomy!.rows.map((r) => [r.component, r.status, r.jobs])).toEqual([
      ['unclassified', 'unclassified', 3],
      ['unclassified', 'failed', 1],
    ]);
  });

  it('a file that is no ledger, and an empty one, are errors naming the file', async () => {
    const problems = await problemsOf(
      load({ 'footprint.yml': 'version: 1\nledgers: ["*.txt"]\n', 'notes.txt': 'hello world\nnothing here\n', 'empty.txt': '' }),
    );
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ['empty.txt', 'empty ledger'],
      ['notes.txt', 'not a recognised ledger (its first line is neither delimited nor a known CSV header)'],
    ]);
  });
});

describe('budgets, diffs and JSON over ledgers', () => {
  it('"failed runs ≤ 15 % of GPU time" and "unclassified ≤ 5 %" on the ledger\'s groups', async () => {
    const state = await load({
      'footprint.yml': `version: 1\nledgers: [jobs.txt]\n${RULES}budgets:\n  - { name: Failed runs, metric: gpu-hours, limit: share, status: failed, warn: 10, fail: 15 }\n  - { name: Unclassified, metric: gpu-hours, limit: share, status: unclassified, warn: 5 }\n`,
      'jobs.txt': LEDGER,
    });
    const outcome = evaluateBudgets(state.manifests[0]!.manifest.budgets!, diffReports(null, state.report), { overridden: false });
    expect(outcome.results.map((r) => [r.name, r.state, Number(r.used!.toFixed(6))])).toEqual([
      ['Failed runs', 'warn', Number(((16 / 108) * 100).toFixed(6))],
      ['Unclassified', 'ok', Number(((4 / 108) * 100).toFixed(6))],
    ]);
  });

  it('a ledger that grew: the groups change in the diff, and the JSON says what changed', async () => {
    const files = { 'footprint.yml': `version: 1\nledgers: [jobs.txt]\n${RULES}`, 'jobs.txt': LEDGER };
    const base = await load(files);
    const head = await load({ ...files, 'footprint.yml': `${files['footprint.yml']}  - { name: script, component: tooling, status: debugging }\n`, 'jobs.txt': `${LEDGER}5|final-a|COMPLETED|gpu|36000|gres/gpu:h100=8\n` });
    const diff = diffReports(base.report, head.report);
    expect(diff.runs.filter((r) => r.change !== 'unchanged').map((r) => [r.id, r.change])).toEqual([
      ['ledger:lm/pretraining/final/h100-sxm', 'changed'],
      // the new rule moved the same GPU time from one group to another: shown as a rename
      ['ledger:tooling/unclassified/debugging/h100-sxm', 'renamed'],
    ]);
    const json = diffJson(diff);
    expect(json.anatomyChange).toMatchObject({
      files: [{ file: 'jobs.txt', change: 'changed', jobsBefore: 4, jobsAfter: 5, gpuHoursBefore: 108, gpuHoursAfter: 188 }],
      rulesAdded: ['name script → component tooling, status debugging'],
      rulesRemoved: [],
      finalShareBefore: 80 / 108,
      finalShareAfter: 160 / 188,
    });
    expect(reportJson(head.report).anatomy).toMatchObject({ jobs: { read: 5, counted: 5, skipped: 0 } });
    expect(JSON.parse(JSON.stringify(reportJson(head.report))).anatomy.rows).toHaveLength(4);
  });
});
