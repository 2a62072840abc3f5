/**
 * The exports the field exchanges: the Hugging Face model card's `co2_eq_emissions` block (loads with
 * the yaml package, exactly the Hub's documented keys), BoAmps reports (valid against Boavizta's
 * published JSON Schema, copied under test/fixtures/boamps with its source and licence) and CSV
 * (RFC 4180, read back with csv-parse, columns by name).
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../../src/cli.js';
import { loadState } from '../../src/inputs/load.js';
import { MemoryReader } from '../../src/inputs/tree.js';
import { boampsReport } from '../../src/outputs/boamps.js';
import { CSV_COLUMNS, runsCsv } from '../../src/outputs/csv.js';
import { co2EqEmissions, renderModelCard } from '../../src/outputs/model-card.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const EXAMPLES = path.join(ROOT, 'examples');

async function example() {
  const files = new Map<string, string | Buffer>([['footprint.yml', readFileSync(path.join(EXAMPLES, 'footprint.yml'), 'utf8')]]);
  for (const f of readdirSync(path.join(EXAMPLES, 'metrics'))) files.set(`metrics/${f}`, readFileSync(path.join(EXAMPLES, 'metrics', f)));
  return (await loadState(new MemoryReader('test', files), { manifests: ['footprint.yml'] })).report;
}

/** The Hub's keys: https://huggingface.co/docs/hub/model-cards-co2 ("Carbon footprint metadata"). */
const HUB_KEYS = ['emissions', 'source', 'training_type', 'geographical_location', 'hardware_used'];

