/**
 * The CLI in-process (runCli) and as the bundled dist/cli.js: the issue's manifest must print the
 * methodology's worked example (tolerance 1 %), and bad input must exit 2 with located errors.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, runCli } from '../../src/cli.js';

const ISSUE_MANIFEST = `version: 1
defaults: { region: US, pue: 1.2, mfu: 0.4 }
runs:
  - id: llama-405b
    kind: training
    model: { parameters: 405e9 }
    tokens: 15e12
    hardware: { gpu: h100-sxm, count: 24576, precision: bf16 }
    gridIntensity: 0.420
`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-footprint-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / expected;

describe('report --format json on the worked example', () => {
  // The report JSON is checked field by field below.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let json: any;
  beforeAll(async () => {
    const dir = workspace({ 'footprint.yml': ISSUE_MANIFEST });
    const out = await runCli(['report', '--format', 'json', 'footprint.yml'], dir);
    expect(out.code).toBe(0);
    json = JSON.parse(out.stdout);
  });

  it('has schemaVersion 1 and the documented fields per run and in totals', () => {
    expect(json.schemaVersion).toBe(1);
    for (const x of [json.runs[0], json.totals]) {
      expect(x).toHaveProperty('flops');
      expect(x.gpuHours).toHaveProperty('theoretical');
      expect(x.gpuHours).toHaveProperty('measured');
      expect(x).toHaveProperty('energyKwh');
      expect(Object.keys(x.emissionsKg)).toEqual(expect.arrayContaining(['embodied', 'operational', 'total']));
      expect(x.emissionsKg.totalIsLowerBound).toBe(false);
    }
    expect(json.runs[0].id).toBe('llama-405b');
    expect(json.runs[0].gpuHours.measured).toBeNull();
    expect(json.runs[0].breakdown.basis).toBe('theoretical');
  });

  it('reproduces F, GPUh and the GPU and server figures within 1 %', () => {
    const run = json.runs[0];
    const b = run.breakdown;
    expect(run.flops).toBe(3.645e25);
    expect(rel(run.gpuHours.theoretical, 25.59e6)).toBeLessThan(0.01);
    expect(rel(b.energyKwh.gpu, 21.5e6)).toBeLessThan(0.01);
    expect(rel(b.emissionsKg.operational.gpu, 9_030e3)).toBeLessThan(0.01);
    expect(rel(b.emissionsKg.embodied.gpu, 146e3)).toBeLessThan(0.01);
    expect(rel(b.emissionsKg.operational.server, 2_480e3)).toBeLessThan(0.01);
    expect(rel(b.emissionsKg.embodied.server, 736e3)).toBeLessThan(0.01);
    expect(run.emissionsKg.total).toBeCloseTo(run.emissionsKg.operational + run.emissionsKg.embodied, 3);
  });

  it('lists the assumptions with their sources', () => {
    const keys = json.runs[0].assumptions.map((a: { key: string }) => a.key);
    expect(keys).toEqual(expect.arrayContaining(['gpu', 'peakFlops', 'gpuPowerW', 'pue', 'gridIntensity', 'mfu', 'lifetimeYears']));
    const grid = json.runs[0].assumptions.find((a: { key: string }) => a.key === 'gridIntensity');
    expect(grid).toMatchObject({ value: 0.42, source: 'manifest' });
    const peak = json.runs[0].assumptions.find((a: { key: string }) => a.key === 'peakFlops');
    expect(peak.value).toBe(989);
    expect(peak.source).toMatch(/H100/);
  });
});

describe('errors and usage', () => {
  it('exits 2 with file:line:column, field and a suggestion for an unknown GPU', async () => {
    const dir = workspace({ 'bad.yml': ISSUE_MANIFEST.replace('h100-sxm', 'h100-sxm6') });
    await expect(runCli(['report', 'bad.yml'], dir)).rejects.toMatchObject({
      name: 'InputError',
      problems: [expect.objectContaining({ file: 'bad.yml', line: 8, column: 22, field: 'runs[0].hardware.gpu', hint: expect.stringContaining('h100-sxm') })],
    });
  });

  it('rejects an unknown format and a missing manifest list', async () => {
    await expect(runCli(['report', '--format', 'xml', 'a.yml'])).rejects.toThrow(/--format/);
    await expect(runCli(['report'])).rejects.toThrow(/at least one manifest \(or --ledger\)/);
    await expect(runCli(['diff', '--head', 'a.yml'])).rejects.toThrow(/--base/);
  });

  it('diff compares two manifests and marks changed runs', async () => {
    const dir = workspace({ 'base.yml': ISSUE_MANIFEST, 'head.yml': ISSUE_MANIFEST.replace('15e12', '16e12') });
    const out = await runCli(['diff', '--base', 'base.yml', '--head', 'head.yml', '--format', 'json'], dir);
    const json = JSON.parse(out.stdout);
    expect(json.runs).toEqual([expect.objectContaining({ id: 'llama-405b', change: 'changed' })]);
    // Linear in tokens: +1/15 of the base total.
    expect(json.delta.emissionsRatio).toBeCloseTo(1 / 15, 9);
  });
});

describe('--ledger', () => {
  const LEDGER = 'JobID|JobName|State|ElapsedRaw|AllocTRES\n1|final|COMPLETED|3600|gres/gpu:h100=8\n2|x|FAILED|1800|gres/gpu:h100=8\n';
  it('report --ledger FILE (repeatable) without a manifest: the anatomy, every job unclassified', async () => {
    const dir = workspace({ 'a.txt': LEDGER, 'b.txt': LEDGER.replace(/^1\|/m, '3|').replace(/^2\|/m, '4|') });
    const out = await runCli(['report', '--ledger', 'a.txt', '--ledger', 'b.txt', '--format', 'json'], dir);
    const json = JSON.parse(out.stdout);
    expect(json.anatomy.jobs).toEqual({ read: 4, counted: 4, skipped: 0 });
    expect(json.anatomy.files.map((f: { file: string }) => f.file)).toEqual(['a.txt', 'b.txt']);
    expect(json.totals.gpuHours.measured).toBe(2 * (8 + 4));
  });

  it('with a manifest, its rules classify the jobs of --ledger', async () => {
    const dir = workspace({ 'f.yml': 'version: 1\nruns:\n  - { id: r, gpuHours: 1, hardware: { gpu: h100-sxm } }\nrules:\n  - { name: final, component: lm, phase: pretraining, status: final }\n', 'a.txt': LEDGER });
    const out = await runCli(['report', '--ledger', 'a.txt', 'f.yml'], dir);
    expect(out.stdout).toContain('**Final training runs: 66.7 % of GPU time** (8 GPUh of 12 GPUh)');
  });

  it('every command takes --metrics, --ledger and --out, and its --help says so', async () => {
    const dir = workspace({ 'f.yml': 'version: 1\nruns:\n  - { id: r, kind: training, tokens: 1B, model: { parameters: 1B }, hardware: { gpu: h100-sxm } }\n', 'a.txt': LEDGER });
    for (const command of ['report', 'diff', 'card', 'export']) {
      const usage = (await runCli([command, '--help'])).stdout.split('\n\n')[0]!;
      for (const flag of ['--metrics FILE', '--ledger FILE', '--out FILE']) expect(usage, command).toContain(`[${flag}]`);
    }
    // card and export read the ledger's jobs like report does: the ledger groups are runs.
    const csv = await runCli(['export', '--format', 'csv', '--ledger', 'a.txt', 'f.yml'], dir);
    expect(csv.stdout.split('\r\n').filter((l) => l.startsWith('ledger:'))).toHaveLength(2);
  });
});

describe('help and paths', () => {
  it('--help lists every subcommand with an example; each subcommand has its own --help', async () => {
    const help = (await runCli(['--help'])).stdout;
    for (const command of ['report', 'diff', 'card', 'export']) {
      expect(help).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
      expect(help).toMatch(new RegExp(`^ +e\\.g\\. ml-footprint ${command} `, 'm'));
      const own = await runCli([command, '--help']);
      expect(own.code).toBe(0);
      expect(own.stdout).toMatch(new RegExp(`^Usage: ml-footprint ${command} `));
      expect(own.stdout).toMatch(/\nExample:\n {2}ml-footprint /);
      expect((await runCli(['help', command])).stdout).toBe(own.stdout);
    }
    expect((await runCli(['help'])).stdout).toBe(help);
  });

  it('an unknown option names the command\'s usage; an unknown command the general one (exit 2)', async () => {
    const err: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (err.push(chunk), true)) as typeof process.stderr.write;
    try {
      expect(await main(['card', '--frobnicate', 'x.yml'])).toBe(2);
      expect(await main(['frobnicate'])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
    expect(err[0]).toMatch(/^error: Unknown option '--frobnicate'[\s\S]*Usage: ml-footprint card /);
    expect(err[1]).toMatch(/^error: unknown command "frobnicate"[\s\S]*Commands:/);
  });

  it('report and diff give what-if advice, and --no-advice turns it off', async () => {
    const dir = workspace({ 'f.yml': ISSUE_MANIFEST.replace('gridIntensity: 0.420', 'region: aws:us-east-1') });
    expect((await runCli(['report', 'f.yml'], dir)).stdout).toMatch(/^- \*\*llama-405b\*\* in `aws:eu-north-1`: \*\*−[\d.,]+ tCO2e\*\*/m);
    expect((await runCli(['report', '--no-advice', 'f.yml'], dir)).stdout).not.toContain('What if');
    const json = JSON.parse((await runCli(['diff', '--base', 'f.yml', '--head', 'f.yml', '--format', 'json'], dir)).stdout);
    expect(json.advice.map((a: { kind: string }) => a.kind)).toContain('region');
    expect(JSON.parse((await runCli(['diff', '--no-advice', '--base', 'f.yml', '--head', 'f.yml', '--format', 'json'], dir)).stdout).advice).toEqual([]);
  });

  it('reads a manifest anywhere the user points, with its metrics relative to it (../other-repo)', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'ml-footprint-repos-'));
    mkdirSync(path.join(root, 'other-repo', 'metrics'), { recursive: true });
    mkdirSync(path.join(root, 'here'));
    writeFileSync(path.join(root, 'other-repo', 'footprint.yml'), `${ISSUE_MANIFEST}    metrics: metrics/run.json\n`);
    writeFileSync(path.join(root, 'other-repo', 'metrics', 'run.json'), JSON.stringify({ runId: 'llama-405b', gpuHours: 30e6 }));
    const out = await runCli(['report', '--format', 'json', '../other-repo/footprint.yml'], path.join(root, 'here'));
    const json = JSON.parse(out.stdout);
    expect(json.manifests).toEqual(['../other-repo/footprint.yml']);
    expect(json.runs[0].gpuHours.measured).toBe(30e6);
    expect(json.runs[0].measurements).toEqual(['../other-repo/metrics/run.json']);
    // Globs too, and absolute paths.
    const glob = await runCli(['report', '--format', 'json', path.join(root, 'other-repo', '*.yml')], path.join(root, 'here'));
    expect(JSON.parse(glob.stdout).runs).toHaveLength(1);
  });
});

