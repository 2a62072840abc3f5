#!/usr/bin/env node
/**
 * Cold start of the bundled action on examples/footprint.yml for a `push` event (no PR, so no
 * comment: the GitHub client must not load), beside `node -e 0` and the bundled CLI on the same
 * manifest. Then where the time goes: what the entry bundle holds, and what it evaluates at start.
 *
 *   node bench/cold-start.mjs
 *   BENCH_COLD_RUNS=15                 # runs per command (interleaved; median reported; ≥ 10)
 *   BENCH_COLD_VARIANTS="label=DIR;…"  # also time other bundles (e.g. prototypes) on the same runs
 *   BENCH_COLD_MINIFY=0                # skip the `minify: true` variant (on by default)
 *   BENCH_COLD_ANALYSE=0               # skip the breakdown (two extra ncc builds)
 *   BENCH_COLD_ANALYSE_SRC=DIR         # analyse another source tree (a prototype) instead of the repo's
 *
 * Runner environment as the GitHub runner sets it: action.yml input defaults (token included),
 * INPUT_MANIFESTS, GITHUB_EVENT_NAME=push, GITHUB_EVENT_PATH (a `{}` file), GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY temp files, GITHUB_WORKSPACE=repo root, RUNNER_TEMP. Whole-process wall time
 * (spawn to exit) and peak RSS (/usr/bin/time).
 *
 * The breakdown builds the entry with ncc exactly as scripts/bundle.mjs does, plus webpack stats
 * (module → package), and runs an instrumented copy that timestamps every module evaluation and every
 * concatenated module's top level; time is attributed to the package whose code was running.
 * Last, the steps of run() one by one in a fresh process (compiled build/ modules, first calls, so
 * JIT warm-up included), and what the first use of ICU (Intl.NumberFormat, localeCompare) costs.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { markdownTable, measureChild, median } from './lib.mjs';
import { builtModule, ensureBuild, fmt, freshBundle, isMain, percentile, root } from './support.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// The options of scripts/bundle.mjs (kept in sync by hand; the analysis checks it reproduces the bundle).
const NCC_OPTIONS = { minify: false, sourceMap: false, quiet: true, target: 'es2023', cache: false };

/** The runner's environment for a push, in a fresh temp dir; returns { env, dir }. */
export function pushEnv(workspace = root) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-footprint-cold-'));
  const files = {
    GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_PATH: path.join(dir, 'path'),
  };
  writeFileSync(files.GITHUB_EVENT_PATH, '{}\n');
  for (const f of Object.values(files).slice(1)) writeFileSync(f, '');
  mkdirSync(path.join(dir, 'runner-temp'));
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|STATE_)/i.test(k)) env[k] = v;
  const action = parseYaml(readFileSync(path.join(root, 'action.yml'), 'utf8'));
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    if (spec?.default === undefined || spec.default === null) continue;
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/, 'ghs_benchFakeToken000000000000000000000');
  }
  Object.assign(env, {
    INPUT_MANIFESTS: 'examples/footprint.yml',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'octo-org/ml-training',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_RUN_ID: '9100000001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: path.join(dir, 'runner-temp'),
    RUNNER_OS: 'Linux',
    ...files,
  });
  return { env, dir, files };
}

/** Hook (node --import) that lists the bundle chunks a run loads, written to CHUNK_LOG at exit. */
const CHUNK_HOOK = `data:text/javascript,${encodeURIComponent(`
import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
const loaded = [];
registerHooks({ load(url, context, next) { if (/\\/\\d+\\.index\\.js$/.test(url)) loaded.push(url.split('/').pop()); return next(url, context); } });
process.on('exit', () => writeFileSync(process.env.CHUNK_LOG, JSON.stringify(loaded)));
`)}`;

