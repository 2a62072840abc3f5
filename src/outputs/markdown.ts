/**
 * Markdown renderings: the CLI report of one state, and the base-vs-head comparison the PR comment,
 * the job summary and `ml-footprint diff` show (one renderer). User-controlled text always goes
 * through escapeMarkdown / codeSpan / mermaidLabel.
 *
 * The comparison is written for a reviewer who reads it in ten seconds. Above the first fold: the
 * headline, the budget states, one table of the runs that changed most (with why each changed, from
 * its configs, under it; the other changed runs folded with theirs), the ledgers' lead, and one line
 * counting the unchanged runs, whose rows are folded. Everything else is a folded section, in
 * `foldedSections`: advice, warnings (said once, by file), charts, all criteria, the lifecycle split,
 * amortisation, the ledgers' anatomy, assumptions (shared ones once, then what differs per run),
 * method, and any `extraSections` another module renders.
 */
import { CRITERIA, knownTotal, type Criterion } from '../core/footprint.js';
import type { Range } from '../core/range.js';
import type { Advice } from '../model/advice.js';
import type { ReportDiff, RunChange } from '../model/diff.js';
import { waterParts, type GroupTotals, type PartialSum, type Report, type RunReport } from '../model/report.js';
import { adviceSection } from './advice-markdown.js';
import { anatomyFold, anatomyLead, anatomySection } from './anatomy-markdown.js';
import { assumptionSections } from './assumptions-markdown.js';
import { renderAttribution } from './attribution-markdown.js';
import {
  codeSpan,
  escapeMarkdown,
  formatGpuHours,
  formatKg,
  formatKgSb,
  formatKwh,
  formatLitres,
  formatMj,
  formatPercent,
  formatRange,
  mermaidLabel,
  round3,
  signed,
} from './format.js';
import { NA, central, details, knownTotalCell, partialCell as ps, plural, runLabel, table } from './markdown-blocks.js';
import { runWarnings, warningsSection, type FileWarning } from './warnings-markdown.js';

export type { FileWarning } from './warnings-markdown.js';

export const METHOD_URL_DEFAULT = 'https://github.com/ml-footprint/ml-footprint-action/blob/main/docs/METHODOLOGY.md';

const CRITERION_LABEL: Record<Criterion, string> = {
  gwp: 'Global warming',
  water: 'Water',
  adpe: 'Abiotic depletion',
  pe: 'Primary energy',
};
const CRITERION_FORMAT: Record<Criterion, (v: number) => string> = {
  gwp: formatKg,
  water: formatLitres,
  adpe: formatKgSb,
  pe: formatMj,
};

/** "est." when the run's GPU embodied figure is a bottom-up estimate, not a published one. */
function estimatedMark(r: RunReport | null | undefined): string {
  return r?.run.embodiedPerDevice.gpu.gwp?.basis === 'estimated' ? ' (est.)' : '';
}

/** A run's GPU-hours cell: not applicable to a CPU-only run; "–" when not computed (no workload). */
const gpuHoursCell = (r: RunReport, v: Range | number | null): string =>
  !r.footprint.gpuHours.applicable ? 'CPU only' : v === null ? '–' : formatGpuHours(typeof v === 'number' ? v : v.central);

function mfuCell(r: RunReport): string {
  if (r.footprint.impliedMfu === null) return '–';
  const warn = r.footprint.warnings.some((w) => w.code.startsWith('implied-mfu')) ? ' ⚠️' : '';
  return `${round3(r.footprint.impliedMfu)}${warn}`;
}

