/** Each section-1..5 formula against a case computed by hand (exact arithmetic unless stated). */
import { describe, expect, it } from 'vitest';
import {
  attentionTrainingFlops,
  audioPositions,
  codecAudioFlops,
  ditFlops,
  fineTuningFlops,
  generationFlops,
  hybridVideoTokens,
  imagePatches,
  promptFlops,
  teacherForwardFlops,
  textTokens,
  trainingFlops,
  unetImageFlops,
  unetVideoFlops,
  videoDitTokens,
  videoPositions,
  workloadFlops,
} from '../../src/core/flops.js';
import {
  computeRunFootprint,
  embodiedShare,
  facilityEnergyKwh,
  impliedMfu,
  promptImpactFactor,
  theoreticalGpuHours,
} from '../../src/core/footprint.js';
import { exact, range } from '../../src/core/range.js';
import { llama405b } from './fixtures.js';

describe('section 1: FLOPs', () => {
  it('training 6·N·D: 7e9 params × 1e12 tokens = 4.2e22', () => {
    expect(trainingFlops(7e9, 1e12)).toBe(4.2e22);
  });
  it('fine-tuning (2N + 4N_t)·D: LoRA with N_t = 1 % of N', () => {
    // (2·7e9 + 4·7e7) · 1e9 = (1.4e10 + 2.8e8) · 1e9 = 1.428e19
    expect(fineTuningFlops(7e9, 7e7, 1e9)).toBeCloseTo(1.428e19, -5);
  });
  it('full fine-tuning (N_t = N) equals 6·N·D', () => {
    expect(fineTuningFlops(7e9, 7e9, 1e9)).toBe(trainingFlops(7e9, 1e9));
  });
  it('attention term (PaLM, not halved): Llama 3.1 8B, 32 layers × 4,096 at 8,192 tokens, 15T tokens', () => {
    // 12 · 32 · 4096 · 8192 · 15e12 = 1.9327e23, on top of 6·N·D = 7.2e23: F = 9.1327e23
    expect(attentionTrainingFlops(32, 4096, 8192, 15e12)).toBe(12 * 32 * 4096 * 8192 * 15e12);
    const f = workloadFlops({ kind: 'training', parameters: 8e9, tokens: 15e12, attention: { layers: 32, hiddenSize: 4096, seqLen: 8192 } });
    expect(f.total / 9.1327e23).toBeCloseTo(1, 4);
    expect(f.formula).toBe('F = 6 · N · D + 12 · n_layers · d_model · seq_len · D');
  });
  it('teacher forward pass 2·N_teacher·D: 1B student distilled from an 8B teacher on 9T tokens', () => {
    expect(teacherForwardFlops(8e9, 9e12)).toBe(1.44e23);
    const f = workloadFlops({ kind: 'training', parameters: 1e9, tokens: 9e12, teacherParameters: 8e9 });
    expect(f.total).toBe(6 * 1e9 * 9e12 + 1.44e23);
    expect(f.formula).toBe('F = 6 · N · D + 2 · N_teacher · D');
  });
  it('every training term shows in the formula only when present; fine-tuning takes them too', () => {
    expect(workloadFlops({ kind: 'training', parameters: 7e9, tokens: 1e12 }).formula).toBe('F = 6 · N · D');
    const ft = workloadFlops({
      kind: 'fine-tuning',
      parameters: 7e9,
      trainableParameters: 7e7,
      tokens: 1e9,
      attention: { layers: 32, hiddenSize: 4096, seqLen: 4096 },
      teacherParameters: 70e9,
    });
    expect(ft.formula).toBe('F = (2 · N + 4 · N_t) · D + 12 · n_layers · d_model · seq_len · D + 2 · N_teacher · D');
    expect(ft.total).toBe(fineTuningFlops(7e9, 7e7, 1e9) + 12 * 32 * 4096 * 4096 * 1e9 + 2 * 70e9 * 1e9);
  });
  it('prompt and generation 2·N_a·T: MoE with 12.9e9 active of 46.7e9', () => {
    expect(promptFlops(12.9e9, 1000)).toBe(2.58e13);
    expect(generationFlops(12.9e9, 500)).toBe(1.29e13);
  });
  it('image U-Net: 2 · 865e6 · (64·64) · 50 = 3.5430e14', () => {
    expect(unetImageFlops(865e6, 64, 64, 50)).toBe(2 * 865e6 * 4096 * 50);
    expect(unetImageFlops(865e6, 64, 64, 50)).toBeCloseTo(3.54304e14, -8);
  });
  it('DiT: steps · (2·N·T + 2·L·T²·d)', () => {
    // 28 · (2·2e9·4096 + 2·24·4096²·2048) = 28 · (1.6384e13 + 1.649267e12) = 5.0493e14
    const f = ditFlops(2e9, 4096, 24, 2048, 28);
    expect(f).toBe(28 * (2 * 2e9 * 4096 + 2 * 24 * 4096 * 4096 * 2048));
    expect(f / 5.0493e14).toBeCloseTo(1, 3);
  });
  it('video U-Net: 2·N·(w·h)·frames·steps', () => {
    expect(unetVideoFlops(1.5e9, 40, 64, 16, 25)).toBe(2 * 1.5e9 * 2560 * 16 * 25);
  });
  it('video DiT tokens: (frames / temporal compression) · tokens per frame', () => {
    expect(videoDitTokens(129, 4, 3600)).toBeCloseTo(116_100, 6);
  });
  it('hybrid DiT + 3D VAE computes whole frame blocks', () => {
    expect(hybridVideoTokens(129, 4, 3600)).toBe(33 * 3600);
    expect(hybridVideoTokens(128, 4, 3600)).toBe(32 * 3600);
  });
  it('audio codec: 2·N_a·T_out·codebooks', () => {
    expect(codecAudioFlops(7e9, 750, 8)).toBe(2 * 7e9 * 750 * 8);
  });
  it('tokens per modality: 1.6 per word, 512² at p=16 → 1,024, 10 s at 24 kHz / 320 → 750', () => {
    expect(textTokens(250)).toBe(400);
    expect(imagePatches(512, 512, 16)).toBe(1024);
    expect(audioPositions(10, 24_000, 320)).toBe(750);
    expect(videoPositions(16, 1024)).toBe(16_384);
  });
  it('workloadFlops splits inference into prompt and generation and multiplies by requests', () => {
    const f = workloadFlops({ kind: 'inference', activeParameters: 1e9, promptTokens: 100, outputTokens: 50, requests: 10 });
    expect(f.prompt).toBe(2e12);
    expect(f.other).toBe(1e12);
    expect(f.total).toBe(3e12);
  });
  it('workloadFlops for a hybrid video uses whole blocks', () => {
    const f = workloadFlops({
      kind: 'video-generation', architecture: 'hybrid', parameters: 13e9, frames: 129, temporalCompression: 4,
      tokensPerFrame: 3600, layers: 60, hiddenSize: 3072, steps: 50, items: 2,
    });
    expect(f.total).toBe(2 * ditFlops(13e9, 33 * 3600, 60, 3072, 50));
  });
});

