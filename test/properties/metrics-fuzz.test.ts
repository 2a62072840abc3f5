/**
 * Job-metrics fuzzing: valid CodeCarbon, nvidia-smi and metrics-JSON files, damaged (lines cut,
 * dropped or repeated; numbers replaced by NaN, negatives, 1e308 or wrong units; unicode, CRLF, random
 * bytes) and fed through parseMetricsStream in random chunks. The result is either measurements whose
 * numbers are all finite and non-negative, or an InputError whose problems name the file (and the
 * line, for problems about a row or a cell). Never another exception.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMetricsStream, type JobMeasurement } from '../../src/inputs/metrics/index.js';
import { resultOrProblems, RUNS } from './arbitraries.js';

const fixture = (name: string): Buffer => readFileSync(fileURLToPath(new URL(`../fixtures/metrics/${name}`, import.meta.url)));

const SOURCES: readonly { name: string; bytes: Buffer }[] = [
  'codecarbon-emissions.csv',
  'codecarbon-v1.csv',
  'codecarbon-bad-cells.csv',
  'metrics.json',
  'metrics-array.json',
  'metrics-negative.json',
  'metrics-unknown-key.json',
  'nvidia-smi-nounits-uuid.csv',
  'nvidia-smi-4gpu-gap.csv',
].map((name) => ({ name, bytes: fixture(name) }));

// ---------------------------------------------------------------------------------- damage

/** Replacements for a number in the text. */
const BAD_NUMBERS = [
  'NaN', '-1', '-0', '1e308', '1e309', '-1e308', 'Infinity', '-Infinity', '300 kW', '12 GW', '0x1F', '1,5', '', ' ', '"7"',
  '1e-320', '9'.repeat(400), '४२', '١٢', 'null', 'true', '[]', '{}', '5e', '.', '--1',
];
const INSERTS = ['é', '😀', '\u2028', '\u200b', '\u202e', '\uFEFF', '\u0000', '"', ',', '\n', '\r', '\r\n', ',,,,', '[N/A]', ' W', '\\'];

type Damage =
  | { kind: 'truncate-line'; at: number; where: number }
  | { kind: 'drop-line'; at: number }
  | { kind: 'repeat-line'; at: number }
  | { kind: 'bad-number'; at: number; value: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'crlf' }
  | { kind: 'random-bytes'; at: number; bytes: Uint8Array }
  | { kind: 'cut-file'; at: number }
  | { kind: 'bom' };

const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate-line' as const), at, where: at }),
  fc.record({ kind: fc.constant('drop-line' as const), at }),
  fc.record({ kind: fc.constant('repeat-line' as const), at }),
  fc.record({ kind: fc.constant('bad-number' as const), at, value: fc.constantFrom(...BAD_NUMBERS) }),
  fc.record({ kind: fc.constant('insert' as const), at, text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ unit: 'grapheme', maxLength: 5 })) }),
  fc.constant({ kind: 'crlf' as const }),
  fc.record({ kind: fc.constant('random-bytes' as const), at, bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('cut-file' as const), at }),
  fc.constant({ kind: 'bom' as const }),
);

function damage(bytes: Buffer, d: Damage): Buffer {
  const text = bytes.toString('utf8');
  const lines = text.split('\n');
  const line = (u: number) => Math.floor(u * lines.length);
  switch (d.kind) {
    case 'truncate-line': {
      const i = line(d.at);
      lines[i] = lines[i]!.slice(0, Math.floor(d.where * lines[i]!.length));
      return Buffer.from(lines.join('\n'));
    }
    case 'drop-line':
      lines.splice(line(d.at), 1);
      return Buffer.from(lines.join('\n'));
    case 'repeat-line': {
      const i = line(d.at);
      lines.splice(i, 0, lines[i]!);
      return Buffer.from(lines.join('\n'));
    }
    case 'bad-number': {
      const numbers = [...text.matchAll(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi)];
      if (!numbers.length) return bytes;
      const m = numbers[Math.floor(d.at * numbers.length)]!;
      return Buffer.from(text.slice(0, m.index) + d.value + text.slice(m.index + m[0].length));
    }
    case 'insert': {
      const i = Math.floor(d.at * text.length);
      return Buffer.from(text.slice(0, i) + d.text + text.slice(i));
    }
    case 'crlf':
      return Buffer.from(text.replace(/\r?\n/g, '\r\n'));
    case 'random-bytes': {
      const i = Math.floor(d.at * bytes.length);
      return Buffer.concat([bytes.subarray(0, i), Buffer.from(d.bytes), bytes.subarray(i)]);
    }
    case 'cut-file':
      return bytes.subarray(0, Math.floor(d.at * bytes.length));
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
  }
}

