/**
 * What the benchmarks need besides bench/lib.mjs: the compiled sources (build/), a fresh bundle in
 * a temp dir (so dist-based figures measure the current sources, not the committed dist/), the
 * machine description, and a few formatting helpers.
 *
 *   BENCH_SKIP_BUILD=1   reuse build/ when it exists (run.mjs sets it after compiling once)
 *   BENCH_DIST=DIR       use an existing bundle (e.g. dist/) instead of bundling afresh
 *   BENCH_BUILD_DIR=DIR  import compiled modules from DIR instead of build/ (A/B of a prototype)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Compiles src/ and test/ to build/ (once per process; skipped with BENCH_SKIP_BUILD when build/ exists). */
let built = false;
export function ensureBuild(required = ['build/src/inputs/manifest/parse.js', 'build/test/e2e/support/fake-github.js']) {
  const have = () => required.every((f) => existsSync(path.join(root, f)));
  if (built || (process.env.BENCH_SKIP_BUILD && have())) return;
  console.error('compiling to build/ (tsc) …');
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.json', '--outDir', 'build', '--noEmit', 'false'], { cwd: root, encoding: 'utf8' });
  // Type errors elsewhere in the tree do not stop tsc from emitting; only missing output does.
  if (!have()) {
    console.error(r.stdout, r.stderr);
    throw new Error(`tsc did not produce ${required.join(', ')}`);
  }
  built = true;
}

/**
 * A module of build/ (compiled by ensureBuild), e.g. builtModule('src/inputs/tree.js');
 * BENCH_BUILD_DIR points elsewhere (e.g. a prototype compiled outside the repo).
 */
export function builtModule(rel) {
  return import(pathToFileURL(path.join(process.env.BENCH_BUILD_DIR ? path.resolve(process.env.BENCH_BUILD_DIR) : path.join(root, 'build'), rel)).href);
}

/**
 * A bundle of the current sources made by scripts/bundle.mjs into a temp dir (once per process, or
 * BENCH_DIST). Returns the directory; removed at exit unless it is BENCH_DIST.
 */
let bundleDir = null;
export function freshBundle() {
  if (process.env.BENCH_DIST) return path.resolve(process.env.BENCH_DIST);
  if (bundleDir) return bundleDir;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-footprint-bench-dist-'));
  console.error('bundling (scripts/bundle.mjs) into a temp dir …');
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/bundle.mjs'), dir], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(path.join(dir, 'index.js'))) {
    console.error(r.stdout, r.stderr);
    throw new Error('scripts/bundle.mjs failed');
  }
  bundleDir = dir;
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** CPU model, cores, memory, OS, Node version and today's date (UTC). */
export function machineInfo() {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch {
    /* not Linux */
  }
  return {
    cpu,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGb: os.totalmem() / 2 ** 30,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
}

/** A number with `d` decimals, or null (shown as —) when not finite. */
export const fmt = (n, d = 0) => (n === null || n === undefined || !Number.isFinite(n) ? null : n.toFixed(d));

/** Percentile (0..100) of numbers, nearest rank. */
export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** True when this module is the script node was started with. */
export function isMain(metaUrl) {
  return metaUrl === pathToFileURL(process.argv[1] ?? '').href;
}
