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

// ---------------------------------------------------------------- embodied (manufacturing) model

export const ACT_2022: Source = {
  title: 'Gupta et al., "ACT: Designing Sustainable Computer Systems with an Architectural Carbon Modeling Tool", ISCA 2022 (Table 1), as data in facebookresearch/ACT act/models/logic/{epa,gpa_95,gpa_99,materials}.yaml and carbon_intensity/location_2022.yaml',
  url: 'https://github.com/facebookresearch/ACT',
  year: 2022,
  note: 'carbon per cm² of wafer processed = fab energy per area (EPA) × Taiwan grid 583 g/kWh + fab gases at 97 % abatement (mean of GPA95 and GPA99) + raw materials (MPA 500 g/cm²); ACT\'s own fixed 0.875 yield is not applied here (the wafer model below replaces it); 150 g per IC package (act/core/common.py CARBON_PER_IC_PACKAGE)',
};

export const IMEC_NETZERO_CPA: Source = {
  title: 'imec.netzero carbon per cm² of wafer by logic node, as published with ACT (facebookresearch/ACT act/models/logic/imec-netzero-cpa.yaml)',
  url: 'https://github.com/facebookresearch/ACT/blob/main/act/models/logic/imec-netzero-cpa.yaml',
  year: 2024,
};

export const LLMCARBON_2024: Source = {
  title: 'Faiz et al., "LLMCarbon: Modeling the End-to-End Carbon Footprint of Large Language Models", ICLR 2024 (embodied table; SotaroKaneda/MLCarbon data/hardware.csv)',
  url: 'https://github.com/SotaroKaneda/MLCarbon/blob/main/data/hardware.csv',
  year: 2024,
  note: 'carbon per area (CPA): TSMC 16nm 1.0, 12nm 1.2, 7nm 1.6, 4nm 1.8 kgCO2e/cm²; DRAM (Micron 18nm) 0.4 kgCO2e/GB',
};

export const ADEME_GPU_MODEL: Source = {
  title: 'ADEME / Hubblo / Boavizta parametric GPU model (Falk et al. 2025; ADEME 2026 GPU LCA): average impact factors per component, as published in BoaviztAPI boaviztapi/data/factors.yml ("gpu" section) and the Hubblo calculator methodology (Table 2)',
  url: 'https://github.com/Boavizta/boaviztapi/blob/main/boaviztapi/data/factors.yml',
  year: 2026,
  note: 'GPU die per mm² of effective wafer area (losses included): 4.2592e-2 kgCO2e, 1.5550e-8 kgSbeq, 0.56728 MJ; board (PWB) per cm²: 3.2549e-2 kgCO2e, 1.2707e-5 kgSbeq, 0.82969 MJ; heatsink per kg: 5.7412, 1.8669e-3, 92.287; casing per kg: 8.2542, 4.0835e-4, 245.88; upstream transport per kg of card: 0.25955, 1.0196e-8, 3.619; end of life per kg: 1.5062, 3.714e-6, 22.348; VRAM per mm²: 0.18379 kgCO2e, 5.0731e-9 kgSbeq, 2.452 MJ, with 15.5 mm² of VRAM die per GB',
};

export const ADEME_GPU_TEARDOWNS: Source = {
  title: 'ADEME / Hubblo component results of the GPU cards dismantled for the ADEME 2026 GPU LCA (hubblo-org/gpu-calculator src/data/gpu/gpus_impact_factors.csv, VRAM rows)',
  url: 'https://github.com/hubblo-org/gpu-calculator/blob/main/src/data/gpu/gpus_impact_factors.csv',
  year: 2026,
  note: 'VRAM per GB: Tesla P100 16 GB HBM2 12.5 kgCO2e, 3.45e-7 kgSbeq, 163 MJ (ADPf); Titan RTX 24 GB GDDR6 35.9 kgCO2e, 1.59e-3 kgSbeq, 387 MJ; RTX A4500 20 GB GDDR6 29.9 kgCO2e, 1.33e-3 kgSbeq, 322 MJ. ADPf (fossil resource use) is taken as primary energy',
};

export const BOAVIZTA_GPU_SPECS: Source = {
  title: 'BoaviztAPI GPU characteristics (boaviztapi/data/crowdsourcing/gpu_specs.csv: PCB surface, heatsink, casing and card mass of the cards of the ADEME study) and default GPU archetype (H100 SXM 80GB)',
  url: 'https://github.com/Boavizta/boaviztapi/blob/main/boaviztapi/data/crowdsourcing/gpu_specs.csv',
  year: 2026,
};

