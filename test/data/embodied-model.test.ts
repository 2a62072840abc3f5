/**
 * The bottom-up embodied estimate: its factors reproduce their sources' figures, it is a sum of
 * terms with ranges, and on the accelerators with published figures (H100, A100) the estimate's range
 * contains every one of them. The gaps of the central estimate are stated (docs/validation.md shows
 * the same table, computed by the same code).
 */
import { describe, expect, it } from 'vitest';
import {
  actCarbonPerCm2,
  boardFactor,
  effectiveWaferAreaMm2,
  estimateEmbodied,
  logicFactor,
  memoryFactor,
} from '../../src/data/embodied-model.js';
import { embodiedChecks, estimateOf } from '../../src/validation/embodied-estimate.js';

describe('factors', () => {
  it('ACT carbon per cm² of wafer: EPA × Taiwan 583 g/kWh + gases at 97 % abatement + 500 g materials (Gupta et al. 2022)', () => {
    // 5 nm: 2.75 × 0.583 + (430 + 225) / 2 / 1000 + 0.5 = 2.43075; 7 nm: 2.15 × 0.583 + 0.275 + 0.5 = 2.02845
    expect(actCarbonPerCm2('5nm')).toBeCloseTo(2.431, 3);
    expect(actCarbonPerCm2('4nm')).toBe(actCarbonPerCm2('5nm'));
    expect(actCarbonPerCm2('7nm')).toBeCloseTo(2.028, 3);
    const f = logicFactor('4nm').gwp;
    // spread: imec.netzero 5 nm 1.54 (low) … ADEME/Boavizta GPU die 4.2592 (high)
    expect(f).toMatchObject({ low: 1.54, central: actCarbonPerCm2('4nm'), high: 4.2592 });
  });

  it('wafer area per good die: the ADEME / Boavizta H100 figure (2,810.4 mm² for its 814 mm² die), within 0.1 %', () => {
    expect(effectiveWaferAreaMm2(814) / 2810.4 - 1).toBeLessThan(0.001);
    expect(effectiveWaferAreaMm2(814) / 2810.4 - 1).toBeGreaterThan(-0.001);
    // Small dies lose less: an L4-sized die needs about twice its area, a reticle-sized one over three times.
    expect(effectiveWaferAreaMm2(294.5) / 294.5).toBeLessThan(2.2);
    expect(effectiveWaferAreaMm2(858) / 858).toBeGreaterThan(3.4);
  });

  it('memory per GB: the ADEME teardowns at the centre (P100 HBM2 0.78, GDDR6 1.50 kgCO2e/GB), ACT DDR4 to Boavizta VRAM as spread', () => {
    expect(memoryFactor('hbm').gwp).toMatchObject({ low: 0.065, central: 0.7813, high: 2.849 });
    expect(memoryFactor('gddr').gwp.central).toBeCloseTo(1.495, 3);
  });

  it('board: the ADEME factors × the card characteristics of Boavizta (H100 SXM: 296 cm² PCB, 0.90 kg heatsink, 0.79 kg casing, 1.69 kg)', () => {
    // 296.37 × 0.032549 + 0.90077 × 5.7412 + 0.78923 × 8.2542 + 1.69 × (0.25955 + 1.5062) = 24.3 kgCO2e
    expect(boardFactor('module').gwp.central).toBeCloseTo(24.32, 1);
    expect(boardFactor('low-profile').gwp.low).toBe(boardFactor('low-profile').gwp.high);
  });
});

describe('estimateEmbodied', () => {
  it('adds up its terms, each with its range, low <= central <= high', () => {
    const e = estimateEmbodied({ dies: [{ areaMm2: 608.5, node: '4nm', count: 1 }], memoryGb: 48, memoryType: 'GDDR6', formFactor: 'pcie' });
    for (const c of ['gwp', 'adpe', 'pe'] as const) {
      const sum = e.terms.reduce((a, t) => a + t.impacts[c].central, 0);
      expect(e.impacts[c].central).toBeCloseTo(sum, 9);
      expect(e.impacts[c].low).toBeLessThanOrEqual(e.impacts[c].central);
      expect(e.impacts[c].central).toBeLessThanOrEqual(e.impacts[c].high);
    }
    expect(e.terms.map((t) => t.term)).toEqual(['logic', 'packaging', 'memory', 'board']);
    // 24 GDDR packages of 2 GB: 25 × ACT's 150 g at the centre.
    expect(e.terms[1]!.impacts.gwp.central).toBeCloseTo(25 * 0.15, 9);
  });

  it('widens the range where a fact is unknown (node, memory type, board class, die area)', () => {
    const known = estimateEmbodied({ dies: [{ areaMm2: 600, node: '5nm', count: 1 }], memoryGb: 80, memoryType: 'HBM3', formFactor: 'module' });
    const unknown = estimateEmbodied({ dies: [{ areaMm2: { low: 300, central: 600, high: 858 }, node: 'unknown', count: 1 }], memoryGb: 80, memoryType: 'unknown', formFactor: 'unknown' });
    expect(unknown.impacts.gwp.low).toBeLessThan(known.impacts.gwp.low);
    expect(unknown.impacts.gwp.high).toBeGreaterThan(known.impacts.gwp.high);
  });

  it('grows with die count, die area and memory', () => {
    const one = estimateOf('h100-sxm').impacts.gwp.central;
    const b200 = estimateOf('b200').impacts.gwp.central; // two dies, 180 GB
    expect(b200).toBeGreaterThan(1.5 * one);
  });
});

describe('validation on the published figures (H100, A100)', () => {
  const checks = embodiedChecks();
  const independent = checks.filter((c) => !c.caveat);

  it('checks GWP, ADPe and PE of the H100 SXM, A100 SXM 80GB and A100 PCIe 40GB', () => {
    expect(new Set(independent.map((c) => `${c.gpu} ${c.criterion}`))).toEqual(
      new Set(['h100-sxm', 'a100-80gb-sxm', 'a100-40gb-pcie'].flatMap((g) => ['gwp', 'adpe', 'pe'].map((c) => `${g} ${c}`))),
    );
  });

  it('contains every published figure in the estimate range', () => {
    for (const c of checks) expect(c.inside, `${c.gpu} ${c.criterion} ${c.value}: ${c.estimate.low}–${c.estimate.high}`).toBe(true);
  });

  it('says by how much the central estimate misses: GWP within −43 %…+2 %, ADPe within −37 %…+14 %, PE within −20 %…+65 %', () => {
    const gap = (gpu: string, criterion: string, value?: number) =>
      checks.find((c) => c.gpu === gpu && c.criterion === criterion && (value === undefined || c.value === value))!.centralGap;
    // H100 SXM: 155 kgCO2e against 164 (NVIDIA PCF), 250 (methodology), 273 (ADEME).
    expect(gap('h100-sxm', 'gwp', 164)).toBeCloseTo(-0.05, 1);
    expect(gap('h100-sxm', 'gwp', 250)).toBeCloseTo(-0.38, 1);
    expect(gap('h100-sxm', 'gwp', 273)).toBeCloseTo(-0.43, 1);
    // A100 SXM 80GB (Boavizta): 145 against 143.
    expect(gap('a100-80gb-sxm', 'gwp')).toBeCloseTo(0.02, 1);
    // A100 PCIe 40GB (Hubblo / ADEME): 106 against 181.
    expect(gap('a100-40gb-pcie', 'gwp')).toBeCloseTo(-0.41, 1);
    for (const c of independent) expect(Math.abs(c.centralGap), `${c.gpu} ${c.criterion}`).toBeLessThan(0.7);
  });
});
