/**
 * Base vs head: which runs were added, removed, renamed or changed, and the change in the totals.
 * A rename is recognised from the head run's `previousId`, or when a removed and an added run have
 * exactly the same footprint (an id edit and nothing else).
 */
import { knownTotal } from '../core/footprint.js';
import { subtract, type Range } from '../core/range.js';
import { attributeChange, type RunAttribution } from './attribution.js';
import { totalEmissions, type Report, type RunReport } from './report.js';

export type ChangeKind = 'added' | 'removed' | 'renamed' | 'changed' | 'unchanged';

export interface RunChange {
  readonly id: string;
  readonly change: ChangeKind;
  readonly base: RunReport | null;
  readonly head: RunReport | null;
  /** Head minus base total GWP (missing side counts as 0), kgCO2e. */
  readonly deltaKg: Range;
  /** The config values behind a changed run's change (null when its figures do not come from configs). */
  readonly attribution: RunAttribution | null;
}

export interface ManifestChange {
  readonly file: string;
  readonly change: 'added' | 'removed' | 'renamed' | 'unchanged';
  /** For a rename: the manifest's path in the base. */
  readonly previous: string | null;
}

export interface ReportDiff {
  readonly base: Report | null;
  readonly head: Report;
  readonly runs: readonly RunChange[];
  /** Manifest files added, removed or moved (a move keeps at least one run). Empty without a base. */
  readonly manifests: readonly ManifestChange[];
  /** Head total minus base total, kgCO2e; head total when there is no base. */
  readonly deltaKg: Range;
  /** Relative change of the central total, or null when the base is missing or zero. */
  readonly deltaRatio: number | null;
  readonly deltaEnergyKwh: number;
  readonly deltaGpuHours: number;
}

const ZERO: Range = { low: 0, central: 0, high: 0 };

function runEmissions(r: RunReport | null): Range {
  return (r && knownTotal(r.footprint.impacts.gwp)?.value) ?? ZERO;
}

/** Same numbers to the last digit: what an id-only edit leaves behind. */
function sameFootprint(a: RunReport, b: RunReport): boolean {
  const fa = a.footprint;
  const fb = b.footprint;
  return (
    fa.flops === fb.flops &&
    fa.gpuHours.used.central === fb.gpuHours.used.central &&
    fa.energyKwh.total.central === fb.energyKwh.total.central &&
    runEmissions(a).central === runEmissions(b).central
  );
}

function change(id: string, kind: ChangeKind, base: RunReport | null, head: RunReport | null): RunChange {
  const attribution = kind === 'changed' || kind === 'renamed' ? attributeChange(base, head) : null;
  return { id, change: kind, base, head, deltaKg: subtract(runEmissions(head), runEmissions(base)), attribution };
}

export function diffReports(base: Report | null, head: Report): ReportDiff {
  const baseRuns = new Map((base?.runs ?? []).map((r) => [r.run.id, r]));
  const matched = new Set<string>();
  const changes: RunChange[] = [];
  const added: RunReport[] = [];

  // Same ids first, so a previousId can only claim a base run no head run kept.
  const unpaired: RunReport[] = [];
  for (const h of head.runs) {
    const same = baseRuns.get(h.run.id);
    if (same) {
      matched.add(h.run.id);
      changes.push(change(h.run.id, sameFootprint(same, h) ? 'unchanged' : 'changed', same, h));
    } else {
      unpaired.push(h);
    }
  }
  for (const h of unpaired) {
    const previous = h.run.previousId !== null ? baseRuns.get(h.run.previousId) : undefined;
    if (previous && !matched.has(previous.run.id)) {
      matched.add(previous.run.id);
      changes.push(change(h.run.id, 'renamed', previous, h));
    } else {
      added.push(h);
    }
  }
  const removed = [...baseRuns.values()].filter((b) => !matched.has(b.run.id));
  for (const a of added) {
    const twin = base ? removed.find((r) => !matched.has(r.run.id) && sameFootprint(r, a)) : undefined;
    if (twin) {
      matched.add(twin.run.id);
      changes.push(change(a.run.id, 'renamed', twin, a));
    } else {
      changes.push(change(a.run.id, 'added', null, a));
    }
  }
  for (const r of removed) if (!matched.has(r.run.id)) changes.push(change(r.run.id, 'removed', r, null));

  const headTotal = totalEmissions(head);
  const manifests = base ? manifestChanges(base, head, changes) : [];
  const baseTotal = base ? totalEmissions(base) : ZERO;
  const deltaKg = subtract(headTotal, baseTotal);
  return {
    base,
    head,
    runs: changes,
    manifests,
    deltaKg,
    deltaRatio: base && baseTotal.central > 0 ? deltaKg.central / baseTotal.central : null,
    deltaEnergyKwh: head.totals.energyKwh.central - (base?.totals.energyKwh.central ?? 0),
    deltaGpuHours: head.totals.gpuHours.used.central - (base?.totals.gpuHours.used.central ?? 0),
  };
}

/** Manifest-level changes; a removed and an added manifest that share a run are one manifest moved. */
function manifestChanges(base: Report, head: Report, runs: readonly RunChange[]): ManifestChange[] {
  const baseFiles = new Set(base.manifests);
  const headFiles = new Set(head.manifests);
  const added = head.manifests.filter((f) => !baseFiles.has(f));
  const removed = new Set(base.manifests.filter((f) => !headFiles.has(f)));
  const out: ManifestChange[] = head.manifests
    .filter((f) => baseFiles.has(f))
    .map((file) => ({ file, change: 'unchanged' as const, previous: null }));
  for (const file of added) {
    const previous = runs.find((r) => r.head?.run.file === file && r.base && removed.has(r.base.run.file))?.base?.run.file;
    if (previous) {
      removed.delete(previous);
      out.push({ file, change: 'renamed', previous });
    } else {
      out.push({ file, change: 'added', previous: null });
    }
  }
  for (const file of removed) out.push({ file, change: 'removed', previous: null });
  return out;
}
