/**
 * The values ledgers write, read as the tools that write them define them: Slurm's elapsed times,
 * TRES strings, job states and timestamps (sacct(1)), energies with SI prefixes, tracker durations
 * and timestamps (MLflow milliseconds, ISO strings). Each returns NaN or null for what it cannot read.
 */
import { JOB_STATES, type JobState } from '../../data/ledgers.js';
import { parseDecimal, parseIsoTimeMs } from '../metrics/bytes.js';

const C_0 = 48;
const C_9 = 57;
const COLON = 58;
const DASH = 45;
const DOT = 46;

/** Reads `digits` at buf[i…]; sets `digitsEnd`. -1 when there is no digit. */
let digitsEnd = 0;
function readDigits(buf: Uint8Array, i: number, end: number): number {
  let v = 0;
  const start = i;
  for (; i < end; i++) {
    const c = buf[i]!;
    if (c < C_0 || c > C_9) break;
    v = v * 10 + (c - C_0);
  }
  digitsEnd = i;
  return i === start ? -1 : v;
}

/**
 * Seconds of a Slurm duration in buf[start, end): `HH:MM:SS` or `MM:SS` (sacct Elapsed), `D-HH[:MM[:SS]]`
 * with days, and the `.fraction` CPU fields carry. NaN when malformed.
 */
export function parseSlurmElapsedBytes(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  let days = 0;
  let withDays = false;
  let v = readDigits(buf, i, end);
  if (v < 0) return Number.NaN;
  i = digitsEnd;
  if (i < end && buf[i] === DASH) {
    days = v;
    withDays = true;
    v = readDigits(buf, i + 1, end);
    if (v < 0) return Number.NaN;
    i = digitsEnd;
  }
  const groups = [v, 0, 0];
  let n = 1;
  while (i < end && buf[i] === COLON) {
    if (n === 3) return Number.NaN;
    v = readDigits(buf, i + 1, end);
    if (v < 0) return Number.NaN;
    i = digitsEnd;
    groups[n++] = v;
  }
  let fraction = 0;
  if (i < end && buf[i] === DOT) {
    const fracStart = ++i;
    if (readDigits(buf, i, end) < 0) return Number.NaN;
    fraction = Number(`0.${Buffer.from(buf.buffer, buf.byteOffset + fracStart, digitsEnd - fracStart).toString('latin1')}`);
    i = digitsEnd;
  }
  if (i !== end) return Number.NaN;
  let h: number;
  let m: number;
  let s: number;
  // With days the groups start at hours (D-HH, D-HH:MM, D-HH:MM:SS); without, they end at seconds.
  if (withDays) [h, m, s] = groups as [number, number, number];
  else if (n === 3) [h, m, s] = groups as [number, number, number];
  else if (n === 2) [h, m, s] = [0, groups[0]!, groups[1]!];
  else return Number.NaN;
  if (m > 59 || s > 60) return Number.NaN;
  return days * 86400 + h * 3600 + m * 60 + s + fraction;
}

export function parseSlurmElapsed(text: string): number {
  const t = text.trim();
  const b = Buffer.from(t, 'latin1');
  return parseSlurmElapsedBytes(b, 0, b.length);
}

// ------------------------------------------------------------------------------ states

const SHORT_STATES: Record<string, JobState> = {
  BF: 'BOOT_FAIL',
  CA: 'CANCELLED',
  CD: 'COMPLETED',
  DL: 'DEADLINE',
  F: 'FAILED',
  NF: 'NODE_FAIL',
  OOM: 'OUT_OF_MEMORY',
  PD: 'PENDING',
  PR: 'PREEMPTED',
  R: 'RUNNING',
  RQ: 'REQUEUED',
  RS: 'RESIZING',
  RV: 'REVOKED',
  S: 'SUSPENDED',
  TO: 'TIMEOUT',
};
const KNOWN = new Set<string>(JOB_STATES);
const stateCache = new Map<string, JobState | null>();

/**
 * A Slurm state as sacct prints it: "COMPLETED", "CANCELLED by 1234", "CANCELLED+" (cut to the
 * column width), a short code ("CD"); null when it is none of Slurm's states.
 */
