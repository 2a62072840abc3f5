/**
 * The realised-throughput model: implied MFUs of the calibration cases against hand computations
 * from their published figures, the fit, and each sourced term of a prediction. Tolerances are stated
 * per test; figures computed by hand use the PaLM convention F = 6·N·D + 12·L·d·s·D.
 */
import { describe, expect, it } from 'vitest';
import { requireGpu } from '../../src/data/catalogue.js';
import { CALIBRATION_CASES } from '../../src/data/calibration.js';
import { CLUSTER_EXPONENT, FALLBACK_PRIOR, FP8_SPEEDUP, GENERATION_PRIORS, GOODPUT, INTERVAL_Z, MOE_UTILISATION, SELECTIVE_RECOMPUTE_SHARE } from '../../src/data/throughput.js';
import type { GpuSpec } from '../../src/data/types.js';
import {
  calibrate,
  calibratedThroughput,
  calibrationPoint,
  describeRun,
  fitThroughput,
  leaveOneOutResiduals,
  predictMfu,
  recomputeShare,
  shortCount,
  type ThroughputRun,
} from '../../src/model/throughput.js';

const h100 = requireGpu('h100-sxm');
const a100 = requireGpu('a100-80gb-sxm');

function run(over: Partial<ThroughputRun> = {}): ThroughputRun {
  return { gpu: h100, precision: 'bf16', peakTflops: 989, activeParameters: 70e9, moe: false, gpuCount: null, recompute: 'none', modelFlopsShare: 1, ...over };
}

const model = calibratedThroughput();
const central = (r: ThroughputRun) => predictMfu(model, r).mfu.central;
const points = CALIBRATION_CASES.map(calibrationPoint);
const point = (id: string) => points.find((p) => p.case.id === id)!;

describe('calibration cases', () => {
  it('are the 14 runs of issue #10, each with its source', () => {
    expect(CALIBRATION_CASES.map((c) => c.id)).toEqual([
      'llama-7b', 'llama-13b', 'llama-33b', 'llama-65b', 'llama-2-7b', 'llama-2-13b', 'llama-2-70b',
      'llama-3.1-8b', 'llama-3.1-70b', 'llama-3.1-405b', 'bloom', 'opt-175b', 'falcon-180b', 'phi-3-medium',
    ]);
    for (const c of CALIBRATION_CASES) expect(c.source.title.length && c.architectureSource.title.length).toBeGreaterThan(0);
  });

  it('implied MFU, PaLM convention (within 0.5 %): LLaMA 65B 0.497, Llama 3.1 8B 0.176, 405B 0.374', () => {
    // LLaMA 65B: (6·65.2e9 + 12·80·8192·2048)·1.4e12 = 5.7023e23; 1,022,362 h · 312e12 · 3600 = 1.1483e24
    expect(point('llama-65b').flops / 5.7023e23).toBeCloseTo(1, 3);
    expect(point('llama-65b').impliedMfu / 0.4966).toBeCloseTo(1, 2);
    expect(point('llama-3.1-8b').impliedMfu / 0.1757).toBeCloseTo(1, 2);
    expect(point('llama-3.1-405b').impliedMfu / 0.3741).toBeCloseTo(1, 2);
  });

  it('BLOOM used full recomputation: hardware FLOPs are 4/3 of model FLOPs', () => {
    expect(point('bloom').run.modelFlopsShare).toBeCloseTo(0.75, 12);
  });
});

