/**
 * Counts, classifies and aggregates ledger jobs as they stream by. Each job is counted once (by its
 * key, across files), classified by the rules, and added to a group (component × phase × status ×
 * GPU × site × metered or not) with a month-by-month tally; the largest jobs are kept in a bounded
 * list. Nothing per job is kept beyond its key, so a million-job ledger stays at flat memory, and
 * every job read is either counted or skipped with its reason: the totals reconcile.
 */
import type { EnergyScope } from '../../core/footprint.js';
import { findGpu, normalizeKey } from '../../data/catalogue.js';
import { FAILED_STATES, LIVE_STATES, NOT_STARTED_STATES } from '../../data/ledgers.js';
import type { LedgerEntry, LedgerRule } from '../manifest/schema.js';
import { WarningList } from '../metrics/problems.js';
import { DECIDED_GPU, DECIDED_GPUS, DECIDED_GPUS_PER_NODE, type RuleSet } from './rules.js';
import type { LedgerFormat, LedgerJob, LedgerSink } from './types.js';

export type Phase = NonNullable<LedgerRule['phase']>;
export type Status = NonNullable<LedgerRule['status']>;

/** Why a job read was not counted; each appears in the report with its count and first location. */
export const SKIP_REASONS = {
  duplicate: 'read before: the same job id earlier in the ledgers (overlapping dumps)',
  superseded: 'still running here: counted from a later ledger where it had ended',
  'never ran': 'never ran: pending, or stopped before it started',
  'no run time': 'no run time: neither an elapsed time nor a start and an end',
  'no GPU': 'no GPU allocated (a CPU job)',
  'GPU count unknown': 'the ledger gives no GPU count: set `gpus:` on the ledger or in a rule',
  'GPU model unknown': "no catalogue GPU: set the ledger's `gpu:`, a rule's `gpu`, or map the ledger's name with `gpuTypes:`",
  malformed: 'a line or record that cannot be read',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

/**
 * Bounds past which a job's figures are damage, not a job: the bounds the CodeCarbon reader sets
 * (10 million GPUs, 10^10 s ≈ 317 years, 10^12 kWh). They also keep every sum finite.
 */
const JOB_LIMITS = { gpus: 1e7, seconds: 1e10, joules: 3.6e18 };

/** How many of the largest jobs are kept. */
export const LARGEST_JOBS = 10;
/** Trainer runs (HF) whose FLOPs are kept for the implied-MFU table. */
const MAX_TRAINER_RUNS = 100;

/** One ledger entry of a manifest, with what it needs to classify and place its jobs. */
export interface LedgerContext {
  /** The manifest that declares the ledger ('' when given on the command line without one). */
  readonly manifest: string;
  /** 1-based line of the `ledgers:` entry in the manifest (1 when not from a manifest). */
  readonly line: number;
  readonly entry: LedgerEntry;
  readonly rules: RuleSet;
  /** The manifest's `defaults.hardware.gpu`: the last fallback for the GPU model. */
  readonly defaultGpu: string | undefined;
  /** What a job's consumed energy covers; 'none' ignores it. */
  readonly energyScope: EnergyScope | 'none';
  /** The entry's `asOf` (ms), or NaN: running jobs without an elapsed time count up to then. */
  readonly asOfMs: number;
  /** Groups of contexts with the same site (manifest, region, provider, energy scope) merge. */
  readonly siteKey: string;
}

export interface Tally {
  jobs: number;
  gpuSeconds: number;
  /** Metered energy, joules (0 in groups without a measurement). */
  energyJ: number;
}

export interface LedgerGroup extends Tally {
  readonly key: string;
  readonly context: LedgerContext;
  readonly component: string;
  readonly phase: Phase;
  readonly status: Status;
  readonly gpu: string;
  /** The jobs' energy was measured by the cluster (they are resolved from it, not from GPU-hours). */
  readonly metered: boolean;
  /** By month of the job's start (monthIndex: year × 12 + month − 1; -1 when unknown). */
  readonly months: Map<number, Tally>;
}

export interface LargestJob {
  readonly key: number | string;
  readonly id: string;
  readonly name: string;
  readonly state: string | null;
  readonly file: string;
  readonly line: number;
  readonly groupKey: string;
  readonly gpus: number;
  readonly elapsedS: number;
  readonly gpuSeconds: number;
  readonly energyJ: number;
  readonly startMs: number;
  readonly running: boolean;
}

export interface TrainerRun {
  readonly id: string;
  readonly file: string;
  readonly flops: number;
  readonly runtimeS: number;
  readonly gpus: number;
  readonly gpu: string;
  readonly steps: number;
  readonly maxSteps: number;
  readonly groupKey: string;
}

export interface SkipTally {
  jobs: number;
  /** First skipped job: its line, and a detail when there is one. */
  readonly line: number;
  readonly detail: string;
}

export interface LedgerFileStats {
  readonly file: string;
  readonly format: LedgerFormat;
  readonly context: LedgerContext;
  /** Lines (text) or records (JSON) read. */
  records: number;
  jobsRead: number;
  counted: number;
  readonly skipped: Map<SkipReason, SkipTally>;
  /** Job-step lines merged into their job, and steps whose job line was absent. */
  steps: number;
  orphanSteps: number;
  /** Jobs still running when the ledger was written, counted up to then. */
  running: number;
  firstMs: number;
  lastMs: number;
  gpuSeconds: number;
  readonly warnings: WarningList;
  readonly unknownStates: Map<string, { jobs: number; line: number }>;
  readonly unknownGpus: Map<string, { jobs: number; line: number; used: string | null }>;
}

export interface RuleStats {
  readonly manifest: string;
  readonly rules: readonly LedgerRule[];
  /** Jobs and GPU-seconds each rule decided something for (first to set one of their outcomes). */
  readonly jobs: number[];
  readonly gpuSeconds: number[];
}

export interface LedgerAccount {
  readonly files: readonly LedgerFileStats[];
  readonly groups: readonly LedgerGroup[];
  readonly largest: readonly LargestJob[];
  readonly byState: ReadonlyMap<string, Tally>;
  readonly trainerRuns: readonly TrainerRun[];
  readonly rules: readonly RuleStats[];
  /** Jobs no rule (nor ledger default) classified. */
  readonly unclassified: Tally;
  /** Latest time a running job was counted up to (ms), NaN when none ran. */
  readonly runningAsOfMs: number;
}

/** What one counted job added, kept for running jobs so a later, finished record can replace it. */
interface Contribution {
  readonly group: LedgerGroup;
  readonly month: number;
  readonly state: string;
  readonly file: LedgerFileStats;
  readonly rules: RuleStats;
  readonly deciders: readonly number[];
  readonly unclassified: boolean;
  readonly gpuSeconds: number;
  readonly energyJ: number;
  /** When a running job was counted up to (ms). */
  readonly upToMs: number;
}

function add(t: Tally, sign: number, gpuSeconds: number, energyJ: number): void {
  t.jobs += sign;
  t.gpuSeconds += sign * gpuSeconds;
  t.energyJ += sign * energyJ;
}

/** year × 12 + month − 1 of a UNIX millisecond time (UTC), -1 when unknown. */
export function monthIndex(ms: number): number {
  if (!Number.isFinite(ms)) return -1;
  // civil-from-days (H. Hinnant): integer arithmetic, no Date per job
  const z = Math.floor(ms / 86400000) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (m <= 2 ? 1 : 0)) * 12 + m - 1;
}