/** One push run with the chunk hook: exit code, outputs, chunks loaded. */
async function checkPushRun(dist) {
  const { env, dir, files } = pushEnv();
  try {
    env.CHUNK_LOG = path.join(dir, 'chunks.json');
    const r = await measureChild(process.execPath, ['--import', CHUNK_HOOK, path.join(dist, 'index.js')], { env, cwd: root });
    const chunks = JSON.parse(readFileSync(env.CHUNK_LOG, 'utf8'));
    const output = readFileSync(files.GITHUB_OUTPUT, 'utf8');
    const total = /total-kgco2e<<(\S+)\n(.*)\n/.exec(output)?.[2] ?? null;
    return { code: r.code, chunks, total, summaryBytes: readFileSync(files.GITHUB_STEP_SUMMARY).length, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Interleaved timing of several commands (round robin, so drift and noise hit all alike). */
async function timeCommands(commands, runs) {
  const results = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, c] of commands.entries()) {
      const { env, dir } = c.env ? pushEnv() : { env: process.env, dir: null };
      const r = await measureChild(c.argv[0], c.argv.slice(1), { env, cwd: root, rss: true });
      if (dir) rmSync(dir, { recursive: true, force: true });
      if (r.code !== 0) throw new Error(`${c.label} failed (${r.code}): ${r.stderr.slice(0, 2000)}`);
      results[k].push(r);
    }
  }
  return results.map((rs, k) => {
    const ms = rs.map((r) => r.wallMs);
    return { label: commands[k].label, median: median(ms), min: Math.min(...ms), p90: percentile(ms, 90), rssMb: median(rs.map((r) => r.maxRssKb ?? NaN)) / 1024 };
  });
}

// ------------------------------------------------------------------------------ breakdown

function packageOf(name) {
  if (!name) return '(unknown)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name);
  if (m) return m[1];
  if (/^external /.test(name)) return 'node built-in modules';
  if (/(^|\/)src\//.test(name)) return 'src';
  if (name.startsWith('webpack/')) return 'webpack runtime';
  return name;
}

/** ncc build of src/index.ts with stats; { code, assets, modules: id → {name,size}, chunks } */
async function nccWithStats(minify = false, srcRoot = root) {
  const { default: ncc } = await import('@vercel/ncc');
  const r = await ncc(path.join(srcRoot, 'src/index.ts'), { ...NCC_OPTIONS, minify });
  const j = r.stats.toJson({ modules: true, chunks: true, chunkModules: true, reasons: false, source: false });
  const modules = new Map();
  for (const m of j.modules ?? []) modules.set(String(m.id), { name: m.name, size: m.size });
  return { code: r.code, assets: r.assets, modules, chunks: j.chunks ?? [] };
}

function writeBundle(dir, code, assets) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.js'), code);
  for (const [name, a] of Object.entries(assets)) writeFileSync(path.join(dir, name), a.source);
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
}

/** Bytes per package in each chunk. */
function composition(chunks) {
  return chunks.map((c) => {
    const bytes = new Map();
    const walk = (mods) => {
      for (const m of mods) {
        if (m.modules) walk(m.modules);
        else bytes.set(packageOf(m.name), (bytes.get(packageOf(m.name)) ?? 0) + (m.size ?? 0));
      }
    };
    walk(c.modules ?? []);
    return { files: c.files ?? [], initial: c.initial, size: c.size, packages: [...bytes].sort((a, b) => b[1] - a[1]) };
  });
}

/** Inserts timestamps into an ncc bundle: module evaluations and concatenated modules' top levels. */
function instrument(code) {
  const call = '__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);';
  if (!code.includes(call)) return null;
  const head = 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";';
  if (!code.startsWith(head)) return null;
  const prelude = `${head}
globalThis.__cs = [['start', performance.now()]];
globalThis.__csMark = (p) => globalThis.__cs.push(['mark', performance.now(), p]);
process.on('exit', () => { globalThis.__cs.push(['end', performance.now()]); __WEBPACK_EXTERNAL_createRequire(import.meta.url)('node:fs').writeFileSync(process.env.CS_TRACE, JSON.stringify(globalThis.__cs)); });
`;
  return (
    prelude +
    code
      .slice(head.length)
      .replace(call, `globalThis.__cs.push(['enter', performance.now(), String(moduleId)]); try { ${call} } finally { globalThis.__cs.push(['exit', performance.now()]); }`)
      .replace(/^;\/\/ CONCATENATED MODULE: (.+)$/gm, (line, p) => `;globalThis.__csMark(${JSON.stringify(p)});\n${line}`)
  );
}

