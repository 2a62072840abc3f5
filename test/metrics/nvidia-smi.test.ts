import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNvidiaSmiCsv } from '../../src/inputs/metrics/nvidia-smi.js';
import { readFileChunks } from '../../src/inputs/metrics/lines.js';
import { chunks, fixture, fixturePath, lineOf, problemsOf } from './helpers.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('parseNvidiaSmiCsv: 4-GPU log with a 5-minute gap', () => {
  /*
   * Hand computation for test/fixtures/metrics/nvidia-smi-4gpu-gap.csv (`-l 5`: one sample every
   * 5 s per GPU, GPU g read g×3 ms after GPU 0; t = 0 … 500 s):
   *   GPU 0: 300 W constant over 500 s                            → 300 × 500          = 150 000 J
   *   GPU 1: ramp P = 100 + t W (exact under the trapezoid rule)  → (100 + 600)/2 × 500 = 175 000 J
   *   GPU 2: 250.5 W constant over 500 s                          → 250.5 × 500        = 125 250 J
   *   GPU 3: 400 W for t = 0 … 100, no sample until t = 400 (300 s gap), then 200 W to t = 500.
   *          Median interval 5 s → gap limit max(30, 10 × 5) = 50 s: the 300 s interval is not
   *          integrated.                                         → 400 × 100 + 200 × 100 = 60 000 J
   *   Σ = 510 250 J = 510 250 / 3.6e6 kWh = 0.141736… kWh
   *   Observed GPU time = 3 × 500 + 200 = 1 700 s → 1700/3600 GPU-h
   *   Wall clock = last sample (GPU 3 at 500.009 s) − first (GPU 0 at 0) = 500.009 s
   */
  const bytes = fixture('nvidia-smi-4gpu-gap.csv');
  const text = bytes.toString('utf8');

  it('integrates each GPU and leaves the gap out', async () => {
    const m = await parseNvidiaSmiCsv(chunks(bytes), 'gpu.csv');
    expect(rel(m.energyKwh!, 510_250 / 3.6e6)).toBeLessThan(1e-9);
    expect(m.gpuCount).toBe(4);
    expect(rel(m.gpuHours!, 1700 / 3600)).toBeLessThan(1e-12);
    expect(rel(m.wallClockHours!, 500.009 / 3600)).toBeLessThan(1e-12);
    expect(m.gpuModel).toBe('NVIDIA H100 80GB HBM3');
    expect(m.energyScope).toBe('gpu');
    expect(m.format).toBe('nvidia-smi');
    expect(m.runId).toBeNull();
    expect(m.samples).toBe(345);
    const gapLine = lineOf(text, '12:06:40.009, 3,');
    expect(m.warnings).toHaveLength(1);
    expect(m.warnings[0]).toContain('GPU 3');
    expect(m.warnings[0]).toContain('300 s');
    expect(m.warnings[0]).toContain(`line ${gapLine}`);
    expect(m.warnings[0]).toContain('50 s gap limit');
  });

  it('integrates the gap when maxGapSeconds allows it', async () => {
    const m = await parseNvidiaSmiCsv(Readable.from(bytes), 'gpu.csv', { maxGapSeconds: 600 });
    // GPU 3 now also integrates (400 + 200)/2 × 300 = 90 000 J over 300 s
    expect(rel(m.energyKwh!, 600_250 / 3.6e6)).toBeLessThan(1e-9);
    expect(rel(m.gpuHours!, 2000 / 3600)).toBeLessThan(1e-12);
    expect(m.warnings).toEqual([]);
  });

  it('gives the same result for the nounits variant, with BOM and CRLF', async () => {
    const nounits = text.replace(/ W,/g, ',').replace(/ %,/g, ',').replace(/ MiB$/gm, '');
    expect(nounits).not.toContain(' W');
    const withUnits = await parseNvidiaSmiCsv(chunks(bytes), 'gpu.csv');
    const variant = await parseNvidiaSmiCsv(chunks('\uFEFF' + nounits.replace(/\n/g, '\r\n'), [1, 2, 4097]), 'gpu.csv');
    expect(variant).toEqual(withUnits);
  });

  it('gives the same result from reused file buffers of any size', async () => {
    const whole = await parseNvidiaSmiCsv(chunks(bytes), 'gpu.csv');
    for (const size of [3, 64, 1000]) {
      expect(await parseNvidiaSmiCsv(readFileChunks(fixturePath('nvidia-smi-4gpu-gap.csv'), size), 'gpu.csv')).toEqual(whole);
    }
  });

  it('rejects a bad maxGapSeconds', async () => {
    await expect(parseNvidiaSmiCsv(chunks(bytes), 'gpu.csv', { maxGapSeconds: 0 })).rejects.toThrow(/maxGapSeconds/);
  });
});

