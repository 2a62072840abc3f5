/**
 * METHODOLOGY.md section 7: Llama 3.1 405B on H100 SXM, MFU 0.40, PUE 1.2, EF 0.420 kgCO2e/kWh.
 * Tolerance: 1 % relative (the methodology rounds its printed figures to 3–4 significant digits).
 */
import { describe, expect, it } from 'vitest';
import { computeRunFootprint, DEFAULT_LIFETIME_HOURS } from '../../src/core/footprint.js';
import { workloadFlops } from '../../src/core/flops.js';
import { llama405b } from './fixtures.js';

const within = (actual: number | undefined | null, expected: number, rel = 0.01) => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected) / expected).toBeLessThan(rel);
};

describe('worked example: Llama 3.1 405B (METHODOLOGY.md §7)', () => {
  const fp = computeRunFootprint(llama405b);
  const gwp = fp.impacts.gwp;

  it('F = 6·N·D = 3.645e25 FLOPs', () => {
    expect(fp.flops).toBe(3.645e25);
  });

  it('lifetime L = 5 years = 43,830 h', () => {
    expect(DEFAULT_LIFETIME_HOURS).toBe(43_830);
  });

  it('GPUh ≈ 25.59 M', () => within(fp.gpuHours.theoretical?.central, 25.59e6, 0.001));
  it('GPU energy ≈ 21.5 GWh', () => within(fp.energyKwh.gpu.central, 21.5e6));
  it('GPU operational ≈ 9,030 tCO2e', () => within(gwp.operational.gpu?.central, 9_030e3));
  it('GPU operational within 2 % of the published 8,930 t', () => within(gwp.operational.gpu?.central, 8_930e3, 0.02));
  it('GPU embodied ≈ 146 tCO2e', () => within(gwp.embodied.gpu?.central, 146e3));
  it('server operational share ≈ 2,480 tCO2e', () => within(gwp.operational.server?.central, 2_480e3));
  it('server embodied share ≈ 736 tCO2e', () => {
    // 10,058 kg over 43,830 h is 0.2295 kg per server-hour; the methodology prints the rounded 0.230
    // and gets 736 t. The exact figure, 734 t, is 0.3 % below: inside the 1 % tolerance.
    within(gwp.embodied.server?.central, 736e3);
    within(10_058 / DEFAULT_LIFETIME_HOURS, 0.23, 0.005);
  });
  it('basis is theoretical and no warning is raised', () => {
    expect(fp.basis).toBe('theoretical');
    expect(fp.warnings).toEqual([]);
  });
  it('totals add up: operational + embodied', () => {
    const total = gwp.operational.total!.central + gwp.embodied.total!.central;
    expect(gwp.total?.central).toBeCloseTo(total, 3);
    within(gwp.total?.central, 9_030e3 + 146e3 + 2_480e3 + 736e3);
  });

  it('published GPU hours (30.84 M at 700 W) give an implied MFU of ≈ 0.33, no warning', () => {
    const measured = computeRunFootprint({ ...llama405b, measuredGpuHours: 30.84e6 });
    within(measured.impliedMfu, 25.594e6 * 0.4 / 30.84e6, 0.001);
    expect(measured.basis).toBe('measured-gpu-hours');
    expect(measured.warnings).toEqual([]);
  });
});

describe('worked example: a ~400-token prompt on 405B (§7 inference)', () => {
  const fp = computeRunFootprint({
    ...llama405b,
    flops: workloadFlops({ kind: 'inference', activeParameters: 405e9, promptTokens: 400, outputTokens: 0, requests: 1 }),
  });
  it('≈ 0.1–0.12 gCO2e', () => {
    const g = fp.impacts.gwp.total!.central * 1000;
    expect(g).toBeGreaterThanOrEqual(0.1);
    expect(g).toBeLessThanOrEqual(0.12);
  });
  it('≈ 0.27 Wh (GPU + server share with PUE: 0.244 Wh, within 10 %)', () => {
    // The methodology prints "≈ 0.27 Wh" without its breakdown; GPU 0.191 Wh + server share
    // 0.053 Wh = 0.244 Wh by its own section-3 formulas. Tolerance stated: 10 %.
    within(fp.energyKwh.total.central * 1000, 0.27, 0.1);
    within(fp.energyKwh.total.central * 1000, 0.2437, 0.002);
  });
});
