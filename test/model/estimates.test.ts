/**
 * Runs use sourced estimates where nothing is published: every catalogue accelerator's manufacturing
 * impacts (tagged), custom accelerators, water in two parts for every grid, CPU-only measurements,
 * and the PUE / WUE a CodeCarbon file was given, applied once.
 */
import { describe, expect, it } from 'vitest';
import { GPUS } from '../../src/data/gpus.js';
import { InputError } from '../../src/inputs/errors.js';
import { loadState } from '../../src/inputs/load.js';
import { MemoryReader } from '../../src/inputs/tree.js';
import { reportJson } from '../../src/outputs/json.js';
import { renderReportMarkdown } from '../../src/outputs/markdown.js';
import { fixture } from '../metrics/helpers.js';

async function load(runs: string, files: Record<string, string> = {}) {
  const reader = new MemoryReader('test', new Map([['m.yml', `version: 1\nruns:\n${runs}`], ...Object.entries(files)]));
  return loadState(reader, { manifests: ['m.yml'] });
}
const jsonRun = async (runs: string, files: Record<string, string> = {}) => reportJson((await load(runs, files)).report).runs[0]!;

describe('every catalogue accelerator in the JSON report', () => {
  it('has GWP, ADPe and PE of one device, each with a range, a unit and a published or estimated tag', async () => {
    const runs = GPUS.map((g) => `  - id: ${g.id}\n    gpuHours: 10\n    hardware: { gpu: ${g.id} }\n    region: FR\n`).join('');
    const report = reportJson((await load(runs)).report);
    expect(report.runs).toHaveLength(GPUS.length);
    for (const run of report.runs) {
      for (const [c, unit] of [['gwp', 'kgCO2e'], ['adpe', 'kgSbeq'], ['pe', 'MJ']] as const) {
        const f = (run.embodiedPerDevice.gpu as Record<string, { low: number; central: number; high: number; unit: string; basis: string; source: string }>)[c];
        expect(f, `${run.id} ${c}`).toBeDefined();
        expect(f!.low <= f!.central && f!.central <= f!.high && f!.low > 0, `${run.id} ${c}`).toBe(true);
        expect(f!.unit).toBe(unit);
        expect(['published', 'estimated']).toContain(f!.basis);
        expect(f!.source.length).toBeGreaterThan(10);
        // The server's non-GPU parts too, for every profile.
        expect((run.embodiedPerDevice.server as Record<string, unknown>)[c], `${run.id} server ${c}`).toBeDefined();
      }
      // So every criterion's total is whole: no lower bound.
      for (const c of ['gwp', 'water', 'adpe', 'pe'] as const) expect(run.impacts[c]!.totalIsLowerBound, `${run.id} ${c}`).toBe(false);
    }
  });

  it('marks an estimated figure in the assumptions and in the comment\'s run table', async () => {
    const state = await load('  - id: serve\n    gpuHours: 100\n    hardware: { gpu: l40s }\n    region: aws:us-east-1\n');
    const labels = state.report.runs[0]!.run.assumptions.map((a) => a.label);
    expect(labels).toEqual(expect.arrayContaining(['GPU embodied (estimated)', 'GPU embodied ADPe (estimated)', 'GPU embodied primary energy (estimated)']));
    const md = renderReportMarkdown(state.report);
    expect(md).toMatch(/\| [\d.,]+ kgCO2e \(est\.\) \|/);
    expect(md).not.toMatch(/n\/a|≥/);
  });
});

describe('a custom accelerator defined inline', () => {
  const acme = (extra: string) =>
    `  - id: acme\n    model: { parameters: 1B }\n    tokens: 10B\n    region: FR\n    hardware: { name: Acme X1, powerW: 500, peakTflops: { bf16: 600, fp8: 1200 }, count: 8${extra} }\n`;

  it('is treated like a catalogue entry: its peak per precision, its power, an estimated embodied figure', async () => {
    const state = await load(acme(', memoryGb: 96, memoryType: HBM3, dieAreaMm2: 700, processNode: 5nm, formFactor: module, precision: fp8'));
    const run = state.report.runs[0]!.run;
    expect(run.gpu).toEqual({ id: 'custom', name: 'Acme X1', precision: 'fp8' });
    expect(run.inputs.peakFlops).toBe(1200e12);
    expect(run.inputs.gpuPowerW.central).toBe(500);
    const json = reportJson(state.report).runs[0]!;
    expect(json.embodiedPerDevice.gpu).toMatchObject({ gwp: { basis: 'estimated' }, adpe: { basis: 'estimated' }, pe: { basis: 'estimated' } });
    expect(run.assumptions.find((a) => a.key === 'gpu')).toMatchObject({ label: 'Accelerator (custom)', source: 'manifest' });
    // The same facts as a catalogue die of 700 mm² at 5 nm give the same estimate.
    const { estimateEmbodied } = await import('../../src/data/embodied-model.js');
    const same = estimateEmbodied({ dies: [{ areaMm2: 700, node: '5nm', count: 1 }], memoryGb: 96, memoryType: 'HBM3', formFactor: 'module' });
    expect(run.inputs.gpuEmbodied.gwp!.central).toBeCloseTo(same.impacts.gwp.central, 9);
  });

  it('says what it assumes for the facts it does not give', async () => {
    const run = (await load(acme(', memoryGb: 96'))).report.runs[0]!.run;
    expect(run.assumptions.find((a) => a.key === 'dieAreaMm2')).toMatchObject({ label: 'Die area (assumed)', unit: 'mm²' });
    expect(run.assumptions.find((a) => a.key === 'acceleratorFacts')?.value).toMatch(/process node .*memory type .*board class/);
    // The source names the fields not given and where the spreads are documented.
    expect(run.assumptions.find((a) => a.key === 'acceleratorFacts')?.source).toBe(
      'not given (hardware.processNode, hardware.memoryType, hardware.formFactor): the spreads of the embodied estimate (docs/data-sources.md#embodied-estimate)',
    );
    expect(run.inputs.gpuEmbodied.gwp!.high).toBeGreaterThan(run.inputs.gpuEmbodied.gwp!.central);
  });

  it('needs its power, peak and memory: a located error names each one missing', async () => {
    const error = await load('  - id: acme\n    gpuHours: 10\n    hardware: { name: Acme X1 }\n').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map((p) => p.field)).toEqual(['runs[0].hardware.powerW', 'runs[0].hardware.peakTflops', 'runs[0].hardware.memoryGb']);
    expect((error as InputError).problems[0]!.message).toBe('is required for the custom accelerator "Acme X1" (no catalogue id)');
  });
});