describe('parseNvidiaSmiCsv: variants', () => {
  it('reads a nounits log keyed by uuid across midnight, skipping [N/A]', async () => {
    // GPU A: 70 → 110 W linearly over 4 s = 360 J; GPU B: 71, 81, [N/A], 101, 111 W at 0,1,(2),3,4 s
    // = 76 + 182 + 106 = 364 J. Σ = 724 J.
    const m = await parseNvidiaSmiCsv(chunks(fixture('nvidia-smi-nounits-uuid.csv')), 'uuid.csv');
    expect(rel(m.energyKwh!, 724 / 3.6e6)).toBeLessThan(1e-12);
    expect(m.gpuCount).toBe(2);
    expect(m.gpuModel).toBe('NVIDIA A100-SXM4-80GB');
    expect(rel(m.gpuHours!, 8 / 3600)).toBeLessThan(1e-12);
    expect(rel(m.wallClockHours!, 4.001 / 3600)).toBeLessThan(1e-12);
    expect(m.samples).toBe(10);
    expect(m.warnings).toEqual(['1 power reading was unavailable ([N/A] or similar) and skipped (first at line 7)']);
  });

  it('accepts pci.bus_id as the GPU key and power.draw.average', async () => {
    const log = [
      'timestamp, name, pci.bus_id, power.draw.average [W], power.draw.instant [W]',
      '2024/05/01 12:00:00.000, NVIDIA H100 80GB HBM3, 00000000:18:00.0, 100.00 W, 90.00 W',
      '2024/05/01 12:00:00.000, NVIDIA H100 80GB HBM3, 00000000:2A:00.0, 200.00 W, 90.00 W',
      '2024/05/01 12:00:02.000, NVIDIA H100 80GB HBM3, 00000000:18:00.0, 100.00 W, 90.00 W',
      '2024/05/01 12:00:02.000, NVIDIA H100 80GB HBM3, 00000000:2A:00.0, 200.00 W, 90.00 W',
      '',
    ].join('\n');
    const m = await parseNvidiaSmiCsv(chunks(log), 'bus.csv');
    expect(m.energyKwh).toBeCloseTo(600 / 3.6e6, 15);
    expect(m.gpuCount).toBe(2);
  });

  it('skips a truncated last line with a warning', async () => {
    const full = fixture('nvidia-smi-nounits-uuid.csv').toString('utf8');
    const cut = full.slice(0, full.length - 12); // ends inside "111.00, 44"
    const m = await parseNvidiaSmiCsv(chunks(cut), 'cut.csv');
    // GPU B loses its last interval (106 J)
    expect(rel(m.energyKwh!, (724 - 106) / 3.6e6)).toBeLessThan(1e-12);
    expect(m.warnings).toContain('line 11 is incomplete (log cut off while written?) and was skipped');
    // units variant cut right after the number, before " W"
    const withUnits = 'timestamp, index, power.draw [W]\n2024/05/01 12:00:00.000, 0, 100.00 W\n2024/05/01 12:00:01.000, 0, 100.00 W\n2024/05/01 12:00:02.000, 0, 100.0';
    const u = await parseNvidiaSmiCsv(chunks(withUnits), 'cut.csv');
    expect(u.energyKwh).toBeCloseTo(100 / 3.6e6, 15);
    expect(u.warnings[0]).toMatch(/line 4 is incomplete/);
  });

  it('handles a header repeated mid-file (concatenated logs) and out-of-order samples', async () => {
    const log = [
      'timestamp, index, name, power.draw [W]',
      '2024/05/01 12:00:00.000, 0, NVIDIA L4, 50.00 W',
      '2024/05/01 12:00:01.000, 0, NVIDIA L4, 50.00 W',
      'timestamp, index, power.draw [W], name',
      '2024/05/01 12:00:00.500, 0, 70.00 W, NVIDIA L4',
      '2024/05/01 12:00:02.000, 0, 70.00 W, NVIDIA L4',
      '',
    ].join('\n');
    const m = await parseNvidiaSmiCsv(chunks(log), 'cat.csv');
    // 0→1 s at 50 W = 50 J; 1→2 s: (50 + 70)/2 = 60 J; the 12:00:00.500 sample is out of order
    expect(m.energyKwh).toBeCloseTo(110 / 3.6e6, 15);
    expect(m.samples).toBe(4);
    expect(m.warnings).toEqual(['1 sample earlier than the previous sample of the same GPU was skipped (first at line 5)']);
  });
});

