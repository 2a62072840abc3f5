/**
 * Where a run's MFU comes from, through the real loader: the manifest's own value wins (the
 * methodology's worked example is unchanged), training and fine-tuning otherwise use the calibrated
 * model, other runs the methodology's range; the new FLOPs terms (attention, teacher) and
 * recomputation; the origin in the JSON report and in the MFU assumption every renderer shows.
 */
import { describe, expect, it } from 'vitest';
import { reportJson } from '../../src/outputs/json.js';
import { calibratedThroughput, predictMfu } from '../../src/model/throughput.js';
import { requireGpu } from '../../src/data/catalogue.js';
import { loadState } from '../../src/inputs/load.js';
import { MemoryReader } from '../../src/inputs/tree.js';
import { reportOf } from './helpers.js';

const mfuAssumption = (r: { run: { assumptions: readonly { key: string; source: string; value: unknown }[] } }) =>
  r.run.assumptions.find((a) => a.key === 'mfu')!;

describe("the methodology's worked example (section 7) through the loader", () => {
  it('explicit MFU 0.40: F = 3.645e25 and 25.59 M GPU-hours (within 0.1 %), origin manifest', async () => {
    const report = await reportOf('  - id: l405\n    model: { parameters: 405e9 }\n    tokens: 15e12\n    mfu: 0.4\n    hardware: { gpu: h100-sxm }\n    pue: 1.2\n    gridIntensity: 0.42\n');
    const r = report.runs[0]!;
    expect(r.footprint.flops).toBe(3.645e25);
    expect(Math.abs(r.footprint.gpuHours.theoretical!.central / 25.59e6 - 1)).toBeLessThan(0.001);
    expect(r.run.mfu).toMatchObject({ origin: 'manifest', label: 'MFU 0.40, manifest' });
    expect(mfuAssumption(r).source).toBe('manifest');
  });

  it('an mfu under defaults wins too', async () => {
    const text = 'version: 1\ndefaults: { mfu: { low: 0.3, central: 0.35, high: 0.4 } }\nruns:\n  - id: a\n    model: { parameters: 7B }\n    tokens: 1T\n    hardware: { gpu: h100-sxm }\n';
    const { report } = await loadState(new MemoryReader('test', new Map([['m.yml', text]])), { manifests: ['m.yml'] });
    expect(report.runs[0]!.run.mfu.value).toEqual({ low: 0.3, central: 0.35, high: 0.4 });
    expect(report.runs[0]!.run.mfu.origin).toBe('manifest');
  });
});

describe('calibrated MFU', () => {
  it('training without mfu: the calibrated model, named in the label, the assumption and the JSON report', async () => {
    const report = await reportOf('  - id: t8b\n    model: { parameters: 8B }\n    tokens: 15T\n    hardware: { gpu: h100-sxm }\n');
    const r = report.runs[0]!;
    const expected = predictMfu(calibratedThroughput(), {
      gpu: requireGpu('h100-sxm'),
      precision: 'bf16',
      peakTflops: 989,
      activeParameters: 8e9,
      moe: false,
      gpuCount: null,
      recompute: 'none',
      modelFlopsShare: 1,
    }).mfu;
    expect(r.run.mfu.origin).toBe('calibrated');
    expect(r.run.inputs.mfu).toEqual(expected);
    expect(r.run.mfu.label).toMatch(/^MFU 0\.\d\d \(0\.\d\d–0\.\d\d\), calibrated: h100-sxm bf16, 8B dense$/);
    expect(mfuAssumption(r).source).toMatch(/^calibrated: h100-sxm bf16, 8B dense \(realised-throughput model fitted on 14 published runs/);
    const json = reportJson(report).runs[0]!;
    expect(json.mfu).toEqual({ low: expected.low, central: expected.central, high: expected.high, origin: 'calibrated', label: r.run.mfu.label });
    // Theoretical GPU-hours use it: F / (peak · MFU · 3600).
    expect(r.footprint.gpuHours.theoretical!.central).toBeCloseTo(6 * 8e9 * 15e12 / (989e12 * 3600 * expected.central), 0);
  });

  it('inference keeps the methodology range 0.25–0.50', async () => {
    const report = await reportOf('  - id: i\n    kind: inference\n    model: { parameters: 8B }\n    promptTokens: 400\n    hardware: { gpu: h100-sxm }\n');
    expect(report.runs[0]!.run.mfu).toMatchObject({ origin: 'methodology', value: { low: 0.25, central: 0.4, high: 0.5 } });
  });

  it('a MoE, FP8 run on a known GPU count is described as such', async () => {
    const report = await reportOf(
      '  - id: moe\n    model: { parameters: 671B, activeParameters: 37B }\n    tokens: 1T\n    hardware: { gpu: h800-sxm, precision: fp8, count: 2048 }\n',
    );
    expect(report.runs[0]!.run.mfu.label).toMatch(/calibrated: h800-sxm fp8, 37B MoE \(active\), 2,048 GPUs$/);
    expect(mfuAssumption(report.runs[0]!).source).toMatch(/priors: fp8, MoE\)$/);
  });
});

