/**
 * The anatomy of the ledgers in markdown (CLI report, PR comment, job summary): the headline "final
 * training runs: X % of GPU time", the component × phase × status table, the months as a Mermaid
 * chart, the largest jobs, how every job read was counted or skipped, the rules, the implied MFU of
 * Trainer runs, and in a PR what changed since the base. Sizes are bounded (rows, months, jobs,
 * files), so the section fits a comment whatever the ledger's size. Ledger text (job names, file
 * names, states) is user input: escaped.
 */
import { anatomyChange, type Anatomy, type AnatomyChange, type KnownSum } from '../model/anatomy.js';
import type { Report } from '../model/report.js';
import { codeSpan, escapeMarkdown, formatCount as count, formatGpuHours, formatKg, formatKwh, formatLitres, formatPercent, mermaidLabel, round3, signed } from './format.js';
import { NA, details, plural, table } from './markdown-blocks.js';

const MAX_ROWS = 20;
const MAX_ROWS_COMPACT = 8;
const MAX_MONTHS = 36;
const MAX_FILES = 10;
const MAX_RULES = 20;
const MAX_TRAINER_RUNS = 10;
const MAX_WARNINGS = 10;

const known = (k: KnownSum, f: (v: number) => string) => (k.value === null ? NA : `${k.lowerBound ? '≥ ' : ''}${f(k.value)}`);

/** "Final training runs: 4.1 % of GPU time (12.3 k GPUh of 298 k GPUh) · …". */
export function anatomyHeadline(a: Anatomy): string {
  const share = a.finalTraining.share;
  const head = share === null ? '**Final training runs: no GPU time counted**' : `**Final training runs: ${formatPercent(share)} of GPU time**`;
  const parts = [
    `${head} (${formatGpuHours(a.finalTraining.gpuHours)} of ${formatGpuHours(a.totals.gpuHours)})`,
    `${plural(a.jobs.read, 'job')} read from ${plural(a.files.length, 'ledger')}: ${count(a.jobs.counted)} counted, ${count(a.jobs.skipped)} skipped`,
  ];
  if (a.unclassified.jobs > 0 && a.unclassified.share !== null) parts.push(`${formatPercent(a.unclassified.share)} of GPU time unclassified (no rule matched)`);
  return parts.join(' · ');
}

function rowsTable(a: Anatomy, max: number): string {
  const shown = a.rows.slice(0, max);
  const rows = shown.map((r) => [
    escapeMarkdown(r.component),
    r.phase,
    r.status,
    count(r.jobs),
    formatGpuHours(r.gpuHours),
    formatPercent(r.share),
    formatKwh(r.energyKwh),
    known(r.emissionsKg, formatKg),
    known(r.waterL, formatLitres),
  ]);
  const rest = a.rows.slice(max);
  if (rest.length) {
    const hours = rest.reduce((s, r) => s + r.gpuHours, 0);
    rows.push([`… ${plural(rest.length, 'more row')}`, '', '', count(rest.reduce((s, r) => s + r.jobs, 0)), formatGpuHours(hours), formatPercent(a.totals.gpuHours > 0 ? hours / a.totals.gpuHours : 0), '', '', '']);
  }
  const t = a.totals;
  rows.push(['**Total**', '', '', `**${count(t.jobs)}**`, `**${formatGpuHours(t.gpuHours)}**`, '100 %', `**${formatKwh(t.energyKwh)}**`, `**${known(t.emissionsKg, formatKg)}**`, `**${known(t.waterL, formatLitres)}**`]);
  return table(['Component', 'Phase', 'Status', 'Jobs', 'GPUh', 'Share', 'Energy', 'Emissions', 'Water'], rows, 'lllrrrrrr');
}

/** Mermaid bars of GPU-hours by month, with the final training runs as a line. */
function monthChart(a: Anatomy): string | null {
  const months = a.months.filter((m) => m.month !== 'unknown').slice(-MAX_MONTHS);
  if (months.length < 2) return null;
  const max = Math.max(...months.map((m) => m.gpuHours));
  const [unit, factor] = max >= 1e6 ? ['M GPUh', 1e6] : max >= 1e3 ? ['k GPUh', 1e3] : ['GPUh', 1];
  const fmt = (v: number) => Number((v / factor).toPrecision(4));
  return [
    '```mermaid',
    'xychart-beta',
    '    title "GPU-hours by month (bars: all jobs, line: final training runs)"',
    `    x-axis [${months.map((m) => `"${mermaidLabel(m.month)}"`).join(', ')}]`,
    `    y-axis "${unit}"`,
    `    bar [${months.map((m) => fmt(m.gpuHours)).join(', ')}]`,
    `    line [${months.map((m) => fmt(m.finalTrainingGpuHours)).join(', ')}]`,
    '```',
  ].join('\n');
}

