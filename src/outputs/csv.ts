/**
 * One row per run for spreadsheets: RFC 4180 (CRLF line ends, fields quoted when they hold a comma,
 * quote or line break, quotes doubled), a header row naming every column with its unit, numbers
 * plain (no thousands separator, no exponent), unknown figures empty. Text that a spreadsheet would
 * run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
import { CRITERIA, knownTotal } from '../core/footprint.js';
import type { Range } from '../core/range.js';
import type { Report, RunReport } from '../model/report.js';

type Cell = string | number | boolean | null;

const PLAIN = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

const COLUMNS: readonly (readonly [name: string, value: (r: RunReport) => Cell])[] = [
  ['id', (r) => r.run.id],
  ['name', (r) => r.run.name],
  ['kind', (r) => r.run.kind],
  ['phase', (r) => r.run.phase],
  ['status', (r) => r.run.status],
  ['component', (r) => r.run.component],
  ['file', (r) => r.run.file],
  ['line', (r) => r.run.line],
  ['gpu', (r) => r.run.gpu?.id ?? null],
  ['gpu_count', (r) => r.run.inputs.gpuCount],
  ['precision', (r) => r.run.gpu?.precision ?? null],
  ['region', (r) => r.run.location.region],
  ['grid', (r) => r.run.location.grid],
  ['basis', (r) => r.footprint.basis],
  ['flops', (r) => r.footprint.flops],
  ['gpu_hours_theoretical', (r) => c(r.footprint.gpuHours.theoretical)],
  ['gpu_hours_measured', (r) => r.footprint.gpuHours.measured],
  ['gpu_hours_used', (r) => r.footprint.gpuHours.used.central],
  ['implied_mfu', (r) => r.footprint.impliedMfu],
  ['energy_kwh', (r) => r.footprint.energyKwh.total.central],
  ['it_energy_kwh', (r) => r.footprint.itEnergyKwh.central],
  ['emissions_operational_kgco2e', (r) => c(r.footprint.impacts.gwp.operational.total)],
  ['emissions_embodied_kgco2e', (r) => c(r.footprint.impacts.gwp.embodied.total)],
  ['emissions_total_kgco2e', (r) => c(knownTotal(r.footprint.impacts.gwp)?.value ?? null)],
  ['emissions_total_is_lower_bound', (r) => knownTotal(r.footprint.impacts.gwp)?.complete === false],
  ['emissions_low_kgco2e', (r) => knownTotal(r.footprint.impacts.gwp)?.value.low ?? null],
  ['emissions_high_kgco2e', (r) => knownTotal(r.footprint.impacts.gwp)?.value.high ?? null],
  ...CRITERIA.filter((k) => k !== 'gwp').map(
    (k) => [`${k === 'water' ? 'water_l' : k === 'adpe' ? 'adpe_kgsbeq' : 'pe_mj'}`, (r: RunReport) => c(knownTotal(r.footprint.impacts[k])?.value ?? null)] as const,
  ),
  ['warnings', (r) => r.footprint.warnings.map((w) => w.message).join(' | ')],
];

function c(r: Range | null): number | null {
  return r ? r.central : null;
}

function field(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? PLAIN.format(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = COLUMNS.map(([name]) => name);

export function runsCsv(report: Report): string {
  const rows = [CSV_COLUMNS, ...report.runs.map((r) => COLUMNS.map(([, value]) => field(value(r))))];
  return rows.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