describe('diff --fail-on-budget', () => {
  const withBudget = (fail: string) => `${ISSUE_MANIFEST}budgets:\n  - name: Total cap\n    metric: emissions\n    fail: ${fail}\n  - name: Growth\n    metric: emissions\n    limit: increase-percent\n    warn: 5\n`;
  it('exits 1 on a failed budget and prints the same budget table', async () => {
    const dir = workspace({ 'base.yml': ISSUE_MANIFEST, 'head.yml': withBudget('10M').replace('15e12', '16e12') });
    const out = await runCli(['diff', '--base', 'base.yml', '--head', 'head.yml', '--fail-on-budget'], dir);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('### Budgets');
    expect(out.stdout).toMatch(/\| Total cap \| central \| [\d,.]+ tCO2e \| fail 10,000 tCO2e \| 1\d\d % \| ❌ fail \| llama-405b/);
    expect(out.stdout).toMatch(/\| Growth \| central \| \+6\.67 % \| warn 5 % \| 133 % \| ⚠️ warn \| llama-405b \(\+[\d,.]+ tCO2e\)/);
  });
  it('exits 0 without the flag, and when the budget holds', async () => {
    const dir = workspace({ 'base.yml': ISSUE_MANIFEST, 'head.yml': withBudget('10M'), 'ok.yml': withBudget('20M') });
    expect((await runCli(['diff', '--base', 'base.yml', '--head', 'head.yml'], dir)).code).toBe(0);
    const ok = await runCli(['diff', '--base', 'base.yml', '--head', 'ok.yml', '--fail-on-budget', '--format', 'json'], dir);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).budgets.status).toBe('ok');
  });
});

