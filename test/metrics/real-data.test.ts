/**
 * Every real job-metrics file of ../shared/real-data/metrics (CodeCarbon 1.x–3.2 and nvidia-smi logs
 * from public repositories, described in its SOURCES.md) is read by the project's streaming readers,
 * and each figure is compared with an independent reading of the same file: csv-parse instead of
 * the project's CSV splitter, and the formats' documented semantics written again here —
 * CodeCarbon: one tracker per run_id (experiment_id in 1.x), its rows cumulative snapshots (the
 * longest counts) unless the file has a task_name column (each row one task: summed); rows without a
 * readable duration and energy, or with the wrong field count, skipped; energy divided by the pue
 * CodeCarbon had multiplied it by. nvidia-smi: power integrated per GPU with the trapezoid rule.
 * Tolerance: 1 %.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/errors.js';
import { parseMetricsStream } from '../../src/inputs/metrics/index.js';
import { FileChunkStream } from '../../src/inputs/metrics/lines.js';
import { realDataFiles } from '../support/real-data.js';

const TOLERANCE = 0.01;

function within(actual: number | null | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual ?? null, what).toBeNull();
    return;
  }
  expect(actual, what).not.toBeNull();
  const gap = expected === 0 ? Math.abs(actual!) : Math.abs(actual! - expected) / Math.abs(expected);
  expect(gap, `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(TOLERANCE);
}

/** The figures every reader gives, compared with the independent reading. */
function compare(m: Awaited<ReturnType<typeof readReal>>, again: Independent, energy: string): void {
  within(m.energyKwh, again.energyKwh, energy);
  within(m.wallClockHours, again.wallClockHours, 'wall-clock hours');
  within(m.gpuHours, again.gpuHours, 'GPU-hours');
  expect(m.gpuCount, 'GPU count').toBe(again.gpuCount);
  expect(m.samples, 'rows').toBe(again.samples);
}

async function readReal(file: string) {
  const [m] = await parseMetricsStream(new FileChunkStream(file, statSync(file).size), path.basename(file));
  return m!;
}

// ------------------------------------------------------------------------------ CodeCarbon, read again

interface Independent {
  energyKwh: number;
  wallClockHours: number;
  gpuHours: number | null;
  gpuCount: number | null;
  samples: number;
  damaged: number;
}

const isNumber = (s: string | undefined): boolean => s !== undefined && s.trim() !== '' && Number.isFinite(Number(s)) && Number(s) >= 0;

/** GPUs a CodeCarbon row tracked: gpu_count (or the leading count of gpu_model), 0 for no model, a CPU or an Apple SoC. */
function gpusOf(row: Record<string, string>): number {
  const model = (row.gpu_model ?? '').trim();
  if (model === '' || /^apple m\d/i.test(model) || /cpu|core\(tm\)/i.test(model)) return 0;
  const count = (row.gpu_count ?? '').trim();
  if (count !== '') return Math.round(Number(count));
  return Number(/^(\d+) x /.exec(model)?.[1] ?? 0);
}

function readCodeCarbonAgain(file: string): Independent {
  const records: string[][] = parse(readFileSync(file), { bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: true });
  const header = records[0]!.map((h) => h.trim().toLowerCase());
  const tasks = header.includes('task_name');
  const trackers = new Map<string, { duration: number; energy: number; gpus: number }>();
  let damaged = 0;
  for (const [i, rec] of records.slice(1).entries()) {
    const row = Object.fromEntries(header.map((h, j) => [h, rec[j] ?? '']));
    if (rec.length !== header.length || !isNumber(row.duration) || !isNumber(row.energy_consumed)) {
      damaged++;
      continue;
    }
    const pue = isNumber(row.pue) && Number(row.pue) > 0 ? Number(row.pue) : 1;
    const entry = { duration: Number(row.duration), energy: Number(row.energy_consumed) / pue, gpus: gpusOf(row) };
    const key = (header.includes('run_id') ? row.run_id : row.experiment_id)?.trim() || `row ${i}`;
    const previous = trackers.get(key);
    if (!previous) trackers.set(key, entry);
    else if (tasks) {
      previous.duration += entry.duration;
      previous.energy += entry.energy;
      previous.gpus = Math.max(previous.gpus, entry.gpus);
    } else if (entry.duration >= previous.duration) trackers.set(key, entry);
  }
  const all = [...trackers.values()];
  const withGpu = all.filter((t) => t.gpus > 0);
  return {
    energyKwh: all.reduce((a, t) => a + t.energy, 0),
    wallClockHours: Math.max(...all.map((t) => t.duration)) / 3600,
    gpuHours: withGpu.length ? withGpu.reduce((a, t) => a + t.gpus * t.duration, 0) / 3600 : null,
    gpuCount: withGpu.length ? Math.max(...withGpu.map((t) => t.gpus)) : null,
    samples: records.length - 1,
    damaged,
  };
}

