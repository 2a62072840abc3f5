/**
 * A footprint report: every run's footprint, the totals, the lifecycle split (section 8) and the
 * amortisation of training over inference. Pure: built from resolved runs.
 */
import { CRITERIA, knownTotal, type Criterion, type CriterionImpacts, type RunFootprint } from '../core/footprint.js';
import { div, exact, scale, sum, type Range } from '../core/range.js';
import type { Anatomy } from './anatomy.js';
import type { ResolvedRun } from './resolve.js';

export const SCHEMA_VERSION = 1;

export interface RunReport {
  readonly run: ResolvedRun;
  readonly footprint: RunFootprint;
}

/** A sum over runs that may lack a factor: `missing` counts the runs left out. */
export interface PartialSum {
  readonly value: Range | null;
  readonly missing: number;
}

export interface CriterionTotals {
  readonly operational: PartialSum;
  readonly embodied: PartialSum;
  readonly total: PartialSum;
}

export interface Totals {
  readonly runs: number;
  readonly flops: number;
  readonly gpuHours: { readonly theoretical: Range | null; readonly measured: number | null; readonly used: Range };
  readonly energyKwh: Range;
  readonly impacts: Record<Criterion, CriterionTotals>;
}

export interface GroupTotals {
  readonly key: string;
  readonly runs: number;
  readonly gpuHours: Range;
  readonly energyKwh: Range;
  readonly emissionsKg: PartialSum;
  /** Share of all GPU-hours (central), 0..1. */
  readonly gpuHoursShare: number;
}

export interface Lifecycle {
  readonly byPhase: readonly GroupTotals[];
  readonly byStatus: readonly GroupTotals[];
  readonly byComponent: readonly GroupTotals[];
  /** Share of GPU-hours (central) spent in runs whose status is not `final`; null without GPU-hours. */
  readonly rdOverheadShare: number | null;
}

export interface Amortisation {
  readonly trainingRun: string;
  readonly expectedRequests: number;
  /** Training emissions (total GWP) attributed to 1,000 requests; `missing` 1 = operational only. */
  readonly trainingKgPer1000Requests: PartialSum;
  readonly inferenceRun: string | null;
  /** The inference run's own emissions per 1,000 requests. */
  readonly inferenceKgPer1000Requests: PartialSum | null;
}

export interface Report {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly manifests: readonly string[];
  readonly runs: readonly RunReport[];
  readonly totals: Totals;
  readonly lifecycle: Lifecycle;
  readonly amortisation: readonly Amortisation[];
  /** The ledgers' jobs by component × phase × status, months, largest jobs (null without ledgers). */
  readonly anatomy?: Anatomy | null;
}

function partialSum(values: readonly (Range | null)[]): PartialSum {
  const known = values.filter((v): v is Range => v !== null);
  return { value: known.length ? sum(known) : null, missing: values.length - known.length };
}

/** Sum of known totals; a run whose total is only partly known counts its known part and as missing. */
function knownTotalsSum(impacts: readonly CriterionImpacts[]): PartialSum {
  const totals = impacts.map(knownTotal);
  const known = totals.filter((t) => t !== null);
  return {
    value: known.length ? sum(known.map((t) => t.value)) : null,
    missing: totals.filter((t) => !t?.complete).length,
  };
}

export function totalsOf(runs: readonly RunReport[]): Totals {
  const fps = runs.map((r) => r.footprint);
  const theoretical = fps.map((f) => f.gpuHours.theoretical).filter((v): v is Range => v !== null);
  const measured = fps.map((f) => f.gpuHours.measured).filter((v): v is number => v !== null);
  const impacts = {} as Record<Criterion, CriterionTotals>;
  for (const c of CRITERIA) {
    impacts[c] = {
      operational: partialSum(fps.map((f) => f.impacts[c].operational.total)),
      embodied: partialSum(fps.map((f) => f.impacts[c].embodied.total)),
      total: knownTotalsSum(fps.map((f) => f.impacts[c])),
    };
  }
  return {
    runs: runs.length,
    flops: fps.reduce((a, f) => a + (f.flops ?? 0), 0),
    gpuHours: {
      theoretical: theoretical.length ? sum(theoretical) : null,
      measured: measured.length ? measured.reduce((a, b) => a + b, 0) : null,
      used: sum(fps.map((f) => f.gpuHours.used)),
    },
    energyKwh: sum(fps.map((f) => f.energyKwh.total)),
    impacts,
  };
}

