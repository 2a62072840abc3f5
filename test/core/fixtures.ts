/** Shared core inputs: the methodology's worked example (section 7) on its DGX H100 (section 6). */
import { DEFAULT_LIFETIME_HOURS, type RunInputs } from '../../src/core/footprint.js';
import { workloadFlops } from '../../src/core/flops.js';
import { exact } from '../../src/core/range.js';

const none = { gwp: null, water: null, adpe: null, pe: null };

/** The methodology's DGX H100 (section 6). */
export const llama405b: RunInputs = {
  flops: workloadFlops({ kind: 'training', parameters: 405e9, tokens: 15e12 }),
  cache: null,
  peakFlops: 989e12,
  mfu: exact(0.4),
  gpuPowerW: exact(700),
  gpuCount: null,
  serverNonGpuPowerW: exact(1540),
  gpusPerServer: 8,
  pue: exact(1.2),
  wue: null,
  electricity: { gwp: exact(0.42), water: null, adpe: null, pe: null },
  lifetimeHours: exact(DEFAULT_LIFETIME_HOURS),
  gpuEmbodied: { ...none, gwp: exact(250) },
  serverEmbodied: { ...none, gwp: exact(10_058) },
  measuredGpuHours: null,
  measuredEnergy: null,
  idleGpuHours: 0,
  idlePowerFraction: 0.15,
};

