/**
 * Publications the catalogue cites more than once. Each entry in the catalogue carries one of these
 * (or its own), with a `note` added where the figure is derived rather than copied as printed.
 * docs/data-sources.md lists them all with what they provide.
 */
import type { Source } from './types.js';

/** Returns the source with a note saying how a particular figure was derived from it. */
export function withNote(source: Source, note: string): Source {
  return { ...source, note: source.note ? `${source.note}; ${note}` : note };
}

export const METHODOLOGY: Source = {
  title: 'Footprint methodology (docs/METHODOLOGY.md), section 6: reference hardware DGX H100',
  url: 'docs/METHODOLOGY.md',
  year: 2025,
};

// ---------------------------------------------------------------- hardware datasheets and studies

export const NVIDIA_V100_DATASHEET: Source = {
  title: 'NVIDIA Tesla V100 GPU datasheet',
  url: 'https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf',
  year: 2020,
};

export const NVIDIA_A100_DATASHEET: Source = {
  title: 'NVIDIA A100 Tensor Core GPU datasheet',
  url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
  year: 2021,
  note: 'dense figures = half the "with sparsity" figures',
};

export const NVIDIA_H100_DATASHEET: Source = {
  title: 'NVIDIA H100 Tensor Core GPU datasheet',
  url: 'https://www.nvidia.com/en-us/data-center/h100/',
  year: 2023,
  note: 'dense figures (half the sparsity figures)',
};

export const NVIDIA_H100_PCIE_BRIEF: Source = {
  title: 'NVIDIA H100 PCIe GPU product brief (PB-11133-001) and H100 datasheet, H100 PCIe column',
  url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/gtcs22/data-center/h100/PB-11133-001_v01.pdf',
  year: 2022,
  note: 'max TDP 350 W; dense figures = half the "with sparsity" figures',
};

export const NVIDIA_H200_DATASHEET: Source = {
  title: 'NVIDIA H200 Tensor Core GPU datasheet (H200 SXM column)',
  url: 'https://www.nvidia.com/en-us/data-center/h200/',
  year: 2024,
  note: 'dense figures = half the "with sparsity" figures; Tensor Core peaks equal to H100 SXM',
};

export const NVIDIA_H800_DATASHEET: Source = {
  title: 'NVIDIA H800 SXM5 specifications (export variant of H100 SXM5: reduced FP64 and NVLink, same Tensor Core peaks)',
  url: 'https://www.nvidia.cn/data-center/h800/',
  year: 2023,
  note: 'dense figures = half the "with sparsity" figures',
};

export const NVIDIA_BLACKWELL_SPECS: Source = {
  title: 'NVIDIA GB200 NVL72 and HGX B200 technical specifications (individual Blackwell GPU specifications)',
  url: 'https://www.nvidia.com/en-us/data-center/gb200-nvl72/',
  year: 2025,
  note: 'NVIDIA lists Tensor Core peaks with sparsity; dense = half',
};

export const NVIDIA_L4_DATASHEET: Source = {
  title: 'NVIDIA L4 Tensor Core GPU datasheet',
  url: 'https://resources.nvidia.com/en-us-data-center-overview/l4-gpu-datasheet',
  year: 2023,
  note: 'Tensor Core figures are printed with sparsity; dense = half',
};

export const NVIDIA_L40S_DATASHEET: Source = {
  title: 'NVIDIA L40S GPU datasheet / product brief',
  url: 'https://www.nvidia.com/en-us/data-center/l40s/',
  year: 2023,
  note: 'dense figures are the datasheet figures without the "*" (sparsity) mark',
};

export const NVIDIA_T4_DATASHEET: Source = {
  title: 'NVIDIA T4 Tensor Core GPU datasheet',
  url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf',
  year: 2019,
};

export const AMD_MI250X_SPECS: Source = {
  title: 'AMD Instinct MI250X accelerator specifications',
  url: 'https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html',
  year: 2021,
};

export const AMD_MI300X_SPECS: Source = {
  title: 'AMD Instinct MI300X accelerator specifications / data sheet',
  url: 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html',
  year: 2023,
  note: 'AMD lists dense peaks and, separately, peaks with structured sparsity (twice as high); dense used',
};