export const BOAVIZTA_UBA_COMPONENTS: Source = {
  title: 'BoaviztAPI CPU and RAM manufacturing factors (boaviztapi/data/factors.yml, after Umweltbundesamt "Green Cloud Computing", 2021) and RAM densities (crowdsourcing/ram_manufacture.csv)',
  url: 'https://github.com/Boavizta/boaviztapi/blob/main/boaviztapi/data/factors.yml',
  year: 2021,
  note: 'CPU die per cm²: 1.97 kgCO2e, 5.87e-7 kgSbeq, 26.5 MJ; CPU package (base) 9.14 kgCO2e, 2.04e-2 kgSbeq, 156 MJ; RAM die per cm²: 2.20 kgCO2e, 6.30e-5 kgSbeq, 27.3 MJ, at the densest RAM of Boavizta\'s table, 2.375 GB/cm² (Samsung 18 nm)',
};

export const ACT_DRAM: Source = {
  title: 'ACT DRAM embodied carbon per GB, SK hynix DDR4 10nm-class (facebookresearch/ACT act/models/dram/dram_hynix.yaml)',
  url: 'https://github.com/facebookresearch/ACT/blob/main/act/models/dram/dram_hynix.yaml',
  year: 2022,
  note: '65 g CO2e per GB',
};

export const WAFER_YIELD_METHOD: Source = {
  title: 'Effective wafer area per good die: dies-per-wafer estimate on a 300 mm wafer with 0.2 mm kerf, and the Seeds yield model exp(−√(A·D0)) with D0 = 0.1 defects/cm² — the method of the ADEME / Boavizta GPU model',
  url: 'https://github.com/Boavizta/boaviztapi/blob/main/docs/docs/Explanations/components/gpu.md',
  year: 2026,
  note: 'low end: ACT\'s fixed 0.875 fab yield without edge loss (Gupta et al. 2022), since data-centre GPUs ship with units disabled to sell partly defective dies',
};

export const RETICLE_LIMIT: Source = {
  title: 'Lithography reticle limit: a 26 mm × 33 mm exposure field (858 mm²) bounds a single die (ASML scanner specifications)',
  url: 'https://www.asml.com/en/products/euv-lithography-systems',
  year: 2024,
};
/** The largest single die, mm² (RETICLE_LIMIT). */
export const RETICLE_AREA_MM2 = 26 * 33;

export const GDDR_DEVICE_DENSITY: Source = {
  title: 'GDDR6 / GDDR6X / GDDR7 device density 16 Gb (2 GB per package), Micron and Samsung GDDR product pages',
  url: 'https://www.micron.com/products/memory/graphics-memory',
  year: 2024,
  note: 'used to count memory packages of GDDR cards (capacity ÷ 2 GB); HBM stacks sit inside the GPU package',
};

// ---------------------------------------------------------------- architecture whitepapers (die area, node)