describe('fit', () => {
  it('fits u(ampere), u(hopper) and the size coefficient; the H100 realises less than the A100 at 70B', () => {
    expect(model.cases).toBe(14);
    expect(model.utilisation.ampere).toBeGreaterThan(model.utilisation.hopper);
    expect(model.sizeCoefficient).toBeGreaterThan(0);
    expect(model.sigma).toBeGreaterThan(0);
  });

  it('sigma is the root mean squared leave-one-out residual', () => {
    const r = leaveOneOutResiduals(points);
    expect(model.sigma).toBeCloseTo(Math.sqrt(r.reduce((s, x) => s + x * x, 0) / r.length), 12);
    expect(calibrate(points)).toEqual(model);
  });

  it('a fit without any case of a fitted generation is refused, not NaN', () => {
    expect(() => fitThroughput(points.filter((p) => p.case.gpu !== 'h100-sxm'))).toThrow(/singular/);
  });
});

describe('prediction', () => {
  it('is goodput × u(anchor) at the reference run, with the leave-one-out range', () => {
    const p = predictMfu(model, run());
    expect(p.mfu.central).toBeCloseTo(GOODPUT.value * model.utilisation.hopper, 12);
    expect(p.mfu.high / p.mfu.central).toBeCloseTo(Math.exp(INTERVAL_Z * model.sigma), 9);
    expect(p.mfu.central / p.mfu.low).toBeCloseTo(Math.exp(INTERVAL_Z * model.sigma), 9);
  });

  it('small models realise less on an H100, not on an A100 (no faster than the flat peak)', () => {
    expect(central(run({ activeParameters: 8e9 }))).toBeLessThan(central(run({ activeParameters: 70e9 })));
    const exponent = model.sizeCoefficient * Math.log(989 / 312);
    expect(central(run({ activeParameters: 8e9 })) / central(run())).toBeCloseTo((8 / 70) ** exponent, 9);
    const onA100 = (n: number) => central(run({ gpu: a100, peakTflops: 312, activeParameters: n }));
    expect(onA100(7e9)).toBeCloseTo(onA100(70e9), 12);
  });

  it('holds utilisation above the largest calibrated model (405B)', () => {
    expect(central(run({ activeParameters: 2e12 }))).toBeCloseTo(central(run({ activeParameters: 405e9 })), 12);
  });

  it('GPU count: ×(41/43) per doubling (Llama 3 paper), held to 384–16,384', () => {
    expect(central(run({ gpuCount: 4096 })) / central(run())).toBeCloseTo(41 / 43, 9);
    expect(central(run({ gpuCount: 16_384 })) / central(run({ gpuCount: 8192 }))).toBeCloseTo(41 / 43, 9);
    expect(central(run({ gpuCount: 8 }))).toBeCloseTo(central(run({ gpuCount: 384 })), 12);
    expect(central(run({ gpuCount: 100_000 }))).toBeCloseTo(central(run({ gpuCount: 16_384 })), 12);
    expect(CLUSTER_EXPONENT.value).toBeCloseTo(-0.0687, 4);
  });

  it('FP8 realises BF16 utilisation × 1.28 speed-up of the BF16 peak, i.e. 0.64 of the FP8 peak on an H100', () => {
    const fp8 = predictMfu(model, run({ precision: 'fp8', peakTflops: 1979 }));
    expect(fp8.mfu.central / central(run())).toBeCloseTo((FP8_SPEEDUP.central * 989) / 1979, 12);
    expect(fp8.sigma).toBeGreaterThan(model.sigma);
  });

  it('MoE: × 0.8 per active-parameter FLOP, with a wider range', () => {
    const moe = predictMfu(model, run({ moe: true, activeParameters: 37e9 }));
    expect(moe.mfu.central / central(run({ activeParameters: 37e9 }))).toBeCloseTo(MOE_UTILISATION.central, 12);
    const spread = Math.log(MOE_UTILISATION.high / MOE_UTILISATION.low) / (2 * INTERVAL_Z);
    expect(moe.sigma).toBeCloseTo(Math.sqrt(model.sigma ** 2 + spread ** 2), 12);
  });

  it('recomputation lowers MFU by model FLOPs / hardware FLOPs: full 0.75 exactly, selective from the shape', () => {
    const f = { total: 6 * 8e9 * 1e12 + 12 * 32 * 4096 * 8192 * 1e12, activeParameters: 8e9, tokens: 1e12, attention: { layers: 32, hiddenSize: 4096, seqLen: 8192 } };
    expect(recomputeShare('full', f)).toBeCloseTo(0.75, 12);
    expect(recomputeShare('selective', f)).toBeCloseTo(f.total / (f.total + 4 * 32 * 4096 * 8192 * 1e12), 12);
    expect(recomputeShare('selective', { ...f, attention: undefined })).toBeNull();
    expect(recomputeShare('none', f)).toBe(1);
    const full = predictMfu(model, run({ recompute: 'full', modelFlopsShare: 0.75 }));
    expect(full.mfu.central / central(run())).toBeCloseTo(0.75, 12);
    const selective = predictMfu(model, run({ recompute: 'selective', modelFlopsShare: null }));
    expect(selective.mfu.central / central(run())).toBeCloseTo(SELECTIVE_RECOMPUTE_SHARE.central, 12);
  });

  it('a generation outside the calibration set uses its sourced ratio to a fitted one', () => {
    const v100 = requireGpu('v100-sxm2-32gb');
    const volta = predictMfu(model, run({ gpu: v100, precision: 'fp16', peakTflops: 125 }));
    expect(volta.anchor).toBe('ampere');
    expect(volta.mfu.central).toBeCloseTo(GOODPUT.value * model.utilisation.ampere * GENERATION_PRIORS.volta!.ratio.central, 12);
    expect(volta.sigma).toBeGreaterThan(model.sigma);
    const b200 = predictMfu(model, run({ gpu: requireGpu('b200'), peakTflops: 2250 }));
    expect(b200.anchor).toBe('hopper');
    expect(b200.mfu.central).toBeCloseTo(GOODPUT.value * model.utilisation.hopper * GENERATION_PRIORS.blackwell!.ratio.central, 12);
  });

  it('a generation the data does not name (added to the catalogue later) falls back to Hopper with a wide spread', () => {
    const future = { ...h100, id: 'future-x', generation: 'gaudi3' } as unknown as GpuSpec;
    const p = predictMfu(model, run({ gpu: future }));
    expect(p.anchor).toBe(FALLBACK_PRIOR.anchor);
    expect(p.mfu.central).toBeCloseTo(central(run()) * FALLBACK_PRIOR.ratio.central, 12);
    expect(p.mfu.low).toBeLessThan(p.mfu.central);
  });

  it('never predicts an MFU above 1, and keeps low <= central <= high', () => {
    for (const n of [1e8, 1e9, 8e9, 70e9, 1e12]) {
      for (const gpu of [h100, a100, requireGpu('b200'), requireGpu('t4'), requireGpu('tpu-v5p'), requireGpu('mi300x')]) {
        const { mfu } = predictMfu(model, run({ gpu, peakTflops: gpu.peakTflops.bf16 ?? gpu.peakTflops.fp16!, activeParameters: n }));
        expect(mfu.low).toBeLessThanOrEqual(mfu.central);
        expect(mfu.central).toBeLessThanOrEqual(mfu.high);
        expect(mfu.high).toBeLessThanOrEqual(1);
        expect(mfu.low).toBeGreaterThan(0);
      }
    }
  });
});

describe('labels', () => {
  it('name the GPU, precision, size and what else is known', () => {
    expect(shortCount(8e9)).toBe('8B');
    expect(shortCount(6.7e9)).toBe('6.7B');
    expect(shortCount(350e6)).toBe('350M');
    expect(describeRun(run({ activeParameters: 8e9 }))).toBe('h100-sxm bf16, 8B dense');
    expect(describeRun(run({ activeParameters: 37e9, moe: true, gpuCount: 2048, recompute: 'full' }))).toBe(
      'h100-sxm bf16, 37B MoE (active), 2,048 GPUs, full recompute',
    );
  });
});
