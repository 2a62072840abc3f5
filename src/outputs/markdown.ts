/**
 * Markdown renderings: the CLI report of one state, and the base-vs-head comparison the PR comment
 * and job summary show. User-controlled text always goes through escapeMarkdown / mermaidLabel.
 */
import { CRITERIA, knownTotal, type Criterion, type CriterionImpacts } from '../core/footprint.js';
import type { Range } from '../core/range.js';
import type { ReportDiff, RunChange } from '../model/diff.js';
import { waterParts, type GroupTotals, type PartialSum, type Report, type RunReport } from '../model/report.js';
import { renderAttribution } from './attribution-markdown.js';
import {
  codeSpan,
  escapeMarkdown,
  formatFlops,
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

const NA = 'n/a';
const c = (r: Range | null, f: (v: number) => string) => (r ? f(r.central) : NA);
/** A run's total emissions as far as known: "≥ x" when a part has no sourced factor. */
const knownTotalCell = (i: CriterionImpacts) => {
  const k = knownTotal(i);
  return k ? `${k.complete ? '' : '≥ '}${formatKg(k.value.central)}` : NA;
};
const ps = (p: PartialSum, f: (v: number) => string) =>
  p.value ? `${p.missing ? '≥ ' : ''}${f(p.value.central)}` : NA;

function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const sep = header.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '---:' : ':---'));
  return [header, sep, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function runLabel(r: RunReport): string {
  const id = escapeMarkdown(r.run.id);
  return r.run.name !== r.run.id ? `${escapeMarkdown(r.run.name)} (${id})` : id;
}

/** "est." when the run's GPU embodied figure is a bottom-up estimate, not a published one. */
function estimatedMark(r: RunReport | null | undefined): string {
  return r?.run.embodiedPerDevice.gpu.gwp?.basis === 'estimated' ? ' (est.)' : '';
}

/** A run's GPU-hours cell: not applicable to a CPU-only run. */
const gpuHoursCell = (r: RunReport, v: string): string => (r.footprint.gpuHours.applicable ? v : 'CPU only');

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
      gpuHoursCell(r, f.gpuHours.theoretical ? formatGpuHours(f.gpuHours.theoretical.central) : '–'),
      gpuHoursCell(r, f.gpuHours.measured !== null ? formatGpuHours(f.gpuHours.measured) : '–'),
      mfuCell(r),
      formatKwh(f.energyKwh.total.central),
      c(gwp.operational.total, formatKg),
      `${c(gwp.embodied.total, formatKg)}${estimatedMark(r)}`,
      `**${knownTotalCell(gwp)}**`,
    ];
  });
  const t = report.totals;
  const g = t.impacts.gwp;
  rows.push([
    `**Total (${t.runs} run${t.runs === 1 ? '' : 's'})**`,
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
    ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
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

function lifecycleSection(report: Report): string {
  const parts = ['### Lifecycle'];
  const line = rdOverheadLine(report);
  if (line) parts.push(line);
  const pie = statusPie(report);
  if (pie) parts.push(pie);
  parts.push(groupTable('Status', report.lifecycle.byStatus));
  parts.push(groupTable('Phase', report.lifecycle.byPhase));
  if (report.lifecycle.byComponent.length > 1) parts.push(groupTable('Component', report.lifecycle.byComponent));
  return parts.join('\n\n');
}

function amortisationSection(report: Report): string | null {
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
    '### Training amortised over inference',
    table(['Training run', 'Expected requests', 'Training share per 1,000 requests', 'Inference run', 'Inference per 1,000 requests'], rows, ['l', 'r', 'r', 'l', 'r']),
    ...(lowerBound ? ['“≥” marks a lower bound: a run without a sourced factor counts only its known part.'] : []),
  ].join('\n\n');
}

function assumptionsOf(r: RunReport): string {
  const rows = r.run.assumptions.map((a) => [
    escapeMarkdown(a.label),
    typeof a.value === 'string' ? escapeMarkdown(a.value) : `${formatRange(a.value, round3)}${a.unit ? ` ${a.unit}` : ''}`,
    escapeMarkdown(a.source),
  ]);
  const f = r.footprint;
  const basis = {
    'measured-energy': 'measured energy',
    'measured-gpu-hours': 'measured GPU-hours × power',
    theoretical: 'theoretical GPU-hours from FLOPs',
  }[f.basis];
  const head = [
    `**${runLabel(r)}** — basis: ${basis}`,
    f.flops !== null && r.run.inputs.flops ? `; ${r.run.inputs.flops.formula} = ${formatFlops(f.flops)}` : '',
    f.promptImpactFactor !== 1 ? `; prompt impact × ${round3(f.promptImpactFactor)} (prefix cache)` : '',
  ].join('');
  return `${head}\n\n${table(['Input', 'Value', 'Source'], rows, ['l', 'l', 'l'])}`;
}

function uncertaintyLine(r: RunReport): string {
  const f = r.footprint;
  const g = knownTotal(f.impacts.gwp)?.value ?? null;
  return `- ${runLabel(r)}: GPUh ${formatRange(f.gpuHours.used, formatGpuHours)}; energy ${formatRange(f.energyKwh.total, formatKwh)}; emissions ${g ? formatRange(g, formatKg) : NA}`;
}

function warningLines(report: Report): string[] {
  return report.runs.flatMap((r) => r.footprint.warnings.map((w) => `- ⚠️ ${escapeMarkdown(r.run.id)}: ${escapeMarkdown(w.message)}`));
}

function detailsSections(report: Report, methodUrl: string): string {
  const out: string[] = [];
  out.push(details('Assumptions per run', report.runs.map(assumptionsOf).join('\n\n')));
  out.push(details('Uncertainty (low – high)', report.runs.map(uncertaintyLine).join('\n')));
  const warnings = warningLines(report);
  if (warnings.length) out.push(details(`Warnings (${warnings.length})`, warnings.join('\n')));
  out.push(
    details(
      'Method',
      `Theoretical GPU-hours = FLOPs / (peak × MFU × 3600); energy = GPUh × power × PUE (plus the server's non-GPU share per GPU); ` +
        `operational emissions = energy × grid factor; embodied = GPUh / lifetime × manufacturing impact. ` +
        `Ranges propagate the MFU, PUE, grid-factor and lifetime ranges. [Methodology](${methodUrl}).`,
    ),
  );
  return out.join('\n\n');
}

/** The CLI's report of one state. */
export function renderReportMarkdown(report: Report, opts: { methodUrl?: string } = {}): string {
  const t = report.totals;
  const total = t.impacts.gwp.total.value ?? t.impacts.gwp.operational.value;
  const parts = [
    '## ML training footprint',
    `**${total ? formatRange(total, formatKg) : NA}** · ${formatKwh(t.energyKwh.central)} · ${formatGpuHours(t.gpuHours.used.central)} across ${t.runs} run${t.runs === 1 ? '' : 's'}`,
    runTable(report),
    '### All criteria',
    criteriaTable(report),
    lifecycleSection(report),
  ];
  const amort = amortisationSection(report);
  if (amort) parts.push(amort);
  parts.push(detailsSections(report, opts.methodUrl ?? METHOD_URL_DEFAULT));
  return `${parts.join('\n\n')}\n`;
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
  /** Extra notes, plain text (e.g. a missing base manifest); they may quote user input and are escaped. */
  readonly notes?: readonly string[];
  /** Leave out charts and collapsible details (to fit GitHub's comment limit). */
  readonly compact?: boolean;
  /** Show at most this many runs, largest change first, and say how many were left out. */
  readonly maxRuns?: number;
  /** Where the full report is (the job summary), linked when anything was left out. */
  readonly fullReportUrl?: string;
}

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
function emissionsChart(diff: ReportDiff): string | null {
  const changes = diff.runs.slice(0, 20);
  if (!changes.length) return null;
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

export function renderDiffMarkdown(diff: ReportDiff, opts: DiffRenderOptions = {}): string {
  const parts = ['## 🌱 ML training footprint', diffHeadline(diff, opts)];
  const moved = manifestChangesLine(diff);
  if (moved) parts.push(moved);
  if (opts.notes?.length) parts.push(notesMarkdown(opts.notes));
  if (opts.budgetSection) parts.push(opts.budgetSection);
  const shown =
    opts.maxRuns !== undefined && diff.runs.length > opts.maxRuns
      ? [...diff.runs].sort((a, b) => Math.abs(b.deltaKg.central) - Math.abs(a.deltaKg.central)).slice(0, opts.maxRuns)
      : diff.runs;
  const rows = shown.map(diffRunRow);
  if (shown.length < diff.runs.length) {
    rows.push([`… ${diff.runs.length - shown.length} more runs`, '', '', '', '', '', '', '']);
  }
  const base = diff.base?.totals;
  const head = diff.head.totals;
  rows.push([
    '**Total**',
    '',
    changeCell(base?.gpuHours.theoretical?.central ?? null, head.gpuHours.theoretical?.central ?? null, formatGpuHours),
    changeCell(base?.gpuHours.measured ?? null, head.gpuHours.measured, formatGpuHours),
    changeCell(base ? base.energyKwh.central : null, head.energyKwh.central, formatKwh),
    changeCell(base?.impacts.gwp.operational.value?.central ?? null, head.impacts.gwp.operational.value?.central ?? null, formatKg),
    changeCell(base?.impacts.gwp.embodied.value?.central ?? null, head.impacts.gwp.embodied.value?.central ?? null, formatKg),
    `**${signed(diff.deltaKg.central, formatKg)}**`,
  ]);
  parts.push(
    table(['Run', 'Change', 'GPUh (theoretical)', 'GPUh (measured)', 'Energy', 'Operational', 'Embodied', 'Δ emissions'], rows),
  );
  const why = renderAttribution(diff);
  if (why) parts.push(why);
  const range = head.impacts.gwp.total.value;
  if (range && range.low !== range.high) {
    parts.push(`Uncertainty of the head total: ${formatRange(range, formatKg)}, from the MFU, PUE, grid-factor and lifetime ranges.`);
  }
  if (opts.compact) {
    const link = opts.fullReportUrl ? `[job summary](${opts.fullReportUrl})` : 'job summary';
    parts.push(`_Shortened to fit a GitHub comment: the full report, with assumptions and sources, is in the ${link}._`);
    return `${parts.join('\n\n')}\n`;
  }
  const chart = emissionsChart(diff);
  if (chart) parts.push(chart);
  const rd = rdOverheadLine(diff.head);
  const lifecycle = [rd, statusPie(diff.head)].filter(Boolean).join('\n\n');
  if (lifecycle) parts.push(lifecycle);
  parts.push(details('All criteria (head)', criteriaTable(diff.head)));
  parts.push(details('Lifecycle split (head)', lifecycleSection(diff.head)));
  const amort = amortisationSection(diff.head);
  if (amort) parts.push(details('Amortisation (head)', amort));
  parts.push(detailsSections(diff.head, opts.methodUrl ?? METHOD_URL_DEFAULT));
  return `${parts.join('\n\n')}\n`;
}

/** Notes as a quote block; they quote user input (file names, run ids from metrics), so escaped. */
export function notesMarkdown(notes: readonly string[]): string {
  return notes.map((n) => `> ${escapeMarkdown(n)}`).join('\n');
}

/** "Manifests: `a.yml` new · `b.yml` removed · `c.yml` → `d.yml` moved", when any changed. */
function manifestChangesLine(diff: ReportDiff): string | null {
  const items = diff.manifests.flatMap((m) => {
    if (m.change === 'added') return [`${codeSpan(m.file)} new`];
    if (m.change === 'removed') return [`${codeSpan(m.file)} removed`];
    if (m.change === 'renamed') return [`${codeSpan(m.previous ?? '?')} → ${codeSpan(m.file)} moved`];
    return [];
  });
  return items.length ? `Manifests: ${items.join(' · ')}` : null;
}
