#!/usr/bin/env node
/**
 * Writes a synthetic nvidia-smi power log of about the given size, shaped like the output of
 * `nvidia-smi --query-gpu=timestamp,index,name,power.draw,utilization.gpu,memory.used --format=csv -l 1`
 * on an 8-GPU server: one row per GPU per second, power a bounded random walk.
 *
 *   node bench/gen-nvidia-smi.mjs OUT_FILE SIZE_MB [--gpus 8] [--nounits]
 *
 * Deterministic (fixed seed), so the same size always gives the same bytes.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { rng } from './lib.mjs';

const HEADER = 'timestamp, index, name, power.draw [W], utilization.gpu [%], memory.used [MiB]\n';
const NAME = 'NVIDIA H100 80GB HBM3';

const pad2 = (n) => (n < 10 ? '0' : '') + n;
const pad3 = (n) => (n < 10 ? '00' : n < 100 ? '0' : '') + n;

function stamp(ms) {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${pad3(d.getUTCMilliseconds())}`;
}

/**
 * Generates the log; resolves to { bytes, rows, seconds }.
 * @param {string} file
 * @param {number} sizeMb target size in MB (10^6 bytes)
 * @param {{ gpus?: number, units?: boolean, startMs?: number }} [opts]
 */
export async function generateNvidiaSmiLog(file, sizeMb, opts = {}) {
  const gpus = opts.gpus ?? 8;
  const units = opts.units ?? true;
  const target = Math.round(sizeMb * 1e6);
  const random = rng(20240501);
  const out = createWriteStream(file, { highWaterMark: 4 << 20 });
  const power = Array.from({ length: gpus }, () => 300 + random() * 300);
  let bytes = 0;
  let rows = 0;
  let seconds = 0;
  let t = opts.startMs ?? Date.UTC(2024, 4, 1, 12, 0, 0);
  let block = HEADER;
  const w = units ? ' W' : '';
  const pct = units ? ' %' : '';
  const mib = units ? ' MiB' : '';
  while (bytes + block.length < target) {
    // each GPU is read a few ms after the previous one, as nvidia-smi does
    for (let g = 0; g < gpus && bytes + block.length < target; g++) {
      let p = power[g] + (random() - 0.5) * 40;
      p = p < 60 ? 60 : p > 700 ? 700 : p;
      power[g] = p;
      const util = Math.min(100, Math.round(p / 7));
      block += `${stamp(t + g * 3)}, ${g}, ${NAME}, ${p.toFixed(2)}${w}, ${util}${pct}, ${70000 + ((rows * 7) % 9000)}${mib}\n`;
      rows++;
    }
    t += 1000;
    seconds++;
    if (block.length > 1 << 20) {
      bytes += block.length;
      if (!out.write(block)) await once(out, 'drain');
      block = '';
    }
  }
  bytes += block.length;
  out.write(block);
  out.end();
  await once(out, 'finish');
  return { bytes, rows, seconds };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, size, ...rest] = process.argv.slice(2);
  if (!file || !size) {
    console.error('usage: node bench/gen-nvidia-smi.mjs OUT_FILE SIZE_MB [--gpus N] [--nounits]');
    process.exit(2);
  }
  const gi = rest.indexOf('--gpus');
  const result = await generateNvidiaSmiLog(file, Number(size), {
    gpus: gi >= 0 ? Number(rest[gi + 1]) : 8,
    units: !rest.includes('--nounits'),
  });
  console.log(JSON.stringify(result));
}