function largestTable(a: Anatomy): string {
  const rows = a.largest.map((j) => [
    `${escapeMarkdown(j.id)}${j.running ? ' (running)' : ''}`,
    escapeMarkdown(j.name || '–'),
    escapeMarkdown(j.state ?? '–'),
    `${escapeMarkdown(j.component)} · ${j.phase} · ${j.status}`,
    `${escapeMarkdown(j.gpu)} × ${count(j.gpus)}`,
    round3(j.hours),
    formatGpuHours(j.gpuHours),
    formatKwh(j.energyKwh),
    j.emissionsKg === null ? NA : formatKg(j.emissionsKg),
  ]);
  return `${table(['Job', 'Name', 'State', 'Classified as', 'GPUs', 'Hours', 'GPUh', 'Energy', 'Emissions'], rows, 'llllrrrrr')}\n\nEnergy and emissions of a job: its share of its group's (by measured energy when the cluster metered it, else by GPU-hours).`;
}

function readingTables(a: Anatomy): string {
  const files = a.files.slice(0, MAX_FILES).map((f) => [
    codeSpan(f.file),
    f.format,
    count(f.jobsRead),
    count(f.counted),
    count(f.jobsRead - f.counted),
    count(f.steps) + (f.orphanSteps ? ` (+${count(f.orphanSteps)} without their job)` : ''),
    count(f.running),
    f.first && f.last ? `${f.first.slice(0, 10)} – ${f.last.slice(0, 10)}` : '–',
  ]);
  if (a.files.length > MAX_FILES) files.push([`… ${plural(a.files.length - MAX_FILES, 'more ledger')}`, '', '', '', '', '', '', '']);
  const parts = [table(['Ledger', 'Format', 'Jobs read', 'Counted', 'Skipped', 'Steps merged', 'Running', 'Period'], files, 'llrrrrrl')];
  if (a.skipped.length) {
    parts.push(table(['Skipped because', 'Jobs', 'First'], a.skipped.map((s) => [escapeMarkdown(s.label), count(s.jobs), `${codeSpan(s.at)}${s.detail ? ` ${escapeMarkdown(s.detail)}` : ''}`]), 'lrl'));
  }
  if (a.byState.length) {
    parts.push(table(['State', 'Jobs', 'GPUh', 'Share'], a.byState.map((s) => [escapeMarkdown(s.state), count(s.jobs), formatGpuHours(s.gpuHours), formatPercent(s.share)]), 'lrrr'));
    parts.push(
      'FAILED, TIMEOUT, NODE_FAIL, OUT_OF_MEMORY, BOOT_FAIL and DEADLINE count as failed runs unless a rule matching on `state` says otherwise; CANCELLED and PREEMPTED jobs count in full, their status from the rules.',
    );
  }
  const warnings = a.files.flatMap((f) => f.warnings.map((w) => `- ${codeSpan(f.file)}: ${escapeMarkdown(w)}`));
  if (warnings.length) parts.push([...warnings.slice(0, MAX_WARNINGS), ...(warnings.length > MAX_WARNINGS ? [`- … ${plural(warnings.length - MAX_WARNINGS, 'more warning')}`] : [])].join('\n'));
  return parts.join('\n\n');
}

function rulesTable(a: Anatomy): string {
  const rows = a.rules.slice(0, MAX_RULES).map((r) => [String(r.index + 1), escapeMarkdown(r.text), count(r.jobs), formatGpuHours(r.gpuHours)]);
  if (a.rules.length > MAX_RULES) rows.push([`…`, plural(a.rules.length - MAX_RULES, 'more rule'), '', '']);
  return `${table(['#', 'Rule', 'Jobs it decided', 'GPUh'], rows, 'rlrr')}\n\nFor each of component, phase, status, GPU model and GPU count, the first rule that matches a job and sets it decides; a job whose component, phase and status no rule sets is “unclassified”.`;
}

function trainerTable(a: Anatomy): string {
  const rows = a.trainerRuns.slice(0, MAX_TRAINER_RUNS).map((t) => [
    escapeMarkdown(t.id),
    t.flops.toExponential(2),
    round3(t.hours),
    `${escapeMarkdown(t.gpu)} × ${count(t.gpus)}`,
    t.steps !== null ? `${count(t.steps)}${t.maxSteps !== null ? ` / ${count(t.maxSteps)}` : ''}` : '–',
    t.impliedMfu === null ? NA : round3(t.impliedMfu),
  ]);
  return `${table(['Run', 'total_flos', 'Hours', 'GPUs', 'Steps', 'Implied MFU'], rows, 'lrrlrr')}\n\nImplied MFU = total_flos / (train_runtime × GPUs × peak): the Trainer counts 6 × tokens × non-embedding parameters, without attention, so it is a lower bound of the real utilisation.`;
}