/** The bytes cut into chunks at random points (a chunk may end inside a UTF-8 character or a CRLF). */
function chunked(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].filter((p) => p > 0 && p < bytes.length).sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of points) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
}

// ---------------------------------------------------------------------------------- checks

const NUMERIC_FIELDS = ['gpuCount', 'wallClockHours', 'gpuHours', 'energyKwh', 'reportedEmissionsKg', 'tokens', 'samples'] as const;

function badNumbers(ms: readonly JobMeasurement[]): string[] {
  const bad: string[] = [];
  ms.forEach((m, i) => {
    for (const f of NUMERIC_FIELDS) {
      const v = m[f];
      if (v === null) continue;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) bad.push(`[${i}].${f} = ${v}`);
    }
    if (!Array.isArray(m.warnings) || m.warnings.some((w) => typeof w !== 'string')) bad.push(`[${i}].warnings`);
  });
  return bad;
}

async function parse(file: string, bytes: Buffer, cuts: readonly number[]) {
  return resultOrProblems(() => parseMetricsStream(Readable.from(chunked(bytes, cuts)), file, { maxBytes: 1 << 20 }));
}

function check(file: string, result: Awaited<ReturnType<typeof parse>>, input: Buffer): void {
  const shown = () => `${file}:\n${JSON.stringify(input.toString('utf8').slice(0, 600))}`;
  if (result.ok) {
    expect(Array.isArray(result.value)).toBe(true);
    expect(badNumbers(result.value), shown()).toEqual([]);
    for (const m of result.value) expect(m.file).toBe(file);
    return;
  }
  expect(result.problems.length, shown()).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(p.file, JSON.stringify(p)).toBe(file);
    expect(p.message, JSON.stringify(p)).toMatch(/\S/);
    // A problem about a row or a cell says which line; whole-file problems (empty, too large,
    // "N more problems") have none.
    if (p.column !== undefined || p.field !== undefined) {
      expect(p.line !== undefined && Number.isInteger(p.line) && p.line >= 1, `no line: ${JSON.stringify(p)}\n${shown()}`).toBe(true);
    }
    if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
  }
}

// ---------------------------------------------------------------------------------- structured files

/** Number cells as a tool might write them, sane or not. */
const numberText = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 64 }).map(String) },
  {
    weight: 3,
    arbitrary: fc.constantFrom('1e308', '1.7976931348623157e308', '1e309', '-1', '-0', '0', 'NaN', 'Infinity', '5e-324', '', '1e-320', '9'.repeat(320), '300 kW', '0x10'),
  },
);
const runIdArb = fc.constantFrom('a', 'b', 'c', '');

/** A CodeCarbon emissions.csv with random cells (duration, energy, emissions, GPU count). */
const codecarbonArb = fc
  .array(fc.tuple(runIdArb, numberText, numberText, numberText, numberText), { minLength: 1, maxLength: 6 })
  .map((rows) =>
    ['run_id,duration,emissions,energy_consumed,gpu_count,gpu_model,country_iso_code', ...rows.map((r) => `${r.join(',')},2 x NVIDIA H100 80GB HBM3,FRA`)].join('\n'),
  );

/** An nvidia-smi log: increasing (sometimes not) timestamps, GPUs 0-3, random power cells. */
const nvidiaSmiArb = fc
  .array(fc.tuple(fc.integer({ min: -2, max: 3_600_000 }), fc.integer({ min: 0, max: 3 }), numberText, fc.boolean()), { minLength: 1, maxLength: 12 })
  .map((rows) => {
    let t = Date.UTC(2024, 4, 1);
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const lines = rows.map(([dt, gpu, power, unit]) => {
      t += dt;
      const d = new Date(t);
      const ts = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
      return `${ts}, ${gpu}, NVIDIA H100 80GB HBM3, ${power}${unit ? ' W' : ''}`;
    });
    return ['timestamp, index, name, power.draw [W]', ...lines].join('\n');
  });

