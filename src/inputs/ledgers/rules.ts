/**
 * Classification rules (the manifest's `rules:`): ordered criteria on a job's name, account,
 * partition, user, group, tags, state, run time and GPU count, each setting some of component, phase,
 * status, GPU model, GPU count and GPUs per node. For each of those outcomes the first rule that matches and sets it
 * wins, so a partition → GPU rule and a name → component rule combine instead of shadowing each other.
 */
import type { LedgerRule, RULE_OUTCOMES } from '../manifest/schema.js';
import type { LedgerJob } from './types.js';

type Outcome = (typeof RULE_OUTCOMES)[number];
type Matcher = (value: string) => boolean;

/** A glob as a regular expression: `*`, `?`, `[abc]`/`[!abc]` and `{a,b}`; anchored, case-sensitive. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let body = glob.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
  }
  return new RegExp(`^${re}${')'.repeat(braces)}$`, 's');
}

/** A pattern of the manifest: `/regex/flags`, else a glob. */
export function compilePattern(pattern: string): RegExp {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
  return m ? new RegExp(m[1]!, m[2]) : globToRegExp(pattern);
}

function anyOf(patterns: string | readonly string[] | undefined): Matcher | null {
  if (patterns === undefined) return null;
  const res = (typeof patterns === 'string' ? [patterns] : patterns).map(compilePattern);
  return res.length === 1 ? (v) => res[0]!.test(v) : (v) => res.some((r) => r.test(v));
}

type TextField = 'name' | 'account' | 'partition' | 'user' | 'group';
const TEXT_FIELDS: readonly TextField[] = ['name', 'account', 'partition', 'user', 'group'];
/** Distinct values remembered per field; beyond, the memo starts afresh (memory stays bounded). */
const MEMO_LIMIT = 100_000;

/**
 * The patterns of one field across the rules, with a memo of which of them each value matches: job
 * names and partitions repeat, so each distinct value is tested against the patterns once.
 */
class FieldPatterns {
  private readonly matchers: Matcher[] = [];
  private memo = new Map<string, number>();
  /** The value asked last and its bits: every rule of a job asks about the same value in turn. */
  private lastValue: string | null = null;
  private lastBits = 0;

  /** Adds a rule's patterns; returns the bit of its result. */
  add(matcher: Matcher): number {
    this.matchers.push(matcher);
    return this.matchers.length - 1;
  }

  test(value: string, bit: number): boolean {
    if (this.matchers.length > 30) return this.matchers[bit]!(value);
    if (value !== this.lastValue) {
      let bits = this.memo.get(value);
      if (bits === undefined) {
        bits = 0;
        for (let i = 0; i < this.matchers.length; i++) if (this.matchers[i]!(value)) bits |= 1 << i;
        if (this.memo.size >= MEMO_LIMIT) this.memo = new Map();
        this.memo.set(value, bits);
      }
      this.lastValue = value;
      this.lastBits = bits;
    }
    return (this.lastBits & (1 << bit)) !== 0;
  }
}

interface CompiledRule {
  readonly index: number;
  readonly rule: LedgerRule;
  readonly tests: readonly ((job: LedgerJob, gpus: number) => boolean)[];
  readonly matchesState: boolean;
}

function compile(rule: LedgerRule, index: number, fields: ReadonlyMap<TextField, FieldPatterns>): CompiledRule {
  const tests: ((job: LedgerJob, gpus: number) => boolean)[] = [];
  for (const key of TEXT_FIELDS) {
    const m = anyOf(rule[key]);
    if (!m) continue;
    const patterns = fields.get(key)!;
    const bit = patterns.add(m);
    tests.push((job) => job[key] !== null && patterns.test(job[key], bit));
  }
  const tags = anyOf(rule.tags);
  if (tags) tests.push((job) => job.tags.some(tags));
  if (rule.state !== undefined) {
    const wanted = new Set((typeof rule.state === 'string' ? [rule.state] : rule.state).map((s) => s.toUpperCase()));
    tests.push((job) => (job.state !== null && wanted.has(job.state)) || (job.rawState !== null && wanted.has(job.rawState.trim().split(/\s+/, 1)[0]!.toUpperCase())));
  }
  const { minHours, maxHours, minGpus, maxGpus } = rule;
  if (minHours !== undefined) tests.push((job) => job.elapsedS / 3600 >= minHours);
  if (maxHours !== undefined) tests.push((job) => job.elapsedS / 3600 < maxHours);
  if (minGpus !== undefined) tests.push((_, gpus) => gpus >= minGpus);
  if (maxGpus !== undefined) tests.push((_, gpus) => gpus <= maxGpus);
  return { index, rule, tests, matchesState: rule.state !== undefined };
}

