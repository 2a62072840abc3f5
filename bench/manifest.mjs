#!/usr/bin/env node
/**
 * A 1,000-run manifest end to end, in the compiled modules (build/) and through the bundled CLI.
 *
 *   node bench/manifest.mjs            # prints the tables
 *   BENCH_RUNS=5                       # cold runs (one child process each; median reported)
 *   BENCH_MANIFEST_RUNS=1000           # runs in the generated manifest
 *
 * The manifest (.bench-data/manifest-1000.yml) mixes training, fine-tuning and inference-with-cache
 * runs on several catalogue GPUs and regions, with budgets; a changed copy (~5 % of runs edited,
 * 5 removed, 5 added, 2 renamed) is the base for the diff. Stages, each timed on its own:
 *   parse (parseManifest: YAML + zod) → resolve (resolveRun per run) → report (buildReport)
 *   → markdown (renderReportMarkdown) → diff (diffReports vs the changed copy + renderDiffMarkdown)
 *   → JSON (JSON.stringify(reportJson)).
 * "cold" = the first pass in a fresh process (what one CLI/action run pays, JIT warm-up included),
 * median over BENCH_RUNS processes, whose peak RSS is reported; "warm" = median of 5 more passes in
 * one process. Also `loadState` through a MemoryReader (parse + resolve + report, as the CLI does it),
 * and the bundled CLI (`report --format json|markdown`, `diff`) as whole processes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownTable, measureChild, median, rng } from './lib.mjs';
import { builtModule, ensureBuild, fmt, freshBundle, isMain, root } from './support.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.join(root, '.bench-data');

// ------------------------------------------------------------------------------ the manifest

// Catalogue ids (src/data/gpus.ts, src/data/grids.ts): GPUs with bf16, regions of three providers and plain grids.
const GPUS = ['h100-sxm', 'h200-sxm', 'a100-80gb-sxm', 'a100-40gb-sxm', 'l40s', 'l4', 'mi300x', 'b200'];
const REGIONS = ['aws:us-east-1', 'aws:eu-west-3', 'aws:eu-north-1', 'aws:ap-northeast-1', 'gcp:europe-west9', 'gcp:us-central1', 'azure:eastus', 'FR', 'DE', 'SE', 'IN', 'US-CA'];
const COMPONENTS = ['chat-7b', 'chat-70b', 'embedder', 'reranker', 'vision-1b'];
const PARAMS = ['125M', '350M', '1B', '3B', '7B', '13B', '34B', '70B'];

/** One run as YAML lines (a list item). */
function runYaml(i, r, id = `run-${String(i).padStart(4, '0')}`, extra = []) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const gpu = pick(GPUS);
  const region = pick(REGIONS);
  const component = pick(COMPONENTS);
  const params = pick(PARAMS);
  const u = r();
  const lines = [`  - id: ${id}`, `    name: Run ${i} (${component})`, `    component: ${component}`, `    region: ${region}`];
  if (u < 0.45) {
    const status = pick(['final', 'ablation', 'failed', 'exploration', 'debugging']);
    lines.push(
      '    kind: training',
      `    phase: ${status === 'final' ? 'pretraining' : 'experiment'}`,
      `    status: ${status}`,
      `    model: { parameters: ${params} }`,
      `    tokens: ${Math.round(5 + r() * 500)}B`,
      `    hardware: { gpu: ${gpu}, count: ${pick([8, 16, 32, 64, 128])}, precision: bf16 }`,
    );
    if (r() < 0.3) lines.push(`    hours: ${Math.round(10 + r() * 300)}`);
    if (r() < 0.2) lines.push(`    mfu: { low: 0.25, central: ${(0.3 + r() * 0.1).toFixed(2)}, high: 0.5 }`);
    lines.push(`    tags: [${pick(['data', 'arch', 'lr', 'scale'])}]`);
  } else if (u < 0.7) {
    lines.push(
      '    kind: fine-tuning',
      '    phase: post-training',
      `    status: ${pick(['final', 'ablation', 'exploration'])}`,
      `    model: { parameters: ${params}, trainableParameters: ${r() < 0.5 ? params : '40M'} }`,
      `    tokens: ${Math.round(50 + r() * 5000)}M`,
      `    hardware: { gpu: ${gpu}, count: ${pick([1, 2, 4, 8])}, precision: bf16 }`,
    );
  } else {
    lines.push(
      '    kind: inference',
      `    phase: ${pick(['inference', 'evaluation'])}`,
      '    status: final',
      `    model: { parameters: ${params} }`,
      `    requests: ${Math.round(1 + r() * 900)}k`,
      `    promptTokens: ${Math.round(200 + r() * 2000)}`,
      `    outputTokens: ${Math.round(50 + r() * 500)}`,
      `    cache: { reuseRate: ${(r() * 0.8).toFixed(2)}, residual: 0.1 }`,
      `    hardware: { gpu: ${gpu}, count: ${pick([1, 2, 4, 8])} }`,
    );
  }
  return [...lines, ...extra];
}