/** "YYYY-MM" of a monthIndex, '' for -1. */
export function monthLabel(index: number): string {
  if (index < 0) return '';
  const m = (index % 12) + 1;
  return `${Math.floor(index / 12)}-${m < 10 ? '0' : ''}${m}`;
}

/**
 * A set of job ids. Scheduler ids are dense integers: a bitmap in 4 KiB pages of 32,768 ids holds a
 * million of them in ~125 KiB, where a Set would take tens of MB. Other numbers go to a Set.
 */
class IdSet {
  private readonly pages = new Map<number, Uint32Array>();
  private readonly others = new Set<number>();

  has(id: number): boolean {
    if (!(id >= 0 && id <= 0xffffffffff && Number.isInteger(id))) return this.others.has(id);
    const page = this.pages.get(Math.floor(id / 32768));
    const bit = id % 32768;
    return page !== undefined && (page[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  add(id: number): void {
    if (!(id >= 0 && id <= 0xffffffffff && Number.isInteger(id))) {
      this.others.add(id);
      return;
    }
    const p = Math.floor(id / 32768);
    let page = this.pages.get(p);
    if (page === undefined) {
      page = new Uint32Array(1024);
      this.pages.set(p, page);
    }
    const bit = id % 32768;
    page[bit >>> 5]! |= 1 << (bit & 31);
  }
}

/** Nested maps: the same outcome strings (from the rules) hash once, unlike a concatenated key per job. */
type GroupTree = Map<string, Map<string, Map<string, Map<string, [LedgerGroup | undefined, LedgerGroup | undefined]>>>>;

function branch<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

export class LedgerAccumulator {
  private readonly files: LedgerFileStats[] = [];
  private readonly groups = new Map<string, LedgerGroup>();
  private readonly groupTrees = new Map<string, GroupTree>();
  private readonly seenNumbers = new IdSet();
  private readonly seenStrings = new Set<string>();
  /** Counted jobs that were still running, by key: a later record of the same job replaces them. */
  private readonly live = new Map<number | string, Contribution>();
  /** Running jobs without an elapsed time, counted once the ledger's end is known. */
  private readonly deferred: { job: LedgerJob; file: LedgerFileStats }[] = [];
  private largest: LargestJob[] = [];
  private readonly byState = new Map<string, Tally>();
  private readonly trainerRuns: TrainerRun[] = [];
  private readonly ruleStats = new Map<RuleSet, RuleStats>();
  private readonly unclassified: Tally = { jobs: 0, gpuSeconds: 0, energyJ: 0 };
  private readonly gpuLookup = new Map<string, string | null>();

  /** Starts a file; its reader sends what it reads to the returned sink. */
  openFile(file: string, format: LedgerFormat, context: LedgerContext): LedgerSink & { end(records: number): void } {
    const stats: LedgerFileStats = {
      file,
      format,
      context,
      records: 0,
      jobsRead: 0,
      counted: 0,
      skipped: new Map(),
      steps: 0,
      orphanSteps: 0,
      running: 0,
      firstMs: Number.NaN,
      lastMs: Number.NaN,
      gpuSeconds: 0,
      warnings: new WarningList(10),
      unknownStates: new Map(),
      unknownGpus: new Map(),
    };
    this.files.push(stats);
    if (!this.ruleStats.has(context.rules)) {
      const n = context.rules.source.length;
      this.ruleStats.set(context.rules, { manifest: context.manifest, rules: context.rules.source, jobs: new Array<number>(n).fill(0), gpuSeconds: new Array<number>(n).fill(0) });
    }
    return {
      job: (job) => this.job(job, stats),
      step: (_line, orphan) => {
        if (orphan) stats.orphanSteps++;
        else stats.steps++;
      },
      malformed: (line, message, field) => {
        stats.jobsRead++;
        this.skip(stats, 'malformed', line, `${field ? `${field}: ` : ''}${message}`);
      },
      warn: (message) => stats.warnings.add(message),
      end: (records) => {
        stats.records = records;
      },
    };
  }

  private skip(stats: LedgerFileStats, reason: SkipReason, line: number, detail: string | number = ''): void {
    const t = stats.skipped.get(reason);
    if (t) t.jobs++;
    else stats.skipped.set(reason, { jobs: 1, line, detail: String(detail) });
  }

  private job(job: LedgerJob, stats: LedgerFileStats): void {
    stats.jobsRead++;
    const t0 = Number.isFinite(job.startMs) ? job.startMs : job.endMs;
    const t1 = Number.isFinite(job.endMs) ? job.endMs : Number.isFinite(job.startMs) && job.elapsedS >= 0 ? job.startMs + job.elapsedS * 1000 : Number.NaN;
    if (t0 < stats.firstMs || Number.isNaN(stats.firstMs)) stats.firstMs = t0;
    if (t1 > stats.lastMs || Number.isNaN(stats.lastMs)) stats.lastMs = t1;
    if (t0 > stats.lastMs || Number.isNaN(stats.lastMs)) stats.lastMs = t0;
    if (job.rawState !== null && job.state === null) {
      const u = stats.unknownStates.get(job.rawState);
      if (u) u.jobs++;
      else stats.unknownStates.set(job.rawState, { jobs: 1, line: job.line });
    }

    // Counted once: the first record wins, unless it was a running job and this one is later.
    const key = job.key;
    const seen = typeof key === 'number' ? this.seenNumbers.has(key) : this.seenStrings.has(key);
    if (seen) {
      const earlier = this.live.get(key);
      const deferredAt = earlier ? -1 : this.deferred.findIndex((d) => d.job.key === key);
      if ((earlier || deferredAt >= 0) && !(job.state !== null && LIVE_STATES.has(job.state))) {
        if (earlier) {
          this.contribute(earlier, -1);
          earlier.file.counted--;
          earlier.file.running--;
          this.live.delete(key);
          this.largest = this.largest.filter((j) => j.key !== key);
          this.skip(earlier.file, 'superseded', job.line, `${job.id} in ${stats.file}`);
        } else {
          const [d] = this.deferred.splice(deferredAt, 1);
          this.skip(d!.file, 'superseded', d!.job.line, `${job.id} in ${stats.file}`);
        }
      } else {
        this.skip(stats, 'duplicate', job.line, job.id);
        return;
      }
    }

    if (job.state !== null && NOT_STARTED_STATES.has(job.state)) {
      this.skip(stats, 'never ran', job.line, job.id);
      return;
    }
    const live = job.state !== null && LIVE_STATES.has(job.state);
    let elapsedS = job.elapsedS;
    if (!(elapsedS >= 0) && Number.isFinite(job.startMs) && Number.isFinite(job.endMs)) elapsedS = (job.endMs - job.startMs) / 1000;
    if (!(elapsedS >= 0)) {
      if (live && Number.isFinite(job.startMs)) {
        this.deferred.push({ job, file: stats });
        this.markSeen(job.key);
        return;
      }
      const backwards = job.endMs < job.startMs;
      this.skip(stats, 'no run time', job.line, backwards ? `${job.id}: ends before it starts` : job.id);
      return;
    }
    this.count(elapsedS === job.elapsedS ? job : { ...job, elapsedS }, stats, live);
  }

  /** Classifies a job with a run time and adds it to its group, or skips it for its GPUs. */
  private count(job: LedgerJob, stats: LedgerFileStats, live: boolean): void {
    if (job.elapsedS === 0 && Number.isNaN(job.gpuSeconds)) {
      this.skip(stats, 'never ran', job.line, job.id);
      return;
    }
    const ctx = stats.context;
    const entry = ctx.entry;
    const cls = ctx.rules.classify(job, job.gpus);

    // GPU count: the ledger's, else a rule's (a count, or GPUs per node × the job's nodes); a ledger
    // that says nothing of GPUs takes its entry's default.
    const gpusFromRule = !(job.gpus > 0) && cls.gpus !== null;
    const perNode = !(job.gpus > 0) && !gpusFromRule && cls.gpusPerNode !== null && job.nodes > 0;
    let gpus = job.gpus > 0 ? job.gpus : (cls.gpus ?? (perNode ? job.nodes * cls.gpusPerNode! : Number.NaN));
    if (Number.isNaN(gpus) && Number.isNaN(job.gpus)) gpus = entry.gpus ?? Number.NaN;
    if (!(gpus > 0)) {
      this.skip(stats, job.gpus === 0 ? 'no GPU' : 'GPU count unknown', job.line, job.id);
      return;
    }
    // GPU model: the ledger's name (mapped by gpuTypes, else the catalogue), else a rule, the entry, the manifest.
    let gpu: string | null = null;
    if (job.gpuType !== null) gpu = this.lookupGpu(job.gpuType, entry);
    const fallback = cls.gpu ?? entry.gpu ?? ctx.defaultGpu ?? null;
    if (job.gpuType !== null && gpu === null) {
      const u = stats.unknownGpus.get(job.gpuType);
      if (u) u.jobs++;
      else stats.unknownGpus.set(job.gpuType, { jobs: 1, line: job.line, used: fallback });
    }
    const gpuFromRule = gpu === null && cls.gpu !== null;
    gpu ??= fallback;
    if (gpu === null) {
      this.skip(stats, 'GPU model unknown', job.line, job.gpuType ?? job.id);
      return;
    }

    const failed = job.state !== null && FAILED_STATES.has(job.state);
    const status: Status = failed && !(cls.status !== null && cls.statusByStateRule) ? 'failed' : (cls.status ?? entry.status ?? 'unclassified');
    const component = cls.component ?? entry.component ?? 'unclassified';
    const phase: Phase = cls.phase ?? entry.phase ?? 'unclassified';
    const unclassified = cls.classifiedBy < 0 && entry.component === undefined && entry.phase === undefined && entry.status === undefined;
    const metered = ctx.energyScope !== 'none' && job.energyJ > 0;
    const gpuSeconds = Number.isNaN(job.gpuSeconds) ? gpus * job.elapsedS : job.gpuSeconds;
    const energyJ = metered ? job.energyJ : 0;
    if (!(gpus <= JOB_LIMITS.gpus && job.elapsedS <= JOB_LIMITS.seconds && energyJ <= JOB_LIMITS.joules)) {
      // A figure no job has (1e999 s, 1e300 GPUs): damage, skipped with its line, not the whole ledger's run refused.
      const what = !(job.elapsedS <= JOB_LIMITS.seconds) ? 'run time' : !(gpus <= JOB_LIMITS.gpus) ? 'GPU count' : 'energy';
      this.skip(stats, 'malformed', job.line, `${job.id}: ${what} too large to be a job's`);
      return;
    }

    const group = this.groupOf(ctx, component, phase, status, gpu, metered);
    const month = monthIndex(Number.isFinite(job.startMs) ? job.startMs : job.endMs);
    const state = job.state ?? 'unknown';
    const rules = this.ruleStats.get(ctx.rules)!;
    // A rule counts for the jobs it decided something for: not for a GPU the ledger named itself.
    let deciders: readonly number[] = cls.deciders;
    const overruled = (gpuFromRule ? 0 : DECIDED_GPU) | (gpusFromRule ? 0 : DECIDED_GPUS) | (perNode ? 0 : DECIDED_GPUS_PER_NODE);
    if (cls.decided.some((d) => d & overruled)) deciders = cls.deciders.filter((_, k) => (cls.decided[k]! & ~overruled) !== 0);
    this.add(group, month, state, stats, rules, deciders, unclassified, gpuSeconds, energyJ, 1);
    this.markSeen(job.key);
    stats.counted++;
    if (live) {
      stats.running++;
      const upToMs = Number.isFinite(job.startMs) ? job.startMs + job.elapsedS * 1000 : Number.NaN;
      this.live.set(job.key, { group, month, state, file: stats, rules, deciders: [...deciders], unclassified, gpuSeconds, energyJ, upToMs });
    }
    this.keepIfLarge(job, stats, group.key, gpus, gpuSeconds, metered ? energyJ : Number.NaN, live);
    if (Number.isFinite(job.flops) && this.trainerRuns.length < MAX_TRAINER_RUNS) {
      this.trainerRuns.push({ id: String(job.id), file: stats.file, flops: job.flops, runtimeS: job.elapsedS, gpus, gpu, steps: job.steps, maxSteps: job.maxSteps, groupKey: group.key });
    }
  }

  private groupOf(ctx: LedgerContext, component: string, phase: Phase, status: Status, gpu: string, metered: boolean): LedgerGroup {
    const tree = branch(this.groupTrees, ctx.siteKey, (): GroupTree => new Map());
    const pair = branch(branch(branch(branch(tree, component, () => new Map()), phase, () => new Map()), status, () => new Map()), gpu, () => [undefined, undefined] as [LedgerGroup | undefined, LedgerGroup | undefined]);
    const i = metered ? 1 : 0;
    let group = pair[i];
    if (group === undefined) {
      const key = `${ctx.siteKey}\u0000${component}\u0000${phase}\u0000${status}\u0000${gpu}\u0000${i}`;
      group = this.groups.get(key);
      if (group === undefined) {
        group = { key, context: ctx, component, phase, status, gpu, metered, jobs: 0, gpuSeconds: 0, energyJ: 0, months: new Map() };
        this.groups.set(key, group);
      }
      pair[i] = group;
    }
    return group;
  }

  /** Only counted jobs are remembered: a job skipped in one dump (still pending) may have run by the next. */
  private markSeen(key: number | string): void {
    if (typeof key === 'number') this.seenNumbers.add(key);
    else this.seenStrings.add(key);
  }

  private contribute(c: Contribution, sign: number): void {
    this.add(c.group, c.month, c.state, c.file, c.rules, c.deciders, c.unclassified, c.gpuSeconds, c.energyJ, sign);
  }

  private add(
    group: LedgerGroup,
    month: number,
    stateName: string,
    file: LedgerFileStats,
    rules: RuleStats,
    deciders: readonly number[],
    unclassified: boolean,
    gpuSeconds: number,
    energyJ: number,
    sign: number,
  ): void {
    add(group, sign, gpuSeconds, energyJ);
    add(branch(group.months, month, (): Tally => ({ jobs: 0, gpuSeconds: 0, energyJ: 0 })), sign, gpuSeconds, energyJ);
    add(branch(this.byState, stateName, (): Tally => ({ jobs: 0, gpuSeconds: 0, energyJ: 0 })), sign, gpuSeconds, energyJ);
    file.gpuSeconds += sign * gpuSeconds;
    for (const rule of deciders) {
      rules.jobs[rule]! += sign;
      rules.gpuSeconds[rule]! += sign * gpuSeconds;
    }
    if (unclassified) add(this.unclassified, sign, gpuSeconds, energyJ);
  }

  private lookupGpu(name: string, entry: LedgerEntry): string | null {
    const mapped = entry.gpuTypes?.[name] ?? Object.entries(entry.gpuTypes ?? {}).find(([k]) => normalizeKey(k) === normalizeKey(name))?.[1];
    if (mapped !== undefined) return mapped;
    let found = this.gpuLookup.get(name);
    if (found === undefined) {
      found = findGpu(name)?.id ?? null;
      this.gpuLookup.set(name, found);
    }
    return found;
  }

  private keepIfLarge(job: LedgerJob, stats: LedgerFileStats, groupKey: string, gpus: number, gpuSeconds: number, energyJ: number, running: boolean): void {
    const list = this.largest;
    if (list.length >= LARGEST_JOBS && gpuSeconds <= list[list.length - 1]!.gpuSeconds) return;
    const kept: LargestJob = {
      key: job.key,
      id: String(job.id),
      name: job.name,
      state: job.rawState,
      file: stats.file,
      line: job.line,
      groupKey,
      gpus,
      elapsedS: job.elapsedS,
      gpuSeconds,
      energyJ,
      startMs: job.startMs,
      running,
    };
    let i = list.length;
    while (i > 0 && list[i - 1]!.gpuSeconds < gpuSeconds) i--;
    list.splice(i, 0, kept);
    if (list.length > LARGEST_JOBS) list.pop();
  }

  /** Counts the running jobs that had no elapsed time (up to their ledger's end) and returns the account. */
  finish(): LedgerAccount {
    for (const { job, file } of this.deferred) {
      const asOf = Number.isFinite(file.context.asOfMs) ? file.context.asOfMs : file.lastMs;
      const elapsedS = (asOf - job.startMs) / 1000;
      if (!(elapsedS > 0)) {
        this.skip(file, 'no run time', job.line, `${job.id}: running, started at the ledger's latest time (give the ledger's asOf:)`);
        continue;
      }
      this.count({ ...job, elapsedS }, file, true);
    }
    this.deferred.length = 0;
    // the running jobs still counted (not replaced by a later record): the latest time they ran up to
    const upTo = [...this.live.values()].map((c) => c.upToMs).filter((t) => Number.isFinite(t));
    const runningAsOfMs = upTo.length ? Math.max(...upTo) : Number.NaN;
    for (const f of this.files) {
      for (const [state, u] of f.unknownStates) {
        f.warnings.add(`unknown state "${state}" (${u.jobs} job${u.jobs === 1 ? '' : 's'}, first at line ${u.line}): counted, status from the rules`);
      }
      for (const [name, u] of f.unknownGpus) {
        f.warnings.add(
          `GPU "${name}" is not in the catalogue (${u.jobs} job${u.jobs === 1 ? '' : 's'}, first at line ${u.line}): ` +
            (u.used ? `counted as ${u.used}` : 'skipped; map it with gpuTypes:'),
        );
      }
    }
    const groups = [...this.groups.values()].filter((g) => g.jobs > 0).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return {
      files: this.files,
      groups,
      largest: this.largest,
      byState: this.byState,
      trainerRuns: this.trainerRuns,
      rules: [...this.ruleStats.values()],
      unclassified: this.unclassified,
      runningAsOfMs,
    };
  }
}
