#!/usr/bin/env node
/**
 * Ingest benchmark of the streaming nvidia-smi reader, as the action and the CLI read metrics files.
 *
 *   node bench/ingest.mjs                 # sizes 10, 100, 1000 MB
 *   BENCH_SIZES=10,100 node bench/ingest.mjs
 *   BENCH_RUNS=5 …                        # runs per measurement (the best is reported; default 5, 2 for ≥ 1 GB)
 *   BENCH_SKIP_BUILD=1 …                  # reuse build/ as it is
 *
 * Generates 8-GPU, 1 s-interval logs into .bench-data/ (reused when present), compiles the sources
 * to build/, then for each size measures in separate child processes: our reader the way the action
 * and the CLI run it (WorkspaceReader.openStream, which reads with readFileChunks, → parseMetricsStream;
 * throughput and peak RSS from process.resourceUsage()), the same parser fed by fs.createReadStream,
 * `wc -l` on the same file, and csv-parse streaming it (records only).
 * Prints a markdown table.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateNvidiaSmiLog } from './gen-nvidia-smi.mjs';
import { loadAverage, measureChild, printTable, reportFromChild, sizesFromEnv } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const dataDir = path.join(root, '.bench-data');
const builtParser = path.join(root, 'build/src/inputs/metrics/index.js');
const builtTree = path.join(root, 'build/src/inputs/tree.js');
const CHUNK = 1 << 20;

async function child(tool, file) {
  const start = process.hrtime.bigint();
  if (tool === 'ours' || tool === 'ours-stream') {
    const { parseMetricsStream } = await import(pathToFileURL(builtParser).href);
    const { WorkspaceReader } = await import(pathToFileURL(builtTree).href);
    const name = path.basename(file);
    const t0 = process.hrtime.bigint();
    // 'ours': the path users run, WorkspaceReader.openStream (a FileChunkStream: readFileChunks' two
    // reused buffers); 'ours-stream': the same parser fed by fs.createReadStream
    const source = tool === 'ours' ? await new WorkspaceReader(path.dirname(file)).openStream(name) : createReadStream(file, { highWaterMark: CHUNK });
    const [m] = await parseMetricsStream(source, name);
    reportFromChild(t0, { rows: m.samples, energyKwh: m.energyKwh, gpuCount: m.gpuCount, loadMs: Number(t0 - start) / 1e6 });
    return;
  }
  if (tool === 'csv-parse') {
    const { parse } = await import('csv-parse');
    const t0 = process.hrtime.bigint();
    let rows = 0;
    let watts = 0;
    const parser = createReadStream(file, { highWaterMark: CHUNK }).pipe(parse({ trim: true, from_line: 2, relax_column_count: true }));
    for await (const record of parser) {
      rows++;
      watts += parseFloat(record[3]);
    }
    reportFromChild(t0, { rows, watts });
    return;
  }
  throw new Error(`unknown tool ${tool}`);
}

function build() {
  if (process.env.BENCH_SKIP_BUILD && existsSync(builtParser) && existsSync(builtTree)) return;
  console.error('compiling to build/ …');
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.json', '--outDir', 'build', '--noEmit', 'false'], { cwd: root, encoding: 'utf8' });
  // Type errors elsewhere in the tree do not stop tsc from emitting; only a missing output does.
  for (const built of [builtParser, builtTree]) {
    if (!existsSync(built)) {
      console.error(r.stdout, r.stderr);
      throw new Error(`build failed: ${built} missing`);
    }
  }
}

async function ensureLog(sizeMb) {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, `nvidia-smi-${sizeMb}mb.csv`);
  if (!existsSync(file) || Math.abs(statSync(file).size - sizeMb * 1e6) > 1e5) {
    console.error(`generating ${path.relative(root, file)} …`);
    await generateNvidiaSmiLog(file, sizeMb, { gpus: 8 });
  }
  return file;
}

const fmt = (n, d = 0) => (n === null || n === undefined || !Number.isFinite(n) ? null : n.toFixed(d));

async function main() {
  const sizes = sizesFromEnv('BENCH_SIZES', [10, 100, 1000]);
  build();
  const rows = [];
  for (const size of sizes) {
    const file = await ensureLog(size);
    const bytes = statSync(file).size;
    const mb = bytes / 1e6;
    const runs = Number(process.env.BENCH_RUNS) || (size >= 1000 ? 2 : 5);
    const measure = async (cmd, args, opts) => {
      const results = [];
      for (let i = 0; i < runs; i++) {
        const r = await measureChild(cmd, args, opts);
        if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
        results.push(r);
      }
      // the best run: on a shared machine the others measure the neighbours' load
      const ms = Math.min(...results.map((r) => r.json?.ms ?? r.wallMs));
      const wall = Math.min(...results.map((r) => r.wallMs));
      const rss = Math.max(...results.map((r) => r.maxRssKb ?? NaN));
      return { ms, wall, rss, json: results[0].json, stdout: results[0].stdout };
    };
    const wc = await measure('wc', ['-l', file], { rss: true });
    const lines = Number(wc.stdout.trim().split(/\s+/)[0]);
    const ours = await measure(process.execPath, [path.join(here, 'ingest.mjs'), '--child', 'ours', file]);
    const oursStream = await measure(process.execPath, [path.join(here, 'ingest.mjs'), '--child', 'ours-stream', file]);
    const csv = await measure(process.execPath, [path.join(here, 'ingest.mjs'), '--child', 'csv-parse', file]);
    if (ours.json.rows !== lines - 1 || oursStream.json.rows !== lines - 1 || csv.json.rows !== lines - 1) {
      throw new Error(`row counts disagree: wc ${lines - 1}, ours ${ours.json.rows}/${oursStream.json.rows}, csv-parse ${csv.json.rows}`);
    }
    const row = (tool, r, note) => [`${fmt(mb)} MB`, tool, fmt(r.ms / 1000, 3), fmt(r.wall / 1000, 3), fmt(mb / (r.ms / 1000)), fmt(r.rss / 1024, 1), note];
    // run.mjs summarises the row whose tool names readFileChunks
    rows.push(row('parseMetricsStream ← WorkspaceReader.openStream (readFileChunks)', ours, `${ours.json.rows} rows, ${ours.json.energyKwh.toFixed(3)} kWh`));
    rows.push(row('parseMetricsStream ← fs.createReadStream', oursStream, `${oursStream.json.energyKwh.toFixed(3)} kWh`));
    rows.push(row('wc -l', wc, `${lines} lines`));
    rows.push(row('csv-parse (stream, records only)', csv, `${csv.json.rows} rows`));
  }
  console.log(
    `\nnode ${process.version}, ${runsNote()}, load average at the end ${loadAverage()}; ` +
      'parse s: time inside the child from opening the file to the result (node tools); process s: the whole child process\n',
  );
  printTable(['file', 'tool', 'parse s', 'process s', 'MB/s', 'peak RSS MB', 'check'], rows, ['r', 'l', 'r', 'r', 'r', 'r', 'l']);
}

function runsNote() {
  return `best of ${process.env.BENCH_RUNS ?? '5 runs (2 for ≥ 1 GB)'}${process.env.BENCH_RUNS ? ' runs' : ''}`;
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') await child(argv[1], argv[2]);
else await main();