/** `src/x.ts` for a module of the sources (`./src/x.ts + 3 modules`, `../../tmp/proto/src/x.ts`), else null. */
function srcFile(name) {
  return name.includes('node_modules') ? null : (/(?:^|\/)(src\/[^\s]+)/.exec(name)?.[1] ?? null);
}

/** Time per label (a package, or a file of src/) from a trace: whose code ran between consecutive events. */
function attribute(trace, modules) {
  const out = new Map();
  const add = (k, ms) => out.set(k, (out.get(k) ?? 0) + ms);
  const stack = ['webpack runtime'];
  let last = trace[0][1];
  for (const ev of trace.slice(1)) {
    add(stack[stack.length - 1], ev[1] - last);
    last = ev[1];
    if (ev[0] === 'enter') {
      const name = modules.get(ev[2])?.name ?? '';
      stack.push(srcFile(name) ?? packageOf(name));
    }
    else if (ev[0] === 'exit') stack.pop();
    else if (ev[0] === 'mark') stack[stack.length - 1] = /(^|\/)src\/index\.ts$/.test(ev[2]) ? 'run()' : srcFile(ev[2]) ?? packageOf(ev[2]);
  }
  return { first: trace[0][1], byLabel: out, total: trace[trace.length - 1][1] };
}

async function breakdown(freshDist) {
  const srcRoot = process.env.BENCH_COLD_ANALYSE_SRC ? path.resolve(process.env.BENCH_COLD_ANALYSE_SRC) : root;
  const analysed = await nccWithStats(false, srcRoot);
  const same = analysed.code === readFileSync(path.join(freshDist, 'index.js'), 'utf8');
  const comp = composition(analysed.chunks);
  const entry = comp.find((c) => c.initial);
  const lazy = comp.filter((c) => !c.initial).sort((a, b) => b.size - a.size);
  const kib = (b) => fmt(b / 1024, 0);

  const compRows = entry.packages.slice(0, 10).map(([p, b]) => [p, kib(b), `${fmt((100 * b) / entry.size, 0)} %`]);
  const rest = entry.packages.slice(10).reduce((a, [, b]) => a + b, 0);
  if (rest) compRows.push([`${entry.packages.length - 10} more`, kib(rest), `${fmt((100 * rest) / entry.size, 0)} %`]);
  const lazyRows = lazy.map((c) => [c.files.join(', '), kib(c.size), c.packages.slice(0, 4).map(([p]) => p).join(', ')]);

  // Instrumented runs.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-footprint-cold-inst-'));
  try {
    const code = instrument(analysed.code);
    if (!code) return { same, srcRoot, entrySize: entry.size, compRows, lazyRows, timeline: null };
    writeBundle(dir, code, analysed.assets);
    const traces = [];
    for (let i = 0; i < 7; i++) {
      const { env, dir: d } = pushEnv();
      env.CS_TRACE = path.join(d, 'trace.json');
      const r = await measureChild(process.execPath, [path.join(dir, 'index.js')], { env, cwd: root });
      if (r.code !== 0) throw new Error(`instrumented run failed: ${r.stderr}`);
      traces.push(attribute(JSON.parse(readFileSync(env.CS_TRACE, 'utf8')), analysed.modules));
      rmSync(d, { recursive: true, force: true });
    }
    const labels = new Set(traces.flatMap((t) => [...t.byLabel.keys()]));
    const med = (f) => median(traces.map(f));
    const rows = [...labels]
      .map((l) => [l, med((t) => t.byLabel.get(l) ?? 0)])
      .filter(([l]) => l !== 'run()')
      .sort((a, b) => b[1] - a[1]);
    const imports = rows.reduce((a, [, v]) => a + v, 0);
    const timeline = [
      ['process start → first line of index.js (node bootstrap, read + compile the bundle)', fmt(med((t) => t.first), 1)],
      ...rows.filter(([, v]) => v >= 0.5).map(([l, v]) => [`  evaluating ${l}`, fmt(v, 1)]),
      [`  evaluating ${rows.filter(([, v]) => v < 0.5).length} more packages or files (< 0.5 ms each)`, fmt(rows.filter(([, v]) => v < 0.5).reduce((a, [, v]) => a + v, 0), 1)],
      ['module evaluation before run() (sum of the above)', fmt(imports, 1)],
      ['run(): inputs, manifest + 3 metrics files, report, summary, outputs', fmt(med((t) => t.byLabel.get('run()') ?? 0), 1)],
      ['**first line → exit**', `**${fmt(med((t) => t.total - t.first), 1)}**`],
    ];
    return { same, srcRoot, entrySize: entry.size, compRows, lazyRows, timeline };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------ run() step by step

/** In a fresh process: the steps of run() on examples/footprint.yml, each a first call. */
async function stagesChild() {
  const t0 = performance.now();
  const { WorkspaceReader } = await builtModule('src/inputs/tree.js');
  const { readMeasurements } = await builtModule('src/inputs/load.js');
  const { parseManifest } = await builtModule('src/inputs/manifest/parse.js');
  const { resolveRun } = await builtModule('src/model/resolve.js');
  const { buildReport } = await builtModule('src/model/report.js');
  const { diffReports } = await builtModule('src/model/diff.js');
  const { loadBudgets } = await builtModule('src/inputs/budgets.js');
  const { evaluateBudgets } = await builtModule('src/model/budget.js');
  const { renderBudgetTable } = await builtModule('src/outputs/budget-markdown.js');
  const { renderDiffMarkdown } = await builtModule('src/outputs/markdown.js');
  const { diffJson } = await builtModule('src/outputs/json.js');
  const ms = { import: performance.now() - t0 };
  let t = performance.now();
  const lap = (k) => {
    const n = performance.now();
    ms[k] = n - t;
    t = n;
  };
  const reader = new WorkspaceReader(root);
  const file = 'examples/footprint.yml';
  const parsed = parseManifest(await reader.readText(file, 4 << 20), file);
  lap('parse');
  const byRun = new Map();
  for (const run of parsed.manifest.runs) {
    if (!run.metrics) continue;
    const s = performance.now();
    const m = await readMeasurements(reader, path.posix.join('examples', run.metrics));
    ms[`metrics:${path.basename(run.metrics)}`] = performance.now() - s;
    byRun.set(run.id, m);
  }
  lap('metrics');
  const runs = parsed.manifest.runs.map((run, index) => resolveRun(run, { file, line: parsed.runLines.get(run.id) ?? 1, index, measurements: byRun.get(run.id) ?? [] }));
  const report = buildReport(runs, [file]);
  lap('resolve');
  const diff = diffReports(null, report);
  const outcome = evaluateBudgets(await loadBudgets(reader, [parsed], undefined), diff, { overridden: false });
  lap('budgets');
  const md = renderDiffMarkdown(diff, { budgetSection: renderBudgetTable(outcome), budgetHeadline: outcome.headline });
  lap('markdown');
  JSON.stringify(diffJson(diff, { budgets: outcome }), null, 2);
  lap('json');
  console.log(JSON.stringify({ ms, mdBytes: md.length }));
}

/** First use of ICU in a fresh process: a Collator (localeCompare), then a NumberFormat. */
const ICU_PROBE = `const t0 = performance.now(); 'a'.localeCompare('b'); const t1 = performance.now();
(1234.5).toLocaleString('en-US', { maximumFractionDigits: 1 }); const t2 = performance.now();
for (let i = 0; i < 200; i++) (1234.5 + i).toLocaleString('en-US', { maximumFractionDigits: i % 7, minimumFractionDigits: 0 });
const t3 = performance.now();
console.log(JSON.stringify({ collator: t1 - t0, numberFormat: t2 - t1, perCall: (t3 - t2) / 200 }));`;

async function runStages() {
  ensureBuild();
  const runs = [];
  const icu = [];
  for (let i = 0; i < 7; i++) {
    const r = await measureChild(process.execPath, [path.join(here, 'cold-start.mjs'), '--stages'], { cwd: root });
    if (r.code !== 0 || !r.json) throw new Error(`stages child failed: ${r.stderr}`);
    runs.push(r.json.ms);
    const p = await measureChild(process.execPath, ['-e', ICU_PROBE]);
    icu.push(p.json);
  }
  const med = (k) => median(runs.map((m) => m[k] ?? 0));
  const metricsKeys = Object.keys(runs[0]).filter((k) => k.startsWith('metrics:'));
  const rows = [
    ['importing the compiled modules (ESM, unbundled: not what the bundle pays)', fmt(med('import'), 1)],
    ['parseManifest(examples/footprint.yml): YAML + zod, first call', fmt(med('parse'), 1)],
    ...metricsKeys.map((k) => [`  reading ${k.slice(8)}`, fmt(med(k), 1)]),
    ['reading the 3 metrics files (first reads)', fmt(med('metrics'), 1)],
    ['resolveRun × 6 + buildReport', fmt(med('resolve'), 1)],
    ['diffReports + loadBudgets + evaluateBudgets', fmt(med('budgets'), 1)],
    ['renderBudgetTable + renderDiffMarkdown (first number formatting: ICU)', fmt(med('markdown'), 1)],
    ['diffJson + JSON.stringify', fmt(med('json'), 1)],
    ['**run() steps (without the import)**', `**${fmt(['parse', 'metrics', 'resolve', 'budgets', 'markdown', 'json'].reduce((a, k) => a + med(k), 0), 1)}**`],
  ];
  const icuRow = {
    collator: median(icu.map((x) => x.collator)),
    numberFormat: median(icu.map((x) => x.numberFormat)),
    perCall: median(icu.map((x) => x.perCall)),
  };
  return { rows, icu: icuRow };
}

// ------------------------------------------------------------------------------ main

export async function runColdStartBench() {
  const runs = Math.max(10, Number(process.env.BENCH_COLD_RUNS) || 15);
  const dist = freshBundle();
  const check = await checkPushRun(dist);
  if (check.code !== 0 || check.total === null) throw new Error(`the action failed on push (${check.code}): ${check.stderr}`);

  const variants = [];
  const cleanup = [];
  if (process.env.BENCH_COLD_MINIFY !== '0') {
    const { default: ncc } = await import('@vercel/ncc');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-footprint-cold-min-'));
    cleanup.push(dir);
    const r = await ncc(path.join(root, 'src/index.ts'), { ...NCC_OPTIONS, minify: true });
    writeBundle(dir, r.code, r.assets);
    variants.push({ label: 'node index.js, bundled with `minify: true`', dir, size: Buffer.byteLength(r.code) });
  }
  for (const spec of (process.env.BENCH_COLD_VARIANTS ?? '').split(';').filter(Boolean)) {
    const [label, dir] = spec.split('=');
    variants.push({ label: `node index.js, ${label}`, dir: path.resolve(dir), size: readFileSync(path.join(dir, 'index.js')).length });
  }
  for (const v of variants) {
    const c = await checkPushRun(v.dir);
    if (c.code !== 0 || c.total !== check.total) throw new Error(`variant ${v.label} differs: exit ${c.code}, total ${c.total} vs ${check.total}`);
  }

  const indexBytes = readFileSync(path.join(dist, 'index.js')).length;
  const commands = [
    { label: 'node -e 0', argv: [process.execPath, '-e', '0'] },
    { label: `node index.js (the action, push), ${fmt(indexBytes / 1e6, 2)} MB entry`, argv: [process.execPath, path.join(dist, 'index.js')], env: true },
    { label: 'node cli.js report examples/footprint.yml', argv: [process.execPath, path.join(dist, 'cli.js'), 'report', 'examples/footprint.yml'] },
    ...variants.map((v) => ({ label: `${v.label}, ${fmt(v.size / 1e6, 2)} MB entry`, argv: [process.execPath, path.join(v.dir, 'index.js')], env: true })),
  ];
  const timed = await timeCommands(commands, runs);
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  const base = timed[0].median;
  const rows = timed.map((t) => [t.label, fmt(t.median, 1), fmt(t.min, 1), fmt(t.p90, 1), `${fmt(t.median / base, 2)}×`, fmt(t.rssMb, 1)]);
  const action = timed[1];

  const tables = [
    {
      caption: `Whole-process wall time, ${runs} runs each, interleaved; the action on examples/footprint.yml for a push (exit 0, total-kgco2e ${check.total}, ${check.summaryBytes} B of job summary; bundle chunks loaded: ${check.chunks.length ? check.chunks.join(', ') : 'none'}).`,
      table: markdownTable(['command', 'median ms', 'min ms', 'p90 ms', '× node -e 0', 'peak RSS MB'], rows, ['l', 'r', 'r', 'r', 'r', 'r']),
    },
  ];
  let analysis = null;
  if (process.env.BENCH_COLD_ANALYSE !== '0') {
    analysis = await breakdown(dist);
    tables.push({
      caption: `What ${analysis.srcRoot === root ? 'dist/index.js' : `the entry bundled from ${analysis.srcRoot}`} holds: ${fmt(analysis.entrySize / 1024, 0)} KiB of modules in the entry chunk, by package (webpack stats of an ncc build with the options of scripts/bundle.mjs${analysis.same ? ', byte-identical to the bundle timed above' : '; not byte-identical to the bundle timed above: the sources changed in between, or another tree was analysed'}).`,
      table: markdownTable(['package', 'KiB', 'share'], analysis.compRows, ['l', 'r', 'r']),
    });
    tables.push({
      caption: 'Lazily loaded chunks (dynamic `import()`), not read on a push.',
      table: markdownTable(['chunk', 'KiB', 'main packages'], analysis.lazyRows, ['l', 'r', 'l']),
    });
    if (analysis.timeline) {
      tables.push({
        caption: 'Where a push run spends its time: an instrumented copy of the bundle timestamps each module evaluation (median of 7 runs; the instrumentation adds a little). Times from process start.',
        table: markdownTable(['phase', 'ms'], analysis.timeline, ['l', 'r']),
      });
    }
  }
  let stages = null;
  if (process.env.BENCH_COLD_ANALYSE !== '0') {
    stages = await runStages();
    tables.push({
      caption: `run() step by step in a fresh process (compiled build/ modules; each step a first call, JIT warm-up included; median of 7 processes). First use of ICU, measured apart in a bare \`node -e\` for reference: a Collator (\`localeCompare\`, no longer used) ${fmt(stages.icu.collator, 1)} ms, a NumberFormat ${fmt(stages.icu.numberFormat, 1)} ms (round3 builds one per digit count and reuses it), and ${fmt(stages.icu.perCall * 1000, 0)} µs per \`toLocaleString\` call with options, which builds a new one each time.`,
      table: markdownTable(['step', 'ms'], stages.rows, ['l', 'r']),
    });
  }
  return {
    title: 'Cold start of the action',
    intro: `Target: ≤ 2× \`node -e 0\`. Measured: ${fmt(action.median, 0)} ms vs ${fmt(base, 0)} ms = ${fmt(action.median / base, 1)}× (${action.median <= 2 * base ? 'met' : 'not met'}).`,
    tables,
    data: { timed, check, analysis, stages },
  };
}

export function printResult(res) {
  console.log(`\n## ${res.title}\n\n${res.intro}\n`);
  for (const t of res.tables) console.log(`${t.caption}\n\n${t.table}\n`);
}

if (process.argv[2] === '--stages') await stagesChild();
else if (isMain(import.meta.url)) printResult(await runColdStartBench());
