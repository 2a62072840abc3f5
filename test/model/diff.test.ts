/** Base vs head: added, removed, renamed (declared and detected), changed, unchanged, and the totals. */
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/model/diff.js';
import { totalEmissions } from '../../src/model/report.js';
import { reportOf, trainingRun } from './helpers.js';

describe('diffReports', () => {
  it('classifies every run', async () => {
    const base = await reportOf(trainingRun('kept', 100) + trainingRun('grown', 100) + trainingRun('gone', 50) + trainingRun('old-name', 70) + trainingRun('moved', 30));
    const head = await reportOf(
      trainingRun('kept', 100) + trainingRun('grown', 150) + trainingRun('new-name', 70) + trainingRun('fresh', 10) + trainingRun('moved-2', 31, '    previousId: moved\n'),
    );
    const d = diffReports(base, head);
    const byId = Object.fromEntries(d.runs.map((r) => [r.id, r.change]));
    expect(byId).toEqual({ kept: 'unchanged', grown: 'changed', 'moved-2': 'renamed', 'new-name': 'renamed', fresh: 'added', gone: 'removed' });
    expect(d.runs.find((r) => r.id === 'new-name')?.base?.run.id).toBe('old-name');
    expect(d.runs.find((r) => r.id === 'gone')?.deltaKg.central).toBeLessThan(0);
  });

  it('delta and ratio are head minus base', async () => {
    const base = await reportOf(trainingRun('a', 100));
    const head = await reportOf(trainingRun('a', 150));
    const d = diffReports(base, head);
    expect(d.deltaKg.central).toBeCloseTo(totalEmissions(head).central - totalEmissions(base).central, 9);
    expect(d.deltaRatio).toBeCloseTo(0.5, 9); // everything scales with measured GPU-hours
    expect(d.deltaGpuHours).toBe(50);
  });

  it('without a base every run is added and the ratio is undefined', async () => {
    const head = await reportOf(trainingRun('a', 100));
    const d = diffReports(null, head);
    expect(d.runs.map((r) => r.change)).toEqual(['added']);
    expect(d.deltaRatio).toBeNull();
    expect(d.deltaKg.central).toBeCloseTo(totalEmissions(head).central, 9);
  });

  it('an empty base (no manifest there) gives a null ratio, not a division by zero', async () => {
    const head = await reportOf(trainingRun('a', 100));
    const empty = { ...head, runs: [], totals: { ...head.totals } };
    const d = diffReports({ ...empty, totals: (await import('../../src/model/report.js')).totalsOf([]) }, head);
    expect(d.deltaRatio).toBeNull();
    expect(d.runs.map((r) => r.change)).toEqual(['added']);
  });
});

describe('manifest changes', () => {
  it('new, removed and moved manifests are told apart', async () => {
    const { loadState } = await import('../../src/inputs/load.js');
    const { MemoryReader } = await import('../../src/inputs/tree.js');
    const load = async (files: Record<string, string>) =>
      (await loadState(new MemoryReader('t', new Map(Object.entries(files))), { manifests: ['**/*.yml'] })).report;
    // Distinct GPU-hours per run, so no add/remove pair looks like an id-only rename.
    const hours: Record<string, number> = { k: 10, moved: 20, g: 30, f: 40 };
    const m = (...ids: string[]) => `version: 1\nruns:\n${ids.map((id) => trainingRun(id, hours[id]!)).join('')}`;
    const base = await load({ 'keep.yml': m('k'), 'old/place.yml': m('moved'), 'gone.yml': m('g') });
    const head = await load({ 'keep.yml': m('k'), 'new/place.yml': m('moved'), 'fresh.yml': m('f') });
    const d = diffReports(base, head);
    expect([...d.manifests].sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      { file: 'fresh.yml', change: 'added', previous: null },
      { file: 'gone.yml', change: 'removed', previous: null },
      { file: 'keep.yml', change: 'unchanged', previous: null },
      { file: 'new/place.yml', change: 'renamed', previous: 'old/place.yml' },
    ]);
    expect(diffReports(null, head).manifests).toEqual([]);
  });
});

describe('a previousId naming a run the head still has', () => {
  it('does not pair that base run twice: the per-run deltas add up to the total', async () => {
    const base = await reportOf(trainingRun('a', 100));
    const head = await reportOf(trainingRun('b', 126, '    previousId: a\n') + trainingRun('a', 100));
    const d = diffReports(base, head);
    expect(Object.fromEntries(d.runs.map((r) => [r.id, r.change]))).toEqual({ a: 'unchanged', b: 'added' });
    const sumOfRuns = d.runs.reduce((acc, r) => acc + r.deltaKg.central, 0);
    expect(sumOfRuns).toBeCloseTo(d.deltaKg.central, 9);
  });
});
