/**
 * Server profiles: what a GPU's host adds (CPUs, RAM, storage, fans, switches...), shared among the
 * server's k GPUs (methodology sections 3 and 4). The DGX H100 profile is the methodology's own.
 */
import { ADEME_BASE_EMPREINTE_DEVICES, ECOLOGITS_METHODOLOGY, ECOLOGITS_METHODOLOGY_2024, METHODOLOGY, withNote } from './sources.js';
import type { EmbodiedData, ServerProfile, Source } from './types.js';

/** BoaviztAPI estimate for an AWS p5.48xlarge (8 × H100) without its GPUs, published by EcoLogits. */
const BOAVIZTA_P5 = withNote(
  ECOLOGITS_METHODOLOGY,
  'BoaviztAPI estimate of an AWS p5.48xlarge (8 × H100) without GPUs: 5,700 kgCO2e, 0.37 kgSbeq, 70,000 MJ',
);

/**
 * ADPe and PE of a host derived from its GWP, in the proportions of the DGX H100 profile: BoaviztAPI's
 * p5.48xlarge-without-GPUs figures (0.37 kgSbeq, 70,000 MJ) for its 10,058 kgCO2e, so that a host
 * equal to it gets the same three figures.
 */
function scaledFromP5(gwpKg: number, what: string): Pick<EmbodiedData, 'adpe' | 'pe'> {
  const k = gwpKg / 10058;
  const note = `DERIVED: ${what}; ADPe and PE in the DGX H100 profile's proportions: BoaviztAPI p5.48xlarge without GPUs (0.37 kgSbeq, 70,000 MJ) × ${gwpKg.toPrecision(4)} / 10,058 kgCO2e`;
  const r = (v: number) => Number(v.toPrecision(3));
  return {
    adpe: { low: r(0.37 * k), central: r(0.37 * k), high: r(0.37 * k), source: withNote(ECOLOGITS_METHODOLOGY, note) },
    pe: { low: r(70000 * k), central: r(70000 * k), high: r(70000 * k), source: withNote(ECOLOGITS_METHODOLOGY, note) },
  };
}

/**
 * A host derived from the methodology's DGX H100 component figures (2 × Xeon 8480C: 224 threads,
 * 700 W, 50 kg; 2 TB RAM: 803 W, 2,843 kg; 30 TB SSD: 37 W, 4,915 kg; chassis 250 kg per 8 GPUs).
 */
function hostFromDgxComponents(threads: number, ramGb: number, ssdTb: number, chassisShare: number): { powerW: number; gwpKg: number; text: string } {
  const powerW = Math.round((700 * threads) / 224 + (803 * ramGb) / 2048 + (37 * ssdTb) / 30);
  const gwpKg = Math.round((50 * threads) / 224 + (2843 * ramGb) / 2048 + (4915 * ssdTb) / 30 + 250 * chassisShare);
  const text = `methodology DGX H100 components scaled to ${threads} threads, ${ramGb} GB RAM, ${ssdTb} TB SSD: power 700 × ${threads}/224 + 803 × ${ramGb}/2048 + 37 × ${ssdTb}/30 ≈ ${powerW} W; embodied 50 × ${threads}/224 + 2,843 × ${ramGb}/2048 + 4,915 × ${ssdTb}/30 + 250 × ${chassisShare} ≈ ${gwpKg} kgCO2e`;
  return { powerW, gwpKg, text };
}

const TRN1_HOST = hostFromDgxComponents(128, 512, 7.6, 1);
const TRN2_HOST = hostFromDgxComponents(192, 2048, 7.6, 1);
/** The methodology's two CPUs with 512 GB of RAM and 4 TB of SSD: a generic CPU server. */
const CPU_SERVER = hostFromDgxComponents(224, 512, 4, 1);

/** A 16-chip Trainium host derived from the methodology's components. */
function trainiumHost(id: string, name: string, host: ReturnType<typeof hostFromDgxComponents>): ServerProfile {
  const source = withNote(METHODOLOGY, `DERIVED: ${host.text}`);
  return {
    id,
    name,
    gpusPerServer: 16,
    nonGpuPowerW: host.powerW,
    nonGpuEmbodied: { gwp: { low: host.gwpKg, central: host.gwpKg, high: host.gwpKg, source }, ...scaledFromP5(host.gwpKg, `${id} host`) },
    source,
  };
}

const DGX_A100_SPECS: Source = {
  title: 'NVIDIA DGX A100 datasheet / user guide (8 × A100 SXM4, system power 6.5 kW max)',
  url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/nvidia-dgx-a100-datasheet.pdf',
  year: 2020,
  note: 'non-GPU power = 6,500 W system maximum − 8 × 400 W GPU TDP = 3,300 W (includes NVSwitches, NICs, fans and PSU losses, so higher than a component sum like the methodology\'s DGX H100 figure)',
};