/** The per-run table of one report (CLI `report`). */
function runTable(report: Report): string {
  const rows = report.runs.map((r) => {
    const f = r.footprint;
    const gwp = f.impacts.gwp;
    return [
      runLabel(r),
      `${r.run.kind} · ${r.run.status}`,
      r.run.gpu ? `${escapeMarkdown(r.run.gpu.id)}${r.run.inputs.gpuCount ? ` × ${r.run.inputs.gpuCount}` : ''}` : NA,
      gpuHoursCell(r, f.gpuHours.theoretical),
      gpuHoursCell(r, f.gpuHours.measured),
      mfuCell(r),
      formatKwh(f.energyKwh.total.central),
      central(gwp.operational.total, formatKg),
      `${central(gwp.embodied.total, formatKg)}${estimatedMark(r)}`,
      `**${knownTotalCell(gwp)}**`,
    ];
  });
  const t = report.totals;
  const g = t.impacts.gwp;
  rows.push([
    `**Total (${plural(t.runs, 'run')})**`,
    '',
    '',
    t.gpuHours.theoretical ? formatGpuHours(t.gpuHours.theoretical.central) : '–',
    t.gpuHours.measured !== null ? formatGpuHours(t.gpuHours.measured) : '–',
    '',
    `**${formatKwh(t.energyKwh.central)}**`,
    `**${ps(g.operational, formatKg)}**`,
    `**${ps(g.embodied, formatKg)}**`,
    `**${ps(g.total, formatKg)}**`,
  ]);
  return table(
    ['Run', 'Kind · status', 'GPU', 'GPUh (theoretical)', 'GPUh (measured)', 'Implied MFU', 'Energy', 'Operational', 'Embodied', 'Total'],
    rows,
    'lllrrrrrrr',
  );
}

function criteriaTable(report: Report): string {
  const t = report.totals;
  const spanOf = (v: Range | null, f: (v: number) => string) => (v && v.low !== v.high ? `${f(v.low)} – ${f(v.high)}` : '–');
  const rows = CRITERIA.flatMap((k) => {
    const f = CRITERION_FORMAT[k];
    const i = t.impacts[k];
    // Manufacturing water is outside the water criterion when no device has a figure.
    const embodied = k === 'water' && i.embodied.value === null ? '–' : ps(i.embodied, f);
    const row = [CRITERION_LABEL[k], ps(i.operational, f), embodied, ps(i.total, f), spanOf(i.total.value, f)];
    if (k !== 'water') return [row];
    // Water's two operational parts: on-site cooling and the electricity's own water.
    const parts = waterParts(report.runs);
    const part = (label: string, p: PartialSum) => [label, ps(p, f), '', '', spanOf(p.value, f)];
    return [row, part('↳ on-site (cooling)', parts.onsite), part('↳ off-site (electricity)', parts.offsite)];
  });
  return table(['Criterion', 'Operational', 'Embodied', 'Total', 'Range (low – high)'], rows);
}

function groupTable(title: string, groups: readonly GroupTotals[]): string {
  return table(
    [title, 'Runs', 'GPUh', 'Share of GPUh', 'Energy', 'Emissions'],
    groups.map((g) => [
      escapeMarkdown(g.key),
      String(g.runs),
      formatGpuHours(g.gpuHours.central),
      formatPercent(g.gpuHoursShare),
      formatKwh(g.energyKwh.central),
      ps(g.emissionsKg, formatKg),
    ]),
  );
}

export function rdOverheadLine(report: Report): string | null {
  const share = report.lifecycle.rdOverheadShare;
  return share === null ? null : `R&D overhead: ${formatPercent(share)} of GPUh beyond final runs.`;
}

/** Mermaid pie of compute (GPU-hours) by status. */
function statusPie(report: Report): string | null {
  const groups = report.lifecycle.byStatus.filter((g) => g.gpuHours.central > 0);
  if (groups.length < 2) return null;
  const slices = groups.map((g) => `    "${mermaidLabel(g.key)}" : ${Number(g.gpuHours.central.toPrecision(6))}`);
  return ['```mermaid', 'pie showData title GPU-hours by run status', ...slices, '```'].join('\n');
}

/** R&D overhead, the status pie and the tables by status, phase and component (when several). */
function lifecycleBody(report: Report): string {
  const parts = [rdOverheadLine(report), statusPie(report), groupTable('Status', report.lifecycle.byStatus), groupTable('Phase', report.lifecycle.byPhase)];
  if (report.lifecycle.byComponent.length > 1) parts.push(groupTable('Component', report.lifecycle.byComponent));
  return parts.filter((p): p is string => p !== null).join('\n\n');
}

