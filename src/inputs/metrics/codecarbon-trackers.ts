/**
 * What a CodeCarbon file's trackers add up to, and the trackers that measured the same machine.
 *
 * A tracker is one `run_id` (snapshot files: its longest row; task files: the sum of its task rows).
 * CodeCarbon measures every GPU of the machine unless `gpu_ids` is set, so a distributed job with
 * one tracker per rank counts the machine's energy once per rank (mlco2/codecarbon#544, #936). Such
 * trackers are recognised by: the same GPU model and count, time spans that overlap, GPU energies
 * within a few percent of each other, and at least as many of them as each saw GPUs (one rank per
 * GPU: k trackers per k-GPU machine). That last condition keeps one tracker per node of a multi-node
 * job (m nodes of k GPUs, usually m < k, whose figures look alike too) from being taken for
 * duplicates. They are reported (a warning), and `dedupe: per-machine` counts a group of m trackers
 * that each saw k GPUs as ⌈m / k⌉ machines of their mean figures.
 */
import type { PerMachineFigures } from './types.js';

export interface Tracker {
  /** Line of the row that gave its figures (snapshots) or of its first task row. */
  readonly line: number;
  /** Seconds: the longest snapshot, or the sum of the tasks. */
  duration: number;
  /** IT energy (CodeCarbon's energy divided by the PUE it applied), kWh. */
  energy: number;
  /** CodeCarbon's own energy (PUE applied), kWh, for the PUE average. */
  writtenEnergy: number;
  /** GPU energy, IT, kWh; null when the column is absent or empty. */
  gpuEnergy: number | null;
  emissions: number | null;
  /** Discrete GPUs tracked (0 for a CPU-only tracker or an Apple SoC). */
  gpuCount: number;
  gpuModel: string | null;
  country: string | null;
  cloudProvider: string | null;
  cloudRegion: string | null;
  /** End of the kept row (its timestamp), ms since the epoch (read as UTC); null when unreadable. */
  endMs: number | null;
  /** PUE and WUE CodeCarbon applied (null: column absent). */
  pue: number | null;
  wue: number | null;
}

/** GPU energies within this share of each other count as "near-equal". */
export const DUPLICATE_ENERGY_TOLERANCE = 0.05;
/** Time spans overlapping by at least this share of the shorter one count as "overlapping". */
export const DUPLICATE_MIN_OVERLAP = 0.5;

function overlapShare(a: Tracker, b: Tracker): number {
  if (a.endMs === null || b.endMs === null) return 0;
  const startA = a.endMs - a.duration * 1000;
  const startB = b.endMs - b.duration * 1000;
  const overlap = Math.min(a.endMs, b.endMs) - Math.max(startA, startB);
  const shorter = Math.min(a.duration, b.duration) * 1000;
  return shorter > 0 ? Math.max(0, overlap) / shorter : 0;
}

/** Whether two trackers look like two ranks measuring the same machine. */
export function sameMachine(a: Tracker, b: Tracker): boolean {
  if (a.gpuCount === 0 || a.gpuModel === null || a.gpuModel !== b.gpuModel || a.gpuCount !== b.gpuCount) return false;
  if (a.gpuEnergy === null || b.gpuEnergy === null || a.gpuEnergy <= 0 || b.gpuEnergy <= 0) return false;
  const energyGap = Math.abs(a.gpuEnergy - b.gpuEnergy) / Math.max(a.gpuEnergy, b.gpuEnergy);
  return energyGap <= DUPLICATE_ENERGY_TOLERANCE && overlapShare(a, b) >= DUPLICATE_MIN_OVERLAP;
}

/**
 * Groups of two or more trackers that measured the same machine(s), in file order. Only trackers of
 * one GPU model and count can match, and only those whose time spans meet: each is compared with the
 * trackers that start before it ends (a sweep over start times), so files of many trackers run one
 * after the other stay linear.
 */