describe('sections 2–5', () => {
  it('GPUh = F / (C · MFU · 3600) with MFU range bracketing', () => {
    const h = theoreticalGpuHours(3.6e21, 1e15, range(0.25, 0.4, 0.5));
    expect(h.central).toBeCloseTo(2500, 9); // 3.6e21 / (1e15 · 0.4 · 3600)
    expect(h.low).toBeCloseTo(2000, 9); // high MFU → fewer hours
    expect(h.high).toBeCloseTo(4000, 9);
  });
  it('implied MFU = F / (GPUh · C · 3600)', () => {
    expect(impliedMfu(3.6e21, 2500, 1e15)).toBeCloseTo(0.4, 12);
  });
  it('E = GPUh · P / 1000 · PUE', () => {
    expect(facilityEnergyKwh(exact(1000), exact(400), exact(1.5)).central).toBeCloseTo(600, 9);
  });
  it('embodied share = GPUh / L · embodied (/ k for the server)', () => {
    expect(embodiedShare(exact(43_830), exact(43_830), exact(250)).central).toBe(250);
    expect(embodiedShare(exact(43_830), exact(43_830), exact(10_058), 8).central).toBeCloseTo(1257.25, 9);
  });
  it('prefix cache: impact_eff = impact · (1 − r + r·α)', () => {
    expect(promptImpactFactor(0, 0.3)).toBe(1);
    expect(promptImpactFactor(1, 0.1)).toBeCloseTo(0.1, 12);
    expect(promptImpactFactor(0.5, 0.2)).toBeCloseTo(0.6, 12);
  });
  it('the cache discount applies to the prompt only, operational and embodied alike', () => {
    const flops = workloadFlops({ kind: 'inference', activeParameters: 405e9, promptTokens: 1000, outputTokens: 100, requests: 1 });
    const plain = computeRunFootprint({ ...llama405b, flops });
    const cached = computeRunFootprint({ ...llama405b, flops, cache: { reuseRate: exact(0.5), residual: 0.2 } });
    const expected = (flops.prompt * 0.6 + flops.other) / flops.total;
    expect(cached.flops! / plain.flops!).toBeCloseTo(expected, 12);
    expect(cached.impacts.gwp.operational.total!.central / plain.impacts.gwp.operational.total!.central).toBeCloseTo(expected, 12);
    expect(cached.impacts.gwp.embodied.total!.central / plain.impacts.gwp.embodied.total!.central).toBeCloseTo(expected, 12);
  });
  it('measured energy replaces GPUh · P; PUE still applies unless facility-level', () => {
    const gpuScope = computeRunFootprint({ ...llama405b, measuredGpuHours: 1000, measuredEnergy: { kwh: 500, scope: 'gpu' } });
    expect(gpuScope.basis).toBe('measured-energy');
    expect(gpuScope.energyKwh.gpu.central).toBeCloseTo(600, 9);
    expect(gpuScope.energyKwh.server.central).toBeCloseTo(1000 * 192.5 / 1000 * 1.2, 9);
    const server = computeRunFootprint({ ...llama405b, measuredGpuHours: 1000, measuredEnergy: { kwh: 500, scope: 'server' } });
    expect(server.energyKwh.total.central).toBeCloseTo(600, 9);
    const facility = computeRunFootprint({ ...llama405b, measuredGpuHours: 1000, measuredEnergy: { kwh: 500, scope: 'facility' } });
    expect(facility.energyKwh.total.central).toBe(500);
    expect(facility.impacts.gwp.operational.total!.central).toBeCloseTo(210, 9);
  });
  it('implied MFU > 1 and < 0.05 raise warnings', () => {
    const tooFast = computeRunFootprint({ ...llama405b, measuredGpuHours: 1e6 });
    expect(tooFast.warnings.map((w) => w.code)).toEqual(['implied-mfu-inconsistent']);
    const tooSlow = computeRunFootprint({ ...llama405b, measuredGpuHours: 5e8 });
    expect(tooSlow.warnings.map((w) => w.code)).toEqual(['implied-mfu-implausible']);
  });
  it('water = on-site WUE × IT energy + electricity water intensity × facility energy', () => {
    const fp = computeRunFootprint({
      ...llama405b,
      flops: null,
      measuredGpuHours: 1000,
      serverNonGpuPowerW: exact(0),
      wue: exact(0.2),
      electricity: { ...llama405b.electricity, water: exact(3) },
    });
    // IT energy 1000 · 0.7 = 700 kWh; facility 840 kWh → 0.2·700 + 3·840 = 140 + 2520
    expect(fp.impacts.water.operational.total!.central).toBeCloseTo(2660, 9);
    expect(fp.impacts.water.embodied.total).toBeNull();
    // Water is the operational criterion (section 8): without a device water figure, it is whole.
    expect(fp.impacts.water.total!.central).toBeCloseTo(2660, 9);
    // … and its two parts are reported apart.
    expect(fp.water.onsite!.central).toBeCloseTo(140, 9);
    expect(fp.water.offsite!.central).toBeCloseTo(2520, 9);
    // An unknown grid leaves the off-site part, and so the criterion, unknown.
    const noGrid = computeRunFootprint({ ...llama405b, flops: null, measuredGpuHours: 1000, wue: exact(0.2), electricity: { ...llama405b.electricity, water: null } });
    expect(noGrid.water.offsite).toBeNull();
    expect(noGrid.impacts.water.total).toBeNull();
  });
  it('idle GPU-hours draw the idle share of power and age the hardware', () => {
    const base = computeRunFootprint({ ...llama405b, flops: null, measuredGpuHours: 100 });
    const idle = computeRunFootprint({ ...llama405b, flops: null, measuredGpuHours: 100, idleGpuHours: 100, idlePowerFraction: 0.1 });
    expect(idle.energyKwh.gpu.central - base.energyKwh.gpu.central).toBeCloseTo(100 * 0.07 * 1.2, 9);
    expect(idle.impacts.gwp.embodied.total!.central).toBeCloseTo(2 * base.impacts.gwp.embodied.total!.central, 9);
  });
});

