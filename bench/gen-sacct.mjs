#!/usr/bin/env node
/**
 * Writes a synthetic Slurm accounting ledger shaped like a GPU cluster's, as a lab exports it with
 *
 *   sacct -a -X -P -S 2024-01-01 -E 2025-01-01 \
 *     --format=JobID,JobIDRaw,JobName,User,Account,Partition,QOS,State,Start,End,ElapsedRaw,NNodes,AllocTRES,ConsumedEnergyRaw
 *
 * (one line per job allocation, `|`-separated, header first): a research programme behind a 7B
 * text backbone and an audio codec, with its ablations, sweeps, post-training, evaluations,
 * interactive debugging sessions and CPU data preparation, and a final pretraining run that is a
 * chain of 24-hour jobs resumed from checkpoints (TIMEOUT is their normal end). The H100 partition
 * types its GPUs (gres/gpu:h100) and meters node energy (ConsumedEnergyRaw, joules) on whole nodes;
 * the A100 partition does neither; dev nodes are shared. The last jobs are still RUNNING when the
 * ledger is written (End Unknown, ElapsedRaw up to then), a few are PENDING, and a few scripts have
 * names no rule can classify.
 *
 *   node bench/gen-sacct.mjs OUT_FILE JOBS [--seed N] [--months N] [--start 2024-01-01]
 *   node bench/gen-sacct.mjs --example          # examples/lab/ledgers/cluster-2024.sacct.txt (3,000 jobs)
 *
 * Deterministic (fixed seed): the same arguments always give the same bytes.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rng } from './lib.mjs';

export const HEADER = 'JobID|JobIDRaw|JobName|User|Account|Partition|QOS|State|Start|End|ElapsedRaw|NNodes|AllocTRES|ConsumedEnergyRaw';
export const EXAMPLE = { file: 'examples/lab/ledgers/cluster-2024.sacct.txt', jobs: 3000, seed: 7, months: 12, start: '2024-01-01' };

const pad2 = (n) => (n < 10 ? '0' : '') + n;
const stamp = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
};

const USERS = ['alice', 'bruno', 'chen', 'dana', 'emeka', 'farah', 'gil', 'hana', 'ivan', 'jules', 'kemal', 'lea'];
const ABLATIONS = ['lr', 'mix', 'arch', 'tok', 'ctx', 'wd'];
const EVALS = ['mmlu', 'gsm8k', 'asr', 'tts-mos', 'safety'];

/**
 * Job kinds: share of jobs, partition, account, GPUs (a list to pick from), hours (min, max, log-uniform).
 * GPU counts on the H100 partition are whole 8-GPU nodes except on dev.
 */
const KINDS = [
  { share: 0.24, kind: 'debug', partition: 'dev', account: 'lab-llm', gpus: [1, 1, 2, 4, 8], hours: [0.05, 2] },
  { share: 0.3, kind: 'ablation', partition: 'gpu-h100', account: 'lab-llm', gpus: [8, 16, 16, 32, 64], hours: [1, 24] },
  { share: 0.1, kind: 'codec-sweep', partition: 'gpu-a100', account: 'lab-audio', gpus: [4, 4, 8, 16], hours: [0.5, 12] },
  { share: 0.1, kind: 'post-training', partition: 'gpu-h100', account: 'lab-speech', gpus: [8, 16, 32], hours: [1, 16] },
  { share: 0.1, kind: 'eval', partition: 'gpu-a100', account: 'lab-llm', gpus: [1, 2, 4, 8], hours: [0.2, 4] },
  { share: 0.08, kind: 'dataprep', partition: 'cpu', account: 'lab-data', gpus: [0], hours: [0.1, 10] },
  { share: 0.08, kind: 'test', partition: 'gpu-h100', account: 'lab-llm', gpus: [8, 8, 16], hours: [0.05, 0.5] },
  // scripts nobody named: what the rules cannot classify
  { share: 0.03, kind: 'misc', partition: 'gpu-h100', account: 'lab-llm', gpus: [8, 16], hours: [0.5, 12] },
];

