/** The loader: manifests and metrics from a tree, attachment by run id, problems gathered across files. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/errors.js';
import { loadState } from '../../src/inputs/load.js';
import { MemoryReader } from '../../src/inputs/tree.js';

const run = (id: string, extra = '') => `  - id: ${id}\n    hardware: { gpu: h100-sxm, count: 8 }\n    model: { parameters: 1B }\n    tokens: 10B\n    gridIntensity: 0.4\n${extra}`;
const metricsJson = (runId: string, energyKwh: number) => JSON.stringify({ runId, gpuCount: 8, hours: 2, energyKwh });

function reader(files: Record<string, string>) {
  return new MemoryReader('test tree', new Map(Object.entries(files)));
}

describe('loadState', () => {
  it('attaches metrics by run id and by the run\'s own metrics path (relative to the manifest)', async () => {
    const state = await loadState(
      reader({
        'ml/footprint.yml': `version: 1\nruns:\n${run('a')}${run('b', '    metrics: logs/b.json\n')}`,
        'metrics/a.json': metricsJson('a', 40),
        'ml/logs/b.json': metricsJson('b', 10),
      }),
      { manifests: ['ml/*.yml'], metrics: ['metrics/*.json'] },
    );
    const [a, b] = state.report.runs;
    expect(a!.footprint.basis).toBe('measured-energy');
    expect(a!.footprint.energyKwh.gpu.central).toBeCloseTo(40 * a!.run.inputs.pue.central, 9);
    expect(a!.footprint.gpuHours.measured).toBe(16);
    expect(b!.run.measurements).toEqual(['ml/logs/b.json']);
    expect(state.notes).toEqual([]);
  });

  it('notes metrics that match no run instead of failing', async () => {
    const state = await loadState(
      reader({ 'f.yml': `version: 1\nruns:\n${run('a')}${run('b')}`, 'x.json': metricsJson('zzz', 1) }),
      { manifests: ['f.yml'], metrics: ['x.json'] },
    );
    expect(state.notes).toEqual([{ file: 'x.json', message: 'run id "zzz" matches no run in the manifests; its measurements are not used.' }]);
  });

  it('gathers the problems of every file and refuses ids repeated across manifests', async () => {
    const err = await loadState(
      reader({
        'a.yml': `version: 1\nruns:\n${run('same')}`,
        'b.yml': `version: 1\nruns:\n${run('same')}`,
        'c.yml': 'version: 1\nruns:\n  - id: c\n    kindd: training\n',
      }),
      { manifests: ['*.yml'] },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const problems = (err as InputError).problems.map((p) => `${p.file}:${p.line} ${p.message}`);
    expect(problems).toEqual([
      'c.yml:4 unknown field "kindd"',
      'b.yml:3 run id "same" is also used at a.yml:3; ids must be unique across manifests',
    ]);
  });

  it('a missing run field is named with its line', async () => {
    const err = (await loadState(reader({ 'f.yml': 'version: 1\nruns:\n  - id: a\n    hardware: { gpu: h100-sxm }\n    tokens: 1T\n' }), {
      manifests: ['f.yml'],
    }).catch((e: unknown) => e)) as InputError;
    expect(err.problems).toEqual([
      expect.objectContaining({ file: 'f.yml', field: 'runs[0].model.parameters', message: expect.stringMatching(/^is required for a training run/) }),
    ]);
  });

  it('in the base tree an absent manifest is no error (requireMatches: false)', async () => {
    const state = await loadState(reader({}), { manifests: ['footprint.yml'], requireMatches: false });
    expect(state.report.runs).toEqual([]);
    expect(state.manifests).toEqual([]);
  });
  it('in the head an absent manifest is an error', async () => {
    await expect(loadState(reader({}), { manifests: ['footprint.yml'] })).rejects.toBeInstanceOf(InputError);
  });
});

describe('MoE', () => {
  it('trains on the active parameters: 6 · N_a · D', async () => {
    const text = 'version: 1\nruns:\n  - id: moe\n    model: { parameters: 46.7B, activeParameters: 12.9B }\n    tokens: 1T\n    hardware: { gpu: h100-sxm }\n';
    const state = await loadState(reader({ 'f.yml': text }), { manifests: ['f.yml'] });
    expect(state.report.runs[0]!.footprint.flops).toBeCloseTo(6 * 12.9e9 * 1e12, -10);
  });
});

describe('a metrics file shared by several runs', () => {
  it('gives each run only its own measurements (by runId), read once', async () => {
    const both = JSON.stringify([
      { runId: 'a', gpuCount: 8, gpuHours: 100, energyKwh: 50 },
      { runId: 'b', gpuCount: 1, gpuHours: 1, energyKwh: 1 },
    ]);
    const text = `version: 1\ndefaults:\n  metrics: m.json\n  hardware: { gpu: h100-sxm }\n  gridIntensity: 0.4\nruns:\n  - id: a\n  - id: b\n`;
    const state = await loadState(reader({ 'f.yml': text, 'm.json': both }), { manifests: ['f.yml'] });
    const [a, b] = state.report.runs;
    expect(a!.footprint.gpuHours.measured).toBe(100);
    expect(b!.footprint.gpuHours.measured).toBe(1);
    expect(b!.run.inputs.measuredEnergy?.kwh).toBe(1);
  });
});

describe('review fixes', () => {
  it('an amortisation naming an unknown or non-inference run is refused at its field', async () => {
    const text = 'version: 1\nruns:\n  - id: t\n    model: { parameters: 1B }\n    tokens: 1B\n    hardware: { gpu: h100-sxm }\n    amortisation: { expectedRequests: 1M, inferenceRun: serv }\n';
    const err = (await loadState(reader({ 'f.yml': text }), { manifests: ['f.yml'] }).catch((e: unknown) => e)) as InputError;
    expect(err.problems).toEqual([expect.objectContaining({ line: 7, field: 'runs[0].amortisation.inferenceRun', message: 'no run has the id "serv"' })]);
  });
  it('an inference run needs a token count', async () => {
    const text = 'version: 1\nruns:\n  - id: i\n    kind: inference\n    model: { parameters: 1B }\n    requests: 10\n    hardware: { gpu: h100-sxm }\n';
    const err = (await loadState(reader({ 'f.yml': text }), { manifests: ['f.yml'] }).catch((e: unknown) => e)) as InputError;
    expect(err.problems[0]).toMatchObject({ field: 'runs[0].promptTokens', message: expect.stringMatching(/^or outputTokens is required/) });
  });
  it('a metrics file\'s region the catalogue does not know falls back to the world average, said so', async () => {
    const text = 'version: 1\nruns:\n  - id: a\n    hardware: { gpu: h100-sxm }\n    metrics: m.json\n';
    const m = JSON.stringify({ runId: 'a', gpuCount: 1, hours: 1, region: 'moon-base-1' });
    const state = await loadState(reader({ 'f.yml': text, 'm.json': m }), { manifests: ['f.yml'] });
    const assumptions = state.report.runs[0]!.run.assumptions;
    expect(assumptions.find((x) => x.key === 'region')?.value).toBe('moon-base-1 not in the catalogue: world average used');
    expect(assumptions.find((x) => x.key === 'gridIntensity')?.label).toMatch(/World/);
  });
  it('a metrics file\'s grid area is used', async () => {
    const text = 'version: 1\nruns:\n  - id: a\n    hardware: { gpu: h100-sxm }\n    metrics: m.json\n';
    const m = JSON.stringify({ runId: 'a', gpuCount: 1, hours: 1, region: 'US-VA' });
    const state = await loadState(reader({ 'f.yml': text, 'm.json': m }), { manifests: ['f.yml'] });
    expect(state.report.runs[0]!.run.assumptions.find((x) => x.key === 'gridIntensity')?.label).toMatch(/US-VA/);
  });
  it('measured zero hours next to real work warn', async () => {
    const text = 'version: 1\nruns:\n  - id: a\n    model: { parameters: 1B }\n    tokens: 1B\n    gpuHours: 0\n    hardware: { gpu: h100-sxm }\n';
    const state = await loadState(reader({ 'f.yml': text }), { manifests: ['f.yml'] });
    expect(state.report.runs[0]!.footprint.warnings.map((w) => w.code)).toEqual(['measured-zero']);
  });
});