describe('FLOPs terms from the manifest', () => {
  const base = '  - id: r\n    model: { parameters: 8B, layers: 32, hiddenSize: 4096 }\n    tokens: 15T\n    hardware: { gpu: h100-sxm }\n';

  it('seqLen with layers and hiddenSize adds the attention term and names it', async () => {
    const r = (await reportOf(`${base}    seqLen: 8192\n`)).runs[0]!;
    expect(r.run.inputs.flops!.formula).toBe('F = 6 · N · D + 12 · n_layers · d_model · seq_len · D');
    expect(r.footprint.flops).toBe(6 * 8e9 * 15e12 + 12 * 32 * 4096 * 8192 * 15e12);
    expect(r.run.assumptions.find((a) => a.key === 'attentionTerm')!.value).toMatch(/^12 · 32 layers · 4096 d_model · 8192 seq_len/);
  });

  it('without seqLen the term is left out, and the assumption says what is missing', async () => {
    const r = (await reportOf(base)).runs[0]!;
    expect(r.run.inputs.flops!.formula).toBe('F = 6 · N · D');
    expect(r.run.assumptions.find((a) => a.key === 'attentionTerm')!.value).toBe('left out: seqLen unknown');
  });

  it('an online teacher adds 2 · N_teacher · D; precomputed logits add nothing and say why', async () => {
    const online = (await reportOf(`${base}    teacher: { parameters: 70B }\n`)).runs[0]!;
    expect(online.footprint.flops).toBe(6 * 8e9 * 15e12 + 2 * 70e9 * 15e12);
    expect(online.run.inputs.flops!.formula).toBe('F = 6 · N · D + 2 · N_teacher · D');
    const pre = (await reportOf(`${base}    teacher: { parameters: 70B, logits: precomputed }\n`)).runs[0]!;
    expect(pre.footprint.flops).toBe(6 * 8e9 * 15e12);
    expect(pre.run.assumptions.find((a) => a.key === 'teacher')!.value).toMatch(/separate inference run/);
  });

  it('full recomputation leaves F alone and lowers the calibrated MFU to 3/4; an explicit mfu is kept as is', async () => {
    const none = (await reportOf(`${base}    seqLen: 8192\n`)).runs[0]!;
    const full = (await reportOf(`${base}    seqLen: 8192\n    recompute: full\n`)).runs[0]!;
    expect(full.footprint.flops).toBe(none.footprint.flops);
    expect(full.run.mfu.value.central / none.run.mfu.value.central).toBeCloseTo(0.75, 12);
    expect(full.run.mfu.label).toMatch(/full recompute$/);
    // The assumption names where the factor comes from, beside the manifest that asks for it.
    expect(full.run.assumptions.find((a) => a.key === 'recompute')!.source).toBe(
      'manifest; Korthikanti et al., "Reducing Activation Recomputation in Large Transformer Models" (arXiv:2205.05198, MLSys 2023) (2022)',
    );
    const explicit = (await reportOf(`${base}    seqLen: 8192\n    recompute: full\n    mfu: 0.3\n`)).runs[0]!;
    expect(explicit.run.inputs.mfu.central).toBe(0.3);
  });

  it('the new fields are validated with located errors', async () => {
    await expect(reportOf(`${base}    recompute: partial\n`)).rejects.toThrow(/recompute/);
    await expect(reportOf(`${base}    teacher: { logits: online }\n`)).rejects.toThrow(/teacher\.parameters/);
    await expect(reportOf(`${base}    seqLen: 0\n`)).rejects.toThrow(/seqLen/);
  });
});
