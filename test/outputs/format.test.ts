/** Units that scale, sensible rounding, and user text made inert in markdown. */
import { describe, expect, it } from 'vitest';
import {
  codeSpan,
  escapeMarkdown,
  formatCount,
  formatFlops,
  formatGpuHours,
  formatKg,
  formatKwh,
  formatLitres,
  formatPercent,
  formatRange,
  mermaidLabel,
  round3,
  signed,
} from '../../src/outputs/format.js';

describe('units', () => {
  it.each([
    [0.1023, '102 gCO2e'],
    [1.5, '1.5 kgCO2e'],
    [999, '999 kgCO2e'],
    [9_030_000, '9,030 tCO2e'],
    [12_400, '12.4 tCO2e'],
    [2.5e9, '2,500,000 tCO2e'],
  ])('%d kg → %s', (kg, text) => expect(formatKg(kg)).toBe(text));
  it.each([
    [0.000244, '0.244 Wh'],
    [76.7, '76.7 kWh'],
    [143_000, '143 MWh'],
    [21_500_000, '21.5 GWh'],
  ])('%d kWh → %s', (kwh, text) => expect(formatKwh(kwh)).toBe(text));
  it('zero reads in the base unit, not the smallest', () => {
    expect(formatKwh(0)).toBe('0 kWh');
    expect(formatKg(0)).toBe('0 kgCO2e');
    expect(formatLitres(0)).toBe('0 L');
    expect(formatGpuHours(0)).toBe('0 GPUh');
    expect(formatRange({ low: 0, central: 0.5, high: 2 }, formatLitres)).toBe('500 mL (0–2 L)');
  });
  it('counts are whole and thousands-separated', () => {
    expect(formatCount(3000)).toBe('3,000');
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatCount(7)).toBe('7');
  });
  it('GPU-hours, water, FLOPs, percentages', () => {
    expect(formatGpuHours(25_594_034)).toBe('25.6 M GPUh');
    expect(formatGpuHours(2.48)).toBe('2.48 GPUh');
    expect(formatLitres(360_000)).toBe('360 m³');
    expect(formatFlops(3.645e25)).toBe('3.65 × 10^25 FLOP');
    expect(formatPercent(0.081, true)).toBe('+8.1 %');
    expect(formatPercent(-0.2, true)).toBe('−20 %');
    expect(formatPercent(0, true)).toBe('±0 %');
  });
  it('rounds to three significant digits and never prints NaN as a number', () => {
    expect(round3(1234.5)).toBe('1,235');
    expect(round3(0.0012345)).toBe('0.00123');
    expect(round3(Number.NaN)).toBe('n/a');
    expect(signed(-12_400, formatKg)).toBe('−12.4 tCO2e');
    expect(signed(0, formatKg)).toBe('±0');
  });
  it('ranges read central (low–high)', () => {
    expect(formatRange({ low: 42_100, central: 43_300, high: 55_400 }, formatKg)).toBe('43.3 tCO2e (42.1–55.4 tCO2e)');
    expect(formatRange({ low: 5, central: 5, high: 5 }, formatKg)).toBe('5 kgCO2e');
  });
});

describe('escaping user text', () => {
  it.each([
    ['a|b', 'a&#124;b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['ping @octocat', 'ping @&#8203;octocat'],
    ['see #123', 'see &#35;&#8203;123'],
    ['[x](https://evil.com)', '&#91;x&#93;(https:&#8203;//evil.com)'],
    ['www.evil.com', 'www&#8203;.evil.com'],
    ['line\nbreak', 'line break'],
    ['`code` *b* _i_ ~s~ !', '&#96;code&#96; &#42;b&#42; &#95;i&#95; &#126;s&#126; &#33;'],
    ['<!-- ml-footprint-action -->', '&lt;&#33;-- ml-footprint-action --&gt;'],
  ])('%j → %j', (input, output) => expect(escapeMarkdown(input)).toBe(output));
  it('code spans keep text literal on one line without backticks', () => {
    expect(codeSpan('feat/a_b @team')).toBe('`feat/a_b @team`');
    expect(codeSpan('x`y\nz')).toBe('`x y z`');
  });
  it('caps very long text', () => {
    expect(escapeMarkdown('x'.repeat(10_000))).toHaveLength(500);
    expect(escapeMarkdown('@'.repeat(10_000)).length).toBeLessThan(5000);
  });
  it('mermaid labels keep only safe characters', () => {
    expect(mermaidLabel('run "a"]; click x call evil()')).toBe('run a click x call evil');
    expect(mermaidLabel('"""')).toBe('?');
    // A separator becomes a space: the ledgers' run ids stay readable.
    expect(mermaidLabel('ledger:lm/pretraining/final')).toBe('ledger lm/pretraining/final');
    expect(mermaidLabel('a\tb\n\nc')).toBe('a b c');
  });
});

describe('ranges across a unit boundary', () => {
  it('names both units when the ends differ', () => {
    expect(formatRange({ low: 0.855, central: 1.19, high: 2.47 }, formatKg)).toBe('1.19 kgCO2e (855 gCO2e–2.47 kgCO2e)');
  });
});
