/**
 * The anatomy of a model's life from its ledgers (the Moshi footprint study's view): GPU time,
 * energy, emissions and water by component × phase × status, the share of GPU time that went to the
 * final training runs, the largest jobs, the months, and how every job read was counted or skipped.
 * Pure: built from the ledger account (src/inputs/ledgers/accumulate.ts) and the runs its groups were
 * resolved into, so every figure comes from the same core as a manifest run's.
 */
import { knownTotal, type CriterionImpacts } from '../core/footprint.js';
import { TRAINING_PHASES } from '../data/ledgers.js';
import { monthLabel, SKIP_REASONS, type LedgerAccount, type LedgerGroup, type SkipReason } from '../inputs/ledgers/accumulate.js';
import type { LedgerRule } from '../inputs/manifest/schema.js';
import type { ResolvedRun } from './resolve.js';
import { fieldsFrom, type ProvenanceMap } from './resolve/context.js';

/** A sum that may lack a factor for some of its parts: `lowerBound` then marks it. */
export interface KnownSum {
  readonly value: number | null;
  readonly lowerBound: boolean;
}

export interface AnatomyFigures {
  readonly jobs: number;
  readonly gpuHours: number;
  readonly energyKwh: number;
  readonly emissionsKg: KnownSum;
  readonly waterL: KnownSum;
}

export interface AnatomyRow extends AnatomyFigures {
  readonly component: string;
  readonly phase: string;
  readonly status: string;
  /** Share of the ledgers' GPU-hours, 0..1. */
  readonly share: number;
}

export interface AnatomySkip {
  readonly reason: SkipReason;
  readonly label: string;
  readonly jobs: number;
  /** The first skipped job: file:line, and a detail (its id, the unreadable value). */
  readonly at: string;
  readonly detail: string;
}

export interface AnatomyFile {
  readonly file: string;
  readonly format: string;
  readonly manifest: string;
  readonly records: number;
  readonly jobsRead: number;
  readonly counted: number;
  readonly skipped: readonly AnatomySkip[];
  readonly steps: number;
  readonly orphanSteps: number;
  readonly running: number;
  readonly first: string | null;
  readonly last: string | null;
  readonly gpuHours: number;
  readonly warnings: readonly string[];
}

export interface AnatomyJob {
  readonly id: string;
  readonly name: string;
  readonly state: string | null;
  readonly at: string;
  readonly component: string;
  readonly phase: string;
  readonly status: string;
  readonly gpu: string;
  readonly gpus: number;
  readonly hours: number;
  readonly gpuHours: number;
  /** Its share of its group's energy and emissions (by measured energy when metered, else by GPU-hours). */
  readonly energyKwh: number;
  readonly emissionsKg: number | null;
  readonly start: string | null;
  readonly running: boolean;
}

export interface AnatomyMonth {
  readonly month: string;
  readonly jobs: number;
  readonly gpuHours: number;
  readonly finalTrainingGpuHours: number;
  readonly energyKwh: number;
  readonly emissionsKg: number;
}

export interface TrainerRunFigures {
  readonly id: string;
  readonly file: string;
  readonly flops: number;
  readonly hours: number;
  readonly gpus: number;
  readonly gpu: string;
  readonly peakTflops: number;
  /** FLOPs / (run time × GPUs × peak): the share of peak the Trainer's count implies. */
  readonly impliedMfu: number | null;
  readonly steps: number | null;
  readonly maxSteps: number | null;
}

export interface AnatomyRule {
  readonly manifest: string;
  readonly index: number;
  readonly text: string;
  readonly jobs: number;
  readonly gpuHours: number;
}

export interface Anatomy {
  readonly files: readonly AnatomyFile[];
  readonly jobs: { readonly read: number; readonly counted: number; readonly skipped: number };
  readonly skipped: readonly AnatomySkip[];
  readonly rows: readonly AnatomyRow[];
  readonly totals: AnatomyFigures;
  /** The headline: GPU-hours of `final` runs in a training phase, and their share of all. */
  readonly finalTraining: { readonly gpuHours: number; readonly share: number | null };
  readonly unclassified: { readonly jobs: number; readonly gpuHours: number; readonly share: number | null };
  readonly byState: readonly { readonly state: string; readonly jobs: number; readonly gpuHours: number; readonly share: number }[];
  readonly largest: readonly AnatomyJob[];
  readonly months: readonly AnatomyMonth[];
  readonly trainerRuns: readonly TrainerRunFigures[];
  readonly rules: readonly AnatomyRule[];
  /** Jobs still running when their ledger was written, counted up to then. */
  readonly running: { readonly jobs: number; readonly asOf: string | null };
  /** Ids of the runs the groups were resolved into. */
  readonly runIds: readonly string[];
}