function amortisationBody(report: Report): string | null {
  if (!report.amortisation.length) return null;
  const perRequest = (v: PartialSum | null) => (v ? ps(v, formatKg) : '–');
  const rows = report.amortisation.map((a) => [
    escapeMarkdown(a.trainingRun),
    round3(a.expectedRequests),
    perRequest(a.trainingKgPer1000Requests),
    a.inferenceRun ? escapeMarkdown(a.inferenceRun) : '–',
    perRequest(a.inferenceKgPer1000Requests),
  ]);
  const lowerBound = report.amortisation.some((a) => a.trainingKgPer1000Requests.missing > 0 || (a.inferenceKgPer1000Requests?.missing ?? 0) > 0);
  return [
    table(['Training run', 'Expected requests', 'Training share per 1,000 requests', 'Inference run', 'Inference per 1,000 requests'], rows, 'lrrlr'),
    ...(lowerBound ? ['“≥” marks a lower bound: a run without a sourced factor counts only its known part.'] : []),
  ].join('\n\n');
}

function methodSection(methodUrl: string): string {
  return details(
    'Method',
    `Theoretical GPU-hours = FLOPs / (peak × MFU × 3600); energy = GPUh × power × PUE (plus the server's non-GPU share per GPU); ` +
      `operational emissions = energy × grid factor; embodied = GPUh / lifetime × manufacturing impact. ` +
      `Ranges propagate the MFU, PUE, grid-factor and lifetime ranges. [Methodology](${methodUrl}).`,
  );
}

/** Warnings about the report's files and runs, the same message said once. */
function warnings(report: Report, extra: readonly FileWarning[] | undefined): string | null {
  return warningsSection([...runWarnings(report), ...(extra ?? [])]);
}

export interface ReportRenderOptions {
  readonly methodUrl?: string;
  /** Warnings about files (metrics gaps, unattached files), shown with the runs' own. */
  readonly warnings?: readonly FileWarning[];
  readonly advice?: readonly Advice[];
}

