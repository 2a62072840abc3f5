import { METHODOLOGY } from './sources.js';
import type { GpuSpec } from './types.js';

export const GPUS: readonly GpuSpec[] = [
  {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM5 80GB',
    aliases: ['h100', 'h100 sxm', 'nvidia h100 80gb hbm3', 'h100-sxm5-80gb'],
    vendor: 'nvidia',
    memoryGb: 80,
    powerW: 700,
    peakTflops: { fp8: 1979, bf16: 989, fp16: 989, tf32: 494, fp32: 67 },
    source: { title: 'NVIDIA H100 Tensor Core GPU datasheet', url: 'https://www.nvidia.com/en-us/data-center/h100/', year: 2023, note: 'dense figures (half the sparsity figures)' },
    embodied: { gwp: { low: 250, central: 250, high: 250, source: METHODOLOGY } },
    serverProfile: 'dgx-h100',
  },
];
