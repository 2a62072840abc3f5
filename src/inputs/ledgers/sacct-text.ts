/**
 * Delimited ledgers: `sacct -P` / `-p` text with its header row, headerless dumps (`sacct -n`) whose
 * column list the manifest gives, and a lab's own layout of the same kind (the BigScience Jean Zay
 * logs: GPU counts per model, an energy column), described by `fields:`. Columns are found by name,
 * never by position; sacct's names are the default.
 *
 * Streamed line by line (LineSplitter): numbers and times are read from the bytes; only the text
 * fields the rules match on become strings. Job steps (123.batch, 123.extern, 123.0) are merged into
 * their job, never counted; the components of a heterogeneous job (123+0, 123+1) are added up into one
 * job; array tasks (123_4) are jobs of their own.
 */
import { InputError } from '../errors.js';
import type { LedgerEntry } from '../manifest/schema.js';
import { parseDecimal, parseTimestampMs } from '../metrics/bytes.js';
import { scanLines, type ByteSource } from '../metrics/lines.js';
import { energyToJoules, newTresScan, parseAllocGres, parseSiNumber, parseSlurmElapsedBytes, parseSlurmState, parseTimeMs, scanTres } from './fields.js';
import { mergeHetComponent, type LedgerJob, type LedgerSink } from './types.js';

type Fields = NonNullable<LedgerEntry['fields']>;
type TextField = 'id' | 'rawId' | 'name' | 'state' | 'start' | 'end' | 'account' | 'partition' | 'user' | 'group' | 'tres' | 'gres' | 'nodes' | 'gpuType' | 'cluster';

/** sacct's column names for each field, best first (lower case; headers are matched case-insensitively). */
const SACCT_COLUMNS: Record<TextField | 'elapsed' | 'energy' | 'tags', readonly string[]> = {
  id: ['jobid'],
  rawId: ['jobidraw'],
  name: ['jobname'],
  state: ['state'],
  start: ['start'],
  end: ['end'],
  elapsed: ['elapsedraw', 'elapsed'],
  account: ['account'],
  partition: ['partition'],
  user: ['user'],
  group: [],
  tags: ['wckey'],
  tres: ['alloctres'],
  gres: ['allocgres'],
  nodes: ['nnodes'],
  energy: ['consumedenergyraw', 'consumedenergy'],
  gpuType: [],
  cluster: ['cluster'],
};

/** Column index of every field used, and how to read the ones with units. */
interface Layout {
  readonly names: readonly string[];
  readonly col: Partial<Record<TextField, number>>;
  readonly elapsed: { readonly index: number; readonly unit: 's' | 'min' | 'h' | 'slurm' | 'auto' } | null;
  readonly energy: { readonly index: number; readonly unit: string; readonly prefixed: boolean } | null;
  readonly gpuCount: number | null;
  readonly gpuColumns: readonly { readonly index: number; readonly gpu: string }[];
  readonly tags: readonly number[];
  readonly last: number;
}

const NO_TAGS: readonly string[] = [];

/** Whether buf[start, end) holds exactly `bytes` (a plain loop: Buffer.compare costs a native call). */
function sameBytes(bytes: Uint8Array, buf: Uint8Array, start: number, end: number): boolean {
  if (bytes.length !== end - start) return false;
  for (let k = 0; k < bytes.length; k++) if (bytes[k] !== buf[start + k]) return false;
  return true;
}
const ID = /^(\d+)(?:_(\d+|\[[^\]]*\]))?(?:\+(\d+))?(?:\.(.+))?$/;