describe('IT energy and on-site water keep the PUE range out', () => {
  it('exact power and hours give an exact IT energy whatever the PUE range', async () => {
    const { range: r } = await import('../../src/core/range.js');
    const fp = computeRunFootprint({
      ...llama405b,
      flops: null,
      measuredGpuHours: 1000,
      pue: r(1.1, 1.2, 1.5),
      wue: exact(0.5),
      electricity: { ...llama405b.electricity, water: exact(2) },
    });
    const it = 1000 * (0.7 + 1.54 / 8);
    expect(fp.itEnergyKwh.low).toBeCloseTo(it, 9);
    expect(fp.itEnergyKwh.high).toBeCloseTo(it, 9);
    expect(fp.energyKwh.total.low).toBeCloseTo(it * 1.1, 9);
    expect(fp.energyKwh.total.high).toBeCloseTo(it * 1.5, 9);
    // On-site water (0.5 L per IT kWh) is exact; the electricity's (2 L per facility kWh) carries the PUE range.
    expect(fp.impacts.water.operational.total?.low).toBeCloseTo(it * 0.5 + it * 1.1 * 2, 9);
    expect(fp.impacts.water.operational.total?.high).toBeCloseTo(it * 0.5 + it * 1.5 * 2, 9);
  });
});

describe('section 5, exploratory mode: a range of r', () => {
  it('brackets the prompt impact: r high gives the low end, r low the high end', async () => {
    const { range: r } = await import('../../src/core/range.js');
    const flops = workloadFlops({ kind: 'inference', activeParameters: 405e9, promptTokens: 1000, outputTokens: 100, requests: 1 });
    const fp = computeRunFootprint({ ...llama405b, flops, mfu: exact(0.4), cache: { reuseRate: r(0.2, 0.5, 0.8), residual: 0.1 } });
    const expected = (rate: number) => (flops.prompt * (1 - rate + rate * 0.1) + flops.other) / (989e12 * 0.4 * 3600);
    expect(fp.gpuHours.theoretical!.low).toBeCloseTo(expected(0.8), 12);
    expect(fp.gpuHours.theoretical!.central).toBeCloseTo(expected(0.5), 12);
    expect(fp.gpuHours.theoretical!.high).toBeCloseTo(expected(0.2), 12);
    expect(fp.promptImpactFactor).toBeCloseTo(0.55, 12);
  });
});
