import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSplitter, readFileChunks, readLines, scanLines } from '../../src/inputs/metrics/lines.js';
import { parseDecimal, parseIsoTimeMs, parseNumber, parseTimestampMs } from '../../src/inputs/metrics/bytes.js';
import { chunks, fixture, fixturePath } from './helpers.js';

async function collect(input: AsyncIterable<Buffer>): Promise<[string, number, boolean][]> {
  const out: [string, number, boolean][] = [];
  await scanLines(input, (buf, start, end, line, terminated) => out.push([buf.toString('utf8', start, end), line, terminated]));
  return out;
}

describe('scanLines', () => {
  it('numbers lines from 1 and flags a last line without newline', async () => {
    expect(await collect(chunks('a\nbb\n\nccc'))).toEqual([
      ['a', 1, true],
      ['bb', 2, true],
      ['', 3, true],
      ['ccc', 4, false],
    ]);
  });

  it('strips \\r of CRLF and a UTF-8 BOM, even split across chunks', async () => {
    const text = '\uFEFFhead\r\nvalé\r\nlast\r\n';
    for (let cut = 0; cut <= Buffer.byteLength(text); cut++) {
      expect(await collect(chunks(text, [1, cut]))).toEqual([
        ['head', 1, true],
        ['valé', 2, true],
        ['last', 3, true],
      ]);
    }
  });

  it('handles an input shorter than a BOM and an empty input', async () => {
    expect(await collect(chunks('a'))).toEqual([['a', 1, false]]);
    expect(await collect(chunks('\uFEFF'))).toEqual([]);
    expect(await collect(chunks(''))).toEqual([]);
  });

  it('accepts string chunks', async () => {
    async function* strings() {
      yield 'x,';
      yield 'y\nz';
    }
    const out: string[] = [];
    await scanLines(strings(), (b, s, e) => out.push(b.toString('utf8', s, e)));
    expect(out).toEqual(['x,y', 'z']);
  });

  it('refuses a line longer than the limit', async () => {
    const splitter = new LineSplitter({ file: 'f.csv', maxLineBytes: 8 });
    expect(() => splitter.push(Buffer.from('0123456789'), () => {})).toThrow(/f\.csv:1: line is longer than 8 bytes/);
  });

  it('gives the same lines however the bytes are chunked (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'é', ',', ' ', '\r', '€') , maxLength: 12 }), { maxLength: 20 }),
        fc.boolean(),
        fc.array(fc.nat(300), { maxLength: 10 }),
        async (lines, finalNewline, cuts) => {
          const text = lines.join('\n') + (finalNewline ? '\n' : '');
          const whole = await collect(chunks(text));
          expect(await collect(chunks(text, cuts))).toEqual(whole);
          const expected = text.split('\n');
          if (text.endsWith('\n') || text === '') expected.pop();
          expect(whole.map((w) => w[0])).toEqual(expected.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)));
          expect(whole.map((w) => w[1])).toEqual(expected.map((_, i) => i + 1));
        },
      ),
    );
  });
});

describe('readLines', () => {
  it('yields decoded lines with numbers', async () => {
    const out = [];
    for await (const l of readLines(chunks('α\r\nβ', [1, 3]))) out.push(l);
    expect(out).toEqual([
      { text: 'α', line: 1, terminated: true },
      { text: 'β', line: 2, terminated: false },
    ]);
  });
});

