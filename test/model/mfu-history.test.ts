/**
 * The repository's own history as the MFU prior (issue #10, item 3): measured runs on the same GPU id,
 * in this report or the base branch's, set the MFU of theoretical training runs that have no `mfu`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/model/diff.js';
import { applyMfuHistory, historyPrior, withMfuHistory } from '../../src/model/mfu-history.js';
import type { MfuEstimate } from '../../src/model/resolve/mfu.js';
import { reportJson } from '../../src/outputs/json.js';
import { reportOf } from './helpers.js';

/** A measured 7B run on `gpu` whose implied MFU is `mfu` (6·N·D over measured GPU-hours × peak). */
function measured(id: string, mfu: number, gpu = 'h100-sxm', peak = 989e12): string {
  const flops = 6 * 7e9 * 1e12;
  const gpuHours = flops / (peak * 3600 * mfu);
  return `  - id: ${id}\n    model: { parameters: 7B }\n    tokens: 1T\n    gpuHours: ${gpuHours}\n    hardware: { gpu: ${gpu} }\n`;
}
const theoretical = (id: string, params = '7B', gpu = 'h100-sxm') =>
  `  - id: ${id}\n    model: { parameters: ${params} }\n    tokens: 1T\n    hardware: { gpu: ${gpu} }\n`;

const byId = (report: Awaited<ReturnType<typeof reportOf>>, id: string) => report.runs.find((r) => r.run.id === id)!;

describe('MFU history prior', () => {
  it('a theoretical run of the same shape gets the geometric mean of the implied MFUs, labelled', async () => {
    const report = withMfuHistory(await reportOf(measured('m1', 0.2) + measured('m2', 0.25) + measured('m3', 0.18) + theoretical('t')));
    const t = byId(report, 't');
    const geomean = Math.cbrt(0.2 * 0.25 * 0.18);
    expect(t.run.mfu.origin).toBe('history');
    expect(t.run.inputs.mfu.central).toBeCloseTo(geomean, 9);
    expect(t.run.mfu.label).toMatch(/^MFU 0\.21 \(0\.\d\d–0\.\d\d\) from 3 measured runs on h100-sxm$/);
    // The range keeps the calibrated range's relative width and covers every measured run.
    expect(t.run.inputs.mfu.low).toBeLessThanOrEqual(0.18);
    expect(t.run.inputs.mfu.high).toBeGreaterThanOrEqual(0.25);
    expect(t.run.assumptions.find((a) => a.key === 'mfu')!.source).toMatch(/^history: 3 measured runs on h100-sxm \(implied MFU m1 0\.20, m2 0\.25, m3 0\.18\)/);
    // The footprint follows: theoretical GPU-hours = F / (peak · MFU · 3600).
    expect(t.footprint.gpuHours.theoretical!.central).toBeCloseTo(6 * 7e9 * 1e12 / (989e12 * 3600 * geomean), 0);
    expect(reportJson(report).runs.find((r) => r.id === 't')!.mfu.origin).toBe('history');
    // Measured runs keep their own figures.
    expect(byId(report, 'm1').run.mfu.origin).toBe('calibrated');
  });

  it('scales the evidence to the run by the calibrated model when shapes differ (70B from 7B runs)', async () => {
    const plain = await reportOf(measured('m', 0.2) + theoretical('big', '70B'));
    const report = withMfuHistory(plain);
    const big = byId(report, 'big').run;
    const m = byId(plain, 'm').run;
    expect(big.inputs.mfu.central).toBeCloseTo(big.mfu.calibrated!.central * (0.2 / m.mfu.calibrated!.central), 9);
    expect(big.inputs.mfu.central).toBeGreaterThan(0.2);
  });

  it('only the same GPU id, only training runs, never over an explicit mfu', async () => {
    const report = withMfuHistory(
      await reportOf(
        measured('m', 0.2) +
          theoretical('other-gpu', '7B', 'a100-80gb-sxm') +
          `${theoretical('explicit')}    mfu: 0.5\n` +
          '  - id: inf\n    kind: inference\n    model: { parameters: 7B }\n    promptTokens: 100\n    hardware: { gpu: h100-sxm }\n',
      ),
    );
    expect(byId(report, 'other-gpu').run.mfu.origin).toBe('calibrated');
    expect(byId(report, 'explicit').run.mfu.origin).toBe('manifest');
    expect(byId(report, 'inf').run.mfu.origin).toBe('methodology');
  });

  it('an implausible implied MFU (warned about) is not evidence', async () => {
    const report = withMfuHistory(await reportOf(measured('m', 0.9) + theoretical('t')));
    expect(byId(report, 't').run.mfu.origin).toBe('calibrated');
  });

  it('never above an MFU of 1: a small run far above the model, scaled to a large one, stops there', async () => {
    const plain = await reportOf(measured('m', 0.74) + theoretical('big', '405B'));
    const m = byId(plain, 'm').run;
    const big = byId(plain, 'big').run;
    // The scaled evidence is above 1, which used to throw (an unordered range) instead of reporting.
    expect(big.mfu.calibrated!.central * (0.74 / m.mfu.calibrated!.central)).toBeGreaterThan(1);
    const mfu = byId(withMfuHistory(plain), 'big').run.inputs.mfu;
    expect(mfu.central).toBe(1);
    expect(mfu.high).toBe(1);
    expect(mfu.low).toBeLessThan(1);
    expect(mfu.low).toBeCloseTo(big.mfu.calibrated!.low / big.mfu.calibrated!.central, 9);
  });

  it('any calibrated range and any evidence give an ordered range within (0, 1] (property)', () => {
    const mfu = fc.double({ min: 1e-4, max: 1, noNaN: true });
    const property = fc.property(
      fc.tuple(mfu, mfu, mfu).map((v) => [...v].sort((a, b) => a - b) as [number, number, number]),
      fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 6 }),
      ([low, central, high], offsets) => {
        const estimate: MfuEstimate = { value: { low, central, high }, origin: 'calibrated', label: '', calibrated: { low, central, high }, throughput: null };
        const evidence = offsets.map((offset, i) => ({ id: `m${i}`, gpu: 'h100-sxm', implied: 0.3, offset }));
        const v = historyPrior(estimate, 'h100-sxm', 't', evidence)!.mfu.value;
        expect(v.low).toBeGreaterThan(0);
        expect(v.low).toBeLessThanOrEqual(v.central);
        expect(v.central).toBeLessThanOrEqual(v.high);
        expect(v.high).toBeLessThanOrEqual(1);
      },
    );
    fc.assert(property, { numRuns: 300 });
  });

  it('leaves a report without evidence untouched', async () => {
    const report = await reportOf(theoretical('t'));
    expect(withMfuHistory(report)).toBe(report);
  });

  it("the head learns from the base's measured runs; a run nobody touched stays unchanged", async () => {
    const base = await reportOf(measured('m', 0.2) + theoretical('t'));
    const headWithout = await reportOf(theoretical('t'));
    const { head, base: b } = applyMfuHistory(headWithout, base);
    expect(byId(head, 't').run.mfu.origin).toBe('history');
    expect(byId(head, 't').run.inputs.mfu.central).toBeCloseTo(0.2, 9);
    const diff = diffReports(b, head);
    expect(diff.runs.find((c) => c.id === 't')!.change).toBe('unchanged');
  });
});
