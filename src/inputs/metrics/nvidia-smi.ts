/**
 * nvidia-smi power logs: the CSV that
 * `nvidia-smi --query-gpu=timestamp,index,name,power.draw[,…] --format=csv[,nounits] -l 1` prints,
 * e.g.
 *
 *     timestamp, index, name, power.draw [W]
 *     2024/05/01 12:00:00.123, 0, NVIDIA H100 80GB HBM3, 312.45 W
 *
 * Power is integrated over time per GPU with the trapezoid rule. Streaming at flat memory: per GPU
 * only the last sample, running sums and the first intervals (to estimate the sampling period) are
 * kept, whatever the size of the log.
 */
import { InputError } from '../errors.js';
import { TimestampReader, formatTimestampMs, parseDecimal } from './bytes.js';
import { scanLines, type ByteSource } from './lines.js';
import { ProblemCollector, WarningList } from './problems.js';
import type { JobMeasurement } from './types.js';

export interface NvidiaSmiOptions {
  /**
   * A gap between two consecutive samples of one GPU longer than this is not integrated: the GPU
   * counts as unobserved for that time. Default: 10 × that GPU's median sampling interval
   * (estimated from its first intervals), and at least 30 s.
   */
  readonly maxGapSeconds?: number;
}

/** A reading above this (W, one GPU board) is refused as implausible; it also keeps every sum finite. */
export const MAX_POWER_W = 100_000;
/** Intervals per GPU from which its median sampling interval is estimated. */
const INTERVALS_FOR_MEDIAN = 100;
const MIN_DEFAULT_GAP_S = 30;
const GAP_FACTOR = 10;

/** Column names accepted as the GPU key, best first. */
const KEY_COLUMNS = ['index', 'uuid', 'pci.bus_id'] as const;
/** Column names accepted as the power reading, best first. */
const POWER_COLUMNS = ['power.draw', 'power.draw.average', 'power.draw.instant'] as const;

const COMMA = 44;
/** Width of nvidia-smi's `YYYY/MM/DD HH:MM:SS.mmm`. */
const TS_WIDTH = 23;
const SPACE = 32;
const TAB = 9;
const OPEN_BRACKET = 91;
const UPPER_W = 87;

class Gpu {
  readonly index: number;
  readonly key: Buffer;
  readonly label: string;
  readonly name: string | null;
  /** Rows of this GPU, usable or not. */
  rows = 0;
  /** Accepted samples. */
  samples = 0;
  lastT = 0;
  lastP = 0;
  energyJ = 0;
  /** Neumaier compensation of energyJ. */
  energyC = 0;
  observedS = 0;
  /** Gap threshold in seconds; NaN while the first intervals are still being collected. */
  threshold: number;
  /** The first intervals, held until the threshold is known: seconds, joules, line of the later sample. */
  pendingDt: Float64Array | null = null;
  pendingJ: Float64Array | null = null;
  pendingLine: Float64Array | null = null;
  pendingT: Float64Array | null = null;
  pendingCount = 0;

  constructor(index: number, key: Buffer, label: string, name: string | null, threshold: number) {
    this.index = index;
    this.key = key;
    this.label = label;
    this.name = name;
    this.threshold = threshold;
    if (Number.isNaN(threshold)) {
      this.pendingDt = new Float64Array(INTERVALS_FOR_MEDIAN);
      this.pendingJ = new Float64Array(INTERVALS_FOR_MEDIAN);
      this.pendingLine = new Float64Array(INTERVALS_FOR_MEDIAN);
      this.pendingT = new Float64Array(INTERVALS_FOR_MEDIAN);
    }
  }

  addEnergy(joules: number, seconds: number): void {
    const sum = this.energyJ;
    const next = sum + joules;
    if (Math.abs(sum) >= Math.abs(joules)) this.energyC += sum - next + joules;
    else this.energyC += joules - next + sum;
    this.energyJ = next;
    this.observedS += seconds;
  }