export const NVIDIA_VOLTA_WHITEPAPER: Source = {
  title: 'NVIDIA Tesla V100 GPU Architecture whitepaper (GV100: 815 mm², TSMC 12 nm FFN)',
  url: 'https://images.nvidia.com/content/volta-architecture/pdf/volta-architecture-whitepaper.pdf',
  year: 2017,
};
export const NVIDIA_TURING_WHITEPAPER: Source = {
  title: 'NVIDIA Turing GPU Architecture whitepaper (TU104: 545 mm², TSMC 12 nm FFN)',
  url: 'https://images.nvidia.com/aem-dam/en-zz/Solutions/design-visualization/technologies/turing-architecture/NVIDIA-Turing-Architecture-Whitepaper.pdf',
  year: 2018,
};
export const NVIDIA_A100_WHITEPAPER: Source = {
  title: 'NVIDIA A100 Tensor Core GPU Architecture whitepaper (GA100: 826 mm², TSMC 7 nm N7)',
  url: 'https://images.nvidia.com/aem-dam/en-zz/Solutions/data-center/nvidia-ampere-architecture-whitepaper.pdf',
  year: 2020,
};
export const NVIDIA_GA102_WHITEPAPER: Source = {
  title: 'NVIDIA Ampere GA102 GPU Architecture whitepaper (GA102: 628.4 mm², Samsung 8 nm 8N; RTX 3090 peaks)',
  url: 'https://www.nvidia.com/content/PDF/nvidia-ampere-ga-102-gpu-architecture-whitepaper-v2.pdf',
  year: 2020,
  note: 'GeForce Tensor peaks: FP16/BF16 with FP32 accumulate (what mixed-precision training uses) run at half the FP16-accumulate rate; dense = half the sparsity figures',
};
export const NVIDIA_ADA_WHITEPAPER: Source = {
  title: 'NVIDIA Ada GPU Architecture whitepaper (AD102: 608.5 mm², AD104: 294.5 mm², TSMC 4N; RTX 4090 peaks)',
  url: 'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf',
  year: 2022,
  note: 'GeForce Tensor peaks with FP32 accumulate (half the FP16-accumulate rate); dense = half the sparsity figures',
};
export const NVIDIA_H100_WHITEPAPER: Source = {
  title: 'NVIDIA H100 Tensor Core GPU Architecture whitepaper (GH100: 814 mm², TSMC 4N)',
  url: 'https://resources.nvidia.com/en-us-tensor-core/gtc22-whitepaper-hopper',
  year: 2022,
};
export const NVIDIA_BLACKWELL_BRIEF: Source = {
  title: 'NVIDIA Blackwell Architecture Technical Brief (208 billion transistors on two reticle-limited dies, TSMC 4NP)',
  url: 'https://resources.nvidia.com/en-us-blackwell-architecture',
  year: 2024,
  note: 'die area not published: each die assumed 750–858 mm² (central 800), bounded by the 858 mm² reticle limit',
};
export const NVIDIA_RTX_BLACKWELL_WHITEPAPER: Source = {
  title: 'NVIDIA RTX Blackwell GPU Architecture whitepaper (GB202: 750 mm², TSMC 4N; RTX 5090 peaks)',
  url: 'https://images.nvidia.com/aem-dam/Solutions/geforce/blackwell/nvidia-rtx-blackwell-gpu-architecture.pdf',
  year: 2025,
  note: 'GeForce Tensor peaks with FP32 accumulate (half the FP16-accumulate rate); dense = half the sparsity figures',
};
export const AMD_CDNA3_ISSCC: Source = {
  title: 'Smith et al., "AMD Instinct MI300 Series Modular Chiplet Package", ISSCC 2024 (8 XCDs of ≈115 mm² in TSMC N5, 4 IODs of ≈370 mm² in N6)',
  url: 'https://doi.org/10.1109/ISSCC49657.2024.10454441',
  year: 2024,
};
export const AMD_CDNA4_ISSCC: Source = {
  title: 'Tom\'s Hardware, "ISSCC 2026: AMD discloses how the Instinct MI355X doubled per-CU throughput despite lower compute unit count" (AMD\'s ISSCC 2026 paper: eight XCDs of 110 mm² in TSMC N3P, 32 CUs each; I/O dies reduced from four to two, in N6)',
  url: 'https://www.3dtested.com/tech-industry/semiconductors/inside-the-instinct-mi355x',
  year: 2026,
  note: 'read in a syndicated copy of the Tom\'s Hardware article; I/O die area not published: each of the two N6 I/O dies assumed 500–858 mm² (central 740: each replaces two MI300 I/O dies of 370 mm²)',
};
export const ALDEBARAN_DIE: Source = {
  title: 'Tom\'s Hardware, "AMD\'s Instinct MI250X pictured": two graphics compute dies (GCDs) of 29.1 billion transistors each (TSMC N6); "each of the two GPU dies measures ~790mm^2" (estimated from ServeTheHome\'s photographs; AMD publishes no die area)',
  url: 'https://www.tomshardware.com/news/amd-instinct-mi250x-pictured',
  year: 2021,
  note: 'central 790 mm² per GCD (the photo estimate); range 700–858 mm²: the estimate ± ~10 %, capped at the 858 mm² reticle limit',
};

// ---------------------------------------------------------------- more accelerators

