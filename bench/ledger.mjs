#!/usr/bin/env node
/**
 * A Slurm ledger of a million jobs, read, classified and reported, next to `wc -l` on the same file.
 *
 *   node bench/ledger.mjs                     # 100,000 and 1,000,000 jobs
 *   BENCH_LEDGER_JOBS=1000000 …               # job counts (comma-separated)
 *   BENCH_RUNS=3 …                            # runs per measurement (the best is reported)
 *
 * The ledgers (.bench-data/sacct-<jobs>.txt, reused when present) are written by bench/gen-sacct.mjs:
 * `sacct -a -X -P` lines shaped like a GPU cluster's (typed and untyped gres, node energy, every
 * state, running and pending jobs). The manifest is the lab example's (examples/lab/footprint.yml:
 * nine rules). Measured in separate child processes:
 * - the bundled CLI, `node cli.js report --format json` (what a user runs: the whole process, Node's
 *   start included; peak RSS from /usr/bin/time);
 * - the same in process (compiled build/ modules): loadState (read + classify + resolve), then the
 *   anatomy markdown and the JSON report, each timed; peak RSS from process.resourceUsage();
 * - `wc -l` on the same file: the I/O floor.
 * Target (issue #13): 1,000,000 jobs (~150 MB) in ≤ 5 s at a peak RSS < 250 MB, flat across sizes.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSacctLedger } from './gen-sacct.mjs';
import { loadAverage, markdownTable, measureChild } from './lib.mjs';
import { builtModule, ensureBuild, fmt, freshBundle, isMain, root } from './support.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.join(root, '.bench-data');
const MANIFEST = path.join(root, 'examples/lab/footprint.yml');

/** A workspace holding the lab manifest (its ledger path pointed at the bench file) and the ledger. */
async function ensureLedger(jobs) {
  const dir = path.join(dataDir, `ledger-${jobs}`);
  const file = path.join(dir, 'ledgers', `bench.sacct.txt`);
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file) || statSync(file).size < jobs * 100) {
    console.error(`generating ${path.relative(root, file)} (${jobs} jobs) …`);
    await generateSacctLedger(file, jobs, { seed: 20240101, months: 36, start: '2022-01-01' });
  }
  // the lab example's rules and defaults, as they are
  const { readFileSync } = await import('node:fs');
  writeFileSync(path.join(dir, 'footprint.yml'), readFileSync(MANIFEST, 'utf8'));
  return { dir, file, bytes: statSync(file).size };
}

async function child(dir) {
  const start = process.hrtime.bigint();
  const { loadState } = await builtModule('src/inputs/load.js');
  const { WorkspaceReader } = await builtModule('src/inputs/tree.js');
  const { anatomySection } = await builtModule('src/outputs/anatomy-markdown.js');
  const { reportJson } = await builtModule('src/outputs/json.js');
  const t0 = process.hrtime.bigint();
  const state = await loadState(new WorkspaceReader(dir), { manifests: ['footprint.yml'] });
  const t1 = process.hrtime.bigint();
  const md = anatomySection(state.report);
  const t2 = process.hrtime.bigint();
  const json = JSON.stringify(reportJson(state.report));
  const t3 = process.hrtime.bigint();
  const ms = (a, b) => Number(b - a) / 1e6;
  const a = state.report.anatomy;
  console.log(
    JSON.stringify({
      ms: ms(t0, t3),
      loadMs: ms(t0, t1),
      markdownMs: ms(t1, t2),
      jsonMs: ms(t2, t3),
      importMs: ms(start, t0),
      maxRssKb: process.resourceUsage().maxRSS,
      jobs: a.jobs,
      finalShare: a.finalTraining.share,
      mdBytes: md.length,
      jsonBytes: json.length,
    }),
  );
}