  get totalJ(): number {
    return this.energyJ + this.energyC;
  }
}

interface Columns {
  readonly text: string;
  readonly count: number;
  readonly ts: number;
  readonly key: number;
  readonly keyName: string;
  readonly name: number;
  readonly power: number;
  /** Highest index of the columns above: the later ones are not read. */
  readonly lastUsed: number;
}

class NvidiaSmiParser {
  private readonly file: string;
  private readonly problems: ProblemCollector;
  private readonly fixedGap: number;
  private columns: Columns | null = null;
  private fieldStart = new Int32Array(8);
  private fieldEnd = new Int32Array(8);
  private readonly gpus: Gpu[] = [];
  private readonly byKey = new Map<string, Gpu>();
  private cursor = 0;
  private readonly timestamps = new TimestampReader();
  private sawLine = false;
  /** Whether power values carried a " W" unit (csv without nounits). */
  private unitsSeen = false;
  /** The log has no GPU key column: it is read as one GPU. */
  private singleGpuLog = false;

  dataRows = 0;
  minT = Infinity;
  maxT = -Infinity;
  naCount = 0;
  naFirstLine = 0;
  outOfOrderCount = 0;
  outOfOrderFirstLine = 0;
  truncatedLine = 0;
  gapCount = 0;
  gapSeconds = 0;
  readonly gapWarnings = new WarningList(20);

  constructor(file: string, options: NvidiaSmiOptions) {
    this.file = file;
    this.problems = new ProblemCollector(file);
    const gap = options.maxGapSeconds;
    if (gap !== undefined && !(gap > 0)) {
      throw InputError.single({ file, field: 'maxGapSeconds', message: `maxGapSeconds must be a positive number of seconds, got ${gap}` });
    }
    this.fixedGap = gap ?? NaN;
  }

  readonly onLine = (buf: Buffer, start: number, end: number, line: number, terminated: boolean): void => {
    if (start === end) return;
    const c0 = buf[start]!;
    if (c0 < 48 || c0 > 57 || this.columns === null) {
      this.otherLine(buf, start, end, line, terminated);
      return;
    }
    const cols = this.columns;
    const count = cols.count;
    const fs = this.fieldStart;
    const fe = this.fieldEnd;
    // Find the field boundaries, up to the last column used (a complete last line is checked whole).
    const last = terminated ? cols.lastUsed : count - 1;
    let n = 0;
    let from = start;
    let i = start;
    if (cols.ts === 0 && end - start > TS_WIDTH && buf[start + TS_WIDTH] === COMMA) {
      // nvidia-smi's timestamp is fixed-width and comma-free: skip scanning it
      fs[0] = start;
      fe[0] = start + TS_WIDTH;
      n = 1;
      from = i = start + TS_WIDTH + 1; // (the header has ≥ 3 columns, so `last` ≥ 2)
    }
    for (; i < end; i++) {
      if (buf[i] === COMMA) {
        if (n < count) {
          fs[n] = from;
          fe[n] = i;
        }
        from = i + 1;
        if (n++ === last) break;
      }
    }
    if (i === end) {
      if (n < count) {
        fs[n] = from;
        fe[n] = end;
      }
      n++;
    } else {
      // stopped at the comma after column `last`: the columns after it are not looked at, unless
      // `last` is the header's last column, and then the row has too many
      n = last < count - 1 ? count : count + 1;
    }
    this.dataRows++;
    if (n !== count) {
      this.badFieldCount(n, count, line, terminated);
      return;
    }

    // timestamp
    let s = fs[cols.ts]!;
    let e = fe[cols.ts]!;
    while (s < e && (buf[s] === SPACE || buf[s] === TAB)) s++;
    while (e > s && (buf[e - 1] === SPACE || buf[e - 1] === TAB)) e--;
    const t = this.timestamps.read(buf, s, e);
    if (Number.isNaN(t)) {
      this.badTimestamp(buf, s, e, start, line, terminated);
      return;
    }

    // GPU key (a log without one is of a single GPU)
    let gpu: Gpu | null;
    if (cols.key < 0) {
      gpu = this.gpus[0] ?? this.singleGpu(buf);
    } else {
      s = fs[cols.key]!;
      e = fe[cols.key]!;
      while (s < e && (buf[s] === SPACE || buf[s] === TAB)) s++;
      while (e > s && (buf[e - 1] === SPACE || buf[e - 1] === TAB)) e--;
      gpu = this.gpuFor(buf, s, e, start, line);
    }
    if (gpu === null) return;

    // power
    s = fs[cols.power]!;
    e = fe[cols.power]!;
    while (s < e && (buf[s] === SPACE || buf[s] === TAB)) s++;
    while (e > s && (buf[e - 1] === SPACE || buf[e - 1] === TAB)) e--;
    gpu.rows++;
    if (s < e && buf[s] === OPEN_BRACKET) {
      // [N/A], [Not Supported], [Unknown Error]…: no reading
      if (this.naCount++ === 0) this.naFirstLine = line;
      return;
    }
    let ne = e;
    const hasUnit = ne > s && buf[ne - 1] === UPPER_W;
    if (hasUnit) {
      ne--;
      while (ne > s && buf[ne - 1] === SPACE) ne--;
      this.unitsSeen = true;
    }
    const p = parseDecimal(buf, s, ne);
    if (!(p >= 0 && p <= MAX_POWER_W) || (!terminated && this.unitsSeen && !hasUnit)) {
      this.badPower(buf, s, e, p, start, line, terminated);
      return;
    }
    this.sample(gpu, t, p, line);
  };

