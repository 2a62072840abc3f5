/**
 * Numbers and timestamps as input files write them. Hand-written parsers read them straight from a
 * byte range of a Buffer, without building strings, for the hot loops of the streaming CSV readers;
 * the readers of small files and of settings read the same forms from text (parseNumber,
 * parseIsoTimeMs), so every reader accepts the same numbers and the same times.
 */

const POW10: number[] = [];
for (let i = 0, p = 1; i <= 22; i++, p *= 10) POW10.push(p);

const C_0 = 48;
const C_9 = 57;
const C_DOT = 46;
const C_PLUS = 43;
const C_MINUS = 45;
const C_E = 101;
const C_UPPER_E = 69;

/**
 * The decimal number written exactly in buf[start, end) (no surrounding spaces), or NaN when the
 * bytes are not a plain decimal (`[+-]digits[.digits][e[+-]digits]`). Gives the same double as
 * `Number()`: short mantissas are computed exactly (an integer below 2^53 divided by an exact power
 * of ten is correctly rounded); anything longer falls back to `Number()` on the text.
 */
export function parseDecimal(buf: Uint8Array, start: number, end: number): number {
  // Fast path, kept small so that it is optimised (and inlined) early: [-]digits[.digits].
  let i = start;
  const negative = i < end && buf[i] === C_MINUS;
  if (negative) i++;
  const intStart = i;
  let mantissa = 0;
  let c = 0;
  for (; i < end; i++) {
    c = buf[i]!;
    if (c < C_0 || c > C_9) break;
    mantissa = mantissa * 10 + (c - C_0);
  }
  let digits = i - intStart;
  let fraction = 0;
  if (i < end && c === C_DOT) {
    const fracStart = ++i;
    for (; i < end; i++) {
      c = buf[i]!;
      if (c < C_0 || c > C_9) break;
      mantissa = mantissa * 10 + (c - C_0);
    }
    fraction = i - fracStart;
    digits += fraction;
  }
  // exact: an integer below 10^15 < 2^53 divided by an exact power of ten is correctly rounded
  if (i !== end || digits === 0 || digits > 15) return parseDecimalSlow(buf, start, end);
  const value = fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
  return negative ? -value : value;
}

/** The general case of parseDecimal: a `+` sign, an exponent, or more than 15 digits. */
function parseDecimalSlow(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  if (i < end && (buf[i] === C_PLUS || buf[i] === C_MINUS)) i++;
  let digits = 0;
  for (; i < end && buf[i]! >= C_0 && buf[i]! <= C_9; i++) digits++;
  if (i < end && buf[i] === C_DOT) for (i++; i < end && buf[i]! >= C_0 && buf[i]! <= C_9; i++) digits++;
  if (digits === 0) return NaN;
  if (i < end && (buf[i] === C_E || buf[i] === C_UPPER_E)) {
    i++;
    if (i < end && (buf[i] === C_PLUS || buf[i] === C_MINUS)) i++;
    const expStart = i;
    for (; i < end && buf[i]! >= C_0 && buf[i]! <= C_9; i++);
    if (i === expStart) return NaN;
  }
  if (i !== end) return NaN;
  return Number(latin1(buf, start, end));
}

/**
 * A plain decimal written as text, surrounding blanks ignored: parseDecimal's grammar and value, so
 * that `0x10`, `Infinity` or `12 s` are not numbers (`Number()` takes the first two); NaN otherwise.
 * Infinity only for a decimal too large for a double (`1e999`).
 */
export function parseNumber(text: string): number {
  const buf = Buffer.from(text.trim(), 'utf8');
  return parseDecimal(buf, 0, buf.length);
}

function latin1(buf: Uint8Array, start: number, end: number): string {
  return Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1');
}

/** Days from 1970-01-01 to the given civil date (proleptic Gregorian). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digit2(buf: Uint8Array, i: number): number {
  const a = buf[i]! - C_0;
  const b = buf[i + 1]! - C_0;
  if (!(a >= 0 && a <= 9 && b >= 0 && b <= 9)) return -1;
  return a * 10 + b;
}

/**
 * Milliseconds of the `YYYY/MM/DD HH:MM` part (16 bytes) of a timestamp at buf[start…], `-` for
 * `/` and `T` for the space accepted; NaN when it is not such a prefix.
 */
function parsePrefixMs(buf: Uint8Array, start: number): number {
  const i = start;
  const y0 = digit2(buf, i);
  const y1 = digit2(buf, i + 2);
  if (y0 < 0 || y1 < 0) return NaN;
  const s1 = buf[i + 4];
  if (s1 !== 47 && s1 !== C_MINUS) return NaN;
  const month = digit2(buf, i + 5);
  if (buf[i + 7] !== s1) return NaN;
  const day = digit2(buf, i + 8);
  const sep = buf[i + 10];
  if (sep !== 32 && sep !== 84) return NaN;
  const hour = digit2(buf, i + 11);
  if (buf[i + 13] !== 58) return NaN;
  const minute = digit2(buf, i + 14);
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]! || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    return NaN;
  }
  return ((daysFromCivil(y0 * 100 + y1, month, day) * 24 + hour) * 60 + minute) * 60000;
}

