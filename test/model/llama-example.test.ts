/**
 * examples/llama-3.1.yml against the Llama 3.1 model card (Meta, 2024): with measured GPU-hours the
 * report reproduces the published GPU-hours exactly and the published location-based emissions within
 * 1 % (the card rounds to three or four digits); with only N and D it shows the documented gap.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadState } from '../../src/inputs/load.js';
import { WorkspaceReader } from '../../src/inputs/tree.js';
import { reportJson } from '../../src/outputs/json.js';

const PUBLISHED = {
  'llama-3.1-8b': { gpuHours: 1.46e6, tCO2e: 420, n: 8e9 },
  'llama-3.1-70b': { gpuHours: 7.0e6, tCO2e: 2_040, n: 70e9 },
  'llama-3.1-405b': { gpuHours: 30.84e6, tCO2e: 8_930, n: 405e9 },
} as const;

async function example() {
  return reportJson((await loadState(new WorkspaceReader(process.cwd()), { manifests: ['examples/llama-3.1.yml'] })).report);
}

describe('examples/llama-3.1.yml', () => {
  it('reproduces the published GPU-hours and emissions per model (within 1 %)', async () => {
    const json = await example();
    for (const run of json.runs) {
      const published = PUBLISHED[run.id as keyof typeof PUBLISHED];
      expect(run.gpuHours.measured).toBe(published.gpuHours);
      expect(Math.abs(run.emissionsKg.operational! / 1000 - published.tCO2e) / published.tCO2e).toBeLessThan(0.01);
    }
  });

  it('reproduces the published totals: 39.3 M GPUh and 11,390 tCO2e (within 0.5 %)', async () => {
    const { totals } = await example();
    expect(totals.gpuHours.measured).toBeCloseTo(39.3e6, -3);
    expect(Math.abs(totals.emissionsKg.operational! / 1000 - 11_390) / 11_390).toBeLessThan(0.005);
    // Embodied emissions are reported on top: the model card has none.
    expect(totals.emissionsKg.embodied).toBeGreaterThan(0);
  });

  it('documents the gap when only N and D are supplied: implied MFU 0.14, 0.25, 0.33', async () => {
    const json = await example();
    const implied = Object.fromEntries(json.runs.map((r) => [r.id, Number(r.impliedMfu!.toFixed(2))]));
    expect(implied).toEqual({ 'llama-3.1-8b': 0.14, 'llama-3.1-70b': 0.25, 'llama-3.1-405b': 0.33 });
    const theoretical = json.runs.map((r) => Math.round(r.gpuHours.theoretical! / 1e4) / 100);
    expect(theoretical).toEqual([0.51, 4.42, 25.59]); // M GPUh at MFU 0.40
    const doc = readFileSync('docs/examples.md', 'utf8');
    for (const figure of ['0.51 M', '4.42 M', '25.6 M', '0.14', '0.25', '0.33']) expect(doc).toContain(figure);
  });
});