/** The CLI's report of one state. */
export function renderReportMarkdown(report: Report, opts: ReportRenderOptions = {}): string {
  const t = report.totals;
  const total = t.impacts.gwp.total;
  // "≥" when a run lacks a factor, as the table's total row and the comment's headline say.
  const headline = total.value ? `${total.missing ? '≥ ' : ''}${formatRange(total.value, formatKg)}` : NA;
  const parts: (string | null)[] = [
    '## ML training footprint',
    `**${headline}** · ${formatKwh(t.energyKwh.central)} · ${formatGpuHours(t.gpuHours.used.central)} across ${plural(t.runs, 'run')}`,
    runTable(report),
    adviceSection(opts.advice ?? []),
    warnings(report, opts.warnings),
    '### All criteria',
    criteriaTable(report),
    '### Lifecycle split',
    lifecycleBody(report),
    anatomySection(report),
  ];
  const amort = amortisationBody(report);
  if (amort) parts.push('### Training amortised over inference', amort);
  parts.push(...assumptionSections(report.runs), methodSection(opts.methodUrl ?? METHOD_URL_DEFAULT));
  return `${parts.filter((p): p is string => p !== null).join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Base vs head

export interface DiffRenderOptions {
  /** Base branch name for the headline, e.g. "main". */
  readonly baseRef?: string;
  readonly methodUrl?: string;
  /** Pre-rendered sections inserted after the headline (budget table) and into the headline. */
  readonly budgetHeadline?: string;
  readonly budgetSection?: string;
  /** Context notes, plain text, shown under the headline (e.g. a missing base manifest); escaped. */
  readonly notes?: readonly string[];
  /** Warnings about files (metrics gaps, unattached files), folded with the runs' own, each said once. */
  readonly warnings?: readonly FileWarning[];
  /** What-if advice (model/advice.ts), folded; none when advice is off. */
  readonly advice?: readonly Advice[];
  /** Further folded sections, pre-rendered, placed before the assumptions. */
  readonly extraSections?: readonly string[];
  /**
   * Which runs get their own paragraph (basis, ranges, differing assumptions): the changed ones
   * (default: the comment) or all (the job summary).
   */
  readonly perRun?: 'changed' | 'all';
  /** Leave out charts and folded details (to fit GitHub's comment limit). */
  readonly compact?: boolean;
  /** Show at most this many changed runs, largest change first, and say how many were left out. */
  readonly maxRuns?: number;
  /** Where the full report is (the job summary), linked when anything was left out. */
  readonly fullReportUrl?: string;
}

/** Changed runs shown above the fold; more are folded under the table. */
const CHANGED_ROWS_ABOVE_FOLD = 10;
/** Changed runs in the emissions chart (at least two make one). */
const CHART_RUNS = 10;

function changeCell(base: number | null, head: number | null, f: (v: number) => string): string {
  if (base === null && head === null) return '–';
  if (base === null) return f(head!);
  if (head === null) return `~~${f(base)}~~`;
  if (base === head) return f(head);
  return `${f(base)} → ${f(head)}`;
}

const CHANGE_LABEL: Record<RunChange['change'], string> = {
  added: '🆕 added',
  removed: '🗑️ removed',
  renamed: '✏️ renamed',
  changed: 'changed',
  unchanged: 'unchanged',
};

const DIFF_HEADER = ['Run', 'Change', 'GPUh (theoretical)', 'GPUh (measured)', 'Energy', 'Operational', 'Embodied', 'Δ emissions'];
/** Names and the kind of change read left-aligned, as in the report's table; figures right-aligned. */
const DIFF_ALIGN = 'llrrrrrr';

function diffRunRow(ch: RunChange): string[] {
  const b = ch.base?.footprint;
  const h = ch.head?.footprint;
  const cen = (r: Range | null | undefined) => (r ? r.central : null);
  const label =
    ch.change === 'renamed' ? `${escapeMarkdown(ch.base!.run.id)} → ${escapeMarkdown(ch.id)}` : escapeMarkdown(ch.id);
  return [
    label,
    CHANGE_LABEL[ch.change],
    changeCell(cen(b?.gpuHours.theoretical), cen(h?.gpuHours.theoretical), formatGpuHours),
    changeCell(b?.gpuHours.measured ?? null, h?.gpuHours.measured ?? null, formatGpuHours),
    changeCell(cen(b?.energyKwh.total), cen(h?.energyKwh.total), formatKwh),
    changeCell(cen(b?.impacts.gwp.operational.total), cen(h?.impacts.gwp.operational.total), formatKg),
    `${changeCell(cen(b?.impacts.gwp.embodied.total), cen(h?.impacts.gwp.embodied.total), formatKg)}${estimatedMark(ch.head ?? ch.base)}`,
    `**${signed(ch.deltaKg.central, formatKg)}**`,
  ];
}

function totalRow(diff: ReportDiff): string[] {
  // A base without runs (no manifest there) has no figures to compare, not zeros: its cells show the head's alone.
  const base = diff.base && diff.base.totals.runs > 0 ? diff.base.totals : undefined;
  const head = diff.head.totals;
  return [
    `**Total (${plural(head.runs, 'run')})**`,
    '',
    changeCell(base?.gpuHours.theoretical?.central ?? null, head.gpuHours.theoretical?.central ?? null, formatGpuHours),
    changeCell(base?.gpuHours.measured ?? null, head.gpuHours.measured, formatGpuHours),
    changeCell(base ? base.energyKwh.central : null, head.energyKwh.central, formatKwh),
    changeCell(base?.impacts.gwp.operational.value?.central ?? null, head.impacts.gwp.operational.value?.central ?? null, formatKg),
    changeCell(base?.impacts.gwp.embodied.value?.central ?? null, head.impacts.gwp.embodied.value?.central ?? null, formatKg),
    `**${signed(diff.deltaKg.central, formatKg)}**`,
  ];
}

export function diffHeadline(diff: ReportDiff, opts: DiffRenderOptions): string {
  const ref = opts.baseRef ? ` vs ${codeSpan(opts.baseRef)}` : '';
  const budget = opts.budgetHeadline ? ` · ${opts.budgetHeadline}` : '';
  const headTotal = ps(diff.head.totals.impacts.gwp.total, formatKg);
  if (!diff.base) {
    return `**${headTotal}** total${budget}`;
  }
  const ratio = diff.deltaRatio !== null ? ` (${formatPercent(diff.deltaRatio, true)})` : '';
  const total = headTotal !== NA ? ` · ${headTotal} total` : '';
  return `**${signed(diff.deltaKg.central, formatKg)}**${ratio}${ref}${total}${budget}`;
}

/** Mermaid bar (head) + line (base) of total emissions by run, in one unit chosen for the largest. */
function emissionsChart(diff: ReportDiff, changes: readonly RunChange[]): string | null {
  if (changes.length < 2) return null;
  const emissionsOf = (r: RunReport | null) => (r ? (knownTotal(r.footprint.impacts.gwp)?.value.central ?? 0) : 0);
  const values = changes.flatMap((ch) => [emissionsOf(ch.base), emissionsOf(ch.head)]);
  const max = Math.max(...values);
  const [unit, factor] = max >= 1e3 ? ['tCO2e', 1e3] : ['kgCO2e', 1];
  const fmt = (r: RunReport | null) => Number((emissionsOf(r) / factor).toPrecision(4));
  const labels = changes.map((ch) => `"${mermaidLabel(ch.id)}"`).join(', ');
  const lines = ['```mermaid', 'xychart-beta', '    title "Emissions by run (bars: head, line: base)"', `    x-axis [${labels}]`, `    y-axis "${unit}"`];
  lines.push(`    bar [${changes.map((ch) => fmt(ch.head)).join(', ')}]`);
  if (diff.base) lines.push(`    line [${changes.map((ch) => fmt(ch.base)).join(', ')}]`);
  lines.push('```');
  return lines.join('\n');
}