describe('byte parsers', () => {
  const num = (s: string) => parseDecimal(Buffer.from(s), 0, s.length);
  const ts = (s: string) => parseTimestampMs(Buffer.from(s), 0, s.length);

  it('parses decimals exactly like Number()', () => {
    for (const s of ['0', '312.45', '-1.5', '+2', '0.000001', '1e3', '2.5E-2', '123456789012345678', '.5', '5.']) {
      expect(num(s)).toBe(Number(s));
    }
    for (const s of ['', '-', 'abc', '1.2.3', '1e', '12W', 'NaN']) expect(num(s)).toBeNaN();
  });

  it('matches Number() on random decimals (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }), (x, digits) => {
        const s = x.toFixed(digits);
        expect(num(s)).toBe(Number(s));
      }),
    );
  });

  it('parses nvidia-smi timestamps and ISO variants', () => {
    expect(ts('2024/05/01 12:00:00.123')).toBe(Date.UTC(2024, 4, 1, 12, 0, 0, 123));
    expect(ts('2024-05-01T12:00:00')).toBe(Date.UTC(2024, 4, 1, 12, 0, 0));
    expect(ts('2024-05-01T12:00:00.5Z')).toBe(Date.UTC(2024, 4, 1, 12, 0, 0, 500));
    expect(ts('2024-05-01T12:00:00+02:00')).toBe(Date.UTC(2024, 4, 1, 10, 0, 0));
    expect(ts('2000/02/29 23:59:59.999')).toBe(Date.UTC(2000, 1, 29, 23, 59, 59, 999));
    for (const bad of ['2024/13/01 12:00:00', '2024/05/01 25:00:00', '2024/05-01 12:00:00', '2024/05/01 12:00', 'not a time at all!!', '2024/05/01 12:00:00.']) {
      expect(ts(bad)).toBeNaN();
    }
  });

  it('reads numbers written as text with the same grammar: what Number() would also take (hex, Infinity, blanks) is no number', () => {
    for (const s of ['0', ' 312.45 ', '-1.5', '+2', '.5', '5.', '2.5E-2']) expect(parseNumber(s)).toBe(Number(s));
    for (const s of ['', '   ', '0x10', 'Infinity', '-Infinity', '1_000', '12 s', '1,5', 'NaN']) expect(parseNumber(s)).toBeNaN();
    expect(parseNumber('1e999')).toBe(Infinity);
  });

  it('reads ISO times written as text like the timestamps in bytes; a bare number is no date', () => {
    expect(parseIsoTimeMs('2025-06-18T05:03:36')).toBe(Date.UTC(2025, 5, 18, 5, 3, 36));
    expect(parseIsoTimeMs('2024-06-01T14:00')).toBe(Date.UTC(2024, 5, 1, 14, 0));
    expect(parseIsoTimeMs('2024-06-01T14:00:00+02:00')).toBe(Date.UTC(2024, 5, 1, 12, 0));
    expect(parseIsoTimeMs('2026-05-25 09:31:08.198000+00:00')).toBe(Date.UTC(2026, 4, 25, 9, 31, 8, 198));
    // damaged CodeCarbon timestamps (the BigScience file): Date.parse read "38" as the year 2038
    for (const bad of ['38', '8', '187.58871459960938', '5-06-18T05:03:36', '2024-13-01T00:00:00', '']) expect(parseIsoTimeMs(bad)).toBeNaN();
  });

  it('agrees with Date.UTC on random instants (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
        expect(ts(iso)).toBe(ms);
        expect(parseIsoTimeMs(iso)).toBe(ms);
        expect(ts(iso.replace(/-/g, '/').replace('T', ' ').replace('Z', ''))).toBe(ms);
      }),
    );
  });
});

describe('readFileChunks', () => {
  it('reads the whole file in chunks of the given size, from a position', async () => {
    const bytes = fixture('nvidia-smi-nounits-uuid.csv');
    for (const size of [1, 7, 64, 1 << 20]) {
      const parts: Buffer[] = [];
      for await (const c of readFileChunks(fixturePath('nvidia-smi-nounits-uuid.csv'), size)) {
        expect(c.length).toBeLessThanOrEqual(size);
        parts.push(Buffer.from(c)); // a chunk is valid until the next one is asked for
      }
      expect(Buffer.concat(parts).equals(bytes)).toBe(true);
    }
    const tail: Buffer[] = [];
    for await (const c of readFileChunks(fixturePath('nvidia-smi-nounits-uuid.csv'), 16, 10)) tail.push(Buffer.from(c));
    expect(Buffer.concat(tail).equals(bytes.subarray(10))).toBe(true);
  });

  it('can be left early', async () => {
    let n = 0;
    for await (const c of readFileChunks(fixturePath('nvidia-smi-4gpu-gap.csv'), 100)) {
      n += c.length;
      if (n > 300) break;
    }
    expect(n).toBe(400);
  });

  it('feeds the line splitter, which copies what it keeps across reused buffers', async () => {
    const path = fixturePath('nvidia-smi-4gpu-gap.csv');
    const expected = fixture('nvidia-smi-4gpu-gap.csv').toString('utf8').split('\n').slice(0, -1);
    const got: string[] = [];
    await scanLines(readFileChunks(path, 5), (b, s, e) => got.push(b.toString('utf8', s, e)));
    expect(got).toEqual(expected);
  });
});
