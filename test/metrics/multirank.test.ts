/**
 * One CodeCarbon tracker per rank, each measuring its whole machine (mlco2/codecarbon#544, #936):
 * the fixture is a torchrun job on two 4 × H100 machines, 8 ranks, each rank's tracker flushed every
 * 20 minutes for an hour (3 cumulative snapshots each) — 8 trackers, 4 per machine, overlapping, with
 * GPU energies within 1 % (the two machines' within 1 % too). Shaped after the real multi-rank files
 * (ArkNightmaster/AIRA, bigscience-workshop/carbon-footprint) with CodeCarbon 3.2's header.
 */
import { describe, expect, it } from 'vitest';
import { loadState } from '../../src/inputs/load.js';
import { parseCodeCarbonCsv } from '../../src/inputs/metrics/codecarbon.js';
import { MemoryReader } from '../../src/inputs/tree.js';
import { diffReports } from '../../src/model/diff.js';
import { reportJson } from '../../src/outputs/json.js';
import { renderDiffMarkdown } from '../../src/outputs/markdown.js';
import { chunks, fixture } from './helpers.js';

const FIXTURE = 'codecarbon-multirank.csv';

/** Each tracker's last snapshot, read here by hand (split on commas: the fixture has no quoted field). */
function lastSnapshots(): { energy: number; gpuSeconds: number }[] {
  const [header, ...rows] = fixture(FIXTURE).toString('utf8').trim().split('\n');
  const col = (name: string) => header!.split(',').indexOf(name);
  const byRun = new Map<string, string[]>();
  for (const r of rows) byRun.set(r.split(',')[col('run_id')]!, r.split(','));
  return [...byRun.values()].map((c) => ({ energy: Number(c[col('energy_consumed')]), gpuSeconds: 4 * Number(c[col('duration')]) }));
}

async function stateWith(dedupe: string) {
  const manifest = `version: 1\nruns:\n  - id: pretrain\n    region: FR\n    metrics: emissions.csv\n${dedupe}`;
  const reader = new MemoryReader('test', new Map([['m.yml', manifest], ['emissions.csv', fixture(FIXTURE).toString('utf8')]]));
  return loadState(reader, { manifests: ['m.yml'] });
}

