/** Builds reports from manifest text through the real loader (in-memory files). */
import { loadState } from '../../src/inputs/load.js';
import { MemoryReader } from '../../src/inputs/tree.js';
import type { Report } from '../../src/model/report.js';

/** A training run with measured GPU-hours on H100 at a fixed grid factor (no uncertainty from the grid). */
export function trainingRun(id: string, gpuHours: number, extra = ''): string {
  return `  - id: ${id}\n    gpuHours: ${gpuHours}\n    hardware: { gpu: h100-sxm }\n    gridIntensity: 0.4\n    pue: 1.2\n${extra}`;
}

export async function reportOf(runs: string, budgets = ''): Promise<Report> {
  const text = `version: 1\nruns:\n${runs}${budgets}`;
  const state = await loadState(new MemoryReader('test', new Map([['m.yml', text]])), { manifests: ['m.yml'] });
  return state.report;
}

export async function stateOf(runs: string, budgets = '') {
  const text = `version: 1\nruns:\n${runs}${budgets}`;
  return loadState(new MemoryReader('test', new Map([['m.yml', text]])), { manifests: ['m.yml'] });
}
