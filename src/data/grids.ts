import type { CloudRegion, GridFactors } from './types.js';

export const GRIDS: readonly GridFactors[] = [
  {
    id: 'US',
    name: 'United States',
    gwp: { low: 0.367, central: 0.367, high: 0.367, source: { title: 'placeholder until sourced', year: 2024 } },
  },
];

export const CLOUD_REGIONS: readonly CloudRegion[] = [];