describe('a GPU the metrics name that the catalogue lacks', () => {
  it('is a located problem that says how to describe it', async () => {
    const csv = 'timestamp,run_id,duration,energy_consumed,gpu_count,gpu_model\n2025-01-01T12:00:00,a,3600,0.3,1,1 x NVIDIA GeForce RTX 3060\n';
    const error = await load('  - id: laptop\n    metrics: e.csv\n', { 'e.csv': csv }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as InputError).problems[0]).toMatchObject({
      field: 'runs[0].hardware.gpu',
      message: 'the GPU the metrics name, "NVIDIA GeForce RTX 3060", is not in the catalogue (metrics: e.csv)',
      hint: 'set hardware.gpu to a catalogue id, or describe the accelerator: hardware: { name, powerW, peakTflops, memoryGb }',
    });
  });
});

describe('hardware.peakTflops', () => {
  it('a number overrides the peak at the run\'s precision; an object per precision, the catalogue filling the rest', async () => {
    const run = (extra: string) => `  - id: r\n    gpuHours: 10\n    region: FR\n    hardware: { gpu: h100-sxm${extra} }\n`;
    expect((await load(run(', peakTflops: 900'))).report.runs[0]!.run.inputs.peakFlops).toBe(900e12);
    const perPrecision = (await load(run(', precision: fp8, peakTflops: { fp8: 1500, bf16: 800 }'))).report.runs[0]!.run;
    expect(perPrecision.inputs.peakFlops).toBe(1500e12);
    expect(perPrecision.assumptions.find((a) => a.key === 'peakFlops')?.source).toBe('manifest');
    const other = (await load(run(', precision: fp8, peakTflops: { bf16: 800 }'))).report.runs[0]!.run;
    expect(other.inputs.peakFlops).toBe(1979e12);
  });
});

describe('water for every grid, in two parts', () => {
  it('a run in DE has off-site water (WRI) and on-site water (the US-survey default range: no provider publishes it)', async () => {
    const run = await jsonRun('  - id: de\n    gpuHours: 100\n    hardware: { gpu: h100-sxm }\n    region: DE\n');
    // IT energy 100 × (0.7 + 1.54 / 8) = 89.25 kWh; PUE 1.2 (default) → 107.1 kWh facility.
    expect(run.water.offsite!.central).toBeCloseTo(107.1 * 1.947, 6);
    expect(run.water.onsite).toMatchObject({ low: 0, high: 89.25 * 1.8 });
    expect(run.water.onsite!.central).toBeCloseTo(89.25 * 0.46, 6);
    expect(run.impacts.water!.total).toBeCloseTo(run.water.offsite!.central + run.water.onsite!.central, 6);
    expect(run.assumptions.find((a) => a.key === 'wue')).toMatchObject({ label: 'On-site WUE (unknown cooling)' });
  });

  it('uses the cooling type given, and the provider\'s published WUE otherwise', async () => {
    const dry = await jsonRun('  - id: d\n    gpuHours: 100\n    hardware: { gpu: h100-sxm }\n    region: DE\n    cooling: dry\n');
    expect(dry.water.onsite!.central).toBe(0);
    const aws = await jsonRun('  - id: a\n    gpuHours: 100\n    hardware: { gpu: h100-sxm }\n    region: aws:eu-central-1\n');
    expect(aws.assumptions.find((a) => a.key === 'wue')).toMatchObject({ label: 'On-site WUE', value: 0.15 });
    const oci = await jsonRun('  - id: o\n    gpuHours: 100\n    hardware: { gpu: h100-sxm }\n    region: oci:eu-frankfurt-1\n');
    expect(oci.assumptions.find((a) => a.key === 'wue')?.source).toMatch(/Oracle Cloud Infrastructure publishes none/);
  });

  it('is n/a only when the grid is unknown: a grid factor given without a region', async () => {
    const state = await load('  - id: g\n    gpuHours: 100\n    hardware: { gpu: h100-sxm }\n    gridIntensity: 0.3\n');
    const run = reportJson(state.report).runs[0]!;
    expect(run.water.offsite).toBeNull();
    expect(run.impacts.water!.total).toBeNull();
    expect(renderReportMarkdown(state.report)).toMatch(/\| Water \| n\/a \|/);
  });
});

