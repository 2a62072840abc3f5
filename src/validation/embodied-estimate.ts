/**
 * Validation of the bottom-up embodied estimate (src/data/embodied-model.ts) against the published
 * manufacturing figures of the accelerators that have some: the estimate is computed from each
 * device's catalogue facts alone (die, node, memory, board class), never from its published figure,
 * and the table says whether each published figure falls in the estimate's range and how far the
 * central estimate is from it.
 */
import { median } from '../core/statistics.js';
import { estimateEmbodied, EMBODIED_UNITS, type EmbodiedCriterion, type Spread } from '../data/embodied-model.js';
import { requireGpu } from '../data/catalogue.js';
import { ADEME_GPU_LCA, ECOLOGITS_METHODOLOGY_2024, HUBBLO_GPU_CALCULATOR, METHODOLOGY, NVIDIA_HGX_H100_PCF } from '../data/sources.js';
import type { Source } from '../data/types.js';
import type { ValidationSection } from './sections.js';

export interface PublishedFigure {
  readonly gpu: string;
  readonly criterion: EmbodiedCriterion;
  readonly value: number;
  readonly source: Source;
  /** Short name of the source for the table. */
  readonly label: string;
  /** Why the comparison is not fully independent, when it is not. */
  readonly caveat?: string;
}

const L4_CAVEAT = 'not independent: the GDDR factor and the board term come from the same ADEME study, the board from this card\'s own characteristics';

/** The published figures checked (H100 and A100 are the issue's; L4 is shown with its caveat). */
export const PUBLISHED_EMBODIED: readonly PublishedFigure[] = [
  { gpu: 'h100-sxm', criterion: 'gwp', value: 164, source: NVIDIA_HGX_H100_PCF, label: 'NVIDIA HGX H100 PCF' },
  { gpu: 'h100-sxm', criterion: 'gwp', value: 250, source: METHODOLOGY, label: 'methodology' },
  { gpu: 'h100-sxm', criterion: 'gwp', value: 273, source: ADEME_GPU_LCA, label: 'ADEME GPU LCA' },
  { gpu: 'h100-sxm', criterion: 'adpe', value: 0.00895, source: ADEME_GPU_LCA, label: 'ADEME GPU LCA' },
  { gpu: 'h100-sxm', criterion: 'pe', value: 3721, source: ADEME_GPU_LCA, label: 'ADEME GPU LCA' },
  { gpu: 'a100-80gb-sxm', criterion: 'gwp', value: 143, source: ECOLOGITS_METHODOLOGY_2024, label: 'Boavizta (EcoLogits)' },
  { gpu: 'a100-80gb-sxm', criterion: 'adpe', value: 0.00509, source: ECOLOGITS_METHODOLOGY_2024, label: 'Boavizta (EcoLogits)' },
  { gpu: 'a100-80gb-sxm', criterion: 'pe', value: 1828, source: ECOLOGITS_METHODOLOGY_2024, label: 'Boavizta (EcoLogits)' },
  { gpu: 'a100-40gb-pcie', criterion: 'gwp', value: 181, source: HUBBLO_GPU_CALCULATOR, label: 'Hubblo / ADEME' },
  { gpu: 'a100-40gb-pcie', criterion: 'adpe', value: 0.0069, source: HUBBLO_GPU_CALCULATOR, label: 'Hubblo / ADEME' },
  { gpu: 'a100-40gb-pcie', criterion: 'pe', value: 2445, source: HUBBLO_GPU_CALCULATOR, label: 'Hubblo / ADEME' },
  { gpu: 'l4', criterion: 'gwp', value: 57.7, source: HUBBLO_GPU_CALCULATOR, label: 'Hubblo / ADEME', caveat: L4_CAVEAT },
  { gpu: 'l4', criterion: 'adpe', value: 0.00248, source: HUBBLO_GPU_CALCULATOR, label: 'Hubblo / ADEME', caveat: L4_CAVEAT },
  { gpu: 'l4', criterion: 'pe', value: 682, source: HUBBLO_GPU_CALCULATOR, label: 'Hubblo / ADEME', caveat: L4_CAVEAT },
];