  // The rare paths, kept out of onLine so that it stays small and is optimised early.

  private badFieldCount(n: number, count: number, line: number, terminated: boolean): void {
    if (!terminated && n < count) this.truncatedLine = line;
    else {
      this.problems.add({
        line,
        column: 1,
        message: n > count ? `row has more fields than the header (${count})` : `row has ${n} fields, the header has ${count}`,
      });
    }
  }

  private badTimestamp(buf: Buffer, s: number, e: number, lineStart: number, line: number, terminated: boolean): void {
    if (!terminated) this.truncatedLine = line;
    else {
      this.problems.add({
        line,
        column: s - lineStart + 1,
        field: 'timestamp',
        message: `not a timestamp: "${buf.toString('utf8', s, e)}" (expected YYYY/MM/DD HH:MM:SS.mmm)`,
      });
    }
  }

  private badPower(buf: Buffer, s: number, e: number, p: number, lineStart: number, line: number, terminated: boolean): void {
    if (!terminated) this.truncatedLine = line;
    else {
      this.problems.add({
        line,
        column: s - lineStart + 1,
        field: 'power.draw',
        message: Number.isNaN(p)
          ? `not a power reading: "${buf.toString('utf8', s, e)}" (expected watts, e.g. 312.45 W)`
          : p < 0
            ? `power must not be negative, got ${p} W`
            : `implausible power reading: ${buf.toString('utf8', s, e)} (more than ${MAX_POWER_W / 1000} kW for one GPU)`,
      });
    }
  }

  private sample(gpu: Gpu, t: number, p: number, line: number): void {
    if (gpu.samples === 0) {
      gpu.samples = 1;
      gpu.lastT = t;
      gpu.lastP = p;
      if (t < this.minT) this.minT = t;
      if (t > this.maxT) this.maxT = t;
      return;
    }
    const dtMs = t - gpu.lastT;
    if (dtMs < 0) {
      if (this.outOfOrderCount++ === 0) this.outOfOrderFirstLine = line;
      return;
    }
    gpu.samples++;
    if (dtMs > 0) {
      const dt = dtMs / 1000;
      const joules = (gpu.lastP + p) * 0.5 * dt;
      if (gpu.pendingDt === null) {
        if (dt > gpu.threshold) this.gap(gpu, dt, gpu.lastT, line);
        else gpu.addEnergy(joules, dt);
      } else {
        this.pend(gpu, dt, joules, line);
      }
      if (t > this.maxT) this.maxT = t;
    }
    gpu.lastT = t;
    gpu.lastP = p;
  }

