/**
 * `sacct --json` across data_parser versions: the real Slurm 23.02 (v0.0.39) output in
 * ../shared/real-data, and the project's own fixtures shaped after Slurm 23.11 (v0.0.40: states as
 * lists, numbers as { set, infinite, number }) and 21.08 (dbv0.0.37: states as strings, nulls).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realData } from '../support/real-data.js';
import { anatomyOf, expectReconciled, fixture, load } from './support.js';

const manifest = (path: string) => `version: 1
defaults: { pue: 1.2, region: FR }
ledgers:
  - { path: ${path}, gpu: a100-80gb-sxm }
`;

describe('sacct --json', () => {
  it('real Slurm 23.02.8 output (data_parser v0.0.39): an array task of a CPU job, its steps merged, skipped for having no GPU', async () => {
    const a = await anatomyOf({ 'footprint.yml': manifest('s.json'), 's.json': readFileSync(realData('ledgers/sacct/meekrob__slurmdog__text_files_sacct.json')) });
    expectReconciled(a, expect);
    expect(a.files[0]).toMatchObject({ format: 'sacct-json', records: 1, jobsRead: 1, counted: 0, steps: 2 });
    expect(a.skipped).toEqual([expect.objectContaining({ reason: 'no GPU', jobs: 1, at: 's.json:1', detail: '12078642_6' })]);
  });

  it('v0.0.40 (states as lists): typed GPUs, energy, array tasks, a heterogeneous job, a running and a pending job', async () => {
    const a = await anatomyOf({ 'footprint.yml': manifest('s.json'), 's.json': fixture('sacct-v0.0.40.json') });
    expectReconciled(a, expect);
    expect(a.files[0]).toMatchObject({ format: 'sacct-json', jobsRead: 6, counted: 5, steps: 5, running: 1 });
    expect(a.skipped).toEqual([expect.objectContaining({ reason: 'never ran', jobs: 1 })]);
    // 16 × 10 h + 4 × 1 h + 4 × 2 h + 8 × 5 h (the het job's GPU component) + 32 × 24 h (running)
    expect(a.totals.gpuHours).toBeCloseTo(980, 9);
    const rows = Object.fromEntries(a.rows.map((r) => [r.status, r.jobs]));
    // 2003 FAILED, and the het job whose CPU component ran out of memory
    expect(rows).toEqual({ unclassified: 3, failed: 2 });
    expect(a.largest.map((j) => j.id)).toEqual(['2007', '2001', '2005', '2002_2', '2002_1']);
    const state = await load({ 'footprint.yml': manifest('s.json'), 's.json': fixture('sacct-v0.0.40.json') });
    const metered = state.report.runs.find((r) => r.run.id.endsWith('/metered'))!;
    expect(metered.run.id).toBe('ledger:unclassified/unclassified/unclassified/h100-sxm/metered');
    expect(metered.footprint.energyKwh.total.central).toBeCloseTo(40 * 1.2, 9);
    expect(state.report.runs.map((r) => r.run.gpu?.id).sort()).toEqual(['a100-40gb-sxm', 'a100-80gb-sxm', 'a100-80gb-sxm', 'h100-sxm', 'h100-sxm']);
  });

  it('dbv0.0.37 (Slurm 21.08: states as strings, null names): REQUEUED and CANCELLED count in full', async () => {
    const a = await anatomyOf({ 'footprint.yml': manifest('s.json'), 's.json': fixture('sacct-dbv0.0.37.json') });
    expectReconciled(a, expect);
    expect(a.jobs).toEqual({ read: 2, counted: 2, skipped: 0 });
    expect(a.totals.gpuHours).toBeCloseTo(1 + 1, 9);
    expect(Object.fromEntries(a.byState.map((s) => [s.state, s.jobs]))).toEqual({ REQUEUED: 1, CANCELLED: 1 });
    expect(a.rows.map((r) => r.status)).toEqual(['unclassified']);
  });

  it('a JSON file that is no ledger is an error naming the file', async () => {
    const err = await load({ 'footprint.yml': manifest('x.json'), 'x.json': '{"hello": 1}' }).catch((e: unknown) => e);
    expect((err as { problems: unknown[] }).problems).toEqual([
      expect.objectContaining({ file: 'x.json', message: 'not a recognised ledger (a JSON file that is no known ledger)' }),
    ]);
  });
});