describe('model card co2_eq_emissions', () => {
  it('loads with the yaml package and has exactly the Hub\'s keys; emissions in grams', async () => {
    const report = await example();
    const run = report.runs.find((r) => r.run.id === 'pretrain-7b')!;
    const text = renderModelCard([run], 'co2_eq_emissions of run pretrain-7b');
    const doc = parseYaml(text) as { co2_eq_emissions: Record<string, unknown> };
    expect(Object.keys(doc)).toEqual(['co2_eq_emissions']);
    expect(Object.keys(doc.co2_eq_emissions).sort()).toEqual([...HUB_KEYS].sort());
    // Operational emissions, grams: 107,520 GPUh × (700 + 1,540 / 8) W × PUE 1.15 × 0.27048 kgCO2e/kWh.
    const grams = 107_520 * ((700 + 1540 / 8) / 1000) * 1.15 * 0.27048 * 1000;
    expect(doc.co2_eq_emissions.emissions).toBeTypeOf('number');
    expect(Number(doc.co2_eq_emissions.emissions) / grams - 1).toBeLessThan(1e-5);
    expect(Number(doc.co2_eq_emissions.emissions) / grams - 1).toBeGreaterThan(-1e-5);
    expect(doc.co2_eq_emissions).toMatchObject({
      training_type: 'pre-training',
      geographical_location: 'US East (N. Virginia) (aws:us-east-1)',
      hardware_used: '256 × NVIDIA H100 SXM5 80GB, 108 k GPUh',
    });
    expect(doc.co2_eq_emissions.source).toMatch(/embodied hardware emissions \(3\.7 tCO2e\) not included/);
    // Pasted between the front matter's --- lines, it is still one YAML document with the key.
    const readme = `---\nlicense: mit\n${text}---\n# Model\n`;
    expect(parseYaml(readme.split('---\n')[1]!)).toMatchObject({ license: 'mit', co2_eq_emissions: { emissions: doc.co2_eq_emissions.emissions } });
  });

  it('for a component: its training and fine-tuning runs, every status, summed', async () => {
    const report = await example();
    const training = report.runs.filter((r) => r.run.kind === 'training' || r.run.kind === 'fine-tuning');
    const card = co2EqEmissions(training);
    const sum = training.reduce((a, r) => a + r.footprint.impacts.gwp.operational.total!.central, 0);
    expect(card.emissions).toBeCloseTo(Number((sum * 1000).toPrecision(6)), 6);
    expect(card.training_type).toBe('pre-training and fine-tuning');
    expect(card.source).toMatch(/4 runs \(final, ablation, failed\)/);
  });

  it('the CLI prints it for --run and --component, and refuses an inference run', async () => {
    const run = await runCli(['card', '--run', 'pretrain-7b', 'examples/footprint.yml'], ROOT);
    expect(Object.keys((parseYaml(run.stdout) as { co2_eq_emissions: object }).co2_eq_emissions).sort()).toEqual([...HUB_KEYS].sort());
    const component = await runCli(['card', '--component', 'chat-7b', 'examples/footprint.yml'], ROOT);
    expect(component.stdout).toMatch(/^# co2_eq_emissions of component chat-7b/);
    await expect(runCli(['card', '--run', 'serve-chat', 'examples/footprint.yml'], ROOT)).rejects.toThrow(/none is selected/);
    await expect(runCli(['card', '--run', 'nope', 'examples/footprint.yml'], ROOT)).rejects.toThrow(/no run has the id "nope"/);
  });
});

describe('BoAmps export', () => {
  const dir = path.join(HERE, '../fixtures/boamps');
  /**
   * The published schemas are draft-04, whose `id` Ajv 8 reads as `$id`: the one keyword renamed on
   * loading (the files stay as published). They reference each other by that URL.
   */
  const schema = (name: string) => {
    const { id, $schema: _dialect, ...rest } = JSON.parse(readFileSync(path.join(dir, `${name}_schema.json`), 'utf8')) as Record<string, unknown>;
    return { $id: id as string, ...rest };
  };
  const ajv = new Ajv({ strict: false, allErrors: true });
  for (const name of ['algorithm', 'dataset', 'hardware', 'measure']) ajv.addSchema(schema(name));
  const validate = ajv.compile(schema('report'));

  it('the validator is not vacuous: it refuses a report without measures or with a bad enum', () => {
    expect(validate({ task: {}, infrastructure: {} })).toBe(false);
    expect(validate({ task: { taskStage: 't', taskFamily: 'f', algorithms: [{}], dataset: [{ dataUsage: 'x', dataType: 'token' }] }, measures: [{ measurementMethod: 'm', powerConsumption: 1 }], infrastructure: { infraType: 'publicCloud', components: [{ componentType: 'gpu', nbComponent: 1 }] } })).toBe(false);
  });

  it('every run of the example validates against the published schema', async () => {
    const report = await example();
    for (const r of report.runs) {
      const doc = boampsReport(r, { now: new Date('2026-05-01T12:00:00Z') });
      expect(validate(doc), `${r.run.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('says what was measured, where and how well', async () => {
    // The report is checked field by field.
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const report = await example();
    const pretrain = boampsReport(report.runs.find((r) => r.run.id === 'pretrain-7b')!, { now: new Date('2026-05-01T12:00:00Z') }) as Record<string, any>;
    expect(pretrain.header).toMatchObject({ formatVersion: '1.1.0', reportDatetime: '2026-05-01 12:00:00', reportStatus: 'final' });
    expect(pretrain.header.reportId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(pretrain.task).toMatchObject({ taskStage: 'training', algorithms: [{ parametersNumber: 7, quantization: 'bf16' }], dataset: [{ dataUsage: 'input', dataType: 'token', dataQuantity: 2e12 }] });
    // IT energy (before PUE): 107,520 GPUh × (700 + 1,540 / 8) W.
    expect(pretrain.measures[0].powerConsumption).toBeCloseTo(107_520 * 0.8925, 6);
    expect(pretrain.measures[0].measurementDuration).toBe(420 * 3600);
    expect(pretrain.infrastructure).toMatchObject({ infraType: 'publicCloud', cloudProvider: 'aws', components: [{ componentType: 'gpu', nbComponent: 256, memorySize: 80 }] });
    expect(pretrain.environment).toMatchObject({ country: 'US', powerSourceCarbonIntensity: 270.48 });
    const again = boampsReport(report.runs.find((r) => r.run.id === 'pretrain-7b')!) as Record<string, any>;
    expect(again.header.reportId).toBe(pretrain.header.reportId);
    /* eslint-enable @typescript-eslint/no-explicit-any */
  });

  it('the CLI writes one report for one run and an array for several', async () => {
    const one = await runCli(['export', '--format', 'boamps', '--run', 'sft-chat', 'examples/footprint.yml'], ROOT);
    expect(validate(JSON.parse(one.stdout))).toBe(true);
    const all = JSON.parse((await runCli(['export', '--format', 'boamps', 'examples/footprint.yml'], ROOT)).stdout) as unknown[];
    expect(all).toHaveLength(6);
    for (const doc of all) expect(validate(doc)).toBe(true);
    await expect(runCli(['export', 'examples/footprint.yml'], ROOT)).rejects.toThrow(/--format boamps or --format csv/);
  });
});

describe('CSV export', () => {
  it('one row per run, header by name, RFC 4180 quoting, numbers plain', async () => {
    const report = await example();
    const hostile = { ...report.runs[0]!, run: { ...report.runs[0]!.run, name: 'a "quoted", multi\nline name', component: '=HYPERLINK("x")' } };
    const text = runsCsv({ ...report, runs: [hostile, ...report.runs.slice(1)] });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({ id: 'pretrain-7b', name: 'a "quoted", multi\nline name', component: '\'=HYPERLINK("x")', gpu: 'h100-sxm', gpu_count: '256' });
    // Plain numbers: no exponent, no grouping, read back to the same value (15 significant digits).
    expect(rows[0]!.flops).toBe('84000000000000000000000'); // 6 · 7e9 · 2e12
    expect(Number(rows[0]!.gpu_hours_measured)).toBe(107_520);
    const op = report.runs[0]!.footprint.impacts.gwp.operational.total!.central;
    expect(Number(rows[0]!.emissions_operational_kgco2e)).toBeCloseTo(op, 6);
    // The L40S has no published manufacturing figure: its estimate (issue #12) fills the embodied column.
    const serve = report.runs.find((r) => r.run.id === 'serve-chat')!.footprint.impacts.gwp.embodied.total!.central;
    expect(rows.find((r) => r.id === 'serve-chat')).toMatchObject({ emissions_total_is_lower_bound: 'false', gpu_hours_measured: '' });
    expect(Number(rows.find((r) => r.id === 'serve-chat')!.emissions_embodied_kgco2e)).toBeCloseTo(serve, 6);
    for (const row of rows) for (const v of Object.values(row)) expect(v).not.toMatch(/e[+-]\d|NaN|undefined/);
  });

  it('the CLI writes it to --out', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-footprint-csv-'));
    const out = await runCli(['export', '--format', 'csv', '--out', path.join(dir, 'runs.csv'), path.join(ROOT, 'examples/footprint.yml')], dir);
    expect(out.stdout).toBe('');
    expect(parseCsv(readFileSync(path.join(dir, 'runs.csv'), 'utf8'), { columns: true })).toHaveLength(6);
  });
});