function buildLayout(names: readonly string[], fields: Fields, file: string, line: number): Layout {
  const lower = names.map((n) => n.trim().toLowerCase());
  const find = (name: string, field: string): number => {
    const i = lower.indexOf(name.trim().toLowerCase());
    if (i < 0) {
      throw InputError.single({
        file,
        // line 0: the layout is the manifest's `columns:` list, not a line of the file
        ...(line > 0 ? { line } : {}),
        field: `fields.${field}`,
        message: `column "${name}" is not in the ${line === 0 ? '`columns:` list' : 'header'}`,
        hint: `columns: ${names.join(', ')}`,
      });
    }
    return i;
  };
  const pick = (field: keyof typeof SACCT_COLUMNS): number | undefined => {
    const own = (fields as Record<string, unknown>)[field];
    if (typeof own === 'string') return find(own, field);
    for (const c of SACCT_COLUMNS[field]) {
      const i = lower.indexOf(c);
      if (i >= 0) return i;
    }
    return undefined;
  };
  const col: Partial<Record<TextField, number>> = {};
  for (const f of ['id', 'rawId', 'name', 'state', 'start', 'end', 'account', 'partition', 'user', 'group', 'tres', 'gres', 'nodes', 'gpuType', 'cluster'] as const) {
    const i = pick(f);
    if (i !== undefined) col[f] = i;
  }
  let elapsed: Layout['elapsed'] = null;
  if (typeof fields.elapsed === 'object') elapsed = { index: find(fields.elapsed.column, 'elapsed'), unit: fields.elapsed.unit };
  else {
    const i = pick('elapsed');
    if (i !== undefined) elapsed = { index: i, unit: fields.elapsed === undefined ? (lower[i] === 'elapsedraw' ? 's' : 'slurm') : 'auto' };
  }
  let energy: Layout['energy'] = null;
  if (typeof fields.energy === 'object') energy = { index: find(fields.energy.column, 'energy'), unit: fields.energy.unit, prefixed: false };
  else {
    const i = pick('energy');
    if (i !== undefined) energy = { index: i, unit: 'J', prefixed: lower[i] !== 'consumedenergyraw' };
  }
  let gpuCount: number | null = null;
  const gpuColumns: { index: number; gpu: string }[] = [];
  if (typeof fields.gpus === 'string') gpuCount = find(fields.gpus, 'gpus');
  else if (fields.gpus) for (const [name, gpu] of Object.entries(fields.gpus)) gpuColumns.push({ index: find(name, `gpus.${name}`), gpu });
  const tagNames = fields.tags === undefined ? SACCT_COLUMNS.tags.filter((c) => lower.includes(c)) : typeof fields.tags === 'string' ? [fields.tags] : fields.tags;
  const tags = tagNames.map((t) => find(t, 'tags'));

  if (col.id === undefined) {
    throw InputError.single({
      file,
      line: Math.max(line, 1),
      field: 'JobID',
      message: `no job id column (JobID) in the ${line === 0 ? '`columns:` list' : 'header'}`,
      hint: line === 0 ? 'list the dump\'s --format columns in order' : 'a headerless dump (sacct -n) needs `columns:` in the manifest; a custom layout names its id column with `fields: { id: … }`',
    });
  }
  if (elapsed === null && (col.start === undefined || col.end === undefined)) {
    throw InputError.single({
      file,
      line: Math.max(line, 1),
      field: 'Elapsed',
      message: 'no run time: the ledger needs ElapsedRaw or Elapsed, or both Start and End',
      hint: 'sacct --format=JobID,JobName,State,ElapsedRaw,Start,End,AllocTRES,…',
    });
  }
  const used = [...Object.values(col), elapsed?.index ?? 0, energy?.index ?? 0, gpuCount ?? 0, ...gpuColumns.map((g) => g.index), ...tags];
  return { names, col, elapsed, energy, gpuCount, gpuColumns, tags, last: Math.max(...used) };
}

interface Pending {
  job: LedgerJob;
  /** `leader+` of a heterogeneous job, whose next components merge into it. */
  readonly het: string | null;
}

export interface DelimitedOptions {
  readonly delimiter?: string | undefined;
  /** Column names of a headerless dump, in order. */
  readonly columns?: readonly string[] | undefined;
  readonly fields?: Fields | undefined;
  /**
   * Text fields the rules match on (account, partition, user, group, tags); the others are left
   * unread (null), which saves decoding millions of strings. Undefined: read them all.
   */
  readonly needed?: ReadonlySet<string> | undefined;
}

class DelimitedReader {
  private layout: Layout | null = null;
  private readonly delimiter: number;
  private fs = new Int32Array(64);
  private fe = new Int32Array(64);
  private pending: Pending | null = null;
  private lastJobId = '';
  private lastPlainId = -1;
  private tresMalformed = 0;
  private tresMalformedLine = 0;
  private readonly otherGres = new Set<string>();
  private multiType = 0;
  private readonly scan = newTresScan();
  private lastType: Buffer | null = null;
  private lastTypeName = '';
  /** The last states seen, as bytes, with their reading: a ledger has a handful of distinct states. */
  private readonly states: { bytes: Buffer; raw: string; state: LedgerJob['state'] }[] = [];
  private readonly read: (field: string) => boolean;

