/**
 * The Hugging Face model card's `co2_eq_emissions` metadata for a run or a component's training
 * runs, ready to paste into the YAML front matter of the model's README.md. Keys as the Hub
 * documents them (https://huggingface.co/docs/hub/model-cards-co2): emissions (grams of CO2e),
 * source, training_type, geographical_location, hardware_used.
 *
 * `emissions` is the operational figure, as CodeCarbon and the ML CO2 Impact calculator that the Hub
 * cites report it, so cards stay comparable; `source` says how it was found and states the embodied
 * share left out.
 */
import { stringify } from 'yaml';
import type { RunReport } from '../model/report.js';
import { formatGpuHours, formatKg } from './format.js';

export interface Co2EqEmissions {
  /** Grams of CO2e. */
  readonly emissions: number;
  readonly source: string;
  readonly training_type: string;
  readonly geographical_location: string;
  readonly hardware_used: string;
}

const TRAINING_KINDS = new Set(['training', 'fine-tuning']);

export const isTrainingRun = (r: RunReport): boolean => TRAINING_KINDS.has(r.run.kind);

const BASIS: Record<RunReport['footprint']['basis'], string> = {
  'measured-energy': 'measured energy',
  'measured-gpu-hours': 'measured GPU-hours × power',
  theoretical: 'theoretical GPU-hours from FLOPs (6·N·D at an assumed MFU)',
};

const distinct = <T>(items: readonly T[]): T[] => [...new Set(items)];

function location(r: RunReport): string {
  const l = r.run.location;
  if (l.ownGridFactor && l.region === null) return 'not stated (grid factor given in the manifest)';
  if (l.grid === 'WOR' && l.region === null) return 'not stated (world-average grid factor)';
  return l.region ? `${l.label} (${l.region})` : `${l.label} (${l.grid})`;
}

function hardware(runs: readonly RunReport[]): string {
  const byGpu = new Map<string, { hours: number; maxCount: number }>();
  for (const r of runs) {
    const name = r.run.gpu?.name ?? 'unknown GPU';
    const g = byGpu.get(name) ?? { hours: 0, maxCount: 0 };
    g.hours += r.footprint.gpuHours.used.central;
    g.maxCount = Math.max(g.maxCount, r.run.inputs.gpuCount ?? 0);
    byGpu.set(name, g);
  }
  return [...byGpu]
    .map(([name, g]) => {
      const count = g.maxCount ? (runs.length === 1 ? `${g.maxCount} × ` : `up to ${g.maxCount} × `) : '';
      return `${count}${name}, ${formatGpuHours(g.hours)}`;
    })
    .join('; ');
}

function trainingType(runs: readonly RunReport[]): string {
  const kinds = new Set(runs.map((r) => (r.run.kind === 'training' ? 'pre-training' : 'fine-tuning')));
  return kinds.size === 1 ? [...kinds][0]! : 'pre-training and fine-tuning';
}

/** The metadata for these training runs (all statuses: failed and ablation runs count too). */
export function co2EqEmissions(runs: readonly RunReport[]): Co2EqEmissions {
  if (!runs.length) throw new Error('co2EqEmissions needs at least one run');
  const operational = runs.reduce((a, r) => a + (r.footprint.impacts.gwp.operational.total?.central ?? 0), 0);
  const embodied = runs.map((r) => r.footprint.impacts.gwp.embodied.total?.central ?? null);
  const knownEmbodied = embodied.reduce<number>((a, v) => a + (v ?? 0), 0);
  const bases = distinct(runs.map((r) => BASIS[r.footprint.basis])).join(', ');
  const what = runs.length === 1 ? `run ${runs[0]!.run.id}` : `${runs.length} runs (${distinct(runs.map((r) => r.run.status)).join(', ')})`;
  const embodiedNote =
    knownEmbodied > 0
      ? `embodied hardware emissions (${embodied.includes(null) ? 'at least ' : ''}${formatKg(knownEmbodied)}) not included`
      : 'embodied hardware emissions not included';
  return {
    emissions: Number((operational * 1000).toPrecision(6)),
    source:
      `ml-footprint (https://github.com/ml-footprint/ml-footprint-action): operational emissions of ${what}, ` +
      `from ${bases}, × PUE × location-based grid factor; ${embodiedNote}`,
    training_type: trainingType(runs),
    geographical_location: distinct(runs.map(location)).join('; '),
    hardware_used: hardware(runs),
  };
}

/** The YAML block to paste into the front matter, with a comment saying what it covers. */
export function renderModelCard(runs: readonly RunReport[], what: string): string {
  const body = stringify({ co2_eq_emissions: co2EqEmissions(runs) }, { lineWidth: 0 });
  return `# ${what.replace(/[\r\n]+/g, ' ')}: paste into the YAML front matter of the model's README.md\n${body}`;
}
