/**
 * Human formatting: units that scale (g / kg / t, Wh / kWh / MWh / GWh), three significant digits,
 * and escaping of user-controlled text for GitHub-flavoured markdown.
 */
import type { Range } from '../core/range.js';

interface Scale {
  readonly factor: number;
  readonly unit: string;
}

function pickScale(value: number, scales: readonly Scale[]): Scale {
  const abs = Math.abs(value);
  // Nothing reads in the base unit ("0 kWh", "0 L"), not the smallest ("0 Wh", "0 mL").
  if (abs === 0) return scales.find((s) => s.factor === 1) ?? scales[0]!;
  let chosen = scales[0]!;
  for (const s of scales) if (abs >= s.factor) chosen = s;
  return chosen;
}

// Building a formatter costs ~15 µs; a 1,000-run report formats tens of thousands of numbers.
const FORMATS = new Map<number, Intl.NumberFormat>();
function numberFormat(fractionDigits: number): Intl.NumberFormat {
  let f = FORMATS.get(fractionDigits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 });
    FORMATS.set(fractionDigits, f);
  }
  return f;
}

/** Three significant digits, thousands separated, no trailing zeros after the point. */
export function round3(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(abs)));
  return numberFormat(digits).format(value);
}

/** A count, thousands separated: 3,000 jobs. */
export const formatCount = (n: number): string => numberFormat(0).format(n);

function scaled(value: number, scales: readonly Scale[]): string {
  const s = pickScale(value, scales);
  return `${round3(value / s.factor)} ${s.unit}`;
}

const MASS: readonly Scale[] = [
  { factor: 1e-3, unit: 'gCO2e' },
  { factor: 1, unit: 'kgCO2e' },
  // Tonnes stay the largest unit: it is how footprints are published (e.g. "8,930 tCO2e").
  { factor: 1e3, unit: 'tCO2e' },
];
const ENERGY: readonly Scale[] = [
  { factor: 1e-3, unit: 'Wh' },
  { factor: 1, unit: 'kWh' },
  { factor: 1e3, unit: 'MWh' },
  { factor: 1e6, unit: 'GWh' },
  { factor: 1e9, unit: 'TWh' },
];
const GPU_HOURS: readonly Scale[] = [
  { factor: 1, unit: 'GPUh' },
  { factor: 1e3, unit: 'k GPUh' },
  { factor: 1e6, unit: 'M GPUh' },
];
const WATER: readonly Scale[] = [
  { factor: 1e-3, unit: 'mL' },
  { factor: 1, unit: 'L' },
  // Cubic metres stay the largest unit: "ML" (megalitres) would read as machine learning here.
  { factor: 1e3, unit: 'm³' },
];
const PRIMARY: readonly Scale[] = [
  { factor: 1e-3, unit: 'kJ' },
  { factor: 1, unit: 'MJ' },
  { factor: 1e3, unit: 'GJ' },
  { factor: 1e6, unit: 'TJ' },
];
const ADPE: readonly Scale[] = [
  { factor: 1e-6, unit: 'mgSbeq' },
  { factor: 1e-3, unit: 'gSbeq' },
  { factor: 1, unit: 'kgSbeq' },
];

export const formatKg = (kg: number): string => scaled(kg, MASS);
export const formatKwh = (kwh: number): string => scaled(kwh, ENERGY);
export const formatGpuHours = (h: number): string => scaled(h, GPU_HOURS);
export const formatLitres = (l: number): string => scaled(l, WATER);
export const formatMj = (mj: number): string => scaled(mj, PRIMARY);
export const formatKgSb = (kg: number): string => scaled(kg, ADPE);

export function formatFlops(flops: number): string {
  if (flops === 0) return '0 FLOP';
  const [mantissa, exponent] = flops.toExponential(2).split('e');
  return `${mantissa} × 10^${Number(exponent)} FLOP`;
}

export function formatPercent(ratio: number, signed = false): string {
  const pct = ratio * 100;
  const text = `${round3(Math.abs(pct))} %`;
  if (!signed) return pct < 0 ? `-${text}` : text;
  return pct > 0 ? `+${text}` : pct < 0 ? `−${text}` : '±0 %';
}

/** Adds a sign to a formatted change: +12.4 tCO2e, −3 kWh, ±0. */
export function signed(value: number, format: (v: number) => string): string {
  if (value === 0) return '±0';
  return value > 0 ? `+${format(value)}` : `−${format(-value)}`;
}

/** "9,030 tCO2e (6,900–12,400)" when the range is not a point. */
export function formatRange(r: Range, format: (v: number) => string): string {
  if (r.low === r.high) return format(r.central);
  const low = format(r.low);
  const high = format(r.high);
  const unitOf = (text: string) => text.slice(text.indexOf(' ') + 1);
  // "43.3 tCO2e (42.1–55.4 tCO2e)", but "1.19 kgCO2e (855 gCO2e–2.47 kgCO2e)" when the ends' units differ.
  const lowText = unitOf(low) === unitOf(high) ? low.slice(0, low.indexOf(' ')) : low;
  return `${format(r.central)} (${lowText}–${high})`;
}

const MARKDOWN_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '[': '&#91;',
  ']': '&#93;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '\\': '&#92;',
  '!': '&#33;',
};

/** A zero-width space: GitHub decodes entities before it links mentions and references, so "&#64;" alone is not enough. */
const ZWSP = '&#8203;';

/**
 * Makes user text inert in a GitHub comment (table cell or quote): no HTML, no table break, no
 * @-mention, no #123 reference, no link or autolink, no emphasis, one line. Markdown and HTML
 * characters become entities; mentions, references and autolinks are broken with a zero-width space,
 * as GitHub decodes entities before it looks for them.
 */
export function escapeMarkdown(text: string): string {
  // One pass, so that no replacement is itself rewritten (the "#" of an entity, the "&" of a space).
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .slice(0, 500)
    .replace(/:\/\/|www\.|[&<>|[\]`*_~\\!@#]/gi, (m) => {
      if (m === '://') return `:${ZWSP}//`;
      if (m.length === 4) return `${m.slice(0, 3)}${ZWSP}.`;
      if (m === '@') return `@${ZWSP}`;
      if (m === '#') return `&#35;${ZWSP}`;
      return MARKDOWN_ENTITIES[m] ?? m;
    });
}

/** User text as an inline code span: literal on GitHub (no mention, link or HTML), one line, no backticks. */
export function codeSpan(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f\u2028\u2029`]+/g, ' ').trim().slice(0, 200);
  return `\`${clean || ' '}\``;
}

/**
 * Text for a Mermaid label: only characters Mermaid cannot misread, any other a space, so that the
 * words it separated stay apart ("ledger:lm/…" → "ledger lm/…").
 */
export function mermaidLabel(text: string): string {
  const clean = text.replace(/[^\p{L}\p{N}_.\-/+]+/gu, ' ').trim().slice(0, 40).trim();
  return clean || '?';
}