const byChangeSize = (a: RunChange, b: RunChange) => Math.abs(b.deltaKg.central) - Math.abs(a.deltaKg.central);

/** The changed runs, split into those shown above the fold (in the diff's order) and the rest. */
function splitChanged(changed: readonly RunChange[], limit: number): { shown: RunChange[]; rest: RunChange[] } {
  if (changed.length <= limit) return { shown: [...changed], rest: [] };
  const keep = new Set([...changed].sort(byChangeSize).slice(0, limit));
  return { shown: changed.filter((c) => keep.has(c)), rest: changed.filter((c) => !keep.has(c)) };
}

/** The folded sections below the fold, in reading order. */
function foldedSections(diff: ReportDiff, changed: readonly RunChange[], opts: DiffRenderOptions): string[] {
  const head = diff.head;
  // The runs that changed, largest change first: unchanged runs' figures are in their folded table.
  const chart = emissionsChart(diff, [...changed].sort(byChangeSize).slice(0, CHART_RUNS));
  const amort = amortisationBody(head);
  const changedIds = new Set(changed.map((c) => c.id));
  const detailed = opts.perRun === 'all' || !diff.base ? head.runs : head.runs.filter((r) => changedIds.has(r.run.id));
  return [
    adviceSection(opts.advice ?? []),
    warnings(head, opts.warnings),
    chart ? details('📊 Emissions by run', chart) : null,
    details('All criteria (head)', criteriaTable(head)),
    details('Lifecycle split (head)', lifecycleBody(head)),
    amort ? details('Training amortised over inference (head)', amort) : null,
    anatomyFold(head),
    ...(opts.extraSections ?? []),
    ...assumptionSections(head.runs, { detailed }),
    methodSection(opts.methodUrl ?? METHOD_URL_DEFAULT),
  ].filter((s): s is string => s !== null);
}

