/**
 * Assumptions, each written once: the ones the runs share in one table, then each run's basis, its
 * ranges and only the assumptions where it differs. Runs on the same GPU in the same region share
 * a dozen rows; printing them per run buried the few that matter.
 */
import { knownTotal } from '../core/footprint.js';
import type { Assumption } from '../model/resolve.js';
import type { RunReport } from '../model/report.js';
import { escapeMarkdown, formatFlops, formatGpuHours, formatKg, formatKwh, formatRange, round3 } from './format.js';
import { NA, details, plural, runLabel, table } from './markdown-blocks.js';

type Row = readonly [input: string, value: string, source: string];

function rowOf(a: Assumption): Row {
  return [
    escapeMarkdown(a.label),
    typeof a.value === 'string' ? escapeMarkdown(a.value) : `${formatRange(a.value, round3)}${a.unit ? ` ${a.unit}` : ''}`,
    escapeMarkdown(a.source),
  ];
}

const rowKey = (r: Row) => r.join('\u0000');

const BASIS: Record<RunReport['footprint']['basis'], string> = {
  'measured-energy': 'measured energy',
  'measured-gpu-hours': 'measured GPU-hours × power',
  theoretical: 'theoretical GPU-hours from FLOPs',
};

/** "**run** — basis; formula; ranges": what makes this run's figures, in one line. */
function runHeadline(r: RunReport): string {
  const f = r.footprint;
  const g = knownTotal(f.impacts.gwp)?.value ?? null;
  return [
    `**${runLabel(r)}** — ${BASIS[f.basis]}`,
    f.flops !== null && r.run.inputs.flops ? `; ${r.run.inputs.flops.formula} = ${formatFlops(f.flops)}` : '',
    f.promptImpactFactor !== 1 ? `; prompt impact × ${round3(f.promptImpactFactor)} (prefix cache)` : '',
    `; GPUh ${formatRange(f.gpuHours.used, formatGpuHours)}, energy ${formatRange(f.energyKwh.total, formatKwh)}, emissions ${g ? formatRange(g, formatKg) : NA}`,
  ].join('');
}

export interface AssumptionsOptions {
  /** The runs that get their own paragraph (default all); the others are counted. */
  readonly detailed?: readonly RunReport[];
}

/**
 * Two folded sections: the assumptions most runs share (each in more than half of the runs), and
 * each detailed run's basis, ranges and the assumptions where it differs from them, including a
 * shared input it does not have.
 */
export function assumptionSections(runs: readonly RunReport[], opts: AssumptionsOptions = {}): string[] {
  if (!runs.length) return [];
  const rowsByRun = new Map(runs.map((r) => [r, r.run.assumptions.map((a) => ({ key: a.key, row: rowOf(a) }))]));
  const counts = new Map<string, number>();
  for (const rows of rowsByRun.values()) {
    for (const key of new Set(rows.map((x) => rowKey(x.row)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = runs.length === 1 ? 1 : Math.max(2, Math.floor(runs.length / 2) + 1);
  // In first-seen order, one row per input: the most common value of an input is the shared one.
  const shared = new Map<string, Row>();
  for (const rows of rowsByRun.values()) {
    for (const { key, row } of rows) {
      const n = counts.get(rowKey(row))!;
      const current = shared.get(key);
      if (n >= threshold && (!current || n > counts.get(rowKey(current))!)) shared.set(key, row);
    }
  }
  const sharedKeys = new Set([...shared.values()].map(rowKey));
  const allShare = [...shared.values()].every((row) => counts.get(rowKey(row)) === runs.length);
  const out: string[] = [];
  if (shared.size) {
    const title =
      runs.length === 1
        ? 'Assumptions'
        : allShare
          ? `Assumptions shared by ${runs.length === 2 ? 'both' : `all ${runs.length}`} runs`
          : 'Assumptions shared by most runs (each run lists where it differs)';
    out.push(details(title, table(['Input', 'Value', 'Source'], [...shared.values()], 'lll')));
  }
  const detailed = opts.detailed ?? runs;
  const paragraphs = detailed.map((r) => {
    const rows = rowsByRun.get(r) ?? r.run.assumptions.map((a) => ({ key: a.key, row: rowOf(a) }));
    const own = rows.filter((x) => !sharedKeys.has(rowKey(x.row))).map((x) => x.row);
    const has = new Set(rows.map((x) => x.key));
    const lacks = [...shared].filter(([key]) => !has.has(key)).map(([, row]): Row => [row[0], 'not applicable', '–']);
    const differing = [...own, ...lacks];
    return differing.length ? `${runHeadline(r)}\n\n${table(['Input', 'Value', 'Source'], differing, 'lll')}` : runHeadline(r);
  });
  const left = runs.length - detailed.length;
  if (left > 0) paragraphs.push(`_${plural(left, 'other run')} not detailed here: unchanged against the base._`);
  if (paragraphs.length) {
    const title = runs.length === 1 ? 'Basis and ranges' : 'Per run: basis, ranges and what differs';
    out.push(details(title, paragraphs.join('\n\n')));
  }
  return out;
}