function pickState(r) {
  const x = r();
  if (x < 0.72) return 'COMPLETED';
  if (x < 0.81) return 'FAILED';
  if (x < 0.9) return `CANCELLED by ${1000 + Math.floor(r() * 12)}`;
  if (x < 0.94) return 'TIMEOUT';
  if (x < 0.96) return 'OUT_OF_MEMORY';
  if (x < 0.97) return 'NODE_FAIL';
  if (x < 0.98) return 'PREEMPTED';
  if (x < 0.985) return 'PENDING';
  return 'COMPLETED';
}

function nameOf(kind, r, n) {
  switch (kind) {
    case 'debug':
      return ['bash', 'interactive', 'jupyter', 'dbg-dataloader', 'dbg-nccl'][Math.floor(r() * 5)];
    case 'ablation':
      return `tb7b-abl-${ABLATIONS[Math.floor(r() * ABLATIONS.length)]}-${String(n % 1000).padStart(3, '0')}`;
    case 'codec-sweep':
      return `codec-sweep-${String(n % 1000).padStart(3, '0')}`;
    case 'post-training':
      return `${r() < 0.6 ? 'sft' : 'rlhf'}-speech-${String(n % 1000).padStart(3, '0')}`;
    case 'eval':
      return `eval-${EVALS[Math.floor(r() * EVALS.length)]}-${String(n % 1000).padStart(3, '0')}`;
    case 'dataprep':
      return `dataprep-shard-${String(n % 10000).padStart(4, '0')}`;
    case 'misc':
      return ['train.sh', 'run.py', 'job', 'sbatch.sh'][Math.floor(r() * 4)];
    default:
      return `test-${['nccl', 'ckpt', 'fp8', 'loader'][Math.floor(r() * 4)]}`;
  }
}

function tresOf(partition, gpus) {
  const nodes = partition === 'cpu' ? 1 : Math.max(1, Math.ceil(gpus / 8));
  const cpus = partition === 'cpu' ? 32 : gpus * 16;
  const mem = partition === 'cpu' ? '128G' : `${gpus * 128}G`;
  if (partition === 'cpu') return { nodes, tres: `billing=${cpus},cpu=${cpus},mem=${mem},node=${nodes}` };
  // The H100 partition records the GPU model (gres/gpu:h100); the A100 one only counts GPUs.
  const typed = partition === 'gpu-a100' ? '' : `gres/gpu:h100=${gpus},`;
  return { nodes, tres: `billing=${gpus * 16},cpu=${cpus},${typed}gres/gpu=${gpus},mem=${mem},node=${nodes}` };
}

/**
 * Writes the ledger; resolves to { bytes, jobs, lines }.
 * @param {string} file
 * @param {number} jobs
 * @param {{ seed?: number, months?: number, start?: string }} [opts]
 */