export const NVIDIA_A10_A40_A30_DATASHEETS: Source = {
  title: 'NVIDIA A40 and A30 Tensor Core GPU datasheets',
  url: 'https://www.nvidia.com/en-us/data-center/a40/',
  year: 2021,
  note: 'dense figures = half the "with sparsity" figures',
};
export const NVIDIA_RTX_PRO_DATASHEETS: Source = {
  title: 'NVIDIA RTX A6000, RTX 6000 Ada Generation and RTX 5000 Ada Generation datasheets',
  url: 'https://www.nvidia.com/en-us/design-visualization/rtx-6000/',
  year: 2023,
  note: 'datasheets print FP32 and the sparse Tensor peak; dense BF16/FP16 = half of it (FP8 on Ada: the sparse FP8 figure halved), TF32 = half of dense FP16',
};
export const NVIDIA_H20_SPECS: Source = {
  title: 'Tom\'s Hardware, "New Nvidia AI GPUs designed to get around US export bans come to China" (Feb 2024): HGX H20 specifications as listed by the reseller Vipera — 96 GB HBM3, 4.0 TB/s, INT8 | FP8 Tensor 296 | 296, BF16 | FP16 Tensor 148 | 148, TF32 Tensor 74 TFLOP/s',
  url: 'https://www.tomshardware.com/pc-components/gpus/new-nvidia-ai-gpus-designed-to-get-around-us-export-bans-come-to-china-h20-l20-and-l2-to-fill-void-left-by-restricted-models',
  year: 2024,
  note: 'NVIDIA publishes no H20 datasheet. The figures are dense: the leaked spec sheet they come from (SemiAnalysis, Nov 2023) is compared with the H100 SXM\'s dense 989 TFLOP/s FP16 ("H100 SXM is expected to be 6.68 times faster than H20" = 989 / 148). FP32 44 TFLOP/s and the 400 W TDP come from the same spec sheet as reproduced by the trade press (smbom.com news, Jan 2024: "a 400W TDP"; Chinese press: "FP32 为 44 TFLOPS") and the Hugging Face hardware catalogue (H20: 96 GB, 148 TFLOPS, 400 W); they are not in the Tom\'s Hardware table',
};
export const NVIDIA_HGX_B300_SPECS: Source = {
  title: 'NVIDIA HGX B300 specifications as reproduced by FiberMall, "NVIDIA HGX B300 NVL16" (8 Blackwell Ultra GPU packages, 16 dies): FP8/FP6 Tensor 72 PFLOPS*, FP16/BF16 Tensor 36 PFLOPS*, TF32 Tensor 18 PFLOPS*, FP32 600 TFLOPS (* with sparsity)',
  url: 'https://fibermall.com/blog/?p=17161',
  year: 2025,
  note: 'per GPU = ÷ 8 and dense = half the sparse figure: FP8 4,500, FP16/BF16 2,250, TF32 1,125, FP32 75 TFLOP/s; the same per-GPU dense figures in glennklockwood.com/garden/processors/B300',
};
export const VERDA_GB300_SPECS: Source = {
  title: 'Verda (formerly DataCrunch), "NVIDIA GB300 NVL72: GPU Architecture & Performance", per-GPU specifications without sparsity: GB300 FP8 5 PFLOPS, FP16/BF16 2.5 PFLOPS, TF32 1.25 PFLOPS, FP32 0.080 PFLOPS, max TDP 1.4 kW',
  url: 'https://verda.com/blog/gb300-nvl72-architecture',
  year: 2025,
};
export const BLACKWELL_ULTRA_MEMORY: Source = {
  title: 'NVIDIA Technical Blog, "Inside NVIDIA Blackwell Ultra: The Chip Powering the AI Factory Era": 288 GB of HBM3e per GPU (8 stacks) on two reticle-sized dies, TSMC 4NP',
  url: 'https://developer.nvidia.com/blog/inside-nvidia-blackwell-ultra-the-chip-powering-the-ai-factory-era',
  year: 2025,
  note: 'the HGX B300 SKU shows about 270 GB usable ("B300-SXM-270GB", 275,040 MiB in MLPerf system descriptions); the 288 GB fitted are used',
};
export const AMD_MI325X_SPECS: Source = {
  title: 'AMD Instinct MI325X accelerator specifications (256 GB HBM3E, 1,000 W; compute as MI300X)',
  url: 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html',
  year: 2024,
};
export const AMD_MI355X_SPECS: Source = {
  title: 'AMD Instinct MI355X accelerator specifications: 288 GB HBM3E; dense FP16/BF16 matrix 2.5 PFLOPS, OCP-FP8 5.0 PFLOPS (the "with structured sparsity" figures are twice these), FP32 157.3 TFLOPS; no TF32 figure published',
  url: 'https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html',
  year: 2025,
  note: 'as tabulated from this page in Bekman, "Machine Learning Engineering" (compute/accelerator: MI355X FP32 157.3, BF16 2,500, FP8 5,000 dense). AMD rounds: 256 CUs (ROCm GPU specifications) × 2.4 GHz (AMD at Hot Chips 2025) × 4,096 FLOP per CU per clock (8,192 in FP8, AMD at ISSCC 2026) = 2,516.6 TFLOP/s FP16 and 5,033 FP8; the published 2,500 and 5,000 are used',
};
export const INTEL_GAUDI_WHITEPAPERS: Source = {
  title: 'Intel Gaudi 3 AI accelerator white paper and Intel Gaudi 2 AI accelerator white paper: Gaudi 2 600 W, 96 GB HBM2e, TSMC 7 nm, MME BF16 432 and FP8 865 TFLOP/s; Gaudi 3 900 W (air-cooled OAM), 128 GB HBM2e in 8 stacks, two TSMC 5 nm compute dies, MME BF16 and FP8 1,835 TFLOP/s',
  url: 'https://www.intel.com/content/www/us/en/content-details/817486/intel-gaudi-3-ai-accelerator-white-paper.html',
  year: 2024,
  note: 'read through Bekman, "Machine Learning Engineering" (compute/accelerator: Gaudi 2 BF16 432, FP8 865; Gaudi 3 1,835 per the white paper) and the launch press (Gaudi 2 600 W, 96 GB; Gaudi 3 900 W, 128 GB, 1,835 TFLOP/s FP8 and BF16). Bekman reports Gaudi 3 shipping at a 1.6 GHz MME clock (1,677 TFLOP/s); the vendor peak is kept, as for every accelerator. Die areas not published',
};
export const GOOGLE_TPU_V6E_DOCS: Source = {
  title: 'Google Cloud TPU v6e (Trillium) documentation: 918 TFLOP/s BF16 and 32 GB HBM per chip, 8 chips and 1,536 GiB of DRAM per host; Google Cloud blog (May 2024, "Introducing Trillium"): "over 67 % more energy-efficient than TPU v5e"',
  url: 'https://cloud.google.com/tpu/docs/v6e',
  year: 2024,
};
export const GOOGLE_TPU_V5E_DOCS: Source = {
  title: 'Google Cloud TPU v5e documentation, system architecture: 197 TFLOP/s BF16 and 16 GB HBM2 per chip; 8 chips and 512 GiB of DRAM per host; VMs of 1, 4 or 8 chips (ct5lp-hightpu-8t: 224 vCPUs, 384 GB)',
  url: 'https://cloud.google.com/tpu/docs/v5e',
  year: 2024,
};
export const AWS_TRAINIUM_DOCS: Source = {
  title: 'AWS Neuron documentation: Trainium (190 TFLOP/s FP16/BF16/cFP8/TF32, 47.5 FP32, 32 GiB) and Trainium2 (1,299 FP8, 667 BF16/FP16/TF32, 181 FP32 TFLOP/s dense, 96 GiB) architecture pages',
  url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium2.html',
  year: 2024,
};

