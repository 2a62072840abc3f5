/** What-if advice: when each kind applies, what it compares, and that it stays out of budgets. */
import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../src/core/footprint.js';
import { findGpu, requireServerProfile } from '../../src/data/catalogue.js';
import { DEFAULT_LIFETIME_YEARS } from '../../src/data/defaults.js';
import { GPUS } from '../../src/data/gpus.js';
import { CLUSTER_EXPONENT, GENERATION_PRIORS, GOODPUT, THROUGHPUT_REFERENCE } from '../../src/data/throughput.js';
import { adviseDiff, adviseRuns, newestGpu } from '../../src/model/advice.js';
import type { Anatomy } from '../../src/model/anatomy.js';
import { evaluateBudgets } from '../../src/model/budget.js';
import { diffReports } from '../../src/model/diff.js';
import { calibratedThroughput } from '../../src/model/throughput.js';
import { reportOf, stateOf } from './helpers.js';

const run = (id: string, extra: string, gpuHours = 1000) => `  - id: ${id}\n    gpuHours: ${gpuHours}\n    hardware: { gpu: h100-sxm, count: 8 }\n${extra}`;
/** An 8B model on 100B tokens: what the calibrated throughput model needs to estimate the run on another GPU. */
const MODEL_8B = '    model: { parameters: 8B }\n    tokens: 100B\n';

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

  it('GPU, measured run: time scales with the realised throughput, calibrated MFU × peak (hand computation)', async () => {
    const report = await reportOf(run('a', `${MODEL_8B}    gridIntensity: 0.4\n    pue: 1.2\n`, 5000));
    const gpu = adviseRuns(report, report.runs).find((x) => x.kind === 'gpu')!;
    const next = findGpu(gpu.target)!;
    expect(next.generation).toBe('blackwell');
    // MFU = goodput · u(hopper) · ratio(generation) · exp(s · ln(N/70B) · ln(P16/312)) · (G/2048)^c: goodput,
    // u(hopper) and the cluster term are the same on both GPUs, so the throughput ratio new / old is
    // ratio(blackwell) · exp(s · ln(8/70) · (ln(P16_new/312) − ln(989/312))) · P_new / 989.
    const s = calibratedThroughput().sizeCoefficient;
    const p16 = next.peakTflops.bf16!;
    const mfuRatio = GENERATION_PRIORS.blackwell!.ratio.central * Math.exp(s * Math.log(8 / 70) * Math.log(p16 / 989));
    expect(mfuRatio).toBeLessThan(1); // a faster GPU realises less on an 8B model
    const hours = (5000 * 989) / (p16 * mfuRatio);
    const server = requireServerProfile(next.serverProfile);
    const operational = ((hours * (next.powerW + server.nonGpuPowerW / server.gpusPerServer)) / 1000) * 1.2 * 0.4;
    const lifetimeHours = DEFAULT_LIFETIME_YEARS.central * HOURS_PER_YEAR;
    const embodied = (hours / lifetimeHours) * (next.embodied.gwp!.central + server.nonGpuEmbodied.gwp!.central / server.gpusPerServer);
    expect(gpu.operationalOnly).toBe(false);
    // Floating-point rounding only: the same formulas in another order.
    expect(Math.abs(gpu.whatIfKg / (operational + embodied) - 1)).toBeLessThan(1e-9);
    expect(gpu.savingKg).toBeGreaterThan(0);
    expect(gpu.detail).toMatch(/^2025: bf16 peak 2,500 instead of 989 TFLOP\/s, calibrated MFU 0\.\d\d instead of 0\.\d\d: measured time × 0\.\d\d$/);
    expect(gpu.detail).not.toContain('same MFU');
  });

  it('GPU, theoretical run: resolved again on the new GPU, with the MFU the core gives it there', async () => {
    const theoretical = (id: string, extra = '') => `  - id: ${id}\n    hardware: { gpu: h100-sxm, count: 64 }\n${MODEL_8B}    gridIntensity: 0.4\n    pue: 1.2\n${extra}`;
    const report = await reportOf(theoretical('calibrated') + theoretical('explicit', '    mfu: 0.4\n'));
    const advice = adviseRuns(report, report.runs).filter((x) => x.kind === 'gpu');
    const next = findGpu(advice[0]!.target)!;
    const server = requireServerProfile(next.serverProfile);
    const flops = 6 * 8e9 * 100e9;
    const kgAt = (mfu: number) => {
      const hours = flops / (next.peakTflops.bf16! * 1e12 * mfu * 3600);
      const operational = ((hours * (next.powerW + server.nonGpuPowerW / server.gpusPerServer)) / 1000) * 1.2 * 0.4;
      return operational + (hours / (DEFAULT_LIFETIME_YEARS.central * HOURS_PER_YEAR)) * (next.embodied.gwp!.central + server.nonGpuEmbodied.gwp!.central / server.gpusPerServer);
    };
    // Calibrated: goodput · u(hopper) · ratio(blackwell) · exp(s · ln(8/70) · ln(P16/312)) · (384/2048)^c
    // (64 GPUs are held to the calibration set's smallest count, 384).
    const model = calibratedThroughput();
    const mfu =
      GOODPUT.value *
      model.utilisation.hopper *
      GENERATION_PRIORS.blackwell!.ratio.central *
      Math.exp(model.sizeCoefficient * Math.log(8 / 70) * Math.log(next.peakTflops.bf16! / 312)) *
      (THROUGHPUT_REFERENCE.minGpuCount / 2048) ** CLUSTER_EXPONENT.value;
    const calibrated = advice.find((x) => x.runId === 'calibrated')!;
    expect(Math.abs(calibrated.whatIfKg / kgAt(mfu) - 1)).toBeLessThan(1e-9);
    const before = report.runs[0]!.run.inputs.mfu.central;
    expect(calibrated.detail).toBe(`2025: bf16 peak 2,500 instead of 989 TFLOP/s, MFU ${mfu.toFixed(2)} instead of ${before.toFixed(2)} (calibrated)`);
    // An explicit mfu is the run's on any GPU, and said so.
    const explicit = advice.find((x) => x.runId === 'explicit')!;
    expect(Math.abs(explicit.whatIfKg / kgAt(0.4) - 1)).toBeLessThan(1e-9);
    expect(explicit.detail).toBe("2025: bf16 peak 2,500 instead of 989 TFLOP/s, at the manifest's MFU 0.40");
  });

  it('GPU: measured runs on the new GPU set its MFU, as for any run; none for a training run of unknown size', async () => {
    const flops = 6 * 8e9 * 100e9;
    // A measured 8B run on the newest GPU at an implied MFU of 0.3, and a theoretical one on H100.
    const onNew = `  - id: on-gb200\n    hardware: { gpu: gb200, count: 64 }\n${MODEL_8B}    gpuHours: ${flops / (2500e12 * 3600 * 0.3)}\n`;
    const report = await reportOf(onNew + `  - id: t\n    hardware: { gpu: h100-sxm, count: 64 }\n${MODEL_8B}` + run('unknown-size', '    gridIntensity: 0.4\n'));
    const advice = adviseRuns(report, report.runs).filter((x) => x.kind === 'gpu');
    expect(advice.map((a) => a.runId)).toEqual(['t']);
    // Same shape, same count: the history prior is the measured run's implied MFU.
    expect(advice[0]!.detail).toMatch(/, MFU 0\.30 \(from measured runs on gb200\) instead of 0\.\d\d \(calibrated\)$/);
  });

  it('GPU: an inference run keeps the methodology\'s MFU on any GPU; measured time scales with the peak', async () => {
    const inference = '  - id: serve\n    kind: inference\n    gpuHours: 1000\n    hardware: { gpu: h100-sxm, count: 8 }\n    gridIntensity: 0.4\n    pue: 1.2\n';
    const report = await reportOf(inference);
    const gpu = adviseRuns(report, report.runs).find((x) => x.kind === 'gpu')!;
    const next = findGpu(gpu.target)!;
    expect(gpu.detail).toBe(`2025: bf16 peak 2,500 instead of 989 TFLOP/s, the methodology's MFU on both: measured time × ${(989 / 2500).toFixed(2)}`);
    const server = requireServerProfile(next.serverProfile);
    const hours = (1000 * 989) / next.peakTflops.bf16!;
    const operational = ((hours * (next.powerW + server.nonGpuPowerW / server.gpusPerServer)) / 1000) * 1.2 * 0.4;
    expect(gpu.whatIfKg).toBeGreaterThan(operational);
    expect(gpu.whatIfKg - operational).toBeCloseTo((hours / (DEFAULT_LIFETIME_YEARS.central * HOURS_PER_YEAR)) * (next.embodied.gwp!.central + server.nonGpuEmbodied.gwp!.central / server.gpusPerServer), 9);
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
    const base = await stateOf(run('big', MODEL_8B) + run('small', MODEL_8B, 10), budget);
    const head = await stateOf(run('big', MODEL_8B) + run('small', MODEL_8B, 20), budget);
    const diff = diffReports(base.report, head.report);
    const runs = new Set(adviseDiff(diff).map((a) => a.runId));
    expect(runs).toEqual(new Set(['big', 'small']));
    const budgets = head.manifests.flatMap((m) => m.manifest.budgets ?? []);
    const before = JSON.stringify(evaluateBudgets(budgets, diff, { overridden: false }));
    adviseDiff(diff);
    expect(JSON.stringify(evaluateBudgets(budgets, diff, { overridden: false }))).toBe(before);
  });
});
