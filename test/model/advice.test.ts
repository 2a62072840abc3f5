/** What-if advice: when each kind applies, what it compares, and that it stays out of budgets. */
import { describe, expect, it } from 'vitest';
import { findGpu, requireServerProfile } from '../../src/data/catalogue.js';
import { GPUS } from '../../src/data/gpus.js';
import { adviseDiff, adviseRuns, newestGpu } from '../../src/model/advice.js';
import type { Anatomy } from '../../src/model/anatomy.js';
import { evaluateBudgets } from '../../src/model/budget.js';
import { diffReports } from '../../src/model/diff.js';
import { reportOf, stateOf } from './helpers.js';

const run = (id: string, extra: string, gpuHours = 1000) => `  - id: ${id}\n    gpuHours: ${gpuHours}\n    hardware: { gpu: h100-sxm, count: 8 }\n${extra}`;

describe('newestGpu', () => {
  it('is the vendor\'s latest release, the highest peak at the precision among that year\'s', () => {
    const h100 = findGpu('h100-sxm')!;
    const newest = newestGpu(h100, 'bf16')!;
    const sameVendor = GPUS.filter((g) => g.vendor === 'nvidia' && g.peakTflops.bf16 !== undefined);
    const latest = Math.max(...sameVendor.map((g) => g.releaseYear));
    expect(newest.releaseYear).toBe(latest);
    expect(newest.peakTflops.bf16).toBe(Math.max(...sameVendor.filter((g) => g.releaseYear === latest).map((g) => g.peakTflops.bf16!)));
    expect(newest.vendor).toBe('nvidia');
    // A precision the newest chip lacks is skipped, never compared at another precision.
    expect(newestGpu(findGpu('tpu-v4')!, 'fp8')).toBeNull();
  });
});

describe('adviseRuns', () => {
  it('region: the provider\'s lowest grid factor, PUE unchanged; none when the manifest fixes the grid factor', async () => {
    const report = await reportOf(run('a', '    region: gcp:us-east1\n') + run('b', '    region: gcp:us-east1\n    gridIntensity: 0.5\n'));
    const advice = adviseRuns(report, report.runs);
    const a = advice.find((x) => x.runId === 'a' && x.kind === 'region')!;
    // Google's lowest published region figure in the catalogue (northamerica-northeast1, 11.36 g in 2025).
    expect(a.target).toBe('gcp:northamerica-northeast1');
    const r = report.runs[0]!;
    const energy = r.footprint.energyKwh.total.central;
    expect(a.savingKg).toBeCloseTo(energy * (r.run.inputs.electricity.gwp.central - 0.01136), 6);
    expect(advice.some((x) => x.runId === 'b' && x.kind === 'region')).toBe(false);
  });

  it('GPU: GPU time falls with the peak at the same MFU; compared on operational emissions when embodied is unknown', async () => {
    const report = await reportOf(run('a', '    gridIntensity: 0.4\n    pue: 1.2\n'));
    const gpu = adviseRuns(report, report.runs).find((x) => x.kind === 'gpu')!;
    const next = findGpu(gpu.target)!;
    expect(gpu.operationalOnly).toBe(next.embodied.gwp === undefined);
    // 1000 GPUh × 989 / peak, at the new board power plus its server's share, × PUE 1.2 × 0.4 kgCO2e/kWh.
    const hours = (1000 * 989) / next.peakTflops.bf16!;
    const server = requireServerProfile(next.serverProfile);
    const operational = ((hours * (next.powerW + server.nonGpuPowerW / server.gpusPerServer)) / 1000) * 1.2 * 0.4;
    if (gpu.operationalOnly) expect(gpu.whatIfKg).toBeCloseTo(operational, 6);
    else expect(gpu.whatIfKg).toBeGreaterThan(operational);
    expect(gpu.savingKg).toBeGreaterThan(0);
  });

  it('failed/ablation share: only with two such runs, only above their median', async () => {
    const two = await reportOf(run('final', '') + run('failed-big', '    status: failed\n', 3000) + run('ablation-small', '    status: ablation\n'));
    const advice = adviseRuns(two, two.runs).filter((x) => x.kind === 'rd-share');
    expect(advice.map((x) => x.runId)).toEqual(['failed-big']);
    // Shares of 5,000 GPUh: 60 % and 20 %; median 40 %: the run falls to 2,000 GPUh, a third less.
    expect(advice[0]!.savingKg / advice[0]!.currentKg).toBeCloseTo(1 / 3, 9);
    const one = await reportOf(run('final', '') + run('failed', '    status: failed\n'));
    expect(adviseRuns(one, one.runs).some((x) => x.kind === 'rd-share')).toBe(false);
    // A ledger group sums every job of its class: never cut to a median, never in the pool.
    const grouped = { ...two, anatomy: { runIds: ['failed-big'] } as unknown as Anatomy };
    expect(adviseRuns(grouped, grouped.runs).some((x) => x.kind === 'rd-share')).toBe(false);
  });

  it('advises the changed and the large runs of a diff, and leaves budgets alone', async () => {
    const budget = '\nbudgets:\n  - { name: Cap, metric: emissions, fail: 1 }\n';
    const base = await stateOf(run('big', '') + run('small', '', 10), budget);
    const head = await stateOf(run('big', '') + run('small', '', 20), budget);
    const diff = diffReports(base.report, head.report);
    const runs = new Set(adviseDiff(diff).map((a) => a.runId));
    expect(runs).toEqual(new Set(['big', 'small']));
    const budgets = head.manifests.flatMap((m) => m.manifest.budgets ?? []);
    const before = JSON.stringify(evaluateBudgets(budgets, diff, { overridden: false }));
    adviseDiff(diff);
    expect(JSON.stringify(evaluateBudgets(budgets, diff, { overridden: false }))).toBe(before);
  });
});