  constructor(
    private readonly file: string,
    private readonly options: DelimitedOptions,
    private readonly sink: LedgerSink,
  ) {
    this.delimiter = (options.delimiter ?? '|').charCodeAt(0);
    const needed = options.needed;
    this.read = needed ? (f) => needed.has(f) : () => true;
    if (options.columns) this.layout = buildLayout(options.columns, options.fields ?? {}, file, 0);
  }

  readonly onLine = (buf: Buffer, start: number, end: number, line: number): void => {
    while (end > start && (buf[end - 1] === 32 || buf[end - 1] === 9)) end--;
    if (start === end) return;
    const n = this.split(buf, start, end);
    if (this.layout === null) {
      this.layout = buildLayout(this.cells(buf, n), this.options.fields ?? {}, this.file, line);
      return;
    }
    const layout = this.layout;
    const count = layout.names.length;
    if (n !== count && !(n === count + 1 && this.fs[count] === this.fe[count])) {
      // a header repeated (dumps concatenated) is skipped; anything else is a malformed line
      if (n === count && this.text(buf, layout.col.id!).toLowerCase() === layout.names[layout.col.id!]!.toLowerCase()) return;
      this.flush();
      this.sink.malformed(line, `${n} fields where the ${this.options.columns ? '`columns:` list has' : 'header has'} ${count} (a "${String.fromCharCode(this.delimiter)}" inside a job name?)`);
      return;
    }
    this.row(buf, line);
  };

  /** Field boundaries of the line into fs/fe; returns the field count. */
  private split(buf: Buffer, start: number, end: number): number {
    let n = 0;
    let from = start;
    const d = this.delimiter;
    for (;;) {
      let at = buf.indexOf(d, from);
      if (at < 0 || at > end) at = end;
      if (n === this.fs.length) {
        const grow = (a: Int32Array) => Int32Array.from({ length: a.length * 2 }, (_, k) => a[k] ?? 0);
        this.fs = grow(this.fs);
        this.fe = grow(this.fe);
      }
      this.fs[n] = from;
      this.fe[n] = at;
      n++;
      if (at === end) return n;
      from = at + 1;
    }
  }

  private cells(buf: Buffer, n: number): string[] {
    return Array.from({ length: n }, (_, i) => buf.toString('utf8', this.fs[i], this.fe[i]).trim());
  }

  private text(buf: Buffer, i: number): string {
    let s = this.fs[i]!;
    let e = this.fe[i]!;
    while (s < e && buf[s] === 32) s++;
    while (e > s && buf[e - 1] === 32) e--;
    return buf.toString('utf8', s, e);
  }

  private opt(buf: Buffer, i: number | undefined): string | null {
    if (i === undefined) return null;
    const t = this.text(buf, i);
    return t === '' ? null : t;
  }

  /** The cell as a whole number when it is only digits (a plain job id), else -1. */
  private plainNumber(buf: Buffer, i: number): number {
    let s = this.fs[i]!;
    let e = this.fe[i]!;
    while (s < e && buf[s] === 32) s++;
    while (e > s && buf[e - 1] === 32) e--;
    if (s === e || e - s > 15) return -1;
    let v = 0;
    for (let k = s; k < e; k++) {
      const c = buf[k]!;
      if (c < 48 || c > 57) return -1;
      v = v * 10 + (c - 48);
    }
    return v;
  }

  private number(buf: Buffer, i: number): number {
    let s = this.fs[i]!;
    let e = this.fe[i]!;
    while (s < e && buf[s] === 32) s++;
    while (e > s && buf[e - 1] === 32) e--;
    return s === e ? Number.NaN : parseDecimal(buf, s, e);
  }

  private time(buf: Buffer, i: number | undefined): number {
    if (i === undefined) return Number.NaN;
    const s = this.fs[i]!;
    const e = this.fe[i]!;
    const t = parseTimestampMs(buf, s, e);
    if (!Number.isNaN(t) || e - s < 4) return t;
    return parseTimeMs(buf.toString('latin1', s, e)); // Unknown, None, or another ISO form
  }