describe('parseNvidiaSmiCsv: errors', () => {
  it('reports every bad row with line, column and field', async () => {
    const log = [
      'timestamp, index, name, power.draw [W]',
      '2024/05/01 12:00:00.000, 0, NVIDIA H100, 300.00 W',
      '2024/05/01 12:00:01.000, 0, NVIDIA H100, lots W',
      '2024/05/01 25:00:02.000, 0, NVIDIA H100, 300.00 W',
      '2024/05/01 12:00:03.000, 0, NVIDIA H100',
      '2024/05/01 12:00:04.000, 0, NVIDIA H100, -5 W',
      '',
    ].join('\n');
    const problems = await problemsOf(() => parseNvidiaSmiCsv(chunks(log), 'bad.csv'));
    expect('2024/05/01 12:00:01.000, 0, NVIDIA H100, lots W'.indexOf('lots') + 1).toBe(42);
    expect(problems).toEqual([
      { file: 'bad.csv', line: 3, column: 42, field: 'power.draw', message: 'not a power reading: "lots W" (expected watts, e.g. 312.45 W)' },
      { file: 'bad.csv', line: 4, column: 1, field: 'timestamp', message: 'not a timestamp: "2024/05/01 25:00:02.000" (expected YYYY/MM/DD HH:MM:SS.mmm)' },
      { file: 'bad.csv', line: 5, column: 1, message: 'row has 3 fields, the header has 4' },
      { file: 'bad.csv', line: 6, column: 42, field: 'power.draw', message: 'power must not be negative, got -5 W' },
    ]);
  });

  it('refuses implausible (and overflowing) readings', async () => {
    const log = (w: string) => `timestamp, index, name, power.draw [W]\n2024/05/01 12:00:00.000, 0, H100, ${w} W\n2024/05/01 12:00:01.000, 0, H100, 300 W\n`;
    for (const w of ['1e309', '1e308', '150000']) {
      const problems = await problemsOf(() => parseNvidiaSmiCsv(chunks(log(w)), 'big.csv'));
      expect(problems).toEqual([
        { file: 'big.csv', line: 2, column: 35, field: 'power.draw', message: `implausible power reading: ${w} W (more than 100 kW for one GPU)` },
      ]);
    }
  });

  it('caps the problems at 50 and says how many more there were', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => `2024/05/01 12:00:${String(i % 60).padStart(2, '0')}.000, 0, x, oops`);
    const problems = await problemsOf(() => parseNvidiaSmiCsv(chunks(['timestamp, index, name, power.draw [W]', ...rows, ''].join('\n')), 'many.csv'));
    expect(problems).toHaveLength(51);
    expect(problems[50]!.message).toMatch(/^30 more problems not shown/);
  });

  it('reads a log without a GPU key (--query-gpu=timestamp,power.draw) as one GPU', async () => {
    // 100 W at t = 0 … 10 s, 300 W at t = 11 … 20 s: trapezoids 100 × 10 + (100 + 300) / 2 × 1 + 300 × 9 J.
    const text =
      'timestamp, power.draw [W]\n' +
      Array.from({ length: 21 }, (_, i) => `2024/10/30 18:42:${String(10 + i).padStart(2, '0')}.000, ${i <= 10 ? 100 : 300}.00 W`).join('\n') +
      '\n';
    const m = await parseNvidiaSmiCsv(chunks(text), 'one.csv');
    expect(m).toMatchObject({ gpuCount: 1, gpuModel: null, samples: 21 });
    expect(m.energyKwh! * 3.6e6).toBeCloseTo(100 * 10 + 200 * 1 + 300 * 9, 6);
    expect(m.gpuHours).toBeCloseTo(20 / 3600, 12);
    expect(m.warnings).toContain('no index, uuid or pci.bus_id column: the log is read as one GPU');
    // With a name column, the GPU's name is kept.
    const named = await parseNvidiaSmiCsv(chunks('timestamp, name, power.draw [W]\n2026/01/03 15:36:53.507, NVIDIA GeForce RTX 4090, 33.09 W\n2026/01/03 15:36:54.512, NVIDIA GeForce RTX 4090, 33.14 W\n'), 'n.csv');
    expect(named).toMatchObject({ gpuCount: 1, gpuModel: 'NVIDIA GeForce RTX 4090' });
  });

  it('needs a header with timestamp and power.draw', async () => {
    const noHeader = await problemsOf(() => parseNvidiaSmiCsv(chunks('2024/05/01 12:00:00.000, 0, NVIDIA H100, 300.00 W\n'), 'nh.csv'));
    expect(noHeader[0]).toMatchObject({ file: 'nh.csv', line: 1, message: expect.stringMatching(/first line must be the header/) });
    const noPower = await problemsOf(() => parseNvidiaSmiCsv(chunks('timestamp, index, temperature.gpu\n'), 'np.csv'));
    expect(noPower).toEqual([expect.objectContaining({ line: 1, message: 'header lacks the column power.draw' })]);
    const milliwatts = await problemsOf(() => parseNvidiaSmiCsv(chunks('timestamp, index, power.draw [mW]\n'), 'mw.csv'));
    expect(milliwatts[0]!.message).toMatch(/expected \[W\]/);
  });

  it('refuses an empty log and one with no usable reading', async () => {
    await expect(parseNvidiaSmiCsv(chunks(''), 'e.csv')).rejects.toThrow(/empty nvidia-smi log/);
    await expect(parseNvidiaSmiCsv(chunks('timestamp, index, power.draw [W]\n2024/05/01 12:00:00.000, 0, [N/A]\n'), 'na.csv')).rejects.toThrow(
      /no usable power reading/,
    );
  });
});

