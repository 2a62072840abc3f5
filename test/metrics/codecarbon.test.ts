import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCodeCarbonCsv, parseGpuModel } from '../../src/inputs/metrics/codecarbon.js';
import { splitCsvRecord } from '../../src/inputs/metrics/csv-records.js';
import { chunks, fixture, problemsOf } from './helpers.js';

describe('parseCodeCarbonCsv', () => {
  it('keeps the last snapshot of each run_id and adds up the runs (current header)', async () => {
    // run 8f14…: two cumulative rows (1800 s / 0.875 kWh, then 3600 s / 1.75 kWh) → the second counts;
    //            4 × A100 → 4 × 3600 s = 4 GPU-h.
    // run 0c9a…: 7200 s / 2.5 kWh; gpu_count empty → 2 from "2 x NVIDIA A100-SXM4-40GB" → 4 GPU-h.
    // CodeCarbon (≥ 2.2.3) multiplied every energy by its pue 1.1: IT energy = 4.25 / 1.1.
    const m = await parseCodeCarbonCsv(chunks(fixture('codecarbon-emissions.csv')), 'emissions.csv');
    expect(m.energyKwh).toBeCloseTo(4.25 / 1.1, 12);
    expect(m).toMatchObject({
      file: 'emissions.csv',
      format: 'codecarbon',
      runId: null,
      pueApplied: 1.1,
      wue: null,
      cpuOnly: false,
      perMachine: null,
      energyScope: 'server',
      gpuHours: 8,
      gpuCount: 4,
      wallClockHours: 2,
      reportedEmissionsKg: 0.375,
      gpuModel: 'NVIDIA A100-SXM4-40GB',
      country: 'FR',
      cloudProvider: 'gcp',
      cloudRegion: 'europe-west9',
      tokens: null,
      samples: 3,
    });
    expect(m.warnings).toEqual([
      '2 CodeCarbon runs added up (rows of one run_id are snapshots: only the last counts)',
      'CodeCarbon had applied a PUE of 1.1 to every energy figure (its pue column): divided back out, so that the run\'s PUE is applied once',
    ]);
  });

  it('reads the 2.x header (no experiment_id): snapshots of one tracker', async () => {
    const m = await parseCodeCarbonCsv(chunks(fixture('codecarbon-2x.csv')), 'cc2.csv');
    expect(m).toMatchObject({ energyKwh: 0.2461, gpuCount: 1, gpuHours: 2400 / 3600, wallClockHours: 2400 / 3600, country: 'SG', cloudProvider: null });
    expect(m.gpuModel).toBe('NVIDIA A100-SXM4-40GB');
    expect(m.reportedEmissionsKg).toBe(0.0245);
    expect(m.warnings).toEqual([]);
  });

  it('reads the 1.x header (no run_id: one tracker per experiment_id)', async () => {
    const m = await parseCodeCarbonCsv(chunks(fixture('codecarbon-v1.csv')), 'old.csv');
    expect(m).toMatchObject({ energyKwh: 0.75, wallClockHours: 0.25, gpuCount: null, gpuHours: null, country: 'US', cloudRegion: 'us-central1' });
    expect(m.reportedEmissionsKg).toBeCloseTo(0.075, 15);
    expect(m.cpuOnly).toBe(true);
    expect(m.machineHours).toBeCloseTo((900 + 600) / 3600, 12);
    expect(m.warnings).toContain('no GPU recorded by CodeCarbon (gpu_count and gpu_model empty, or not an accelerator): a CPU-only file, GPU-hours do not apply');
  });

  it('reports every bad cell with line, column and column name', async () => {
    const text = fixture('codecarbon-bad-cells.csv').toString('utf8');
    const lines = text.split('\n');
    const col = (line: number, needle: string) => lines[line - 1]!.indexOf(needle) + 1;
    const problems = await problemsOf(() => parseCodeCarbonCsv(chunks(text), 'bad.csv'));
    expect(problems).toEqual([
      { file: 'bad.csv', line: 2, column: col(2, ',abc,') + 1, field: 'duration', message: 'not a number: "abc"' },
      { file: 'bad.csv', line: 2, column: col(2, ',-0.5,') + 1, field: 'energy_consumed', message: 'must not be negative, got -0.5' },
      { file: 'bad.csv', line: 3, column: col(3, ',,0.0,France') + 1, field: 'energy_consumed', message: 'empty; a number is required' },
    ]);
  });

  it('handles CRLF, a BOM, quoted fields with commas, quotes and newlines, and a truncated last line', async () => {
    const text =
      '\uFEFFrun_id,duration,energy_consumed,cpu_model,gpu_model,gpu_count\r\n' +
      'a,3600,1.5,"Xeon, ""Gold""\r\n6338",1 x NVIDIA L4,1\r\n' +
      'b,1800,0.5,"EPYC, 64 cores","2 x NVIDIA L4, 1 x NVIDIA T4",\r\n' +
      'c,900,0.2';
    const m = await parseCodeCarbonCsv(chunks(text, [2, 50, 51]), 'q.csv');
    // a: 1 GPU × 1 h; b: 3 GPUs × 0.5 h; c is cut off
    expect(m).toMatchObject({ energyKwh: 2, gpuHours: 2.5, gpuCount: 3, wallClockHours: 1, samples: 3 });
    expect(m.gpuModel).toBe('NVIDIA L4');
    expect(m.warnings).toContain('line 5 is incomplete (file cut off while written?) and was skipped');
    expect(m.warnings.some((w) => w.includes('several GPU models'))).toBe(true);
  });

  it('needs duration and energy_consumed in the header, and data rows', async () => {
    const p = await problemsOf(() => parseCodeCarbonCsv(chunks('timestamp,run_id,emissions\n'), 'h.csv'));
    expect(p.map((x) => x.field)).toEqual(['duration', 'energy_consumed']);
    expect(p[0]).toMatchObject({ line: 1, column: 1 });
    await expect(parseCodeCarbonCsv(chunks('run_id,duration,energy_consumed\n'), 'e.csv')).rejects.toThrow(/no data rows/);
    await expect(parseCodeCarbonCsv(chunks(''), 'e.csv')).rejects.toThrow(/empty file/);
  });

  it('refuses implausibly large cells, which would overflow once added up', async () => {
    const p = await problemsOf(() => parseCodeCarbonCsv(chunks('run_id,duration,energy_consumed,gpu_count\na,1e308,1e308,8\nb,1,1e309,1e8\n'), 'o.csv'));
    expect(p.map((x) => `${x.line}:${x.column} ${x.field} ${x.message}`)).toEqual([
      '2:3 duration implausibly large: 1e308 (more than 10000000000)',
      '2:9 energy_consumed implausibly large: 1e308 (more than 1000000000000)',
      '3:5 energy_consumed not a finite number: 1e309',
      '3:11 gpu_count implausibly large: 1e8 (more than 10000000)',
    ]);
  });

  it('reports rows with a wrong field count', async () => {
    const p = await problemsOf(() => parseCodeCarbonCsv(chunks('run_id,duration,energy_consumed\na,1,2,3\nb,1\n'), 'n.csv'));
    expect(p).toEqual([
      { file: 'n.csv', line: 2, column: 1, message: 'row has 4 fields, the header (line 1) has 3' },
      { file: 'n.csv', line: 3, column: 1, message: 'row has 2 fields, the header (line 1) has 3' },
    ]);
  });

  it('gives one warning per kind, however many rows have it (one row: the row\'s own words)', async () => {
    const header = 'run_id,duration,energy_consumed,gpu_count,gpu_model\n';
    // 10,000 rows: each gpu_count disagrees with its gpu_model, and each model is mixed
    const rows = Array.from({ length: 10_000 }, (_, i) => `r${i},60,0.1,4,"2 x NVIDIA L4, 1 x NVIDIA T4"\n`).join('');
    const m = await parseCodeCarbonCsv(chunks(header + rows), 'many.csv');
    expect(m.samples).toBe(10_000);
    expect(m.warnings).toEqual([
      '10000 rows have a gpu_count that disagrees with gpu_model (first at line 2: gpu_count 4 disagrees with gpu_model "2 x NVIDIA L4, 1 x NVIDIA T4" (CodeCarbon\'s gpu_count counts the GPUs it tracked)); gpu_count is used',
      '10000 rows have several GPU models (first at line 2: 2 x NVIDIA L4, 1 x NVIDIA T4); gpuModel is the most numerous one',
      '10000 CodeCarbon runs added up (rows of one run_id are snapshots: only the last counts)',
    ]);

    // one row each, the mixed one first: the warnings as before, in the order of the rows
    const one = await parseCodeCarbonCsv(chunks(`${header}a,60,0.1,,"1 x A, 1 x B"\nb,60,0.1,3,2 x A\nc,60,0.1,1`), 'one.csv');
    expect(one.warnings.slice(0, 3)).toEqual([
      'line 2: several GPU models (1 x A, 1 x B); gpuModel is the most numerous one',
      'line 3: gpu_count 3 disagrees with gpu_model "2 x A" (CodeCarbon\'s gpu_count counts the GPUs it tracked); gpu_count is used',
      'line 4 is incomplete (file cut off while written?) and was skipped',
    ]);
  });

  it('notices a header repeated in any case and spacing, and only a whole header', async () => {
    const text =
      'run_id,duration,energy_consumed\n' +
      'a,60,0.5\n' +
      ' RUN_ID , Duration ,\tENERGY_CONSUMED \n' + // appended by another version: a header again
      'b,120,0.25\n' +
      'duration,30,0.125\n'; // a run named "duration" is a row
    const m = await parseCodeCarbonCsv(chunks(text), 'h.csv');
    expect(m).toMatchObject({ samples: 3, energyKwh: 0.875, wallClockHours: 120 / 3600 });
  });

  it('adds up the rows of a task file: one row per task, each its own energy (CodeCarbon start_task / stop_task)', async () => {
    const text =
      'task_name,timestamp,run_id,duration,gpu_energy,energy_consumed,gpu_count,gpu_model\n' +
      'load,2024-07-30T15:24:03,r1,10,0.0001,0.0003,1,1 x NVIDIA GeForce RTX 3090\n' +
      'train,2024-07-30T16:09:45,r1,2700,0.026,0.078,1,1 x NVIDIA GeForce RTX 3090\n' +
      'eval,2024-07-30T16:13:10,r1,200,0.002,0.006,1,1 x NVIDIA GeForce RTX 3090\n';
    const m = await parseCodeCarbonCsv(chunks(text), 'tasks.csv');
    // Not the longest task (0.078 kWh) but all three; they run in turn: 2,910 s.
    expect(m.energyKwh).toBeCloseTo(0.0843, 12);
    expect(m.wallClockHours).toBeCloseTo(2910 / 3600, 12);
    expect(m.gpuHours).toBeCloseTo(2910 / 3600, 12);
    expect(m.warnings).toContain('task file: 3 task rows added up (each row is one task\'s own energy)');
  });

  it('skips rows damaged by concurrent writers when others are usable, counting them and giving their lines', async () => {
    const text =
      'timestamp,run_id,duration,energy_consumed,gpu_count,gpu_model,tracking_mode,on_cloud\n' +
      '2022-05-18T12:03:53,a,4.8,0.0004,8,8 x NVIDIA GeForce RTX 3090,machine,N\n' +
      'ne,N,,,,,,\n' + // the tail of a row another process was writing
      '2022-05-18T12:03:54,a,5.1,0.0005,8,8 x NVIDIA GeForce RTX 3090,machine,N\n' +
      ',N,,,,,,\n' +
      '2022-05-18T12:03:55,a,5.2,0.0006,8,8 x NVIDIA GeForce RTX 3090,machine,N,extra\n';
    const m = await parseCodeCarbonCsv(chunks(text), 'damaged.csv');
    expect(m).toMatchObject({ energyKwh: 0.0005, samples: 5 });
    expect(m.warnings).toContain(
      '3 damaged rows skipped (cut or interleaved by concurrent writers, or without a readable duration or energy) at lines 3, 5, 6; the other 2 rows are reported',
    );
  });

  it('refuses a file with no energy figure at all, saying so once', async () => {
    const p = await problemsOf(() => parseCodeCarbonCsv(chunks('run_id,duration,energy_consumed,ram_energy\na,2.7,,2.8e-07\nb,2.9,,2.9e-07\n'), 'none.csv'));
    expect(p).toEqual([
      expect.objectContaining({ line: 2, field: 'energy_consumed', message: 'no energy figure: energy_consumed is empty on every row (2), so there is nothing to report' }),
    ]);
  });

  it('reads a CPU or an Apple SoC in gpu_model as no GPU', async () => {
    const text = 'run_id,duration,energy_consumed,gpu_count,gpu_model\na,60,0.1,1,Intel(R) Core(TM) i7-9750H CPU @ 2.60GHz\nb,60,0.1,1,Apple M1\n';
    const m = await parseCodeCarbonCsv(chunks(text), 'cpu.csv');
    expect(m).toMatchObject({ cpuOnly: true, gpuHours: null, gpuCount: null, gpuModel: null });
    expect(m.machineHours).toBeCloseTo(120 / 3600, 12);
  });

  it('gives the same result however the bytes are chunked (property)', async () => {
    const bytes = fixture('codecarbon-emissions.csv');
    const whole = await parseCodeCarbonCsv(chunks(bytes), 'e.csv');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(bytes.length), { maxLength: 20 }), async (cuts) => {
        expect(await parseCodeCarbonCsv(chunks(bytes, cuts), 'e.csv')).toEqual(whole);
      }),
      { numRuns: 50 },
    );
  });
});