/** Set by parseSecondsPart: offset just past what it read. */
let tailEnd = 0;

/** Milliseconds of `:SS[.fff…]` at buf[i…end); NaN when malformed. Sets `tailEnd`. */
function parseSecondsPart(buf: Uint8Array, i: number, end: number): number {
  if (end - i < 3 || buf[i] !== 58) return NaN;
  const second = digit2(buf, i + 1);
  if (second < 0 || second > 60) return NaN;
  let ms = second * 1000;
  let j = i + 3;
  if (j < end && buf[j] === C_DOT) {
    j++;
    let scale = 100;
    const fracStart = j;
    for (; j < end; j++) {
      const c = buf[j]!;
      if (c < C_0 || c > C_9) break;
      ms += (c - C_0) * scale;
      scale /= 10;
    }
    if (j === fracStart) return NaN;
  }
  tailEnd = j;
  return ms;
}

/**
 * Milliseconds of a wall-clock timestamp `YYYY/MM/DD HH:MM:SS[.fff…]` (nvidia-smi's form; `-` for
 * `/` and `T` for the space are accepted too, as is a trailing `Z` or `±HH[:]MM` offset) in
 * buf[start, end). A timestamp without offset is read as if it were UTC: only differences between
 * timestamps of one log matter. NaN when the bytes are not such a timestamp.
 */
export function parseTimestampMs(buf: Uint8Array, start: number, end: number): number {
  if (end - start < 19) return NaN;
  const base = parsePrefixMs(buf, start);
  if (Number.isNaN(base)) return NaN;
  const seconds = parseSecondsPart(buf, start + 16, end);
  if (Number.isNaN(seconds)) return NaN;
  const ms = base + seconds;
  const j = tailEnd;
  if (j === end) return ms;
  const c = buf[j];
  if (c === 90 /* Z */ && j + 1 === end) return ms;
  if ((c === C_PLUS || c === C_MINUS) && (end - j === 5 || end - j === 6)) {
    const oh = digit2(buf, j + 1);
    let k = j + 3;
    if (buf[k] === 58) k++;
    const om = digit2(buf, k);
    if (oh < 0 || om < 0 || k + 2 !== end || oh > 23 || om > 59) return NaN;
    const offset = (oh * 60 + om) * 60000;
    return c === C_PLUS ? ms - offset : ms + offset;
  }
  return NaN;
}

/**
 * parseTimestampMs with a cache of the last `YYYY/MM/DD HH:MM` prefix: consecutive samples of a
 * log share it, so most timestamps cost a 16-byte comparison and the seconds only.
 */
export class TimestampReader {
  private readonly prefix = new Uint8Array(16);
  private prefixMs = NaN;

  read(buf: Uint8Array, start: number, end: number): number {
    if (end - start >= 19) {
      const p = this.prefix;
      let same = !Number.isNaN(this.prefixMs);
      if (same) {
        for (let k = 15; k >= 0; k--) {
          if (buf[start + k] !== p[k]) {
            same = false;
            break;
          }
        }
      }
      if (!same) {
        const base = parsePrefixMs(buf, start);
        if (!Number.isNaN(base)) {
          for (let k = 0; k < 16; k++) p[k] = buf[start + k]!;
          this.prefixMs = base;
          same = true;
        }
      }
      if (same) {
        const seconds = parseSecondsPart(buf, start + 16, end);
        if (!Number.isNaN(seconds) && tailEnd === end) return this.prefixMs + seconds;
      }
    }
    return parseTimestampMs(buf, start, end);
  }
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Milliseconds of an ISO 8601 date or date-time written as text (`T` or a space between them;
 * seconds, fraction and offset optional): CodeCarbon's timestamps, a ledger's `asOf`, sacct's and the
 * trackers' times. Without an offset it is read as UTC, as parseTimestampMs does. NaN for anything
 * else (a bare number is no date here).
 */
export function parseIsoTimeMs(text: string): number {
  const m = ISO.exec(text.trim());
  if (!m) return Number.NaN;
  const [, y, mo, d, hh = '0', mi = '0', ss = '0', frac = '', zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(hh) > 23 || Number(mi) > 59 || Number(ss) > 60) return Number.NaN;
  let ms = ((daysFromCivil(Number(y), month, day) * 24 + Number(hh)) * 60 + Number(mi)) * 60000 + Number(ss) * 1000;
  if (frac) ms += Number(`0.${frac}`) * 1000;
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
  }
  return ms;
}

/** A millisecond timestamp from parseTimestampMs, printed back as `YYYY-MM-DD HH:MM:SS.mmm`. */
export function formatTimestampMs(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}