describe('dist/cli.js (bundled)', () => {
  const cli = path.resolve('dist/cli.js');
  it('prints the markdown report of the bundled example and exits 0', () => {
    const out = execFileSync(process.execPath, [cli, 'report', 'examples/footprint.yml'], { encoding: 'utf8' });
    expect(out).toMatch(/^## ML training footprint/);
    expect(out).toContain('| **Total (6 runs)** |');
    expect(out).not.toMatch(/NaN|undefined|Infinity/);
  });
  it('prints the anatomy of the lab example (3,000 jobs of sacct output) as the README says', () => {
    const out = execFileSync(process.execPath, [cli, 'report', 'examples/lab/footprint.yml'], { encoding: 'utf8' });
    expect(out).toMatch(/^\*\*Final training runs: [\d.]+ % of GPU time\*\* \([\d.]+ k GPUh of [\d.]+ k GPUh\) · 3,000 jobs read from 1 ledger/m);
    expect(out).toContain('```mermaid\nxychart-beta');
    expect(out).not.toMatch(/NaN|undefined|Infinity/);
  });
  it('reports the training-repo example from its configs: every figure names its file, line and key', () => {
    const out = execFileSync(process.execPath, [cli, 'report', 'examples/training-repo/footprint.yml'], { encoding: 'utf8' });
    expect(out).toContain('| **Total (2 runs)** |');
    expect(out).toMatch(/\| Parameters N \| 1,104,218,112 \| examples\/training-repo\/model\/config\.json:\d+ \(model&#95;type\), N counted from the llama architecture \|/);
    expect(out).toMatch(/\| Training steps \| 20,000 steps \| examples\/training-repo\/configs\/pretrain\.yaml:\d+ \(trainer\.max&#95;steps\) \|/);
    expect(out).toMatch(/\| Tokens D \| 41,943,040,000 tokens \| steps × global batch × sequence length \|/);
    expect(out).toMatch(/\| Tokens D \| 1,000,000,000 tokens \| epochs × dataset tokens \|/);
    expect(out).not.toMatch(/NaN|undefined|Infinity/);
  });
  it('exits 2 on bad input with a located message and no stack trace', () => {
    const dir = workspace({ 'bad.yml': 'version: 1\nruns:\n  - id: a\n    tokenz: 5\n' });
    const r = spawnSync(process.execPath, [cli, 'report', 'bad.yml'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: bad\.yml:4:5: runs\[0\]\.tokenz: unknown field "tokenz" \(did you mean "tokens"\?\)/m);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