export function parseSlurmState(text: string): JobState | null {
  const cached = stateCache.get(text);
  if (cached !== undefined) return cached;
  const word = text.trim().split(/\s+/, 1)[0]!.replace(/\+$/, '').toUpperCase();
  const state = KNOWN.has(word) ? (word as JobState) : (SHORT_STATES[word] ?? null);
  if (stateCache.size < 1000) stateCache.set(text, state);
  return state;
}

// ------------------------------------------------------------------------------ TRES

export interface Tres {
  /** GPUs allocated (gres/gpu), 0 when the string names none. */
  readonly gpus: number;
  /** GPU counts by gres type (gres/gpu:h100=8), in order of appearance. */
  readonly types: ReadonlyMap<string, number>;
  /** The energy TRES (joules), NaN when absent or 0 (no energy plugin). */
  readonly energyJ: number;
  /** gres names that are neither GPUs nor GPU usage figures (gres/shard, gres/mps): not counted as GPUs. */
  readonly otherGres: readonly string[];
  /** Entries that are not `name=count`. */
  readonly malformed: readonly string[];
}

const NO_TRES: Tres = { gpus: 0, types: new Map(), energyJ: Number.NaN, otherGres: [], malformed: [] };

/** What scanTres found in one TRES string, in a reusable object (the hot path allocates nothing). */
export interface TresScan {
  /** GPUs: the untyped gres/gpu total, else the sum of the typed counts; 0 when none. */
  gpus: number;
  /** Byte range of the most numerous typed GPU's type name (h100 of gres/gpu:h100=8); start -1 when none. */
  typeStart: number;
  typeEnd: number;
  /** Typed GPU entries seen (more than one: GPUs of several models). */
  types: number;
  /** The energy TRES in joules; NaN when absent or 0. */
  energyJ: number;
  /** Entries that are not `name=count`, or a GPU count that is not a number. */
  malformed: number;
  /** Byte range of a gres other than GPUs and their usage figures (gres/shard, gres/mps); start -1 when none. */
  otherStart: number;
  otherEnd: number;
}

export function newTresScan(): TresScan {
  return { gpus: 0, typeStart: -1, typeEnd: -1, types: 0, energyJ: Number.NaN, malformed: 0, otherStart: -1, otherEnd: -1 };
}

const GRES_GPU = Buffer.from('gres/gpu');
const GRES = Buffer.from('gres/');
const ENERGY = Buffer.from('energy');
const GPUMEM = Buffer.from('mem');
const GPUUTIL = Buffer.from('util');

function startsWith(buf: Uint8Array, at: number, end: number, word: Uint8Array): boolean {
  if (end - at < word.length) return false;
  for (let k = 0; k < word.length; k++) if (buf[at + k] !== word[k]) return false;
  return true;
}

/**
 * A TRES string as sacct prints AllocTRES, read from buf[start, end):
 * "billing=64,cpu=64,energy=1234,gres/gpu:h100=8,gres/gpu=8,mem=512G,node=1". The untyped gres/gpu
 * total wins over the typed counts (Slurm writes both); gres/gpumem and gres/gpuutil are usage
 * figures, not GPUs.
 */
export function scanTres(buf: Uint8Array, start: number, end: number, out: TresScan): TresScan {
  let total = Number.NaN;
  let typed = 0;
  let most = -1;
  out.typeStart = out.typeEnd = out.otherStart = out.otherEnd = -1;
  out.types = 0;
  out.energyJ = Number.NaN;
  out.malformed = 0;
  let i = start;
  while (i < end) {
    let comma = i;
    let eq = -1;
    for (; comma < end; comma++) {
      const c = buf[comma]!;
      if (c === 44 /* , */) break;
      if (c === 61 /* = */ && eq < 0) eq = comma;
    }
    if (eq <= i) {
      if (comma > i) out.malformed++;
    } else if (startsWith(buf, i, eq, GRES_GPU)) {
      const after = i + GRES_GPU.length;
      if (after === eq || buf[after] === 58 /* : */) {
        const count = parseDecimal(buf, eq + 1, comma);
        if (!(count >= 0)) out.malformed++;
        else if (after === eq) total = count;
        else {
          typed += count;
          out.types++;
          if (count > most) {
            most = count;
            out.typeStart = after + 1;
            out.typeEnd = eq;
          }
        }
      } else if (!(startsWith(buf, after, eq, GPUMEM) && eq - after === 3) && !(startsWith(buf, after, eq, GPUUTIL) && eq - after === 4)) {
        out.otherStart = i;
        out.otherEnd = eq;
      }
    } else if (startsWith(buf, i, eq, GRES)) {
      out.otherStart = i;
      out.otherEnd = eq;
    } else if (eq - i === ENERGY.length && startsWith(buf, i, eq, ENERGY)) {
      const v = parseDecimal(buf, eq + 1, comma);
      if (v > 0) out.energyJ = v;
    }
    i = comma + 1;
  }
  out.gpus = Number.isNaN(total) ? typed : total;
  return out;
}