/** "Since `main`: `a.txt` +318 jobs (+1.2 k GPUh) · rules: 2 new · final training 4.1 % → 3.9 %". */
export function anatomyChangeLine(c: AnatomyChange, baseRef?: string): string | null {
  const items: string[] = [];
  for (const f of c.files) {
    if (f.change === 'unchanged') continue;
    const jobs = f.jobsAfter - f.jobsBefore;
    const gpuh = f.gpuHoursAfter - f.gpuHoursBefore;
    const what = f.change === 'added' ? 'new ' : f.change === 'removed' ? 'removed ' : jobs === 0 ? '' : `${jobs > 0 ? '+' : '−'}${plural(Math.abs(jobs), 'job')} `;
    items.push(`${codeSpan(f.file)} ${what}(${signed(gpuh, formatGpuHours)})`);
  }
  if (c.rulesAdded.length || c.rulesRemoved.length) {
    items.push(`rules: ${[c.rulesAdded.length ? `${c.rulesAdded.length} new` : '', c.rulesRemoved.length ? `${c.rulesRemoved.length} removed` : ''].filter(Boolean).join(', ')}`);
  }
  const before = c.finalShareBefore;
  const after = c.finalShareAfter;
  if (before !== null && after !== null && Math.abs(after - before) > 1e-12) items.push(`final training ${formatPercent(before)} → ${formatPercent(after)} of GPU time`);
  if (!items.length) return null;
  return `Ledgers since ${baseRef ? codeSpan(baseRef) : 'the base'}: ${items.join(' · ')}`;
}

export interface AnatomyRenderOptions {
  /** The base's report, in a PR: what changed since is shown. */
  readonly base?: Report | null;
  readonly baseRef?: string;
  /** Headline, changes and a short table only. */
  readonly compact?: boolean;
}

/**
 * The lines a reviewer reads first (the comment, above the fold): the headline, what changed in the
 * ledgers and rules since the base, and until when running jobs count. Null without ledgers.
 */
export function anatomyLead(report: Report, opts: AnatomyRenderOptions = {}): string | null {
  const a = report.anatomy;
  if (!a) return null;
  const parts = [anatomyHeadline(a)];
  const change = opts.base ? anatomyChange(opts.base.anatomy, a) : null;
  const changeLine = change ? anatomyChangeLine(change, opts.baseRef) : null;
  if (changeLine) parts.push(changeLine);
  if (a.running.jobs > 0) {
    parts.push(`_${plural(a.running.jobs, 'job')} still running when ${a.files.length === 1 ? 'the ledger was' : 'their ledgers were'} written${a.running.asOf ? ` (up to ${a.running.asOf.replace('T', ' ').replace(/Z$/, '')} UTC)` : ''}: counted up to then._`);
  }
  return parts.join('\n\n');
}

/** The table, the months and the folded details (largest jobs, reading, rules, Trainer runs). */
function anatomyBody(a: Anatomy, compact: boolean): string {
  const parts = [rowsTable(a, compact ? MAX_ROWS_COMPACT : MAX_ROWS)];
  if (compact) return parts.join('\n\n');
  const chart = monthChart(a);
  if (chart) parts.push(chart);
  if (a.largest.length) parts.push(details(`Largest jobs (${a.largest.length})`, largestTable(a)));
  parts.push(details(`Jobs read: ${count(a.jobs.read)} = ${count(a.jobs.counted)} counted + ${count(a.jobs.skipped)} skipped`, readingTables(a)));
  if (a.rules.length) parts.push(details(`Classification rules (${a.rules.length})`, rulesTable(a)));
  if (a.trainerRuns.length) parts.push(details(`Trainer runs: implied MFU (${a.trainerRuns.length})`, trainerTable(a)));
  return parts.join('\n\n');
}

/** The anatomy of a report as a section (the CLI's report), or null when it has no ledger. */
export function anatomySection(report: Report, opts: AnatomyRenderOptions = {}): string | null {
  const a = report.anatomy;
  if (!a) return null;
  return ['### Lifecycle anatomy (ledgers)', anatomyLead(report, opts), anatomyBody(a, opts.compact ?? false)].join('\n\n');
}

/** The anatomy folded (the comment and the job summary, below the fold), or null without ledgers. */
export function anatomyFold(report: Report): string | null {
  const a = report.anatomy;
  return a ? details(`🧬 Lifecycle anatomy (ledgers): ${count(a.jobs.read)} jobs`, anatomyBody(a, false)) : null;
}