// ------------------------------------------------------------------------------ nvidia-smi, read again

/** "2024/10/30 18:42:33.189" as ms (UTC: only differences matter). */
const smiTime = (s: string): number => Date.parse(`${s.trim().replace(/\//g, '-').replace(' ', 'T')}Z`);

function readNvidiaSmiAgain(file: string): Independent {
  const records: string[][] = parse(readFileSync(file), { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true });
  const header = records[0]!.map((h) => h.replace(/\[.*\]/, '').trim().toLowerCase());
  const ts = header.indexOf('timestamp');
  const power = header.indexOf('power.draw');
  const key = ['index', 'uuid', 'pci.bus_id'].map((k) => header.indexOf(k)).find((i) => i >= 0) ?? -1;
  const series = new Map<string, [number, number][]>();
  for (const rec of records.slice(1)) {
    const watts = Number.parseFloat(rec[power] ?? '');
    if (!Number.isFinite(watts)) continue; // [N/A]
    const gpu = key >= 0 ? rec[key]! : 'the GPU';
    if (!series.has(gpu)) series.set(gpu, []);
    series.get(gpu)!.push([smiTime(rec[ts]!), watts]);
  }
  let joules = 0;
  let seconds = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const samples of series.values()) {
    // The readers' gap rule (README): an interval over max(30 s, 10 × the median of the first 100) is not integrated.
    const intervals = samples.slice(1).map(([t], i) => (t - samples[i]![0]) / 1000);
    const firsts = intervals.slice(0, 100).sort((a, b) => a - b);
    const median = firsts.length % 2 ? firsts[(firsts.length - 1) / 2]! : (firsts[firsts.length / 2 - 1]! + firsts[firsts.length / 2]!) / 2;
    const limit = Math.max(30, 10 * median);
    for (let i = 1; i < samples.length; i++) {
      const dt = intervals[i - 1]!;
      if (dt <= 0 || dt > limit) continue;
      joules += ((samples[i - 1]![1] + samples[i]![1]) / 2) * dt;
      seconds += dt;
    }
    first = Math.min(first, samples[0]![0]);
    last = Math.max(last, samples[samples.length - 1]![0]);
  }
  return { energyKwh: joules / 3.6e6, wallClockHours: (last - first) / 3.6e6, gpuHours: seconds / 3600, gpuCount: series.size, samples: records.length - 1, damaged: 0 };
}

// ------------------------------------------------------------------------------ the walk

const NO_ENERGY_AT_ALL = '3x-dev__Forkprint__emissions.csv';