export function renderDiffMarkdown(diff: ReportDiff, opts: DiffRenderOptions = {}): string {
  const parts: (string | null)[] = ['## 🌱 ML training footprint', diffHeadline(diff, opts), manifestChangesLine(diff)];
  if (opts.notes?.length) parts.push(notesMarkdown(dedupe(opts.notes)));
  if (opts.budgetSection) parts.push(opts.budgetSection);

  const changed = diff.runs.filter((c) => c.change !== 'unchanged');
  const unchanged = diff.runs.filter((c) => c.change === 'unchanged');
  const { shown, rest } = splitChanged(changed, opts.maxRuns ?? (opts.compact ? Infinity : CHANGED_ROWS_ABOVE_FOLD));
  // Rows cut to fit GitHub's limit are counted in the table; otherwise they are folded under it.
  const cut = opts.compact || opts.maxRuns !== undefined;
  const rows = shown.map(diffRunRow);
  if (rest.length && cut) rows.push([`… ${plural(rest.length, 'more changed run')}`, '', '', '', '', '', '', '']);
  rows.push(totalRow(diff));
  parts.push(table(DIFF_HEADER, rows, DIFF_ALIGN));
  // Why each run shown changed, by the config values that moved it (issue #11): the reviewer's first question.
  parts.push(renderAttribution(shown));
  if (rest.length && !cut) {
    const why = renderAttribution(rest);
    parts.push(details(plural(rest.length, 'more changed run'), [table(DIFF_HEADER, rest.map(diffRunRow), DIFF_ALIGN), ...(why ? [why] : [])].join('\n\n')));
  }
  // With ledgers: the share of GPU time in final training runs, and what changed in the ledgers.
  parts.push(anatomyLead(diff.head, { base: diff.base, ...(opts.baseRef ? { baseRef: opts.baseRef } : {}) }));

  if (opts.compact) {
    if (unchanged.length) parts.push(`${plural(unchanged.length, 'run')} unchanged.`);
    const link = opts.fullReportUrl ? `[job summary](${opts.fullReportUrl})` : 'job summary';
    parts.push(`_Shortened to fit a GitHub comment: the full report, with assumptions and sources, is in the ${link}._`);
    return `${parts.filter((p): p is string => p !== null).join('\n\n')}\n`;
  }
  if (unchanged.length) parts.push(details(`${plural(unchanged.length, 'run')} unchanged`, table(DIFF_HEADER, unchanged.map(diffRunRow), DIFF_ALIGN)));
  parts.push(...foldedSections(diff, changed, opts));
  return `${parts.filter((p): p is string => p !== null).join('\n\n')}\n`;
}

function dedupe(lines: readonly string[]): string[] {
  return [...new Set(lines)];
}

/** Notes as a quote block; they quote user input (file names, run ids from metrics), so escaped. */
export function notesMarkdown(notes: readonly string[]): string {
  return notes.map((n) => `> ${escapeMarkdown(n)}`).join('\n');
}

/** Manifest changes named above the fold; the rest are counted (a first run may add hundreds). */
const MAX_MANIFEST_CHANGES = 5;

/** "Manifests: `a.yml` new · `b.yml` removed · `c.yml` → `d.yml` moved", when any changed. */
function manifestChangesLine(diff: ReportDiff): string | null {
  const items = diff.manifests.flatMap((m) => {
    if (m.change === 'added') return [`${codeSpan(m.file)} new`];
    if (m.change === 'removed') return [`${codeSpan(m.file)} removed`];
    if (m.change === 'renamed') return [`${codeSpan(m.previous ?? '?')} → ${codeSpan(m.file)} moved`];
    return [];
  });
  if (!items.length) return null;
  const more = items.length - MAX_MANIFEST_CHANGES;
  return `Manifests: ${[...items.slice(0, MAX_MANIFEST_CHANGES), ...(more > 0 ? [`… ${plural(more, 'more change')}`] : [])].join(' · ')}`;
}