describe('CSV helpers', () => {
  it('splits records with quotes', () => {
    expect(splitCsvRecord('a,"b,c",,"d ""e""",f')?.values).toEqual(['a', 'b,c', '', 'd "e"', 'f']);
    expect(splitCsvRecord('a,"b,c",,"d ""e""",f')?.offsets).toEqual([0, 2, 8, 9, 19]);
    expect(splitCsvRecord('a,"open')).toBeNull();
    expect(splitCsvRecord('a,')?.values).toEqual(['a', '']);
  });

  it('reads CodeCarbon gpu_model', () => {
    expect(parseGpuModel('1 x NVIDIA A100-SXM4-40GB')).toEqual({ count: 1, name: 'NVIDIA A100-SXM4-40GB', mixed: false });
    expect(parseGpuModel('8 x NVIDIA H100 80GB HBM3')).toEqual({ count: 8, name: 'NVIDIA H100 80GB HBM3', mixed: false });
    expect(parseGpuModel('1 x Tesla T4, 3 x NVIDIA L4')).toEqual({ count: 4, name: 'NVIDIA L4', mixed: true });
    expect(parseGpuModel('Apple M1 Pro')).toEqual({ count: null, name: 'Apple M1 Pro', mixed: false });
    // CodeCarbon ≥ 2.3 joins entries with no separator ("1 x A" + "1 x B").
    expect(parseGpuModel('1 x NVIDIA GeForce RTX 40601 x NVIDIA GeForce RTX 3080 Ti')).toEqual({ count: 2, name: 'NVIDIA GeForce RTX 4060', mixed: true });
    expect(parseGpuModel('4 x NVIDIA H1004 x NVIDIA H200')).toEqual({ count: 8, name: 'NVIDIA H100', mixed: true });
    expect(parseGpuModel('')).toEqual({ count: null, name: null, mixed: false });
  });
});