function groupBy(runs: readonly RunReport[], keyOf: (r: RunReport) => string, allGpuHours: number): GroupTotals[] {
  const groups = new Map<string, RunReport[]>();
  for (const r of runs) {
    const k = keyOf(r);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups.entries()]
    .map(([key, members]) => {
      const gpuHours = sum(members.map((m) => m.footprint.gpuHours.used));
      return {
        key,
        runs: members.length,
        gpuHours,
        energyKwh: sum(members.map((m) => m.footprint.energyKwh.total)),
        emissionsKg: knownTotalsSum(members.map((m) => m.footprint.impacts.gwp)),
        gpuHoursShare: allGpuHours > 0 ? gpuHours.central / allGpuHours : 0,
      };
    })
    .sort((a, b) => b.gpuHours.central - a.gpuHours.central || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function lifecycleOf(runs: readonly RunReport[]): Lifecycle {
  const all = runs.reduce((a, r) => a + r.footprint.gpuHours.used.central, 0);
  const nonFinal = runs.filter((r) => r.run.status !== 'final').reduce((a, r) => a + r.footprint.gpuHours.used.central, 0);
  return {
    byPhase: groupBy(runs, (r) => r.run.phase, all),
    byStatus: groupBy(runs, (r) => r.run.status, all),
    byComponent: groupBy(runs, (r) => r.run.component, all),
    rdOverheadShare: all > 0 ? nonFinal / all : null,
  };
}

export function amortisationOf(runs: readonly RunReport[]): Amortisation[] {
  const byId = new Map(runs.map((r) => [r.run.id, r]));
  return runs
    .filter((r) => r.run.amortisation)
    .map((r) => {
      const a = r.run.amortisation!;
      // A total whose embodied part has no factor counts its known part and is marked a lower bound.
      const per1000 = (r: RunReport, requests: number): PartialSum => {
        const known = knownTotal(r.footprint.impacts.gwp);
        return { value: known ? scale(div(known.value, exact(requests)), 1000) : null, missing: known?.complete ? 0 : 1 };
      };
      const inference = a.inferenceRun ? byId.get(a.inferenceRun) : undefined;
      const inferenceRequests = inference?.run.requests ?? null;
      return {
        trainingRun: r.run.id,
        expectedRequests: a.expectedRequests,
        trainingKgPer1000Requests: per1000(r, a.expectedRequests),
        inferenceRun: inference ? inference.run.id : null,
        inferenceKgPer1000Requests:
          inference && inferenceRequests ? per1000(inference, inferenceRequests) : null,
      };
    });
}

export function buildReport(runs: readonly ResolvedRun[], manifests: readonly string[], anatomy: Anatomy | null = null): Report {
  const reports = runs.map((run) => ({ run, footprint: run.footprint }));
  return {
    schemaVersion: SCHEMA_VERSION,
    manifests,
    runs: reports,
    totals: totalsOf(reports),
    lifecycle: lifecycleOf(reports),
    amortisation: amortisationOf(reports),
    anatomy,
  };
}

/** Operational water of some runs in its two parts, on-site (cooling) and off-site (electricity); null where a run lacks the factor. */
export function waterParts(runs: readonly RunReport[]): { onsite: PartialSum; offsite: PartialSum } {
  return {
    onsite: partialSum(runs.map((r) => r.footprint.water.onsite)),
    offsite: partialSum(runs.map((r) => r.footprint.water.offsite)),
  };
}

/** Total GWP of a report (operational + embodied where known), kgCO2e. */
export function totalEmissions(report: Report): Range {
  return report.totals.impacts.gwp.total.value ?? exact(0);
}