/** Metrics JSON numbers: any double (NaN and ±Infinity written as JSON null), extremes, or raw text such as 1e309. */
const jsonNumber = fc.oneof(
  fc.double().map((v) => JSON.stringify(v)),
  fc.constantFrom('1e308', '1e309', '-1e309', '-5', '0', '5e-324', '12.5'),
  fc.integer({ min: 0, max: 1024 }).map(String),
);
const metricsJsonArb = fc
  .array(
    fc.record(
      {
        gpuCount: jsonNumber,
        hours: jsonNumber,
        gpuHours: jsonNumber,
        energyKwh: jsonNumber,
        tokens: jsonNumber,
        emissionsKg: jsonNumber,
      },
      { requiredKeys: [] },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((items) => `[${items.map((o, i) => `{"runId": "r${i}"${Object.entries(o).map(([k, v]) => `, "${k}": ${v}`).join('')}}`).join(',\n')}]`);

describe('metrics fuzzing', () => {
  it('undamaged fixtures in random chunks: same result whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SOURCES), fc.array(at, { maxLength: 12 }), async (src, cuts) => {
        const whole = await parse(src.name, src.bytes, []);
        const split = await parse(src.name, src.bytes, cuts);
        check(src.name, split, src.bytes);
        expect(split).toEqual(whole);
      }),
      { numRuns: RUNS.medium },
    );
  });

  it('damaged files: finite non-negative measurements or an InputError, never another exception', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SOURCES),
        fc.array(damageArb, { minLength: 1, maxLength: 3 }),
        fc.array(at, { maxLength: 8 }),
        fc.constantFrom('', '.csv', '.json', '.log'),
        async (src, damages, cuts, ext) => {
          const bytes = damages.reduce(damage, src.bytes);
          const file = ext ? src.name.replace(/\.\w+$/, ext) : src.name;
          check(file, await parse(file, bytes, cuts), bytes);
        },
      ),
      { numRuns: RUNS.light * 2 },
    );
  });

  it('files with random numbers in every cell: finite non-negative measurements or an InputError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          codecarbonArb.map((text) => ({ file: 'emissions.csv', text })),
          nvidiaSmiArb.map((text) => ({ file: 'power.csv', text })),
          metricsJsonArb.map((text) => ({ file: 'metrics.json', text })),
        ),
        fc.array(at, { maxLength: 4 }),
        async ({ file, text }, cuts) => {
          const bytes = Buffer.from(text);
          check(file, await parse(file, bytes, cuts), bytes);
        },
      ),
      { numRuns: RUNS.light * 2 },
    );
  });

  it('arbitrary bytes: measurements or an InputError, never another exception', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
          fc.string({ unit: 'binary', maxLength: 300 }).map((s) => Buffer.from(s)),
          fc.json().map((s) => Buffer.from(s)),
          // A recognised header followed by junk.
          fc
            .tuple(fc.constantFrom('timestamp, index, name, power.draw [W]\n', 'duration,energy_consumed\n', '{"runId": '), fc.string({ maxLength: 200 }))
            .map(([h, rest]) => Buffer.from(h + rest)),
        ),
        fc.array(at, { maxLength: 6 }),
        fc.constantFrom('m.csv', 'm.json', 'm.log'),
        async (bytes, cuts, file) => check(file, await parse(file, bytes, cuts), bytes),
      ),
      { numRuns: RUNS.light },
    );
  });

  describe('overflow and sign cases the fuzzing found (refused, or finite and non-negative)', () => {
    const measure = async (file: string, text: string) => parseMetricsStream(Readable.from([Buffer.from(text)]), file);
    const allFiniteNonNegative = (ms: readonly JobMeasurement[]) =>
      ms.every((m) => NUMERIC_FIELDS.every((f) => m[f] === null || (Number.isFinite(m[f]) && m[f]! >= 0)));
    const finiteOrRefused = async (file: string, text: string) => {
      const r = await resultOrProblems(() => measure(file, text));
      expect(!r.ok || allFiniteNonNegative(r.value), JSON.stringify(r.ok && r.value)).toBe(true);
    };

    it('metrics JSON: a negative emissionsKg', async () => {
      await finiteOrRefused('m.json', '{ "runId": "a", "emissionsKg": -5 }');
    });
    it('metrics JSON: gpuCount × hours near the float limit', async () => {
      await finiteOrRefused('m.json', '{ "runId": "a", "gpuCount": 8, "hours": 1e308 }');
    });
    it('CodeCarbon: gpu_count × duration and sums over runs near the float limit', async () => {
      await finiteOrRefused('e.csv', 'run_id,duration,energy_consumed,gpu_count\na,1e308,1e308,8\nb,1,1e308,8\n');
    });
    it('nvidia-smi: a 1e309 W reading', async () => {
      await finiteOrRefused(
        's.csv',
        'timestamp, index, name, power.draw [W]\n2024/05/01 12:00:00.000, 0, H100, 1e309 W\n2024/05/01 12:00:01.000, 0, H100, 300 W\n',
      );
    });
    it('nvidia-smi: two 1e308 W readings', async () => {
      await finiteOrRefused(
        's.csv',
        'timestamp, index, name, power.draw [W]\n2024/05/01 12:00:00.000, 0, H100, 1e308 W\n2024/05/01 12:00:01.000, 0, H100, 1e308 W\n',
      );
    });
  });
});