export async function runLedgerBench() {
  const sizes = (process.env.BENCH_LEDGER_JOBS ?? '100000,1000000').split(',').map(Number).filter((n) => n > 0);
  const runs = Number(process.env.BENCH_RUNS) || 3;
  ensureBuild(['build/src/inputs/ledgers/index.js', 'build/src/outputs/anatomy-markdown.js']);
  const cli = path.join(freshBundle(), 'cli.js');
  const rows = [];
  const stageRows = [];
  const results = [];
  for (const jobs of sizes) {
    const { dir, file, bytes } = await ensureLedger(jobs);
    const mb = bytes / 1e6;
    const best = async (cmd, args, opts) => {
      const rs = [];
      for (let i = 0; i < runs; i++) {
        const r = await measureChild(cmd, args, opts);
        if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.code}): ${r.stderr.slice(0, 2000)}`);
        rs.push(r);
      }
      // the best run: on a shared machine the others measure the neighbours' load
      const pick = rs.reduce((a, b) => ((b.json?.ms ?? b.wallMs) < (a.json?.ms ?? a.wallMs) ? b : a));
      return { ...pick, rss: Math.max(...rs.map((r) => r.maxRssKb ?? Number.NaN)) / 1024 };
    };
    const wc = await best('wc', ['-l', file], { rss: true });
    const lines = Number(wc.stdout.trim().split(/\s+/)[0]);
    const whole = await best(process.execPath, [cli, 'report', '--format', 'json', 'footprint.yml'], { rss: true, cwd: dir });
    const report = JSON.parse(whole.stdout);
    const inproc = await best(process.execPath, [path.join(here, 'ledger.mjs'), '--child', dir]);
    const j = inproc.json;
    if (report.anatomy.jobs.read !== jobs || j.jobs.read !== jobs || lines !== jobs + 1) {
      throw new Error(`job counts disagree: wc ${lines - 1} lines, CLI ${report.anatomy.jobs.read}, in process ${j.jobs.read}, generated ${jobs}`);
    }
    const check = `${j.jobs.counted} counted + ${j.jobs.skipped} skipped; final training ${fmt(j.finalShare * 100, 2)} %`;
    const row = (tool, seconds, rss, note) => [`${jobs.toLocaleString('en-US')} (${fmt(mb, 0)} MB)`, tool, fmt(seconds, 2), fmt(mb / seconds, 0), fmt(jobs / seconds / 1e3, 0), fmt(rss, 1), note];
    rows.push(row('node cli.js report --format json (whole process)', whole.wallMs / 1000, whole.rss, check));
    rows.push(row('in process: loadState + anatomy markdown + JSON', j.ms / 1000, j.maxRssKb / 1024, `${fmt(j.mdBytes / 1024, 0)} KiB markdown`));
    rows.push(row('wc -l', wc.wallMs / 1000, wc.rss, `${lines} lines`));
    stageRows.push([jobs.toLocaleString('en-US'), fmt(j.loadMs, 0), fmt(j.markdownMs, 1), fmt(j.jsonMs, 1), fmt(j.importMs, 0)]);
    results.push({ jobs, mb, cliSeconds: whole.wallMs / 1000, cliRss: whole.rss, inSeconds: j.ms / 1000, inRss: j.maxRssKb / 1024, wcSeconds: wc.wallMs / 1000 });
  }
  const intro =
    `Ledgers of ${sizes.map((n) => n.toLocaleString('en-US')).join(' and ')} jobs written by bench/gen-sacct.mjs (\`sacct -a -X -P\`, 14 columns, 36 months), ` +
    `classified by the nine rules of examples/lab/footprint.yml; node ${process.version}, best of ${runs} runs, load average at the end ${loadAverage()}.`;
  return {
    title: 'Ledgers: a million Slurm jobs',
    intro,
    tables: [
      {
        caption: 'Whole process (the bundled CLI, peak RSS from /usr/bin/time), in process (compiled modules, after import) and `wc -l` on the same file.',
        table: markdownTable(['jobs', 'tool', 's', 'MB/s', 'k jobs/s', 'peak RSS MB', 'check'], rows, ['r', 'l', 'r', 'r', 'r', 'r', 'l']),
      },
      {
        caption: 'In process, by stage (ms): reading + classifying + resolving the groups (loadState), the anatomy markdown, the JSON report; and importing the modules.',
        table: markdownTable(['jobs', 'loadState', 'markdown', 'JSON', 'import'], stageRows, ['r', 'r', 'r', 'r', 'r']),
      },
    ],
    data: { results },
  };
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') await child(argv[1]);
else if (isMain(import.meta.url)) {
  const res = await runLedgerBench();
  console.log(`\n## ${res.title}\n\n${res.intro}\n`);
  for (const t of res.tables) console.log(`${t.caption}\n\n${t.table}\n`);
}
