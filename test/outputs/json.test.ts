/**
 * The JSON report's additive fields agree with each other: the same name has the same shape in a run
 * and in the totals, and an unknown figure is null, never a missing key.
 */
import { describe, expect, it } from 'vitest';
import { loadState } from '../../src/inputs/load.js';
import { MemoryReader } from '../../src/inputs/tree.js';
import { reportJson } from '../../src/outputs/json.js';

async function report(runs: string, files: Record<string, string> = {}) {
  const reader = new MemoryReader('test', new Map([['m.yml', `version: 1\nruns:\n${runs}`], ...Object.entries(files)]));
  return reportJson((await loadState(reader, { manifests: ['m.yml'] })).report);
}

describe('water in two parts', () => {
  it('is a range per part in the totals as in each run, the totals\' central the sum of the runs\'', async () => {
    const r = await report('  - id: de\n    gpuHours: 100\n    hardware: { gpu: h100-sxm }\n    region: DE\n  - id: fr\n    gpuHours: 50\n    hardware: { gpu: h100-sxm }\n    region: FR\n');
    for (const part of ['onsite', 'offsite'] as const) {
      const t = r.totals.water[part]!;
      expect(Object.keys(t).sort(), part).toEqual(['central', 'high', 'low']);
      expect(t.low <= t.central && t.central <= t.high, part).toBe(true);
      expect(t.central).toBeCloseTo(r.runs.reduce((a, run) => a + run.water[part]!.central, 0), 9);
      expect(Object.keys(r.runs[0]!.water[part]!).sort()).toEqual(Object.keys(t).sort());
    }
    // The parts add up to the criterion's operational water.
    expect(r.totals.water.onsite!.central + r.totals.water.offsite!.central).toBeCloseTo(r.totals.impacts.water!.operational!, 9);
    expect(r.totals.water.runsMissingFactor).toBe(0);
  });
});