export async function generateSacctLedger(file, jobs, opts = {}) {
  const r = rng(opts.seed ?? 20240101);
  const startMs = Date.parse(`${opts.start ?? '2024-01-01'}T00:00:00Z`);
  const months = opts.months ?? 12;
  const spanMs = months * 30.4375 * 86400000;
  const endOfLedger = startMs + spanMs;
  mkdirSync(path.dirname(file), { recursive: true });
  const out = createWriteStream(file, { highWaterMark: 4 << 20 });
  let block = `${HEADER}\n`;
  let bytes = 0;
  let lines = 1;
  let id = 4_100_000;
  const emit = async (line) => {
    block += `${line}\n`;
    lines++;
    if (block.length > 1 << 20) {
      bytes += Buffer.byteLength(block);
      if (!out.write(block)) await once(out, 'drain');
      block = '';
    }
  };
  const job = async ({ name, user, account, partition, state, submitMs, hours, gpus }) => {
    id++;
    const { nodes, tres } = tresOf(partition, gpus);
    const neverRan = state === 'PENDING' || (state.startsWith('CANCELLED') && r() < 0.3);
    let start = neverRan ? Number.NaN : submitMs + r() * 3 * 3600000;
    let elapsed = neverRan ? 0 : Math.round(hours * 3600);
    let endText;
    let running = false;
    if (!neverRan && start + elapsed * 1000 > endOfLedger) {
      // still running when the ledger is written: sacct computes Elapsed up to then
      if (start >= endOfLedger) start = endOfLedger - r() * 6 * 3600000;
      elapsed = Math.round((endOfLedger - start) / 1000);
      running = true;
      state = 'RUNNING';
    }
    if (running) endText = 'Unknown';
    else endText = neverRan ? (state === 'PENDING' ? 'Unknown' : stamp(submitMs + 600000)) : stamp(start + elapsed * 1000);
    // Node energy (IPMI) is recorded on whole H100 nodes only: 550–850 W per GPU, server included.
    const metered = partition === 'gpu-h100' && gpus % 8 === 0 && elapsed > 0;
    const energy = metered ? Math.round(gpus * elapsed * (550 + r() * 300)) : 0;
    const qos = partition === 'dev' ? 'dev' : 'normal';
    await emit(
      `${id}|${id}|${name}|${user}|${account}|${partition}|${qos}|${state}|${Number.isNaN(start) ? 'Unknown' : stamp(start)}|${endText}|${elapsed}|${nodes}|${tres}|${energy}`,
    );
  };

  // The final runs, near the end: chains of 24 h jobs (TIMEOUT, resumed), with failed attempts between.
  const finals = [];
  const chain = (name, account, partition, gpus, links, fromMs) => {
    let t = fromMs;
    for (let i = 0; i < links; i++) {
      const state = i === links - 1 ? 'COMPLETED' : r() < 0.15 ? 'NODE_FAIL' : 'TIMEOUT';
      const hours = state === 'NODE_FAIL' ? 2 + r() * 10 : state === 'COMPLETED' ? 6 + r() * 12 : 24;
      finals.push({ name, user: 'alice', account, partition, state, submitMs: t, hours, gpus });
      t += hours * 3600000 + 3 * 3600000;
    }
  };
  const scale = Math.max(1, Math.round(jobs / 3000));
  chain('tb7b-final', 'lab-llm', 'gpu-h100', 128, 4 * scale, endOfLedger - spanMs * 0.12);
  chain('codec-final', 'lab-audio', 'gpu-a100', 32, 2 * scale, endOfLedger - spanMs * 0.2);

  const others = jobs - finals.length;
  const cumulative = [];
  let acc = 0;
  for (const k of KINDS) cumulative.push((acc += k.share));
  const merged = [];
  for (let n = 0; n < others; n++) {
    const x = r() * acc;
    const k = KINDS[cumulative.findIndex((c) => x < c)];
    const [h0, h1] = k.hours;
    const hours = Math.exp(Math.log(h0) + r() * (Math.log(h1) - Math.log(h0)));
    merged.push({
      name: nameOf(k.kind, r, n),
      user: USERS[Math.floor(r() * USERS.length)],
      account: k.account,
      partition: k.partition,
      state: pickState(r),
      // activity grows over the programme
      submitMs: startMs + Math.sqrt(r()) * spanMs,
      hours,
      gpus: k.gpus[Math.floor(r() * k.gpus.length)],
    });
  }
  merged.push(...finals);
  merged.sort((a, b) => a.submitMs - b.submitMs);
  for (const j of merged) await job(j);
  bytes += Buffer.byteLength(block);
  out.write(block);
  out.end();
  await once(out, 'finish');
  return { bytes, jobs: merged.length, lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  let result;
  if (args.includes('--example')) {
    result = await generateSacctLedger(path.join(root, EXAMPLE.file), EXAMPLE.jobs, EXAMPLE);
  } else {
    const [file, jobs] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
    if (!file || !jobs) {
      console.error('usage: node bench/gen-sacct.mjs OUT_FILE JOBS [--seed N] [--months N] [--start YYYY-MM-DD] | --example');
      process.exit(2);
    }
    result = await generateSacctLedger(file, Number(jobs), { seed: Number(opt('--seed', 20240101)), months: Number(opt('--months', 12)), start: opt('--start', '2024-01-01') });
  }
  console.log(JSON.stringify(result));
}
