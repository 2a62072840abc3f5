/**
 * Accelerators: board power, memory, dense peak throughput per precision and manufacturing impacts.
 *
 * Conventions
 * - `peakTflops` are dense figures (no 2:4 structured sparsity). NVIDIA prints most Tensor Core
 *   figures "with sparsity"; those are halved, which each source's note says.
 * - `fp32` is the plain FP32 peak (CUDA cores on NVIDIA; on AMD the FP32 matrix peak, see notes).
 * - A key is absent where the chip has no such mode (V100 and T4: no BF16 / TF32; TPUs: BF16 only
 *   published; FP8 only from Hopper / Ada / CDNA3 on).
 * - Embodied figures exist for few GPUs. Where a figure of a sibling with the same die is applied,
 *   the note says so; where nothing is published the criterion is absent (never 0).
 */
import {
  ADEME_GPU_LCA,
  AMD_MI250X_SPECS,
  AMD_MI300X_SPECS,
  ECOLOGITS_METHODOLOGY_2024,
  GOOGLE_TPU_DOCS,
  HUBBLO_GPU_CALCULATOR,
  METHODOLOGY,
  NVIDIA_A100_DATASHEET,
  NVIDIA_BLACKWELL_SPECS,
  NVIDIA_H100_PCIE_BRIEF,
  NVIDIA_H200_DATASHEET,
  NVIDIA_H800_DATASHEET,
  NVIDIA_L4_DATASHEET,
  NVIDIA_L40S_DATASHEET,
  NVIDIA_T4_DATASHEET,
  NVIDIA_V100_DATASHEET,
  TPU_V4_PAPER,
  withNote,
} from './sources.js';
import type { EmbodiedData, GpuSpec, SourcedRange } from './types.js';

// ------------------------------------------------------------------------- embodied building blocks

/**
 * H100 80GB: the methodology's 250 kgCO2e (central) and the ADEME 2026 GPU LCA's 273 kgCO2e (high,
 * as used by EcoLogits). ADPe and PE come from the ADEME study only.
 */
function h100Embodied(note?: string): EmbodiedData {
  const n = (s: Parameters<typeof withNote>[0], base: string) => withNote(s, note ? `${base}; ${note}` : base);
  return {
    gwp: {
      low: 250,
      central: 250,
      high: 273,
      source: n(METHODOLOGY, 'central/low = the methodology\'s 250 kgCO2e per H100; high = ADEME 2026 GPU LCA, 273 kgCO2e (H100 80GB, as used by EcoLogits)'),
    },
    adpe: { low: 0.00895, central: 0.00895, high: 0.00895, source: n(ADEME_GPU_LCA, 'ADPe of an H100 80GB') },
    pe: { low: 3721, central: 3721, high: 3721, source: n(ADEME_GPU_LCA, 'primary energy of an H100 80GB') },
  };
}

/**
 * A100 family: Boavizta's A100 80GB estimate published by EcoLogits (143 kg, 5.09e-3 kgSbeq,
 * 1,828 MJ) and the Hubblo/ADEME parametric result for an A100 PCIe 40GB (181 kg, 6.90e-3 kgSbeq,
 * 2,445 MJ fossil-resource use, ADPf, used here as the primary-energy figure).
 */
function a100Embodied(central: 'boavizta' | 'hubblo', note: string): EmbodiedData {
  const boaviztaCentral = central === 'boavizta';
  const src = boaviztaCentral ? ECOLOGITS_METHODOLOGY_2024 : HUBBLO_GPU_CALCULATOR;
  const spread = 'low = Boavizta A100 80GB estimate (EcoLogits 2024): 143 kgCO2e, 5.09e-3 kgSbeq, 1,828 MJ; high = Hubblo/ADEME parametric model, A100 PCIe 40GB: 181 kgCO2e, 6.90e-3 kgSbeq, 2,445 MJ (ADPf, fossil resource use, taken as primary energy)';
  const range = (low: number, high: number): Omit<SourcedRange, 'source'> => ({
    low,
    central: boaviztaCentral ? low : high,
    high,
  });
  return {
    gwp: { ...range(143, 181), source: withNote(src, `${spread}; ${note}`) },
    adpe: { ...range(0.00509, 0.0069), source: withNote(src, `${spread}; ${note}`) },
    pe: { ...range(1828, 2445), source: withNote(src, `${spread}; ${note}`) },
  };
}