/** What the rules decided for one job; fields left null were set by no rule. */
export interface Classification {
  component: string | null;
  phase: LedgerRule['phase'] | null;
  status: LedgerRule['status'] | null;
  gpu: string | null;
  gpus: number | null;
  gpusPerNode: number | null;
  /** Index of the first rule that set component, phase or status; -1 when none did (unclassified). */
  classifiedBy: number;
  /** Whether the rule that set the status matched on state (it then overrides a failed state). */
  statusByStateRule: boolean;
  /** Indices of the rules that decided any outcome, in order, and what each set (DECIDED_* bits); reused by the next call. */
  readonly deciders: number[];
  readonly decided: number[];
}

/** Bits of Classification.decided: which outcomes a rule set. GPU model and count may be overruled by the ledger's own. */
export const DECIDED_CLASS = 1;
export const DECIDED_GPU = 2;
export const DECIDED_GPUS = 4;
export const DECIDED_GPUS_PER_NODE = 8;

const OUTCOMES: readonly Outcome[] = ['component', 'phase', 'status', 'gpu', 'gpus', 'gpusPerNode'];

export class RuleSet {
  private readonly rules: readonly CompiledRule[];
  private readonly result: Classification = {
    component: null,
    phase: null,
    status: null,
    gpu: null,
    gpus: null,
    gpusPerNode: null,
    classifiedBy: -1,
    statusByStateRule: false,
    deciders: [],
    decided: [],
  };

  /** The job fields some rule matches on: readers may leave the others unread. */
  readonly uses: ReadonlySet<TextField | 'tags'>;
  /** How many outcomes some rule sets: once a job has them all, later rules cannot change it. */
  private readonly settable: number;

  constructor(readonly source: readonly LedgerRule[]) {
    const fields = new Map(TEXT_FIELDS.map((f) => [f, new FieldPatterns()] as const));
    this.rules = source.map((rule, index) => compile(rule, index, fields));
    this.uses = new Set([...TEXT_FIELDS, 'tags' as const].filter((f) => source.some((r) => r[f] !== undefined)));
    this.settable = OUTCOMES.filter((o) => source.some((r) => r[o] !== undefined)).length;
  }

  get size(): number {
    return this.rules.length;
  }

  /**
   * Classifies a job (`gpus`: its GPU count as far as the ledger knows it, for minGpus/maxGpus).
   * The returned object is reused by the next call: read it, do not keep it.
   */
  classify(job: LedgerJob, gpus: number): Classification {
    const r = this.result;
    r.component = r.phase = r.status = r.gpu = null;
    r.gpus = r.gpusPerNode = null;
    r.classifiedBy = -1;
    r.statusByStateRule = false;
    r.deciders.length = 0;
    r.decided.length = 0;
    let open = this.settable;
    rules: for (const c of this.rules) {
      for (const t of c.tests) if (!t(job, gpus)) continue rules;
      const rule = c.rule;
      let classifies = false;
      if (r.component === null && rule.component !== undefined) {
        r.component = rule.component;
        classifies = true;
        open--;
      }
      if (r.phase === null && rule.phase !== undefined) {
        r.phase = rule.phase;
        classifies = true;
        open--;
      }
      if (r.status === null && rule.status !== undefined) {
        r.status = rule.status;
        r.statusByStateRule = c.matchesState;
        classifies = true;
        open--;
      }
      let decided = classifies ? DECIDED_CLASS : 0;
      if (r.gpu === null && rule.gpu !== undefined) {
        r.gpu = rule.gpu;
        decided |= DECIDED_GPU;
        open--;
      }
      if (r.gpus === null && rule.gpus !== undefined) {
        r.gpus = rule.gpus;
        decided |= DECIDED_GPUS;
        open--;
      }
      if (r.gpusPerNode === null && rule.gpusPerNode !== undefined) {
        r.gpusPerNode = rule.gpusPerNode;
        decided |= DECIDED_GPUS_PER_NODE;
        open--;
      }
      if (classifies && r.classifiedBy < 0) r.classifiedBy = c.index;
      if (decided) {
        r.deciders.push(c.index);
        r.decided.push(decided);
      }
      if (open === 0) break;
    }
    return r;
  }
}