describe('the real CodeCarbon files of ../shared/real-data/metrics/codecarbon', () => {
  const files = realDataFiles('metrics/codecarbon');

  it('has the 36 files SOURCES.md lists', () => {
    expect(files).toHaveLength(36);
  });

  it.each(files.map((f) => [path.basename(f), f]))('%s: every figure within 1 % of an independent reading', async (name, file) => {
    if (name === NO_ENERGY_AT_ALL) {
      // energy_consumed is empty on every row: refused, saying so.
      const error = await readReal(file).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problems).toEqual([
        expect.objectContaining({ line: 2, field: 'energy_consumed', message: expect.stringMatching(/^no energy figure: energy_consumed is empty on every row \(4\)/) }),
      ]);
      return;
    }
    const m = await readReal(file);
    const again = readCodeCarbonAgain(file);
    compare(m, again, 'energy (kWh, before PUE)');
    expect(m.cpuOnly, 'CPU-only').toBe(again.gpuHours === null);
    if (again.damaged > 0) expect(m.warnings.some((w) => w.startsWith(`${again.damaged} damaged row`)), 'damaged rows counted').toBe(true);
  });

  it('adds up the tasks of a task file (not the longest task): −47 % and −90 % before', async () => {
    for (const name of ['radiance__pideel-replication-study__emissions_emissions_PiDeeL_b83e1ad5-32a5-4e9a-aa8c-84998f4c6705.csv', 'siljeberiksen__asr-llm__src_emission_data_emissions_base_42a22ff8-9f55-4a28-9d9b-42ba935cbf20.csv']) {
      const file = files.find((f) => path.basename(f) === name)!;
      const m = await readReal(file);
      expect(m.warnings.some((w) => w.startsWith('task file:')), name).toBe(true);
      within(m.energyKwh, readCodeCarbonAgain(file).energyKwh, name);
    }
  });

  it('skips the rows damaged by concurrent writers (bigscience), counts them and gives their lines', async () => {
    const file = files.find((f) => path.basename(f).startsWith('bigscience'))!;
    const m = await readReal(file);
    expect(m.warnings.find((w) => w.includes('damaged row'))).toMatch(/^644 damaged rows skipped .* at lines 84, 87, 93, 99, 116, .* and 624 more; the other 3022 rows are reported$/);
    // Its 4 trackers ran at once on 8 × RTX 3090: fewer trackers than GPUs, so one machine each is as
    // likely as one shared machine; not taken for one tracker per rank.
    expect(m.perMachine).toBeNull();
  });

  it('detects the real multi-rank pairs (two trackers of 2 × H800 each, started together, GPU energies within 0.2 %)', async () => {
    const file = files.find((f) => path.basename(f).startsWith('ArkNightmaster'))!;
    const m = await readReal(file);
    expect(m.perMachine).not.toBeNull();
    expect(m.perMachine!.keptTrackers).toBeLessThan(m.perMachine!.trackers);
    expect(m.perMachine!.energyKwh).toBeLessThan(m.energyKwh!);
    expect(m.warnings.some((w) => /look like one tracker per rank on the same machine .* `dedupe: per-machine`/.test(w))).toBe(true);
  });

  it('reads CPU-only files and Apple SoCs without GPU-hours', async () => {
    for (const prefix of ['Ambroise012', 'Honkajo', 'EronQorri']) {
      const m = await readReal(files.find((f) => path.basename(f).startsWith(prefix))!);
      expect(m, prefix).toMatchObject({ cpuOnly: true, gpuHours: null, gpuCount: null });
      expect(m.machineHours, prefix).toBeGreaterThan(0);
    }
  });

  it('divides back out the PUE CodeCarbon applied (pue 1.22 in the L4 benchmark files), and finds no duplicate in trackers run one after the other', async () => {
    const m = await readReal(files.find((f) => path.basename(f).startsWith('danielwetzel__llm-customization__llm_judge'))!);
    expect(m.pueApplied).toBeCloseTo(1.22, 9);
    expect(m.perMachine).toBeNull();
  });
});

describe('the GPUs the real files name', () => {
  it('resolve to their catalogue entry (nvidia-smi and CodeCarbon spellings), consumer cards outside the catalogue aside', async () => {
    const expected: Record<string, string | null> = {
      'NVIDIA A100-SXM4-40GB': 'a100-40gb-sxm',
      'NVIDIA GeForce RTX 3090': 'rtx-3090',
      'NVIDIA GeForce RTX 4090': 'rtx-4090',
      'NVIDIA H800': 'h800-sxm',
      'NVIDIA L4': 'l4',
      'NVIDIA RTX 5000 Ada Generation': 'rtx-5000-ada',
      'Tesla T4': 't4',
      'Tesla V100-PCIE-32GB': 'v100-pcie-32gb',
    };
    const { findGpu } = await import('../../src/data/catalogue.js');
    const seen = new Set<string>();
    for (const file of [...realDataFiles('metrics/codecarbon'), ...realDataFiles('metrics/nvidia-smi')]) {
      if (path.basename(file) === NO_ENERGY_AT_ALL) continue;
      const m = await readReal(file);
      if (m.gpuModel === null) continue;
      seen.add(m.gpuModel);
      // Laptop and consumer cards (GTX 1650, RTX 2060 … 4080) are not in the catalogue: a run names its GPU or describes it.
      if (m.gpuModel in expected) expect(findGpu(m.gpuModel)?.id, m.gpuModel).toBe(expected[m.gpuModel]);
      else expect(m.gpuModel, path.basename(file)).toMatch(/GeForce (GTX|RTX) (1650|2060|2080|3060|3080|4060|4080)/);
    }
    for (const name of Object.keys(expected)) expect(seen.has(name), name).toBe(true);
  });
});

describe('the real nvidia-smi logs of ../shared/real-data/metrics/nvidia-smi', () => {
  const files = realDataFiles('metrics/nvidia-smi');

  it('has the 5 logs SOURCES.md lists', () => {
    expect(files).toHaveLength(5);
  });

  it.each(files.map((f) => [path.basename(f), f]))('%s: every figure within 1 % of an independent reading', async (name, file) => {
    const m = await readReal(file);
    compare(m, readNvidiaSmiAgain(file), 'energy (kWh)');
    if (!/index|uuid|pci\.bus_id/.test(readFileSync(file, 'utf8').split('\n')[0]!)) {
      expect(m.warnings).toContain('no index, uuid or pci.bus_id column: the log is read as one GPU');
    }
  });
});