/**
 * Legacy AllocGRES as older sacct prints it: "gpu:2", "gpu:tesla:2", "gpu:a100:4(IDX:0-3)", several
 * comma-separated (no energy).
 */
export function parseAllocGres(text: string): Tres {
  if (text === '') return NO_TRES;
  let gpus = 0;
  let types: Map<string, number> | null = null;
  let malformed: string[] | null = null;
  for (const entry of text.split(/,(?![^(]*\))/)) {
    const m = /^\s*gpu(?::([^:()]+))?:(\d+)(?:\(.*\))?\s*$/.exec(entry);
    if (!m) {
      if (/^\s*gpu\b/.test(entry)) (malformed ??= []).push(entry);
      continue;
    }
    const count = Number(m[2]);
    gpus += count;
    if (m[1]) (types ??= new Map()).set(m[1], (types.get(m[1]) ?? 0) + count);
  }
  return { gpus, types: types ?? NO_TRES.types, energyJ: Number.NaN, otherGres: [], malformed: malformed ?? [] };
}

// ------------------------------------------------------------------------------ numbers and times

const SI: Record<string, number> = { '': 1, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 };

/** "1.23M" (sacct ConsumedEnergy, `base` 1000) or a plain number; NaN when malformed. */
export function parseSiNumber(text: string, base = 1000): number {
  const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([KMGTP]?)\s*$/.exec(text);
  if (!m) return Number.NaN;
  const power = m[2] ? Math.round(Math.log10(SI[m[2]]!) / 3) : 0;
  return Number(m[1]) * base ** power;
}

const ENERGY_UNIT_J: Record<string, number> = { J: 1, kJ: 1e3, MJ: 1e6, Wh: 3600, kWh: 3.6e6 };

export function energyToJoules(value: number, unit: string): number {
  return value * (ENERGY_UNIT_J[unit] ?? Number.NaN);
}

/** MLflow's UI duration ("161ms", "7.6s", "1.2min", "2.5h", "1.1d": Utils.formatDuration), in seconds. */
export function parseUiDuration(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|min|h|d)\s*$/.exec(text);
  if (!m) return Number.NaN;
  const factor = { ms: 1e-3, s: 1, min: 60, h: 3600, d: 86400 }[m[2] as 'ms' | 's' | 'min' | 'h' | 'd'];
  return Number(m[1]) * factor;
}

/**
 * A timestamp: ISO 8601 with a `T` or a space (sacct Start/End, pandas' "2026-05-25 09:31:08.198000+00:00",
 * W&B "2026-05-25T14:08:33.000Z"), or UNIX time as a number (milliseconds from 1e11 on, as MLflow
 * writes, else seconds). Without an offset it is read as UTC: only months and differences are used.
 * NaN for "Unknown", "None", empty or anything else.
 */
export function parseTimeMs(text: string): number {
  const t = text.trim();
  if (t === '') return Number.NaN;
  const c = t.charCodeAt(0);
  if (c >= C_0 && c <= C_9 && /^\d+(\.\d+)?$/.test(t)) {
    const n = Number(t);
    return n >= 1e11 ? n : n * 1000;
  }
  return parseIsoTimeMs(t);
}

/** A cell of a tracker export that says nothing: empty, "-", "None", "null", "nan". */
export function isBlank(text: string | undefined | null): boolean {
  if (text === undefined || text === null) return true;
  const t = text.trim();
  return t === '' || t === '-' || t === 'None' || t === 'null' || t === 'NaN' || t === 'nan';
}