/**
 * The head manifest and a "base" copy: the base lacks 5 runs (added in the head), has 5 the head
 * removed, 2 under their old ids (renamed in the head via previousId) and ~5 % different token counts.
 */
export function generateManifests(n = 1000) {
  const head = [];
  const base = [];
  for (let i = 0; i < n; i++) {
    const lines = runYaml(i, rng(1000 + i));
    const renamed = i % 400 === 7;
    const headLines = renamed ? [lines[0].replace(/run-(\d+)/, 'renamed-$1'), `    previousId: run-${String(i).padStart(4, '0')}`, ...lines.slice(1)] : lines;
    head.push(...headLines);
    if (i >= n - 5) continue; // added in the head
    base.push(...(i % 20 === 3 ? lines.map((l) => l.replace(/tokens: (\d+)/, (_, t) => `tokens: ${Math.round(Number(t) * 1.1)}`)) : lines));
  }
  for (let k = 0; k < 5; k++) base.push(...runYaml(n + k, rng(5000 + k), `retired-${k}`)); // removed in the head
  const doc = (runs) =>
    [
      '# Generated by bench/manifest.mjs: a synthetic programme of mixed runs.',
      'version: 1',
      'defaults:',
      '  hardware: { precision: bf16 }',
      'budgets:',
      '  - { name: Programme total, metric: emissions, part: operational, warn: 5000000, fail: 9000000 }',
      '  - { name: Growth per PR, metric: emissions, part: operational, limit: increase-percent, warn: 10, fail: 25 }',
      '  - { name: Energy per run, metric: energy, scope: per-run, warn: 500000 }',
      'runs:',
      ...runs,
      '',
    ].join('\n');
  return { head: doc(head), base: doc(base) };
}

function writeManifests(n) {
  mkdirSync(dataDir, { recursive: true });
  const { head, base } = generateManifests(n);
  const headFile = path.join(dataDir, `manifest-${n}.yml`);
  const baseFile = path.join(dataDir, `manifest-${n}-base.yml`);
  writeFileSync(headFile, head);
  writeFileSync(baseFile, base);
  return { headFile, baseFile, headBytes: Buffer.byteLength(head), baseBytes: Buffer.byteLength(base) };
}

// ------------------------------------------------------------------------------ the child

const STAGES = ['parse', 'resolve', 'report', 'markdown', 'diff', 'json'];

async function child(headFile, baseFile, passes) {
  const t0 = process.hrtime.bigint();
  const { parseManifest } = await builtModule('src/inputs/manifest/parse.js');
  const { resolveRun } = await builtModule('src/model/resolve.js');
  const { buildReport } = await builtModule('src/model/report.js');
  const { diffReports } = await builtModule('src/model/diff.js');
  const { renderReportMarkdown, renderDiffMarkdown } = await builtModule('src/outputs/markdown.js');
  const { reportJson } = await builtModule('src/outputs/json.js');
  const { loadState } = await builtModule('src/inputs/load.js');
  const { MemoryReader } = await builtModule('src/inputs/tree.js');
  const importMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const headText = readFileSync(headFile, 'utf8');
  const baseText = readFileSync(baseFile, 'utf8');
  const file = 'footprint.yml';

  const resolveAll = (parsed) =>
    parsed.manifest.runs.map((run, index) => {
      const line = parsed.runLines.get(run.id) ?? 1;
      return resolveRun(run, { file, line, index, measurements: [] });
    });
  const baseReport = buildReport(resolveAll(parseManifest(baseText, file)), [file]);

  const results = [];
  for (let p = 0; p < passes; p++) {
    const ms = {};
    const time = (stage, fn) => {
      const s = process.hrtime.bigint();
      const v = fn();
      ms[stage] = Number(process.hrtime.bigint() - s) / 1e6;
      return v;
    };
    const parsed = time('parse', () => parseManifest(headText, file));
    const runs = time('resolve', () => resolveAll(parsed));
    const report = time('report', () => buildReport(runs, [file]));
    const md = time('markdown', () => renderReportMarkdown(report));
    const diffMd = time('diff', () => renderDiffMarkdown(diffReports(baseReport, report), { baseRef: 'main' }));
    const json = time('json', () => JSON.stringify(reportJson(report), null, 2));
    const s = process.hrtime.bigint();
    const reader = new MemoryReader('workspace', new Map([[file, headText]]));
    const state = await loadState(reader, { manifests: [file] });
    ms.loadState = Number(process.hrtime.bigint() - s) / 1e6;
    if (state.report.runs.length !== report.runs.length) throw new Error('loadState and the stages disagree');
    results.push({ ms, runs: report.runs.length, mdBytes: Buffer.byteLength(md), diffBytes: Buffer.byteLength(diffMd), jsonBytes: Buffer.byteLength(json) });
  }
  console.log(JSON.stringify({ importMs, results, maxRssKb: process.resourceUsage().maxRSS }));
}

// ------------------------------------------------------------------------------ the parent

