/**
 * The machine-readable report (`--format json`, the action's report file). Public contract,
 * `schemaVersion: 1`: central figures in the headline fields, ranges under `uncertainty`,
 * every assumption with its source.
 */
import { CRITERIA, CRITERION_UNITS, knownTotal, type CriterionImpacts } from '../core/footprint.js';
import type { Range } from '../core/range.js';
import { anatomyChange } from '../model/anatomy.js';
import type { RunAttribution } from '../model/attribution.js';
import type { ReportDiff } from '../model/diff.js';
import { waterParts, type GroupTotals, type PartialSum, type Report, type RunReport, type Totals } from '../model/report.js';
import type { DeviceEmbodied } from '../model/resolve/hardware.js';

const central = (r: Range | null): number | null => (r ? r.central : null);
const span = (r: Range | null) => (r ? { low: r.low, central: r.central, high: r.high } : null);
const partial = (p: PartialSum) => central(p.value);

function impactsJson(impacts: Record<string, CriterionImpacts>) {
  return Object.fromEntries(
    CRITERIA.map((c) => {
      const i = impacts[c]!;
      return [
        c,
        {
          unit: CRITERION_UNITS[c],
          operational: central(i.operational.total),
          embodied: central(i.embodied.total),
          total: central(knownTotal(i)?.value ?? null),
          totalIsLowerBound: knownTotal(i)?.complete === false,
          range: span(knownTotal(i)?.value ?? null),
        },
      ];
    }),
  );
}

/**
 * A device's manufacturing figures: each with its range, unit, `basis` (published / estimated /
 * manifest) and source; null where the device has no figure, as every unknown figure of the report.
 */
function deviceEmbodiedJson(d: DeviceEmbodied) {
  return Object.fromEntries(
    (['gwp', 'adpe', 'pe'] as const).map((c) => {
      const f = d[c];
      return [c, f ? { ...span(f.value)!, unit: CRITERION_UNITS[c], basis: f.basis, source: f.source } : null];
    }),
  );
}

export function runJson({ run, footprint: f }: RunReport) {
  const gwp = f.impacts.gwp;
  return {
    id: run.id,
    name: run.name,
    kind: run.kind,
    phase: run.phase,
    status: run.status,
    component: run.component,
    tags: run.tags,
    file: run.file,
    line: run.line,
    gpu: run.gpu ? { ...run.gpu, count: run.inputs.gpuCount } : null,
    flops: f.flops,
    gpuHours: {
      theoretical: central(f.gpuHours.theoretical),
      measured: f.gpuHours.measured,
      /** False for a CPU-only run: GPU-hours do not apply (machineHours age its server). */
      applicable: f.gpuHours.applicable,
      machineHours: run.inputs.cpuOnly?.machineHours ?? null,
    },
    impliedMfu: f.impliedMfu,
    /** The MFU theoretical GPU-hours use, and its origin: manifest, calibrated, history or methodology. */
    mfu: { ...span(run.mfu.value), origin: run.mfu.origin, label: run.mfu.label },
    energyKwh: f.energyKwh.total.central,
    emissionsKg: {
      operational: central(gwp.operational.total),
      embodied: central(gwp.embodied.total),
      total: central(knownTotal(gwp)?.value ?? null),
      /** True when a part has no sourced factor (e.g. a GPU without a published embodied figure). */
      totalIsLowerBound: knownTotal(gwp)?.complete === false,
    },
    breakdown: {
      basis: f.basis,
      gpuHoursUsed: f.gpuHours.used.central,
      promptImpactFactor: f.promptImpactFactor,
      energyKwh: { gpu: f.energyKwh.gpu.central, server: f.energyKwh.server.central },
      emissionsKg: {
        operational: { gpu: central(gwp.operational.gpu), server: central(gwp.operational.server) },
        embodied: { gpu: central(gwp.embodied.gpu), server: central(gwp.embodied.server) },
      },
    },
    impacts: impactsJson(f.impacts),
    /** Operational water in its two parts, L: on-site cooling and the water consumed generating the electricity. */
    water: { unit: 'L', onsite: span(f.water.onsite), offsite: span(f.water.offsite) },
    /** Manufacturing impacts of one device, as used (GPU; the server's non-GPU parts, before sharing among its GPUs). */
    embodiedPerDevice: { gpu: deviceEmbodiedJson(run.embodiedPerDevice.gpu), server: deviceEmbodiedJson(run.embodiedPerDevice.server) },
    uncertainty: {
      gpuHours: span(f.gpuHours.used),
      gpuHoursTheoretical: span(f.gpuHours.theoretical),
      energyKwh: span(f.energyKwh.total),
      emissionsKg: span(knownTotal(gwp)?.value ?? null),
    },
    assumptions: run.assumptions.map((a) => ({
      key: a.key,
      label: a.label,
      value: typeof a.value === 'string' ? a.value : a.value.central,
      range: typeof a.value === 'string' || a.value.low === a.value.high ? null : span(a.value),
      unit: a.unit,
      source: a.source,
    })),
    measurements: run.measurements,
    /** Warnings of the run's metrics files ("file: warning"), as the comment shows them. */
    measurementWarnings: run.measurementWarnings,
    warnings: f.warnings.map((w) => w.message),
  };
}