export const GOOGLE_TPU_DOCS: Source = {
  title: 'Google Cloud TPU documentation: TPU v4, v5e and v5p system architecture (per-chip peak compute and HBM)',
  url: 'https://cloud.google.com/tpu/docs/system-architecture-tpu-vm',
  year: 2024,
};

export const TPU_V4_PAPER: Source = {
  title: 'Jouppi et al., "TPU v4: An Optically Reconfigurable Supercomputer for Machine Learning with Hardware Support for Embeddings", ISCA 2023',
  url: 'https://doi.org/10.1145/3579371.3589350',
  year: 2023,
  note: 'peak 275 TFLOP/s BF16, 32 GiB HBM2, 192 W maximum chip power (as also summarised at glennklockwood.com/garden/tpuv4)',
};

/** EcoLogits methodology (the GenAI Impact project), used for several published server and GPU figures. */
export const ECOLOGITS_METHODOLOGY: Source = {
  title: 'EcoLogits methodology, "Environmental Impacts of LLM Inference" (GenAI Impact)',
  url: 'https://ecologits.ai/latest/methodology/llm_inference/',
  year: 2025,
};

export const ECOLOGITS_METHODOLOGY_2024: Source = {
  title: 'EcoLogits methodology v1.0, "Environmental Impacts of LLM Inference": Boavizta estimates for an NVIDIA A100 80GB and an AWS p4de.24xlarge server without GPUs',
  url: 'https://github.com/genai-impact/ecologits/blob/main/docs/methodology/llm_inference.md',
  year: 2024,
};

export const ADEME_GPU_LCA: Source = {
  title: 'Lees-Perasso, Ekchajzer, Roussilhe, De Latour, "Analyses de cycle de vie de GPU pour l\'intelligence artificielle" (ADEME, 2026), NVIDIA H100 80GB, as used by EcoLogits',
  url: 'https://librairie.ademe.fr/economie-circulaire-et-dechets/9103-analyse-de-cycle-de-vie-de-gpu-cartes-graphiques-pour-l-intelligence-artificielle.html',
  year: 2026,
  note: 'GWP 273 kgCO2e, ADPe 0.00895 kgSbeq, PE 3,721 MJ per GPU (EcoLogits methodology table)',
};

export const HUBBLO_GPU_CALCULATOR: Source = {
  title: 'Hubblo / ADEME GPU embedded-impacts calculator (parametric model of Falk et al. 2025 and the ADEME 2026 GPU LCA)',
  url: 'https://data.hubblo.org/gpu',
  year: 2026,
};

// ---------------------------------------------------------------- electricity

/** Country carbon intensities (Ember yearly electricity data, published by Our World in Data), as packaged by EcoLogits. */
export const EMBER_2024: Source = {
  title: 'Ember yearly electricity data 2024, carbon intensity of electricity generation (via Our World in Data, as packaged in EcoLogits electricity_mixes.json)',
  url: 'https://ourworldindata.org/grapher/carbon-intensity-electricity',
  year: 2024,
};

/** ADEME Base Empreinte electricity-mix factors (ADPe, PE) as packaged by EcoLogits. */
export const ADEME_MIXES: Source = {
  title: 'ADEME Base Empreinte electricity-mix impact factors (ADPe, primary energy), as packaged in EcoLogits electricity_mixes.json',
  url: 'https://github.com/mlco2/ecologits/blob/main/ecologits/data/electricity_mixes.json',
  year: 2025,
};

/** Older ADEME Base Empreinte world mix, used by EcoLogits 2024 as its default. */
export const ADEME_MIXES_2024: Source = {
  title: 'ADEME Base Empreinte world electricity mix (ADPe, primary energy), EcoLogits 2024 default (ecologits/data/mixes.csv, WOR row)',
  url: 'https://github.com/genai-impact/ecologits/blob/main/ecologits/data/mixes.csv',
  year: 2024,
};

/** Off-site water consumption of electricity per country (WRI method), as packaged by EcoLogits. */
export const WRI_WATER: Source = {
  title: 'World Resources Institute, "Guidance for calculating water use embedded in purchased electricity" — country factors as packaged in EcoLogits electricity_mixes.json (wue, L/kWh)',
  url: 'https://www.wri.org/research/guidance-calculating-water-use-embedded-purchased-electricity',
  year: 2020,
};