export async function runManifestBench() {
  const n = Number(process.env.BENCH_MANIFEST_RUNS) || 1000;
  const coldRuns = Number(process.env.BENCH_RUNS) || 5;
  ensureBuild();
  const dist = freshBundle();
  const { headFile, baseFile, headBytes } = writeManifests(n);
  const childArgs = (passes) => [path.join(here, 'manifest.mjs'), '--child', headFile, baseFile, String(passes)];

  const cold = [];
  for (let i = 0; i < coldRuns; i++) {
    const r = await measureChild(process.execPath, childArgs(1));
    if (r.code !== 0 || !r.json) throw new Error(`manifest child failed (${r.code}): ${r.stderr}`);
    cold.push({ ...r.json.results[0], maxRssKb: r.json.maxRssKb, wallMs: r.wallMs, importMs: r.json.importMs });
  }
  const warmChild = await measureChild(process.execPath, childArgs(6));
  if (warmChild.code !== 0 || !warmChild.json) throw new Error(`manifest child failed: ${warmChild.stderr}`);
  const warm = warmChild.json.results.slice(1);
  const first = cold[0];

  const stageRows = [...STAGES, 'loadState'].map((s) => {
    const label = {
      parse: 'parse — parseManifest (YAML + zod)',
      resolve: `resolve — resolveRun × ${first.runs}`,
      report: 'report — buildReport',
      markdown: `markdown — renderReportMarkdown (${(first.mdBytes / 1024).toFixed(0)} KiB)`,
      diff: `diff — diffReports + renderDiffMarkdown (${(first.diffBytes / 1024).toFixed(0)} KiB)`,
      json: `JSON — stringify(reportJson) (${(first.jsonBytes / 1024).toFixed(0)} KiB)`,
      loadState: 'loadState via MemoryReader (parse + resolve + report)',
    }[s];
    return [label, fmt(median(cold.map((c) => c.ms[s])), 1), fmt(median(warm.map((w) => w.ms[s])), 1)];
  });
  const pipelineCold = median(cold.map((c) => STAGES.reduce((a, s) => a + c.ms[s], 0)));
  const pipelineWarm = median(warm.map((w) => STAGES.reduce((a, s) => a + w.ms[s], 0)));
  stageRows.push(['**pipeline (the six stages)**', `**${fmt(pipelineCold, 1)}**`, `**${fmt(pipelineWarm, 1)}**`]);

  // The bundled CLI as a whole process (the same sources, bundled).
  const cli = path.join(dist, 'cli.js');
  const rel = (f) => path.relative(root, f);
  const cliCases = [
    ['report --format json', ['report', '--format', 'json', rel(headFile)]],
    ['report (markdown)', ['report', rel(headFile)]],
    ['diff --base --head (markdown)', ['diff', '--base', rel(baseFile), '--head', rel(headFile)]],
  ];
  const cliRows = [];
  for (const [label, args] of cliCases) {
    const rs = [];
    for (let i = 0; i < coldRuns; i++) {
      const r = await measureChild(process.execPath, [cli, ...args], { rss: true, cwd: root });
      if (r.code !== 0) throw new Error(`cli ${args.join(' ')} failed (${r.code}): ${r.stderr.slice(0, 2000)}`);
      rs.push(r);
    }
    cliRows.push([`node cli.js ${label}`, fmt(median(rs.map((r) => r.wallMs)), 0), fmt(Math.min(...rs.map((r) => r.wallMs)), 0), fmt(median(rs.map((r) => r.maxRssKb ?? NaN)) / 1024, 1), fmt(rs[0].stdout.length / 1024, 0)]);
  }

  const intro = `${first.runs} runs (${(headBytes / 1e6).toFixed(2)} MB of YAML): .bench-data/manifest-${n}.yml, generated deterministically.`;
  const tables = [
    {
      caption: `In-process stages (compiled build/ modules). Cold: first pass in a fresh process, median of ${coldRuns} processes; warm: median of 5 further passes in one process. Peak RSS of the cold processes (module loading included): median ${fmt(median(cold.map((c) => c.maxRssKb)) / 1024, 1)} MB; module import ${fmt(median(cold.map((c) => c.importMs)), 0)} ms.`,
      table: markdownTable(['stage', 'cold ms', 'warm ms'], stageRows, ['l', 'r', 'r']),
    },
    {
      caption: `The bundled CLI (fresh bundle), whole process wall time and peak RSS (/usr/bin/time), ${coldRuns} runs.`,
      table: markdownTable(['command', 'median ms', 'min ms', 'peak RSS MB', 'output KiB'], cliRows, ['l', 'r', 'r', 'r', 'r']),
    },
  ];
  return {
    title: 'Manifest: 1,000 runs end to end',
    intro,
    tables,
    data: { cold, warm, pipelineCold, pipelineWarm, cliRows },
  };
}

export function printResult(res) {
  console.log(`\n## ${res.title}\n\n${res.intro}\n`);
  for (const t of res.tables) console.log(`${t.caption}\n\n${t.table}\n`);
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') await child(argv[1], argv[2], Number(argv[3]));
else if (isMain(import.meta.url)) printResult(await runManifestBench());