/** ISO 8601 in UTC to the minute ("2024-03-31T00:00Z"): what the JSON report carries; markdown shows it as "2024-03-31 00:00 UTC". */
const iso = (ms: number): string | null => (Number.isFinite(ms) ? `${new Date(ms).toISOString().slice(0, 16)}Z` : null);

function sumKnown(parts: readonly (CriterionImpacts | null)[]): KnownSum {
  let value: number | null = null;
  let lowerBound = false;
  for (const p of parts) {
    const k = p ? knownTotal(p) : null;
    if (k === null) {
      lowerBound = true;
      continue;
    }
    value = (value ?? 0) + k.value.central;
    if (!k.complete) lowerBound = true;
  }
  return { value, lowerBound: value !== null && lowerBound };
}

function figures(groups: readonly LedgerGroup[], runs: ReadonlyMap<string, ResolvedRun>): AnatomyFigures {
  const resolved = groups.map((g) => runs.get(g.key) ?? null);
  return {
    jobs: groups.reduce((a, g) => a + g.jobs, 0),
    gpuHours: groups.reduce((a, g) => a + g.gpuSeconds / 3600, 0),
    energyKwh: resolved.reduce((a, r) => a + (r?.footprint.energyKwh.total.central ?? 0), 0),
    emissionsKg: sumKnown(resolved.map((r) => r?.footprint.impacts.gwp ?? null)),
    waterL: sumKnown(resolved.map((r) => r?.footprint.impacts.water ?? null)),
  };
}

/** "name moshi-final-*, state COMPLETED|TIMEOUT → component moshi, pretraining, final". */
export function describeRule(rule: LedgerRule): string {
  const list = (v: string | readonly string[]) => (typeof v === 'string' ? v : v.join('|'));
  const criteria = [
    ...(['name', 'account', 'partition', 'user', 'group', 'tags', 'state'] as const).flatMap((k) => (rule[k] !== undefined ? [`${k} ${list(rule[k])}`] : [])),
    ...(rule.minHours !== undefined ? [`≥ ${rule.minHours} h`] : []),
    ...(rule.maxHours !== undefined ? [`< ${rule.maxHours} h`] : []),
    ...(rule.minGpus !== undefined ? [`≥ ${rule.minGpus} GPUs`] : []),
    ...(rule.maxGpus !== undefined ? [`≤ ${rule.maxGpus} GPUs`] : []),
  ];
  const outcomes = [
    ...(rule.component !== undefined ? [`component ${rule.component}`] : []),
    ...(['phase', 'status', 'gpu'] as const).flatMap((k) => (rule[k] !== undefined ? [`${k} ${rule[k]}`] : [])),
    ...(rule.gpus !== undefined ? [`${rule.gpus} GPUs`] : []),
    ...(rule.gpusPerNode !== undefined ? [`${rule.gpusPerNode} GPUs per node`] : []),
  ];
  return `${criteria.length ? criteria.join(', ') : 'every job'} → ${outcomes.join(', ')}`;
}

/**
 * Where the figures of a group's run come from: its GPU-hours, metered energy and GPU are its jobs'
 * as the ledger entry (its manifest line, or the command line) read and classified them.
 */
export function groupProvenance(g: LedgerGroup): ProvenanceMap {
  const paths = [g.context.entry.path].flat().join(', ');
  const note = `${g.jobs.toLocaleString('en-US')} job${g.jobs === 1 ? '' : 's'} of this class`;
  const where = g.context.manifest ? { file: g.context.manifest, line: g.context.line, key: `ledgers: ${paths}` } : { file: paths, key: 'ledger' };
  return fieldsFrom(['gpuHours', 'energyKwh', 'hardware.gpu'], { ...where, note });
}

/**
 * The anatomy of the ledgers' jobs. `runs` maps each group's key to the run it was resolved into
 * (a group whose run could not be resolved counts in GPU-hours, with no energy or emissions).
 */