  /** Holds one of a GPU's first intervals until its gap threshold is known. */
  private pend(gpu: Gpu, dt: number, joules: number, line: number): void {
    const k = gpu.pendingCount++;
    gpu.pendingDt![k] = dt;
    gpu.pendingJ![k] = joules;
    gpu.pendingLine![k] = line;
    gpu.pendingT![k] = gpu.lastT;
    if (gpu.pendingCount === INTERVALS_FOR_MEDIAN) this.settle(gpu);
  }

  /** Fixes the GPU's gap threshold from its first intervals and integrates them. */
  private settle(gpu: Gpu): void {
    const n = gpu.pendingCount;
    const dts = gpu.pendingDt!;
    const js = gpu.pendingJ!;
    const lines = gpu.pendingLine!;
    const ts = gpu.pendingT!;
    if (n > 0) {
      const sorted = sortedCopy(dts, n);
      const median = n % 2 === 1 ? sorted[(n - 1) >> 1]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
      gpu.threshold = Math.max(MIN_DEFAULT_GAP_S, GAP_FACTOR * median);
    } else {
      gpu.threshold = MIN_DEFAULT_GAP_S;
    }
    for (let k = 0; k < n; k++) {
      const dt = dts[k]!;
      if (dt > gpu.threshold) this.gap(gpu, dt, ts[k]!, lines[k]!);
      else gpu.addEnergy(js[k]!, dt);
    }
    gpu.pendingDt = gpu.pendingJ = gpu.pendingLine = gpu.pendingT = null;
    gpu.pendingCount = 0;
  }

  private gap(gpu: Gpu, seconds: number, fromT: number, line: number): void {
    this.gapCount++;
    this.gapSeconds += seconds;
    this.gapWarnings.add(
      `GPU ${gpu.label}: no sample for ${formatSeconds(seconds)} from ${formatTimestampMs(fromT)} to the sample at line ${line} ` +
        `(longer than the ${formatSeconds(gpu.threshold)} gap limit): not integrated, the GPU counts as unobserved then`,
    );
  }

  private gpuFor(buf: Buffer, s: number, e: number, lineStart: number, line: number): Gpu | null {
    const gpus = this.gpus;
    const n = gpus.length;
    if (n > 0) {
      let idx = this.cursor;
      if (idx >= n) idx = 0;
      const candidate = gpus[idx]!;
      const key = candidate.key;
      const len = e - s;
      if (key.length === len) {
        let same = true;
        for (let i = 0; i < len; i++) {
          if (key[i] !== buf[s + i]) {
            same = false;
            break;
          }
        }
        if (same) {
          this.cursor = idx + 1;
          return candidate;
        }
      }
    }
    return this.findGpu(buf, s, e, lineStart, line);
  }

  /** The GPU name of the current row (its `name` column), trimmed; null when absent or empty. */
  private nameOf(buf: Buffer): string | null {
    const cols = this.columns!;
    if (cols.name < 0) return null;
    let ns = this.fieldStart[cols.name]!;
    let ne = this.fieldEnd[cols.name]!;
    while (ns < ne && buf[ns] === SPACE) ns++;
    while (ne > ns && buf[ne - 1] === SPACE) ne--;
    return ne > ns ? buf.toString('utf8', ns, ne) : null;
  }

  /** The one GPU of a log with no index/uuid/pci.bus_id column (`--query-gpu=timestamp,power.draw`). */
  private singleGpu(buf: Buffer): Gpu {
    const gpu = new Gpu(0, Buffer.alloc(0), '0', this.nameOf(buf), this.fixedGap);
    this.gpus.push(gpu);
    this.singleGpuLog = true;
    return gpu;
  }