export const ADEME_BASE_EMPREINTE_DEVICES: Source = {
  title: 'ADEME Base Empreinte device factors as published in BoaviztAPI (boaviztapi/data/factors.yml "DESKTOP" and "SERVER"; archetype user_terminal.csv for desktop power)',
  url: 'https://base-empreinte.ademe.fr/',
  year: 2024,
};

export const LBNL_2024: Source = {
  title: 'Shehabi et al., "2024 United States Data Center Energy Usage Report" (LBNL-2001637): average on-site WUE of US data centres 0.36 L/kWh (2014) rising to 0.45–0.48 L/kWh (2023)',
  url: 'https://eta-publications.lbl.gov/publications/2024-united-states-data-center-energy',
  year: 2024,
};

export const GREEN_GRID_WUE: Source = {
  title: 'The Green Grid, "Water Usage Effectiveness (WUE): a Green Grid Data Center Sustainability Metric", White Paper #35: site water per kWh of IT energy; heat rejection without evaporation (air-cooled chillers, dry coolers) consumes no water on site',
  url: 'https://www.thegreengrid.org/en/resources/library-and-tools/238-Water-Usage-Effectiveness-%28WUE%29%3A-A-Green-Grid-Data-Center-Sustainability-Metric-',
  year: 2011,
};

export const NVIDIA_HGX_H100_PCF: Source = {
  title: 'NVIDIA HGX H100 Product Carbon Footprint summary: 164 kgCO2e per H100 80GB GPU (as cited by the EcoLogits methodology)',
  url: 'https://images.nvidia.com/aem-dam/Solutions/documents/HGX-H100-PCF-Summary.pdf',
  year: 2025,
};