/** Builds an nvidia-smi log from per-GPU series of [ms offset, watts | null (N/A)]. */
function buildLog(series: readonly (readonly [number, number | null])[][], opts: { units: boolean; crlf: boolean; bom: boolean }): string {
  const start = Date.UTC(2024, 4, 1, 12, 0, 0);
  const rows: [number, string][] = [];
  series.forEach((samples, g) => {
    for (const [t, p] of samples) {
      const d = new Date(start + t).toISOString().replace('T', ' ').replace('Z', '').replace(/-/g, '/');
      const v = p === null ? '[N/A]' : `${p.toFixed(2)}${opts.units ? ' W' : ''}`;
      rows.push([t, `${d}, ${g}, NVIDIA H100 80GB HBM3, ${v}`]);
    }
  });
  rows.sort((a, b) => a[0] - b[0]);
  const nl = opts.crlf ? '\r\n' : '\n';
  return (opts.bom ? '\uFEFF' : '') + ['timestamp, index, name, power.draw [W]', ...rows.map((r) => r[1])].join(nl) + nl;
}

describe('parseNvidiaSmiCsv: properties', () => {
  it('integrates a constant power P over a time T to P·T', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100), // watts with 2 decimals
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 200 }), // intervals, ms
        async (watts, intervals) => {
          let t = 0;
          const samples: [number, number][] = [[0, watts]];
          for (const dt of intervals) samples.push([(t += dt), watts]);
          const m = await parseNvidiaSmiCsv(chunks(buildLog([samples], { units: true, crlf: false, bom: false })), 'p.csv');
          const joules = watts * (t / 1000);
          expect(Math.abs(m.energyKwh! * 3.6e6 - joules)).toBeLessThanOrEqual(1e-9 * Math.max(joules, 1));
          expect(m.gpuHours! * 3600).toBeCloseTo(t / 1000, 9);
        },
      ),
    );
  });

  it('never changes its result with the chunk boundaries', async () => {
    const sample = fc.tuple(fc.integer({ min: 200, max: 3000 }), fc.option(fc.integer({ min: 0, max: 70_000 }).map((c) => c / 100), { freq: 8 }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(sample, { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 4 }),
        fc.record({ units: fc.boolean(), crlf: fc.boolean(), bom: fc.boolean() }),
        fc.array(fc.nat(6000), { maxLength: 12 }),
        async (gpus, opts, cuts) => {
          const series = gpus.map((samples) => {
            let t = 0;
            return samples.map(([dt, p]) => [(t += dt), p] as const);
          });
          if (!series.some((s) => s.some(([, p]) => p !== null))) return;
          const log = buildLog(series, opts);
          const whole = await parseNvidiaSmiCsv(chunks(log), 'c.csv');
          expect(await parseNvidiaSmiCsv(chunks(log, cuts), 'c.csv')).toEqual(whole);
          // and byte by byte for small logs
          if (log.length < 400) {
            const bytes = Buffer.from(log);
            expect(await parseNvidiaSmiCsv(chunks(bytes, Array.from({ length: bytes.length }, (_, i) => i)), 'c.csv')).toEqual(whole);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