  private elapsed(buf: Buffer): number {
    const el = this.layout!.elapsed;
    if (el === null) return Number.NaN;
    const s = this.fs[el.index]!;
    const e = this.fe[el.index]!;
    if (s === e) return Number.NaN;
    let unit = el.unit;
    if (unit === 'auto') unit = buf.indexOf(58, s) >= 0 && buf.indexOf(58, s) < e ? 'slurm' : 's';
    if (unit === 'slurm') return parseSlurmElapsedBytes(buf, s, e);
    const v = parseDecimal(buf, s, e);
    return unit === 'h' ? v * 3600 : unit === 'min' ? v * 60 : v;
  }

  private row(buf: Buffer, line: number): void {
    const L = this.layout!;
    const col = L.col;
    // Most ids are plain numbers: read from the bytes, no string; the other forms by the ID pattern.
    const plain = this.plainNumber(buf, col.id!);
    const idText = plain >= 0 ? '' : this.text(buf, col.id!);
    const m = plain >= 0 ? null : ID.exec(idText);
    if (m?.[4] !== undefined) {
      // a job step: part of the job line read just before it
      const parent = idText.slice(0, idText.length - m[4].length - 1);
      this.sink.step(line, parent !== (this.lastJobId || String(this.lastPlainId)));
      return;
    }
    this.lastJobId = idText;
    this.lastPlainId = plain;
    if (plain < 0 && idText === '') {
      this.flush();
      this.sink.malformed(line, 'empty job id', L.names[col.id!]);
      return;
    }
    const elapsedS = this.elapsed(buf);
    if (L.elapsed !== null && Number.isNaN(elapsedS) && this.fs[L.elapsed.index] !== this.fe[L.elapsed.index]) {
      this.flush();
      this.sink.malformed(line, `cannot read the run time "${this.text(buf, L.elapsed.index)}"`, L.names[L.elapsed.index]);
      return;
    }
    const stateCol = col.state;
    let rawState: string | null = null;
    let state: LedgerJob['state'] = null;
    if (stateCol !== undefined) [rawState, state] = this.state(buf, stateCol);

    // GPUs: AllocTRES (gres/gpu), legacy AllocGRES, or the layout's count column(s).
    let gpus = Number.NaN;
    let gpuType: string | null = null;
    let energyJ = Number.NaN;
    if (col.tres !== undefined) {
      const t = scanTres(buf, this.fs[col.tres]!, this.fe[col.tres]!, this.scan);
      gpus = t.gpus;
      if (t.typeStart >= 0) gpuType = this.typeName(buf, t.typeStart, t.typeEnd);
      if (t.types > 1) this.multiType++;
      energyJ = t.energyJ;
      if (t.malformed && this.tresMalformed++ === 0) this.tresMalformedLine = line;
      if (t.otherStart >= 0) this.otherGres.add(buf.toString('latin1', t.otherStart, t.otherEnd));
    }
    if (col.gres !== undefined && !(gpus > 0)) {
      const gres = parseAllocGres(this.text(buf, col.gres));
      if (gres.malformed.length && this.tresMalformed++ === 0) this.tresMalformedLine = line;
      if (gres.gpus > 0 || Number.isNaN(gpus)) {
        gpus = gres.gpus;
        if (gres.types.size > 1) this.multiType++;
        gpuType = [...gres.types].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
      }
    }
    if (L.gpuCount !== null) gpus = this.number(buf, L.gpuCount);
    if (L.gpuColumns.length) {
      gpus = 0;
      let most = 0;
      for (const g of L.gpuColumns) {
        const v = this.number(buf, g.index);
        if (v > 0) {
          gpus += v;
          if (v > most) {
            most = v;
            gpuType = g.gpu;
          }
        }
      }
    }
    if (col.gpuType !== undefined) gpuType = this.opt(buf, col.gpuType) ?? gpuType;
    if (L.energy !== null) {
      const e = L.energy.prefixed ? parseSiNumber(this.text(buf, L.energy.index)) : this.number(buf, L.energy.index);
      if (e > 0) energyJ = energyToJoules(e, L.energy.unit);
    }

    // The key that counts a job once: JobIDRaw, else the JobID's number (a het job: its leader's).
    const het = m?.[3] !== undefined ? m[1]! : null;
    const rawId = col.rawId !== undefined ? this.number(buf, col.rawId) : Number.NaN;
    let key: number | string = het !== null ? Number(het) : Number.isInteger(rawId) ? rawId : plain >= 0 ? plain : m && m[2] === undefined ? Number(m[1]) : idText;
    const cluster = this.opt(buf, col.cluster);
    if (cluster !== null) key = `${cluster}/${key}`;
    let tags: readonly string[] = NO_TAGS;
    if (this.read('tags')) for (const t of L.tags) {
      const v = this.opt(buf, t);
      if (v !== null) tags = [...tags, v];
    }
    const job: LedgerJob = {
      key,
      id: plain >= 0 ? plain : het !== null ? Number(het) : m && m[2] === undefined && m[3] === undefined ? Number(m[1]) : idText,
      name: this.opt(buf, col.name) ?? '',
      state,
      rawState,
      startMs: this.time(buf, col.start),
      endMs: this.time(buf, col.end),
      elapsedS,
      gpus,
      nodes: col.nodes !== undefined ? this.number(buf, col.nodes) : Number.NaN,
      gpuSeconds: Number.NaN,
      gpuType,
      energyJ,
      account: this.read('account') ? this.opt(buf, col.account) : null,
      partition: this.read('partition') ? this.opt(buf, col.partition) : null,
      user: this.read('user') ? this.opt(buf, col.user) : null,
      group: this.read('group') ? this.opt(buf, col.group) : null,
      tags,
      flops: Number.NaN,
      steps: Number.NaN,
      maxSteps: Number.NaN,
      line,
    };
    const pending = this.pending;
    if (het !== null && pending?.het === het) {
      pending.job = mergeHetComponent(pending.job, job);
      return;
    }
    this.flush();
    this.pending = { job, het };
  }