describe('CPU-only measurements', () => {
  const CPU_ONLY =
    'timestamp,project_name,run_id,duration,emissions,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_iso_code,cpu_count,cpu_model,gpu_count,gpu_model,pue\n' +
    '2025-01-01T12:00:00,p,a,7200,0.01,42.5,0,10,0.085,0,0.02,0.105,FRA,16,AMD Ryzen 9 7950X,,,1.0\n';

  it('need no GPU: measured energy is reported, GPU-hours do not apply, the server ages over its hours', async () => {
    const state = await load('  - id: cpu\n    metrics: e.csv\n', { 'e.csv': CPU_ONLY });
    const r = state.report.runs[0]!;
    expect(r.run.gpu).toBeNull();
    expect(r.footprint.energyKwh.total.central).toBeCloseTo(0.105 * 1.2, 12); // default PUE 1.2, once
    expect(r.footprint.gpuHours).toMatchObject({ theoretical: null, measured: null, applicable: false });
    expect(r.footprint.gpuHours.used.central).toBe(0);
    // Embodied: the CPU server profile (ADEME rack server, 3,660 kgCO2e) over 2 of its 5 × 8,766 h.
    expect(r.footprint.impacts.gwp.embodied.total!.central).toBeCloseTo((2 / (5 * 24 * 365.25)) * 3660, 9);
    const json = reportJson(state.report).runs[0]!;
    expect(json.gpuHours).toMatchObject({ applicable: false, measured: null, machineHours: 2 });
    expect(renderReportMarkdown(state.report)).toContain('| CPU only | CPU only |');
  });

  it('an Apple SoC in gpu_model is not a GPU', async () => {
    const apple = CPU_ONLY.replace(',,,1.0', ',1,Apple M3,1.0');
    const r = (await load('  - id: mac\n    metrics: e.csv\n', { 'e.csv': apple })).report.runs[0]!;
    expect(r.footprint.gpuHours.applicable).toBe(false);
    expect(r.run.measurementWarnings).toContain('e.csv: Apple M3: a system-on-chip, its integrated GPU is not counted as GPU-hours (its power is in the measured energy)');
  });
});

describe('PUE and WUE set in CodeCarbon', () => {
  it('its PUE is applied once: divided out of the energy it wrote, then used as the run\'s PUE', async () => {
    // codecarbon-emissions.csv: pue 1.1, energy as written 1.75 + 2.5 = 4.25 kWh.
    const state = await load('  - id: ft\n    hardware: { gpu: a100-40gb-sxm }\n    metrics: e.csv\n', { 'e.csv': fixture('codecarbon-emissions.csv').toString('utf8') });
    const r = state.report.runs[0]!;
    expect(r.footprint.energyKwh.total.central).toBeCloseTo(4.25, 12);
    expect(r.run.assumptions.find((a) => a.key === 'pue')).toMatchObject({ label: 'PUE (set in CodeCarbon)', value: { central: 1.1 } });
    // The manifest's own PUE wins, still applied once to the IT energy.
    const own = await load('  - id: ft\n    hardware: { gpu: a100-40gb-sxm }\n    metrics: e.csv\n    pue: 1.3\n', { 'e.csv': fixture('codecarbon-emissions.csv').toString('utf8') });
    expect(own.report.runs[0]!.footprint.energyKwh.total.central).toBeCloseTo((4.25 / 1.1) * 1.3, 12);
  });

  it('its WUE gives the on-site water CodeCarbon wrote (water_consumed), never added twice', async () => {
    // CodeCarbon ≥ 3.0.8: water_consumed = wue × PUE-included energy = 0.5 × 1.2 × 1 kWh = 0.6 L.
    const csv = 'timestamp,run_id,duration,gpu_energy,energy_consumed,water_consumed,gpu_count,gpu_model,pue,wue\n2025-01-01T12:00:00,a,3600,0.9,1.2,0.6,1,1 x NVIDIA L4,1.2,0.5\n';
    const run = await jsonRun('  - id: w\n    metrics: e.csv\n    region: FR\n', { 'e.csv': csv });
    expect(run.water.onsite!.central).toBeCloseTo(0.6, 12);
    expect(run.assumptions.find((a) => a.key === 'wue')).toMatchObject({ label: 'On-site WUE (set in CodeCarbon, per IT kWh)', value: 0.6 });
  });
});