export const LI_THIRSTY: Source = {
  title: 'Li, Yang, Islam, Ren, "Making AI Less \'Thirsty\': Uncovering and Addressing the Secret Water Footprint of AI Models" (arXiv:2304.03271; CACM 2025), electricity water intensity factors by US state',
  url: 'https://arxiv.org/abs/2304.03271',
  year: 2023,
};

export const EGRID_2023: Source = {
  title: 'US EPA eGRID2023 summary tables, subregion total output emission rates (lb CO2e/MWh)',
  url: 'https://www.epa.gov/egrid/summary-data',
  year: 2023,
};

export const EGRID_2022: Source = {
  title: 'US EPA eGRID2022 summary tables, total output emission rates (lb CO2e/MWh)',
  url: 'https://www.epa.gov/system/files/documents/2024-01/egrid2022_summary_tables.pdf',
  year: 2022,
};

/** Google's per-region grid carbon intensity for Google Cloud regions (data from Electricity Maps). */
export const GOOGLE_REGION_CARBON: Source = {
  title: 'Google Cloud, "Carbon free energy for Google Cloud regions" (GoogleCloudPlatform/region-carbon-info, grid carbon intensity gCO2eq/kWh)',
  url: 'https://github.com/GoogleCloudPlatform/region-carbon-info',
  year: 2025,
};

/** Cloud Carbon Footprint's per-region emission factors for AWS and Azure (EEA / carbonfootprint.com country factors). */
export const CCF_FACTORS: Source = {
  title: 'Cloud Carbon Footprint (Thoughtworks), AWS and Azure region emission factors (AwsFootprintEstimationConstants.ts, AzureFootprintEstimationConstants.ts)',
  url: 'https://github.com/cloud-carbon-footprint/cloud-carbon-footprint',
  year: 2021,
};

// ---------------------------------------------------------------- data centres

export const AWS_SUSTAINABILITY: Source = {
  title: 'AWS sustainability, data centers: global PUE and WUE',
  url: 'https://sustainability.aboutamazon.com/products-services/aws-cloud',
  year: 2024,
};

export const MICROSOFT_DATACENTERS: Source = {
  title: 'Microsoft datacenters: measuring energy and water use (PUE, WUE), fleet averages',
  url: 'https://datacenters.microsoft.com/sustainability/efficiency/',
  year: 2024,
};

export const GOOGLE_ENV_REPORT: Source = {
  title: 'Google Environmental Report 2025 (data centre fleet-wide trailing-twelve-month PUE)',
  url: 'https://www.google.com/about/datacenters/efficiency/',
  year: 2024,
};

export const UPTIME_SURVEY: Source = {
  title: 'Uptime Institute Global Data Center Survey (industry average annual PUE: 1.55 in 2022, 1.58 in 2023, 1.56 in 2024)',
  url: 'https://uptimeinstitute.com/resources/research-and-reports/uptime-institute-global-data-center-survey-results-2024',
  year: 2024,
};

export const LBNL_2016: Source = {
  title: 'Shehabi et al., "United States Data Center Energy Usage Report" (LBNL-1005775), average on-site water use ≈ 1.8 L/kWh',
  url: 'https://eta.lbl.gov/publications/united-states-data-center-energy',
  year: 2016,
};

export const DCD_PUE_2024: Source = {
  title: 'DatacenterDynamics, "AWS global data centers achieved PUE of 1.15 in 2023" (also: Microsoft fleet 1.18, newest 1.12; Oracle "as low as" 1.15)',
  url: 'https://www.datacenterdynamics.com/en/news/aws-global-data-centers-achieved-pue-of-115-in-2023/',
  year: 2024,
};

export const IDC_CLOUD_PUE: Source = {
  title: 'IDC, "2H Datacenter Trends: Sustainable Datacenter Builds and CO2 Emissions" (Doc US51911924): public-cloud industry average PUE 1.25, on-premises enterprise 1.63 — as cited by AWS',
  url: 'https://aws.amazon.com/sustainability/data-centers/',
  year: 2025,
};
