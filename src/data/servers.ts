import { METHODOLOGY } from './sources.js';
import type { ServerProfile } from './types.js';

export const SERVER_PROFILES: readonly ServerProfile[] = [
  {
    id: 'dgx-h100',
    name: 'NVIDIA DGX H100 (non-GPU parts: 2 × Xeon 8480C, 2 TB RAM, 30 TB SSD, chassis)',
    gpusPerServer: 8,
    nonGpuPowerW: 1540,
    nonGpuEmbodied: { gwp: { low: 10058, central: 10058, high: 10058, source: METHODOLOGY } },
    source: METHODOLOGY,
  },
];