  /** gpuFor when the GPU is not the one expected next: looks it up by key, or adds it. */
  private findGpu(buf: Buffer, s: number, e: number, lineStart: number, line: number): Gpu | null {
    const n = this.gpus.length;
    if (s === e) {
      this.problems.add({ line, column: s - lineStart + 1, field: this.columns!.keyName, message: 'empty GPU key' });
      return null;
    }
    const text = buf.toString('utf8', s, e);
    let gpu = this.byKey.get(text);
    if (gpu === undefined) {
      gpu = new Gpu(n, Buffer.from(text, 'utf8'), text, this.nameOf(buf), this.fixedGap);
      this.gpus.push(gpu);
      this.byKey.set(text, gpu);
    }
    this.cursor = gpu.index + 1;
    return gpu;
  }

  /** A line that does not start with a digit: a header (first or repeated), or junk. */
  private otherLine(buf: Buffer, start: number, end: number, line: number, terminated: boolean): void {
    const text = buf.toString('utf8', start, end).trim();
    if (text === '') return;
    const first = !this.sawLine;
    this.sawLine = true;
    const lower = text.toLowerCase();
    if (lower.startsWith('timestamp') || lower.includes('power.draw')) {
      if (this.columns?.text !== text) this.columns = this.parseHeader(text, line);
      return;
    }
    if (first || this.columns === null) {
      throw InputError.single({
        file: this.file,
        line,
        column: 1,
        message: 'not an nvidia-smi CSV log: the first line must be the header, e.g. "timestamp, index, name, power.draw [W]"',
        hint: 'log with nvidia-smi --query-gpu=timestamp,index,name,power.draw --format=csv -l 1 (without noheader)',
      });
    }
    this.dataRows++;
    if (!terminated) this.truncatedLine = line;
    else this.problems.add({ line, column: 1, field: 'timestamp', message: `not a data row: "${truncate(text)}"` });
  }

  private parseHeader(text: string, line: number): Columns {
    const names: string[] = [];
    const problems: string[] = [];
    for (const raw of text.split(',')) {
      const cell = raw.trim();
      const open = cell.indexOf('[');
      const name = (open >= 0 ? cell.slice(0, open) : cell).trim().toLowerCase();
      names.push(name);
      if ((POWER_COLUMNS as readonly string[]).includes(name) && open >= 0) {
        const unit = cell.slice(open + 1, cell.lastIndexOf(']') > open ? cell.lastIndexOf(']') : undefined).trim();
        if (unit !== 'W') problems.push(`${name} is in [${unit}], expected [W]`);
      }
    }
    const ts = names.indexOf('timestamp');
    const keyName = KEY_COLUMNS.find((k) => names.includes(k));
    const powerName = POWER_COLUMNS.find((k) => names.includes(k));
    const missing: string[] = [];
    if (ts < 0) missing.push('timestamp');
    if (powerName === undefined) missing.push('power.draw');
    if (missing.length > 0 || problems.length > 0) {
      const messages = [...(missing.length > 0 ? [`header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`] : []), ...problems];
      throw new InputError(
        messages.map((message) => ({
          file: this.file,
          line,
          column: 1,
          message,
          hint: 'log with nvidia-smi --query-gpu=timestamp,index,name,power.draw --format=csv -l 1',
        })),
      );
    }
    if (names.length > this.fieldStart.length) {
      this.fieldStart = new Int32Array(names.length);
      this.fieldEnd = new Int32Array(names.length);
    }
    // No index/uuid/pci.bus_id (`--query-gpu=timestamp,power.draw`): one GPU, key -1.
    const key = keyName === undefined ? -1 : names.indexOf(keyName);
    const name = names.indexOf('name');
    const power = names.indexOf(powerName!);
    return { text, count: names.length, ts, key, keyName: keyName ?? 'index', name, power, lastUsed: Math.max(ts, key, name, power) };
  }