export function buildAnatomy(account: LedgerAccount, runs: ReadonlyMap<string, ResolvedRun>): Anatomy {
  const groups = account.groups;
  const totals = figures(groups, runs);
  const allGpuS = groups.reduce((a, g) => a + g.gpuSeconds, 0);
  const share = (s: number) => (allGpuS > 0 ? s / allGpuS : 0);
  const isFinalTraining = (g: LedgerGroup) => g.status === 'final' && TRAINING_PHASES.has(g.phase);

  const byRow = new Map<string, LedgerGroup[]>();
  for (const g of groups) {
    const k = `${g.component}\u0000${g.phase}\u0000${g.status}`;
    byRow.set(k, [...(byRow.get(k) ?? []), g]);
  }
  const rows: AnatomyRow[] = [...byRow.values()]
    .map((members) => {
      const f = figures(members, runs);
      const g = members[0]!;
      return { component: g.component, phase: g.phase, status: g.status, ...f, share: share(f.gpuHours * 3600) };
    })
    .sort((a, b) => b.gpuHours - a.gpuHours || (a.component + a.phase + a.status < b.component + b.phase + b.status ? -1 : 1));

  // Months: each group's energy and emissions apportioned by its months' energy (metered) or GPU time.
  const months = new Map<number, { jobs: number; gpuS: number; finalS: number; kwh: number; kg: number }>();
  for (const g of groups) {
    const run = runs.get(g.key);
    const kwh = run?.footprint.energyKwh.total.central ?? 0;
    const gwp = run?.footprint.impacts.gwp;
    const op = gwp?.operational.total?.central ?? 0;
    const emb = gwp ? (knownTotal(gwp)?.value.central ?? 0) - op : 0;
    for (const [month, t] of g.months) {
      if (t.jobs === 0 && t.gpuSeconds === 0) continue;
      const timeShare = g.gpuSeconds > 0 ? t.gpuSeconds / g.gpuSeconds : 0;
      const energyShare = g.metered && g.energyJ > 0 ? t.energyJ / g.energyJ : timeShare;
      const m = months.get(month) ?? { jobs: 0, gpuS: 0, finalS: 0, kwh: 0, kg: 0 };
      m.jobs += t.jobs;
      m.gpuS += t.gpuSeconds;
      if (isFinalTraining(g)) m.finalS += t.gpuSeconds;
      m.kwh += kwh * energyShare;
      m.kg += op * energyShare + emb * timeShare;
      months.set(month, m);
    }
  }

  const groupByKey = new Map(groups.map((g) => [g.key, g]));
  const largest: AnatomyJob[] = account.largest.map((j) => {
    const g = groupByKey.get(j.groupKey)!;
    const run = runs.get(g.key);
    const timeShare = g.gpuSeconds > 0 ? j.gpuSeconds / g.gpuSeconds : 0;
    const energyShare = g.metered && g.energyJ > 0 && j.energyJ > 0 ? j.energyJ / g.energyJ : timeShare;
    const gwp = run?.footprint.impacts.gwp;
    const op = gwp?.operational.total?.central ?? 0;
    const known = gwp ? knownTotal(gwp) : null;
    return {
      id: j.id,
      name: j.name,
      state: j.state,
      at: `${j.file}:${j.line}`,
      component: g.component,
      phase: g.phase,
      status: g.status,
      gpu: g.gpu,
      gpus: j.gpus,
      hours: j.elapsedS / 3600,
      gpuHours: j.gpuSeconds / 3600,
      energyKwh: (run?.footprint.energyKwh.total.central ?? 0) * energyShare,
      emissionsKg: known ? op * energyShare + (known.value.central - op) * timeShare : null,
      start: iso(j.startMs),
      running: j.running,
    };
  });

  const trainerRuns: TrainerRunFigures[] = account.trainerRuns.map((t) => {
    const peak = runs.get(t.groupKey)?.inputs.peakFlops ?? Number.NaN;
    const mfu = t.flops / (t.runtimeS * t.gpus * peak);
    return {
      id: t.id,
      file: t.file,
      flops: t.flops,
      hours: t.runtimeS / 3600,
      gpus: t.gpus,
      gpu: t.gpu,
      peakTflops: peak / 1e12,
      impliedMfu: Number.isFinite(mfu) && mfu > 0 ? mfu : null,
      steps: Number.isFinite(t.steps) ? t.steps : null,
      maxSteps: Number.isFinite(t.maxSteps) ? t.maxSteps : null,
    };
  });

  const skipOf = (file: string, reason: SkipReason, t: { jobs: number; line: number; detail: string }): AnatomySkip => ({
    reason,
    label: SKIP_REASONS[reason],
    jobs: t.jobs,
    at: `${file}:${t.line}`,
    detail: t.detail,
  });
  const files: AnatomyFile[] = account.files.map((f) => ({
    file: f.file,
    format: f.format,
    manifest: f.context.manifest,
    records: f.records,
    jobsRead: f.jobsRead,
    counted: f.counted,
    skipped: [...f.skipped].map(([reason, t]) => skipOf(f.file, reason, t)).filter((s) => s.jobs > 0),
    steps: f.steps,
    orphanSteps: f.orphanSteps,
    running: f.running,
    first: iso(f.firstMs),
    last: iso(f.lastMs),
    gpuHours: f.gpuSeconds / 3600,
    warnings: f.warnings.toArray(),
  }));
  const skipped = new Map<SkipReason, AnatomySkip>();
  for (const f of files) {
    for (const s of f.skipped) {
      const prev = skipped.get(s.reason);
      skipped.set(s.reason, prev ? { ...prev, jobs: prev.jobs + s.jobs } : s);
    }
  }
  const read = files.reduce((a, f) => a + f.jobsRead, 0);
  const counted = files.reduce((a, f) => a + f.counted, 0);
  const finalS = groups.filter(isFinalTraining).reduce((a, g) => a + g.gpuSeconds, 0);

  return {
    files,
    jobs: { read, counted, skipped: read - counted },
    skipped: [...skipped.values()].sort((a, b) => b.jobs - a.jobs),
    rows,
    totals,
    finalTraining: { gpuHours: finalS / 3600, share: allGpuS > 0 ? finalS / allGpuS : null },
    unclassified: { jobs: account.unclassified.jobs, gpuHours: account.unclassified.gpuSeconds / 3600, share: allGpuS > 0 ? account.unclassified.gpuSeconds / allGpuS : null },
    byState: [...account.byState]
      .filter(([, t]) => t.jobs > 0)
      .map(([state, t]) => ({ state, jobs: t.jobs, gpuHours: t.gpuSeconds / 3600, share: share(t.gpuSeconds) }))
      .sort((a, b) => b.gpuHours - a.gpuHours),
    largest,
    months: [...months]
      .sort(([a], [b]) => (a < 0 ? Infinity : a) - (b < 0 ? Infinity : b))
      .map(([month, m]) => ({ month: monthLabel(month) || 'unknown', jobs: m.jobs, gpuHours: m.gpuS / 3600, finalTrainingGpuHours: m.finalS / 3600, energyKwh: m.kwh, emissionsKg: m.kg })),
    trainerRuns,
    rules: account.rules.flatMap((r) => r.rules.map((rule, index) => ({ manifest: r.manifest, index, text: describeRule(rule), jobs: r.jobs[index]!, gpuHours: r.gpuSeconds[index]! / 3600 }))),
    running: { jobs: files.reduce((a, f) => a + f.running, 0), asOf: iso(account.runningAsOfMs) },
    runIds: groups.flatMap((g) => {
      const run = runs.get(g.key);
      return run ? [run.id] : [];
    }),
  };
}

