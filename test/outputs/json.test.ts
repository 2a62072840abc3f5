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

describe('a device\'s manufacturing figures', () => {
  it('name every criterion: null where the device has none, not a missing key', async () => {
    // A CPU-only run (CodeCarbon without a GPU): no GPU, so no GPU figure of any criterion.
    const csv =
      'timestamp,project_name,run_id,duration,emissions,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_iso_code,cpu_count,cpu_model,gpu_count,gpu_model,pue\n' +
      '2025-01-01T12:00:00,p,a,7200,0.01,42.5,0,10,0.085,0,0.02,0.105,FRA,16,AMD Ryzen 9 7950X,,,1.0\n';
    const [cpu] = (await report('  - id: cpu\n    metrics: e.csv\n', { 'e.csv': csv })).runs;
    expect(cpu!.embodiedPerDevice.gpu).toEqual({ gwp: null, adpe: null, pe: null });
    expect(cpu!.embodiedPerDevice.server.gwp).toMatchObject({ unit: 'kgCO2e', basis: expect.any(String) });
    const [gpu] = (await report('  - id: g\n    gpuHours: 10\n    hardware: { gpu: h100-sxm }\n    region: FR\n')).runs;
    expect(Object.keys(gpu!.embodiedPerDevice.gpu)).toEqual(['gwp', 'adpe', 'pe']);
    expect(gpu!.embodiedPerDevice.gpu.adpe).toMatchObject({ unit: 'kgSbeq' });
    expect(gpu!.embodiedPerDevice.gpu.pe).toMatchObject({ unit: 'MJ' });
  });
});