  /** A state cell: its text and its reading, decoded once per distinct state. */
  private state(buf: Buffer, i: number): [string | null, LedgerJob['state']] {
    let s = this.fs[i]!;
    let e = this.fe[i]!;
    while (s < e && buf[s] === 32) s++;
    while (e > s && buf[e - 1] === 32) e--;
    if (s === e) return [null, null];
    for (const c of this.states) {
      if (sameBytes(c.bytes, buf, s, e)) return [c.raw, c.state];
    }
    const raw = buf.toString('utf8', s, e);
    const entry = { bytes: Buffer.from(buf.subarray(s, e)), raw, state: parseSlurmState(raw) };
    // "CANCELLED by <uid>" has one variant per user: keep the most recent few
    if (this.states.length >= 16) this.states.pop();
    this.states.unshift(entry);
    return [entry.raw, entry.state];
  }

  /** The GPU type's name, decoded once per distinct name (consecutive jobs mostly share it). */
  private typeName(buf: Buffer, start: number, end: number): string {
    const last = this.lastType;
    if (last !== null && sameBytes(last, buf, start, end)) return this.lastTypeName;
    this.lastType = Buffer.from(buf.subarray(start, end));
    this.lastTypeName = buf.toString('utf8', start, end);
    return this.lastTypeName;
  }

  flush(): void {
    if (this.pending) this.sink.job(this.pending.job);
    this.pending = null;
  }

  finish(): void {
    this.flush();
    if (this.layout === null) throw InputError.single({ file: this.file, message: 'empty ledger: no header and no job' });
    if (this.tresMalformed) this.sink.warn(`${this.tresMalformed} TRES entr${this.tresMalformed === 1 ? 'y' : 'ies'} could not be read (first at line ${this.tresMalformedLine}); their GPUs are not counted`);
    if (this.otherGres.size) this.sink.warn(`TRES ${[...this.otherGres].join(', ')} are not counted as GPUs`);
    if (this.multiType) this.sink.warn(`${this.multiType} job(s) had GPUs of several models: each is counted as its most numerous model`);
  }
}

/** Reads a delimited ledger into the sink; resolves to the number of lines. */
export async function readDelimitedLedger(source: ByteSource, file: string, options: DelimitedOptions, sink: LedgerSink): Promise<number> {
  const reader = new DelimitedReader(file, options, sink);
  const lines = await scanLines(source, reader.onLine, { file, maxLineBytes: 1 << 20 });
  reader.finish();
  return lines;
}
