/**
 * "Why it changed": a base and a head that differ only in their configs, the change attributed to
 * each config value (alone, set on the base), the remainder shown, and both renderings.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { knownTotal } from '../../src/core/footprint.js';
import { loadState } from '../../src/inputs/load.js';
import { MemoryReader } from '../../src/inputs/tree.js';
import { diffReports } from '../../src/model/diff.js';
import { applyMfuHistory } from '../../src/model/mfu-history.js';
import { contributionLine, renderAttribution } from '../../src/outputs/attribution-markdown.js';
import { diffJson } from '../../src/outputs/json.js';
import { renderDiffMarkdown } from '../../src/outputs/markdown.js';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/training-repo');
const example = (file: string) => readFileSync(path.join(EXAMPLE, file), 'utf8');
const MANIFEST = example('footprint.yml').replace('region: aws:us-east-1', 'gridIntensity: 0.4\n  pue: 1.2');
const PRETRAIN = example('configs/pretrain.yaml');
const lineOf = (text: string, re: RegExp) => text.split('\n').findIndex((l) => re.test(l)) + 1;

async function state(files: Record<string, string>) {
  const all = { 'footprint.yml': MANIFEST, 'model/config.json': example('model/config.json'), 'configs/pretrain.yaml': PRETRAIN, 'configs/sft.yaml': example('configs/sft.yaml'), ...files };
  return loadState(new MemoryReader('tree', new Map(Object.entries(all))), { manifests: ['footprint.yml'] });
}
const emissions = (s: Awaited<ReturnType<typeof state>>, id: string) => knownTotal(s.report.runs.find((r) => r.run.id === id)!.footprint.impacts.gwp)!.value.central;

describe('attribution of a change to config values', () => {
  it('one value: its contribution is the whole change, nothing left over', async () => {
    const base = await state({});
    const head = await state({ 'configs/pretrain.yaml': PRETRAIN.replace('global_batch_size: 512', 'global_batch_size: 1024') });
    const diff = diffReports(base.report, head.report);
    const change = diff.runs.find((r) => r.id === 'pretrain-1b')!;
    const b = emissions(base, 'pretrain-1b');
    expect(change.attribution).toMatchObject({
      rule: 'one-at-a-time-from-base',
      contributions: [{ fields: [{ role: 'training', key: 'model.global_batch_size', file: 'configs/pretrain.yaml', line: lineOf(PRETRAIN, /global_batch_size:/), base: 512, head: 1024 }] }],
    });
    // Twice the batch, twice the tokens: every term of the estimate scales with D.
    expect(change.attribution!.contributions[0]!.deltaKg).toBeCloseTo(b, 6);
    expect(change.attribution!.remainderKg).toBeCloseTo(0, 6);
    // The fine-tuning run reads no value that changed.
    expect(diff.runs.find((r) => r.id === 'sft-1b')!.attribution).toBeNull();
  });

  it('two values: each alone from the base, and their interaction as the remainder', async () => {
    const base = await state({});
    const head = await state({ 'configs/pretrain.yaml': PRETRAIN.replace('global_batch_size: 512', 'global_batch_size: 1024').replace('max_steps: 20000', 'max_steps: 25000') });
    const a = diffReports(base.report, head.report).runs.find((r) => r.id === 'pretrain-1b')!.attribution!;
    const b = emissions(base, 'pretrain-1b');
    expect(a.contributions.map((c) => c.fields.map((f) => [f.key, f.base, f.head]))).toEqual([
      [['model.global_batch_size', 512, 1024]],
      [['trainer.max_steps', 20000, 25000]],
    ]);
    expect(a.contributions[0]!.deltaKg).toBeCloseTo(b, 6); // × 2
    expect(a.contributions[1]!.deltaKg).toBeCloseTo(0.25 * b, 6); // × 1.25
    expect(a.totalKg).toBeCloseTo(1.5 * b, 6); // × 2.5
    expect(a.remainderKg).toBeCloseTo(0.25 * b, 6);
  });

  it('a model config value (num_hidden_layers) changes N, and the training config must follow it', async () => {
    const model = example('model/config.json');
    const deeper = model.replace('"num_hidden_layers": 16', '"num_hidden_layers": 24');
    const base = await state({});
    const head = await state({ 'model/config.json': deeper, 'configs/pretrain.yaml': PRETRAIN.replace('num_layers: 16', 'num_layers: 24') });
    const a = diffReports(base.report, head.report).runs.find((r) => r.id === 'pretrain-1b')!.attribution!;
    // Alone, either change makes the two configs disagree: they are set together, and explain the whole change.
    expect(a.contributions).toHaveLength(1);
    expect(a.contributions[0]!.fields.map((f) => [f.role, f.key, f.base, f.head])).toEqual([
      ['model', 'num_hidden_layers', 16, 24],
      ['training', 'model.num_layers', 16, 24],
    ]);
    expect(a.contributions[0]!.deltaKg).toBeCloseTo(a.totalKg, 6);
    expect(a.remainderKg).toBeCloseTo(0, 6);
    // The fine-tuning run reads only config.json: the layer count alone explains all of its change.
    const sft = diffReports(base.report, head.report).runs.find((r) => r.id === 'sft-1b')!.attribution!;
    expect(sft.contributions).toHaveLength(1);
    expect(sft.contributions[0]!.deltaKg).toBeCloseTo(sft.totalKg, 6);
    expect(renderAttribution(diffReports(base.report, head.report).runs)).toContain(
      `  - \`num_hidden_layers\` 16 → 24 (model/config.json:${lineOf(model, /num_hidden_layers/)}) with \`model.num_layers\` 16 → 24 (configs/pretrain.yaml:${lineOf(PRETRAIN, /num_layers:/)}): +`,
    );
  });

  it('with the MFU history applied, a contribution is the value\'s, not the prior\'s', async () => {
    // A measured run on the same GPU (implied MFU about 0.31) sets pretrain-1b's MFU; the calibrated one is lower.
    const measured = '\n  - id: measured-1b\n    tokens: 100B\n    gpuHours: 600\n';
    const withMeasured = (files: Record<string, string>) => state({ 'footprint.yml': MANIFEST + measured, ...files });
    const plainBase = await withMeasured({});
    const plainHead = await withMeasured({ 'configs/pretrain.yaml': PRETRAIN.replace('global_batch_size: 512', 'global_batch_size: 1024') });
    const { base, head } = applyMfuHistory(plainHead.report, plainBase.report);
    const run = base!.runs.find((r) => r.run.id === 'pretrain-1b')!;
    expect(run.run.mfu.origin).toBe('history');
    expect(run.run.inputs.mfu.central).not.toBeCloseTo(run.run.mfu.calibrated!.central, 2);
    const a = diffReports(base, head).runs.find((r) => r.id === 'pretrain-1b')!.attribution!;
    // Twice the batch, twice the tokens at the same (history) MFU: the base's emissions again, nothing left over.
    const b = knownTotal(run.footprint.impacts.gwp)!.value.central;
    expect(a.totalKg).toBeCloseTo(b, 6);
    expect(a.contributions[0]!.deltaKg).toBeCloseTo(b, 6);
    expect(a.remainderKg).toBeCloseTo(0, 6);
  });

  it('runs without configs have no attribution', async () => {
    const manifest = 'version: 1\nruns:\n  - id: a\n    model: { parameters: 1B }\n    tokens: 10B\n    hardware: { gpu: h100-sxm }\n';
    const load = (m: string) => loadState(new MemoryReader('t', new Map([['f.yml', m]])), { manifests: ['f.yml'] });
    const diff = diffReports((await load(manifest)).report, (await load(manifest.replace('10B', '20B'))).report);
    expect(diff.runs[0]!.attribution).toBeNull();
    expect(renderAttribution(diff.runs)).toBeNull();
  });
});

describe('rendering', () => {
  it('the comment lists each value, its place and its effect, then the remainder', async () => {
    const base = await state({});
    const edited = PRETRAIN.replace('global_batch_size: 512', 'global_batch_size: 1024').replace('max_steps: 20000', 'max_steps: 25000');
    const diff = diffReports(base.report, (await state({ 'configs/pretrain.yaml': edited })).report);
    const md = renderDiffMarkdown(diff);
    const b = emissions(base, 'pretrain-1b');
    const kg = (v: number) => `+${Number(v.toPrecision(3))} kgCO2e`;
    expect(md).toContain(
      [
        '**Why it changed** (each config value alone, set on the base):',
        `- pretrain-1b (${kg(1.5 * b)}):`,
        `  - \`model.global_batch_size\` 512 → 1024 (configs/pretrain.yaml:${lineOf(PRETRAIN, /global_batch_size:/)}): ${kg(b)}`,
        `  - \`trainer.max_steps\` 20000 → 25000 (configs/pretrain.yaml:${lineOf(PRETRAIN, /max_steps:/)}): ${kg(0.25 * b)}`,
        `  - other changes and interactions: ${kg(0.25 * b)}`,
      ].join('\n'),
    );
    // In the shortened comment too: it is what a reviewer needs.
    expect(renderDiffMarkdown(diff, { compact: true })).toContain('**Why it changed**');
  });

  it('strings are code spans; an unset value and an effect that cannot be estimated alone say so', () => {
    expect(contributionLine({ fields: [{ role: 'training', key: 'base_model', file: 'sft.yml', line: 1, base: 'a/b', head: undefined }], deltaKg: null })).toBe(
      '`base_model` `a/b` → (unset) (sft.yml:1): n/a (cannot be estimated on its own)',
    );
  });

  it('the JSON diff report carries the attribution (additive field)', async () => {
    const base = await state({});
    const diff = diffReports(base.report, (await state({ 'configs/pretrain.yaml': PRETRAIN.replace('max_steps: 20000', 'max_steps: 40000') })).report);
    const json = diffJson(diff);
    const run = json.runs.find((r) => r.id === 'pretrain-1b')!;
    expect(run.attribution).toEqual({
      rule: 'one-at-a-time-from-base',
      contributions: [
        {
          fields: [{ config: 'training', key: 'trainer.max_steps', file: 'configs/pretrain.yaml', line: lineOf(PRETRAIN, /max_steps:/), base: 20000, head: 40000 }],
          deltaEmissionsKg: expect.closeTo(emissions(base, 'pretrain-1b'), 6),
        },
      ],
      remainderEmissionsKg: expect.closeTo(0, 6),
      totalEmissionsKg: expect.closeTo(emissions(base, 'pretrain-1b'), 6),
    });
    expect(json.runs.find((r) => r.id === 'sft-1b')!.attribution).toBeNull();
  });
});