export function duplicateGroups(trackers: readonly Tracker[]): Tracker[][] {
  const buckets = new Map<string, Tracker[]>();
  for (const t of trackers) {
    if (t.gpuCount === 0 || t.gpuModel === null || t.endMs === null || t.gpuEnergy === null || t.gpuEnergy <= 0) continue;
    const key = `${t.gpuCount} × ${t.gpuModel}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(t);
    else buckets.set(key, [t]);
  }
  const start = (t: Tracker) => t.endMs! - t.duration * 1000;
  const groups: Tracker[][] = [];
  const grouped = new Set<Tracker>();
  for (const bucket of buckets.values()) {
    bucket.sort((a, b) => start(a) - start(b));
    for (let i = 0; i < bucket.length; i++) {
      const t = bucket[i]!;
      if (grouped.has(t)) continue;
      const group = [t];
      for (let j = i + 1; j < bucket.length && start(bucket[j]!) < t.endMs!; j++) {
        const o = bucket[j]!;
        if (!grouped.has(o) && sameMachine(t, o)) group.push(o);
      }
      // One rank per GPU: a k-GPU machine has k trackers (fewer look like one tracker per node).
      if (group.length < 2 || group.length < t.gpuCount) continue;
      for (const g of group) grouped.add(g);
      groups.push(group.sort((a, b) => a.line - b.line));
    }
  }
  return groups.sort((a, b) => a[0]!.line - b[0]!.line);
}

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
const fmt = (v: number): string => String(Number(v.toPrecision(3)));

/** The file's figures with each machine counted once, and the warning that says why. */
export function perMachineFigures(trackers: readonly Tracker[], groups: readonly Tracker[][]): { figures: PerMachineFigures; warning: string } | null {
  if (groups.length === 0) return null;
  const inGroup = new Set(groups.flat());
  const singles = trackers.filter((t) => !inGroup.has(t));
  let energy = singles.reduce((a, t) => a + t.energy, 0);
  let gpuSeconds = singles.reduce((a, t) => a + t.gpuCount * t.duration, 0);
  let machineSeconds = singles.reduce((a, t) => a + t.duration, 0);
  let emissions: number | null = singles.every((t) => t.emissions !== null) ? singles.reduce((a, t) => a + (t.emissions ?? 0), 0) : null;
  let kept = singles.length;
  for (const g of groups) {
    const machines = Math.ceil(g.length / g[0]!.gpuCount);
    kept += machines;
    energy += machines * mean(g.map((t) => t.energy));
    gpuSeconds += machines * mean(g.map((t) => t.gpuCount * t.duration));
    machineSeconds += machines * mean(g.map((t) => t.duration));
    emissions = emissions === null || g.some((t) => t.emissions === null) ? null : emissions + machines * mean(g.map((t) => t.emissions!));
  }
  const all = trackers.reduce((a, t) => a + t.energy, 0);
  const first = groups[0]!;
  const duplicated = groups.reduce((a, g) => a + g.length, 0);
  const warning =
    `${duplicated} CodeCarbon trackers in ${groups.length} group${groups.length === 1 ? '' : 's'} look like one tracker per rank on the same machine ` +
    `(same GPU model, overlapping times, GPU energies within ${DUPLICATE_ENERGY_TOLERANCE * 100} %, at least one per GPU; first group: ${first.length} × "${first[0]!.gpuModel}" at lines ${first
      .map((t) => t.line)
      .join(', ')}): each measured the whole machine, so its energy is counted once per rank (mlco2/codecarbon#544). ` +
    `Energy as written: ${fmt(all)} kWh; if the ranks did share machines, set \`dedupe: per-machine\` on the run to count each once (⌈trackers / GPUs⌉ machines): ${fmt(energy)} kWh.`;
  return {
    figures: {
      energyKwh: energy,
      gpuHours: gpuSeconds > 0 ? gpuSeconds / 3600 : null,
      machineHours: machineSeconds / 3600,
      reportedEmissionsKg: emissions,
      trackers: trackers.length,
      keptTrackers: kept,
    },
    warning,
  };
}