export function totalsJson(t: Totals, runs: readonly RunReport[] = []) {
  const gwp = t.impacts.gwp;
  const water = waterParts(runs);
  return {
    runs: t.runs,
    flops: t.flops,
    gpuHours: { theoretical: central(t.gpuHours.theoretical), measured: t.gpuHours.measured },
    energyKwh: t.energyKwh.central,
    emissionsKg: {
      operational: partial(gwp.operational),
      embodied: partial(gwp.embodied),
      total: partial(gwp.total),
      totalIsLowerBound: gwp.total.missing > 0,
    },
    impacts: Object.fromEntries(
      CRITERIA.map((c) => {
        const i = t.impacts[c];
        return [
          c,
          {
            unit: CRITERION_UNITS[c],
            operational: partial(i.operational),
            embodied: partial(i.embodied),
            total: partial(i.total),
            runsMissingFactor: i.total.missing,
          },
        ];
      }),
    ),
    /** Operational water in its two parts, L, each a range as in a run's `water` (null when no run has the factor). */
    water: { unit: 'L', onsite: span(water.onsite.value), offsite: span(water.offsite.value), runsMissingFactor: Math.max(water.onsite.missing, water.offsite.missing) },
    uncertainty: {
      gpuHours: span(t.gpuHours.used),
      energyKwh: span(t.energyKwh),
      emissionsKg: span(gwp.total.value),
    },
  };
}

function groupJson(g: GroupTotals) {
  return {
    key: g.key,
    runs: g.runs,
    gpuHours: g.gpuHours.central,
    gpuHoursShare: g.gpuHoursShare,
    energyKwh: g.energyKwh.central,
    emissionsKg: partial(g.emissionsKg),
  };
}

export function reportJson(report: Report) {
  return {
    schemaVersion: report.schemaVersion,
    manifests: report.manifests,
    runs: report.runs.map(runJson),
    totals: totalsJson(report.totals, report.runs),
    lifecycle: {
      byPhase: report.lifecycle.byPhase.map(groupJson),
      byStatus: report.lifecycle.byStatus.map(groupJson),
      byComponent: report.lifecycle.byComponent.map(groupJson),
      rdOverheadShare: report.lifecycle.rdOverheadShare,
    },
    amortisation: report.amortisation.map((a) => ({
      ...a,
      trainingKgPer1000Requests: partial(a.trainingKgPer1000Requests),
      inferenceKgPer1000Requests: a.inferenceKgPer1000Requests ? partial(a.inferenceKgPer1000Requests) : null,
      lowerBound: a.trainingKgPer1000Requests.missing > 0 || (a.inferenceKgPer1000Requests?.missing ?? 0) > 0,
    })),
    // Additive (schemaVersion 1): only when the manifests have ledgers.
    ...(report.anatomy ? { anatomy: report.anatomy } : {}),
  };
}

export function diffJson(diff: ReportDiff, extra: Record<string, unknown> = {}) {
  return {
    schemaVersion: diff.head.schemaVersion,
    head: reportJson(diff.head),
    base: diff.base ? reportJson(diff.base) : null,
    delta: {
      emissionsKg: diff.deltaKg.central,
      emissionsRatio: diff.deltaRatio,
      energyKwh: diff.deltaEnergyKwh,
      gpuHours: diff.deltaGpuHours,
    },
    runs: diff.runs.map((c) => ({
      id: c.id,
      change: c.change,
      previousId: c.change === 'renamed' ? (c.base?.run.id ?? null) : null,
      baseEmissionsKg: c.base ? central(knownTotal(c.base.footprint.impacts.gwp)?.value ?? null) : null,
      headEmissionsKg: c.head ? central(knownTotal(c.head.footprint.impacts.gwp)?.value ?? null) : null,
      deltaEmissionsKg: c.deltaKg.central,
      attribution: c.attribution ? attributionJson(c.attribution) : null,
    })),
    ...(diff.base && (diff.head.anatomy || diff.base.anatomy) ? { anatomyChange: anatomyChange(diff.base.anatomy, diff.head.anatomy) } : {}),
    ...extra,
  };
}

/** Why a run changed, config value by config value (each alone, set on the base; the rest as a remainder). */
function attributionJson(a: RunAttribution) {
  return {
    rule: a.rule,
    contributions: a.contributions.map((c) => ({
      fields: c.fields.map((f) => ({ config: f.role, key: f.key, file: f.file, line: f.line, base: f.base ?? null, head: f.head ?? null })),
      deltaEmissionsKg: c.deltaKg,
    })),
    remainderEmissionsKg: a.remainderKg,
    totalEmissionsKg: a.totalKg,
  };
}
