/**
 * Helpers shared by the benchmarks: run a measurement in a child process (wall time, and peak RSS
 * as the child reports it from process.resourceUsage(), or via /usr/bin/time for other programs),
 * and print results as a markdown table.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A markdown table. `align` per column: 'l' or 'r' (default: right for numbers, left otherwise).
 * @param {string[]} headers
 * @param {(string|number|null|undefined)[][]} rows
 * @param {('l'|'r')[]} [align]
 */
export function markdownTable(headers, rows, align) {
  const cells = rows.map((r) => headers.map((_, i) => (r[i] === null || r[i] === undefined ? '—' : String(r[i]))));
  const al = headers.map((_, i) => align?.[i] ?? (rows.every((r) => typeof r[i] === 'number' || r[i] == null) ? 'r' : 'l'));
  const width = headers.map((h, i) => Math.max(h.length, 3, ...cells.map((r) => r[i].length)));
  const pad = (s, i) => (al[i] === 'r' ? s.padStart(width[i]) : s.padEnd(width[i]));
  const line = (r) => `| ${r.map(pad).join(' | ')} |`;
  const rule = `|${width.map((w, i) => (al[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(headers), rule, ...cells.map(line)].join('\n');
}

/** Prints a markdown table to stdout. */
export function printTable(headers, rows, align) {
  console.log(markdownTable(headers, rows, align));
}

/**
 * Runs a command as a child process and measures it.
 * Resolves to { wallMs, code, stdout, stderr, json, maxRssKb }:
 * - json: the last stdout line parsed as JSON when it is JSON (a node child reporting its own
 *   figures, e.g. { ms, maxRssKb } from process.resourceUsage()), else null;
 * - maxRssKb: json.maxRssKb when the child reported it, else the peak RSS /usr/bin/time measured
 *   when `rss: true` and it exists, else null.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ rss?: boolean, env?: NodeJS.ProcessEnv, cwd?: string }} [opts]
 */
export async function measureChild(cmd, args, opts = {}) {
  const timeBin = '/usr/bin/time';
  let tmp = null;
  let argv = [cmd, ...args];
  if (opts.rss && existsSync(timeBin)) {
    tmp = mkdtempSync(path.join(tmpdir(), 'bench-'));
    argv = [timeBin, '-f', '%M', '-o', path.join(tmp, 'rss'), cmd, ...args];
  }
  const start = process.hrtime.bigint();
  const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: opts.env ?? process.env, cwd: opts.cwd });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  let json = null;
  const last = stdout.trim().split('\n').pop() ?? '';
  if (last.startsWith('{')) {
    try {
      json = JSON.parse(last);
    } catch {
      json = null;
    }
  }
  let maxRssKb = json && typeof json.maxRssKb === 'number' ? json.maxRssKb : null;
  if (tmp !== null) {
    try {
      const measured = Number(readFileSync(path.join(tmp, 'rss'), 'utf8').trim().split('\n').pop());
      if (maxRssKb === null && Number.isFinite(measured)) maxRssKb = measured;
    } catch {
      /* no figure */
    }
    rmSync(tmp, { recursive: true, force: true });
  }
  return { wallMs, code, stdout, stderr, json, maxRssKb };
}

/**
 * For a node child: reports elapsed milliseconds since `startNs` and the peak RSS as the last stdout
 * line, in the form measureChild reads.
 * @param {bigint} startNs from process.hrtime.bigint()
 * @param {object} [extra]
 */
export function reportFromChild(startNs, extra = {}) {
  const ms = Number(process.hrtime.bigint() - startNs) / 1e6;
  console.log(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, ...extra }));
}

/** Median of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** Sizes (MB) from a comma-separated env var, e.g. BENCH_SIZES=10,100. */
export function sizesFromEnv(name, fallback) {
  const v = process.env[name];
  if (!v) return fallback;
  return v
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isFinite(n) && n > 0);
}

/** The 1-minute load average, to show how busy the machine was. */
export function loadAverage() {
  return loadavg()[0].toFixed(2);
}

/** Small fast deterministic PRNG (mulberry32): the benchmarks' data are the same bytes every run. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
