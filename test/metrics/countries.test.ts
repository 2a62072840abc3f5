import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { alpha3ToAlpha2 } from '../../src/data/countries.js';
import { findGrid } from '../../src/data/catalogue.js';
import { parseCodeCarbonCsv } from '../../src/inputs/metrics/codecarbon.js';
import { toAlpha2 } from '../../src/inputs/metrics/countries.js';
import { parseMetricsStream } from '../../src/inputs/metrics/index.js';
import { toBuffer } from '../../src/inputs/metrics/lines.js';

describe('one alpha-3 table for the metrics readers and the catalogue', () => {
  // the codes catalogue.ts had its own table for: the countries with a grid
  const gridCountries: Record<string, string> = {
    USA: 'US', CAN: 'CA', MEX: 'MX', BRA: 'BR', CHL: 'CL', GBR: 'GB', IRL: 'IE', FRA: 'FR', DEU: 'DE',
    NLD: 'NL', BEL: 'BE', ESP: 'ES', ITA: 'IT', SWE: 'SE', NOR: 'NO', FIN: 'FI', DNK: 'DK', POL: 'PL',
    CHE: 'CH', AUT: 'AT', IND: 'IN', CHN: 'CN', HKG: 'HK', JPN: 'JP', KOR: 'KR', TWN: 'TW', SGP: 'SG',
    IDN: 'ID', THA: 'TH', AUS: 'AU', ZAF: 'ZA', ARE: 'AE', SAU: 'SA', QAT: 'QA', ISR: 'IL',
  };

  it('findGrid still finds the grid of every country it found by alpha-3', () => {
    for (const [alpha3, alpha2] of Object.entries(gridCountries)) {
      expect(alpha3ToAlpha2(alpha3), alpha3).toBe(alpha2);
      expect(findGrid(alpha3)?.id, alpha3).toBe(alpha2);
      expect(findGrid(` ${alpha3.toLowerCase()} `)?.id, alpha3).toBe(alpha2);
    }
    // a country in the table without a grid, and codes that are not countries
    expect(alpha3ToAlpha2('ARG')).toBe('AR');
    expect(findGrid('ARG')).toBeUndefined();
    expect(findGrid('XYZ')).toBeUndefined();
    expect(findGrid('WOR')?.id).toBe('WOR');
    for (const odd of ['CONSTRUCTOR', '__PROTO__', 'toString', 'hasOwnProperty']) {
      expect(alpha3ToAlpha2(odd), odd).toBeNull();
      expect(findGrid(odd), odd).toBeUndefined();
    }
  });

  it('the metrics readers map alpha-3 and keep alpha-2', () => {
    expect(toAlpha2('FRA')).toBe('FR');
    expect(toAlpha2(' usa ')).toBe('US');
    expect(toAlpha2('fr')).toBe('FR');
    expect(toAlpha2('ZZZ')).toBeNull();
  });
});

describe('toBuffer, shared by the stream entry point and the line splitter', () => {
  it('takes Buffers, other byte arrays and strings, and refuses anything else', async () => {
    const b = Buffer.from('abc');
    expect(toBuffer(b)).toBe(b);
    expect(toBuffer(new Uint8Array([0x61, 0x62]).subarray(1)).toString()).toBe('b');
    expect(toBuffer('é').equals(Buffer.from('é'))).toBe(true);
    expect(() => toBuffer(42)).toThrow(new TypeError('metrics stream must yield Buffers or strings'));
    await expect(parseMetricsStream(Readable.from([{ not: 'bytes' }]), 'o.csv')).rejects.toThrow(/must yield Buffers or strings/);
    await expect(parseCodeCarbonCsv(Readable.from([{ not: 'bytes' }]), 'o.csv')).rejects.toThrow(/must yield Buffers or strings/);
  });
});