export const SERVER_PROFILES: readonly ServerProfile[] = [
  {
    id: 'dgx-h100',
    name: 'NVIDIA DGX H100 (non-GPU parts: 2 × Xeon 8480C, 2 TB RAM, 30 TB SSD, chassis)',
    gpusPerServer: 8,
    nonGpuPowerW: 1540,
    nonGpuEmbodied: {
      gwp: { low: 10058, central: 10058, high: 10058, source: METHODOLOGY },
      adpe: { low: 0.37, central: 0.37, high: 0.37, source: BOAVIZTA_P5 },
      pe: { low: 70000, central: 70000, high: 70000, source: BOAVIZTA_P5 },
    },
    source: METHODOLOGY,
  },
  {
    id: 'dgx-a100',
    name: 'NVIDIA DGX A100 (non-GPU parts: 2 × AMD EPYC 7742, up to 2 TB RAM, up to 30 TB NVMe, NVSwitches, chassis)',
    gpusPerServer: 8,
    nonGpuPowerW: 3300,
    nonGpuEmbodied: {
      gwp: {
        low: 3000,
        central: 10058,
        high: 10058,
        source: withNote(
          METHODOLOGY,
          'central/high = the methodology\'s DGX H100 non-GPU figure (10,058 kgCO2e), applied because the DGX A100 640GB has the same 2 TB RAM and 30 TB SSD that dominate it; low = BoaviztAPI estimate of an AWS p4de.24xlarge (8 × A100 80GB) without GPUs, 3,000 kgCO2e (EcoLogits 2024)',
        ),
      },
      adpe: { low: 0.25, central: 0.25, high: 0.25, source: withNote(ECOLOGITS_METHODOLOGY_2024, 'BoaviztAPI, AWS p4de.24xlarge without GPUs: 0.25 kgSbeq') },
      pe: { low: 39000, central: 39000, high: 39000, source: withNote(ECOLOGITS_METHODOLOGY_2024, 'BoaviztAPI, AWS p4de.24xlarge without GPUs: 39,000 MJ') },
    },
    source: DGX_A100_SPECS,
  },
  {
    id: 'generic-8gpu',
    name: 'Generic 8-GPU server (HGX-style baseboard, 2 CPUs)',
    gpusPerServer: 8,
    nonGpuPowerW: 1540,
    nonGpuEmbodied: {
      gwp: {
        low: 5700,
        central: 10058,
        high: 10058,
        source: withNote(
          METHODOLOGY,
          'central/high = the methodology\'s DGX H100 non-GPU figure, used as the default for 8-GPU servers; low = BoaviztAPI p5.48xlarge without GPUs, 5,700 kgCO2e (EcoLogits 2025)',
        ),
      },
      adpe: { low: 0.37, central: 0.37, high: 0.37, source: BOAVIZTA_P5 },
      pe: { low: 70000, central: 70000, high: 70000, source: BOAVIZTA_P5 },
    },
    source: withNote(
      METHODOLOGY,
      'the DGX H100 non-GPU power (1,540 W) is used as the default for any 8-GPU server; EcoLogits uses 1.2 kW for the same role (BoaviztAPI average power of a p5.48xlarge)',
    ),
  },
  {
    id: 'single-gpu-cloud',
    name: 'Single-GPU cloud instance share (4 vCPU, 16 GiB RAM, ~250 GB local NVMe: AWS g4dn/g5/g6.xlarge, GCP g2-standard-4)',
    gpusPerServer: 1,
    nonGpuPowerW: 19,
    nonGpuEmbodied: {
      gwp: {
        low: 95,
        central: 95,
        high: 95,
        source: withNote(
          METHODOLOGY,
          'DERIVED by scaling the methodology\'s DGX H100 component figures to the instance: CPU 50 kg × 4/224 threads + RAM 2,843 kg × 16/2,048 GB + SSD 4,915 kg × 0.25/30 TB + chassis 250 kg / 8 GPUs ≈ 0.9 + 22.2 + 41.0 + 31.3 = 95 kgCO2e',
        ),
      },
      ...scaledFromP5(95, 'single-GPU instance share'),
    },
    source: withNote(
      METHODOLOGY,
      'DERIVED by scaling the methodology\'s DGX H100 component powers to the instance: CPUs 700 W × 4/224 threads + RAM 803 W × 16/2,048 GB + SSD 37 W × 0.25/30 TB ≈ 12.5 + 6.3 + 0.3 = 19 W (Cloud Carbon Footprint coefficients give a similar ~20 W: 4 vCPU × 3.5 W max + 16 GB × 0.392 W)',
    ),
  },
  {
    id: 'tpu-host',
    name: 'Google Cloud TPU host (4 TPU chips per VM host: v4, v5p)',
    gpusPerServer: 4,
    nonGpuPowerW: 770,
    nonGpuEmbodied: {
      gwp: {
        low: 5029,
        central: 5029,
        high: 5029,
        source: withNote(METHODOLOGY, 'DERIVED: no published TPU host figure; the methodology\'s DGX H100 non-GPU embodied scaled per accelerator, 10,058 kg × 4/8'),
      },
      ...scaledFromP5(5029, 'TPU host (4 chips)'),
    },
    source: withNote(METHODOLOGY, 'DERIVED: no published TPU host power; the methodology\'s DGX H100 non-GPU power scaled per accelerator, 1,540 W × 4/8 = 770 W'),
  },
  {
    id: 'tpu-host-8',
    name: 'Google Cloud TPU host (8 TPU chips per VM host: v5e, v6e)',
    gpusPerServer: 8,
    nonGpuPowerW: 1540,
    nonGpuEmbodied: {
      gwp: {
        low: 10058,
        central: 10058,
        high: 10058,
        source: withNote(
          METHODOLOGY,
          'DERIVED: no published TPU host figure; the methodology\'s DGX H100 non-GPU embodied, as an 8-accelerator host. Google documents 8 chips per host for v5e and v6e (cloud.google.com/tpu/docs/v5e, /v6e). TPU v6e hosts have 1,536 GiB of DRAM, like the DGX\'s 2 TB; v5e hosts have 512 GiB (224 vCPUs per 8-chip VM), so for v5e this is an upper-side figure',
        ),
      },
      ...scaledFromP5(10058, 'TPU host (8 chips)'),
    },
    source: withNote(METHODOLOGY, 'DERIVED: no published TPU host power; the methodology\'s DGX H100 non-GPU power, 1,540 W, for 8 accelerators (v5e and v6e hosts: 8 chips, Google Cloud TPU documentation)'),
  },
  trainiumHost('trn1-host', 'AWS trn1.32xlarge host share (16 Trainium chips, 128 vCPU, 512 GiB, 7.6 TB NVMe)', TRN1_HOST),
  trainiumHost('trn2-host', 'AWS trn2.48xlarge host share (16 Trainium2 chips, 192 vCPU, 2 TiB, 7.6 TB NVMe)', TRN2_HOST),
  {
    id: 'workstation',
    name: 'Workstation / desktop PC hosting one GPU (CPU, RAM, storage, PSU, case)',
    gpusPerServer: 1,
    nonGpuPowerW: 175,
    nonGpuEmbodied: {
      gwp: { low: 277, central: 277, high: 277, source: withNote(ADEME_BASE_EMPREINTE_DEVICES, 'desktop computer: 277 kgCO2e') },
      adpe: { low: 0.00852, central: 0.00852, high: 0.00852, source: withNote(ADEME_BASE_EMPREINTE_DEVICES, 'desktop computer: 8.52e-3 kgSbeq') },
      pe: { low: 5110, central: 5110, high: 5110, source: withNote(ADEME_BASE_EMPREINTE_DEVICES, 'desktop computer: 5,110 MJ (ADPf, fossil resource use, taken as primary energy)') },
    },
    source: withNote(ADEME_BASE_EMPREINTE_DEVICES, 'power: BoaviztAPI desktop archetype average power 175 W (range 100–450 W); the desktop figures include its own entry-level graphics'),
  },
  {
    id: 'cpu-server',
    name: 'CPU server (rack server without accelerators), for runs measured without a GPU',
    gpusPerServer: 1,
    nonGpuPowerW: CPU_SERVER.powerW,
    nonGpuEmbodied: {
      gwp: { low: 3660, central: 3660, high: 3660, source: withNote(ADEME_BASE_EMPREINTE_DEVICES, 'rack server: 3,660 kgCO2e') },
      adpe: { low: 0.0378, central: 0.0378, high: 0.0378, source: withNote(ADEME_BASE_EMPREINTE_DEVICES, 'rack server: 3.78e-2 kgSbeq') },
      pe: { low: 51500, central: 51500, high: 51500, source: withNote(ADEME_BASE_EMPREINTE_DEVICES, 'rack server: 51,500 MJ (ADPf, fossil resource use, taken as primary energy)') },
    },
    source: withNote(METHODOLOGY, `DERIVED power (used only when no energy is measured): ${CPU_SERVER.text.replace(/; embodied.*/, '')}`),
  },
];