describe('trackers of one machine (one per rank)', () => {
  it('are detected: 8 trackers on 2 machines of 4 GPUs count as 2 trackers with dedupe: per-machine', async () => {
    const m = await parseCodeCarbonCsv(chunks(fixture(FIXTURE)), FIXTURE);
    const trackers = lastSnapshots();
    expect(trackers).toHaveLength(8);
    const all = trackers.reduce((a, t) => a + t.energy, 0);
    // As written: every rank's energy added up, 8 × one machine-hour of 4 GPUs.
    expect(m.energyKwh).toBeCloseTo(all, 12);
    expect(m.gpuHours).toBeCloseTo(trackers.reduce((a, t) => a + t.gpuSeconds, 0) / 3600, 9);
    // Per machine: 8 trackers that each saw 4 GPUs = 2 machines of their mean energy (a quarter of it).
    expect(m.perMachine).toMatchObject({ trackers: 8, keptTrackers: 2 });
    expect(m.perMachine!.energyKwh).toBeCloseTo((2 * all) / 8, 12);
    const meanGpuHours = trackers.reduce((a, t) => a + t.gpuSeconds, 0) / 8 / 3600;
    expect(m.perMachine!.gpuHours).toBeCloseTo(2 * meanGpuHours, 9); // 2 machines × 4 GPUs × ~1 h
    expect(m.warnings.find((w) => w.includes('one tracker per rank'))).toMatch(
      /^8 CodeCarbon trackers in 1 group look like one tracker per rank on the same machine \(same GPU model, overlapping times, GPU energies within 5 %, at least one per GPU; first group: 8 × "NVIDIA H100 80GB HBM3" at lines 18, 19, 20, 21, 22, 23, 24, 25\): .*#544\)\. Energy as written: \S+ kWh; if the ranks did share machines, set `dedupe: per-machine` on the run to count each once \(⌈trackers \/ GPUs⌉ machines\): \S+ kWh\.$/,
    );
  });

  it('are not confused with trackers that ran one after the other, nor with one tracker per node', async () => {
    const header = 'timestamp,run_id,duration,gpu_energy,energy_consumed,gpu_count,gpu_model\n';
    const rows = ['2025-01-01T10:00:00,a,3600,1.0,1.2,4,4 x NVIDIA L4', '2025-01-01T11:00:05,b,3600,1.0,1.2,4,4 x NVIDIA L4'].join('\n');
    expect((await parseCodeCarbonCsv(chunks(header + rows), 'seq.csv')).perMachine).toBeNull();
    // … nor with overlapping trackers that measured different energies (different machines, different loads).
    const busy = ['2025-01-01T11:00:00,a,3600,1.0,1.2,4,4 x NVIDIA L4', '2025-01-01T11:00:00,b,3600,1.5,1.7,4,4 x NVIDIA L4'].join('\n');
    expect((await parseCodeCarbonCsv(chunks(header + busy), 'busy.csv')).perMachine).toBeNull();
    // … nor with one tracker on each of 2 nodes of 4 GPUs (alike, but fewer trackers than GPUs).
    const nodes = ['2025-01-01T11:00:00,a,3600,1.0,1.2,4,4 x NVIDIA L4', '2025-01-01T11:00:01,b,3600,1.01,1.21,4,4 x NVIDIA L4'].join('\n');
    expect((await parseCodeCarbonCsv(chunks(header + nodes), 'nodes.csv')).perMachine).toBeNull();
    // Four ranks of a 4-GPU machine, each measuring all four: duplicates.
    const ranks = ['a', 'b', 'c', 'd'].map((r, i) => `2025-01-01T11:00:0${i},${r},3600,1.0${i},1.2${i},4,4 x NVIDIA L4`).join('\n');
    expect((await parseCodeCarbonCsv(chunks(header + ranks), 'ranks.csv')).perMachine).toMatchObject({ trackers: 4, keptTrackers: 1 });
  });

  it('are warned about in the PR comment and the JSON report, and counted once per machine with dedupe: per-machine', async () => {
    const plain = await stateWith('');
    const warning = plain.notes.find((n) => n.message.includes('one tracker per rank'))!;
    expect(warning.file).toBe('emissions.csv');
    expect(warning.message).toMatch(/^8 CodeCarbon trackers/);
    const comment = renderDiffMarkdown(diffReports(null, plain.report), { warnings: plain.notes });
    expect(comment).toContain('8 CodeCarbon trackers in 1 group look like one tracker per rank on the same machine');
    expect(comment).toContain('dedupe: per-machine');
    const json = reportJson(plain.report).runs[0]!;
    expect(json.measurementWarnings).toContain(`emissions.csv: ${warning.message}`);

    const deduped = await stateWith('    dedupe: per-machine\n');
    const before = plain.report.runs[0]!.run.inputs.measuredEnergy!.kwh;
    const after = deduped.report.runs[0]!.run.inputs.measuredEnergy!.kwh;
    expect(after / before).toBeCloseTo(2 / 8, 9);
    expect(deduped.report.runs[0]!.run.assumptions.find((a) => a.key === 'measuredEnergy')?.label).toBe('Measured energy (server scope, one tracker per machine)');
    // GPU-hours follow: 2 machines × 4 GPUs for (nearly) an hour, as the trackers measured them.
    const trackers = lastSnapshots();
    expect(deduped.report.runs[0]!.footprint.gpuHours.measured).toBeCloseTo((2 * trackers.reduce((a, t) => a + t.gpuSeconds, 0)) / 8 / 3600, 9);
  });
});