export const GPUS: readonly GpuSpec[] = [
  // ---------------------------------------------------------------- NVIDIA Volta / Turing
  {
    id: 'v100-sxm2-32gb',
    name: 'NVIDIA Tesla V100 SXM2 32GB',
    aliases: ['tesla v100-sxm2-32gb', 'nvidia tesla v100-sxm2-32gb', 'v100', 'v100 sxm2', 'tesla v100', 'nvidia-tesla-v100', 'v100-32gb'],
    vendor: 'nvidia',
    memoryGb: 32,
    powerW: 300,
    // Volta Tensor Cores do FP16 only (no BF16/TF32, no sparsity).
    peakTflops: { fp16: 125, fp32: 15.7 },
    source: withNote(NVIDIA_V100_DATASHEET, 'V100 SXM2: 300 W, 125 TFLOP/s Tensor (FP16), 15.7 TFLOP/s FP32'),
    embodied: {},
    serverProfile: 'generic-8gpu',
  },
  {
    id: 't4',
    name: 'NVIDIA T4 16GB',
    aliases: ['tesla t4', 'nvidia tesla t4', 'nvidia t4'],
    vendor: 'nvidia',
    memoryGb: 16,
    powerW: 70,
    // Turing Tensor Cores: FP16 (mixed precision) 65 TFLOP/s; no BF16/TF32.
    peakTflops: { fp16: 65, fp32: 8.1 },
    source: NVIDIA_T4_DATASHEET,
    embodied: {},
    serverProfile: 'single-gpu-cloud',
  },
  // ---------------------------------------------------------------- NVIDIA Ampere
  {
    id: 'a100-40gb-sxm',
    name: 'NVIDIA A100 SXM4 40GB',
    aliases: ['nvidia a100-sxm4-40gb', 'a100', 'a100 40gb', 'a100-sxm4-40gb', 'a100 sxm4', 'nvidia-tesla-a100', 'nvidia a100'],
    vendor: 'nvidia',
    memoryGb: 40,
    powerW: 400,
    peakTflops: { bf16: 312, fp16: 312, tf32: 156, fp32: 19.5 },
    source: NVIDIA_A100_DATASHEET,
    embodied: a100Embodied('boavizta', 'A100 80GB figure applied to the 40GB SXM4 (same GA100 die; less HBM)'),
    serverProfile: 'dgx-a100',
  },
  {
    id: 'a100-80gb-sxm',
    name: 'NVIDIA A100 SXM4 80GB',
    aliases: ['nvidia a100-sxm4-80gb', 'a100-sxm4-80gb', 'a100 80gb', 'a100 80gb sxm', 'nvidia-a100-80gb'],
    vendor: 'nvidia',
    memoryGb: 80,
    powerW: 400,
    peakTflops: { bf16: 312, fp16: 312, tf32: 156, fp32: 19.5 },
    source: NVIDIA_A100_DATASHEET,
    embodied: a100Embodied('boavizta', 'central = Boavizta A100 80GB'),
    serverProfile: 'dgx-a100',
  },
  {
    id: 'a100-40gb-pcie',
    name: 'NVIDIA A100 PCIe 40GB',
    aliases: ['nvidia a100-pcie-40gb', 'a100-pcie-40gb', 'a100 pcie', 'a100 40gb pcie'],
    vendor: 'nvidia',
    memoryGb: 40,
    powerW: 250,
    peakTflops: { bf16: 312, fp16: 312, tf32: 156, fp32: 19.5 },
    source: withNote(NVIDIA_A100_DATASHEET, 'A100 40GB PCIe max TDP 250 W'),
    embodied: a100Embodied('hubblo', 'central = Hubblo/ADEME A100 PCIe 40GB (this card)'),
    serverProfile: 'generic-8gpu',
  },
  {
    id: 'a100-80gb-pcie',
    name: 'NVIDIA A100 PCIe 80GB',
    aliases: ['nvidia a100 80gb pcie', 'a100-pcie-80gb', 'a100 80gb pcie'],
    vendor: 'nvidia',
    memoryGb: 80,
    powerW: 300,
    peakTflops: { bf16: 312, fp16: 312, tf32: 156, fp32: 19.5 },
    source: withNote(NVIDIA_A100_DATASHEET, 'A100 80GB PCIe max TDP 300 W'),
    embodied: a100Embodied('boavizta', 'central = Boavizta A100 80GB'),
    serverProfile: 'generic-8gpu',
  },
  {
    id: 'a10g',
    name: 'NVIDIA A10G 24GB (AWS G5)',
    aliases: ['nvidia a10g', 'a10g 24gb'],
    vendor: 'nvidia',
    memoryGb: 24,
    powerW: 300,
    peakTflops: { bf16: 70, fp16: 70, tf32: 35, fp32: 35 },
    source: {
      title: 'NVIDIA A10G datasheet for AWS (FP32 35 TF; TF32 35|70*; BF16/FP16 70|140*, * = sparsity) as reproduced by Baseten, "NVIDIA A10 vs A10G for ML model inference"; 300 W board power as reported by nvidia-smi on EC2 G5',
      url: 'https://www.baseten.co/blog/nvidia-a10-vs-a10g-for-ml-model-inference/',
      year: 2022,
      note: 'NVIDIA publishes no public A10G datasheet; figures are AWS/third-party reproductions; dense = half the sparsity figures',
    },
    embodied: {},
    serverProfile: 'single-gpu-cloud',
  },
  // ---------------------------------------------------------------- NVIDIA Ada Lovelace
  {
    id: 'l4',
    name: 'NVIDIA L4 24GB',
    aliases: ['nvidia l4', 'nvidia-l4-24gb'],
    vendor: 'nvidia',
    memoryGb: 24,
    powerW: 72,
    peakTflops: { fp8: 242.5, bf16: 121, fp16: 121, tf32: 60, fp32: 30.3 },
    source: NVIDIA_L4_DATASHEET,
    embodied: {
      gwp: {
        low: 57.7,
        central: 57.7,
        high: 57.7,
        source: withNote(
          HUBBLO_GPU_CALCULATOR,
          'sum of the NVIDIA L4 component rows (casing 0, heatsink 0.59, board 3.65, GPU die 17.3, VRAM 35.9, upstream transport 0.04, end of life 0.26 kgCO2e) in hubblo-org/gpu-calculator src/data/gpu/gpus_impact_factors.csv; distribution to the customer excluded',
        ),
      },
      adpe: {
        low: 0.00248,
        central: 0.00248,
        high: 0.00248,
        source: withNote(HUBBLO_GPU_CALCULATOR, 'sum of the NVIDIA L4 component rows (ADPe) in gpus_impact_factors.csv'),
      },
      pe: {
        low: 682,
        central: 682,
        high: 682,
        source: withNote(HUBBLO_GPU_CALCULATOR, 'sum of the NVIDIA L4 component rows (ADPf, fossil resource use, MJ, taken as primary energy) in gpus_impact_factors.csv'),
      },
    },
    serverProfile: 'single-gpu-cloud',
  },
  {
    id: 'l40s',
    name: 'NVIDIA L40S 48GB',
    aliases: ['nvidia l40s', 'l40s 48gb'],
    vendor: 'nvidia',
    memoryGb: 48,
    powerW: 350,
    peakTflops: { fp8: 733, bf16: 362.05, fp16: 362.05, tf32: 183, fp32: 91.6 },
    source: NVIDIA_L40S_DATASHEET,
    embodied: {},
    serverProfile: 'generic-8gpu',
  },
  // ---------------------------------------------------------------- NVIDIA Hopper
  {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM5 80GB',
    aliases: ['h100', 'nvidia h100 80gb hbm3', 'h100-sxm5-80gb', 'h100 sxm5', 'h100 80gb', 'nvidia-h100-80gb'],
    vendor: 'nvidia',
    memoryGb: 80,
    powerW: 700,
    peakTflops: { fp8: 1979, bf16: 989, fp16: 989, tf32: 494, fp32: 67 },
    source: { title: 'NVIDIA H100 Tensor Core GPU datasheet', url: 'https://www.nvidia.com/en-us/data-center/h100/', year: 2023, note: 'dense figures (half the sparsity figures)' },
    embodied: h100Embodied(),
    serverProfile: 'dgx-h100',
  },
  {
    id: 'h100-pcie',
    name: 'NVIDIA H100 PCIe 80GB',
    aliases: ['nvidia h100 pcie', 'h100-pcie-80gb', 'h100 80gb pcie'],
    vendor: 'nvidia',
    memoryGb: 80,
    powerW: 350,
    peakTflops: { fp8: 1513, bf16: 756.5, fp16: 756.5, tf32: 378, fp32: 51 },
    source: NVIDIA_H100_PCIE_BRIEF,
    embodied: h100Embodied('H100 80GB figures applied to the PCIe card (same GH100 die and 80 GB HBM)'),
    serverProfile: 'generic-8gpu',
  },
  {
    id: 'h100-nvl',
    name: 'NVIDIA H100 NVL 94GB',
    aliases: ['nvidia h100 nvl', 'h100 nvl 94gb', 'h100-nvl-94gb'],
    vendor: 'nvidia',
    memoryGb: 94,
    powerW: 400,
    peakTflops: { fp8: 1670.5, bf16: 835.5, fp16: 835.5, tf32: 417.5, fp32: 60 },
    source: withNote(
      { title: 'NVIDIA H100 Tensor Core GPU datasheet (H100 NVL column, per GPU)', url: 'https://www.nvidia.com/en-us/data-center/h100/', year: 2024 },
      'max TDP 350–400 W configurable (400 W used); FP8 3,341 / BF16 1,671 / TF32 835 TFLOP/s with sparsity, halved',
    ),
    embodied: h100Embodied('H100 80GB figures applied (same GH100 die; 94 GB HBM, so likely an underestimate)'),
    serverProfile: 'generic-8gpu',
  },
  {
    id: 'h200-sxm',
    name: 'NVIDIA H200 SXM 141GB',
    aliases: ['nvidia h200', 'h200', 'h200 141gb', 'nvidia-h200-141gb'],
    vendor: 'nvidia',
    memoryGb: 141,
    powerW: 700,
    peakTflops: { fp8: 1979, bf16: 989, fp16: 989, tf32: 494, fp32: 67 },
    source: withNote(NVIDIA_H200_DATASHEET, 'max TDP up to 700 W'),
    embodied: h100Embodied('H100 80GB figures applied (same GH100 die; 141 GB HBM3e, so likely an underestimate)'),
    serverProfile: 'generic-8gpu',
  },
  {
    id: 'h800-sxm',
    name: 'NVIDIA H800 SXM5 80GB',
    aliases: ['nvidia h800', 'h800', 'h800 80gb'],
    vendor: 'nvidia',
    memoryGb: 80,
    powerW: 700,
    peakTflops: { fp8: 1979, bf16: 989, fp16: 989, tf32: 494, fp32: 67 },
    source: NVIDIA_H800_DATASHEET,
    embodied: h100Embodied('H100 80GB figures applied (same GH100 die and 80 GB HBM)'),
    serverProfile: 'generic-8gpu',
  },
  // ---------------------------------------------------------------- NVIDIA Blackwell
  {
    id: 'b200',
    name: 'NVIDIA B200 180GB (HGX B200)',
    aliases: ['nvidia b200', 'b200 180gb', 'hgx b200'],
    vendor: 'nvidia',
    memoryGb: 180,
    powerW: 1000,
    peakTflops: { fp8: 4500, bf16: 2250, fp16: 2250, tf32: 1100, fp32: 75 },
    source: withNote(NVIDIA_BLACKWELL_SPECS, 'HGX B200 column: FP8 9 PF, FP16/BF16 4.5 PF, TF32 2.2 PF (with sparsity), FP32 75 TF, 180 GB HBM3E, configurable up to 1,000 W'),
    embodied: {},
    serverProfile: 'generic-8gpu',
  },
  {
    id: 'gb200',
    name: 'NVIDIA GB200 (one Blackwell GPU of a GB200 superchip / NVL72)',
    aliases: ['nvidia gb200', 'gb200 nvl72', 'gb200-nvl72'],
    vendor: 'nvidia',
    memoryGb: 186,
    powerW: 1200,
    peakTflops: { fp8: 5000, bf16: 2500, fp16: 2500, tf32: 1250, fp32: 80 },
    source: withNote(NVIDIA_BLACKWELL_SPECS, 'GB200 NVL72 column, per GPU: FP8 10 PF, FP16/BF16 5 PF, TF32 2.5 PF (with sparsity), FP32 80 TF, 186 GB HBM3E, configurable up to 1,200 W (Grace CPU power not included)'),
    embodied: {},
    serverProfile: 'generic-8gpu',
  },
  // ---------------------------------------------------------------- AMD Instinct
  {
    id: 'mi250x',
    name: 'AMD Instinct MI250X 128GB (OAM)',
    aliases: ['amd instinct mi250x', 'instinct mi250x', 'amd mi250x'],
    vendor: 'amd',
    memoryGb: 128,
    powerW: 560,
    peakTflops: { bf16: 383, fp16: 383, fp32: 95.7 },
    source: withNote(AMD_MI250X_SPECS, '560 W peak board power; FP16/BF16 383 TFLOP/s; fp32 = FP32 matrix peak 95.7 TFLOP/s (FP32 vector: 47.9); no TF32/FP8 mode'),
    embodied: {},
    serverProfile: 'generic-8gpu',
  },
  {
    id: 'mi300x',
    name: 'AMD Instinct MI300X 192GB (OAM)',
    aliases: ['amd instinct mi300x', 'instinct mi300x', 'amd mi300x', 'amd instinct mi300x oam'],
    vendor: 'amd',
    memoryGb: 192,
    powerW: 750,
    peakTflops: { fp8: 2614.9, bf16: 1307.4, fp16: 1307.4, tf32: 653.7, fp32: 163.4 },
    source: withNote(AMD_MI300X_SPECS, '750 W peak board power; fp32 = FP32 matrix peak (vector FP32 is also 163.4 TFLOP/s)'),
    embodied: {},
    serverProfile: 'generic-8gpu',
  },
  // ---------------------------------------------------------------- Google TPU
  {
    id: 'tpu-v4',
    name: 'Google Cloud TPU v4',
    aliases: ['tpu v4', 'tpuv4', 'cloud tpu v4'],
    vendor: 'google',
    memoryGb: 32,
    powerW: 192,
    peakTflops: { bf16: 275 },
    source: TPU_V4_PAPER,
    embodied: {},
    serverProfile: 'tpu-host',
  },
  {
    id: 'tpu-v5e',
    name: 'Google Cloud TPU v5e',
    aliases: ['tpu v5 lite', 'tpuv5e', 'tpu v5litepod', 'v5litepod', 'cloud tpu v5e'],
    vendor: 'google',
    memoryGb: 16,
    powerW: 138,
    peakTflops: { bf16: 197 },
    source: withNote(
      GOOGLE_TPU_DOCS,
      'peak 197 TFLOP/s BF16 and 16 GB HBM from Google; Google publishes no chip power. powerW is DERIVED: TPU v4\'s 192 W maximum (Jouppi et al. 2023) scaled by peak BF16 (197/275), i.e. assuming no gain in performance per watt since v4 — an upper-side estimate to override when a figure is published',
    ),
    embodied: {},
    serverProfile: 'tpu-host',
  },
  {
    id: 'tpu-v5p',
    name: 'Google Cloud TPU v5p',
    aliases: ['tpu v5', 'tpuv5p', 'cloud tpu v5p', 'v5p'],
    vendor: 'google',
    memoryGb: 95,
    powerW: 320,
    peakTflops: { bf16: 459 },
    source: withNote(
      GOOGLE_TPU_DOCS,
      'peak 459 TFLOP/s BF16 and 95 GB HBM from Google; Google publishes no chip power. powerW is DERIVED: TPU v4\'s 192 W maximum (Jouppi et al. 2023) scaled by peak BF16 (459/275 ≈ 320 W), i.e. assuming no gain in performance per watt since v4 — an upper-side estimate to override when a figure is published',
    ),
    embodied: {},
    serverProfile: 'tpu-host',
  },
];