// ------------------------------------------------------------------------------------------------
// Base vs head

export interface AnatomyFileChange {
  readonly file: string;
  readonly change: 'added' | 'removed' | 'changed' | 'unchanged';
  readonly jobsBefore: number;
  readonly jobsAfter: number;
  readonly gpuHoursBefore: number;
  readonly gpuHoursAfter: number;
}

export interface AnatomyChange {
  readonly files: readonly AnatomyFileChange[];
  readonly rulesAdded: readonly string[];
  readonly rulesRemoved: readonly string[];
  readonly finalShareBefore: number | null;
  readonly finalShareAfter: number | null;
  readonly gpuHoursBefore: number;
  readonly gpuHoursAfter: number;
  readonly jobsBefore: number;
  readonly jobsAfter: number;
}

/** What changed in the ledgers and rules since the base; null when neither side has ledgers. */
export function anatomyChange(base: Anatomy | null | undefined, head: Anatomy | null | undefined): AnatomyChange | null {
  if (!base && !head) return null;
  const before = new Map((base?.files ?? []).map((f) => [f.file, f]));
  const after = new Map((head?.files ?? []).map((f) => [f.file, f]));
  const files: AnatomyFileChange[] = [...new Set([...before.keys(), ...after.keys()])].sort().map((file) => {
    const b = before.get(file);
    const a = after.get(file);
    const same = b && a && b.jobsRead === a.jobsRead && b.counted === a.counted && Math.abs(b.gpuHours - a.gpuHours) < 1e-9;
    return {
      file,
      change: !b ? 'added' : !a ? 'removed' : same ? 'unchanged' : 'changed',
      jobsBefore: b?.jobsRead ?? 0,
      jobsAfter: a?.jobsRead ?? 0,
      gpuHoursBefore: b?.gpuHours ?? 0,
      gpuHoursAfter: a?.gpuHours ?? 0,
    };
  });
  const ruleTexts = (x: Anatomy | null | undefined) => (x?.rules ?? []).map((r) => r.text);
  const baseRules = ruleTexts(base);
  const headRules = ruleTexts(head);
  return {
    files,
    rulesAdded: headRules.filter((r) => !baseRules.includes(r)),
    rulesRemoved: baseRules.filter((r) => !headRules.includes(r)),
    finalShareBefore: base?.finalTraining.share ?? null,
    finalShareAfter: head?.finalTraining.share ?? null,
    gpuHoursBefore: base?.totals.gpuHours ?? 0,
    gpuHoursAfter: head?.totals.gpuHours ?? 0,
    jobsBefore: base?.jobs.read ?? 0,
    jobsAfter: head?.jobs.read ?? 0,
  };
}