  finish(): JobMeasurement {
    for (const gpu of this.gpus) if (gpu.pendingDt !== null) this.settle(gpu);
    if (this.columns === null && this.problems.count === 0) {
      throw InputError.single({ file: this.file, message: 'empty nvidia-smi log: no header and no samples' });
    }
    this.problems.throwIfAny();

    const warnings: string[] = [];
    if (this.singleGpuLog) warnings.push('no index, uuid or pci.bus_id column: the log is read as one GPU');
    if (this.truncatedLine > 0) warnings.push(`line ${this.truncatedLine} is incomplete (log cut off while written?) and was skipped`);
    if (this.naCount > 0) {
      warnings.push(
        `${this.naCount} power reading${this.naCount === 1 ? ' was' : 's were'} unavailable ([N/A] or similar) and skipped (first at line ${this.naFirstLine})`,
      );
    }
    if (this.outOfOrderCount > 0) {
      warnings.push(
        `${this.outOfOrderCount} sample${this.outOfOrderCount === 1 ? '' : 's'} earlier than the previous sample of the same GPU ${this.outOfOrderCount === 1 ? 'was' : 'were'} skipped (first at line ${this.outOfOrderFirstLine})`,
      );
    }
    warnings.push(...this.gapWarnings.toArray());
    if (this.gapCount > 1) warnings.push(`${this.gapCount} gaps in all, ${formatSeconds(this.gapSeconds)} of GPU time not integrated`);

    let energyJ = 0;
    let observedS = 0;
    const models = new Map<string, number>();
    let integrated = 0;
    for (const gpu of this.gpus) {
      energyJ += gpu.totalJ;
      observedS += gpu.observedS;
      if (gpu.name !== null) models.set(gpu.name, (models.get(gpu.name) ?? 0) + 1);
      if (gpu.samples === 0) warnings.push(`GPU ${gpu.label}: no usable power reading`);
      else if (gpu.samples === 1) warnings.push(`GPU ${gpu.label}: a single sample, nothing to integrate`);
      if (gpu.samples > 0) integrated++;
    }
    if (integrated === 0) {
      throw InputError.single({ file: this.file, message: 'no usable power reading in the log', hint: 'is power.draw [N/A] on this GPU?' });
    }
    let gpuModel: string | null = null;
    let best = 0;
    for (const [name, count] of models) {
      if (count > best) {
        best = count;
        gpuModel = name;
      }
    }
    if (models.size > 1) {
      warnings.push(`mixed GPU models: ${[...models].map(([name, count]) => `${count} × ${name}`).join(', ')}; gpuModel is the most common one`);
    }
    return {
      file: this.file,
      format: 'nvidia-smi',
      runId: null,
      gpuModel,
      gpuCount: this.gpus.length,
      wallClockHours: (this.maxT - this.minT) / 3.6e6,
      gpuHours: observedS / 3600,
      energyKwh: energyJ / 3.6e6,
      energyScope: 'gpu',
      reportedEmissionsKg: null,
      country: null,
      cloudProvider: null,
      cloudRegion: null,
      tokens: null,
      samples: this.dataRows,
      warnings,
    };
  }
}

/** The first n values, sorted (insertion sort: n ≤ 100, and it needs no warm-up of a builtin). */
function sortedCopy(values: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    let j = i - 1;
    while (j >= 0 && out[j]! > v) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = v;
  }
  return out;
}

function formatSeconds(s: number): string {
  return `${Number.isInteger(s) ? s : s.toFixed(3).replace(/\.?0+$/, '')} s`;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Reads an nvidia-smi CSV power log; throws an InputError naming every bad row (up to 50). */
export async function parseNvidiaSmiCsv(input: ByteSource, file: string, options: NvidiaSmiOptions = {}): Promise<JobMeasurement> {
  const parser = new NvidiaSmiParser(file, options);
  await scanLines(input, parser.onLine, { file });
  return parser.finish();
}