export interface EmbodiedCheck extends PublishedFigure {
  readonly estimate: Spread;
  readonly inside: boolean;
  /** (central estimate − published) / published. */
  readonly centralGap: number;
  /** Where the published figure lies in the range: 0 = low end, 1 = high end. */
  readonly position: number;
}

/** The estimate of a catalogue accelerator from its facts alone. */
export function estimateOf(gpuId: string) {
  const gpu = requireGpu(gpuId);
  return estimateEmbodied({ ...gpu.silicon, memoryGb: gpu.memoryGb });
}

export function embodiedChecks(): EmbodiedCheck[] {
  return PUBLISHED_EMBODIED.map((p) => {
    const estimate = estimateOf(p.gpu).impacts[p.criterion];
    return {
      ...p,
      estimate,
      inside: estimate.low <= p.value && p.value <= estimate.high,
      centralGap: (estimate.central - p.value) / p.value,
      position: (p.value - estimate.low) / (estimate.high - estimate.low),
    };
  });
}

const fmt = (v: number): string => String(Number(v.toPrecision(3)));
const CRITERION_NAME: Record<EmbodiedCriterion, string> = { gwp: 'GWP', adpe: 'ADPe', pe: 'PE' };
const pct = (v: number): string => `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(0)} %`;

export const embodiedEstimateSection: ValidationSection = {
  id: 'embodied-estimate',
  title: 'Embodied estimate against published figures',
  render() {
    const checks = embodiedChecks();
    const rows = checks.map((c) => {
      const unit = EMBODIED_UNITS[c.criterion];
      return `| ${c.gpu} | ${CRITERION_NAME[c.criterion]} (${unit}) | ${fmt(c.value)} | ${c.label} (${c.source.year}) | ${fmt(c.estimate.central)} (${fmt(c.estimate.low)}–${fmt(c.estimate.high)}) | ${c.inside ? 'yes' : '**no**'} | ${pct(c.centralGap)} | ${(c.position * 100).toFixed(0)} %${c.caveat ? ` ¹` : ''} |`;
    });
    const independent = checks.filter((c) => !c.caveat);
    const inside = independent.filter((c) => c.inside).length;
    const gaps = independent.map((c) => Math.abs(c.centralGap)).sort((a, b) => a - b);
    const medianGap = median(gaps);
    return [
      'The bottom-up model of `src/data/embodied-model.ts` estimates an accelerator\'s manufacturing impacts from its die area and node, its memory, and its board class. Here it is run on the accelerators that have published figures, from their catalogue facts only (the published figures are never an input), and each published figure is compared with the estimate\'s range. "Position" is where the published figure lies between the low (0 %) and the high (100 %) end. The board term uses the physical characteristics (PCB area, heatsink and casing mass) of the cards of the ADEME study, H100 SXM and A100 among them: facts, not their impact figures.',
      '',
      '| GPU | Criterion | Published | Source | Estimate: central (low–high) | In range | Central vs published | Position |',
      '|---|---|---:|---|---:|:---:|---:|---:|',
      ...rows,
      '',
      `¹ ${L4_CAVEAT}.`,
      '',
      `H100 and A100: ${inside} of ${independent.length} published figures lie within the estimate's range; the central estimate is ${pct(-gaps[gaps.length - 1]!).replace('−', '')} off at worst and ${(medianGap * 100).toFixed(0)} % off at the median. The range is wide on purpose: it spans the disagreement between the sources of each term (ACT, imec.netzero and LLMCarbon against the ADEME teardowns for the die; 0.065 to 2.85 kgCO2e per GB of DRAM), and the published figures themselves differ by two thirds for the H100 (164 to 273 kgCO2e).`,
    ].join('\n');
  },
};
