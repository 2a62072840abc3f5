#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7318:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7257);
/** Entry point of the CLI (bundled to dist/cli.js). */

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7257:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: USAGE, runCli

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_namespaceObject);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/inputs/errors.ts
/**
 * Errors about a user's input: always name the file and, where known, the line, column and field, so
 * that the action can print them as annotations and the CLI as `file:line:col: message`.
 */
function formatProblem(p) {
    const where = [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(':');
    const field = p.field ? ` ${p.field}:` : '';
    const hint = p.hint ? ` (${p.hint})` : '';
    return `${where}:${field} ${p.message}${hint}`;
}
/** One or more problems found in the user's input; all of a file's problems are reported at once. */
class errors_InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.map(formatProblem).join('\n'));
        this.name = 'InputError';
        this.problems = problems;
    }
    static single(problem) {
        return new errors_InputError([problem]);
    }
}
/**
 * A file above a size cap. In bytes, with the cap also in MB: rounded to MB alone, a file just over
 * the cap would read "4.0 MB, above the 4.0 MB limit". `where` names the tree when it is not the workspace.
 */
function errors_tooLargeError(file, size, cap, where) {
    const bytes = (n) => n.toLocaleString('en-US');
    return errors_InputError.single({
        file,
        message: `is ${bytes(size)} bytes${where ? ` in the ${where}` : ''}, above the ${bytes(cap)}-byte (${(cap / 1048576).toFixed(1)} MB) limit for this kind of file`,
    });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/data/countries.ts
/**
 * ISO 3166-1 alpha-3 → alpha-2 for the countries that host most compute. CodeCarbon writes alpha-3
 * `country_iso_code`; the catalogue's country grids are keyed by alpha-2. One table for both: the
 * metrics readers map codes with it, and findGrid accepts "FRA" for grid "FR".
 */
const ALPHA3_TO_ALPHA2 = {
    // Americas
    USA: 'US', CAN: 'CA', MEX: 'MX', BRA: 'BR', ARG: 'AR', CHL: 'CL', COL: 'CO', PER: 'PE', URY: 'UY',
    CRI: 'CR', PAN: 'PA', ECU: 'EC', VEN: 'VE', PRY: 'PY', BOL: 'BO', GTM: 'GT', DOM: 'DO', PRI: 'PR',
    // Europe
    GBR: 'GB', IRL: 'IE', FRA: 'FR', DEU: 'DE', NLD: 'NL', BEL: 'BE', LUX: 'LU', CHE: 'CH', AUT: 'AT',
    ITA: 'IT', ESP: 'ES', PRT: 'PT', DNK: 'DK', NOR: 'NO', SWE: 'SE', FIN: 'FI', ISL: 'IS', POL: 'PL',
    CZE: 'CZ', SVK: 'SK', HUN: 'HU', ROU: 'RO', BGR: 'BG', GRC: 'GR', HRV: 'HR', SVN: 'SI', EST: 'EE',
    LVA: 'LV', LTU: 'LT', CYP: 'CY', MLT: 'MT', UKR: 'UA', RUS: 'RU', SRB: 'RS', BLR: 'BY', MDA: 'MD',
    BIH: 'BA', MKD: 'MK', ALB: 'AL', MNE: 'ME', LIE: 'LI', MCO: 'MC', AND: 'AD',
    // Middle East, Africa
    TUR: 'TR', ISR: 'IL', ARE: 'AE', SAU: 'SA', QAT: 'QA', BHR: 'BH', KWT: 'KW', OMN: 'OM', JOR: 'JO',
    IRN: 'IR', IRQ: 'IQ', LBN: 'LB', EGY: 'EG', ZAF: 'ZA', NGA: 'NG', KEN: 'KE', MAR: 'MA', TUN: 'TN',
    DZA: 'DZ', GHA: 'GH', ETH: 'ET', SEN: 'SN', RWA: 'RW', UGA: 'UG', TZA: 'TZ',
    // Asia, Oceania
    IND: 'IN', PAK: 'PK', BGD: 'BD', LKA: 'LK', NPL: 'NP', CHN: 'CN', HKG: 'HK', MAC: 'MO', TWN: 'TW',
    JPN: 'JP', KOR: 'KR', SGP: 'SG', MYS: 'MY', IDN: 'ID', THA: 'TH', VNM: 'VN', PHL: 'PH', KAZ: 'KZ',
    UZB: 'UZ', MNG: 'MN', AUS: 'AU', NZL: 'NZ',
};
/** The alpha-2 code of an ISO alpha-3 code (any case, surrounding whitespace ignored); null when not in the table. */
function alpha3ToAlpha2(code) {
    const upper = code.trim().toUpperCase();
    return Object.hasOwn(ALPHA3_TO_ALPHA2, upper) ? ALPHA3_TO_ALPHA2[upper] : null;
}

;// CONCATENATED MODULE: ./src/data/sources.ts
/** Returns the source with a note saying how a particular figure was derived from it. */
function withNote(source, note) {
    return { ...source, note: source.note ? `${source.note}; ${note}` : note };
}
const METHODOLOGY = {
    title: 'Footprint methodology (docs/METHODOLOGY.md), section 6: reference hardware DGX H100',
    url: 'docs/METHODOLOGY.md',
    year: 2025,
};
// ---------------------------------------------------------------- hardware datasheets and studies
const NVIDIA_V100_DATASHEET = {
    title: 'NVIDIA Tesla V100 GPU datasheet',
    url: 'https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf',
    year: 2020,
};
const NVIDIA_A100_DATASHEET = {
    title: 'NVIDIA A100 Tensor Core GPU datasheet',
    url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
    year: 2021,
    note: 'dense figures = half the "with sparsity" figures',
};
const NVIDIA_H100_DATASHEET = {
    title: 'NVIDIA H100 Tensor Core GPU datasheet',
    url: 'https://www.nvidia.com/en-us/data-center/h100/',
    year: 2023,
    note: 'dense figures (half the sparsity figures)',
};
const NVIDIA_H100_PCIE_BRIEF = {
    title: 'NVIDIA H100 PCIe GPU product brief (PB-11133-001) and H100 datasheet, H100 PCIe column',
    url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/gtcs22/data-center/h100/PB-11133-001_v01.pdf',
    year: 2022,
    note: 'max TDP 350 W; dense figures = half the "with sparsity" figures',
};
const NVIDIA_H200_DATASHEET = {
    title: 'NVIDIA H200 Tensor Core GPU datasheet (H200 SXM column)',
    url: 'https://www.nvidia.com/en-us/data-center/h200/',
    year: 2024,
    note: 'dense figures = half the "with sparsity" figures; Tensor Core peaks equal to H100 SXM',
};
const NVIDIA_H800_DATASHEET = {
    title: 'NVIDIA H800 SXM5 specifications (export variant of H100 SXM5: reduced FP64 and NVLink, same Tensor Core peaks)',
    url: 'https://www.nvidia.cn/data-center/h800/',
    year: 2023,
    note: 'dense figures = half the "with sparsity" figures',
};
const NVIDIA_BLACKWELL_SPECS = {
    title: 'NVIDIA GB200 NVL72 and HGX B200 technical specifications (individual Blackwell GPU specifications)',
    url: 'https://www.nvidia.com/en-us/data-center/gb200-nvl72/',
    year: 2025,
    note: 'NVIDIA lists Tensor Core peaks with sparsity; dense = half',
};
const NVIDIA_L4_DATASHEET = {
    title: 'NVIDIA L4 Tensor Core GPU datasheet',
    url: 'https://resources.nvidia.com/en-us-data-center-overview/l4-gpu-datasheet',
    year: 2023,
    note: 'Tensor Core figures are printed with sparsity; dense = half',
};
const NVIDIA_L40S_DATASHEET = {
    title: 'NVIDIA L40S GPU datasheet / product brief',
    url: 'https://www.nvidia.com/en-us/data-center/l40s/',
    year: 2023,
    note: 'dense figures are the datasheet figures without the "*" (sparsity) mark',
};
const NVIDIA_T4_DATASHEET = {
    title: 'NVIDIA T4 Tensor Core GPU datasheet',
    url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf',
    year: 2019,
};
const AMD_MI250X_SPECS = {
    title: 'AMD Instinct MI250X accelerator specifications',
    url: 'https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html',
    year: 2021,
};
const AMD_MI300X_SPECS = {
    title: 'AMD Instinct MI300X accelerator specifications / data sheet',
    url: 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html',
    year: 2023,
    note: 'AMD lists dense peaks and, separately, peaks with structured sparsity (twice as high); dense used',
};
const GOOGLE_TPU_DOCS = {
    title: 'Google Cloud TPU documentation: TPU v4, v5e and v5p system architecture (per-chip peak compute and HBM)',
    url: 'https://cloud.google.com/tpu/docs/system-architecture-tpu-vm',
    year: 2024,
};
const TPU_V4_PAPER = {
    title: 'Jouppi et al., "TPU v4: An Optically Reconfigurable Supercomputer for Machine Learning with Hardware Support for Embeddings", ISCA 2023',
    url: 'https://doi.org/10.1145/3579371.3589350',
    year: 2023,
    note: 'peak 275 TFLOP/s BF16, 32 GiB HBM2, 192 W maximum chip power (as also summarised at glennklockwood.com/garden/tpuv4)',
};
/** EcoLogits methodology (the GenAI Impact project), used for several published server and GPU figures. */
const ECOLOGITS_METHODOLOGY = {
    title: 'EcoLogits methodology, "Environmental Impacts of LLM Inference" (GenAI Impact)',
    url: 'https://ecologits.ai/latest/methodology/llm_inference/',
    year: 2025,
};
const ECOLOGITS_METHODOLOGY_2024 = {
    title: 'EcoLogits methodology v1.0, "Environmental Impacts of LLM Inference": Boavizta estimates for an NVIDIA A100 80GB and an AWS p4de.24xlarge server without GPUs',
    url: 'https://github.com/genai-impact/ecologits/blob/main/docs/methodology/llm_inference.md',
    year: 2024,
};
const ADEME_GPU_LCA = {
    title: 'Lees-Perasso, Ekchajzer, Roussilhe, De Latour, "Analyses de cycle de vie de GPU pour l\'intelligence artificielle" (ADEME, 2026), NVIDIA H100 80GB, as used by EcoLogits',
    url: 'https://librairie.ademe.fr/economie-circulaire-et-dechets/9103-analyse-de-cycle-de-vie-de-gpu-cartes-graphiques-pour-l-intelligence-artificielle.html',
    year: 2026,
    note: 'GWP 273 kgCO2e, ADPe 0.00895 kgSbeq, PE 3,721 MJ per GPU (EcoLogits methodology table)',
};
const HUBBLO_GPU_CALCULATOR = {
    title: 'Hubblo / ADEME GPU embedded-impacts calculator (parametric model of Falk et al. 2025 and the ADEME 2026 GPU LCA)',
    url: 'https://data.hubblo.org/gpu',
    year: 2026,
};
// ---------------------------------------------------------------- electricity
/** Country carbon intensities (Ember yearly electricity data, published by Our World in Data), as packaged by EcoLogits. */
const EMBER_2024 = {
    title: 'Ember yearly electricity data 2024, carbon intensity of electricity generation (via Our World in Data, as packaged in EcoLogits electricity_mixes.json)',
    url: 'https://ourworldindata.org/grapher/carbon-intensity-electricity',
    year: 2024,
};
/** ADEME Base Empreinte electricity-mix factors (ADPe, PE) as packaged by EcoLogits. */
const ADEME_MIXES = {
    title: 'ADEME Base Empreinte electricity-mix impact factors (ADPe, primary energy), as packaged in EcoLogits electricity_mixes.json',
    url: 'https://github.com/mlco2/ecologits/blob/main/ecologits/data/electricity_mixes.json',
    year: 2025,
};
/** Older ADEME Base Empreinte world mix, used by EcoLogits 2024 as its default. */
const ADEME_MIXES_2024 = {
    title: 'ADEME Base Empreinte world electricity mix (ADPe, primary energy), EcoLogits 2024 default (ecologits/data/mixes.csv, WOR row)',
    url: 'https://github.com/genai-impact/ecologits/blob/main/ecologits/data/mixes.csv',
    year: 2024,
};
/** Off-site water consumption of electricity per country (WRI method), as packaged by EcoLogits. */
const WRI_WATER = {
    title: 'World Resources Institute, "Guidance for calculating water use embedded in purchased electricity" — country factors as packaged in EcoLogits electricity_mixes.json (wue, L/kWh)',
    url: 'https://www.wri.org/research/guidance-calculating-water-use-embedded-purchased-electricity',
    year: 2020,
};
const LI_THIRSTY = {
    title: 'Li, Yang, Islam, Ren, "Making AI Less \'Thirsty\': Uncovering and Addressing the Secret Water Footprint of AI Models" (arXiv:2304.03271; CACM 2025), electricity water intensity factors by US state',
    url: 'https://arxiv.org/abs/2304.03271',
    year: 2023,
};
const EGRID_2023 = {
    title: 'US EPA eGRID2023 summary tables, subregion total output emission rates (lb CO2e/MWh)',
    url: 'https://www.epa.gov/egrid/summary-data',
    year: 2023,
};
const EGRID_2022 = {
    title: 'US EPA eGRID2022 summary tables, total output emission rates (lb CO2e/MWh)',
    url: 'https://www.epa.gov/system/files/documents/2024-01/egrid2022_summary_tables.pdf',
    year: 2022,
};
/** Google's per-region grid carbon intensity for Google Cloud regions (data from Electricity Maps). */
const GOOGLE_REGION_CARBON = {
    title: 'Google Cloud, "Carbon free energy for Google Cloud regions" (GoogleCloudPlatform/region-carbon-info, grid carbon intensity gCO2eq/kWh)',
    url: 'https://github.com/GoogleCloudPlatform/region-carbon-info',
    year: 2025,
};
/** Cloud Carbon Footprint's per-region emission factors for AWS and Azure (EEA / carbonfootprint.com country factors). */
const CCF_FACTORS = {
    title: 'Cloud Carbon Footprint (Thoughtworks), AWS and Azure region emission factors (AwsFootprintEstimationConstants.ts, AzureFootprintEstimationConstants.ts)',
    url: 'https://github.com/cloud-carbon-footprint/cloud-carbon-footprint',
    year: 2021,
};
// ---------------------------------------------------------------- data centres
const AWS_SUSTAINABILITY = {
    title: 'AWS sustainability, data centers: global PUE and WUE',
    url: 'https://sustainability.aboutamazon.com/products-services/aws-cloud',
    year: 2024,
};
const MICROSOFT_DATACENTERS = {
    title: 'Microsoft datacenters: measuring energy and water use (PUE, WUE), fleet averages',
    url: 'https://datacenters.microsoft.com/sustainability/efficiency/',
    year: 2024,
};
const GOOGLE_ENV_REPORT = {
    title: 'Google Environmental Report 2025 (data centre fleet-wide trailing-twelve-month PUE)',
    url: 'https://www.google.com/about/datacenters/efficiency/',
    year: 2024,
};
const UPTIME_SURVEY = {
    title: 'Uptime Institute Global Data Center Survey (industry average annual PUE: 1.55 in 2022, 1.58 in 2023, 1.56 in 2024)',
    url: 'https://uptimeinstitute.com/resources/research-and-reports/uptime-institute-global-data-center-survey-results-2024',
    year: 2024,
};
const LBNL_2016 = {
    title: 'Shehabi et al., "United States Data Center Energy Usage Report" (LBNL-1005775), average on-site water use ≈ 1.8 L/kWh',
    url: 'https://eta.lbl.gov/publications/united-states-data-center-energy',
    year: 2016,
};
const DCD_PUE_2024 = {
    title: 'DatacenterDynamics, "AWS global data centers achieved PUE of 1.15 in 2023" (also: Microsoft fleet 1.18, newest 1.12; Oracle "as low as" 1.15)',
    url: 'https://www.datacenterdynamics.com/en/news/aws-global-data-centers-achieved-pue-of-115-in-2023/',
    year: 2024,
};
const IDC_CLOUD_PUE = {
    title: 'IDC, "2H Datacenter Trends: Sustainable Datacenter Builds and CO2 Emissions" (Doc US51911924): public-cloud industry average PUE 1.25, on-premises enterprise 1.63 — as cited by AWS',
    url: 'https://aws.amazon.com/sustainability/data-centers/',
    year: 2025,
};

;// CONCATENATED MODULE: ./src/data/grids.ts
/**
 * Electricity: location-based per-kWh factors of national and sub-national grids, and the cloud
 * regions that draw from them.
 *
 * GWP (kgCO2e/kWh)
 * - Countries: central = Ember 2024 (lifecycle carbon intensity of generation, published by Our World
 *   in Data). low/high = the spread with other published figures for the same grid: Google's
 *   per-region grid intensity 2023–2025 (Electricity Maps data) where a Google Cloud region sits in a
 *   grid that is the whole country, and Cloud Carbon Footprint's country factors (EEA /
 *   carbonfootprint.com, ≈2021) where it has one.
 * - US areas: central = EPA eGRID2023 subregion total output rate; spread with eGRID2022 and Google's
 *   figures for the Google Cloud region in the same state. Iowa and Texas: Google's figures only.
 * - Regions: Google Cloud regions carry Google's own per-region figure (central = latest year, spread
 *   = 2023–2025). AWS, Azure and OCI publish none: their regions use the grid's.
 * Water (L/kWh consumed by generation): WRI method country factors (EcoLogits); US states: Li et al.
 * ADPe (kgSbeq/kWh) and PE (MJ/kWh): ADEME Base Empreinte mixes (EcoLogits). Missing = absent.
 */

// ------------------------------------------------------------------------------ helpers
const KG_PER_LB = 0.45359237;
/** lb/MWh → kg/kWh, rounded to 5 decimals. */
const lbPerMwh = (v) => round5((v * KG_PER_LB) / 1000);
function round5(v) {
    return Math.round(v * 1e5) / 1e5;
}
/** central = the best source's value; low/high = min/max over it and the other published values. */
function spread(source, central, others) {
    const values = [central[1], ...others.map((o) => o[1])];
    const note = [`central = ${central[0]} ${central[1]}`, ...(others.length ? [`spread: ${others.map(([l, v]) => `${l} ${v}`).join(', ')}`] : [])].join('; ');
    return { low: Math.min(...values), central: central[1], high: Math.max(...values), source: withNote(source, note) };
}
function exactly(value, source) {
    return { low: value, central: value, high: value, source };
}
// ------------------------------------------------------------------------------ Google regions
/**
 * Google Cloud region grid carbon intensity, gCO2eq/kWh, from GoogleCloudPlatform/region-carbon-info
 * data/yearly/{2023,2024,2025}.csv. `null` = the region is absent from that year's file.
 */
const GOOGLE_GRID_G_PER_KWH = {
    'africa-south1': [646, 656.85, 641.42],
    'asia-east1': [451, 439.29, 427.95],
    'asia-east2': [360, 505.02, 488.52],
    'asia-northeast1': [459, 452.85, 449.23],
    'asia-northeast2': [385, 296.19, 298.92],
    'asia-northeast3': [378, 356.57, 359.05],
    'asia-south1': [648, 678.76, 598.45],
    'asia-south2': [529, 531.83, 472.55],
    'asia-southeast1': [369, 366.85, 365.66],
    'asia-southeast2': [580, 560.55, 587.8],
    'asia-southeast3': [null, null, 364.68],
    'australia-southeast1': [501, 497.5, 468.34],
    'australia-southeast2': [456, 454.37, 415.89],
    'europe-central2': [723, 642.88, 498.57],
    'europe-north1': [46, 39.32, 29.84],
    'europe-north2': [null, 2.73, 19.39],
    'europe-southwest1': [131, 89.04, 95.75],
    'europe-west1': [122, 103.37, 126.43],
    'europe-west2': [136, 105.94, 109.39],
    'europe-west3': [345, 275.82, 275.81],
    'europe-west4': [236, 208.81, 194.35],
    'europe-west6': [59, 15.05, 21.2],
    'europe-west8': [249, 201.69, 202.03],
    'europe-west9': [34, 16.3, 15.83],
    'europe-west10': [345, 275.82, 275.81],
    'europe-west12': [249, 201.69, 202.03],
    'me-central1': [575, null, 370],
    'me-central2': [569, 382.23, 381.29],
    'me-west1': [463, 433.75, 380.95],
    'northamerica-northeast1': [2, 5.48, 11.36],
    'northamerica-northeast2': [47, 58.56, 74.2],
    'northamerica-south1': [null, 305, 293.25],
    'southamerica-east1': [56, 67.32, 73.25],
    'southamerica-west1': [138, 238, 209.94],
    'us-central1': [430, 412.72, 431.95],
    'us-east1': [560, 575.77, 579.44],
    'us-east4': [322, 323.05, 343.48],
    'us-east5': [322, null, 343.48],
    'us-south1': [321, 302.95, 299.13],
    'us-west1': [94, 79.23, 97.85],
    'us-west2': [198, 169.28, 149.91],
    'us-west3': [588, 555.17, 567.51],
    'us-west4': [373, 357.3, 360],
};
const GOOGLE_YEARS = [2023, 2024, 2025];
/** Google's figures for a region, in kg/kWh, labelled with the year. */
function googleValues(region) {
    const row = GOOGLE_GRID_G_PER_KWH[region];
    if (!row)
        throw new Error(`no Google grid figure for ${region}`);
    return row.flatMap((v, i) => (v === null ? [] : [[`Google ${region} ${GOOGLE_YEARS[i]}`, round5(v / 1000)]]));
}
/** A Google Cloud region's own figure: central = the latest year, spread = the other years. */
function googleRegionGwp(region) {
    const values = googleValues(region);
    const latest = values[values.length - 1];
    return spread(withNote(GOOGLE_REGION_CARBON, 'g/kWh ÷ 1000; Google: "average operational gross emissions per unit of energy from the grid"'), latest, values.slice(0, -1));
}
// ------------------------------------------------------------------------------ countries
/** Cloud Carbon Footprint country factors (t/kWh × 1000) for AWS / Azure regions in that country. */
const CCF_KG_PER_KWH = {
    ZA: 0.928, HK: 0.81, IN: 0.708, JP: 0.506, KR: 0.5, SG: 0.4085, AU: 0.79, CA: 0.13, CN: 0.555,
    DE: 0.338, IE: 0.316, GB: 0.228, IT: 0.233, FR: 0.052, SE: 0.008, BR: 0.074, NL: 0.39,
};
const COUNTRIES = [
    { id: 'US', name: 'United States', ember: 0.38355, adpe: 9.855e-8, pe: 9.6884, water: 3.1321 },
    { id: 'CA', name: 'Canada', ember: 0.17481, adpe: 9.932e-8, pe: 4.1955, water: 8.1662 },
    { id: 'MX', name: 'Mexico', ember: 0.48483, adpe: 5.784e-8, pe: 9.9732, water: 5.3047 },
    { id: 'BR', name: 'Brazil', ember: 0.10321, adpe: 1.0962e-7, pe: 1.7701, water: 18.6033 },
    { id: 'CL', name: 'Chile', ember: 0.26552, google: ['southamerica-west1'], adpe: 1.0585e-7, pe: 6.434, water: 10.5226 },
    { id: 'GB', name: 'United Kingdom', ember: 0.21089, google: ['europe-west2'], adpe: 3.71e-8, pe: 9.0976, water: 2.329 },
    { id: 'IE', name: 'Ireland', ember: 0.2797, adpe: 2.193e-8, pe: 8.0614, water: 1.4769 },
    { id: 'FR', name: 'France', ember: 0.04418, google: ['europe-west9'], adpe: 4.858e-8, pe: 9.3135, water: 3.6737 },
    { id: 'DE', name: 'Germany', ember: 0.34414, google: ['europe-west3'], adpe: 8.787e-8, pe: 8.7477, water: 1.947 },
    { id: 'NL', name: 'Netherlands', ember: 0.25331, google: ['europe-west4'], adpe: 3.293e-8, pe: 7.4815, water: 3.433 },
    { id: 'BE', name: 'Belgium', ember: 0.11758, google: ['europe-west1'], adpe: 3.372e-8, pe: 8.9876, water: 2.6198 },
    { id: 'ES', name: 'Spain', ember: 0.14615, google: ['europe-southwest1'], adpe: 5.183e-8, pe: 7.4839, water: 6.2088 },
    { id: 'IT', name: 'Italy', ember: 0.28753, adpe: 5.439e-8, pe: 7.9351, water: 4.8374 },
    { id: 'SE', name: 'Sweden', ember: 0.03582, google: ['europe-north2'], adpe: 7.771e-8, pe: 4.73, water: 6.0315 },
    { id: 'NO', name: 'Norway', ember: 0.03075, adpe: 1.2749e-7, pe: 0.1386, water: 6.6633 },
    { id: 'FI', name: 'Finland', ember: 0.07225, google: ['europe-north1'], adpe: 8.051e-8, pe: 6.2915, water: 4.5289 },
    { id: 'DK', name: 'Denmark', ember: 0.1433, adpe: 1.574e-8, pe: 6.6454, water: 3.1935 },
    { id: 'PL', name: 'Poland', ember: 0.61498, google: ['europe-central2'], adpe: 1.0195e-7, pe: 11.1352, water: 2.5135 },
    { id: 'CH', name: 'Switzerland', ember: 0.0366, google: ['europe-west6'], adpe: 1.0047e-7, pe: 4.7362, water: 5.6641 },
    { id: 'AT', name: 'Austria', ember: 0.10262, adpe: 1.4112e-7, pe: 2.8363, water: 5.7222 },
    { id: 'IN', name: 'India', ember: 0.70832, adpe: 1.001e-7, pe: 16.6775, water: 3.4368 },
    { id: 'CN', name: 'China', ember: 0.55955, adpe: 8.516e-8, pe: 10.6736, water: 6.0065 },
    { id: 'HK', name: 'Hong Kong', ember: 0.68199, google: ['asia-east2'], adpe: 8.162e-8, pe: 10.8916 },
    { id: 'JP', name: 'Japan', ember: 0.48232, adpe: 5.966e-8, pe: 9.1105, water: 2.3063 },
    { id: 'KR', name: 'South Korea', ember: 0.41427, google: ['asia-northeast3'], adpe: 5.18e-8, pe: 9.9136, water: 1.8877 },
    { id: 'TW', name: 'Taiwan', ember: 0.63565, google: ['asia-east1'], adpe: 5.781e-8, pe: 10.9587, water: 1.4886 },
    { id: 'SG', name: 'Singapore', ember: 0.49874, google: ['asia-southeast1'], adpe: 1.985e-8, pe: 10.3089 },
    { id: 'ID', name: 'Indonesia', ember: 0.68243, adpe: 6.105e-8, pe: 9.7582, water: 2.2554 },
    { id: 'TH', name: 'Thailand', ember: 0.5545, google: ['asia-southeast3'], adpe: 5.696e-8, pe: 9.0495, water: 2.8902 },
    { id: 'AU', name: 'Australia', ember: 0.55159, adpe: 7.908e-8, pe: 12.2247, water: 4.7293 },
    { id: 'ZA', name: 'South Africa', ember: 0.70888, google: ['africa-south1'], adpe: 8.624e-8, pe: 11.357 },
    { id: 'AE', name: 'United Arab Emirates', ember: 0.4927, adpe: 1.415e-8, pe: 18.9746 },
    { id: 'SA', name: 'Saudi Arabia', ember: 0.69631, google: ['me-central2'], adpe: 1.342e-8, pe: 14.0581 },
    { id: 'QA', name: 'Qatar', ember: 0.60283, google: ['me-central1'], adpe: 1.324e-8, pe: 11.8805 },
    { id: 'IL', name: 'Israel', ember: 0.56726, google: ['me-west1'], adpe: 6.102e-8, pe: 9.7726 },
];
function countryGrid(row) {
    const others = [
        ...(row.google ?? []).flatMap(googleValues),
        ...(CCF_KG_PER_KWH[row.id] !== undefined ? [['Cloud Carbon Footprint', CCF_KG_PER_KWH[row.id]]] : []),
    ];
    return {
        id: row.id,
        name: row.name,
        gwp: spread(EMBER_2024, ['Ember 2024', row.ember], others),
        ...(row.water !== undefined ? { water: exactly(row.water, WRI_WATER) } : {}),
        ...(row.adpe !== undefined ? { adpe: exactly(row.adpe, ADEME_MIXES) } : {}),
        ...(row.pe !== undefined ? { pe: exactly(row.pe, ADEME_MIXES) } : {}),
    };
}
const US = COUNTRIES.find((c) => c.id === 'US');
/** ADPe and PE of US areas: the national mix, as no sub-national figure is published. */
const usNational = () => ({
    adpe: exactly(US.adpe, withNote(ADEME_MIXES, 'national US mix used for a US area (no sub-national figure)')),
    pe: exactly(US.pe, withNote(ADEME_MIXES, 'national US mix used for a US area (no sub-national figure)')),
});
const usNationalWater = () => exactly(US.water, withNote(WRI_WATER, 'national US factor used for a US area (no state figure in the sources used)'));
const GRIDS = [
    {
        id: 'WOR',
        name: 'World average',
        gwp: exactly(0.47301, withNote(EMBER_2024, 'world average 473 gCO2e/kWh (Ember Global Electricity Review 2025, year 2024)')),
        water: exactly(3.908, withNote(WRI_WATER, 'EcoLogits world default (WOR_ELECTRICITY_WUE = 3.908 L/kWh)')),
        adpe: exactly(7.37708e-8, ADEME_MIXES_2024),
        pe: exactly(9.988, ADEME_MIXES_2024),
    },
    ...COUNTRIES.map(countryGrid).map((g) => g.id === 'US'
        ? {
            ...g,
            gwp: spread(EMBER_2024, ['Ember 2024', US.ember], [['eGRID2022 US total output rate 823.1 lb/MWh', lbPerMwh(823.1)]]),
            water: spread(WRI_WATER, ['WRI (EcoLogits)', US.water], [['Li et al. US average EWIF', 3.142]]),
        }
        : g),
    // ---------------------------------------------------------------- US areas hosting cloud regions
    {
        id: 'US-VA',
        name: 'United States, Virginia (eGRID SRVC, SERC Virginia/Carolina)',
        gwp: spread(EGRID_2023, ['eGRID2023 SRVC 596.3 lb/MWh →', lbPerMwh(596.3)], [
            ['eGRID2022 SRVC 625.9 lb/MWh →', lbPerMwh(625.9)],
            ...googleValues('us-east4'),
        ]),
        water: exactly(2.385, withNote(LI_THIRSTY, 'Virginia EWIF 2.385 L/kWh')),
        ...usNational(),
    },
    {
        id: 'US-OH',
        name: 'United States, Ohio (eGRID RFCW, RFC West)',
        gwp: spread(EGRID_2023, ['eGRID2023 RFCW 916.1 lb/MWh →', lbPerMwh(916.1)], [
            ['eGRID2022 RFCW 1005.9 lb/MWh →', lbPerMwh(1005.9)],
            ...googleValues('us-east5'),
        ]),
        water: usNationalWater(),
        ...usNational(),
    },
    {
        id: 'US-OR',
        name: 'United States, Oregon (eGRID NWPP, WECC Northwest)',
        gwp: spread(EGRID_2023, ['eGRID2023 NWPP 635.3 lb/MWh →', lbPerMwh(635.3)], [
            ['eGRID2022 NWPP 605.9 lb/MWh →', lbPerMwh(605.9)],
            ...googleValues('us-west1'),
        ]),
        water: usNationalWater(),
        ...usNational(),
    },
    {
        id: 'US-WA',
        name: 'United States, Washington (eGRID NWPP, WECC Northwest)',
        gwp: spread(EGRID_2023, ['eGRID2023 NWPP 635.3 lb/MWh →', lbPerMwh(635.3)], [['eGRID2022 NWPP 605.9 lb/MWh →', lbPerMwh(605.9)]]),
        water: exactly(9.501, withNote(LI_THIRSTY, 'Washington EWIF 9.501 L/kWh (hydro-dominated)')),
        ...usNational(),
    },
    {
        id: 'US-CA',
        name: 'United States, California (eGRID CAMX, WECC California)',
        gwp: spread(EGRID_2023, ['eGRID2023 CAMX 430.0 lb/MWh →', lbPerMwh(430.0)], [
            ['eGRID2022 CAMX 499.3 lb/MWh →', lbPerMwh(499.3)],
            ...googleValues('us-west2'),
        ]),
        water: usNationalWater(),
        ...usNational(),
    },
    {
        id: 'US-IA',
        name: 'United States, Iowa (MISO)',
        gwp: googleRegionGwp('us-central1'),
        water: exactly(3.104, withNote(LI_THIRSTY, 'Iowa EWIF 3.104 L/kWh')),
        ...usNational(),
    },
    {
        id: 'US-TX',
        name: 'United States, Texas (ERCOT)',
        gwp: googleRegionGwp('us-south1'),
        water: exactly(1.287, withNote(LI_THIRSTY, 'Texas EWIF 1.287 L/kWh')),
        ...usNational(),
    },
];
// ------------------------------------------------------------------------------ cloud regions
function region(provider, name, location, grid) {
    return { id: `${provider}:${name}`, provider, location, grid };
}
function gcp(name, location, grid) {
    return { ...region('gcp', name, location, grid), gwp: googleRegionGwp(name) };
}
const CLOUD_REGIONS = [
    // ---------------------------------------------------------------- AWS (no per-region figure published: grid's)
    region('aws', 'us-east-1', 'US East (N. Virginia)', 'US-VA'),
    region('aws', 'us-east-2', 'US East (Ohio)', 'US-OH'),
    region('aws', 'us-west-1', 'US West (N. California)', 'US-CA'),
    region('aws', 'us-west-2', 'US West (Oregon)', 'US-OR'),
    region('aws', 'ca-central-1', 'Canada (Central, Montréal)', 'CA'),
    region('aws', 'mx-central-1', 'Mexico (Central)', 'MX'),
    region('aws', 'sa-east-1', 'South America (São Paulo)', 'BR'),
    region('aws', 'eu-west-1', 'Europe (Ireland)', 'IE'),
    region('aws', 'eu-west-2', 'Europe (London)', 'GB'),
    region('aws', 'eu-west-3', 'Europe (Paris)', 'FR'),
    region('aws', 'eu-central-1', 'Europe (Frankfurt)', 'DE'),
    region('aws', 'eu-central-2', 'Europe (Zurich)', 'CH'),
    region('aws', 'eu-north-1', 'Europe (Stockholm)', 'SE'),
    region('aws', 'eu-south-1', 'Europe (Milan)', 'IT'),
    region('aws', 'eu-south-2', 'Europe (Spain)', 'ES'),
    region('aws', 'ap-northeast-1', 'Asia Pacific (Tokyo)', 'JP'),
    region('aws', 'ap-northeast-2', 'Asia Pacific (Seoul)', 'KR'),
    region('aws', 'ap-northeast-3', 'Asia Pacific (Osaka)', 'JP'),
    region('aws', 'ap-southeast-1', 'Asia Pacific (Singapore)', 'SG'),
    region('aws', 'ap-southeast-2', 'Asia Pacific (Sydney)', 'AU'),
    region('aws', 'ap-southeast-3', 'Asia Pacific (Jakarta)', 'ID'),
    region('aws', 'ap-south-1', 'Asia Pacific (Mumbai)', 'IN'),
    region('aws', 'ap-east-1', 'Asia Pacific (Hong Kong)', 'HK'),
    region('aws', 'me-central-1', 'Middle East (UAE)', 'AE'),
    region('aws', 'il-central-1', 'Israel (Tel Aviv)', 'IL'),
    region('aws', 'af-south-1', 'Africa (Cape Town)', 'ZA'),
    // ---------------------------------------------------------------- Google Cloud (Google's per-region figure)
    gcp('us-central1', 'Council Bluffs, Iowa', 'US-IA'),
    gcp('us-east1', 'Moncks Corner, South Carolina', 'US'),
    gcp('us-east4', 'Ashburn, Northern Virginia', 'US-VA'),
    gcp('us-east5', 'Columbus, Ohio', 'US-OH'),
    gcp('us-south1', 'Dallas, Texas', 'US-TX'),
    gcp('us-west1', 'The Dalles, Oregon', 'US-OR'),
    gcp('us-west2', 'Los Angeles, California', 'US-CA'),
    gcp('us-west3', 'Salt Lake City, Utah', 'US'),
    gcp('us-west4', 'Las Vegas, Nevada', 'US'),
    gcp('northamerica-northeast1', 'Montréal, Québec', 'CA'),
    gcp('northamerica-northeast2', 'Toronto, Ontario', 'CA'),
    gcp('northamerica-south1', 'Querétaro, Mexico', 'MX'),
    gcp('southamerica-east1', 'Osasco, São Paulo', 'BR'),
    gcp('southamerica-west1', 'Santiago, Chile', 'CL'),
    gcp('europe-west1', 'St. Ghislain, Belgium', 'BE'),
    gcp('europe-west2', 'London, England', 'GB'),
    gcp('europe-west3', 'Frankfurt, Germany', 'DE'),
    gcp('europe-west4', 'Eemshaven, Netherlands', 'NL'),
    gcp('europe-west6', 'Zürich, Switzerland', 'CH'),
    gcp('europe-west8', 'Milan, Italy', 'IT'),
    gcp('europe-west9', 'Paris, France', 'FR'),
    gcp('europe-west10', 'Berlin, Germany', 'DE'),
    gcp('europe-west12', 'Turin, Italy', 'IT'),
    gcp('europe-north1', 'Hamina, Finland', 'FI'),
    gcp('europe-north2', 'Stockholm, Sweden', 'SE'),
    gcp('europe-central2', 'Warsaw, Poland', 'PL'),
    gcp('europe-southwest1', 'Madrid, Spain', 'ES'),
    gcp('asia-east1', 'Changhua County, Taiwan', 'TW'),
    gcp('asia-east2', 'Hong Kong', 'HK'),
    gcp('asia-northeast1', 'Tokyo, Japan', 'JP'),
    gcp('asia-northeast2', 'Osaka, Japan', 'JP'),
    gcp('asia-northeast3', 'Seoul, South Korea', 'KR'),
    gcp('asia-south1', 'Mumbai, India', 'IN'),
    gcp('asia-south2', 'Delhi, India', 'IN'),
    gcp('asia-southeast1', 'Jurong West, Singapore', 'SG'),
    gcp('asia-southeast2', 'Jakarta, Indonesia', 'ID'),
    gcp('asia-southeast3', 'Bangkok, Thailand', 'TH'),
    gcp('australia-southeast1', 'Sydney, Australia', 'AU'),
    gcp('australia-southeast2', 'Melbourne, Australia', 'AU'),
    gcp('me-west1', 'Tel Aviv, Israel', 'IL'),
    gcp('me-central1', 'Doha, Qatar', 'QA'),
    gcp('me-central2', 'Dammam, Saudi Arabia', 'SA'),
    gcp('africa-south1', 'Johannesburg, South Africa', 'ZA'),
    // ---------------------------------------------------------------- Azure (no per-region figure published: grid's)
    region('azure', 'eastus', 'East US (Virginia)', 'US-VA'),
    region('azure', 'eastus2', 'East US 2 (Virginia)', 'US-VA'),
    region('azure', 'centralus', 'Central US (Iowa)', 'US-IA'),
    region('azure', 'northcentralus', 'North Central US (Illinois)', 'US'),
    region('azure', 'southcentralus', 'South Central US (Texas)', 'US-TX'),
    region('azure', 'westus', 'West US (California)', 'US-CA'),
    region('azure', 'westus2', 'West US 2 (Washington)', 'US-WA'),
    region('azure', 'westus3', 'West US 3 (Arizona)', 'US'),
    region('azure', 'canadacentral', 'Canada Central (Toronto)', 'CA'),
    region('azure', 'brazilsouth', 'Brazil South (São Paulo)', 'BR'),
    region('azure', 'northeurope', 'North Europe (Ireland)', 'IE'),
    region('azure', 'westeurope', 'West Europe (Netherlands)', 'NL'),
    region('azure', 'uksouth', 'UK South (London)', 'GB'),
    region('azure', 'francecentral', 'France Central (Paris)', 'FR'),
    region('azure', 'germanywestcentral', 'Germany West Central (Frankfurt)', 'DE'),
    region('azure', 'swedencentral', 'Sweden Central (Gävle)', 'SE'),
    region('azure', 'norwayeast', 'Norway East (Oslo)', 'NO'),
    region('azure', 'switzerlandnorth', 'Switzerland North (Zürich)', 'CH'),
    region('azure', 'italynorth', 'Italy North (Milan)', 'IT'),
    region('azure', 'polandcentral', 'Poland Central (Warsaw)', 'PL'),
    region('azure', 'spaincentral', 'Spain Central (Madrid)', 'ES'),
    region('azure', 'japaneast', 'Japan East (Tokyo)', 'JP'),
    region('azure', 'japanwest', 'Japan West (Osaka)', 'JP'),
    region('azure', 'koreacentral', 'Korea Central (Seoul)', 'KR'),
    region('azure', 'southeastasia', 'Southeast Asia (Singapore)', 'SG'),
    region('azure', 'eastasia', 'East Asia (Hong Kong)', 'HK'),
    region('azure', 'australiaeast', 'Australia East (New South Wales)', 'AU'),
    region('azure', 'centralindia', 'Central India (Pune)', 'IN'),
    region('azure', 'uaenorth', 'UAE North (Dubai)', 'AE'),
    region('azure', 'southafricanorth', 'South Africa North (Johannesburg)', 'ZA'),
    region('azure', 'israelcentral', 'Israel Central', 'IL'),
    // ---------------------------------------------------------------- Oracle Cloud (no per-region figure published)
    region('oci', 'us-ashburn-1', 'US East (Ashburn, Virginia)', 'US-VA'),
    region('oci', 'us-phoenix-1', 'US West (Phoenix, Arizona)', 'US'),
    region('oci', 'us-chicago-1', 'US Midwest (Chicago)', 'US'),
    region('oci', 'eu-frankfurt-1', 'Germany Central (Frankfurt)', 'DE'),
    region('oci', 'uk-london-1', 'UK South (London)', 'GB'),
    region('oci', 'ap-tokyo-1', 'Japan East (Tokyo)', 'JP'),
];

;// CONCATENATED MODULE: ./src/data/gpus.ts
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

// ------------------------------------------------------------------------- embodied building blocks
/**
 * H100 80GB: the methodology's 250 kgCO2e (central) and the ADEME 2026 GPU LCA's 273 kgCO2e (high,
 * as used by EcoLogits). ADPe and PE come from the ADEME study only.
 */
function h100Embodied(note) {
    const n = (s, base) => withNote(s, note ? `${base}; ${note}` : base);
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
function a100Embodied(central, note) {
    const boaviztaCentral = central === 'boavizta';
    const src = boaviztaCentral ? ECOLOGITS_METHODOLOGY_2024 : HUBBLO_GPU_CALCULATOR;
    const spread = 'low = Boavizta A100 80GB estimate (EcoLogits 2024): 143 kgCO2e, 5.09e-3 kgSbeq, 1,828 MJ; high = Hubblo/ADEME parametric model, A100 PCIe 40GB: 181 kgCO2e, 6.90e-3 kgSbeq, 2,445 MJ (ADPf, fossil resource use, taken as primary energy)';
    const range = (low, high) => ({
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
const GPUS = [
    // ---------------------------------------------------------------- NVIDIA Volta / Turing
    {
        id: 'v100-sxm2-32gb',
        name: 'NVIDIA Tesla V100 SXM2 32GB',
        aliases: ['tesla v100-sxm2-32gb', 'nvidia tesla v100-sxm2-32gb', 'v100', 'v100 sxm2', 'tesla v100', 'nvidia-tesla-v100', 'v100-32gb'],
        vendor: 'nvidia',
        generation: 'volta',
        releaseYear: 2018,
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
        generation: 'turing',
        releaseYear: 2018,
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
        generation: 'ampere',
        releaseYear: 2020,
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
        generation: 'ampere',
        releaseYear: 2020,
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
        generation: 'ampere',
        releaseYear: 2020,
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
        generation: 'ampere',
        releaseYear: 2020,
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
        generation: 'ampere',
        releaseYear: 2021,
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
        generation: 'ada',
        releaseYear: 2023,
        memoryGb: 24,
        powerW: 72,
        peakTflops: { fp8: 242.5, bf16: 121, fp16: 121, tf32: 60, fp32: 30.3 },
        source: NVIDIA_L4_DATASHEET,
        embodied: {
            gwp: {
                low: 57.7,
                central: 57.7,
                high: 57.7,
                source: withNote(HUBBLO_GPU_CALCULATOR, 'sum of the NVIDIA L4 component rows (casing 0, heatsink 0.59, board 3.65, GPU die 17.3, VRAM 35.9, upstream transport 0.04, end of life 0.26 kgCO2e) in hubblo-org/gpu-calculator src/data/gpu/gpus_impact_factors.csv; distribution to the customer excluded'),
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
        generation: 'ada',
        releaseYear: 2023,
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
        generation: 'hopper',
        releaseYear: 2022,
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
        generation: 'hopper',
        releaseYear: 2022,
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
        generation: 'hopper',
        releaseYear: 2023,
        memoryGb: 94,
        powerW: 400,
        peakTflops: { fp8: 1670.5, bf16: 835.5, fp16: 835.5, tf32: 417.5, fp32: 60 },
        source: withNote({ title: 'NVIDIA H100 Tensor Core GPU datasheet (H100 NVL column, per GPU)', url: 'https://www.nvidia.com/en-us/data-center/h100/', year: 2024 }, 'max TDP 350–400 W configurable (400 W used); FP8 3,341 / BF16 1,671 / TF32 835 TFLOP/s with sparsity, halved'),
        embodied: h100Embodied('H100 80GB figures applied (same GH100 die; 94 GB HBM, so likely an underestimate)'),
        serverProfile: 'generic-8gpu',
    },
    {
        id: 'h200-sxm',
        name: 'NVIDIA H200 SXM 141GB',
        aliases: ['nvidia h200', 'h200', 'h200 141gb', 'nvidia-h200-141gb'],
        vendor: 'nvidia',
        generation: 'hopper',
        releaseYear: 2024,
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
        generation: 'hopper',
        releaseYear: 2023,
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
        generation: 'blackwell',
        releaseYear: 2025,
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
        generation: 'blackwell',
        releaseYear: 2025,
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
        generation: 'cdna2',
        releaseYear: 2021,
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
        generation: 'cdna3',
        releaseYear: 2023,
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
        generation: 'tpu-v4',
        releaseYear: 2021,
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
        generation: 'tpu-v5',
        releaseYear: 2023,
        memoryGb: 16,
        powerW: 138,
        peakTflops: { bf16: 197 },
        source: withNote(GOOGLE_TPU_DOCS, 'peak 197 TFLOP/s BF16 and 16 GB HBM from Google; Google publishes no chip power. powerW is DERIVED: TPU v4\'s 192 W maximum (Jouppi et al. 2023) scaled by peak BF16 (197/275), i.e. assuming no gain in performance per watt since v4 — an upper-side estimate to override when a figure is published'),
        embodied: {},
        serverProfile: 'tpu-host',
    },
    {
        id: 'tpu-v5p',
        name: 'Google Cloud TPU v5p',
        aliases: ['tpu v5', 'tpuv5p', 'cloud tpu v5p', 'v5p'],
        vendor: 'google',
        generation: 'tpu-v5',
        releaseYear: 2023,
        memoryGb: 95,
        powerW: 320,
        peakTflops: { bf16: 459 },
        source: withNote(GOOGLE_TPU_DOCS, 'peak 459 TFLOP/s BF16 and 95 GB HBM from Google; Google publishes no chip power. powerW is DERIVED: TPU v4\'s 192 W maximum (Jouppi et al. 2023) scaled by peak BF16 (459/275 ≈ 320 W), i.e. assuming no gain in performance per watt since v4 — an upper-side estimate to override when a figure is published'),
        embodied: {},
        serverProfile: 'tpu-host',
    },
];

;// CONCATENATED MODULE: ./src/data/providers.ts
/**
 * Fleet-wide data-centre efficiency per provider: PUE (total facility energy / IT energy) and on-site
 * WUE (litres of water per kWh of IT energy). Where a provider publishes nothing the figures come from
 * industry surveys, and the note says so; WUE is absent where no figure exists.
 */

const PROVIDERS = [
    {
        id: 'aws',
        name: 'Amazon Web Services',
        pue: {
            low: 1.14,
            central: 1.15,
            high: 1.15,
            source: withNote(AWS_SUSTAINABILITY, 'central = 2024 global PUE 1.15 (also reported for 2023); low = 2025 global PUE 1.14'),
        },
        wue: {
            low: 0.15,
            central: 0.15,
            high: 0.18,
            source: withNote(AWS_SUSTAINABILITY, 'central = 2024 global WUE 0.15 L/kWh; high = 2023 figure 0.18 L/kWh'),
        },
    },
    {
        id: 'gcp',
        name: 'Google Cloud',
        pue: {
            low: 1.09,
            central: 1.09,
            high: 1.1,
            source: withNote(GOOGLE_ENV_REPORT, 'central = 2024 fleet-wide TTM PUE 1.09; high = 1.10, the fleet figure of the preceding years'),
        },
        wue: {
            low: 0.99,
            central: 0.99,
            high: 0.99,
            source: withNote(ECOLOGITS_METHODOLOGY, 'Google publishes water consumption, not WUE; 0.99 L/kWh is the figure EcoLogits derives for Google data centres (supplemental material, "providers" tab)'),
        },
    },
    {
        id: 'azure',
        name: 'Microsoft Azure',
        pue: {
            low: 1.12,
            central: 1.18,
            high: 1.2,
            source: withNote(DCD_PUE_2024, 'central = Microsoft fleet average 1.18; low = newest Microsoft designs 1.12; high = 1.20, the figure EcoLogits uses for Microsoft US regions'),
        },
        wue: {
            low: 0.3,
            central: 0.3,
            high: 0.49,
            source: withNote(MICROSOFT_DATACENTERS, 'central = FY2024 fleet WUE 0.30 L/kWh; high = 2021 figure 0.49 L/kWh (Microsoft reports a 39 % improvement since)'),
        },
    },
    {
        id: 'oci',
        name: 'Oracle Cloud Infrastructure',
        pue: {
            low: 1.15,
            central: 1.25,
            high: 1.56,
            source: withNote(IDC_CLOUD_PUE, 'Oracle publishes no fleet PUE: central = IDC public-cloud industry average 1.25; low = Oracle\'s "as low as 1.15" (DatacenterDynamics 2024); high = Uptime Institute 2024 industry average 1.56'),
        },
    },
    {
        id: 'coreweave',
        name: 'CoreWeave',
        pue: {
            low: 1.15,
            central: 1.25,
            high: 1.56,
            source: withNote(IDC_CLOUD_PUE, 'CoreWeave publishes no fleet PUE: central = IDC public-cloud industry average 1.25; low = best hyperscale fleets (AWS 2024, 1.15); high = Uptime Institute 2024 industry average 1.56'),
        },
    },
    {
        id: 'on-prem',
        name: 'On-premises / enterprise data centre',
        pue: {
            low: 1.55,
            central: 1.56,
            high: 1.63,
            source: withNote(UPTIME_SURVEY, 'central = Uptime 2024 average annual PUE 1.56; low = Uptime 2022 average 1.55; high = IDC estimate for on-premises enterprise data centres, 1.63 (cited by AWS 2025)'),
        },
        wue: {
            low: 1.8,
            central: 1.8,
            high: 1.8,
            source: withNote(LBNL_2016, 'industry-average on-site water use ≈ 1.8 L/kWh'),
        },
    },
];

;// CONCATENATED MODULE: ./src/data/servers.ts
/**
 * Server profiles: what a GPU's host adds (CPUs, RAM, storage, fans, switches...), shared among the
 * server's k GPUs (methodology sections 3 and 4). The DGX H100 profile is the methodology's own.
 */

/** BoaviztAPI estimate for an AWS p5.48xlarge (8 × H100) without its GPUs, published by EcoLogits. */
const BOAVIZTA_P5 = withNote(ECOLOGITS_METHODOLOGY, 'BoaviztAPI estimate of an AWS p5.48xlarge (8 × H100) without GPUs: 5,700 kgCO2e, 0.37 kgSbeq, 70,000 MJ');
const DGX_A100_SPECS = {
    title: 'NVIDIA DGX A100 datasheet / user guide (8 × A100 SXM4, system power 6.5 kW max)',
    url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/nvidia-dgx-a100-datasheet.pdf',
    year: 2020,
    note: 'non-GPU power = 6,500 W system maximum − 8 × 400 W GPU TDP = 3,300 W (includes NVSwitches, NICs, fans and PSU losses, so higher than a component sum like the methodology\'s DGX H100 figure)',
};
const SERVER_PROFILES = [
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
                source: withNote(METHODOLOGY, 'central/high = the methodology\'s DGX H100 non-GPU figure (10,058 kgCO2e), applied because the DGX A100 640GB has the same 2 TB RAM and 30 TB SSD that dominate it; low = BoaviztAPI estimate of an AWS p4de.24xlarge (8 × A100 80GB) without GPUs, 3,000 kgCO2e (EcoLogits 2024)'),
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
                source: withNote(METHODOLOGY, 'central/high = the methodology\'s DGX H100 non-GPU figure, used as the default for 8-GPU servers; low = BoaviztAPI p5.48xlarge without GPUs, 5,700 kgCO2e (EcoLogits 2025)'),
            },
            adpe: { low: 0.37, central: 0.37, high: 0.37, source: BOAVIZTA_P5 },
            pe: { low: 70000, central: 70000, high: 70000, source: BOAVIZTA_P5 },
        },
        source: withNote(METHODOLOGY, 'the DGX H100 non-GPU power (1,540 W) is used as the default for any 8-GPU server; EcoLogits uses 1.2 kW for the same role (BoaviztAPI average power of a p5.48xlarge)'),
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
                source: withNote(METHODOLOGY, 'DERIVED by scaling the methodology\'s DGX H100 component figures to the instance: CPU 50 kg × 4/224 threads + RAM 2,843 kg × 16/2,048 GB + SSD 4,915 kg × 0.25/30 TB + chassis 250 kg / 8 GPUs ≈ 0.9 + 22.2 + 41.0 + 31.3 = 95 kgCO2e'),
            },
        },
        source: withNote(METHODOLOGY, 'DERIVED by scaling the methodology\'s DGX H100 component powers to the instance: CPUs 700 W × 4/224 threads + RAM 803 W × 16/2,048 GB + SSD 37 W × 0.25/30 TB ≈ 12.5 + 6.3 + 0.3 = 19 W (Cloud Carbon Footprint coefficients give a similar ~20 W: 4 vCPU × 3.5 W max + 16 GB × 0.392 W)'),
    },
    {
        id: 'tpu-host',
        name: 'Google Cloud TPU host (4 TPU chips per VM host)',
        gpusPerServer: 4,
        nonGpuPowerW: 770,
        nonGpuEmbodied: {
            gwp: {
                low: 5029,
                central: 5029,
                high: 5029,
                source: withNote(METHODOLOGY, 'DERIVED: no published TPU host figure; the methodology\'s DGX H100 non-GPU embodied scaled per accelerator, 10,058 kg × 4/8'),
            },
        },
        source: withNote(METHODOLOGY, 'DERIVED: no published TPU host power; the methodology\'s DGX H100 non-GPU power scaled per accelerator, 1,540 W × 4/8 = 770 W'),
    },
];

;// CONCATENATED MODULE: ./src/data/catalogue.ts
/**
 * Lookups into the sourced catalogue, tolerant of the spellings users and tools write (nvidia-smi,
 * CodeCarbon, cloud consoles), with "did you mean" suggestions when nothing matches.
 */





// ------------------------------------------------------------------------------ normalisation
/** Lower-case, trimmed, with runs of `_`, spaces and `-` folded into a single `-`. */
function normalizeKey(s) {
    return s
        .trim()
        .toLowerCase()
        .replace(/[\s_-]+/g, '-')
        .replace(/^-|-$/g, '');
}
function indexBy(items, keys) {
    const map = new Map();
    for (const item of items) {
        for (const key of keys(item))
            map.set(normalizeKey(key), item);
    }
    return map;
}
const GPU_INDEX = indexBy(GPUS, (g) => [g.id, ...g.aliases]);
const SERVER_INDEX = indexBy(SERVER_PROFILES, (p) => [p.id]);
const PROVIDER_INDEX = indexBy(PROVIDERS, (p) => [p.id]);
const GRID_INDEX = indexBy(GRIDS, (g) => [g.id]);
const REGION_INDEX = new Map(CLOUD_REGIONS.map((r) => [r.id.toLowerCase(), r]));
// ------------------------------------------------------------------------------ lookups
/** A GPU by id or alias: case-insensitive, surrounding whitespace ignored, `_`, space and `-` alike. */
function findGpu(name) {
    return GPU_INDEX.get(normalizeKey(name));
}
/** A grid by id ("FR", "us-va", "WOR"), case-insensitive; also accepts ISO alpha-3 country codes ("FRA"). */
function findGrid(id) {
    const key = normalizeKey(id);
    const direct = GRID_INDEX.get(key);
    if (direct)
        return direct;
    const alpha2 = alpha3ToAlpha2(key);
    return alpha2 === null ? undefined : GRID_INDEX.get(normalizeKey(alpha2));
}
/**
 * A cloud region by "<provider>:<region>" ("aws:us-east-1"), case-insensitive. A bare region name
 * ("us-east-1") is accepted when exactly one provider has a region of that name.
 */
function findRegion(id) {
    const key = id.trim().toLowerCase();
    const exact = REGION_INDEX.get(key);
    if (exact || key.includes(':'))
        return exact;
    const matches = CLOUD_REGIONS.filter((r) => r.id.slice(r.id.indexOf(':') + 1).toLowerCase() === key);
    return matches.length === 1 ? matches[0] : undefined;
}
/** A provider by id ("aws", "gcp", "azure", "oci", "coreweave", "on-prem"), case-insensitive. */
function findProvider(id) {
    return PROVIDER_INDEX.get(normalizeKey(id));
}
/** A server profile by id ("dgx-h100"), case-insensitive, `_` and spaces read as `-`. */
function findServerProfile(id) {
    return SERVER_INDEX.get(normalizeKey(id));
}
// ------------------------------------------------------------------------------ suggestions
/**
 * Damerau–Levenshtein distance (optimal string alignment variant): insertions, deletions,
 * substitutions and transpositions of adjacent characters each cost 1.
 */
function editDistance(a, b) {
    const n = a.length;
    const m = b.length;
    if (n === 0)
        return m;
    if (m === 0)
        return n;
    // Rows i-2, i-1 and i of the DP table.
    let prev2 = new Array(m + 1).fill(0);
    let prev = Array.from({ length: m + 1 }, (_, j) => j);
    let cur = new Array(m + 1).fill(0);
    for (let i = 1; i <= n; i++) {
        cur[0] = i;
        for (let j = 1; j <= m; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, prev2[j - 2] + 1);
            cur[j] = d;
        }
        [prev2, prev, cur] = [prev, cur, prev2];
    }
    return prev[m];
}
/**
 * Candidates closest to `input`, for "did you mean" hints: those that contain the input or are
 * contained in it first, then by edit distance (ties: longer common prefix, then catalogue order).
 * Comparison ignores case and treats `_`, space and `-` alike. Candidates further than about 40 % of
 * the longer string's length are left out, so unrelated strings are never suggested.
 */
function closestMatches(input, candidates, max = 3) {
    const needle = normalizeKey(input);
    if (needle.length === 0 || max <= 0)
        return [];
    const scored = [];
    const seen = new Set();
    candidates.forEach((candidate, order) => {
        if (seen.has(candidate))
            return;
        seen.add(candidate);
        const key = normalizeKey(candidate);
        if (key.length === 0)
            return;
        const substring = needle.length >= 3 && key.length >= 3 && (key.includes(needle) || needle.includes(key));
        const distance = editDistance(needle, key);
        const limit = Math.max(2, Math.ceil(0.4 * Math.max(needle.length, key.length)));
        if (!substring && distance > limit)
            return;
        let prefix = 0;
        while (prefix < needle.length && prefix < key.length && needle[prefix] === key[prefix])
            prefix++;
        scored.push({ candidate, substring, distance, prefix, order });
    });
    scored.sort((x, y) => Number(y.substring) - Number(x.substring) || x.distance - y.distance || y.prefix - x.prefix || x.order - y.order);
    return scored.slice(0, max).map((s) => s.candidate);
}
const KIND_LABEL = {
    gpu: ['GPU', 'GPUs'],
    grid: ['grid', 'grids'],
    region: ['region', 'regions'],
    provider: ['provider', 'providers'],
    server: ['server profile', 'server profiles'],
};
/** An id the catalogue does not know, with the closest known ids. */
class UnknownEntryError extends Error {
    kind;
    input;
    suggestions;
    constructor(kind, input, suggestions, known) {
        const [singular, plural] = KIND_LABEL[kind];
        const didYouMean = suggestions.length ? ` Did you mean: ${suggestions.join(', ')}?` : '';
        super(`Unknown ${singular} "${input}".${didYouMean} Known ${plural}: ${known.join(', ')}`);
        this.name = 'UnknownEntryError';
        this.kind = kind;
        this.input = input;
        this.suggestions = [...suggestions];
    }
}
/**
 * Suggestions among entries that have several names (id and aliases): matches are made on every
 * name, reported by id, each id once.
 */
function suggestIds(input, items, id, names, max = 3) {
    const owner = new Map();
    const all = [];
    for (const item of items) {
        for (const name of names(item)) {
            if (!owner.has(name)) {
                owner.set(name, id(item));
                all.push(name);
            }
        }
    }
    const ids = [];
    for (const name of closestMatches(input, all, all.length)) {
        const found = owner.get(name);
        if (!ids.includes(found))
            ids.push(found);
        if (ids.length === max)
            break;
    }
    return ids;
}
function requireGpu(name) {
    const gpu = findGpu(name);
    if (gpu)
        return gpu;
    const ids = GPUS.map((g) => g.id);
    throw new UnknownEntryError('gpu', name, suggestIds(name, GPUS, (g) => g.id, (g) => [g.id, ...g.aliases]), ids);
}
function requireGrid(id) {
    const grid = findGrid(id);
    if (grid)
        return grid;
    const ids = GRIDS.map((g) => g.id);
    throw new UnknownEntryError('grid', id, closestMatches(id, ids), ids);
}
function requireRegion(id) {
    const region = findRegion(id);
    if (region)
        return region;
    const ids = CLOUD_REGIONS.map((r) => r.id);
    // A bare name is compared with the region part as well as with the full id.
    const suggestions = suggestIds(id, CLOUD_REGIONS, (r) => r.id, (r) => [r.id, r.id.slice(r.id.indexOf(':') + 1)]);
    throw new UnknownEntryError('region', id, suggestions, ids);
}
function requireProvider(id) {
    const provider = findProvider(id);
    if (provider)
        return provider;
    const ids = PROVIDERS.map((p) => p.id);
    throw new UnknownEntryError('provider', id, closestMatches(id, ids), ids);
}
function requireServerProfile(id) {
    const profile = findServerProfile(id);
    if (profile)
        return profile;
    const ids = SERVER_PROFILES.map((p) => p.id);
    throw new UnknownEntryError('server', id, closestMatches(id, ids), ids);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function util_assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            util_assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        util_assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    util_assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...util.prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && regexes.number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...util.prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
})));
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                util_assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            util_assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                util_assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        util_assignProp(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            util_assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...util.normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...util.normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodDiscriminatedUnion.init(inst, def);
})));
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
})));
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...util.normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}

;// CONCATENATED MODULE: ./src/inputs/manifest/quantity.ts
/**
 * Human-friendly numbers in manifests: 405e9, "405B", "1.5T", "7b", "30.84M", "3e21", "1,024".
 * Suffixes are SI-like powers of 1000 as ML papers use them (B = billion, not bytes).
 */
const SUFFIX = {
    k: 1e3,
    K: 1e3,
    m: 1e6,
    M: 1e6,
    b: 1e9,
    B: 1e9,
    g: 1e9,
    G: 1e9,
    t: 1e12,
    T: 1e12,
    p: 1e15,
    P: 1e15,
};
// Digits may be grouped by thousands ("1,024", "2_000"), never otherwise: "1,5B" is not 15 billion.
const QUANTITY = /^([+-]?(?:\d{1,3}(?:[,_]\d{3})+|\d+)(?:\.\d*)?(?:[eE][+-]?\d+)?|[+-]?\.\d+(?:[eE][+-]?\d+)?)\s*([kKmMbBgGtTpP])?$/;
/** Parses a quantity; returns null when the text is not one. */
function parseQuantity(text) {
    const m = QUANTITY.exec(text.trim());
    if (!m?.[1])
        return null;
    const value = Number(m[1].replace(/[_,]/g, ''));
    if (!Number.isFinite(value))
        return null;
    const result = value * (m[2] ? (SUFFIX[m[2]] ?? 1) : 1);
    return Number.isFinite(result) ? result : null;
}

;// CONCATENATED MODULE: ./src/inputs/manifest/schema.ts
/**
 * The training manifest, validated with zod. `version: 1` is a public contract: other tools read it.
 * Every catalogue default can be overridden per run (or for all runs under `defaults`).
 */



// A run parses each manifest once: zod's compiled (eval-based) fast path costs more to build than it saves.
config({ jitless: true });
/**
 * A catalogue id, checked in the schema so that an unknown one is reported together with the file's
 * other problems, with the closest known ids as a hint.
 */
function catalogueId(label, exists, suggest) {
    return schemas_string()
        .min(1)
        .superRefine((v, ctx) => {
        if (exists(v))
            return;
        const close = suggest(v);
        ctx.addIssue({
            code: 'custom',
            message: `Unknown ${label} "${v}"`,
            params: { hint: close.length ? `did you mean ${close.join(', ')}?` : undefined },
        });
    });
}
/** Suggestions from the error a catalogue lookup throws. */
function suggestionsOf(lookup) {
    return (id) => {
        try {
            lookup(id);
            return [];
        }
        catch (e) {
            return e instanceof UnknownEntryError ? e.suggestions : [];
        }
    };
}
const gpuId = catalogueId('GPU', (v) => findGpu(v) !== undefined, suggestionsOf(requireGpu));
const serverId = catalogueId('server profile', (v) => findServerProfile(v) !== undefined, suggestionsOf(requireServerProfile));
const providerId = catalogueId('provider', (v) => findProvider(v) !== undefined, suggestionsOf(requireProvider));
const regionId = catalogueId('region', (v) => findRegion(v) !== undefined || findGrid(v) !== undefined, (v) => [...new Set([...suggestionsOf(requireRegion)(v), ...suggestionsOf(requireGrid)(v)])].slice(0, 3));
/** A non-negative number, written plainly (405e9) or as a human quantity ("405B", "15T"). */
const quantity = union([schemas_number(), schemas_string()])
    .transform((v, ctx) => {
    const n = typeof v === 'number' ? v : parseQuantity(v);
    if (n === null || !Number.isFinite(n)) {
        ctx.addIssue({
            code: 'custom',
            message: `expected a number such as 405e9, "405B" or "1.5T", got ${JSON.stringify(v)}`,
        });
        return NEVER;
    }
    return n;
})
    .pipe(schemas_number().nonnegative({ error: 'must not be negative' }))
    // `.meta()` and `.describe()` calls below only annotate the editor JSON Schema
    // (scripts/gen-schema.mjs, docs/*.schema.json); they do not change what is accepted.
    .meta({ minimum: 0 });
const positiveQuantity = quantity.pipe(schemas_number().positive({ error: 'must be greater than 0' })).meta({ exclusiveMinimum: 0 });
const fraction = schemas_number().min(0).max(1);
/** A figure with an optional spread: 0.4, or { low: 0.25, central: 0.4, high: 0.5 }. */
function rangeOf(value) {
    return union([
        value,
        strictObject({ low: value, central: value.optional(), high: value })
            .refine((r) => r.low <= r.high && (r.central === undefined || (r.low <= r.central && r.central <= r.high)), {
            error: 'expected low <= central <= high',
        }),
    ]);
}
const RUN_KINDS = [
    'training',
    'fine-tuning',
    'inference',
    'image-generation',
    'video-generation',
    'audio-generation',
];
const PHASES = ['pretraining', 'fine-tuning', 'post-training', 'evaluation', 'inference', 'experiment'];
const STATUSES = ['final', 'failed', 'ablation', 'debugging', 'exploration'];
const PRECISION_NAMES = ['fp8', 'bf16', 'fp16', 'tf32', 'fp32'];
const ARCHITECTURES = ['unet', 'dit', 'hybrid', 'codec'];
const ENERGY_SCOPES = ['gpu', 'server', 'facility'];
const model = strictObject({
    parameters: positiveQuantity.optional().describe('N, total parameters.'),
    activeParameters: positiveQuantity.optional().describe('N_a, active parameters per token (MoE); defaults to N.'),
    trainableParameters: quantity.optional().describe('N_t, trainable parameters (fine-tuning, e.g. LoRA); defaults to N.'),
    layers: positiveQuantity.optional().describe('DiT depth (n_layers).'),
    hiddenSize: positiveQuantity.optional().describe('DiT width (d_model).'),
    architecture: schemas_enum(ARCHITECTURES)
        .optional()
        .describe('Generation architecture: unet, dit, hybrid (video DiT + 3D VAE) or codec (audio).'),
});
const hardware = strictObject({
    gpu: gpuId.optional().describe('GPU id from the catalogue, e.g. "h100-sxm".'),
    count: positiveQuantity
        .pipe(schemas_number().int({ error: 'must be a whole number of GPUs' }))
        .optional()
        .describe('Number of GPUs.'),
    precision: schemas_enum(PRECISION_NAMES).optional().describe('Training precision (default bf16): selects the peak throughput.'),
    // Overrides of the GPU catalogue entry.
    powerW: rangeOf(positiveQuantity).optional().describe("GPU board power, W: overrides the catalogue's."),
    peakTflops: positiveQuantity.optional().describe("Peak dense TFLOPS at the run's precision: overrides the catalogue's."),
    embodiedKgCo2e: rangeOf(quantity).optional().describe("Embodied emissions of one GPU, kgCO2e: overrides the catalogue's."),
    // Server profile id, or overrides of its non-GPU share.
    server: serverId.optional().describe('Server profile id from the catalogue.'),
    serverPowerW: rangeOf(quantity).optional().describe('Non-GPU power of the server, W.'),
    serverEmbodiedKgCo2e: rangeOf(quantity).optional().describe('Non-GPU embodied emissions of the server, kgCO2e.'),
    gpusPerServer: positiveQuantity.pipe(schemas_number().int()).optional().describe('GPUs per server, to share its non-GPU part.'),
    lifetimeYears: rangeOf(positiveQuantity).optional().describe('Hardware amortisation lifetime, years (default 5).'),
    idlePowerFraction: fraction
        .optional()
        .describe('Share of board power an idle but reserved GPU draws (default from the catalogue note).'),
});
const cache = strictObject({
    reuseRate: rangeOf(fraction).describe('r: share of prompt tokens served from the prefix cache; a { low, central, high } range explores it (section 5).'),
    residual: fraction.default(0).describe('α: residual impact of a cached token (0 = free, 1 = as costly as uncached).'),
});
const generation = strictObject({
    latentWidth: positiveQuantity.optional().describe('Latent width (U-Net image and video generation).'),
    latentHeight: positiveQuantity.optional().describe('Latent height (U-Net image and video generation).'),
    latentTokens: positiveQuantity.optional().describe('Patchified latent tokens per item (DiT image and audio generation).'),
    steps: positiveQuantity.optional().describe('Denoising steps (diffusion).'),
    frames: positiveQuantity.optional().describe('Video frames.'),
    temporalCompression: positiveQuantity.optional().describe('Frames per latent frame (DiT video, default 1).'),
    tokensPerFrame: positiveQuantity.optional().describe('Latent tokens per latent frame (DiT video).'),
    codebooks: positiveQuantity.optional().describe('Codebooks per output token (codec audio generation).'),
    outputTokens: positiveQuantity.optional().describe('Output tokens per item (codec audio generation).'),
    items: positiveQuantity.optional().describe('Images, clips or samples generated (default: requests, else 1).'),
});
const amortisation = strictObject({
    expectedRequests: positiveQuantity.describe('Requests the trained model is expected to serve over its life.'),
    inferenceRun: schemas_string()
        .optional()
        .describe('Id of an inference run in the same manifest whose per-request cost is compared.'),
});
/** Fields of a run; every one of them can also be set under `defaults`. */
const runFields = {
    name: schemas_string().optional().describe('Display name.'),
    kind: schemas_enum(RUN_KINDS).optional().describe('What the run does (default training).'),
    phase: schemas_enum(PHASES).optional().describe('Lifecycle phase (default from kind).'),
    status: schemas_enum(STATUSES).optional().describe('Outcome of the run (default final).'),
    component: schemas_string().optional().describe('Groups runs in the lifecycle split.'),
    tags: array(schemas_string()).optional().describe('Free labels, matched by budget filters.'),
    previousId: schemas_string().optional().describe('The id this run had on the base branch, so a rename is shown as one.'),
    model: model.optional().describe('Model size and shape.'),
    tokens: quantity.optional().describe('D, tokens processed (training, fine-tuning).'),
    hardware: hardware.optional().describe('GPUs, server and their catalogue overrides.'),
    hours: quantity.optional().describe('Wall-clock hours; measured GPUh = count × hours.'),
    gpuHours: quantity.optional().describe('Measured GPU-hours, given directly.'),
    idleGpuHours: quantity
        .optional()
        .describe('Reserved but idle GPU-hours (queueing, failures, holds), added to the footprint.'),
    energyKwh: quantity.optional().describe('Measured energy, kWh (what it covers: energyScope).'),
    energyScope: schemas_enum(ENERGY_SCOPES).optional().describe('What energyKwh covers: gpu, server or facility.'),
    mfu: rangeOf(positiveQuantity.pipe(schemas_number().max(1, { error: 'MFU is a fraction of peak: at most 1' })).meta({ maximum: 1 }))
        .optional()
        .describe('Model FLOPs utilisation, a fraction of peak (default 0.25–0.50, central 0.40).'),
    pue: rangeOf(quantity.pipe(schemas_number().min(1, { error: 'PUE is at least 1' })).meta({ minimum: 1 }))
        .optional()
        .describe("Power usage effectiveness (at least 1): overrides the region's or provider's."),
    gridIntensity: rangeOf(quantity).optional().describe("Grid emission factor, kgCO2e/kWh: overrides the region's."),
    region: regionId
        .optional()
        .describe('Country code ("FR"), grid area or cloud region ("aws:us-east-1", "gcp:europe-west4").'),
    provider: providerId.optional().describe('Cloud or data-centre provider from the catalogue.'),
    wue: rangeOf(quantity).optional().describe('On-site water use effectiveness, L/kWh of IT energy.'),
    electricityWater: rangeOf(quantity)
        .optional()
        .describe("Water consumed per kWh of electricity, L/kWh: overrides the grid's."),
    metrics: union([schemas_string(), array(schemas_string())])
        .optional()
        .describe('Job-metrics files for this run (CodeCarbon CSV, nvidia-smi log, metrics JSON), relative to the manifest.'),
    // Inference
    requests: positiveQuantity.optional().describe('Inference requests served.'),
    promptTokens: quantity.optional().describe('Prompt tokens per request (inference).'),
    outputTokens: quantity.optional().describe('Output tokens per request (inference).'),
    cache: cache.optional().describe('Prefix cache (inference).'),
    // Multimodal generation
    generation: generation.optional().describe('Multimodal generation workload.'),
    amortisation: amortisation.optional().describe("Training's share per 1,000 requests, next to an inference run's cost."),
};
const runSchema = strictObject({
    id: schemas_string({ error: 'every run needs an id (a unique string)' })
        .min(1)
        .max(200)
        .regex(/^[^\s]/, { error: 'must not start with white space' })
        .describe('Unique run id.'),
    ...runFields,
})
    .describe('A training, fine-tuning, inference or generation run.');
const defaultsSchema = strictObject(runFields)
    .describe('Fields applied to every run (objects such as hardware merge one level deep).');
const BUDGET_METRICS = ['emissions', 'energy', 'gpu-hours', 'water'];
const BUDGET_UNITS = {
    emissions: 'kgCO2e',
    energy: 'kWh',
    'gpu-hours': 'GPUh',
    water: 'L',
};
/** A carbon budget (see src/model/budget.ts for how it is evaluated). */
const budgetSchema = strictObject({
    name: schemas_string().min(1).max(100).optional().describe('Shown in the comment and in failure messages.'),
    metric: schemas_enum(BUDGET_METRICS).describe('What is limited; limits are in kgCO2e, kWh, GPUh or L.'),
    scope: schemas_enum(['total', 'per-run']).default('total').describe('The sum over matching runs, or each matching run on its own.'),
    limit: schemas_enum(['absolute', 'increase', 'increase-percent'])
        .default('absolute')
        .describe('The figure itself, its increase against the base branch, or that increase in percent.'),
    figure: schemas_enum(['central', 'high']).default('central').describe('Central estimate, or the high end of the uncertainty range.'),
    part: schemas_enum(['total', 'operational', 'embodied'])
        .default('total')
        .describe('Operational, embodied or both (emissions and water).'),
    warn: quantity.optional().describe('Warn when the figure is strictly above this.'),
    fail: quantity.optional().describe('Fail when the figure is strictly above this.'),
    phase: schemas_enum(PHASES).optional().describe('Only runs of this phase.'),
    status: schemas_enum(STATUSES).optional().describe('Only runs of this status.'),
    component: schemas_string().optional().describe('Only runs of this component.'),
    tag: schemas_string().optional().describe('Only runs with this tag.'),
    approvers: array(schemas_string())
        .optional()
        .describe('Who may approve an override (shown in the comment), e.g. "@org/ml-platform".'),
})
    .refine((b) => b.warn !== undefined || b.fail !== undefined, { error: 'a budget needs a warn or a fail limit (or both)' })
    .refine((b) => b.warn === undefined || b.fail === undefined || b.warn <= b.fail, {
    error: 'the warn limit must not be above the fail limit',
})
    .describe('A budget: a warn and/or fail level on emissions, energy, GPU-hours or water.');
const budgetsSchema = array(budgetSchema);
const manifestSchema = strictObject({
    version: literal(1, { error: 'version must be 1' }).describe('Manifest format version: 1.'),
    defaults: defaultsSchema.optional(),
    runs: array(runSchema).min(1, { error: 'a manifest needs at least one run' }).describe('The runs (at least one).'),
    budgets: budgetsSchema.optional().describe('Budgets checked against these runs.'),
    advice: schemas_boolean()
        .optional()
        .describe('What-if advice (a low-carbon region, the newest GPU, less failed time) in the comment and report; false turns it off. Default true.'),
});
/** A separate budget file (`budget-file` input): `version: 1` and a list of budgets. */
const budgetFileSchema = strictObject({
    version: literal(1, { error: 'version must be 1' }).describe('Budget file format version: 1.'),
    budgets: budgetsSchema.describe('The budgets.'),
});

;// CONCATENATED MODULE: ./src/inputs/manifest/parse.ts
/**
 * Reads a manifest (YAML or JSON: JSON is parsed as YAML so both get line numbers), merges `defaults`
 * into every run, validates with zod and turns every problem into an InputProblem that names the file,
 * line, column and field path, with a "did you mean" hint where one helps. All problems of a file are
 * reported together.
 */




/** yaml's own guard against alias ("billion laughs") expansion. */
const MAX_ALIAS_COUNT = 100;
/** Deeper documents are refused before validation: no honest manifest nests this far. */
const MAX_DEPTH = 32;
function position(loc, offset) {
    if (offset === undefined)
        return {};
    const { line, col } = loc.lines.linePos(offset);
    return { line, column: col };
}
/** The deepest node along `path`, and whether the whole path was found. `key` points at the key itself. */
function findNode(root, path, key = false) {
    let node = root;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(seg));
            if (!pair)
                return { node, found: false };
            const last = i === path.length - 1;
            node = (last && key ? pair.key : (pair.value ?? pair.key));
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
            const item = node.items[seg];
            if (!item)
                return { node, found: false };
            node = item;
        }
        else {
            return { node, found: false };
        }
    }
    return { node, found: true };
}
function formatPath(path) {
    return path
        .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : `${i === 0 ? '' : '.'}${String(seg)}`))
        .join('');
}
function depthOf(value, depth = 0) {
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object')
        return depth;
    let max = depth;
    for (const v of Object.values(value))
        max = Math.max(max, depthOf(v, depth + 1));
    return max;
}
/**
 * Offset of the first flow collection (`[` or `{`) nested deeper than MAX_DEPTH, or -1. Checked on the
 * text before yaml parses it: yaml survives 10,000 levels only by hitting the stack limit, and a few MB
 * of brackets then cost seconds and hundreds of "Maximum call stack size exceeded" errors. Quoted
 * scalars and comments are skipped; a bracket counts only where a node can start, so brackets inside
 * plain text (`name: a[b`) are not flow collections.
 */
function deepFlowOffset(text) {
    let depth = 0;
    let nodeStart = true; // at the start of a line, or after one of : , [ { - ?
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n') {
            nodeStart = true;
        }
        else if (c === ' ' || c === '\t' || c === '\r') {
            // white space keeps the state
        }
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
            const nl = text.indexOf('\n', i);
            if (nl < 0)
                break;
            i = nl - 1;
        }
        else if ((c === '"' || c === "'") && nodeStart) {
            for (i++; i < text.length; i++) {
                if (c === '"' && text[i] === '\\')
                    i++;
                else if (text[i] === c) {
                    if (c === "'" && text[i + 1] === "'")
                        i++;
                    else
                        break;
                }
            }
            nodeStart = false;
        }
        else if ((c === '[' || c === '{') && nodeStart) {
            if (++depth > MAX_DEPTH)
                return i;
        }
        else if ((c === ']' || c === '}') && depth > 0) {
            depth--;
            nodeStart = false;
        }
        else {
            nodeStart = c === ':' || c === ',' || c === '-' || c === '?';
        }
    }
    return -1;
}
const RUN_OBJECT_FIELDS = new Set(['model', 'hardware', 'cache', 'generation', 'amortisation']);
function parse_isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Run fields override defaults; nested objects (hardware, model...) merge one level deep. */
function mergeDefaults(defaults, run) {
    const merged = { ...defaults };
    for (const [k, v] of Object.entries(run)) {
        const d = Object.hasOwn(merged, k) ? merged[k] : undefined;
        // Defined, not assigned: `merged["__proto__"] = v` would set the prototype (its keys then read as
        // run fields) instead of keeping an own key that the schema rejects as unknown.
        Object.defineProperty(merged, k, {
            value: RUN_OBJECT_FIELDS.has(k) && parse_isPlainObject(d) && parse_isPlainObject(v) ? { ...d, ...v } : v,
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    return merged;
}
/** Known keys for a zod issue path, to suggest the closest spelling of an unknown key. */
function knownKeysAt(path) {
    const fieldShapes = runFields;
    if (path.length === 0)
        return Object.keys(manifestSchema.shape);
    if (path[0] === 'budgets' && path.length === 2)
        return Object.keys(budgetSchema.shape);
    const inRun = path[0] === 'runs' ? path.slice(2) : path[0] === 'defaults' ? path.slice(1) : null;
    if (!inRun)
        return [];
    if (inRun.length === 0)
        return ['id', ...Object.keys(runFields)];
    const field = fieldShapes[String(inRun[0])];
    // Optional object fields: reach the inner object's shape.
    const inner = field?.unwrap?.();
    return inner?.shape ? Object.keys(inner.shape) : [];
}
/** A run's merged field may come from `defaults`: the node of whichever the user wrote. */
function locateNode(loc, p, key = false) {
    const inRun = findNode(loc.doc.contents, p, key);
    if (inRun.found || p[0] !== 'runs' || p.length < 3)
        return inRun.node;
    const inDefaults = findNode(loc.doc.contents, ['defaults', ...p.slice(2)], key);
    return inDefaults.found ? inDefaults.node : inRun.node;
}
function issueProblems(file, loc, raw, issue) {
    const path = issue.path;
    const locate = (p, key = false) => locateNode(loc, p, key);
    if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((k) => {
            const node = locate([...path, k], true);
            const suggestions = closestMatches(k, knownKeysAt(path), 1);
            return {
                file,
                ...position(loc, node?.range?.[0]),
                field: formatPath([...path, k]),
                message: `unknown field "${k}"`,
                ...(suggestions[0] ? { hint: `did you mean "${suggestions[0]}"?` } : {}),
            };
        });
    }
    const node = locate(path);
    let hint;
    if (issue.code === 'invalid_value' && 'values' in issue) {
        const given = valueAt(raw, path);
        const options = issue.values.map(String);
        const best = typeof given === 'string' ? closestMatches(given, options, 1)[0] : undefined;
        hint = best ? `did you mean "${best}"? expected one of: ${options.join(', ')}` : `expected one of: ${options.join(', ')}`;
    }
    if (issue.code === 'custom' && typeof issue.params?.hint === 'string')
        hint = issue.params.hint;
    const given = issue.code === 'invalid_value' ? valueAt(raw, path) : undefined;
    return [
        {
            file,
            ...position(loc, node?.range?.[0]),
            field: formatPath(path) || '(document)',
            message: typeof given === 'string' ? `unknown value "${given}"` : issue.message,
            ...(hint ? { hint } : {}),
        },
    ];
}
function valueAt(raw, path) {
    let v = raw;
    for (const seg of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[seg];
    }
    return v;
}
/**
 * Parses YAML/JSON text and validates it with `schema` after `prepare` (e.g. merging defaults);
 * throws one InputError with every syntax and schema problem, each located in the text.
 */
function parseDocumentWith(text, file, schema, prepare = (raw) => raw, shapeHint = 'a mapping') {
    const deep = deepFlowOffset(text);
    if (deep >= 0) {
        const before = text.slice(0, deep);
        const line = before.split('\n').length;
        throw errors_InputError.single({ file, line, column: deep - before.lastIndexOf('\n'), message: `the document nests deeper than ${MAX_DEPTH} levels` });
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const loc = { doc, lines };
    const problems = doc.errors.map((e) => ({
        file,
        ...position(loc, e.pos[0]),
        message: `${e.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'YAML syntax error'}: ${e.message.split('\n')[0]}`,
    }));
    if (problems.length)
        throw new errors_InputError(problems);
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        throw errors_InputError.single({ file, message: `cannot read the document: ${e.message}` });
    }
    if (depthOf(raw) > MAX_DEPTH) {
        throw errors_InputError.single({ file, message: `the document nests deeper than ${MAX_DEPTH} levels` });
    }
    if (!parse_isPlainObject(raw)) {
        // An empty document has no contents node: point at its start, line 1.
        throw errors_InputError.single({ file, ...position(loc, doc.contents?.range?.[0] ?? 0), message: `expected ${shapeHint}` });
    }
    const prepared = prepare(raw);
    const result = schema.safeParse(prepared);
    if (!result.success) {
        // A bad value under `defaults` fails every run that inherits it: report it once, where it is written.
        const seen = new Set();
        const located = result.error.issues
            .flatMap((issue) => issueProblems(file, loc, prepared, issue))
            .filter((p) => {
            const key = `${p.line}:${p.column}:${p.message}`;
            if (p.line !== undefined && seen.has(key))
                return false;
            seen.add(key);
            return true;
        });
        // In reading order, as an editor lists them.
        located.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
        throw new errors_InputError(located);
    }
    return { value: result.data, loc };
}
/** Parses and validates one manifest's text; throws InputError with every problem found. */
function parseManifest(text, file) {
    const { value: manifest, loc } = parseDocumentWith(text, file, manifestSchema, (raw) => {
        const defaults = parse_isPlainObject(raw.defaults) ? raw.defaults : {};
        const runs = Array.isArray(raw.runs) ? raw.runs.map((r) => (parse_isPlainObject(r) ? mergeDefaults(defaults, r) : r)) : raw.runs;
        return { ...raw, runs };
    }, 'a manifest: a mapping with `version: 1` and a list of `runs`');
    const runLines = new Map();
    const duplicates = [];
    manifest.runs.forEach((run, i) => {
        const idNode = findNode(loc.doc.contents, ['runs', i, 'id']).node;
        const at = position(loc, idNode?.range?.[0]);
        if (runLines.has(run.id)) {
            duplicates.push({
                file,
                ...at,
                field: `runs[${i}].id`,
                message: `duplicate run id "${run.id}" (first used on line ${runLines.get(run.id)})`,
            });
        }
        else {
            runLines.set(run.id, at.line ?? 1);
        }
    });
    if (duplicates.length)
        throw new errors_InputError(duplicates);
    return { file, manifest, runLines, locate: (p) => position(loc, locateNode(loc, p)?.range?.[0]) };
}
/** Parses a separate budget file (`version: 1`, `budgets: [...]`). */
function parseBudgetFile(text, file) {
    return parseDocumentWith(text, file, budgetFileSchema, undefined, 'a budget file: `version: 1` and a list of `budgets`').value.budgets;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./src/inputs/metrics/lines.ts
/**
 * Streaming line splitter over Buffers: hands each line to a callback as a byte range of the chunk
 * it lies in (no string is built), with its 1-based line number. Handles `\n` and `\r\n`, a final
 * line without newline, and a UTF-8 byte-order mark. Only a line that straddles two chunks is
 * copied, so memory stays flat whatever the size of the input.
 */



const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;
const LF = 10;
const CR = 13;
/** A chunk of a metrics source as a Buffer (not copied when it is one already). */
function toBuffer(chunk) {
    if (typeof chunk === 'string')
        return Buffer.from(chunk, 'utf8');
    if (Buffer.isBuffer(chunk))
        return chunk;
    if (chunk instanceof Uint8Array)
        return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    throw new TypeError('metrics stream must yield Buffers or strings');
}
/**
 * Push-style splitter: feed chunks with `push`, then call `end` once. It keeps no reference to a
 * chunk once `push` returns (a partial last line is copied), so a source may reuse its buffers.
 */
class LineSplitter {
    carry = [];
    carryLength = 0;
    bomChecked = false;
    lineNo = 0;
    maxLineBytes;
    file;
    constructor(options = {}) {
        this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
        this.file = options.file ?? '<input>';
    }
    /** Lines handed out so far. */
    get lines() {
        return this.lineNo;
    }
    push(chunk, onLine) {
        let buf = toBuffer(chunk);
        if (buf.length === 0)
            return;
        if (!this.bomChecked) {
            if (this.carryLength + buf.length < 3) {
                this.keep(buf);
                return;
            }
            if (this.carryLength > 0) {
                buf = Buffer.concat([...this.carry, buf]);
                this.carry = [];
                this.carryLength = 0;
            }
            this.bomChecked = true;
            if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                buf = buf.subarray(3);
        }
        this.split(buf, onLine);
    }
    split(buf, onLine) {
        const len = buf.length;
        let pos = 0;
        if (this.carryLength > 0) {
            const nl = buf.indexOf(LF);
            if (nl < 0) {
                this.keep(buf);
                return;
            }
            const joined = this.takeCarry(buf.subarray(0, nl));
            this.emitWhole(joined, true, onLine);
            pos = nl + 1;
        }
        pos = this.splitLines(buf, pos, onLine);
        if (pos < len)
            this.keep(buf.subarray(pos));
    }
    /**
     * The hot loop, alone in its function: V8 compiles it on-stack while it runs, before anything
     * after the loop has run, and code after the loop in the same function would then be compiled
     * without type feedback and throw the optimised code away at the end of every chunk. Returns
     * the offset of the unfinished last line.
     */
    splitLines(buf, pos, onLine) {
        const len = buf.length;
        while (pos < len) {
            const nl = buf.indexOf(LF, pos);
            if (nl < 0)
                return pos;
            const end = nl > pos && buf[nl - 1] === CR ? nl - 1 : nl;
            onLine(buf, pos, end, ++this.lineNo, true);
            pos = nl + 1;
        }
        return pos;
    }
    /** Hands out a line held whole (joined from chunks, or the last one). */
    emitWhole(line, terminated, onLine) {
        let end = line.length;
        if (end > 0 && line[end - 1] === CR)
            end--;
        onLine(line, 0, end, ++this.lineNo, terminated);
    }
    end(onLine) {
        if (!this.bomChecked && this.carryLength > 0) {
            const head = this.takeCarry(Buffer.alloc(0));
            this.bomChecked = true;
            this.split(head, onLine); // shorter than a BOM
        }
        if (this.carryLength === 0)
            return;
        this.emitWhole(this.takeCarry(Buffer.alloc(0)), false, onLine);
    }
    /** Holds a partial line; copies it, since the source may reuse its chunk. */
    keep(piece) {
        if (this.carryLength + piece.length > this.maxLineBytes) {
            throw errors_InputError.single({
                file: this.file,
                line: this.lineNo + 1,
                message: `line is longer than ${this.maxLineBytes} bytes: not a metrics file of a supported format`,
            });
        }
        this.carry.push(Buffer.from(piece));
        this.carryLength += piece.length;
    }
    takeCarry(tail) {
        if (this.carryLength + tail.length > this.maxLineBytes) {
            throw errors_InputError.single({
                file: this.file,
                line: this.lineNo + 1,
                message: `line is longer than ${this.maxLineBytes} bytes: not a metrics file of a supported format`,
            });
        }
        const joined = Buffer.concat([...this.carry, tail], this.carryLength + tail.length);
        this.carry = [];
        this.carryLength = 0;
        return joined;
    }
}
/** Calls `onLine` for every line of the source; resolves to the number of lines. */
async function scanLines(source, onLine, options = {}) {
    const splitter = new LineSplitter(options);
    for await (const chunk of source)
        splitter.push(chunk, onLine);
    splitter.end(onLine);
    return splitter.lines;
}
/**
 * The lines of the source as strings, for small inputs (CodeCarbon files): convenient, but it
 * builds one string per line, so the big nvidia-smi logs use `scanLines` instead.
 */
async function* readLines(source, options = {}) {
    const splitter = new LineSplitter(options);
    let batch = [];
    const collect = (buf, start, end, line, terminated) => {
        batch.push({ text: buf.toString('utf8', start, end), line, terminated });
    };
    for await (const chunk of source) {
        splitter.push(chunk, collect);
        if (batch.length > 0) {
            const lines = batch;
            batch = [];
            yield* lines;
        }
    }
    splitter.end(collect);
    yield* batch;
}
/** Default chunk size of readFileChunks. */
const FILE_CHUNK_BYTES = 1 << 20;
/**
 * The bytes of a file, from `position` on, as chunks read into two buffers used in turn: the next
 * chunk is being read while the consumer handles the current one. Cheaper than fs.createReadStream
 * (no allocation per chunk), but a chunk is valid only until the next one is asked for: fine for
 * LineSplitter, scanLines and the parsers built on them, which copy what they keep.
 */
async function* readFileChunks(path, chunkSize = FILE_CHUNK_BYTES, position = 0) {
    const handle = await (0,promises_namespaceObject.open)(path, 'r');
    const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
    let offset = position;
    let which = 0;
    let pending = handle.read(buffers[0], 0, chunkSize, offset);
    try {
        for (;;) {
            const { bytesRead } = await pending;
            if (bytesRead === 0)
                return;
            offset += bytesRead;
            const current = buffers[which];
            which ^= 1;
            pending = handle.read(buffers[which], 0, chunkSize, offset);
            yield bytesRead === chunkSize ? current : current.subarray(0, bytesRead);
        }
    }
    finally {
        // a read may still be under way when the consumer stops early
        await pending.catch(() => undefined);
        await handle.close();
    }
}
/**
 * A file as a Readable over readFileChunks: the chunks are the two reused buffers, so, as there, a
 * chunk is valid only until the next one is asked for. The stream never reads ahead (highWaterMark
 * 0): the next chunk is asked for only when the consumer reads again, which for `for await` and the
 * metrics parsers is once it is done with the current chunk. A consumer that keeps chunks (collects
 * them, pipes them to a writer that buffers) must copy them. Destroying the stream (a `for await`
 * that breaks, an iterator's `return()`) closes the file.
 */
class FileChunkStream extends external_node_stream_namespaceObject.Readable {
    path;
    size;
    chunks;
    /**
     * `size`: the file's size when it was opened, if known (lets a capped reader refuse it at once,
     * and a small file gets small buffers: from 64 KiB up to `FILE_CHUNK_BYTES`).
     */
    constructor(path, size = null, chunkSize = size === null ? FILE_CHUNK_BYTES : Math.min(FILE_CHUNK_BYTES, Math.max(64 * 1024, size + 1))) {
        super({ highWaterMark: 0 });
        this.path = path;
        this.size = size;
        this.chunks = readFileChunks(path, chunkSize);
    }
    _read() {
        this.chunks.next().then((r) => {
            if (this.destroyed)
                return;
            this.push(r.done ? null : r.value);
        }, (e) => this.destroy(e));
    }
    _destroy(error, callback) {
        // Waits for a read under way, then closes the file (readFileChunks' finally).
        this.chunks.return(undefined).then(() => callback(error), (e) => callback(error ?? e));
    }
}

;// CONCATENATED MODULE: ./src/inputs/workspace.ts
/**
 * Path safety shared by every input adapter: user-given paths and globs must stay inside the workspace,
 * symlinks included, and input files are read with a size cap.
 */



const MAX_SYMLINK_HOPS = 40;
const GLOB_MAGIC = /[*?[\]{}]/;
function errnoCode(error) {
    return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}
/** True when `candidate` is `root` itself or below it (both absolute, already normalised). */
function isPathInside(root, candidate) {
    const rel = external_node_path_default().relative(root, candidate);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(rel));
}
/**
 * The real location of an absolute path that may not exist (yet): symlinks in the longest existing prefix
 * are resolved with `fs.realpathSync.native`, the missing rest is appended as is. A dangling symlink is
 * followed through its target, so `link -> /elsewhere/missing` resolves to `/elsewhere/missing`.
 * Throws `{ code: 'ELOOP' }` errors for symlink loops; other unexpected fs errors propagate.
 */
function realPathOf(absolutePath) {
    let current = external_node_path_default().resolve(absolutePath);
    const tail = [];
    for (let hops = 0;;) {
        try {
            const real = external_node_fs_default().realpathSync.native(current);
            return tail.length === 0 ? real : external_node_path_default().join(real, ...tail);
        }
        catch (error) {
            const code = errnoCode(error);
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw error;
        }
        // `current` does not exist (or is under a non-directory). A dangling symlink still points somewhere.
        let link;
        try {
            if (external_node_fs_default().lstatSync(current).isSymbolicLink())
                link = external_node_fs_default().readlinkSync(current);
        }
        catch {
            // missing: keep walking up
        }
        const parent = external_node_path_default().dirname(current);
        if (link !== undefined) {
            if (++hops > MAX_SYMLINK_HOPS)
                throw Object.assign(new Error(`too many symlinks at ${current}`), { code: 'ELOOP' });
            current = external_node_path_default().resolve(parent, link);
            continue;
        }
        if (parent === current)
            return external_node_path_default().join(current, ...tail); // reached the root
        tail.unshift(external_node_path_default().basename(current));
        current = parent;
    }
}
/**
 * Resolves a user-given relative (to the workspace) or absolute path and makes sure that it, after
 * following symlinks, stays inside the workspace. Returns the absolute path expressed under `workspace`
 * as given (symlinks inside the workspace resolved), so `path.relative(workspace, result)` is a clean
 * display name. Throws an `InputError` (file = `userPath`) when the path escapes: `..` segments, absolute
 * paths elsewhere, symlinks pointing out (also dangling ones).
 */
function resolveInsideWorkspace(workspace, userPath, what) {
    const wsAbs = external_node_path_default().resolve(workspace);
    let wsReal;
    try {
        wsReal = external_node_fs_default().realpathSync.native(wsAbs);
    }
    catch {
        throw errors_InputError.single({ file: workspace, message: `workspace directory ${wsAbs} does not exist` });
    }
    if (userPath.includes('\0')) {
        throw errors_InputError.single({ file: userPath, message: `${what} path contains a NUL character` });
    }
    const lexical = external_node_path_default().resolve(wsAbs, userPath);
    let real;
    try {
        real = realPathOf(lexical);
    }
    catch (error) {
        if (errnoCode(error) === 'ELOOP') {
            throw errors_InputError.single({ file: userPath, message: `${what} path has a symlink loop` });
        }
        throw error;
    }
    if (!isPathInside(wsReal, real)) {
        const via = isPathInside(wsAbs, lexical) ? ` (a symlink points to ${real})` : '';
        throw errors_InputError.single({
            file: userPath,
            message: `${what} must be inside the workspace ${wsAbs}${via}`,
        });
    }
    return external_node_path_default().join(wsAbs, external_node_path_default().relative(wsReal, real));
}
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
function isExcluded(relPosix, excludes) {
    return excludes.some((pattern) => {
        const p = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
        return external_node_path_default().posix.matchesGlob(relPosix, p) || relPosix.startsWith(`${p}/`);
    });
}
/**
 * Expands input paths and globs (`*`, `**`, `?`, `[...]`, `{a,b}`; relative to the workspace, via Node's
 * `fs.promises.glob`) to the absolute paths of the files they match, sorted and de-duplicated (two names
 * for one file count once). Every match is checked with `resolveInsideWorkspace`. Entries starting with `!`
 * exclude (a glob or a directory, relative to the workspace) from all the other entries; blank entries are
 * ignored. A literal path that does not exist, a glob that matches no file, or exclusions that leave
 * nothing are `InputError`s. `confined: false` skips the workspace check (the CLI reads where it is pointed).
 */
async function expandInputPaths(workspace, patterns, opts = {}) {
    const wsAbs = external_node_path_default().resolve(workspace);
    // Unconfined (the CLI): a path may point anywhere the user can read, e.g. ../other-repo/footprint.yml.
    const resolve = opts.confined === false ? (p) => external_node_path_default().resolve(wsAbs, p) : (p) => resolveInsideWorkspace(wsAbs, p, 'input file');
    const includes = [];
    const excludes = [];
    for (const raw of patterns) {
        const line = raw.trim();
        if (line === '')
            continue;
        if (line.startsWith('!')) {
            const excluded = line.slice(1).trim();
            if (excluded !== '')
                excludes.push(toPosix(external_node_path_default().isAbsolute(excluded) ? external_node_path_default().relative(wsAbs, excluded) : excluded));
        }
        else {
            includes.push(line);
        }
    }
    const found = new Set();
    for (const pattern of includes) {
        if (!GLOB_MAGIC.test(pattern)) {
            const resolved = resolve(pattern);
            let stat;
            try {
                stat = await external_node_fs_default().promises.stat(resolved);
            }
            catch {
                throw errors_InputError.single({ file: pattern, message: `input file not found (looked in ${wsAbs})` });
            }
            if (!stat.isFile()) {
                throw errors_InputError.single({
                    file: pattern,
                    message: 'input path is not a regular file',
                    hint: stat.isDirectory() ? `use a glob such as ${toPosix(external_node_path_default().join(pattern, '**', '*.yml'))}` : undefined,
                });
            }
            found.add(resolved);
            continue;
        }
        let matched = 0;
        for await (const match of external_node_fs_default().promises.glob(toPosix(pattern), { cwd: wsAbs })) {
            const resolved = resolve(match);
            const stat = await external_node_fs_default().promises.stat(resolved).catch(() => undefined);
            if (!stat?.isFile())
                continue; // directories matched by the glob, dangling links
            matched += 1;
            found.add(resolved);
        }
        if (matched === 0) {
            throw errors_InputError.single({ file: pattern, message: `the pattern "${pattern}" matched no files in ${wsAbs}` });
        }
    }
    const result = [...found].filter((p) => !isExcluded(toPosix(external_node_path_default().relative(wsAbs, p)), excludes)).sort();
    if (found.size > 0 && result.length === 0) {
        throw errors_InputError.single({
            file: includes.join(', '),
            message: `all ${found.size} matching files are excluded by ${excludes.map((e) => `!${e}`).join(', ')}`,
        });
    }
    return result;
}
const MB = 1024 * 1024;
function formatMb(bytes) {
    const mb = bytes / MB;
    return `${mb >= 10 ? mb.toFixed(0) : mb.toFixed(1).replace(/\.0$/, '')} MB`;
}
/**
 * Reads a text input of at most `maxBytes` bytes as UTF-8 (a byte-order mark is dropped). The size is
 * checked before reading and again while reading (the file may grow). `displayName` names the file in errors.
 */
async function readTextFileCapped(filePath, displayName, maxBytes) {
    const tooBig = (size) => errors_InputError.single({
        file: displayName,
        message: `file is ${formatMb(size)}, above the ${formatMb(maxBytes)} limit for inputs`,
    });
    const unreadable = (error) => {
        const code = errnoCode(error);
        const message = code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? String(error)})`;
        return errors_InputError.single({ file: displayName, message });
    };
    // stat before open: opening a FIFO or device could block or stream forever.
    const before = await external_node_fs_default().promises.stat(filePath).catch((error) => {
        throw unreadable(error);
    });
    if (!before.isFile()) {
        throw errors_InputError.single({ file: displayName, message: before.isDirectory() ? 'is a directory, not a file' : 'is not a regular file' });
    }
    if (before.size > maxBytes)
        throw tooBig(before.size);
    let handle;
    try {
        handle = await external_node_fs_default().promises.open(filePath, 'r');
    }
    catch (error) {
        throw unreadable(error);
    }
    try {
        const stat = await handle.stat(); // the file opened may differ from the one stat'ed (replaced meanwhile)
        if (!stat.isFile())
            throw errors_InputError.single({ file: displayName, message: 'is not a regular file' });
        if (stat.size > maxBytes)
            throw tooBig(stat.size);
        const chunks = [];
        let length = 0;
        for (;;) {
            const chunk = Buffer.alloc(Math.min(Math.max(stat.size - length, 64 * 1024), maxBytes - length + 1));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length > maxBytes)
                throw tooBig(length); // grew past the cap since stat
            chunks.push(chunk.subarray(0, bytesRead));
        }
        const bytes = Buffer.concat(chunks, length);
        if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
            throw errors_InputError.single({ file: displayName, message: 'file is UTF-16 encoded', hint: 'save it as UTF-8' });
        }
        try {
            // TextDecoder drops a leading UTF-8 BOM by default (ignoreBOM: false).
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            throw errors_InputError.single({ file: displayName, message: 'file is not valid UTF-8 text' });
        }
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/inputs/tree.ts
/**
 * Where input files are read from: the workspace (head), or the PR's base commit through git or the
 * REST contents API. The loader reads manifests and committed metrics only through this interface,
 * so head and base are evaluated by the same code.
 */






/** Default cap for manifests and JSON files. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
class WorkspaceReader {
    root;
    label = 'workspace';
    confined;
    constructor(root, opts = {}) {
        this.root = root;
        this.confined = opts.confined ?? true;
    }
    resolve(relPath, what) {
        return this.confined ? resolveInsideWorkspace(this.root, relPath, what) : external_node_path_default().resolve(this.root, relPath);
    }
    async expand(patterns) {
        const found = await expandInputPaths(this.root, [...patterns], { confined: this.confined });
        return found.map((abs) => toPosix(external_node_path_default().relative(this.root, abs)));
    }
    async readText(relPath, maxBytes) {
        const abs = this.resolve(relPath, 'input file');
        try {
            await (0,promises_namespaceObject.stat)(abs);
        }
        catch {
            return null;
        }
        return readTextFileCapped(abs, relPath, maxBytes);
    }
    /**
     * A FileChunkStream: read in two reused buffers, so a chunk is valid only until the next is asked
     * for (the metrics parsers copy what they keep); the file is closed when the stream is destroyed.
     */
    async openStream(relPath) {
        const abs = this.resolve(relPath, 'metrics file');
        let size;
        try {
            const info = await (0,promises_namespaceObject.stat)(abs);
            size = info.isFile() ? info.size : null;
        }
        catch {
            return null;
        }
        return new FileChunkStream(abs, size);
    }
}
/** A reader over files already in memory (tests, the REST contents API, artifacts). */
class MemoryReader {
    label;
    files;
    constructor(label, files) {
        this.label = label;
        this.files = files;
    }
    async expand(patterns) {
        const names = [...this.files.keys()];
        const include = patterns.filter((p) => !p.startsWith('!'));
        const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
        return names
            .filter((n) => include.some((p) => n === p || path.posix.matchesGlob(n, p)))
            .filter((n) => !exclude.some((p) => n === p || path.posix.matchesGlob(n, p)))
            .sort();
    }
    async readText(relPath, maxBytes) {
        const data = this.files.get(relPath);
        if (data === undefined)
            return null;
        const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
        if (size > maxBytes)
            throw tooLargeError(relPath, size, maxBytes);
        return (typeof data === 'string' ? data : data.toString('utf8')).replace(/^\uFEFF/, '');
    }
    async openStream(relPath) {
        const data = this.files.get(relPath);
        return data === undefined ? null : Readable.from([Buffer.from(data)]);
    }
}
/**
 * Several trees seen as one, the first having precedence: a downloaded artifact's files over the
 * workspace, so manifests and metrics shipped with an artifact are read as if checked out.
 */
class OverlayReader {
    layers;
    label;
    constructor(layers) {
        this.layers = layers;
        this.label = layers.map((l) => l.label).join(' + ');
    }
    async expand(patterns) {
        const found = new Set();
        for (const layer of this.layers) {
            try {
                for (const f of await layer.expand(patterns))
                    found.add(f);
            }
            catch (e) {
                // A pattern may match in one layer only; "nothing matches" is decided over all layers.
                if (!(e instanceof InputError))
                    throw e;
            }
        }
        return [...found].sort();
    }
    async readText(relPath, maxBytes) {
        for (const layer of this.layers) {
            // Each layer answers null for a file it lacks; a path outside the tree is outside every layer.
            const text = await layer.readText(relPath, maxBytes);
            if (text !== null)
                return text;
        }
        return null;
    }
    async openStream(relPath) {
        for (const layer of this.layers) {
            const stream = await layer.openStream(relPath);
            if (stream)
                return stream;
        }
        return null;
    }
}

;// CONCATENATED MODULE: ./src/inputs/budgets.ts



async function loadBudgets(reader, manifests, budgetFile) {
    const budgets = manifests.flatMap((m) => m.manifest.budgets ?? []);
    if (budgetFile) {
        const text = await reader.readText(budgetFile, MAX_MANIFEST_BYTES);
        if (text === null)
            throw errors_InputError.single({ file: budgetFile, message: 'budget file not found' });
        budgets.push(...parseBudgetFile(text, budgetFile));
    }
    return budgets;
}

;// CONCATENATED MODULE: ./src/core/range.ts
function exact(value) {
    return { low: value, central: value, high: value };
}
/** A range from its three points; throws when they are out of order or not finite. */
function range(low, central, high) {
    if (![low, central, high].every(Number.isFinite)) {
        throw new RangeError(`range(${low}, ${central}, ${high}) has a value that is not a finite number`);
    }
    if (!(low <= central && central <= high)) {
        throw new RangeError(`range(${low}, ${central}, ${high}) is not ordered low <= central <= high`);
    }
    return { low, central, high };
}
function add(a, b) {
    return { low: a.low + b.low, central: a.central + b.central, high: a.high + b.high };
}
function sum(ranges) {
    return ranges.reduce(add, exact(0));
}
/** Product of non-negative ranges. */
function range_mul(a, b) {
    return { low: a.low * b.low, central: a.central * b.central, high: a.high * b.high };
}
/** Quotient of non-negative ranges: the low end divides by the high end of the divisor. */
function div(a, b) {
    return { low: a.low / b.high, central: a.central / b.central, high: a.high / b.low };
}
function scale(a, k) {
    return k >= 0
        ? { low: a.low * k, central: a.central * k, high: a.high * k }
        : { low: a.high * k, central: a.central * k, high: a.low * k };
}
function subtract(a, b) {
    // The difference of two uncertain figures whose uncertainties share their causes (same MFU, PUE,
    // grid assumptions) is reported end-to-end: low - low, central - central, high - high.
    const ends = [a.low - b.low, a.high - b.high];
    return { low: Math.min(...ends, a.central - b.central), central: a.central - b.central, high: Math.max(...ends, a.central - b.central) };
}

;// CONCATENATED MODULE: ./src/core/footprint.ts
/**
 * The footprint of one run: METHODOLOGY.md sections 2–5 (GPU time, energy, operational and embodied
 * impacts, prefix cache) and the section-8 additions (several criteria, uncertainty ranges).
 * Pure: every figure comes from the resolved inputs passed in, never from I/O or globals.
 */


const HOURS_PER_YEAR = 24 * 365.25;
/** Section 4: lifetime L defaults to 5 years = 43,830 h. */
const DEFAULT_LIFETIME_HOURS = 5 * HOURS_PER_YEAR;
/** Section 2 beyond: implied MFU outside the open interval (min, max) earns a warning. */
const PLAUSIBLE_MFU = { min: 0.05, max: 0.75 };
/** The impact criteria of section 8. GWP is always known; the others may lack a sourced factor. */
const CRITERIA = ['gwp', 'water', 'adpe', 'pe'];
const CRITERION_UNITS = {
    gwp: 'kgCO2e',
    water: 'L',
    adpe: 'kgSbeq',
    pe: 'MJ',
};
/**
 * The total of a criterion as far as it is known: operational plus the embodied parts that have a
 * sourced factor. `complete` is false when a part is missing (the value is then a lower bound);
 * null when even the operational side has no factor.
 */
function knownTotal(i) {
    if (i.total)
        return { value: i.total, complete: true };
    if (!i.operational.total)
        return null;
    const known = [i.operational.total, i.embodied.gpu, i.embodied.server].filter((x) => x !== null);
    return { value: known.reduce(add), complete: false };
}
/** Section 5: impact of the prompt part after prefix caching, as a multiplier. */
function promptImpactFactor(reuseRate, residual) {
    return 1 - reuseRate + reuseRate * residual;
}
/** Section 2: GPUh_theoretical = F / (C · MFU · 3600). */
function theoreticalGpuHours(flops, peakFlops, mfu) {
    return div(typeof flops === 'number' ? exact(flops) : flops, scale(mfu, peakFlops * 3600));
}
/** Section 2 beyond: implied MFU = F / (GPUh_measured · C · 3600). */
function impliedMfu(flops, measuredGpuHours, peakFlops) {
    return flops / (measuredGpuHours * peakFlops * 3600);
}
/** IT energy (kWh) = GPUh · P / 1000, for the GPU or for the server share P_server / k. */
function itEnergyKwh(gpuHours, powerW) {
    return range_mul(gpuHours, scale(powerW, 1 / 1000));
}
/** Section 3: E (kWh) = GPUh · P / 1000 · PUE. */
function facilityEnergyKwh(gpuHours, powerW, pue) {
    return mul(itEnergyKwh(gpuHours, powerW), pue);
}
/** Section 4: impact = GPUh / L · embodied per device (÷ k for the server's non-GPU parts). */
function embodiedShare(gpuHours, lifetimeHours, perDevice, devicesShared = 1) {
    return scale(range_mul(div(gpuHours, lifetimeHours), perDevice), 1 / devicesShared);
}
function sumOrNull(a, b) {
    return a && b ? add(a, b) : null;
}
function parts(gpu, server) {
    return { gpu, server, total: sumOrNull(gpu, server) };
}
function computeRunFootprint(run) {
    const warnings = [];
    // 1 - r + r·α falls as r rises: the high end of the reuse rate gives the low end of the impact.
    const r = run.cache?.reuseRate;
    const factor = r
        ? {
            low: promptImpactFactor(r.high, run.cache.residual),
            central: promptImpactFactor(r.central, run.cache.residual),
            high: promptImpactFactor(r.low, run.cache.residual),
        }
        : exact(1);
    const flopsRange = run.flops ? add(scale(factor, run.flops.prompt), exact(run.flops.other)) : null;
    const flops = flopsRange?.central ?? null;
    const theoretical = flopsRange ? theoreticalGpuHours(flopsRange, run.peakFlops, run.mfu) : null;
    const measured = run.measuredGpuHours;
    const used = measured !== null ? exact(measured) : (theoretical ?? exact(0));
    if (measured === null && theoretical === null) {
        warnings.push({
            code: 'no-gpu-hours',
            message: 'Neither FLOPs nor measured GPU-hours are known: embodied impacts and the server share are 0.',
        });
    }
    if (measured === 0 && flops !== null && flops > 0) {
        warnings.push({
            code: 'measured-zero',
            message: 'Measured GPU-hours are 0 although the run describes work: time-based figures are 0. Check hours, gpuHours or the metrics file.',
        });
    }
    let implied = null;
    if (flops !== null && measured !== null && measured > 0) {
        implied = impliedMfu(flops, measured, run.peakFlops);
        if (implied > 1) {
            warnings.push({
                code: 'implied-mfu-inconsistent',
                message: `Implied MFU is ${implied.toFixed(2)} (> 1): the GPUs would have run faster than their peak. ` +
                    'Check the GPU type and precision, the GPU count and hours, or the parameter and token counts.',
            });
        }
        else if (implied <= PLAUSIBLE_MFU.min || implied >= PLAUSIBLE_MFU.max) {
            warnings.push({
                code: 'implied-mfu-implausible',
                message: `Implied MFU is ${implied.toFixed(3)}, outside the plausible ${PLAUSIBLE_MFU.min}–${PLAUSIBLE_MFU.max}: ` +
                    (implied < PLAUSIBLE_MFU.min
                        ? 'the measured hours likely include idle, queueing or failed time, or the token count is too low.'
                        : 'the token count or model size may be overstated, or the precision peak too low.'),
            });
        }
    }
    // Idle reserved GPU-hours draw a fraction of board power and age the hardware like busy ones.
    const idle = exact(run.idleGpuHours);
    const busyAndIdle = add(used, idle);
    const idlePower = scale(run.gpuPowerW, run.idlePowerFraction);
    const serverPowerPerGpu = scale(run.serverNonGpuPowerW, 1 / run.gpusPerServer);
    // IT energy first (what the hardware draws, and what on-site cooling water scales with), then PUE
    // once: dividing a facility figure by PUE would pair opposite ends of the PUE range.
    let gpuIt = add(itEnergyKwh(used, run.gpuPowerW), itEnergyKwh(idle, idlePower));
    let serverIt = itEnergyKwh(busyAndIdle, serverPowerPerGpu);
    let basis = measured !== null ? 'measured-gpu-hours' : 'theoretical';
    const me = run.measuredEnergy;
    if (me) {
        basis = 'measured-energy';
        // A facility-metered figure already includes PUE: its IT share is estimated from the PUE.
        gpuIt = me.scope === 'facility' ? div(exact(me.kwh), run.pue) : exact(me.kwh);
        if (me.scope !== 'gpu')
            serverIt = exact(0);
    }
    const gpuEnergy = me?.scope === 'facility' ? exact(me.kwh) : range_mul(gpuIt, run.pue);
    const serverEnergy = range_mul(serverIt, run.pue);
    const totalEnergy = add(gpuEnergy, serverEnergy);
    const itEnergy = add(gpuIt, serverIt);
    const impacts = {};
    for (const c of CRITERIA) {
        const perKwh = run.electricity[c];
        let opGpu = perKwh ? range_mul(gpuEnergy, perKwh) : null;
        let opServer = perKwh ? range_mul(serverEnergy, perKwh) : null;
        if (c === 'water') {
            // Water = on-site cooling (WUE × IT energy) + the water intensity of the electricity.
            const onsite = (it) => (run.wue ? range_mul(it, run.wue) : null);
            opGpu = sumOrNull(opGpu, onsite(gpuIt));
            opServer = sumOrNull(opServer, onsite(serverIt));
        }
        const gpuEmb = run.gpuEmbodied[c];
        const srvEmb = run.serverEmbodied[c];
        const embGpu = gpuEmb ? embodiedShare(busyAndIdle, run.lifetimeHours, gpuEmb) : null;
        const embServer = srvEmb ? embodiedShare(busyAndIdle, run.lifetimeHours, srvEmb, run.gpusPerServer) : null;
        const operational = parts(opGpu, opServer);
        const embodied = parts(embGpu, embServer);
        impacts[c] = { operational, embodied, total: sumOrNull(operational.total, embodied.total) };
    }
    return {
        flops,
        promptImpactFactor: factor.central,
        gpuHours: { theoretical, measured, used },
        impliedMfu: implied,
        basis,
        energyKwh: { gpu: gpuEnergy, server: serverEnergy, total: totalEnergy },
        itEnergyKwh: itEnergy,
        impacts,
        warnings,
    };
}

;// CONCATENATED MODULE: ./src/model/report.ts
/**
 * A footprint report: every run's footprint, the totals, the lifecycle split (section 8) and the
 * amortisation of training over inference. Pure: built from resolved runs.
 */


const SCHEMA_VERSION = 1;
function partialSum(values) {
    const known = values.filter((v) => v !== null);
    return { value: known.length ? sum(known) : null, missing: values.length - known.length };
}
/** Sum of known totals; a run whose total is only partly known counts its known part and as missing. */
function knownTotalsSum(impacts) {
    const totals = impacts.map(knownTotal);
    const known = totals.filter((t) => t !== null);
    return {
        value: known.length ? sum(known.map((t) => t.value)) : null,
        missing: totals.filter((t) => !t?.complete).length,
    };
}
function totalsOf(runs) {
    const fps = runs.map((r) => r.footprint);
    const theoretical = fps.map((f) => f.gpuHours.theoretical).filter((v) => v !== null);
    const measured = fps.map((f) => f.gpuHours.measured).filter((v) => v !== null);
    const impacts = {};
    for (const c of CRITERIA) {
        impacts[c] = {
            operational: partialSum(fps.map((f) => f.impacts[c].operational.total)),
            embodied: partialSum(fps.map((f) => f.impacts[c].embodied.total)),
            total: knownTotalsSum(fps.map((f) => f.impacts[c])),
        };
    }
    return {
        runs: runs.length,
        flops: fps.reduce((a, f) => a + (f.flops ?? 0), 0),
        gpuHours: {
            theoretical: theoretical.length ? sum(theoretical) : null,
            measured: measured.length ? measured.reduce((a, b) => a + b, 0) : null,
            used: sum(fps.map((f) => f.gpuHours.used)),
        },
        energyKwh: sum(fps.map((f) => f.energyKwh.total)),
        impacts,
    };
}
function groupBy(runs, keyOf, allGpuHours) {
    const groups = new Map();
    for (const r of runs) {
        const k = keyOf(r);
        groups.set(k, [...(groups.get(k) ?? []), r]);
    }
    return [...groups.entries()]
        .map(([key, members]) => {
        const gpuHours = sum(members.map((m) => m.footprint.gpuHours.used));
        return {
            key,
            runs: members.length,
            gpuHours,
            energyKwh: sum(members.map((m) => m.footprint.energyKwh.total)),
            emissionsKg: knownTotalsSum(members.map((m) => m.footprint.impacts.gwp)),
            gpuHoursShare: allGpuHours > 0 ? gpuHours.central / allGpuHours : 0,
        };
    })
        .sort((a, b) => b.gpuHours.central - a.gpuHours.central || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
function lifecycleOf(runs) {
    const all = runs.reduce((a, r) => a + r.footprint.gpuHours.used.central, 0);
    const nonFinal = runs.filter((r) => r.run.status !== 'final').reduce((a, r) => a + r.footprint.gpuHours.used.central, 0);
    return {
        byPhase: groupBy(runs, (r) => r.run.phase, all),
        byStatus: groupBy(runs, (r) => r.run.status, all),
        byComponent: groupBy(runs, (r) => r.run.component, all),
        rdOverheadShare: all > 0 ? nonFinal / all : null,
    };
}
function amortisationOf(runs) {
    const byId = new Map(runs.map((r) => [r.run.id, r]));
    return runs
        .filter((r) => r.run.amortisation)
        .map((r) => {
        const a = r.run.amortisation;
        // Embodied may lack a source (e.g. L40S): fall back to operational and mark it a lower bound.
        const per1000 = (r, requests) => {
            const known = knownTotal(r.footprint.impacts.gwp);
            return { value: known ? scale(div(known.value, exact(requests)), 1000) : null, missing: known?.complete ? 0 : 1 };
        };
        const inference = a.inferenceRun ? byId.get(a.inferenceRun) : undefined;
        const inferenceRequests = inference?.run.requests ?? null;
        return {
            trainingRun: r.run.id,
            expectedRequests: a.expectedRequests,
            trainingKgPer1000Requests: per1000(r, a.expectedRequests),
            inferenceRun: inference ? inference.run.id : null,
            inferenceKgPer1000Requests: inference && inferenceRequests ? per1000(inference, inferenceRequests) : null,
        };
    });
}
function buildReport(runs, manifests) {
    const reports = runs.map((run) => ({ run, footprint: run.footprint }));
    return {
        schemaVersion: SCHEMA_VERSION,
        manifests,
        runs: reports,
        totals: totalsOf(reports),
        lifecycle: lifecycleOf(reports),
        amortisation: amortisationOf(reports),
    };
}
/** Total GWP of a report (operational + embodied where known), kgCO2e. */
function totalEmissions(report) {
    return report.totals.impacts.gwp.total.value ?? exact(0);
}

;// CONCATENATED MODULE: ./src/data/defaults.ts
const METHODOLOGY_DOC = { title: 'Footprint methodology (docs/METHODOLOGY.md)', url: 'docs/METHODOLOGY.md', year: 2025 };
/** Section 2: MFU 0.25–0.50, central 0.40 for training. */
const DEFAULT_MFU = {
    low: 0.25,
    central: 0.4,
    high: 0.5,
    source: { ...METHODOLOGY_DOC, title: `${METHODOLOGY_DOC.title}, section 2 (MFU range)` },
};
/** Section 7's PUE 1.2; the spread runs from hyperscale fleets to the industry-average data centre. */
const DEFAULT_PUE = {
    low: 1.1,
    central: 1.2,
    high: 1.56,
    source: {
        ...METHODOLOGY_DOC,
        title: `${METHODOLOGY_DOC.title}, section 7 (PUE 1.2); spread: hyperscaler fleets ≈ 1.1, Uptime Institute Global Data Center Survey 2024 average 1.56`,
        note: 'central from the methodology; low/high from published fleet and survey averages',
    },
};
/** Section 4: L = 5 years; ±1 year is this project's assumption for the spread. */
const DEFAULT_LIFETIME_YEARS = {
    low: 4,
    central: 5,
    high: 6,
    source: {
        ...METHODOLOGY_DOC,
        title: `${METHODOLOGY_DOC.title}, section 4 (L = 5 years)`,
        note: 'low/high = ±1 year, an assumption of this project (typical 4–6 year server depreciation)',
    },
};
/** Idle-but-reserved GPUs: the share of board power they still draw. The project's assumption. */
const DEFAULT_IDLE_POWER_FRACTION = {
    low: 0.1,
    central: 0.15,
    high: 0.25,
    source: {
        title: 'Assumption of this project: an idle data-centre GPU draws roughly 10–25 % of its maximum board power',
        year: 2025,
        note: 'only used for runs that declare idleGpuHours',
    },
};
/** Grid used when a run names no region: the world average. */
const DEFAULT_GRID = 'WOR';
/** Precision assumed when a run names none. */
const DEFAULT_PRECISION = 'bf16';

;// CONCATENATED MODULE: ./src/model/resolve/context.ts
/**
 * What every resolution step shares: where the run is (for error locations), the problems found so
 * far, and the assumptions recorded so far. Each step adds to both and returns its own values.
 */


function sourceLabel(s) {
    return `${s.title} (${s.year})`;
}
function toRange(r) {
    return typeof r === 'number' ? exact(r) : range(r.low, r.central ?? (r.low + r.high) / 2, r.high);
}
function fromSourced(r) {
    return range(r.low, r.central, r.high);
}
/** Records a problem at the field's own position when the manifest can locate it, else the run's line. */
function problem(ctx, field, message, hint) {
    const at = ctx.locate?.(['runs', ctx.index, ...field.split('.')]) ?? {};
    ctx.problems.push({
        file: ctx.file,
        line: at.line ?? ctx.line,
        ...(at.column !== undefined ? { column: at.column } : {}),
        field: `runs[${ctx.index}].${field}`,
        message,
        ...(hint ? { hint } : {}),
    });
}
/** Picks a run's value, else a catalogue one, recording which. */
function context_pick(ctx, key, label, unit, own, fallback) {
    const value = own !== undefined ? toRange(own) : fallback.value;
    ctx.assumptions.push({ key, label, unit, value, source: own !== undefined ? 'manifest' : fallback.source });
    return value;
}
/** A required figure: recorded as a problem (and NaN, never used) when absent. */
function need(ctx, value, field, why) {
    if (value === undefined) {
        problem(ctx, field, `is required ${why}`);
        return Number.NaN;
    }
    return value;
}
/** A catalogue lookup that failed becomes a located problem with the closest ids as a hint. */
function unknownEntry(ctx, field, e) {
    if (e instanceof UnknownEntryError) {
        problem(ctx, field, e.message.split('. ')[0] ?? e.message, e.suggestions.length ? `did you mean ${e.suggestions.join(', ')}?` : undefined);
    }
    else {
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/model/resolve/hardware.ts




const NO_EMBODIED = { gwp: null, adpe: null, pe: null, water: null };
function embodiedFactors(ctx, data, gwpOverride, key, label) {
    const conv = (r) => (r ? fromSourced(r) : null);
    let gwp = conv(data.gwp);
    if (gwpOverride !== undefined)
        gwp = toRange(gwpOverride);
    if (gwp) {
        ctx.assumptions.push({ key, label, unit: 'kgCO2e', value: gwp, source: gwpOverride !== undefined ? 'manifest' : sourceLabel(data.gwp.source) });
    }
    else {
        ctx.assumptions.push({ key, label, unit: 'kgCO2e', value: 'n/a', source: 'no published figure' });
    }
    return { gwp, adpe: conv(data.adpe), pe: conv(data.pe), water: conv(data.water) };
}
function choosePrecision(ctx, gpu, wanted) {
    const precision = wanted ?? DEFAULT_PRECISION;
    const peak = gpu.peakTflops[precision];
    if (peak !== undefined)
        return { precision, peak };
    if (wanted) {
        const available = Object.keys(gpu.peakTflops).join(', ');
        problem(ctx, 'hardware.precision', `${gpu.name} has no ${wanted} peak in the catalogue`, `available: ${available}; or set hardware.peakTflops`);
        return { precision, peak: Number.NaN };
    }
    // No bf16 mode (V100, T4): fall back to the chip's half or single precision.
    for (const p of ['fp16', 'fp32']) {
        const v = gpu.peakTflops[p];
        if (v !== undefined)
            return { precision: p, peak: v };
    }
    problem(ctx, 'hardware.precision', `${gpu.name} has no usable peak in the catalogue`, 'set hardware.peakTflops');
    return { precision, peak: Number.NaN };
}
function findRunGpu(ctx, gpuName) {
    if (gpuName === undefined) {
        problem(ctx, 'hardware.gpu', 'is required (a GPU id such as h100-sxm, or a metrics file that names the GPU)');
        return undefined;
    }
    try {
        return requireGpu(gpuName);
    }
    catch (e) {
        unknownEntry(ctx, 'hardware.gpu', e);
        return undefined;
    }
}
function resolveHardware(ctx, run, measured) {
    const hw = run.hardware ?? {};
    const gpu = findRunGpu(ctx, hw.gpu ?? measured.gpuModel);
    const { precision, peak } = gpu
        ? hw.peakTflops !== undefined
            ? { precision: hw.precision ?? DEFAULT_PRECISION, peak: hw.peakTflops }
            : choosePrecision(ctx, gpu, hw.precision)
        : { precision: hw.precision ?? DEFAULT_PRECISION, peak: Number.NaN };
    if (gpu) {
        ctx.assumptions.push({ key: 'gpu', label: 'GPU', unit: '', value: `${gpu.name} (${precision})`, source: hw.gpu !== undefined ? 'manifest' : measured.label });
        ctx.assumptions.push({
            key: 'peakFlops',
            label: `Peak dense ${precision.toUpperCase()}`,
            unit: 'TFLOP/s',
            value: exact(peak),
            source: hw.peakTflops !== undefined ? 'manifest' : sourceLabel(gpu.source),
        });
    }
    const gpuPowerW = gpu
        ? context_pick(ctx, 'gpuPowerW', 'GPU power', 'W', hw.powerW, { value: exact(gpu.powerW), source: sourceLabel(gpu.source) })
        : exact(Number.NaN);
    // Server share of the non-GPU parts.
    let serverNonGpuPowerW = exact(0);
    let gpusPerServer = 1;
    let serverEmbodied = NO_EMBODIED;
    try {
        const profileId = hw.server ?? gpu?.serverProfile;
        if (profileId !== undefined) {
            const profile = requireServerProfile(profileId);
            const src = sourceLabel(profile.source);
            gpusPerServer = hw.gpusPerServer ?? profile.gpusPerServer;
            ctx.assumptions.push({ key: 'server', label: 'Server', unit: '', value: `${profile.name}, ${gpusPerServer} GPUs`, source: hw.server !== undefined ? 'manifest' : src });
            serverNonGpuPowerW = context_pick(ctx, 'serverPowerW', 'Server non-GPU power', 'W', hw.serverPowerW, { value: exact(profile.nonGpuPowerW), source: src });
            serverEmbodied = embodiedFactors(ctx, profile.nonGpuEmbodied, hw.serverEmbodiedKgCo2e, 'serverEmbodied', 'Server non-GPU embodied');
        }
    }
    catch (e) {
        unknownEntry(ctx, 'hardware.server', e);
    }
    const gpuEmbodied = gpu ? embodiedFactors(ctx, gpu.embodied, hw.embodiedKgCo2e, 'gpuEmbodied', 'GPU embodied') : NO_EMBODIED;
    const lifetimeYears = context_pick(ctx, 'lifetimeYears', 'Hardware lifetime', 'years', hw.lifetimeYears, {
        value: fromSourced(DEFAULT_LIFETIME_YEARS),
        source: sourceLabel(DEFAULT_LIFETIME_YEARS.source),
    });
    return { gpu, precision, peakTflops: peak, gpuPowerW, serverNonGpuPowerW, gpusPerServer, gpuEmbodied, serverEmbodied, lifetimeYears };
}

;// CONCATENATED MODULE: ./src/model/resolve/measurements.ts



/** Measured values of all the run's metrics files together. */
function mergeMeasurements(measurements) {
    const sum = (f) => {
        const values = measurements.map(f).filter((v) => v !== null);
        return values.length ? values.reduce((a, b) => a + b, 0) : undefined;
    };
    const energy = sum((m) => m.energyKwh);
    const scopes = new Set(measurements.filter((m) => m.energyKwh !== null).map((m) => m.energyScope));
    return {
        /** Source label of every figure that comes from the files. */
        label: `metrics: ${measurements.map((m) => m.file).join(', ')}`,
        files: measurements.map((m) => m.file),
        energyKwh: energy,
        // Mixed scopes cannot be added meaningfully; the widest one is taken (the assumption names it).
        energyScope: scopes.has('facility') ? 'facility' : scopes.has('server') ? 'server' : 'gpu',
        gpuHours: sum((m) => m.gpuHours),
        gpuCount: measurements.map((m) => m.gpuCount).find((v) => v !== null) ?? undefined,
        wallClockHours: measurements.map((m) => m.wallClockHours).reduce((a, b) => (b === null ? a : Math.max(a ?? 0, b)), undefined),
        gpuModel: measurements.map((m) => m.gpuModel).find((v) => v !== null) ?? undefined,
        country: measurements.map((m) => m.country).find((v) => v !== null) ?? undefined,
        // Region ids a metrics file names, most specific first ("aws:us-east-1", a bare region, a grid id).
        regionCandidates: measurements.flatMap((m) => [
            ...(m.cloudProvider && m.cloudRegion ? [`${m.cloudProvider}:${m.cloudRegion}`] : []),
            ...(m.cloudRegion ? [m.cloudRegion] : []),
        ]),
        tokens: sum((m) => m.tokens),
    };
}
function resolveMeasuredTime(ctx, run, measured) {
    const hw = run.hardware ?? {};
    const gpuCount = hw.count ?? measured.gpuCount ?? null;
    let measuredGpuHours = null;
    if (run.gpuHours !== undefined)
        measuredGpuHours = run.gpuHours;
    else if (run.hours !== undefined) {
        if (gpuCount === null)
            problem(ctx, 'hardware.count', 'is required with hours (measured GPUh = count × hours)');
        else
            measuredGpuHours = gpuCount * run.hours;
    }
    else if (measured.gpuHours !== undefined)
        measuredGpuHours = measured.gpuHours;
    else if (measured.wallClockHours !== undefined && gpuCount !== null)
        measuredGpuHours = measured.wallClockHours * gpuCount;
    if (measuredGpuHours !== null) {
        ctx.assumptions.push({
            key: 'measuredGpuHours',
            label: 'Measured GPU-hours',
            unit: 'GPUh',
            value: exact(measuredGpuHours),
            source: run.gpuHours !== undefined || run.hours !== undefined ? 'manifest' : measured.label,
        });
    }
    let measuredEnergy = null;
    if (run.energyKwh !== undefined)
        measuredEnergy = { kwh: run.energyKwh, scope: run.energyScope ?? 'gpu' };
    else if (measured.energyKwh !== undefined)
        measuredEnergy = { kwh: measured.energyKwh, scope: measured.energyScope };
    if (measuredEnergy) {
        ctx.assumptions.push({
            key: 'measuredEnergy',
            label: `Measured energy (${measuredEnergy.scope} scope)`,
            unit: 'kWh',
            value: exact(measuredEnergy.kwh),
            source: run.energyKwh !== undefined ? 'manifest' : measured.label,
        });
    }
    const idleGpuHours = run.idleGpuHours ?? 0;
    const idlePowerFraction = hw.idlePowerFraction ?? DEFAULT_IDLE_POWER_FRACTION.central;
    if (idleGpuHours > 0) {
        ctx.assumptions.push({
            key: 'idlePowerFraction',
            label: 'Idle power share',
            unit: '',
            value: exact(idlePowerFraction),
            source: hw.idlePowerFraction !== undefined ? 'manifest' : sourceLabel(DEFAULT_IDLE_POWER_FRACTION.source),
        });
    }
    return { gpuCount, measuredGpuHours, measuredEnergy, idleGpuHours, idlePowerFraction };
}

;// CONCATENATED MODULE: ./src/model/resolve/site.ts




function findProviderOf(ctx, id) {
    try {
        return id !== undefined ? requireProvider(id) : undefined;
    }
    catch (e) {
        unknownEntry(ctx, 'provider', e);
        return undefined;
    }
}
function resolveSite(ctx, run, measured) {
    const fromMetrics = [...measured.regionCandidates, ...(measured.country !== undefined ? [measured.country] : [])];
    const regionId = run.region ?? fromMetrics.find((id) => findRegion(id) !== undefined || findGrid(id) !== undefined);
    if (run.region === undefined && regionId === undefined && fromMetrics.length) {
        ctx.assumptions.push({ key: 'region', label: 'Region', unit: '', value: `${fromMetrics.join(', ')} not in the catalogue: world average used`, source: measured.label });
    }
    const region = regionId !== undefined ? findRegion(regionId) : undefined;
    const gridId = region?.grid ?? regionId ?? DEFAULT_GRID;
    const provider = findProviderOf(ctx, run.provider ?? region?.provider);
    const pue = context_pick(ctx, 'pue', 'PUE', '', run.pue, provider
        ? { value: fromSourced(provider.pue), source: sourceLabel(provider.pue.source) }
        : { value: fromSourced(DEFAULT_PUE), source: sourceLabel(DEFAULT_PUE.source) });
    const wueData = provider?.wue;
    const wue = run.wue !== undefined ? toRange(run.wue) : wueData ? fromSourced(wueData) : null;
    ctx.assumptions.push({
        key: 'wue',
        label: 'On-site WUE',
        unit: 'L/kWh',
        value: wue ?? 'n/a',
        source: run.wue !== undefined ? 'manifest' : wueData ? sourceLabel(wueData.source) : 'no published figure for this site',
    });
    let grid;
    try {
        grid = requireGrid(gridId);
    }
    catch (e) {
        if (run.gridIntensity === undefined)
            unknownEntry(ctx, 'region', e);
    }
    const regionGwp = region?.gwp ?? grid?.gwp;
    const regionLabel = region ? `${region.id} (${region.location})` : grid ? `${grid.name} (${grid.id})` : regionId ?? '';
    const gridLabel = run.gridIntensity !== undefined ? 'Grid factor' : `Grid factor ${regionLabel}`.trim();
    const gwp = context_pick(ctx, 'gridIntensity', gridLabel, 'kgCO2e/kWh', run.gridIntensity, regionGwp
        ? { value: fromSourced(regionGwp), source: sourceLabel(regionGwp.source) }
        : { value: exact(Number.NaN), source: 'unknown' });
    const water = run.electricityWater !== undefined ? toRange(run.electricityWater) : grid?.water ? fromSourced(grid.water) : null;
    const location = {
        region: region?.id ?? null,
        grid: grid?.id ?? gridId,
        provider: provider?.id ?? null,
        label: region ? region.location : grid ? grid.name : gridId,
        ownGridFactor: run.gridIntensity !== undefined,
    };
    return {
        location,
        pue,
        wue,
        electricity: {
            gwp,
            water,
            adpe: grid?.adpe ? fromSourced(grid.adpe) : null,
            pe: grid?.pe ? fromSourced(grid.pe) : null,
        },
    };
}

;// CONCATENATED MODULE: ./src/core/flops.ts
/**
 * Compute load in FLOPs: METHODOLOGY.md section 1, one pure function per row of its table, plus
 * the token counts per modality it gives. Parameter counts are totals (N), active (N_a, MoE) or
 * trainable (N_t) as the row says.
 */
/** Training: F = 6 · N · D. */
function trainingFlops(parameters, tokens) {
    return 6 * parameters * tokens;
}
/** Fine-tuning: F = (2 · N + 4 · N_t) · D; full fine-tuning (N_t = N) gives 6 · N · D. */
function fineTuningFlops(parameters, trainableParameters, tokens) {
    return (2 * parameters + 4 * trainableParameters) * tokens;
}
/** Prompt processing (text, or image/audio encoded positions): F = 2 · N_a · T_in. */
function promptFlops(activeParameters, inputPositions) {
    return 2 * activeParameters * inputPositions;
}
/** Text generation: F = 2 · N_a · T_out. */
function generationFlops(activeParameters, outputTokens) {
    return 2 * activeParameters * outputTokens;
}
/** Image generation with a U-Net: F = 2 · N · (latent width · latent height) · steps. */
function unetImageFlops(parameters, latentWidth, latentHeight, steps) {
    return 2 * parameters * latentWidth * latentHeight * steps;
}
/** Diffusion transformer: F = steps · (2 · N · T + 2 · n_layers · T² · d_model). */
function ditFlops(parameters, tokens, layers, hiddenSize, steps) {
    return steps * (2 * parameters * tokens + 2 * layers * tokens * tokens * hiddenSize);
}
/** Video generation with a U-Net: F = 2 · N · (latent w · h) · frames · steps. */
function unetVideoFlops(parameters, latentWidth, latentHeight, frames, steps) {
    return 2 * parameters * latentWidth * latentHeight * frames * steps;
}
/** Video DiT tokens: T = (frames / temporal compression) · tokens per frame. */
function videoDitTokens(frames, temporalCompression, tokensPerFrame) {
    return (frames / temporalCompression) * tokensPerFrame;
}
/**
 * Hybrid DiT + 3D VAE: the VAE encodes whole blocks of frames, so a partial block costs a whole one.
 * T = ceil(frames / temporal compression) · tokens per frame.
 */
function hybridVideoTokens(frames, temporalCompression, tokensPerFrame) {
    return Math.ceil(frames / temporalCompression) * tokensPerFrame;
}
/** Audio generation, codec / autoregressive: F = 2 · N_a · T_out · codebooks. */
function codecAudioFlops(activeParameters, outputTokens, codebooks) {
    return 2 * activeParameters * outputTokens * codebooks;
}
/** Tokens per modality (section 1): text ≈ 1.6 tokens per word. */
const TOKENS_PER_WORD = 1.6;
function textTokens(words) {
    return words * TOKENS_PER_WORD;
}
/** Image: (w / p) · (h / p) patches; 512 × 512 with p = 16 gives 1,024. */
function imagePatches(width, height, patchSize) {
    return (width / patchSize) * (height / patchSize);
}
/** Audio: duration · sample rate / temporal downscale; 10 s at 24 kHz with 320 gives 750. */
function audioPositions(durationSeconds, sampleRate, temporalDownscale) {
    return (durationSeconds * sampleRate) / temporalDownscale;
}
/** Video: frames · tokens per frame. */
function videoPositions(frames, tokensPerFrame) {
    return frames * tokensPerFrame;
}
function flopsResult(prompt, other, formula) {
    return { prompt, other, total: prompt + other, formula };
}
function workloadFlops(w) {
    switch (w.kind) {
        case 'training':
            return flopsResult(0, trainingFlops(w.parameters, w.tokens), 'F = 6 · N · D');
        case 'fine-tuning':
            return flopsResult(0, fineTuningFlops(w.parameters, w.trainableParameters, w.tokens), 'F = (2 · N + 4 · N_t) · D');
        case 'inference':
            return flopsResult(promptFlops(w.activeParameters, w.promptTokens) * w.requests, generationFlops(w.activeParameters, w.outputTokens) * w.requests, 'F = 2 · N_a · (T_in + T_out) · requests');
        case 'image-generation':
        case 'audio-generation':
        case 'video-generation':
            return generationWorkloadFlops(w);
    }
}
function generationWorkloadFlops(w) {
    switch (w.architecture) {
        case 'unet':
            return w.kind === 'video-generation'
                ? flopsResult(0, unetVideoFlops(w.parameters, w.latentWidth, w.latentHeight, w.frames, w.steps) * w.items, 'F = 2 · N · (latent w · h) · frames · steps')
                : flopsResult(0, unetImageFlops(w.parameters, w.latentWidth, w.latentHeight, w.steps) * w.items, 'F = 2 · N · (latent w · h) · steps');
        case 'dit':
        case 'hybrid': {
            const tokens = w.kind === 'video-generation'
                ? (w.architecture === 'hybrid' ? hybridVideoTokens : videoDitTokens)(w.frames, w.temporalCompression, w.tokensPerFrame)
                : w.latentTokens;
            return flopsResult(0, ditFlops(w.parameters, tokens, w.layers, w.hiddenSize, w.steps) * w.items, 'F = steps · (2 · N · T + 2 · n_layers · T² · d_model)');
        }
        case 'codec':
            return flopsResult(0, codecAudioFlops(w.activeParameters, w.outputTokens, w.codebooks) * w.items, 'F = 2 · N_a · T_out · codebooks');
    }
}

;// CONCATENATED MODULE: ./src/model/resolve/workload.ts
/**
 * Step 3 of resolving a run: the workload. What the run computes (section 1), its FLOPs, the MFU
 * that turns them into GPU time, and the prefix cache (section 5). A run known only from its
 * measurements has no workload and no FLOPs.
 */



function buildWorkload(ctx, run, kind) {
    const m = run.model ?? {};
    const why = `for a ${kind} run (or give measured gpuHours, hours or energyKwh)`;
    const params = () => need(ctx, m.parameters, 'model.parameters', why);
    switch (kind) {
        // MoE: only the active parameters compute per token, so N_a stands in for N (N_a = N when dense).
        case 'training':
            return { kind, parameters: m.activeParameters ?? params(), tokens: need(ctx, run.tokens, 'tokens', why) };
        case 'fine-tuning': {
            const parameters = m.activeParameters ?? params();
            return { kind, parameters, trainableParameters: m.trainableParameters ?? parameters, tokens: need(ctx, run.tokens, 'tokens', why) };
        }
        case 'inference':
            if (run.promptTokens === undefined && run.outputTokens === undefined) {
                problem(ctx, 'promptTokens', `or outputTokens is required ${why}`);
            }
            return {
                kind,
                activeParameters: m.activeParameters ?? params(),
                promptTokens: run.promptTokens ?? 0,
                outputTokens: run.outputTokens ?? 0,
                requests: run.requests ?? 1,
            };
        default:
            return buildGenerationWorkload(ctx, run, kind, why);
    }
}
function buildGenerationWorkload(ctx, run, kind, why) {
    const m = run.model ?? {};
    const g = run.generation ?? {};
    const items = g.items ?? run.requests ?? 1;
    const arch = m.architecture ?? (kind === 'audio-generation' ? 'codec' : 'dit');
    const gen = (field) => need(ctx, g[field], `generation.${field}`, why);
    const parameters = () => need(ctx, m.parameters, 'model.parameters', why);
    const ditShape = () => ({
        layers: need(ctx, m.layers, 'model.layers', why),
        hiddenSize: need(ctx, m.hiddenSize, 'model.hiddenSize', why),
        steps: gen('steps'),
    });
    if (arch === 'codec') {
        if (kind !== 'audio-generation')
            problem(ctx, 'model.architecture', 'codec is an audio-generation architecture');
        return {
            kind: 'audio-generation',
            architecture: 'codec',
            activeParameters: m.activeParameters ?? parameters(),
            outputTokens: gen('outputTokens'),
            codebooks: gen('codebooks'),
            items,
        };
    }
    if (arch === 'unet') {
        if (kind === 'video-generation') {
            return { kind, architecture: 'unet', parameters: parameters(), latentWidth: gen('latentWidth'), latentHeight: gen('latentHeight'), frames: gen('frames'), steps: gen('steps'), items };
        }
        if (kind === 'audio-generation')
            problem(ctx, 'model.architecture', 'audio generation is modelled as dit or codec');
        return { kind: 'image-generation', architecture: 'unet', parameters: parameters(), latentWidth: gen('latentWidth'), latentHeight: gen('latentHeight'), steps: gen('steps'), items };
    }
    if (kind === 'video-generation') {
        return {
            kind,
            architecture: arch,
            parameters: parameters(),
            frames: gen('frames'),
            temporalCompression: g.temporalCompression ?? 1,
            tokensPerFrame: gen('tokensPerFrame'),
            ...ditShape(),
            items,
        };
    }
    if (arch === 'hybrid')
        problem(ctx, 'model.architecture', 'hybrid (DiT + 3D VAE) applies to video generation');
    return { kind, architecture: 'dit', parameters: parameters(), latentTokens: gen('latentTokens'), ...ditShape(), items };
}
/** Whether the run's time and energy are known without its FLOPs. */
function hasMeasuredTime(run, measured) {
    return (run.gpuHours !== undefined ||
        run.hours !== undefined ||
        measured.gpuHours !== undefined ||
        run.energyKwh !== undefined ||
        measured.energyKwh !== undefined);
}
function resolveWorkload(ctx, run, kind, measured) {
    const describesWorkload = run.model !== undefined || run.tokens !== undefined || run.promptTokens !== undefined || run.generation !== undefined;
    let flops = null;
    if (describesWorkload || !hasMeasuredTime(run, measured)) {
        const before = ctx.problems.length;
        const tokens = run.tokens ?? measured.tokens;
        const workload = buildWorkload(ctx, { ...run, ...(tokens !== undefined ? { tokens } : {}) }, kind);
        if (ctx.problems.length === before)
            flops = workloadFlops(workload);
        if ((kind === 'training' || kind === 'fine-tuning') && run.model?.activeParameters !== undefined) {
            // Beyond the methodology's N: a mixture of experts computes with its active parameters per token.
            ctx.assumptions.push({
                key: 'flopsParameters',
                label: 'Parameters in FLOPs',
                unit: '',
                value: `N_a = ${run.model.activeParameters.toExponential(3)} active of N = ${run.model.parameters?.toExponential(3) ?? '?'} (mixture of experts)`,
                source: 'manifest',
            });
        }
    }
    const mfu = context_pick(ctx, 'mfu', 'MFU', '', run.mfu, { value: fromSourced(DEFAULT_MFU), source: sourceLabel(DEFAULT_MFU.source) });
    if (run.cache) {
        ctx.assumptions.push({
            key: 'cacheReuseRate',
            label: `Prefix-cache reuse r (residual α = ${run.cache.residual})`,
            unit: '',
            value: toRange(run.cache.reuseRate),
            source: 'manifest',
        });
    }
    return { flops, mfu, cache: run.cache ? { reuseRate: toRange(run.cache.reuseRate), residual: run.cache.residual } : null };
}

;// CONCATENATED MODULE: ./src/model/resolve.ts
/**
 * Resolves a manifest run into the core's inputs, in four named steps that read top to bottom:
 * hardware (catalogue defaults, the run's overrides), site (provider, region, grid), workload
 * (FLOPs, MFU, cache) and measured time (the run's fields, then its job-metrics files). Every value
 * that reaches the calculation is recorded as an Assumption naming where it came from, so a report
 * can show it. Pure: the catalogue is data and measurements are already parsed.
 */








const PHASE_OF_KIND = {
    training: 'pretraining',
    'fine-tuning': 'fine-tuning',
    inference: 'inference',
    'image-generation': 'inference',
    'video-generation': 'inference',
    'audio-generation': 'inference',
};
/**
 * Beyond this a figure is an input mistake (1e300 parameters, a 5e-324 MFU), and figures that each
 * fit in a double could still overflow to Infinity (JSON null) when runs are added up.
 */
const MAX_FIGURE = 1e100;
/** The first number in `value` that is not finite or is above MAX_FIGURE, as "path = value". */
function implausibleFigure(value, path) {
    if (typeof value === 'number')
        return Number.isFinite(value) && Math.abs(value) <= MAX_FIGURE ? null : `${path} = ${value}`;
    if (value === null || typeof value !== 'object')
        return null;
    for (const [k, v] of Object.entries(value)) {
        const found = implausibleFigure(v, path ? `${path}.${k}` : k);
        if (found)
            return found;
    }
    return null;
}
/** Resolves one run; throws InputError listing every problem with the run. */
function resolveRun(run, opts) {
    const ctx = { file: opts.file, line: opts.line, index: opts.index, locate: opts.locate, problems: [], assumptions: [] };
    const measurements = opts.measurements ?? [];
    const measured = mergeMeasurements(measurements);
    const kind = run.kind ?? 'training';
    const hardware = resolveHardware(ctx, run, measured);
    const site = resolveSite(ctx, run, measured);
    const workload = resolveWorkload(ctx, run, kind, measured);
    const time = resolveMeasuredTime(ctx, run, measured);
    if (ctx.problems.length)
        throw new errors_InputError(ctx.problems);
    const inputs = {
        flops: workload.flops,
        cache: workload.cache,
        peakFlops: hardware.peakTflops * 1e12,
        mfu: workload.mfu,
        gpuPowerW: hardware.gpuPowerW,
        gpuCount: time.gpuCount,
        serverNonGpuPowerW: hardware.serverNonGpuPowerW,
        gpusPerServer: hardware.gpusPerServer,
        pue: site.pue,
        wue: site.wue,
        electricity: site.electricity,
        lifetimeHours: scale(hardware.lifetimeYears, HOURS_PER_YEAR),
        gpuEmbodied: hardware.gpuEmbodied,
        serverEmbodied: hardware.serverEmbodied,
        measuredGpuHours: time.measuredGpuHours,
        measuredEnergy: time.measuredEnergy,
        idleGpuHours: time.idleGpuHours,
        idlePowerFraction: time.idlePowerFraction,
    };
    // Computed once here: the overflow check needs it, and the report uses it.
    const footprint = computeRunFootprint(inputs);
    const outOfRange = implausibleFigure(footprint, '');
    if (outOfRange) {
        throw errors_InputError.single({
            file: ctx.file,
            line: ctx.line,
            field: `runs[${ctx.index}]`,
            message: `the run's figures are out of range (${outOfRange})`,
            hint: 'check the magnitudes of model.parameters, tokens, hours, gpuHours, energyKwh and the mfu, pue, powerW, peakTflops and lifetimeYears overrides' +
                (measurements.length ? `, and the metrics files ${measured.files.join(', ')}` : ''),
        });
    }
    const gpu = hardware.gpu;
    return {
        id: run.id,
        name: run.name ?? run.id,
        kind,
        phase: run.phase ?? PHASE_OF_KIND[kind],
        status: run.status ?? 'final',
        component: run.component ?? 'unspecified',
        tags: run.tags ?? [],
        previousId: run.previousId ?? null,
        file: opts.file,
        line: opts.line,
        gpu: gpu ? { id: gpu.id, name: gpu.name, precision: hardware.precision } : null,
        location: site.location,
        scale: { parameters: run.model?.parameters ?? null, tokens: run.tokens ?? measured.tokens ?? null },
        inputs,
        footprint,
        assumptions: ctx.assumptions,
        amortisation: run.amortisation ?? null,
        requests: kind === 'training' || kind === 'fine-tuning' ? null : (run.generation?.items ?? run.requests ?? 1),
        measurements: measured.files,
    };
}

;// CONCATENATED MODULE: ./src/inputs/metrics/countries.ts
/**
 * Country codes in metrics files: alpha-2 kept, alpha-3 (CodeCarbon's `country_iso_code`) mapped
 * with the table in src/data/countries.ts. Unknown codes are left unmapped by the caller, with a warning.
 */

/** The alpha-2 code of an alpha-3 (or already alpha-2) country code; null when unknown. */
function toAlpha2(code) {
    const upper = code.trim().toUpperCase();
    if (/^[A-Z]{2}$/.test(upper))
        return upper;
    return alpha3ToAlpha2(upper);
}

;// CONCATENATED MODULE: ./src/inputs/metrics/problems.ts
/**
 * Collects the problems of one metrics file so that all of them are reported at once, up to a cap.
 */

/** At most this many problems of one file are kept; a last entry says how many more there were. */
const MAX_PROBLEMS = 50;
class ProblemCollector {
    file;
    kept = [];
    dropped = 0;
    constructor(file) {
        this.file = file;
    }
    get count() {
        return this.kept.length + this.dropped;
    }
    add(problem) {
        if (this.kept.length < MAX_PROBLEMS)
            this.kept.push({ file: this.file, ...problem });
        else
            this.dropped++;
    }
    /** Throws an InputError carrying every kept problem, if there is any. */
    throwIfAny() {
        if (this.kept.length === 0)
            return;
        const problems = [...this.kept];
        if (this.dropped > 0) {
            problems.push({
                file: this.file,
                message: `${this.dropped} more problem${this.dropped === 1 ? '' : 's'} not shown (only the first ${MAX_PROBLEMS} are listed)`,
            });
        }
        throw new errors_InputError(problems);
    }
}
/** Bounded warning list: the first `limit` detailed messages, then a count of the rest. */
class WarningList {
    limit;
    items = [];
    extra = 0;
    constructor(limit = 20) {
        this.limit = limit;
    }
    add(message) {
        if (this.items.length < this.limit)
            this.items.push(message);
        else
            this.extra++;
    }
    toArray() {
        return this.extra > 0 ? [...this.items, `${this.extra} more warning${this.extra === 1 ? '' : 's'} of this kind not shown`] : [...this.items];
    }
}

;// CONCATENATED MODULE: ./src/inputs/metrics/codecarbon.ts
/**
 * CodeCarbon's `emissions.csv`. Columns are found by header name, since they vary by version
 * (2.x/3.x: timestamp, project_name, run_id, experiment_id, duration, emissions, emissions_rate,
 * cpu_power, gpu_power, ram_power, cpu_energy, gpu_energy, ram_energy, energy_consumed,
 * [water_consumed,] country_name, country_iso_code, region, cloud_provider, cloud_region, os,
 * python_version, codecarbon_version, cpu_count, cpu_model, gpu_count, gpu_model, longitude,
 * latitude, ram_total_size, tracking_mode, on_cloud, pue[, wue]; 1.x had no run_id and fewer
 * columns). `duration` (s) and `energy_consumed` (kWh) are required.
 *
 * Aggregation: rows sharing a tracker id (run_id; experiment_id in files without a run_id column)
 * are cumulative snapshots of one tracker, so only the one with the longest duration counts.
 * Different trackers are added up: energy and emissions summed, GPU-hours = Σ gpu_count × duration,
 * wall-clock = the longest duration (trackers of one job run side by side, e.g. one per node).
 */




/** Splits one CSV record (RFC 4180 quoting); null while a quoted cell is still open at the end. */
function splitCsvRecord(text) {
    const values = [];
    const offsets = [];
    const n = text.length;
    let i = 0;
    for (;;) {
        offsets.push(i);
        let value;
        if (text.charCodeAt(i) === 34 /* " */) {
            value = '';
            i++;
            for (;;) {
                const q = text.indexOf('"', i);
                if (q < 0)
                    return null;
                value += text.slice(i, q);
                if (text.charCodeAt(q + 1) === 34) {
                    value += '"';
                    i = q + 2;
                }
                else {
                    i = q + 1;
                    break;
                }
            }
            const comma = text.indexOf(',', i);
            const stop = comma < 0 ? n : comma;
            value += text.slice(i, stop);
            i = stop;
        }
        else {
            const comma = text.indexOf(',', i);
            const stop = comma < 0 ? n : comma;
            value = text.slice(i, stop);
            i = stop;
        }
        values.push(value);
        if (i >= n)
            break;
        i++; // past the comma
    }
    return { values, offsets };
}
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** "2 x NVIDIA A100-SXM4-40GB, 1 x Tesla T4" → [{count 2, name …}, {count 1, name …}]. */
function parseGpuModel(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return { count: null, name: null, mixed: false };
    const parts = trimmed.split(/,\s*(?=\d+\s*x\s)/);
    const entries = [];
    for (const part of parts) {
        const m = /^(\d+)\s*x\s+(.+)$/.exec(part.trim());
        if (m === null)
            return { count: null, name: trimmed, mixed: false };
        entries.push({ count: Number(m[1]), name: m[2].trim() });
    }
    let best = entries[0];
    let total = 0;
    for (const e of entries) {
        total += e.count;
        if (e.count > best.count)
            best = e;
    }
    return { count: total, name: best.name, mixed: new Set(entries.map((e) => e.name)).size > 1 };
}
const REQUIRED = ['duration', 'energy_consumed'];
/**
 * Upper bounds of the cells used: larger figures are refused as implausible (they are typos or
 * damage, and they would overflow once multiplied and added up).
 */
const CODECARBON_LIMITS = {
    duration: 1e10, // s, ~317 years
    energy_consumed: 1e12, // kWh
    emissions: 1e12, // kg
    gpu_count: 1e7,
};
/**
 * Whether a record is a header: it has an "energy_consumed" and a "duration" cell (any case,
 * surrounding whitespace ignored). Called on every row, to notice a header repeated (files appended
 * to), so only cells of the right length are trimmed and lower-cased.
 */
function isHeader(values) {
    let energy = false;
    let duration = false;
    for (const v of values) {
        if (v.length < 8)
            continue; // shorter than "duration" even before trimming
        const t = v.trim();
        if (t.length === 15)
            energy ||= t.toLowerCase() === 'energy_consumed';
        else if (t.length === 8)
            duration ||= t.toLowerCase() === 'duration';
        else
            continue;
        if (energy && duration)
            return true;
    }
    return false;
}
/** A warning that may hold for many rows: reported once, with the first row and how many there were. */
class RowWarning {
    single;
    several;
    first = null;
    /** Line of the first row with the warning; 0 while none. */
    firstLine = 0;
    count = 0;
    constructor(
    /** The warning of the first row, in the words used when it is the only one. */
    single, 
    /** The summary of `count` rows (count ≥ 2), naming the first. */
    several) {
        this.single = single;
        this.several = several;
    }
    add(detail, line) {
        if (this.count++ === 0) {
            this.first = detail();
            this.firstLine = line;
        }
    }
    /** The warning, if any row had it. */
    flush(into) {
        if (this.first === null)
            return;
        into.push(this.count === 1 ? this.single(this.first, this.firstLine) : this.several(this.count, this.first, this.firstLine));
    }
}
function makeHeader(values, line) {
    const names = values.map((v) => v.trim().toLowerCase());
    const index = new Map();
    names.forEach((name, i) => {
        if (!index.has(name))
            index.set(name, i);
    });
    return { line, names, index };
}
/** Reads a CodeCarbon emissions.csv; throws an InputError naming every bad cell (up to 50). */
async function parseCodeCarbonCsv(input, file) {
    const problems = new ProblemCollector(file);
    const warnings = [];
    const runs = new Map();
    let header = null;
    let rows = 0;
    let pending = '';
    let pendingLine = 0;
    let lastLine = 0;
    const unknownCountries = new Set();
    let gpuCountFixes = 0;
    /** The warning about a last line cut off, if any: it follows the rows' warnings. */
    let incomplete = null;
    // One warning per kind however many rows have it (each warning becomes an annotation).
    const countDisagrees = new RowWarning((detail, line) => `line ${line}: ${detail}; gpu_count is used`, (count, detail, line) => `${count} rows have a gpu_count that disagrees with gpu_model (first at line ${line}: ${detail}); gpu_count is used`);
    const mixedModels = new RowWarning((detail, line) => `line ${line}: several GPU models (${detail}); gpuModel is the most numerous one`, (count, detail, line) => `${count} rows have several GPU models (first at line ${line}: ${detail}); gpuModel is the most numerous one`);
    const handleRecord = (cells, line, terminated) => {
        if (header === null) {
            if (!isHeader(cells.values)) {
                const names = cells.values.map((v) => v.trim().toLowerCase());
                const missing = REQUIRED.filter((r) => !names.includes(r));
                throw new errors_InputError(missing.map((name) => ({
                    file,
                    line,
                    column: 1,
                    field: name,
                    message: `not a CodeCarbon emissions.csv: the header has no "${name}" column`,
                    hint: 'the first line must be the header CodeCarbon writes, e.g. "timestamp,project_name,run_id,…,duration,…,energy_consumed,…"',
                })));
            }
            header = makeHeader(cells.values, line);
            return;
        }
        if (isHeader(cells.values)) {
            header = makeHeader(cells.values, line); // header repeated (files appended to)
            return;
        }
        rows++;
        const h = header;
        if (cells.values.length !== h.names.length) {
            if (!terminated && cells.values.length < h.names.length) {
                incomplete = `line ${line} is incomplete (file cut off while written?) and was skipped`;
            }
            else {
                problems.add({ line, column: 1, message: `row has ${cells.values.length} fields, the header (line ${h.line}) has ${h.names.length}` });
            }
            return;
        }
        const cell = (name) => {
            const i = h.index.get(name);
            if (i === undefined)
                return null;
            return { text: cells.values[i].trim(), column: cells.offsets[i] + 1 };
        };
        const number = (name, required) => {
            const c = cell(name);
            if (c === null)
                return null;
            if (c.text === '') {
                if (required)
                    problems.add({ line, column: c.column, field: name, message: 'empty; a number is required' });
                return null;
            }
            if (!NUMBER.test(c.text)) {
                problems.add({ line, column: c.column, field: name, message: `not a number: "${c.text}"` });
                return null;
            }
            const value = Number(c.text);
            if (!Number.isFinite(value)) {
                problems.add({ line, column: c.column, field: name, message: `not a finite number: ${c.text}` });
                return null;
            }
            if (value < 0) {
                problems.add({ line, column: c.column, field: name, message: `must not be negative, got ${c.text}` });
                return null;
            }
            const limit = CODECARBON_LIMITS[name];
            if (limit !== undefined && value > limit) {
                problems.add({ line, column: c.column, field: name, message: `implausibly large: ${c.text} (more than ${limit})` });
                return null;
            }
            return value;
        };
        const text = (name) => {
            const c = cell(name);
            return c === null || c.text === '' ? null : c.text;
        };
        const duration = number('duration', true);
        const energy = number('energy_consumed', true);
        const emissions = number('emissions', false);
        const gpuCountCell = number('gpu_count', false);
        const model = parseGpuModel(text('gpu_model') ?? '');
        let gpuCount = gpuCountCell;
        if (gpuCount !== null && !Number.isInteger(gpuCount)) {
            gpuCountFixes++;
            gpuCount = model.count ?? Math.round(gpuCount);
        }
        else if (gpuCount === null && model.count !== null) {
            gpuCount = model.count;
        }
        else if (gpuCount !== null && model.count !== null && gpuCount !== model.count) {
            const count = gpuCount;
            countDisagrees.add(() => `gpu_count ${count} disagrees with gpu_model "${text('gpu_model')}"`, line);
        }
        if (gpuCount === 0)
            gpuCount = null;
        if (model.mixed)
            mixedModels.add(() => `${text('gpu_model')}`, line);
        const iso = text('country_iso_code');
        let country = null;
        if (iso !== null) {
            country = toAlpha2(iso);
            if (country === null)
                unknownCountries.add(iso);
        }
        if (duration === null || energy === null)
            return;
        const key = text('run_id') ?? (h.index.has('run_id') ? null : text('experiment_id')) ?? `line ${line}`;
        const row = {
            line,
            duration,
            energy,
            emissions,
            gpuCount,
            gpuModel: model.name,
            country,
            cloudProvider: text('cloud_provider'),
            cloudRegion: text('cloud_region'),
        };
        const previous = runs.get(key);
        if (previous === undefined || duration >= previous.duration)
            runs.set(key, row);
    };
    for await (const { text, line, terminated } of readLines(input, { file })) {
        lastLine = line;
        let record;
        let recordLine;
        if (pending !== '') {
            record = `${pending}\n${text}`;
            recordLine = pendingLine;
        }
        else {
            if (text.trim() === '')
                continue;
            record = text;
            recordLine = line;
        }
        const cells = splitCsvRecord(record);
        if (cells === null) {
            pending = record;
            pendingLine = recordLine;
            continue;
        }
        pending = '';
        handleRecord(cells, recordLine, terminated);
    }
    // in the order of the rows they were first seen on, as when every row had its own warning
    for (const w of [countDisagrees, mixedModels].sort((a, b) => a.firstLine - b.firstLine))
        w.flush(warnings);
    if (incomplete !== null)
        warnings.push(incomplete);
    if (pending !== '') {
        warnings.push(`line ${pendingLine} has a quoted field that never closes (file cut off?) and was skipped`);
    }
    if (header === null)
        throw errors_InputError.single({ file, line: lastLine || undefined, message: 'empty file: no CodeCarbon header' });
    problems.throwIfAny();
    if (runs.size === 0) {
        throw errors_InputError.single({ file, message: 'no data rows: CodeCarbon writes one when its tracker stops (or flushes)' });
    }
    if (gpuCountFixes > 0)
        warnings.push(`${gpuCountFixes} row(s) had a non-integer gpu_count; the count from gpu_model (or the rounded value) is used`);
    if (unknownCountries.size > 0)
        warnings.push(`country code(s) not mapped to ISO alpha-2: ${[...unknownCountries].join(', ')}`);
    let energy = 0;
    let maxDuration = 0;
    let gpuSeconds = 0;
    let anyGpu = false;
    let gpuCount = null;
    let emissions = 0;
    const noGpu = [];
    const byModel = new Map();
    const countries = new Map();
    const providers = new Map();
    const regions = new Map();
    for (const run of runs.values()) {
        energy += run.energy;
        if (run.duration > maxDuration)
            maxDuration = run.duration;
        if (run.gpuCount !== null) {
            anyGpu = true;
            gpuSeconds += run.gpuCount * run.duration;
            gpuCount = Math.max(gpuCount ?? 0, run.gpuCount);
        }
        else
            noGpu.push(run.line);
        emissions = emissions === null || run.emissions === null ? null : emissions + run.emissions;
        const weight = run.energy;
        if (run.gpuModel !== null && run.gpuCount !== null)
            byModel.set(run.gpuModel, (byModel.get(run.gpuModel) ?? 0) + run.gpuCount * run.duration);
        if (run.country !== null)
            countries.set(run.country, (countries.get(run.country) ?? 0) + weight);
        if (run.cloudProvider !== null)
            providers.set(run.cloudProvider, (providers.get(run.cloudProvider) ?? 0) + weight);
        if (run.cloudRegion !== null)
            regions.set(run.cloudRegion, (regions.get(run.cloudRegion) ?? 0) + weight);
    }
    if (!anyGpu)
        warnings.push('no GPU recorded by CodeCarbon (gpu_count and gpu_model empty): GPU count and GPU-hours unknown');
    else if (noGpu.length > 0)
        warnings.push(`run(s) at line ${noGpu.join(', ')} recorded no GPU: they add no GPU-hours`);
    const pick = (label, m) => {
        let best = null;
        let bestWeight = -1;
        for (const [k, w] of m) {
            if (w > bestWeight) {
                best = k;
                bestWeight = w;
            }
        }
        if (m.size > 1)
            warnings.push(`runs differ in ${label} (${[...m.keys()].join(', ')}): the one with the most energy (${best}) is used`);
        return best;
    };
    if (runs.size > 1)
        warnings.push(`${runs.size} CodeCarbon runs added up (rows of one run_id are snapshots: only the last counts)`);
    return {
        file,
        format: 'codecarbon',
        runId: null,
        gpuModel: pick('GPU model', byModel),
        gpuCount: anyGpu ? gpuCount : null,
        wallClockHours: maxDuration / 3600,
        gpuHours: anyGpu ? gpuSeconds / 3600 : null,
        energyKwh: energy,
        energyScope: 'server',
        reportedEmissionsKg: emissions,
        country: pick('country', countries),
        cloudProvider: pick('cloud_provider', providers),
        cloudRegion: pick('cloud_region', regions),
        tokens: null,
        samples: rows,
        warnings,
    };
}

;// CONCATENATED MODULE: ./src/inputs/metrics/json-positions.ts
/**
 * Where things are in a JSON text, for error messages, from what the runtime and the yaml package
 * already give: a syntax error's position from JSON.parse's own message, and the line and column of
 * a field from yaml's Lexer tokens and LineCounter (JSON is YAML's flow style). yaml's full document
 * parse would also locate fields but costs seconds per megabyte; the lexer pass is linear and stops
 * once the fields asked for are behind it.
 */

/** Line and column of an offset, counted with yaml's LineCounter. */
function positionAt(text, offset) {
    const lines = new dist/* LineCounter */.HN();
    lines.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        lines.addNewLine(i + 1);
    const { line, col } = lines.linePos(Math.min(offset, text.length));
    return { line, column: col };
}
/**
 * Where JSON.parse stopped, from its (V8) message: "… in JSON at position N (line L column C)", the end
 * for "Unexpected end of JSON input", else the text it quotes around an unexpected token (10
 * characters either side, or the whole text when short). Null when the message says nothing usable.
 */
function syntaxErrorOffset(source, message) {
    const at = /in JSON at position (\d+)/.exec(message);
    if (at)
        return Number(at[1]);
    if (/^Unexpected end of JSON input/.test(message))
        return source.length;
    const token = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
    if (!token)
        return null;
    const [, tok, before, context, after] = token;
    const CONTEXT = 10;
    if (!before && after)
        return context.length - CONTEXT;
    if (before && !after)
        return source.length - context.length + CONTEXT;
    if (before && after) {
        const i = source.indexOf(context);
        return i < 0 ? null : i + CONTEXT;
    }
    const i = source.indexOf(tok);
    return i < 0 ? null : i;
}
/** The syntax error of a JSON text as message and position (V8's wording, position stripped). */
function jsonSyntaxError(source, error) {
    const message = error.message.replace(/ in JSON at position \d+(?: \(line \d+ column \d+\))?/, '').replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '');
    return { message, offset: syntaxErrorOffset(source, error.message) };
}
/** A path as a map key. */
const jsonPathKey = (p) => JSON.stringify(p);
/**
 * Positions of the given paths in a valid JSON text: a property's key, an array element's start.
 * A path that does not exist gets its closest existing ancestor's (a missing key: the object's).
 */
function locateJsonPaths(text, paths) {
    const wanted = new Set(paths.flatMap((p) => p.map((_, i) => jsonPathKey(p.slice(0, i + 1)))).concat(jsonPathKey([])));
    const lastTopIndex = Math.max(-1, ...paths.map((p) => (typeof p[0] === 'number' ? p[0] : Infinity)));
    const deepest = Math.max(0, ...paths.map((p) => p.length));
    const offsets = new Map();
    const lines = new dist/* LineCounter */.HN();
    lines.addNewLine(0);
    const stack = [];
    const record = (p, offset) => {
        if (p === null)
            return;
        const k = jsonPathKey(p);
        if (wanted.has(k) && !offsets.has(k))
            offsets.set(k, offset);
    };
    /** A value starts at `offset`: the root, an array element or a property value; its path. */
    const valueStarts = (offset) => {
        const top = stack[stack.length - 1];
        if (!top) {
            record([], offset);
            return [];
        }
        top.started = true;
        if (top.path === null || top.path.length >= deepest)
            return null;
        const p = [...top.path, top.kind === 'seq' ? top.index : (top.key ?? '')];
        if (top.kind === 'seq')
            record(p, offset);
        return p;
    };
    let offset = 0;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        const type = dist/* CST */.DB.tokenType(token);
        // Control tokens of the lexer take no room in the text.
        if (type === 'doc-mode' || type === 'scalar' || type === 'flow-error-end')
            continue;
        const top = stack[stack.length - 1];
        if (type === 'newline')
            lines.addNewLine(offset + token.length);
        else if (type === 'flow-map-start' || type === 'flow-seq-start') {
            stack.push({ kind: type === 'flow-map-start' ? 'map' : 'seq', path: valueStarts(offset), index: 0, key: null, expectKey: true, started: false });
        }
        else if (type === 'flow-map-end' || type === 'flow-seq-end') {
            stack.pop();
        }
        else if (type === 'comma' && top) {
            if (top.kind === 'seq')
                top.index++;
            else
                top.expectKey = true;
            top.started = false;
            // Every path asked for is behind: the rest of a long array need not be read.
            if (stack.length === 1 && top.kind === 'seq' && top.index > lastTopIndex)
                break;
        }
        else if (type === 'map-value-ind' && top?.kind === 'map') {
            top.expectKey = false;
        }
        else if (top?.kind === 'map' && top.expectKey && type === 'double-quoted-scalar') {
            top.key = JSON.parse(token);
            if (top.path !== null)
                record([...top.path, top.key], offset);
        }
        else if (type !== 'space' && type !== 'byte-order-mark' && type !== 'comment' && !(top?.started && top.kind === 'seq')) {
            valueStarts(offset);
        }
        offset += token.length;
    }
    const out = new Map();
    for (const p of paths) {
        let found;
        for (let k = p.length; k >= 0 && found === undefined; k--)
            found = offsets.get(jsonPathKey(p.slice(0, k)));
        const { line, col } = lines.linePos(found ?? 0);
        out.set(jsonPathKey(p), { line, column: col });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/inputs/metrics/metrics-json.ts
/**
 * The metrics JSON a training script writes itself: one object, or an array of them.
 *
 *     { "runId": "llama-ft-7b", "gpu": "NVIDIA H100 80GB HBM3", "gpuCount": 8, "hours": 12.5,
 *       "energyKwh": 61.2, "energyScope": "gpu", "tokens": 2.1e9, "region": "FR" }
 */






/**
 * Upper bounds: larger figures are typos or damage (and would overflow once multiplied); the
 * schema refuses them.
 */
const METRICS_JSON_LIMITS = {
    gpuCount: 1e7,
    hours: 1e7, // ~1,100 years
    gpuHours: 1e13,
    energyKwh: 1e12,
    tokens: 1e18,
    emissionsKg: 1e12,
};
const L = METRICS_JSON_LIMITS;
const MetricsJsonSchema = strictObject({
    runId: schemas_string().min(1),
    gpu: schemas_string().min(1).optional(),
    gpuCount: schemas_number().int().positive().max(L.gpuCount).optional(),
    /** Wall-clock hours. */
    hours: schemas_number().nonnegative().max(L.hours).optional(),
    gpuHours: schemas_number().nonnegative().max(L.gpuHours).optional(),
    energyKwh: schemas_number().nonnegative().max(L.energyKwh).optional(),
    energyScope: schemas_enum(['gpu', 'server', 'facility']).optional(),
    tokens: schemas_number().nonnegative().max(L.tokens).optional(),
    emissionsKg: schemas_number().nonnegative().max(L.emissionsKg).optional(),
    /** As in the manifest: a country code ("FR"), a cloud region ("aws:us-east-1") or a grid area. */
    region: schemas_string().min(1).optional(),
});
const KNOWN_KEYS = Object.keys(MetricsJsonSchema.shape);
/**
 * The known key closest to an unknown one ("did you mean"), when there is one close enough. The keys
 * are camelCase, so `_`, `-` and spaces in the unknown key are dropped first: "gpu_count" is matched
 * as "gpucount" (gpuCount), not as "gpu-count", which contains "gpu".
 */
function closestKey(key, known = KNOWN_KEYS) {
    return closestMatches(key.replace(/[_\-\s]/g, ''), known, 1)[0] ?? null;
}
function metrics_json_formatPath(path) {
    let out = '';
    for (const p of path) {
        if (typeof p === 'number')
            out += `[${p}]`;
        else
            out += out === '' ? String(p) : `.${String(p)}`;
    }
    return out;
}
function toMeasurement(m, file) {
    const warnings = [];
    let country = null;
    let cloudProvider = null;
    let cloudRegion = null;
    if (m.region !== undefined) {
        const colon = m.region.indexOf(':');
        if (colon > 0) {
            cloudProvider = m.region.slice(0, colon);
            cloudRegion = m.region.slice(colon + 1);
        }
        else if (/^[A-Za-z]{2,3}$/.test(m.region) && toAlpha2(m.region) !== null) {
            country = toAlpha2(m.region);
        }
        else {
            cloudRegion = m.region;
        }
    }
    const gpuHours = m.gpuHours ?? (m.gpuCount !== undefined && m.hours !== undefined ? m.gpuCount * m.hours : null);
    if (m.gpuHours !== undefined && m.gpuCount !== undefined && m.hours !== undefined && m.gpuHours > m.gpuCount * m.hours * (1 + 1e-9)) {
        warnings.push(`run ${m.runId}: gpuHours ${m.gpuHours} exceeds gpuCount × hours = ${m.gpuCount * m.hours}`);
    }
    return {
        file,
        format: 'metrics-json',
        runId: m.runId,
        gpuModel: m.gpu ?? null,
        gpuCount: m.gpuCount ?? null,
        wallClockHours: m.hours ?? null,
        gpuHours,
        energyKwh: m.energyKwh ?? null,
        energyScope: m.energyScope ?? 'gpu',
        reportedEmissionsKg: m.emissionsKg ?? null,
        country,
        cloudProvider,
        cloudRegion,
        tokens: m.tokens ?? null,
        samples: 1,
        warnings,
    };
}
/**
 * Parses and validates a metrics JSON text (one object or an array of objects); always returns an
 * array. Throws an InputError naming every problem with its field path and, where found, line and column.
 */
function parseMetricsJson(text, file) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const shift = source === text ? 0 : 1;
    let data;
    try {
        data = JSON.parse(source);
    }
    catch (e) {
        const { message, offset } = jsonSyntaxError(source, e);
        throw errors_InputError.single({ file, ...(offset !== null ? positionAt(text, offset + shift) : {}), message: `invalid JSON: ${message}` });
    }
    const isArray = Array.isArray(data);
    const items = isArray ? data : [data];
    if (isArray && items.length === 0)
        throw errors_InputError.single({ file, line: 1, column: 1, message: 'empty array: no run metrics' });
    // Problems are located in the text (and unknown keys matched to known ones) only for the first
    // MAX_PROBLEMS; the rest are counted. A file of thousands of bad objects is refused as fast as it parses.
    const found = [];
    let dropped = 0;
    const report = (path, problem) => {
        if (found.length < MAX_PROBLEMS)
            found.push({ path, problem: problem() });
        else
            dropped++;
    };
    const out = [];
    const seen = new Map();
    items.forEach((item, index) => {
        const base = isArray ? [index] : [];
        const result = MetricsJsonSchema.safeParse(item);
        if (!result.success) {
            for (const issue of result.error.issues) {
                const path = [...base, ...issue.path.filter((p) => typeof p !== 'symbol')];
                if (issue.code === 'unrecognized_keys') {
                    for (const key of issue.keys) {
                        report([...path, key], () => {
                            const suggestion = closestKey(key);
                            return {
                                file,
                                field: metrics_json_formatPath([...path, key]),
                                message: 'unknown key',
                                hint: suggestion !== null ? `did you mean "${suggestion}"?` : `known keys: ${KNOWN_KEYS.join(', ')}`,
                            };
                        });
                    }
                }
                else {
                    const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
                    report(path, () => ({
                        file,
                        field: metrics_json_formatPath(path) || undefined,
                        message: missing ? `is required (${issue.expected})` : issue.message,
                    }));
                }
            }
            return;
        }
        const first = seen.get(result.data.runId);
        if (first !== undefined) {
            const runId = result.data.runId;
            report([...base, 'runId'], () => ({ file, field: metrics_json_formatPath([...base, 'runId']), message: `run id "${runId}" already given at [${first}]` }));
            return;
        }
        seen.set(result.data.runId, index);
        out.push(toMeasurement(result.data, file));
    });
    if (found.length > 0) {
        // Where each path is (else its closest existing ancestor: a missing key, the object holding it).
        const positions = locateJsonPaths(text, found.map((f) => f.path));
        const problems = found.map(({ path, problem }) => {
            const { field, ...rest } = problem;
            return { ...rest, ...positions.get(jsonPathKey(path)), ...(field !== undefined ? { field } : {}) };
        });
        if (dropped > 0)
            problems.push({ file, message: `${dropped} more problems not shown` });
        throw new errors_InputError(problems);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/inputs/metrics/bytes.ts
/**
 * Hand-written parsers that read numbers and timestamps straight from a byte range of a Buffer,
 * without building strings, for the hot loops of the streaming CSV readers.
 */
const POW10 = [];
for (let i = 0, p = 1; i <= 22; i++, p *= 10)
    POW10.push(p);
const C_0 = 48;
const C_9 = 57;
const C_DOT = 46;
const C_PLUS = 43;
const C_MINUS = 45;
const C_E = 101;
const C_UPPER_E = 69;
/**
 * The decimal number written exactly in buf[start, end) (no surrounding spaces), or NaN when the
 * bytes are not a plain decimal (`[+-]digits[.digits][e[+-]digits]`). Gives the same double as
 * `Number()`: short mantissas are computed exactly (an integer below 2^53 divided by an exact power
 * of ten is correctly rounded); anything longer falls back to `Number()` on the text.
 */
function parseDecimal(buf, start, end) {
    // Fast path, kept small so that it is optimised (and inlined) early: [-]digits[.digits].
    let i = start;
    const negative = i < end && buf[i] === C_MINUS;
    if (negative)
        i++;
    const intStart = i;
    let mantissa = 0;
    let c = 0;
    for (; i < end; i++) {
        c = buf[i];
        if (c < C_0 || c > C_9)
            break;
        mantissa = mantissa * 10 + (c - C_0);
    }
    let digits = i - intStart;
    let fraction = 0;
    if (i < end && c === C_DOT) {
        const fracStart = ++i;
        for (; i < end; i++) {
            c = buf[i];
            if (c < C_0 || c > C_9)
                break;
            mantissa = mantissa * 10 + (c - C_0);
        }
        fraction = i - fracStart;
        digits += fraction;
    }
    // exact: an integer below 10^15 < 2^53 divided by an exact power of ten is correctly rounded
    if (i !== end || digits === 0 || digits > 15)
        return parseDecimalSlow(buf, start, end);
    const value = fraction === 0 ? mantissa : mantissa / POW10[fraction];
    return negative ? -value : value;
}
/** The general case of parseDecimal: a `+` sign, an exponent, or more than 15 digits. */
function parseDecimalSlow(buf, start, end) {
    let i = start;
    if (i < end && (buf[i] === C_PLUS || buf[i] === C_MINUS))
        i++;
    let digits = 0;
    for (; i < end && buf[i] >= C_0 && buf[i] <= C_9; i++)
        digits++;
    if (i < end && buf[i] === C_DOT)
        for (i++; i < end && buf[i] >= C_0 && buf[i] <= C_9; i++)
            digits++;
    if (digits === 0)
        return NaN;
    if (i < end && (buf[i] === C_E || buf[i] === C_UPPER_E)) {
        i++;
        if (i < end && (buf[i] === C_PLUS || buf[i] === C_MINUS))
            i++;
        const expStart = i;
        for (; i < end && buf[i] >= C_0 && buf[i] <= C_9; i++)
            ;
        if (i === expStart)
            return NaN;
    }
    if (i !== end)
        return NaN;
    return Number(latin1(buf, start, end));
}
function latin1(buf, start, end) {
    return Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1');
}
/** Days from 1970-01-01 to the given civil date (proleptic Gregorian). */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const mp = m > 2 ? m - 3 : m + 9;
    const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function digit2(buf, i) {
    const a = buf[i] - C_0;
    const b = buf[i + 1] - C_0;
    if (!(a >= 0 && a <= 9 && b >= 0 && b <= 9))
        return -1;
    return a * 10 + b;
}
/**
 * Milliseconds of the `YYYY/MM/DD HH:MM` part (16 bytes) of a timestamp at buf[start…], `-` for
 * `/` and `T` for the space accepted; NaN when it is not such a prefix.
 */
function parsePrefixMs(buf, start) {
    const i = start;
    const y0 = digit2(buf, i);
    const y1 = digit2(buf, i + 2);
    if (y0 < 0 || y1 < 0)
        return NaN;
    const s1 = buf[i + 4];
    if (s1 !== 47 && s1 !== C_MINUS)
        return NaN;
    const month = digit2(buf, i + 5);
    if (buf[i + 7] !== s1)
        return NaN;
    const day = digit2(buf, i + 8);
    const sep = buf[i + 10];
    if (sep !== 32 && sep !== 84)
        return NaN;
    const hour = digit2(buf, i + 11);
    if (buf[i + 13] !== 58)
        return NaN;
    const minute = digit2(buf, i + 14);
    if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1] || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
        return NaN;
    }
    return ((daysFromCivil(y0 * 100 + y1, month, day) * 24 + hour) * 60 + minute) * 60000;
}
/** Set by parseSecondsPart: offset just past what it read. */
let tailEnd = 0;
/** Milliseconds of `:SS[.fff…]` at buf[i…end); NaN when malformed. Sets `tailEnd`. */
function parseSecondsPart(buf, i, end) {
    if (end - i < 3 || buf[i] !== 58)
        return NaN;
    const second = digit2(buf, i + 1);
    if (second < 0 || second > 60)
        return NaN;
    let ms = second * 1000;
    let j = i + 3;
    if (j < end && buf[j] === C_DOT) {
        j++;
        let scale = 100;
        const fracStart = j;
        for (; j < end; j++) {
            const c = buf[j];
            if (c < C_0 || c > C_9)
                break;
            ms += (c - C_0) * scale;
            scale /= 10;
        }
        if (j === fracStart)
            return NaN;
    }
    tailEnd = j;
    return ms;
}
/**
 * Milliseconds of a wall-clock timestamp `YYYY/MM/DD HH:MM:SS[.fff…]` (nvidia-smi's form; `-` for
 * `/` and `T` for the space are accepted too, as is a trailing `Z` or `±HH[:]MM` offset) in
 * buf[start, end). A timestamp without offset is read as if it were UTC: only differences between
 * timestamps of one log matter. NaN when the bytes are not such a timestamp.
 */
function parseTimestampMs(buf, start, end) {
    if (end - start < 19)
        return NaN;
    const base = parsePrefixMs(buf, start);
    if (Number.isNaN(base))
        return NaN;
    const seconds = parseSecondsPart(buf, start + 16, end);
    if (Number.isNaN(seconds))
        return NaN;
    const ms = base + seconds;
    const j = tailEnd;
    if (j === end)
        return ms;
    const c = buf[j];
    if (c === 90 /* Z */ && j + 1 === end)
        return ms;
    if ((c === C_PLUS || c === C_MINUS) && (end - j === 5 || end - j === 6)) {
        const oh = digit2(buf, j + 1);
        let k = j + 3;
        if (buf[k] === 58)
            k++;
        const om = digit2(buf, k);
        if (oh < 0 || om < 0 || k + 2 !== end || oh > 23 || om > 59)
            return NaN;
        const offset = (oh * 60 + om) * 60000;
        return c === C_PLUS ? ms - offset : ms + offset;
    }
    return NaN;
}
/**
 * parseTimestampMs with a cache of the last `YYYY/MM/DD HH:MM` prefix: consecutive samples of a
 * log share it, so most timestamps cost a 16-byte comparison and the seconds only.
 */
class TimestampReader {
    prefix = new Uint8Array(16);
    prefixMs = NaN;
    read(buf, start, end) {
        if (end - start >= 19) {
            const p = this.prefix;
            let same = !Number.isNaN(this.prefixMs);
            if (same) {
                for (let k = 15; k >= 0; k--) {
                    if (buf[start + k] !== p[k]) {
                        same = false;
                        break;
                    }
                }
            }
            if (!same) {
                const base = parsePrefixMs(buf, start);
                if (!Number.isNaN(base)) {
                    for (let k = 0; k < 16; k++)
                        p[k] = buf[start + k];
                    this.prefixMs = base;
                    same = true;
                }
            }
            if (same) {
                const seconds = parseSecondsPart(buf, start + 16, end);
                if (!Number.isNaN(seconds) && tailEnd === end)
                    return this.prefixMs + seconds;
            }
        }
        return parseTimestampMs(buf, start, end);
    }
}
/** A millisecond timestamp from parseTimestampMs, printed back as `YYYY-MM-DD HH:MM:SS.mmm`. */
function formatTimestampMs(ms) {
    return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

;// CONCATENATED MODULE: ./src/inputs/metrics/nvidia-smi.ts
/**
 * nvidia-smi power logs: the CSV that
 * `nvidia-smi --query-gpu=timestamp,index,name,power.draw[,…] --format=csv[,nounits] -l 1` prints,
 * e.g.
 *
 *     timestamp, index, name, power.draw [W]
 *     2024/05/01 12:00:00.123, 0, NVIDIA H100 80GB HBM3, 312.45 W
 *
 * Power is integrated over time per GPU with the trapezoid rule. Streaming at flat memory: per GPU
 * only the last sample, running sums and the first intervals (to estimate the sampling period) are
 * kept, whatever the size of the log.
 */




/** A reading above this (W, one GPU board) is refused as implausible; it also keeps every sum finite. */
const MAX_POWER_W = 100_000;
/** Intervals per GPU from which its median sampling interval is estimated. */
const INTERVALS_FOR_MEDIAN = 100;
const MIN_DEFAULT_GAP_S = 30;
const GAP_FACTOR = 10;
/** Column names accepted as the GPU key, best first. */
const KEY_COLUMNS = ['index', 'uuid', 'pci.bus_id'];
/** Column names accepted as the power reading, best first. */
const POWER_COLUMNS = ['power.draw', 'power.draw.average', 'power.draw.instant'];
const COMMA = 44;
/** Width of nvidia-smi's `YYYY/MM/DD HH:MM:SS.mmm`. */
const TS_WIDTH = 23;
const SPACE = 32;
const TAB = 9;
const OPEN_BRACKET = 91;
const UPPER_W = 87;
class Gpu {
    index;
    key;
    label;
    name;
    /** Rows of this GPU, usable or not. */
    rows = 0;
    /** Accepted samples. */
    samples = 0;
    lastT = 0;
    lastP = 0;
    energyJ = 0;
    /** Neumaier compensation of energyJ. */
    energyC = 0;
    observedS = 0;
    /** Gap threshold in seconds; NaN while the first intervals are still being collected. */
    threshold;
    /** The first intervals, held until the threshold is known: seconds, joules, line of the later sample. */
    pendingDt = null;
    pendingJ = null;
    pendingLine = null;
    pendingT = null;
    pendingCount = 0;
    constructor(index, key, label, name, threshold) {
        this.index = index;
        this.key = key;
        this.label = label;
        this.name = name;
        this.threshold = threshold;
        if (Number.isNaN(threshold)) {
            this.pendingDt = new Float64Array(INTERVALS_FOR_MEDIAN);
            this.pendingJ = new Float64Array(INTERVALS_FOR_MEDIAN);
            this.pendingLine = new Float64Array(INTERVALS_FOR_MEDIAN);
            this.pendingT = new Float64Array(INTERVALS_FOR_MEDIAN);
        }
    }
    addEnergy(joules, seconds) {
        const sum = this.energyJ;
        const next = sum + joules;
        if (Math.abs(sum) >= Math.abs(joules))
            this.energyC += sum - next + joules;
        else
            this.energyC += joules - next + sum;
        this.energyJ = next;
        this.observedS += seconds;
    }
    get totalJ() {
        return this.energyJ + this.energyC;
    }
}
class NvidiaSmiParser {
    file;
    problems;
    fixedGap;
    columns = null;
    fieldStart = new Int32Array(8);
    fieldEnd = new Int32Array(8);
    gpus = [];
    byKey = new Map();
    cursor = 0;
    timestamps = new TimestampReader();
    sawLine = false;
    /** Whether power values carried a " W" unit (csv without nounits). */
    unitsSeen = false;
    dataRows = 0;
    minT = Infinity;
    maxT = -Infinity;
    naCount = 0;
    naFirstLine = 0;
    outOfOrderCount = 0;
    outOfOrderFirstLine = 0;
    truncatedLine = 0;
    gapCount = 0;
    gapSeconds = 0;
    gapWarnings = new WarningList(20);
    constructor(file, options) {
        this.file = file;
        this.problems = new ProblemCollector(file);
        const gap = options.maxGapSeconds;
        if (gap !== undefined && !(gap > 0)) {
            throw errors_InputError.single({ file, field: 'maxGapSeconds', message: `maxGapSeconds must be a positive number of seconds, got ${gap}` });
        }
        this.fixedGap = gap ?? NaN;
    }
    onLine = (buf, start, end, line, terminated) => {
        if (start === end)
            return;
        const c0 = buf[start];
        if (c0 < 48 || c0 > 57 || this.columns === null) {
            this.otherLine(buf, start, end, line, terminated);
            return;
        }
        const cols = this.columns;
        const count = cols.count;
        const fs = this.fieldStart;
        const fe = this.fieldEnd;
        // Find the field boundaries, up to the last column used (a complete last line is checked whole).
        const last = terminated ? cols.lastUsed : count - 1;
        let n = 0;
        let from = start;
        let i = start;
        if (cols.ts === 0 && end - start > TS_WIDTH && buf[start + TS_WIDTH] === COMMA) {
            // nvidia-smi's timestamp is fixed-width and comma-free: skip scanning it
            fs[0] = start;
            fe[0] = start + TS_WIDTH;
            n = 1;
            from = i = start + TS_WIDTH + 1; // (the header has ≥ 3 columns, so `last` ≥ 2)
        }
        for (; i < end; i++) {
            if (buf[i] === COMMA) {
                if (n < count) {
                    fs[n] = from;
                    fe[n] = i;
                }
                from = i + 1;
                if (n++ === last)
                    break;
            }
        }
        if (i === end) {
            if (n < count) {
                fs[n] = from;
                fe[n] = end;
            }
            n++;
        }
        else {
            // stopped at the comma after column `last`: the columns after it are not looked at, unless
            // `last` is the header's last column, and then the row has too many
            n = last < count - 1 ? count : count + 1;
        }
        this.dataRows++;
        if (n !== count) {
            this.badFieldCount(n, count, line, terminated);
            return;
        }
        // timestamp
        let s = fs[cols.ts];
        let e = fe[cols.ts];
        while (s < e && (buf[s] === SPACE || buf[s] === TAB))
            s++;
        while (e > s && (buf[e - 1] === SPACE || buf[e - 1] === TAB))
            e--;
        const t = this.timestamps.read(buf, s, e);
        if (Number.isNaN(t)) {
            this.badTimestamp(buf, s, e, start, line, terminated);
            return;
        }
        // GPU key
        s = fs[cols.key];
        e = fe[cols.key];
        while (s < e && (buf[s] === SPACE || buf[s] === TAB))
            s++;
        while (e > s && (buf[e - 1] === SPACE || buf[e - 1] === TAB))
            e--;
        const gpu = this.gpuFor(buf, s, e, start, line);
        if (gpu === null)
            return;
        // power
        s = fs[cols.power];
        e = fe[cols.power];
        while (s < e && (buf[s] === SPACE || buf[s] === TAB))
            s++;
        while (e > s && (buf[e - 1] === SPACE || buf[e - 1] === TAB))
            e--;
        gpu.rows++;
        if (s < e && buf[s] === OPEN_BRACKET) {
            // [N/A], [Not Supported], [Unknown Error]…: no reading
            if (this.naCount++ === 0)
                this.naFirstLine = line;
            return;
        }
        let ne = e;
        const hasUnit = ne > s && buf[ne - 1] === UPPER_W;
        if (hasUnit) {
            ne--;
            while (ne > s && buf[ne - 1] === SPACE)
                ne--;
            this.unitsSeen = true;
        }
        const p = parseDecimal(buf, s, ne);
        if (!(p >= 0 && p <= MAX_POWER_W) || (!terminated && this.unitsSeen && !hasUnit)) {
            this.badPower(buf, s, e, p, start, line, terminated);
            return;
        }
        this.sample(gpu, t, p, line);
    };
    // The rare paths, kept out of onLine so that it stays small and is optimised early.
    badFieldCount(n, count, line, terminated) {
        if (!terminated && n < count)
            this.truncatedLine = line;
        else {
            this.problems.add({
                line,
                column: 1,
                message: n > count ? `row has more fields than the header (${count})` : `row has ${n} fields, the header has ${count}`,
            });
        }
    }
    badTimestamp(buf, s, e, lineStart, line, terminated) {
        if (!terminated)
            this.truncatedLine = line;
        else {
            this.problems.add({
                line,
                column: s - lineStart + 1,
                field: 'timestamp',
                message: `not a timestamp: "${buf.toString('utf8', s, e)}" (expected YYYY/MM/DD HH:MM:SS.mmm)`,
            });
        }
    }
    badPower(buf, s, e, p, lineStart, line, terminated) {
        if (!terminated)
            this.truncatedLine = line;
        else {
            this.problems.add({
                line,
                column: s - lineStart + 1,
                field: 'power.draw',
                message: Number.isNaN(p)
                    ? `not a power reading: "${buf.toString('utf8', s, e)}" (expected watts, e.g. 312.45 W)`
                    : p < 0
                        ? `power must not be negative, got ${p} W`
                        : `implausible power reading: ${buf.toString('utf8', s, e)} (more than ${MAX_POWER_W / 1000} kW for one GPU)`,
            });
        }
    }
    sample(gpu, t, p, line) {
        if (gpu.samples === 0) {
            gpu.samples = 1;
            gpu.lastT = t;
            gpu.lastP = p;
            if (t < this.minT)
                this.minT = t;
            if (t > this.maxT)
                this.maxT = t;
            return;
        }
        const dtMs = t - gpu.lastT;
        if (dtMs < 0) {
            if (this.outOfOrderCount++ === 0)
                this.outOfOrderFirstLine = line;
            return;
        }
        gpu.samples++;
        if (dtMs > 0) {
            const dt = dtMs / 1000;
            const joules = (gpu.lastP + p) * 0.5 * dt;
            if (gpu.pendingDt === null) {
                if (dt > gpu.threshold)
                    this.gap(gpu, dt, gpu.lastT, line);
                else
                    gpu.addEnergy(joules, dt);
            }
            else {
                this.pend(gpu, dt, joules, line);
            }
            if (t > this.maxT)
                this.maxT = t;
        }
        gpu.lastT = t;
        gpu.lastP = p;
    }
    /** Holds one of a GPU's first intervals until its gap threshold is known. */
    pend(gpu, dt, joules, line) {
        const k = gpu.pendingCount++;
        gpu.pendingDt[k] = dt;
        gpu.pendingJ[k] = joules;
        gpu.pendingLine[k] = line;
        gpu.pendingT[k] = gpu.lastT;
        if (gpu.pendingCount === INTERVALS_FOR_MEDIAN)
            this.settle(gpu);
    }
    /** Fixes the GPU's gap threshold from its first intervals and integrates them. */
    settle(gpu) {
        const n = gpu.pendingCount;
        const dts = gpu.pendingDt;
        const js = gpu.pendingJ;
        const lines = gpu.pendingLine;
        const ts = gpu.pendingT;
        if (n > 0) {
            const sorted = sortedCopy(dts, n);
            const median = n % 2 === 1 ? sorted[(n - 1) >> 1] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            gpu.threshold = Math.max(MIN_DEFAULT_GAP_S, GAP_FACTOR * median);
        }
        else {
            gpu.threshold = MIN_DEFAULT_GAP_S;
        }
        for (let k = 0; k < n; k++) {
            const dt = dts[k];
            if (dt > gpu.threshold)
                this.gap(gpu, dt, ts[k], lines[k]);
            else
                gpu.addEnergy(js[k], dt);
        }
        gpu.pendingDt = gpu.pendingJ = gpu.pendingLine = gpu.pendingT = null;
        gpu.pendingCount = 0;
    }
    gap(gpu, seconds, fromT, line) {
        this.gapCount++;
        this.gapSeconds += seconds;
        this.gapWarnings.add(`GPU ${gpu.label}: no sample for ${formatSeconds(seconds)} from ${formatTimestampMs(fromT)} to the sample at line ${line} ` +
            `(longer than the ${formatSeconds(gpu.threshold)} gap limit): not integrated, the GPU counts as unobserved then`);
    }
    gpuFor(buf, s, e, lineStart, line) {
        const gpus = this.gpus;
        const n = gpus.length;
        if (n > 0) {
            let idx = this.cursor;
            if (idx >= n)
                idx = 0;
            const candidate = gpus[idx];
            const key = candidate.key;
            const len = e - s;
            if (key.length === len) {
                let same = true;
                for (let i = 0; i < len; i++) {
                    if (key[i] !== buf[s + i]) {
                        same = false;
                        break;
                    }
                }
                if (same) {
                    this.cursor = idx + 1;
                    return candidate;
                }
            }
        }
        return this.findGpu(buf, s, e, lineStart, line);
    }
    /** gpuFor when the GPU is not the one expected next: looks it up by key, or adds it. */
    findGpu(buf, s, e, lineStart, line) {
        const n = this.gpus.length;
        if (s === e) {
            this.problems.add({ line, column: s - lineStart + 1, field: this.columns.keyName, message: 'empty GPU key' });
            return null;
        }
        const text = buf.toString('utf8', s, e);
        let gpu = this.byKey.get(text);
        if (gpu === undefined) {
            const cols = this.columns;
            let name = null;
            if (cols.name >= 0) {
                let ns = this.fieldStart[cols.name];
                let ne = this.fieldEnd[cols.name];
                while (ns < ne && buf[ns] === SPACE)
                    ns++;
                while (ne > ns && buf[ne - 1] === SPACE)
                    ne--;
                name = ne > ns ? buf.toString('utf8', ns, ne) : null;
            }
            gpu = new Gpu(n, Buffer.from(text, 'utf8'), text, name, this.fixedGap);
            this.gpus.push(gpu);
            this.byKey.set(text, gpu);
        }
        this.cursor = gpu.index + 1;
        return gpu;
    }
    /** A line that does not start with a digit: a header (first or repeated), or junk. */
    otherLine(buf, start, end, line, terminated) {
        const text = buf.toString('utf8', start, end).trim();
        if (text === '')
            return;
        const first = !this.sawLine;
        this.sawLine = true;
        const lower = text.toLowerCase();
        if (lower.startsWith('timestamp') || lower.includes('power.draw')) {
            if (this.columns?.text !== text)
                this.columns = this.parseHeader(text, line);
            return;
        }
        if (first || this.columns === null) {
            throw errors_InputError.single({
                file: this.file,
                line,
                column: 1,
                message: 'not an nvidia-smi CSV log: the first line must be the header, e.g. "timestamp, index, name, power.draw [W]"',
                hint: 'log with nvidia-smi --query-gpu=timestamp,index,name,power.draw --format=csv -l 1 (without noheader)',
            });
        }
        this.dataRows++;
        if (!terminated)
            this.truncatedLine = line;
        else
            this.problems.add({ line, column: 1, field: 'timestamp', message: `not a data row: "${truncate(text)}"` });
    }
    parseHeader(text, line) {
        const names = [];
        const problems = [];
        for (const raw of text.split(',')) {
            const cell = raw.trim();
            const open = cell.indexOf('[');
            const name = (open >= 0 ? cell.slice(0, open) : cell).trim().toLowerCase();
            names.push(name);
            if (POWER_COLUMNS.includes(name) && open >= 0) {
                const unit = cell.slice(open + 1, cell.lastIndexOf(']') > open ? cell.lastIndexOf(']') : undefined).trim();
                if (unit !== 'W')
                    problems.push(`${name} is in [${unit}], expected [W]`);
            }
        }
        const ts = names.indexOf('timestamp');
        const keyName = KEY_COLUMNS.find((k) => names.includes(k));
        const powerName = POWER_COLUMNS.find((k) => names.includes(k));
        const missing = [];
        if (ts < 0)
            missing.push('timestamp');
        if (keyName === undefined)
            missing.push('index (or uuid, or pci.bus_id)');
        if (powerName === undefined)
            missing.push('power.draw');
        if (missing.length > 0 || problems.length > 0) {
            const messages = [...(missing.length > 0 ? [`header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`] : []), ...problems];
            throw new errors_InputError(messages.map((message) => ({
                file: this.file,
                line,
                column: 1,
                message,
                hint: 'log with nvidia-smi --query-gpu=timestamp,index,name,power.draw --format=csv -l 1',
            })));
        }
        if (names.length > this.fieldStart.length) {
            this.fieldStart = new Int32Array(names.length);
            this.fieldEnd = new Int32Array(names.length);
        }
        const key = names.indexOf(keyName);
        const name = names.indexOf('name');
        const power = names.indexOf(powerName);
        return { text, count: names.length, ts, key, keyName: keyName, name, power, lastUsed: Math.max(ts, key, name, power) };
    }
    finish() {
        for (const gpu of this.gpus)
            if (gpu.pendingDt !== null)
                this.settle(gpu);
        if (this.columns === null && this.problems.count === 0) {
            throw errors_InputError.single({ file: this.file, message: 'empty nvidia-smi log: no header and no samples' });
        }
        this.problems.throwIfAny();
        const warnings = [];
        if (this.truncatedLine > 0)
            warnings.push(`line ${this.truncatedLine} is incomplete (log cut off while written?) and was skipped`);
        if (this.naCount > 0) {
            warnings.push(`${this.naCount} power reading${this.naCount === 1 ? ' was' : 's were'} unavailable ([N/A] or similar) and skipped (first at line ${this.naFirstLine})`);
        }
        if (this.outOfOrderCount > 0) {
            warnings.push(`${this.outOfOrderCount} sample${this.outOfOrderCount === 1 ? '' : 's'} earlier than the previous sample of the same GPU ${this.outOfOrderCount === 1 ? 'was' : 'were'} skipped (first at line ${this.outOfOrderFirstLine})`);
        }
        warnings.push(...this.gapWarnings.toArray());
        if (this.gapCount > 1)
            warnings.push(`${this.gapCount} gaps in all, ${formatSeconds(this.gapSeconds)} of GPU time not integrated`);
        let energyJ = 0;
        let observedS = 0;
        const models = new Map();
        let integrated = 0;
        for (const gpu of this.gpus) {
            energyJ += gpu.totalJ;
            observedS += gpu.observedS;
            if (gpu.name !== null)
                models.set(gpu.name, (models.get(gpu.name) ?? 0) + 1);
            if (gpu.samples === 0)
                warnings.push(`GPU ${gpu.label}: no usable power reading`);
            else if (gpu.samples === 1)
                warnings.push(`GPU ${gpu.label}: a single sample, nothing to integrate`);
            if (gpu.samples > 0)
                integrated++;
        }
        if (integrated === 0) {
            throw errors_InputError.single({ file: this.file, message: 'no usable power reading in the log', hint: 'is power.draw [N/A] on this GPU?' });
        }
        let gpuModel = null;
        let best = 0;
        for (const [name, count] of models) {
            if (count > best) {
                best = count;
                gpuModel = name;
            }
        }
        if (models.size > 1) {
            warnings.push(`mixed GPU models: ${[...models].map(([name, count]) => `${count} × ${name}`).join(', ')}; gpuModel is the most common one`);
        }
        return {
            file: this.file,
            format: 'nvidia-smi',
            runId: null,
            gpuModel,
            gpuCount: this.gpus.length,
            wallClockHours: (this.maxT - this.minT) / 3.6e6,
            gpuHours: observedS / 3600,
            energyKwh: energyJ / 3.6e6,
            energyScope: 'gpu',
            reportedEmissionsKg: null,
            country: null,
            cloudProvider: null,
            cloudRegion: null,
            tokens: null,
            samples: this.dataRows,
            warnings,
        };
    }
}
/** The first n values, sorted (insertion sort: n ≤ 100, and it needs no warm-up of a builtin). */
function sortedCopy(values, n) {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const v = values[i];
        let j = i - 1;
        while (j >= 0 && out[j] > v) {
            out[j + 1] = out[j];
            j--;
        }
        out[j + 1] = v;
    }
    return out;
}
function formatSeconds(s) {
    return `${Number.isInteger(s) ? s : s.toFixed(3).replace(/\.?0+$/, '')} s`;
}
function truncate(text) {
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/** Reads an nvidia-smi CSV power log; throws an InputError naming every bad row (up to 50). */
async function parseNvidiaSmiCsv(input, file, options = {}) {
    const parser = new NvidiaSmiParser(file, options);
    await scanLines(input, parser.onLine, { file });
    return parser.finish();
}

;// CONCATENATED MODULE: ./src/inputs/metrics/index.ts
/**
 * Job-metrics files: format detection and one entry point, over a stream (WorkspaceReader.openStream
 * gives a FileChunkStream, read in two reused buffers). CSV formats are streamed at flat memory
 * whatever their size; JSON is read whole, up to a cap.
 */









/** JSON metrics files larger than this are refused (CSV has no cap: it is streamed). */
const DEFAULT_MAX_JSON_BYTES = 64 * 1024 * 1024;
/** Bytes looked at to detect the format. */
const SNIFF_BYTES = 4096;
/**
 * The format of a metrics file from its content (first line), falling back on its extension only
 * for JSON; null when unrecognised.
 */
function detectMetricsFormat(fileName, firstBytes) {
    const text = firstBytes.charCodeAt(0) === 0xfeff ? firstBytes.slice(1) : firstBytes;
    const start = text.trimStart();
    if (start.startsWith('{') || start.startsWith('['))
        return 'metrics-json';
    const nl = start.indexOf('\n');
    const firstLine = (nl < 0 ? start : start.slice(0, nl)).toLowerCase();
    if (firstLine.includes('power.draw') && firstLine.includes('timestamp'))
        return 'nvidia-smi';
    const cells = firstLine.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    if (cells.includes('energy_consumed') && cells.includes('duration'))
        return 'codecarbon';
    const ext = external_node_path_default().extname(fileName).toLowerCase();
    if (ext === '.json')
        return 'metrics-json';
    return null;
}
function unrecognised(file) {
    return errors_InputError.single({
        file,
        line: 1,
        message: 'not a recognised job-metrics file',
        hint: 'expected a CodeCarbon emissions.csv, an nvidia-smi --query-gpu … --format=csv log, or a metrics JSON object',
    });
}
function humanBytes(n) {
    if (n >= 1024 * 1024)
        return `${+(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${+(n / 1024).toFixed(1)} KiB`;
    return `${n} B`;
}
/** `size`: the file's size in bytes, or null when only known to exceed the cap (a stream). */
function tooLarge(file, size, cap) {
    const what = size === null ? `more than ${cap} bytes` : `${size} bytes (${humanBytes(size)})`;
    return errors_InputError.single({
        file,
        message: `metrics JSON is ${what}, over the ${cap}-byte cap (${humanBytes(cap)})`,
        hint: 'write one summary object per run, or use a CSV format, which is streamed; or raise the cap',
    });
}
/** The rest of the source after `head`, as text; throws past `cap` bytes (the caller releases the source). */
async function readCapped(chunks, head, file, cap) {
    const parts = [...head];
    let size = head.reduce((n, b) => n + b.length, 0);
    if (size > cap)
        throw tooLarge(file, null, cap);
    for (;;) {
        const { value, done } = await chunks.next();
        if (done)
            break;
        size += value.length;
        if (size > cap)
            throw tooLarge(file, null, cap);
        parts.push(Buffer.from(value)); // copied: the source may reuse its buffer
    }
    return Buffer.concat(parts, size).toString('utf8');
}
/**
 * Reads one metrics file from a stream: detects the format from the file name and the first bytes,
 * then parses (CSV streamed; JSON read whole up to `maxBytes`). Chunks are copied or used before the
 * next is asked for, so the stream may reuse its buffers (FileChunkStream); it is destroyed when
 * reading stops early.
 */
async function parseMetricsStream(stream, file, options = {}) {
    const iterator = stream[Symbol.asyncIterator]();
    let ended = false;
    try {
        const head = [];
        let headBytes = 0;
        while (headBytes < SNIFF_BYTES) {
            const { value, done } = await iterator.next();
            if (done) {
                ended = true;
                break;
            }
            const buf = Buffer.from(toBuffer(value)); // copied: the source may reuse its buffer
            head.push(buf);
            headBytes += buf.length;
        }
        const sniff = Buffer.concat(head, headBytes);
        // Decode a prefix that does not end inside a multi-byte character.
        let cut = Math.min(sniff.length, SNIFF_BYTES);
        while (cut > 0 && cut < sniff.length && (sniff[cut] & 0xc0) === 0x80)
            cut--;
        const format = detectMetricsFormat(file, sniff.toString('utf8', 0, cut));
        if (format === null) {
            throw headBytes === 0 ? errors_InputError.single({ file, message: 'empty metrics file' }) : unrecognised(file);
        }
        if (format === 'metrics-json') {
            const cap = options.maxBytes ?? DEFAULT_MAX_JSON_BYTES;
            // A file whose size is known is refused without being read, its size in the message.
            const size = stream instanceof FileChunkStream ? stream.size : null;
            if (size !== null && size > cap)
                throw tooLarge(file, size, cap);
            const rest = {
                next: async () => {
                    if (ended)
                        return { done: true, value: undefined };
                    const r = await iterator.next();
                    if (r.done)
                        ended = true;
                    return r.done ? { done: true, value: undefined } : { done: false, value: toBuffer(r.value) };
                },
            };
            return parseMetricsJson(await readCapped(rest, head, file, cap), file);
        }
        async function* replay() {
            yield* head;
            while (!ended) {
                const { value, done } = await iterator.next();
                if (done)
                    ended = true;
                else
                    yield toBuffer(value);
            }
        }
        if (format === 'codecarbon')
            return [await parseCodeCarbonCsv(replay(), file)];
        return [await parseNvidiaSmiCsv(replay(), file, options.nvidiaSmi)];
    }
    finally {
        // Stopped before the end (unknown format, a cap, a parse error): release the source (closes the file).
        if (!ended)
            await iterator.return?.();
    }
}

;// CONCATENATED MODULE: ./src/inputs/load.ts
/**
 * Reads manifests and job-metrics files from a tree (workspace or base commit), attaches measurements
 * to runs and resolves every run. Problems from all files are gathered and thrown together.
 */







const formatNote = (n) => `${n.file}: ${n.message}`;
function asProblems(e) {
    if (e instanceof errors_InputError)
        return [...e.problems];
    throw e;
}
/** Streams a job-metrics file from the tree; the format is detected from its name and first bytes. */
async function readMeasurements(reader, relPath) {
    const stream = await reader.openStream(relPath);
    if (!stream)
        throw errors_InputError.single({ file: relPath, message: `metrics file not found in the ${reader.label}` });
    return parseMetricsStream(stream, relPath);
}
async function expandPatterns(reader, patterns, required) {
    if (!patterns.length)
        return [];
    if (required) {
        const found = await reader.expand(patterns);
        if (!found.length) {
            throw errors_InputError.single({ file: patterns.join(', '), message: `no file in the ${reader.label} matches` });
        }
        return found;
    }
    try {
        return await reader.expand(patterns);
    }
    catch (e) {
        // In the base tree a missing manifest is a new manifest, not an error.
        if (e instanceof errors_InputError)
            return [];
        throw e;
    }
}
async function loadState(reader, opts) {
    const required = opts.requireMatches ?? true;
    const problems = [];
    const notes = [];
    const manifestFiles = await expandPatterns(reader, opts.manifests, required).catch((e) => {
        problems.push(...asProblems(e));
        return [];
    });
    const parsed = [];
    for (const file of manifestFiles) {
        try {
            const text = await reader.readText(file, opts.maxManifestBytes ?? MAX_MANIFEST_BYTES);
            if (text === null) {
                if (required)
                    problems.push({ file, message: `manifest not found in the ${reader.label}` });
                continue;
            }
            parsed.push(parseManifest(text, file));
        }
        catch (e) {
            problems.push(...asProblems(e));
        }
    }
    // Measurements given by run id (global metrics input and artifacts).
    const byRunId = new Map();
    const unattached = [];
    const globalMeasurements = [...(opts.measurements ?? [])];
    const metricsFiles = await expandPatterns(reader, opts.metrics ?? [], required).catch((e) => {
        problems.push(...asProblems(e));
        return [];
    });
    for (const file of metricsFiles) {
        try {
            globalMeasurements.push(...(await readMeasurements(reader, file)));
        }
        catch (e) {
            problems.push(...asProblems(e));
        }
    }
    const allRunIds = new Set(parsed.flatMap((p) => p.manifest.runs.map((r) => r.id)));
    const onlyRun = allRunIds.size === 1 ? [...allRunIds][0] : null;
    for (const m of globalMeasurements) {
        const id = m.runId ?? onlyRun;
        if (id !== null && allRunIds.has(id)) {
            const list = byRunId.get(id);
            if (list)
                list.push(m);
            else
                byRunId.set(id, [m]);
        }
        else {
            unattached.push(m);
        }
    }
    // A file named by several runs (e.g. under `defaults`) is read once.
    const parsedFiles = new Map();
    const measurementsOf = (f) => {
        let pending = parsedFiles.get(f);
        if (!pending) {
            pending = readMeasurements(reader, f);
            parsedFiles.set(f, pending);
        }
        return pending;
    };
    const warned = new Set();
    for (const m of unattached) {
        notes.push({
            file: m.file,
            message: m.runId !== null
                ? `run id "${m.runId}" matches no run in the manifests; its measurements are not used.`
                : 'names no run id and there are several runs; attach it with `metrics:` in the run.',
        });
    }
    const seen = new Map();
    const runs = [];
    for (const p of parsed) {
        const dir = external_node_path_default().posix.dirname(p.file);
        for (const [index, run] of p.manifest.runs.entries()) {
            const line = p.runLines.get(run.id) ?? 1;
            const where = `${p.file}:${line}`;
            const first = seen.get(run.id);
            if (first !== undefined && first !== where) {
                problems.push({ file: p.file, line, field: `runs[${index}].id`, message: `run id "${run.id}" is also used at ${first}; ids must be unique across manifests` });
                continue;
            }
            seen.set(run.id, where);
            const measurements = [...(byRunId.get(run.id) ?? [])];
            const own = run.metrics === undefined ? [] : Array.isArray(run.metrics) ? run.metrics : [run.metrics];
            try {
                // The manifest comes with the pull request: its paths must not reach out of the tree, not even
                // as a glob that is expanded (and walks the runner's disk) before each match is checked. The
                // CLI's reader is not confined: there the user points at the files.
                const outside = reader.confined === false ? [] : own.filter((m) => {
                    const rel = m.replace(/^!/, '');
                    const joined = external_node_path_default().posix.join(dir, rel);
                    return external_node_path_default().posix.isAbsolute(rel) || external_node_path_default().win32.isAbsolute(rel) || joined === '..' || joined.startsWith('../');
                });
                if (outside.length) {
                    const at = p.locate(['runs', index, 'metrics']);
                    throw new errors_InputError(outside.map((m) => ({
                        file: p.file,
                        line: at.line ?? line,
                        ...(at.column !== undefined ? { column: at.column } : {}),
                        field: `runs[${index}].metrics`,
                        message: `metrics path "${m}" leads outside the ${reader.label}`,
                        hint: 'give a path relative to the manifest, inside the working directory',
                    })));
                }
                const files = await expandPatterns(reader, own.map((m) => (m.startsWith('!') ? `!${external_node_path_default().posix.join(dir, m.slice(1))}` : external_node_path_default().posix.join(dir, m))), true);
                for (const f of files) {
                    // A file attached both by run id and by the run's own `metrics:` counts once.
                    if (measurements.some((m) => m.file === f))
                        continue;
                    // A file naming its runs (metrics JSON) gives each run its own figures only.
                    measurements.push(...(await measurementsOf(f)).filter((m) => m.runId === null || m.runId === run.id));
                }
                for (const m of measurements) {
                    if (warned.has(m))
                        continue;
                    warned.add(m);
                    for (const w of m.warnings)
                        notes.push({ file: m.file, message: w });
                }
                runs.push(resolveRun(run, { file: p.file, line, index, measurements, locate: p.locate }));
            }
            catch (e) {
                problems.push(...asProblems(e));
            }
        }
    }
    problems.push(...amortisationProblems(parsed, runs));
    if (problems.length)
        throw new errors_InputError(problems);
    return { report: buildReport(runs, parsed.map((p) => p.file)), manifests: parsed, notes };
}
/** An amortisation must name an inference (or generation) run that exists. */
function amortisationProblems(parsed, runs) {
    const byId = new Map(runs.map((r) => [r.id, r]));
    return parsed.flatMap((p) => p.manifest.runs.flatMap((run, index) => {
        const target = run.amortisation?.inferenceRun;
        if (target === undefined)
            return [];
        const found = byId.get(target);
        if (found && found.requests !== null)
            return [];
        const at = p.locate(['runs', index, 'amortisation', 'inferenceRun']);
        return [
            {
                file: p.file,
                ...at,
                field: `runs[${index}].amortisation.inferenceRun`,
                message: found ? `"${target}" is a ${found.kind} run, not an inference or generation run` : `no run has the id "${target}"`,
            },
        ];
    }));
}

;// CONCATENATED MODULE: ./src/model/advice.ts
/**
 * What-if advice: the same run computed again by the core with one thing changed, and what that
 * would save. Pure, and never part of a budget: budgets read the report, not these figures.
 *
 * - Region: the provider's cloud region with the lowest grid factor in the catalogue (the site
 *   step resolves it, so its grid factor is the one a manifest naming it would get). Only for a run
 *   in a known provider's region whose manifest does not fix its own grid factor.
 * - GPU: the newest accelerator of the run's vendor in the catalogue (latest release year, then
 *   highest peak at the run's precision) when it is faster. The hardware step resolves it; GPU time
 *   scales with the peak at the same MFU, and measured energy with time × board power.
 * - Failed and ablation time: for such a run, the saving if its share of the report's GPU-hours
 *   fell to the median share of the report's failed and ablation runs.
 */







/** A run counts as large when it makes at least this share of the report's emissions. */
const LARGE_RUN_SHARE = 0.2;
/** Savings below this share of the run's emissions are not worth a line. */
const MIN_SAVING_SHARE = 0.02;
const MAX_LINES_PER_RUN = 2;
const MAX_RUNS = 10;
const NO_PROBLEMS = () => ({ file: '', line: 0, index: 0, locate: undefined, problems: [], assumptions: [] });
const NO_MEASUREMENTS = mergeMeasurements([]);
function emissionsOf(f, operationalOnly) {
    if (operationalOnly)
        return f.impacts.gwp.operational.total?.central ?? 0;
    return knownTotal(f.impacts.gwp)?.value.central ?? 0;
}
/** Compares two footprints on what both know: the total, or operational only when embodied is missing on a side. */
function compare(r, whatIf) {
    const complete = (f) => knownTotal(f.impacts.gwp)?.complete === true;
    const operationalOnly = !(complete(r.footprint) && complete(whatIf));
    const currentKg = emissionsOf(r.footprint, operationalOnly);
    const whatIfKg = emissionsOf(whatIf, operationalOnly);
    return { currentKg, whatIfKg, savingKg: currentKg - whatIfKg, operationalOnly };
}
const kgPerKwh = (v) => String(Number(v.toPrecision(3)));
function regionAdvice(r) {
    const loc = r.run.location;
    if (loc.ownGridFactor || loc.provider === null || loc.region === null)
        return null;
    const current = r.run.inputs.electricity.gwp.central;
    let best = null;
    for (const region of CLOUD_REGIONS) {
        if (region.provider !== loc.provider || region.id === loc.region)
            continue;
        const site = resolveSite(NO_PROBLEMS(), { id: r.run.id, region: region.id }, NO_MEASUREMENTS);
        const gwp = site.electricity.gwp.central;
        if (gwp < (best?.gwp ?? current)) {
            // The run's own PUE and WUE stay: same provider, and a manifest override is the user's.
            best = { id: region.id, location: region.location, inputs: { ...r.run.inputs, electricity: site.electricity }, gwp };
        }
    }
    if (!best)
        return null;
    return {
        runId: r.run.id,
        kind: 'region',
        target: best.id,
        detail: `${best.location}: grid ${kgPerKwh(best.gwp)} instead of ${kgPerKwh(current)} kgCO2e/kWh`,
        ...compare(r, computeRunFootprint(best.inputs)),
    };
}
function peakAt(gpu, precision) {
    return gpu.peakTflops[precision];
}
/** The newest GPU of the vendor (release year, then peak at the run's precision), when it is faster. */
function newestGpu(current, precision) {
    const candidates = GPUS.filter((g) => g.vendor === current.vendor && g.id !== current.id && peakAt(g, precision) !== undefined);
    candidates.sort((a, b) => b.releaseYear - a.releaseYear || peakAt(b, precision) - peakAt(a, precision));
    const newest = candidates[0];
    return newest && newest.releaseYear >= current.releaseYear ? newest : null;
}
function gpuAdvice(r) {
    const run = r.run;
    const gpu = run.gpu ? findGpu(run.gpu.id) : undefined;
    if (!run.gpu || !gpu)
        return null;
    const next = newestGpu(gpu, run.gpu.precision);
    if (!next)
        return null;
    const ctx = NO_PROBLEMS();
    const hw = resolveHardware(ctx, { id: run.id, hardware: { gpu: next.id, precision: run.gpu.precision } }, NO_MEASUREMENTS);
    if (ctx.problems.length || !(hw.peakTflops * 1e12 > run.inputs.peakFlops))
        return null;
    const old = run.inputs;
    // Same MFU: GPU time falls with the peak; measured energy follows time × board power.
    const timeRatio = old.peakFlops / (hw.peakTflops * 1e12);
    const powerRatio = hw.gpuPowerW.central / old.gpuPowerW.central;
    const inputs = {
        ...old,
        peakFlops: hw.peakTflops * 1e12,
        gpuPowerW: hw.gpuPowerW,
        serverNonGpuPowerW: hw.serverNonGpuPowerW,
        gpusPerServer: hw.gpusPerServer,
        gpuEmbodied: hw.gpuEmbodied,
        serverEmbodied: hw.serverEmbodied,
        measuredGpuHours: old.measuredGpuHours === null ? null : old.measuredGpuHours * timeRatio,
        measuredEnergy: old.measuredEnergy === null ? null : { ...old.measuredEnergy, kwh: old.measuredEnergy.kwh * timeRatio * powerRatio },
        idleGpuHours: old.idleGpuHours * timeRatio,
    };
    const peak = (v) => Number(v.toPrecision(4)).toLocaleString('en-US');
    return {
        runId: run.id,
        kind: 'gpu',
        target: next.id,
        detail: `${next.releaseYear}: ${run.gpu.precision} peak ${peak(hw.peakTflops)} instead of ${peak(old.peakFlops / 1e12)} TFLOP/s at the same MFU`,
        ...compare(r, computeRunFootprint(inputs)),
    };
}
const WASTE = new Set(['failed', 'ablation']);
function median(values) {
    const s = [...values].sort((a, b) => a - b);
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function rdShareAdvice(r, report) {
    if (!WASTE.has(r.run.status))
        return null;
    const total = report.totals.gpuHours.used.central;
    const pool = report.runs.filter((x) => WASTE.has(x.run.status)).map((x) => x.footprint.gpuHours.used.central / total);
    const used = r.footprint.gpuHours.used.central;
    if (pool.length < 2 || !(total > 0) || !(used > 0))
        return null;
    const share = used / total;
    const target = median(pool);
    if (share <= target)
        return null;
    // Every time-based figure scales with the run's GPU time, measured energy included.
    const k = target / share;
    const old = r.run.inputs;
    const inputs = {
        ...old,
        measuredGpuHours: used * k,
        measuredEnergy: old.measuredEnergy === null ? null : { ...old.measuredEnergy, kwh: old.measuredEnergy.kwh * k },
        idleGpuHours: old.idleGpuHours * k,
    };
    const pct = (v) => `${Number((v * 100).toPrecision(3))} %`;
    return {
        runId: r.run.id,
        kind: 'rd-share',
        target: 'median share',
        detail: `${pct(target)} of the report's GPU-hours (the median of its ${pool.length} failed and ablation runs) instead of ${pct(share)}`,
        ...compare(r, computeRunFootprint(inputs)),
    };
}
/** Runs worth advice: changed in the diff (added, changed, renamed), or large in the head. */
function adviceCandidates(diff) {
    const head = diff.head;
    const total = head.totals.impacts.gwp.total.value?.central ?? 0;
    const changed = new Set(diff.base ? diff.runs.filter((c) => c.head && c.change !== 'unchanged').map((c) => c.id) : []);
    return head.runs.filter((r) => changed.has(r.run.id) || (total > 0 && (knownTotal(r.footprint.impacts.gwp)?.value.central ?? 0) / total >= LARGE_RUN_SHARE));
}
/** At most two lines per run (largest saving first) and ten runs, largest saving first. */
function adviseRuns(report, runs) {
    const perRun = runs.map((r) => [regionAdvice(r), gpuAdvice(r), rdShareAdvice(r, report)]
        .filter((a) => a !== null && a.currentKg > 0 && a.savingKg / a.currentKg >= MIN_SAVING_SHARE)
        .sort((a, b) => b.savingKg - a.savingKg)
        .slice(0, MAX_LINES_PER_RUN));
    return perRun
        .filter((lines) => lines.length)
        .sort((a, b) => b[0].savingKg - a[0].savingKg)
        .slice(0, MAX_RUNS)
        .flat();
}
/** Advice for a diff's changed and large runs. */
function adviseDiff(diff) {
    return adviseRuns(diff.head, adviceCandidates(diff));
}
/** Advice is on unless the caller turns it off or a manifest says `advice: false`. */
function adviceEnabled(manifests, wanted) {
    return wanted && manifests.every((m) => m.manifest.advice !== false);
}
/** The advice in the JSON report (additive to schemaVersion 1), central kgCO2e. */
function adviceJson(advice) {
    return advice.map((a) => ({
        runId: a.runId,
        kind: a.kind,
        target: a.target,
        detail: a.detail,
        emissionsKg: a.currentKg,
        whatIfEmissionsKg: a.whatIfKg,
        savingKg: a.savingKg,
        operationalOnly: a.operationalOnly,
    }));
}

;// CONCATENATED MODULE: ./src/model/budget.ts
/**
 * Carbon budgets: limits on totals, per-run figures and increases against the base branch, each with
 * a `warn` and a `fail` level. Pure: evaluated over a ReportDiff.
 *
 * Rules (also in the README):
 * - a level is crossed when the figure is strictly greater than the limit (exactly at it is within);
 * - increase budgets need a base: without one (push, new manifest) they are `skipped`, said so;
 * - a relative increase over a base of 0 is undefined: `skipped`, pair it with an absolute limit;
 * - a figure with no sourced factor (water where the grid has none) is `skipped`, never taken as 0.
 */


function defaultName(b) {
    const filters = [b.phase, b.status, b.component, b.tag && `#${b.tag}`].filter(Boolean).join(', ');
    const what = `${b.scope === 'per-run' ? 'per-run ' : ''}${b.part !== 'total' ? `${b.part} ` : ''}${b.metric}`;
    const limit = b.limit === 'absolute' ? '' : b.limit === 'increase' ? ' increase' : ' increase (%)';
    return `${what}${limit}${filters ? ` [${filters}]` : ''}`;
}
function matches(b, r) {
    return ((b.phase === undefined || r.run.phase === b.phase) &&
        (b.status === undefined || r.run.status === b.status) &&
        (b.component === undefined || r.run.component === b.component) &&
        (b.tag === undefined || r.run.tags.includes(b.tag)));
}
/**
 * The figure a budget checks for one run; null when the run has no sourced factor for it. When only
 * the embodied side lacks a source (a GPU with no published manufacturing figure), the total is the
 * known part: a lower bound, flagged, so the budget still gates instead of being skipped.
 */
function budgetFigure(b, r) {
    const f = r.footprint;
    const pick = (range, lowerBound = false) => (range ? { value: range[b.figure], lowerBound } : null);
    switch (b.metric) {
        case 'energy':
            return pick(f.energyKwh.total);
        case 'gpu-hours':
            return pick(f.gpuHours.used);
        case 'emissions':
        case 'water': {
            const i = f.impacts[b.metric === 'emissions' ? 'gwp' : 'water'];
            if (b.part !== 'total')
                return pick(i[b.part].total);
            const known = knownTotal(i);
            return known ? pick(known.value, !known.complete) : null;
        }
    }
}
function stateOf(b, value) {
    if (b.fail !== undefined && value > b.fail)
        return 'fail';
    if (b.warn !== undefined && value > b.warn)
        return 'warn';
    return 'ok';
}
const RANK = { skipped: 0, ok: 1, warn: 2, fail: 3 };
function result(b, fields) {
    const limit = b.fail ?? b.warn ?? null;
    return {
        name: b.name ?? defaultName(b),
        budget: b,
        unit: b.limit === 'increase-percent' ? '%' : BUDGET_UNITS[b.metric],
        limit,
        usedRatio: fields.used !== null && limit !== null && limit > 0 ? fields.used / limit : null,
        ...fields,
    };
}
function contributor(r, value, unit) {
    return { id: r.run.id, value, unit, file: r.run.file, line: r.run.line };
}
function topContributors(list) {
    return list.filter((c) => c.value > 0).sort((a, b) => b.value - a.value).slice(0, 3);
}
function evaluateBudget(b, diff) {
    const res = evaluateBudgetFigures(b, diff);
    const partial = diff.head.runs.filter((r) => matches(b, r) && budgetFigure(b, r)?.lowerBound);
    if (!partial.length || res.state === 'skipped')
        return res;
    const note = `lower bound: no sourced embodied figure for ${partial.map((r) => r.run.id).join(', ')}`;
    return { ...res, note: res.note ? `${res.note}; ${note}` : note };
}
function evaluateBudgetFigures(b, diff) {
    const pairs = diff.runs.filter((ch) => (ch.head && matches(b, ch.head)) || (ch.base && matches(b, ch.base)));
    const headRuns = pairs.map((p) => p.head).filter((r) => r !== null && matches(b, r));
    // An increase compares with the base too: a base run without the factor is as unknown as a head one.
    const compared = b.limit === 'absolute' ? headRuns : [...headRuns, ...pairs.map((p) => p.base).filter((r) => r !== null && matches(b, r))];
    const missing = [...new Set(compared.filter((r) => budgetFigure(b, r) === null).map((r) => r.run.id))];
    if (missing.length) {
        return result(b, {
            state: 'skipped',
            used: null,
            contributors: [],
            note: `no sourced ${b.metric} factor for ${missing.join(', ')}`,
        });
    }
    const fig = (r) => (r && matches(b, r) ? (budgetFigure(b, r)?.value ?? 0) : 0);
    const unit = BUDGET_UNITS[b.metric];
    if (b.limit === 'absolute') {
        if (b.scope === 'per-run') {
            const values = headRuns.map((r) => contributor(r, fig(r), unit)).sort((x, y) => y.value - x.value);
            const worst = values[0];
            const state = worst ? stateOf(b, worst.value) : 'ok';
            const offending = values.filter((v) => stateOf(b, v.value) !== 'ok');
            return result(b, { state, used: worst?.value ?? 0, contributors: offending.length ? offending.slice(0, 5) : values.slice(0, 1) });
        }
        const used = headRuns.reduce((a, r) => a + fig(r), 0);
        return result(b, { state: stateOf(b, used), used, contributors: topContributors(headRuns.map((r) => contributor(r, fig(r), unit))) });
    }
    if (!diff.base) {
        return result(b, { state: 'skipped', used: null, contributors: [], note: 'no base branch state to compare with' });
    }
    const increases = pairs.map((p) => ({ run: (p.head ?? p.base), base: fig(p.base), head: fig(p.head) }));
    const percent = b.limit === 'increase-percent';
    if (b.scope === 'per-run') {
        const values = increases.flatMap((x) => {
            if (!percent)
                return [contributor(x.run, x.head - x.base, unit)];
            return x.base > 0 ? [contributor(x.run, ((x.head - x.base) / x.base) * 100, '%')] : [];
        });
        values.sort((x, y) => y.value - x.value);
        const worst = values[0];
        const offending = values.filter((v) => stateOf(b, v.value) !== 'ok');
        const newRuns = percent ? increases.filter((x) => x.base === 0 && x.head > 0).map((x) => x.run.run.id) : [];
        return result(b, {
            state: worst ? stateOf(b, worst.value) : 'ok',
            used: worst?.value ?? 0,
            contributors: offending.length ? offending.slice(0, 5) : values.slice(0, 1),
            ...(newRuns.length ? { note: `not checked (base of 0): ${newRuns.join(', ')}` } : {}),
        });
    }
    const baseSum = increases.reduce((a, x) => a + x.base, 0);
    const headSum = increases.reduce((a, x) => a + x.head, 0);
    const contributors = topContributors(increases.map((x) => contributor(x.run, x.head - x.base, unit)));
    if (percent) {
        if (baseSum === 0) {
            return result(b, { state: 'skipped', used: null, contributors, note: 'the base figure is 0: a relative increase is undefined (add an absolute limit)' });
        }
        const used = ((headSum - baseSum) / baseSum) * 100;
        return result(b, { state: stateOf(b, used), used, contributors });
    }
    const used = headSum - baseSum;
    return result(b, { state: stateOf(b, used), used, contributors });
}
function evaluateBudgets(budgets, diff, opts) {
    const results = budgets.map((b) => evaluateBudget(b, diff));
    const worst = results.reduce((w, r) => (RANK[r.state] > RANK[w] ? r.state : w), 'ok');
    const statusBeforeOverride = worst === 'skipped' ? 'ok' : worst;
    const overridden = opts.overridden && statusBeforeOverride === 'fail';
    const ratios = results.map((r) => r.usedRatio).filter((v) => v !== null);
    const maxRatio = ratios.length ? Math.max(...ratios) : null;
    const stateWord = { ok: '', warn: ' ⚠️', fail: ' ❌' }[statusBeforeOverride];
    const headline = maxRatio === null
        ? `budget ${statusBeforeOverride}`
        : `budget ${Math.round(maxRatio * 100)} % used${stateWord}${overridden ? ' (override)' : ''}`;
    return { status: overridden ? 'warn' : statusBeforeOverride, statusBeforeOverride, overridden, results, headline };
}
function budgetExitCode(outcome) {
    return outcome.status === 'fail' ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/model/diff.ts
/**
 * Base vs head: which runs were added, removed, renamed or changed, and the change in the totals.
 * A rename is recognised from the head run's `previousId`, or when a removed and an added run have
 * exactly the same footprint (an id edit and nothing else).
 */



const ZERO = { low: 0, central: 0, high: 0 };
function runEmissions(r) {
    return (r && knownTotal(r.footprint.impacts.gwp)?.value) ?? ZERO;
}
/** Same numbers to the last digit: what an id-only edit leaves behind. */
function sameFootprint(a, b) {
    const fa = a.footprint;
    const fb = b.footprint;
    return (fa.flops === fb.flops &&
        fa.gpuHours.used.central === fb.gpuHours.used.central &&
        fa.energyKwh.total.central === fb.energyKwh.total.central &&
        runEmissions(a).central === runEmissions(b).central);
}
function change(id, kind, base, head) {
    return { id, change: kind, base, head, deltaKg: subtract(runEmissions(head), runEmissions(base)) };
}
function diffReports(base, head) {
    const baseRuns = new Map((base?.runs ?? []).map((r) => [r.run.id, r]));
    const matched = new Set();
    const changes = [];
    const added = [];
    // Same ids first, so a previousId can only claim a base run no head run kept.
    const unpaired = [];
    for (const h of head.runs) {
        const same = baseRuns.get(h.run.id);
        if (same) {
            matched.add(h.run.id);
            changes.push(change(h.run.id, sameFootprint(same, h) ? 'unchanged' : 'changed', same, h));
        }
        else {
            unpaired.push(h);
        }
    }
    for (const h of unpaired) {
        const previous = h.run.previousId !== null ? baseRuns.get(h.run.previousId) : undefined;
        if (previous && !matched.has(previous.run.id)) {
            matched.add(previous.run.id);
            changes.push(change(h.run.id, 'renamed', previous, h));
        }
        else {
            added.push(h);
        }
    }
    const removed = [...baseRuns.values()].filter((b) => !matched.has(b.run.id));
    for (const a of added) {
        const twin = base ? removed.find((r) => !matched.has(r.run.id) && sameFootprint(r, a)) : undefined;
        if (twin) {
            matched.add(twin.run.id);
            changes.push(change(a.run.id, 'renamed', twin, a));
        }
        else {
            changes.push(change(a.run.id, 'added', null, a));
        }
    }
    for (const r of removed)
        if (!matched.has(r.run.id))
            changes.push(change(r.run.id, 'removed', r, null));
    const headTotal = totalEmissions(head);
    const manifests = base ? manifestChanges(base, head, changes) : [];
    const baseTotal = base ? totalEmissions(base) : ZERO;
    const deltaKg = subtract(headTotal, baseTotal);
    return {
        base,
        head,
        runs: changes,
        manifests,
        deltaKg,
        deltaRatio: base && baseTotal.central > 0 ? deltaKg.central / baseTotal.central : null,
        deltaEnergyKwh: head.totals.energyKwh.central - (base?.totals.energyKwh.central ?? 0),
        deltaGpuHours: head.totals.gpuHours.used.central - (base?.totals.gpuHours.used.central ?? 0),
    };
}
/** Manifest-level changes; a removed and an added manifest that share a run are one manifest moved. */
function manifestChanges(base, head, runs) {
    const baseFiles = new Set(base.manifests);
    const headFiles = new Set(head.manifests);
    const added = head.manifests.filter((f) => !baseFiles.has(f));
    const removed = new Set(base.manifests.filter((f) => !headFiles.has(f)));
    const out = head.manifests
        .filter((f) => baseFiles.has(f))
        .map((file) => ({ file, change: 'unchanged', previous: null }));
    for (const file of added) {
        const previous = runs.find((r) => r.head?.run.file === file && r.base && removed.has(r.base.run.file))?.base?.run.file;
        if (previous) {
            removed.delete(previous);
            out.push({ file, change: 'renamed', previous });
        }
        else {
            out.push({ file, change: 'added', previous: null });
        }
    }
    for (const file of removed)
        out.push({ file, change: 'removed', previous: null });
    return out;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/outputs/boamps.ts
/**
 * A run as a BoAmps report, the AI energy-reporting format of Boavizta
 * (https://github.com/Boavizta/BoAmps, model/report_schema.json, format 1.1.0): one report per run,
 * validated against the published schema in test/outputs/boamps.test.ts.
 *
 * Mapping decisions:
 * - `measures[0].powerConsumption` is the IT energy (kWh, before PUE), what a measuring tool such as
 *   CodeCarbon reports; `measurementMethod` says whether it was measured or estimated.
 * - `reportStatus` is "final" for a measured run and "draft" for an estimate from FLOPs.
 * - `quality` follows the uncertainty range of the run's emissions: high within ±10 %, medium within
 *   ±25 %, low beyond (the schema's own bands).
 * - `reportId` is a UUID derived from the run's identity and figures, so exporting twice gives the
 *   same id.
 */



const BOAMPS_FORMAT_VERSION = '1.1.0';
const SPEC_URI = 'https://github.com/Boavizta/BoAmps/tree/main/model';
const STAGE = {
    training: 'training',
    'fine-tuning': 'finetuning',
    inference: 'inference',
    'image-generation': 'inference',
    'video-generation': 'inference',
    'audio-generation': 'inference',
};
const FAMILY = {
    training: 'text generation',
    'fine-tuning': 'text generation',
    inference: 'text generation',
    'image-generation': 'image generation',
    'video-generation': 'video generation',
    'audio-generation': 'audio generation',
};
const OUTPUT_TYPE = {
    training: 'token',
    'fine-tuning': 'token',
    inference: 'token',
    'image-generation': 'image',
    'video-generation': 'video',
    'audio-generation': 'audio',
};
const METHOD = {
    'measured-energy': 'measured energy (job metrics), read by ml-footprint',
    'measured-gpu-hours': 'ml-footprint: measured GPU-hours × board power',
    theoretical: 'flops-compute: ml-footprint estimate, FLOPs / (peak × MFU) × board power',
};
const CLOUD = new Set(['aws', 'gcp', 'azure', 'oci', 'coreweave']);
/** A version-4-shaped UUID from a hash, so the same run exports with the same id. */
function stableUuid(text) {
    const h = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest('hex');
    const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
/** "YYYY-MM-DD HH:MM:SS", UTC, as the schema asks. */
function boamps_datetime(d) {
    return d.toISOString().slice(0, 19).replace('T', ' ');
}
function quality(r) {
    const e = knownTotal(r.footprint.impacts.gwp)?.value;
    if (!e || e.central <= 0)
        return 'low';
    const spread = Math.max(e.central - e.low, e.high - e.central) / e.central;
    return spread <= 0.1 ? 'high' : spread <= 0.25 ? 'medium' : 'low';
}
/** ISO country code of a grid id ("FR", "US-VA" → "US"); null for the world average. */
function countryOf(grid) {
    const m = /^([A-Z]{2})(?:-|$)/.exec(grid);
    return m ? m[1] : null;
}
function boampsReport(r, opts = {}) {
    const run = r.run;
    const f = r.footprint;
    const spec = run.gpu ? findGpu(run.gpu.id) : undefined;
    const count = run.inputs.gpuCount ?? 1;
    const tokenWorkload = OUTPUT_TYPE[run.kind] === 'token';
    const algorithm = {
        algorithmType: tokenWorkload ? 'llm' : 'neural network',
        ...(run.scale.parameters !== null ? { parametersNumber: run.scale.parameters / 1e9 } : {}),
        ...(run.gpu ? { quantization: run.gpu.precision } : {}),
    };
    const dataset = STAGE[run.kind] === 'inference'
        ? [
            { dataUsage: 'input', dataType: tokenWorkload ? 'token' : 'text' },
            { dataUsage: 'output', dataType: OUTPUT_TYPE[run.kind] },
        ]
        : [{ dataUsage: 'input', dataType: 'token', ...(run.scale.tokens !== null ? { dataQuantity: run.scale.tokens } : {}) }];
    const measuredHours = f.gpuHours.measured !== null && run.inputs.gpuCount ? f.gpuHours.measured / run.inputs.gpuCount : null;
    const provider = run.location.provider;
    const country = countryOf(run.location.grid);
    return {
        header: {
            formatVersion: BOAMPS_FORMAT_VERSION,
            formatVersionSpecificationUri: SPEC_URI,
            reportId: stableUuid(JSON.stringify([run.file, run.id, f.energyKwh.total.central, f.gpuHours.used.central])),
            reportDatetime: boamps_datetime(opts.now ?? new Date()),
            reportStatus: f.basis === 'theoretical' ? 'draft' : 'final',
            publisher: { projectName: run.component, confidentialityLevel: 'internal' },
        },
        task: {
            taskStage: STAGE[run.kind],
            taskFamily: FAMILY[run.kind],
            ...(run.requests !== null ? { nbRequest: run.requests } : {}),
            algorithms: [algorithm],
            dataset,
            taskDescription: `${run.name} (${run.id}): ${run.status} ${run.phase} run, ${run.file}:${run.line}`,
        },
        measures: [
            {
                measurementMethod: METHOD[f.basis],
                powerConsumption: f.itEnergyKwh.central,
                ...(measuredHours !== null ? { measurementDuration: measuredHours * 3600 } : {}),
            },
        ],
        infrastructure: {
            infraType: provider === null ? 'other' : CLOUD.has(provider) ? 'publicCloud' : provider === 'on-prem' ? 'onPremise' : 'other',
            ...(provider !== null && CLOUD.has(provider) ? { cloudProvider: provider } : {}),
            components: [
                {
                    componentName: `${count} x ${run.gpu?.name ?? 'unknown GPU'}`,
                    componentType: 'gpu',
                    nbComponent: count,
                    ...(spec ? { memorySize: spec.memoryGb, manufacturer: spec.vendor, family: spec.generation } : {}),
                    share: 1,
                },
            ],
        },
        ...(country !== null
            ? {
                environment: {
                    country,
                    location: run.location.region ? `${run.location.label} (${run.location.region})` : run.location.label,
                    powerSupplierType: 'public',
                    powerSourceCarbonIntensity: run.inputs.electricity.gwp.central * 1000,
                },
            }
            : {}),
        quality: quality(r),
    };
}

;// CONCATENATED MODULE: ./src/outputs/format.ts
function pickScale(value, scales) {
    const abs = Math.abs(value);
    let chosen = scales[0];
    for (const s of scales)
        if (abs >= s.factor)
            chosen = s;
    return chosen;
}
// Building a formatter costs ~15 µs; a 1,000-run report formats tens of thousands of numbers.
const FORMATS = new Map();
function numberFormat(fractionDigits) {
    let f = FORMATS.get(fractionDigits);
    if (!f) {
        f = new Intl.NumberFormat('en-US', { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 });
        FORMATS.set(fractionDigits, f);
    }
    return f;
}
/** Three significant digits, thousands separated, no trailing zeros after the point. */
function round3(value) {
    if (!Number.isFinite(value))
        return 'n/a';
    if (value === 0)
        return '0';
    const abs = Math.abs(value);
    const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(abs)));
    return numberFormat(digits).format(value);
}
function scaled(value, scales) {
    const s = pickScale(value, scales);
    return `${round3(value / s.factor)} ${s.unit}`;
}
const MASS = [
    { factor: 1e-3, unit: 'gCO2e' },
    { factor: 1, unit: 'kgCO2e' },
    // Tonnes stay the largest unit: it is how footprints are published (e.g. "8,930 tCO2e").
    { factor: 1e3, unit: 'tCO2e' },
];
const ENERGY = [
    { factor: 1e-3, unit: 'Wh' },
    { factor: 1, unit: 'kWh' },
    { factor: 1e3, unit: 'MWh' },
    { factor: 1e6, unit: 'GWh' },
    { factor: 1e9, unit: 'TWh' },
];
const GPU_HOURS = [
    { factor: 1, unit: 'GPUh' },
    { factor: 1e3, unit: 'k GPUh' },
    { factor: 1e6, unit: 'M GPUh' },
];
const WATER = [
    { factor: 1e-3, unit: 'mL' },
    { factor: 1, unit: 'L' },
    { factor: 1e3, unit: 'm³' },
    { factor: 1e6, unit: 'ML' },
];
const PRIMARY = [
    { factor: 1e-3, unit: 'kJ' },
    { factor: 1, unit: 'MJ' },
    { factor: 1e3, unit: 'GJ' },
    { factor: 1e6, unit: 'TJ' },
];
const ADPE = [
    { factor: 1e-6, unit: 'mgSbeq' },
    { factor: 1e-3, unit: 'gSbeq' },
    { factor: 1, unit: 'kgSbeq' },
];
const formatKg = (kg) => scaled(kg, MASS);
const formatKwh = (kwh) => scaled(kwh, ENERGY);
const formatGpuHours = (h) => scaled(h, GPU_HOURS);
const formatLitres = (l) => scaled(l, WATER);
const formatMj = (mj) => scaled(mj, PRIMARY);
const formatKgSb = (kg) => scaled(kg, ADPE);
function formatFlops(flops) {
    if (flops === 0)
        return '0 FLOP';
    const [mantissa, exponent] = flops.toExponential(2).split('e');
    return `${mantissa} × 10^${Number(exponent)} FLOP`;
}
function formatPercent(ratio, signed = false) {
    const pct = ratio * 100;
    const text = `${round3(Math.abs(pct))} %`;
    if (!signed)
        return pct < 0 ? `-${text}` : text;
    return pct > 0 ? `+${text}` : pct < 0 ? `−${text}` : '±0 %';
}
/** Adds a sign to a formatted change: +12.4 tCO2e, −3 kWh, ±0. */
function signed(value, format) {
    if (value === 0)
        return '±0';
    return value > 0 ? `+${format(value)}` : `−${format(-value)}`;
}
/** "9,030 tCO2e (6,900–12,400)" when the range is not a point. */
function formatRange(r, format) {
    if (r.low === r.high)
        return format(r.central);
    const low = format(r.low);
    const high = format(r.high);
    const unitOf = (text) => text.slice(text.indexOf(' ') + 1);
    // "43.3 tCO2e (42.1–55.4 tCO2e)", but "1.19 kgCO2e (855 gCO2e–2.47 kgCO2e)" when the ends' units differ.
    const lowText = unitOf(low) === unitOf(high) ? low.slice(0, low.indexOf(' ')) : low;
    return `${format(r.central)} (${lowText}–${high})`;
}
const MARKDOWN_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '[': '&#91;',
    ']': '&#93;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '~': '&#126;',
    '\\': '&#92;',
    '!': '&#33;',
};
/** A zero-width space: GitHub decodes entities before it links mentions and references, so "&#64;" alone is not enough. */
const ZWSP = '&#8203;';
/**
 * Makes user text inert in a GitHub comment (table cell or quote): no HTML, no table break, no
 * @-mention, no #123 reference, no link or autolink, no emphasis, one line. Markdown and HTML
 * characters become entities; mentions, references and autolinks are broken with a zero-width space,
 * as GitHub decodes entities before it looks for them.
 */
function escapeMarkdown(text) {
    // One pass, so that no replacement is itself rewritten (the "#" of an entity, the "&" of a space).
    return text
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .slice(0, 500)
        .replace(/:\/\/|www\.|[&<>|[\]`*_~\\!@#]/gi, (m) => {
        if (m === '://')
            return `:${ZWSP}//`;
        if (m.length === 4)
            return `${m.slice(0, 3)}${ZWSP}.`;
        if (m === '@')
            return `@${ZWSP}`;
        if (m === '#')
            return `&#35;${ZWSP}`;
        return MARKDOWN_ENTITIES[m] ?? m;
    });
}
/** User text as an inline code span: literal on GitHub (no mention, link or HTML), one line, no backticks. */
function codeSpan(text) {
    const clean = text.replace(/[\u0000-\u001f\u007f\u2028\u2029`]+/g, ' ').trim().slice(0, 200);
    return `\`${clean || ' '}\``;
}
/** Text for a Mermaid label: only characters Mermaid cannot misread. */
function mermaidLabel(text) {
    const clean = text.replace(/[^\p{L}\p{N} _.\-/+]/gu, '').trim().slice(0, 40);
    return clean || '?';
}

;// CONCATENATED MODULE: ./src/outputs/budget-markdown.ts

const STATE_ICON = { ok: '✅ ok', warn: '⚠️ warn', fail: '❌ fail', skipped: '➖ skipped' };
function formatBudgetValue(r, value, unit = r.unit) {
    if (unit === '%')
        return `${value > 0 ? '+' : ''}${round3(value)} %`;
    const f = { kgCO2e: formatKg, kWh: formatKwh, GPUh: formatGpuHours, L: formatLitres }[unit] ?? round3;
    return r.budget.limit === 'absolute' ? f(value) : signed(value, f);
}
function limits(r) {
    const parts = [];
    if (r.budget.warn !== undefined)
        parts.push(`warn ${formatBudgetValue(r, r.budget.warn).replace(/^\+/, '')}`);
    if (r.budget.fail !== undefined)
        parts.push(`fail ${formatBudgetValue(r, r.budget.fail).replace(/^\+/, '')}`);
    return parts.join(' · ');
}
function renderBudgetTable(outcome) {
    const rows = outcome.results.map((r) => {
        const top = r.contributors.map((c) => `${escapeMarkdown(c.id)} (${formatBudgetValue(r, c.value, c.unit)})`).join(', ');
        return [
            escapeMarkdown(r.name),
            `${r.budget.figure}${r.budget.scope === 'per-run' ? ', per run' : ''}`,
            r.used === null ? '–' : formatBudgetValue(r, r.used),
            limits(r),
            r.usedRatio === null ? '–' : `${Math.round(r.usedRatio * 100)} %`,
            STATE_ICON[r.state],
            [top, r.note ? escapeMarkdown(r.note) : ''].filter(Boolean).join('; ') || '–',
        ];
    });
    const lines = [
        '### Budgets',
        '| Budget | Figure | Used | Limit | Used / limit | State | Largest contributors |',
        '| :--- | :--- | ---: | :--- | ---: | :--- | :--- |',
        ...rows.map((r) => `| ${r.join(' | ')} |`),
    ];
    if (outcome.overridden) {
        const approvers = [...new Set(outcome.results.flatMap((r) => r.budget.approvers ?? []))];
        lines.push('', `> **Override used**: a failing budget was turned into a warning by the override label.` +
            (approvers.length ? ` Approvers: ${approvers.map(codeSpan).join(', ')}.` : ''));
    }
    return lines.join('\n');
}
/** One line per failed or warned budget, for the step's failure message and annotations. */
function budgetMessage(r) {
    const top = r.contributors.map((c) => `${c.id} (${formatBudgetValue(r, c.value, c.unit)})`).join(', ');
    const limit = r.state === 'fail' ? r.budget.fail : r.budget.warn;
    return (`Budget "${r.name}" ${r.state === 'fail' ? 'failed' : 'warned'}: ${r.budget.figure} ${r.budget.metric}` +
        ` ${r.used === null ? '' : formatBudgetValue(r, r.used)} > ${limit === undefined ? '' : formatBudgetValue(r, limit).replace(/^\+/, '')}` +
        (top ? `; largest contributors: ${top}` : ''));
}

;// CONCATENATED MODULE: ./src/outputs/csv.ts
/**
 * One row per run for spreadsheets: RFC 4180 (CRLF line ends, fields quoted when they hold a comma,
 * quote or line break, quotes doubled), a header row naming every column with its unit, numbers
 * plain (no thousands separator, no exponent), unknown figures empty. Text that a spreadsheet would
 * run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */

const PLAIN = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });
const COLUMNS = [
    ['id', (r) => r.run.id],
    ['name', (r) => r.run.name],
    ['kind', (r) => r.run.kind],
    ['phase', (r) => r.run.phase],
    ['status', (r) => r.run.status],
    ['component', (r) => r.run.component],
    ['file', (r) => r.run.file],
    ['line', (r) => r.run.line],
    ['gpu', (r) => r.run.gpu?.id ?? null],
    ['gpu_count', (r) => r.run.inputs.gpuCount],
    ['precision', (r) => r.run.gpu?.precision ?? null],
    ['region', (r) => r.run.location.region],
    ['grid', (r) => r.run.location.grid],
    ['basis', (r) => r.footprint.basis],
    ['flops', (r) => r.footprint.flops],
    ['gpu_hours_theoretical', (r) => c(r.footprint.gpuHours.theoretical)],
    ['gpu_hours_measured', (r) => r.footprint.gpuHours.measured],
    ['gpu_hours_used', (r) => r.footprint.gpuHours.used.central],
    ['implied_mfu', (r) => r.footprint.impliedMfu],
    ['energy_kwh', (r) => r.footprint.energyKwh.total.central],
    ['it_energy_kwh', (r) => r.footprint.itEnergyKwh.central],
    ['emissions_operational_kgco2e', (r) => c(r.footprint.impacts.gwp.operational.total)],
    ['emissions_embodied_kgco2e', (r) => c(r.footprint.impacts.gwp.embodied.total)],
    ['emissions_total_kgco2e', (r) => c(knownTotal(r.footprint.impacts.gwp)?.value ?? null)],
    ['emissions_total_is_lower_bound', (r) => knownTotal(r.footprint.impacts.gwp)?.complete === false],
    ['emissions_low_kgco2e', (r) => knownTotal(r.footprint.impacts.gwp)?.value.low ?? null],
    ['emissions_high_kgco2e', (r) => knownTotal(r.footprint.impacts.gwp)?.value.high ?? null],
    ...CRITERIA.filter((k) => k !== 'gwp').map((k) => [`${k === 'water' ? 'water_l' : k === 'adpe' ? 'adpe_kgsbeq' : 'pe_mj'}`, (r) => c(knownTotal(r.footprint.impacts[k])?.value ?? null)]),
    ['warnings', (r) => r.footprint.warnings.map((w) => w.message).join(' | ')],
];
function c(r) {
    return r ? r.central : null;
}
function field(v) {
    if (v === null)
        return '';
    if (typeof v === 'number')
        return Number.isFinite(v) ? PLAIN.format(v) : '';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
const CSV_COLUMNS = COLUMNS.map(([name]) => name);
function runsCsv(report) {
    const rows = [CSV_COLUMNS, ...report.runs.map((r) => COLUMNS.map(([, value]) => field(value(r))))];
    return rows.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

;// CONCATENATED MODULE: ./src/outputs/json.ts
/**
 * The machine-readable report (`--format json`, the action's report file). Public contract,
 * `schemaVersion: 1`: central figures in the headline fields, ranges under `uncertainty`,
 * every assumption with its source.
 */

const central = (r) => (r ? r.central : null);
const span = (r) => (r ? { low: r.low, central: r.central, high: r.high } : null);
const json_partial = (p) => central(p.value);
function impactsJson(impacts) {
    return Object.fromEntries(CRITERIA.map((c) => {
        const i = impacts[c];
        return [
            c,
            {
                unit: CRITERION_UNITS[c],
                operational: central(i.operational.total),
                embodied: central(i.embodied.total),
                total: central(knownTotal(i)?.value ?? null),
                totalIsLowerBound: knownTotal(i)?.complete === false,
                range: span(knownTotal(i)?.value ?? null),
            },
        ];
    }));
}
function runJson({ run, footprint: f }) {
    const gwp = f.impacts.gwp;
    return {
        id: run.id,
        name: run.name,
        kind: run.kind,
        phase: run.phase,
        status: run.status,
        component: run.component,
        tags: run.tags,
        file: run.file,
        line: run.line,
        gpu: run.gpu ? { ...run.gpu, count: run.inputs.gpuCount } : null,
        flops: f.flops,
        gpuHours: { theoretical: central(f.gpuHours.theoretical), measured: f.gpuHours.measured },
        impliedMfu: f.impliedMfu,
        energyKwh: f.energyKwh.total.central,
        emissionsKg: {
            operational: central(gwp.operational.total),
            embodied: central(gwp.embodied.total),
            total: central(knownTotal(gwp)?.value ?? null),
            /** True when a part has no sourced factor (e.g. a GPU without a published embodied figure). */
            totalIsLowerBound: knownTotal(gwp)?.complete === false,
        },
        breakdown: {
            basis: f.basis,
            gpuHoursUsed: f.gpuHours.used.central,
            promptImpactFactor: f.promptImpactFactor,
            energyKwh: { gpu: f.energyKwh.gpu.central, server: f.energyKwh.server.central },
            emissionsKg: {
                operational: { gpu: central(gwp.operational.gpu), server: central(gwp.operational.server) },
                embodied: { gpu: central(gwp.embodied.gpu), server: central(gwp.embodied.server) },
            },
        },
        impacts: impactsJson(f.impacts),
        uncertainty: {
            gpuHours: span(f.gpuHours.used),
            gpuHoursTheoretical: span(f.gpuHours.theoretical),
            energyKwh: span(f.energyKwh.total),
            emissionsKg: span(knownTotal(gwp)?.value ?? null),
        },
        assumptions: run.assumptions.map((a) => ({
            key: a.key,
            label: a.label,
            value: typeof a.value === 'string' ? a.value : a.value.central,
            range: typeof a.value === 'string' || a.value.low === a.value.high ? null : span(a.value),
            unit: a.unit,
            source: a.source,
        })),
        measurements: run.measurements,
        warnings: f.warnings.map((w) => w.message),
    };
}
function totalsJson(t) {
    const gwp = t.impacts.gwp;
    return {
        runs: t.runs,
        flops: t.flops,
        gpuHours: { theoretical: central(t.gpuHours.theoretical), measured: t.gpuHours.measured },
        energyKwh: t.energyKwh.central,
        emissionsKg: {
            operational: json_partial(gwp.operational),
            embodied: json_partial(gwp.embodied),
            total: json_partial(gwp.total),
            totalIsLowerBound: gwp.total.missing > 0,
        },
        impacts: Object.fromEntries(CRITERIA.map((c) => {
            const i = t.impacts[c];
            return [
                c,
                {
                    unit: CRITERION_UNITS[c],
                    operational: json_partial(i.operational),
                    embodied: json_partial(i.embodied),
                    total: json_partial(i.total),
                    runsMissingFactor: i.total.missing,
                },
            ];
        })),
        uncertainty: {
            gpuHours: span(t.gpuHours.used),
            energyKwh: span(t.energyKwh),
            emissionsKg: span(gwp.total.value),
        },
    };
}
function groupJson(g) {
    return {
        key: g.key,
        runs: g.runs,
        gpuHours: g.gpuHours.central,
        gpuHoursShare: g.gpuHoursShare,
        energyKwh: g.energyKwh.central,
        emissionsKg: json_partial(g.emissionsKg),
    };
}
function reportJson(report) {
    return {
        schemaVersion: report.schemaVersion,
        manifests: report.manifests,
        runs: report.runs.map(runJson),
        totals: totalsJson(report.totals),
        lifecycle: {
            byPhase: report.lifecycle.byPhase.map(groupJson),
            byStatus: report.lifecycle.byStatus.map(groupJson),
            byComponent: report.lifecycle.byComponent.map(groupJson),
            rdOverheadShare: report.lifecycle.rdOverheadShare,
        },
        amortisation: report.amortisation.map((a) => ({
            ...a,
            trainingKgPer1000Requests: json_partial(a.trainingKgPer1000Requests),
            inferenceKgPer1000Requests: a.inferenceKgPer1000Requests ? json_partial(a.inferenceKgPer1000Requests) : null,
            lowerBound: a.trainingKgPer1000Requests.missing > 0 || (a.inferenceKgPer1000Requests?.missing ?? 0) > 0,
        })),
    };
}
function diffJson(diff, extra = {}) {
    return {
        schemaVersion: diff.head.schemaVersion,
        head: reportJson(diff.head),
        base: diff.base ? reportJson(diff.base) : null,
        delta: {
            emissionsKg: diff.deltaKg.central,
            emissionsRatio: diff.deltaRatio,
            energyKwh: diff.deltaEnergyKwh,
            gpuHours: diff.deltaGpuHours,
        },
        runs: diff.runs.map((c) => ({
            id: c.id,
            change: c.change,
            previousId: c.change === 'renamed' ? (c.base?.run.id ?? null) : null,
            baseEmissionsKg: c.base ? central(knownTotal(c.base.footprint.impacts.gwp)?.value ?? null) : null,
            headEmissionsKg: c.head ? central(knownTotal(c.head.footprint.impacts.gwp)?.value ?? null) : null,
            deltaEmissionsKg: c.deltaKg.central,
        })),
        ...extra,
    };
}

;// CONCATENATED MODULE: ./src/outputs/markdown-blocks.ts
/**
 * The building blocks every markdown section shares: tables, folded sections, run labels and the
 * cells of figures that may be unknown or a lower bound.
 */


const NA = 'n/a';
/** A figure's central value, or n/a. */
const markdown_blocks_central = (r, f) => (r ? f(r.central) : NA);
/** A run's total emissions as far as known: "≥ x" when a part has no sourced factor. */
function knownTotalCell(i) {
    const k = knownTotal(i);
    return k ? `${k.complete ? '' : '≥ '}${formatKg(k.value.central)}` : NA;
}
/** A sum over runs, "≥ x" when some run lacks the factor. */
const partialCell = (p, f) => p.value ? `${p.missing ? '≥ ' : ''}${f(p.value.central)}` : NA;
function table(header, rows, align) {
    const sep = header.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '---:' : ':---'));
    return [header, sep, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
/** A folded section: GitHub shows the summary line only until it is opened. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function runLabel(r) {
    const id = escapeMarkdown(r.run.id);
    return r.run.name !== r.run.id ? `${escapeMarkdown(r.run.name)} (${id})` : id;
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** "a, b and c", or "a, b, c and 4 more" beyond `max`. */
function listOf(items, max = 5) {
    if (items.length <= 1)
        return items[0] ?? '';
    if (items.length > max)
        return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/outputs/advice-markdown.ts


function whatIf(a) {
    switch (a.kind) {
        case 'region':
            return `in ${codeSpan(a.target)}`;
        case 'gpu':
            return `on ${codeSpan(a.target)}`;
        case 'rd-share':
            return 'at the median failed/ablation share';
    }
}
function adviceLine(a) {
    const part = a.operationalOnly ? ' operational' : '';
    const share = a.currentKg > 0 ? ` (${formatPercent(-a.savingKg / a.currentKg, true)})` : '';
    return `- **${escapeMarkdown(a.runId)}** ${whatIf(a)}: **−${formatKg(a.savingKg)}**${part}${share}; ${escapeMarkdown(a.detail)}`;
}
/** The folded "What if" section, or null without advice. */
function adviceSection(advice) {
    if (!advice.length)
        return null;
    const best = advice.reduce((a, b) => (b.savingKg > a.savingKg ? b : a));
    const summary = `💡 What if: ${plural(advice.length, 'suggestion')}, up to −${formatKg(best.savingKg)} (${escapeMarkdown(best.runId)})`;
    const note = '_Each line computes the run again with one change. Advice never counts in budgets; `advice: false` in the manifest turns it off._';
    return details(summary, `${advice.map(adviceLine).join('\n')}\n\n${note}`);
}

;// CONCATENATED MODULE: ./src/outputs/assumptions-markdown.ts
/**
 * Assumptions, each written once: the ones the runs share in one table, then each run's basis, its
 * ranges and only the assumptions where it differs. Runs on the same GPU in the same region share
 * a dozen rows; printing them per run buried the few that matter.
 */



function rowOf(a) {
    return [
        escapeMarkdown(a.label),
        typeof a.value === 'string' ? escapeMarkdown(a.value) : `${formatRange(a.value, round3)}${a.unit ? ` ${a.unit}` : ''}`,
        escapeMarkdown(a.source),
    ];
}
const rowKey = (r) => r.join('\u0000');
const BASIS = {
    'measured-energy': 'measured energy',
    'measured-gpu-hours': 'measured GPU-hours × power',
    theoretical: 'theoretical GPU-hours from FLOPs',
};
/** "**run** — basis; formula; ranges": what makes this run's figures, in one line. */
function runHeadline(r) {
    const f = r.footprint;
    const g = knownTotal(f.impacts.gwp)?.value ?? null;
    return [
        `**${runLabel(r)}** — ${BASIS[f.basis]}`,
        f.flops !== null && r.run.inputs.flops ? `; ${r.run.inputs.flops.formula} = ${formatFlops(f.flops)}` : '',
        f.promptImpactFactor !== 1 ? `; prompt impact × ${round3(f.promptImpactFactor)} (prefix cache)` : '',
        `; GPUh ${formatRange(f.gpuHours.used, formatGpuHours)}, energy ${formatRange(f.energyKwh.total, formatKwh)}, emissions ${g ? formatRange(g, formatKg) : NA}`,
    ].join('');
}
/**
 * Two folded sections: the assumptions most runs share (each in more than half of the runs), and
 * each detailed run's basis, ranges and the assumptions where it differs from them, including a
 * shared input it does not have.
 */
function assumptionSections(runs, opts = {}) {
    if (!runs.length)
        return [];
    const rowsByRun = new Map(runs.map((r) => [r, r.run.assumptions.map((a) => ({ key: a.key, row: rowOf(a) }))]));
    const counts = new Map();
    for (const rows of rowsByRun.values()) {
        for (const key of new Set(rows.map((x) => rowKey(x.row))))
            counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const threshold = runs.length === 1 ? 1 : Math.max(2, Math.floor(runs.length / 2) + 1);
    // In first-seen order, one row per input: the most common value of an input is the shared one.
    const shared = new Map();
    for (const rows of rowsByRun.values()) {
        for (const { key, row } of rows) {
            const n = counts.get(rowKey(row));
            const current = shared.get(key);
            if (n >= threshold && (!current || n > counts.get(rowKey(current))))
                shared.set(key, row);
        }
    }
    const sharedKeys = new Set([...shared.values()].map(rowKey));
    const allShare = [...shared.values()].every((row) => counts.get(rowKey(row)) === runs.length);
    const out = [];
    if (shared.size) {
        const title = runs.length === 1
            ? 'Assumptions'
            : allShare
                ? `Assumptions shared by ${runs.length === 2 ? 'both' : `all ${runs.length}`} runs`
                : 'Assumptions shared by most runs (each run lists where it differs)';
        out.push(details(title, table(['Input', 'Value', 'Source'], [...shared.values()], ['l', 'l', 'l'])));
    }
    const detailed = opts.detailed ?? runs;
    const paragraphs = detailed.map((r) => {
        const rows = rowsByRun.get(r) ?? r.run.assumptions.map((a) => ({ key: a.key, row: rowOf(a) }));
        const own = rows.filter((x) => !sharedKeys.has(rowKey(x.row))).map((x) => x.row);
        const has = new Set(rows.map((x) => x.key));
        const lacks = [...shared].filter(([key]) => !has.has(key)).map(([, row]) => [row[0], 'not applicable', '–']);
        const differing = [...own, ...lacks];
        return differing.length ? `${runHeadline(r)}\n\n${table(['Input', 'Value', 'Source'], differing, ['l', 'l', 'l'])}` : runHeadline(r);
    });
    const left = runs.length - detailed.length;
    if (left > 0)
        paragraphs.push(`_${plural(left, 'other run')} not detailed here: unchanged against the base._`);
    if (paragraphs.length) {
        const title = runs.length === 1 ? 'Basis and ranges' : 'Per run: basis, ranges and what differs';
        out.push(details(title, paragraphs.join('\n\n')));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/outputs/warnings-markdown.ts


/** Distinct messages shown per file; the rest are counted. */
const MAX_PER_FILE = 5;
/** Files listed; the rest are counted. */
const MAX_FILES = 10;
/** Every run's own warnings (implied MFU out of range and the like), as file warnings. */
function runWarnings(report) {
    return report.runs.flatMap((r) => r.footprint.warnings.map((w) => ({ file: r.run.file, message: w.message, run: r.run.id })));
}
function groupWarnings(warnings) {
    const byFile = new Map();
    for (const w of warnings) {
        let g = byFile.get(w.file);
        if (!g)
            byFile.set(w.file, (g = { file: w.file, messages: new Map() }));
        const runs = g.messages.get(w.message) ?? [];
        if (w.run !== undefined && !runs.includes(w.run))
            runs.push(w.run);
        g.messages.set(w.message, runs);
    }
    return [...byFile.values()];
}
/** The folded warnings section, or null when there is none. */
function warningsSection(warnings) {
    const groups = groupWarnings(warnings);
    if (!groups.length)
        return null;
    const distinct = groups.reduce((n, g) => n + g.messages.size, 0);
    const blocks = groups.slice(0, MAX_FILES).map((g) => {
        const lines = [...g.messages].slice(0, MAX_PER_FILE).map(([message, runs]) => {
            const who = runs.length ? ` (${runs.length === 1 ? 'run' : `${runs.length} runs:`} ${listOf(runs.map(escapeMarkdown), 3)})` : '';
            return `- ${escapeMarkdown(message)}${who}`;
        });
        if (g.messages.size > MAX_PER_FILE)
            lines.push(`- … ${plural(g.messages.size - MAX_PER_FILE, 'more warning')} in this file`);
        return `${codeSpan(g.file)}\n${lines.join('\n')}`;
    });
    if (groups.length > MAX_FILES) {
        const rest = groups.slice(MAX_FILES).reduce((n, g) => n + g.messages.size, 0);
        blocks.push(`… ${plural(rest, 'more warning')} in ${plural(groups.length - MAX_FILES, 'more file')}`);
    }
    // No code span in a summary: GitHub shows the backticks there.
    const where = groups.length === 1 ? escapeMarkdown(groups[0].file) : `${groups.length} files`;
    return details(`⚠️ ${plural(distinct, 'warning')} in ${where}`, blocks.join('\n\n'));
}

;// CONCATENATED MODULE: ./src/outputs/markdown.ts
/**
 * Markdown renderings: the CLI report of one state, and the base-vs-head comparison the PR comment,
 * the job summary and `ml-footprint diff` show (one renderer). User-controlled text always goes
 * through escapeMarkdown / codeSpan / mermaidLabel.
 *
 * The comparison is written for a reviewer who reads it in ten seconds. Above the first fold: the
 * headline, the budget states, one table of the runs that changed (with notes under it, `runNotes`)
 * and one line counting the unchanged runs, whose rows are folded. Everything else is a folded
 * section, in `foldedSections`: advice, warnings (said once, by file), charts, all criteria, the
 * lifecycle split, amortisation, assumptions (shared ones once, then what differs per run), method,
 * and any `extraSections` another module renders.
 */






const METHOD_URL_DEFAULT = 'https://github.com/ml-footprint/ml-footprint-action/blob/main/docs/METHODOLOGY.md';
const CRITERION_LABEL = {
    gwp: 'Global warming',
    water: 'Water',
    adpe: 'Abiotic depletion',
    pe: 'Primary energy',
};
const CRITERION_FORMAT = {
    gwp: formatKg,
    water: formatLitres,
    adpe: formatKgSb,
    pe: formatMj,
};
function mfuCell(r) {
    if (r.footprint.impliedMfu === null)
        return '–';
    const warn = r.footprint.warnings.some((w) => w.code.startsWith('implied-mfu')) ? ' ⚠️' : '';
    return `${round3(r.footprint.impliedMfu)}${warn}`;
}
/** The per-run table of one report (CLI `report`). */
function runTable(report) {
    const rows = report.runs.map((r) => {
        const f = r.footprint;
        const gwp = f.impacts.gwp;
        return [
            runLabel(r),
            `${r.run.kind} · ${r.run.status}`,
            r.run.gpu ? `${escapeMarkdown(r.run.gpu.id)}${r.run.inputs.gpuCount ? ` × ${r.run.inputs.gpuCount}` : ''}` : NA,
            markdown_blocks_central(f.gpuHours.theoretical, formatGpuHours),
            f.gpuHours.measured !== null ? formatGpuHours(f.gpuHours.measured) : '–',
            mfuCell(r),
            formatKwh(f.energyKwh.total.central),
            markdown_blocks_central(gwp.operational.total, formatKg),
            markdown_blocks_central(gwp.embodied.total, formatKg),
            `**${knownTotalCell(gwp)}**`,
        ];
    });
    const t = report.totals;
    const g = t.impacts.gwp;
    rows.push([
        `**Total (${plural(t.runs, 'run')})**`,
        '',
        '',
        markdown_blocks_central(t.gpuHours.theoretical, formatGpuHours),
        t.gpuHours.measured !== null ? formatGpuHours(t.gpuHours.measured) : '–',
        '',
        `**${formatKwh(t.energyKwh.central)}**`,
        `**${partialCell(g.operational, formatKg)}**`,
        `**${partialCell(g.embodied, formatKg)}**`,
        `**${partialCell(g.total, formatKg)}**`,
    ]);
    return table(['Run', 'Kind · status', 'GPU', 'GPUh (theoretical)', 'GPUh (measured)', 'Implied MFU', 'Energy', 'Operational', 'Embodied', 'Total'], rows, ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']);
}
function criteriaTable(report) {
    const t = report.totals;
    const rows = CRITERIA.map((k) => {
        const f = CRITERION_FORMAT[k];
        const i = t.impacts[k];
        const range = i.total.value && i.total.value.low !== i.total.value.high ? `${f(i.total.value.low)} – ${f(i.total.value.high)}` : '–';
        return [CRITERION_LABEL[k], partialCell(i.operational, f), partialCell(i.embodied, f), partialCell(i.total, f), range];
    });
    return table(['Criterion', 'Operational', 'Embodied', 'Total', 'Range (low – high)'], rows);
}
function groupTable(title, groups) {
    return table([title, 'Runs', 'GPUh', 'Share of GPUh', 'Energy', 'Emissions'], groups.map((g) => [
        escapeMarkdown(g.key),
        String(g.runs),
        formatGpuHours(g.gpuHours.central),
        formatPercent(g.gpuHoursShare),
        formatKwh(g.energyKwh.central),
        partialCell(g.emissionsKg, formatKg),
    ]));
}
function rdOverheadLine(report) {
    const share = report.lifecycle.rdOverheadShare;
    return share === null ? null : `R&D overhead: ${formatPercent(share)} of GPUh beyond final runs.`;
}
/** Mermaid pie of compute (GPU-hours) by status. */
function statusPie(report) {
    const groups = report.lifecycle.byStatus.filter((g) => g.gpuHours.central > 0);
    if (groups.length < 2)
        return null;
    const slices = groups.map((g) => `    "${mermaidLabel(g.key)}" : ${Number(g.gpuHours.central.toPrecision(6))}`);
    return ['```mermaid', 'pie showData title GPU-hours by run status', ...slices, '```'].join('\n');
}
/** R&D overhead, the status pie and the tables by status, phase and component (when several). */
function lifecycleBody(report) {
    const parts = [rdOverheadLine(report), statusPie(report), groupTable('Status', report.lifecycle.byStatus), groupTable('Phase', report.lifecycle.byPhase)];
    if (report.lifecycle.byComponent.length > 1)
        parts.push(groupTable('Component', report.lifecycle.byComponent));
    return parts.filter((p) => p !== null).join('\n\n');
}
function amortisationBody(report) {
    if (!report.amortisation.length)
        return null;
    const perRequest = (v) => (v ? partialCell(v, formatKg) : '–');
    const rows = report.amortisation.map((a) => [
        escapeMarkdown(a.trainingRun),
        round3(a.expectedRequests),
        perRequest(a.trainingKgPer1000Requests),
        a.inferenceRun ? escapeMarkdown(a.inferenceRun) : '–',
        perRequest(a.inferenceKgPer1000Requests),
    ]);
    return [
        table(['Training run', 'Expected requests', 'Training share per 1,000 requests', 'Inference run', 'Inference per 1,000 requests'], rows, ['l', 'r', 'r', 'l', 'r']),
        '“≥” marks a lower bound: a run without a sourced embodied figure counts its operational emissions only.',
    ].join('\n\n');
}
function methodSection(methodUrl) {
    return details('Method', `Theoretical GPU-hours = FLOPs / (peak × MFU × 3600); energy = GPUh × power × PUE (plus the server's non-GPU share per GPU); ` +
        `operational emissions = energy × grid factor; embodied = GPUh / lifetime × manufacturing impact. ` +
        `Ranges propagate the MFU, PUE, grid-factor and lifetime ranges. [Methodology](${methodUrl}).`);
}
/** Warnings about the report's files and runs, the same message said once. */
function warnings(report, extra) {
    return warningsSection([...runWarnings(report), ...(extra ?? [])]);
}
/** The CLI's report of one state. */
function renderReportMarkdown(report, opts = {}) {
    const t = report.totals;
    const total = t.impacts.gwp.total.value ?? t.impacts.gwp.operational.value;
    const parts = [
        '## ML training footprint',
        `**${total ? formatRange(total, formatKg) : NA}** · ${formatKwh(t.energyKwh.central)} · ${formatGpuHours(t.gpuHours.used.central)} across ${plural(t.runs, 'run')}`,
        runTable(report),
        adviceSection(opts.advice ?? []),
        warnings(report, opts.warnings),
        '### All criteria',
        criteriaTable(report),
        '### Lifecycle',
        lifecycleBody(report),
    ];
    const amort = amortisationBody(report);
    if (amort)
        parts.push('### Training amortised over inference', amort);
    parts.push(...assumptionSections(report.runs), methodSection(opts.methodUrl ?? METHOD_URL_DEFAULT));
    return `${parts.filter((p) => p !== null).join('\n\n')}\n`;
}
/** Changed runs shown above the fold; more are folded under the table. */
const CHANGED_ROWS_ABOVE_FOLD = 10;
/** Runs in the emissions chart. */
const CHART_RUNS = 10;
function changeCell(base, head, f) {
    if (base === null && head === null)
        return '–';
    if (base === null)
        return f(head);
    if (head === null)
        return `~~${f(base)}~~`;
    if (base === head)
        return f(head);
    return `${f(base)} → ${f(head)}`;
}
const CHANGE_LABEL = {
    added: '🆕 added',
    removed: '🗑️ removed',
    renamed: '✏️ renamed',
    changed: 'changed',
    unchanged: 'unchanged',
};
const DIFF_HEADER = ['Run', 'Change', 'GPUh (theoretical)', 'GPUh (measured)', 'Energy', 'Operational', 'Embodied', 'Δ emissions'];
function diffRunRow(ch) {
    const b = ch.base?.footprint;
    const h = ch.head?.footprint;
    const cen = (r) => (r ? r.central : null);
    const label = ch.change === 'renamed' ? `${escapeMarkdown(ch.base.run.id)} → ${escapeMarkdown(ch.id)}` : escapeMarkdown(ch.id);
    return [
        label,
        CHANGE_LABEL[ch.change],
        changeCell(cen(b?.gpuHours.theoretical), cen(h?.gpuHours.theoretical), formatGpuHours),
        changeCell(b?.gpuHours.measured ?? null, h?.gpuHours.measured ?? null, formatGpuHours),
        changeCell(cen(b?.energyKwh.total), cen(h?.energyKwh.total), formatKwh),
        changeCell(cen(b?.impacts.gwp.operational.total), cen(h?.impacts.gwp.operational.total), formatKg),
        changeCell(cen(b?.impacts.gwp.embodied.total), cen(h?.impacts.gwp.embodied.total), formatKg),
        `**${signed(ch.deltaKg.central, formatKg)}**`,
    ];
}
function totalRow(diff) {
    const base = diff.base?.totals;
    const head = diff.head.totals;
    return [
        `**Total (${plural(head.runs, 'run')})**`,
        '',
        changeCell(base?.gpuHours.theoretical?.central ?? null, head.gpuHours.theoretical?.central ?? null, formatGpuHours),
        changeCell(base?.gpuHours.measured ?? null, head.gpuHours.measured, formatGpuHours),
        changeCell(base ? base.energyKwh.central : null, head.energyKwh.central, formatKwh),
        changeCell(base?.impacts.gwp.operational.value?.central ?? null, head.impacts.gwp.operational.value?.central ?? null, formatKg),
        changeCell(base?.impacts.gwp.embodied.value?.central ?? null, head.impacts.gwp.embodied.value?.central ?? null, formatKg),
        `**${signed(diff.deltaKg.central, formatKg)}**`,
    ];
}
function diffHeadline(diff, opts) {
    const ref = opts.baseRef ? ` vs ${codeSpan(opts.baseRef)}` : '';
    const budget = opts.budgetHeadline ? ` · ${opts.budgetHeadline}` : '';
    const headTotal = partialCell(diff.head.totals.impacts.gwp.total, formatKg);
    if (!diff.base) {
        return `**${headTotal}** total${budget}`;
    }
    const ratio = diff.deltaRatio !== null ? ` (${formatPercent(diff.deltaRatio, true)})` : '';
    const total = headTotal !== NA ? ` · ${headTotal} total` : '';
    return `**${signed(diff.deltaKg.central, formatKg)}**${ratio}${ref}${total}${budget}`;
}
/** Mermaid bar (head) + line (base) of total emissions by run, in one unit chosen for the largest. */
function emissionsChart(diff, changes) {
    if (changes.length < 2)
        return null;
    const emissionsOf = (r) => (r ? (knownTotal(r.footprint.impacts.gwp)?.value.central ?? 0) : 0);
    const values = changes.flatMap((ch) => [emissionsOf(ch.base), emissionsOf(ch.head)]);
    const max = Math.max(...values);
    const [unit, factor] = max >= 1e3 ? ['tCO2e', 1e3] : ['kgCO2e', 1];
    const fmt = (r) => Number((emissionsOf(r) / factor).toPrecision(4));
    const labels = changes.map((ch) => `"${mermaidLabel(ch.id)}"`).join(', ');
    const lines = ['```mermaid', 'xychart-beta', '    title "Emissions by run (bars: head, line: base)"', `    x-axis [${labels}]`, `    y-axis "${unit}"`];
    lines.push(`    bar [${changes.map((ch) => fmt(ch.head)).join(', ')}]`);
    if (diff.base)
        lines.push(`    line [${changes.map((ch) => fmt(ch.base)).join(', ')}]`);
    lines.push('```');
    return lines.join('\n');
}
const byChangeSize = (a, b) => Math.abs(b.deltaKg.central) - Math.abs(a.deltaKg.central);
/** The changed runs, split into those shown above the fold (in the diff's order) and the rest. */
function splitChanged(changed, limit) {
    if (changed.length <= limit)
        return { shown: [...changed], rest: [] };
    const keep = new Set([...changed].sort(byChangeSize).slice(0, limit));
    return { shown: changed.filter((c) => keep.has(c)), rest: changed.filter((c) => !keep.has(c)) };
}
/** Notes under the changed table: one bullet per line, by run. */
function runNotesList(shown, notes) {
    if (!notes)
        return null;
    const lines = shown.flatMap((ch) => (notes.get(ch.id) ?? []).map((n) => `- **${escapeMarkdown(ch.id)}**: ${n}`));
    return lines.length ? lines.join('\n') : null;
}
/** The folded sections below the fold, in reading order. */
function foldedSections(diff, changed, opts) {
    const head = diff.head;
    const chartRuns = [...changed, ...[...diff.runs].filter((c) => !changed.includes(c)).sort(byChangeSize)]
        .filter((c) => c.head || c.base)
        .slice(0, CHART_RUNS);
    const chart = emissionsChart(diff, chartRuns);
    const amort = amortisationBody(head);
    const changedIds = new Set(changed.map((c) => c.id));
    const detailed = opts.perRun === 'all' || !diff.base ? head.runs : head.runs.filter((r) => changedIds.has(r.run.id));
    return [
        adviceSection(opts.advice ?? []),
        warnings(head, opts.warnings),
        chart ? details('📊 Emissions by run', chart) : null,
        details('All criteria (head)', criteriaTable(head)),
        details('Lifecycle split (head)', lifecycleBody(head)),
        amort ? details('Amortisation (head)', amort) : null,
        ...(opts.extraSections ?? []),
        ...assumptionSections(head.runs, { detailed }),
        methodSection(opts.methodUrl ?? METHOD_URL_DEFAULT),
    ].filter((s) => s !== null);
}
function renderDiffMarkdown(diff, opts = {}) {
    const parts = ['## 🌱 ML training footprint', diffHeadline(diff, opts), manifestChangesLine(diff)];
    if (opts.notes?.length)
        parts.push(notesMarkdown(dedupe(opts.notes)));
    if (opts.budgetSection)
        parts.push(opts.budgetSection);
    const changed = diff.runs.filter((c) => c.change !== 'unchanged');
    const unchanged = diff.runs.filter((c) => c.change === 'unchanged');
    const { shown, rest } = splitChanged(changed, opts.maxRuns ?? (opts.compact ? Infinity : CHANGED_ROWS_ABOVE_FOLD));
    const rows = shown.map(diffRunRow);
    if (rest.length && (opts.compact || opts.maxRuns !== undefined))
        rows.push([`… ${plural(rest.length, 'more changed run')}`, '', '', '', '', '', '', '']);
    rows.push(totalRow(diff));
    parts.push(table(DIFF_HEADER, rows));
    parts.push(runNotesList(shown, opts.runNotes));
    if (opts.compact) {
        if (unchanged.length)
            parts.push(`${plural(unchanged.length, 'run')} unchanged.`);
        const link = opts.fullReportUrl ? `[job summary](${opts.fullReportUrl})` : 'job summary';
        parts.push(`_Shortened to fit a GitHub comment: the full report, with assumptions and sources, is in the ${link}._`);
        return `${parts.filter((p) => p !== null).join('\n\n')}\n`;
    }
    if (rest.length && opts.maxRuns === undefined)
        parts.push(details(`${plural(rest.length, 'more changed run')}`, table(DIFF_HEADER, rest.map(diffRunRow))));
    if (unchanged.length)
        parts.push(details(`${plural(unchanged.length, 'run')} unchanged`, table(DIFF_HEADER, unchanged.map(diffRunRow))));
    parts.push(...foldedSections(diff, changed, opts));
    return `${parts.filter((p) => p !== null).join('\n\n')}\n`;
}
function dedupe(lines) {
    return [...new Set(lines)];
}
/** Notes as a quote block; they quote user input (file names, run ids from metrics), so escaped. */
function notesMarkdown(notes) {
    return notes.map((n) => `> ${escapeMarkdown(n)}`).join('\n');
}
/** "Manifests: `a.yml` new · `b.yml` removed · `c.yml` → `d.yml` moved", when any changed. */
function manifestChangesLine(diff) {
    const items = diff.manifests.flatMap((m) => {
        if (m.change === 'added')
            return [`${codeSpan(m.file)} new`];
        if (m.change === 'removed')
            return [`${codeSpan(m.file)} removed`];
        if (m.change === 'renamed')
            return [`${codeSpan(m.previous ?? '?')} → ${codeSpan(m.file)} moved`];
        return [];
    });
    return items.length ? `Manifests: ${items.join(' · ')}` : null;
}

;// CONCATENATED MODULE: ./src/outputs/model-card.ts
/**
 * The Hugging Face model card's `co2_eq_emissions` metadata for a run or a component's training
 * runs, ready to paste into the YAML front matter of the model's README.md. Keys as the Hub
 * documents them (https://huggingface.co/docs/hub/model-cards-co2): emissions (grams of CO2e),
 * source, training_type, geographical_location, hardware_used.
 *
 * `emissions` is the operational figure, as CodeCarbon and the ML CO2 Impact calculator that the Hub
 * cites report it, so cards stay comparable; `source` says how it was found and states the embodied
 * share left out.
 */


const TRAINING_KINDS = new Set(['training', 'fine-tuning']);
const isTrainingRun = (r) => TRAINING_KINDS.has(r.run.kind);
const model_card_BASIS = {
    'measured-energy': 'measured energy',
    'measured-gpu-hours': 'measured GPU-hours × power',
    theoretical: 'theoretical GPU-hours from FLOPs (6·N·D at an assumed MFU)',
};
const distinct = (items) => [...new Set(items)];
function model_card_location(r) {
    const l = r.run.location;
    if (l.ownGridFactor && l.region === null)
        return 'not stated (grid factor given in the manifest)';
    if (l.grid === 'WOR' && l.region === null)
        return 'not stated (world-average grid factor)';
    return l.region ? `${l.label} (${l.region})` : `${l.label} (${l.grid})`;
}
function model_card_hardware(runs) {
    const byGpu = new Map();
    for (const r of runs) {
        const name = r.run.gpu?.name ?? 'unknown GPU';
        const g = byGpu.get(name) ?? { hours: 0, maxCount: 0 };
        g.hours += r.footprint.gpuHours.used.central;
        g.maxCount = Math.max(g.maxCount, r.run.inputs.gpuCount ?? 0);
        byGpu.set(name, g);
    }
    return [...byGpu]
        .map(([name, g]) => {
        const count = g.maxCount ? (runs.length === 1 ? `${g.maxCount} × ` : `up to ${g.maxCount} × `) : '';
        return `${count}${name}, ${formatGpuHours(g.hours)}`;
    })
        .join('; ');
}
function trainingType(runs) {
    const kinds = new Set(runs.map((r) => (r.run.kind === 'training' ? 'pre-training' : 'fine-tuning')));
    return kinds.size === 1 ? [...kinds][0] : 'pre-training and fine-tuning';
}
/** The metadata for these training runs (all statuses: failed and ablation runs count too). */
function co2EqEmissions(runs) {
    if (!runs.length)
        throw new Error('co2EqEmissions needs at least one run');
    const operational = runs.reduce((a, r) => a + (r.footprint.impacts.gwp.operational.total?.central ?? 0), 0);
    const embodied = runs.map((r) => r.footprint.impacts.gwp.embodied.total?.central ?? null);
    const knownEmbodied = embodied.reduce((a, v) => a + (v ?? 0), 0);
    const bases = distinct(runs.map((r) => model_card_BASIS[r.footprint.basis])).join(', ');
    const what = runs.length === 1 ? `run ${runs[0].run.id}` : `${runs.length} runs (${distinct(runs.map((r) => r.run.status)).join(', ')})`;
    const embodiedNote = knownEmbodied > 0
        ? `embodied hardware emissions (${embodied.includes(null) ? 'at least ' : ''}${formatKg(knownEmbodied)}) not included`
        : 'embodied hardware emissions not included';
    return {
        emissions: Number((operational * 1000).toPrecision(6)),
        source: `ml-footprint (https://github.com/ml-footprint/ml-footprint-action): operational emissions of ${what}, ` +
            `from ${bases}, × PUE × location-based grid factor; ${embodiedNote}`,
        training_type: trainingType(runs),
        geographical_location: distinct(runs.map(model_card_location)).join('; '),
        hardware_used: model_card_hardware(runs),
    };
}
/** The YAML block to paste into the front matter, with a comment saying what it covers. */
function renderModelCard(runs, what) {
    const body = (0,dist/* stringify */.As)({ co2_eq_emissions: co2EqEmissions(runs) }, { lineWidth: 0 });
    return `# ${what.replace(/[\r\n]+/g, ' ')}: paste into the YAML front matter of the model's README.md\n${body}`;
}

;// CONCATENATED MODULE: ./src/cli.ts
/**
 * The local CLI over the same core as the action: `report`, `diff`, `card` and `export` (see USAGE).
 * Unlike the action it reads manifests and metrics wherever its user points it
 * (`../other-repo/footprint.yml`). Exit codes: 0 ok, 1 a budget failed (with --fail-on-budget),
 * 2 bad input or usage, 3 an internal error.
 */
















const COMMON = {
    metrics: { type: 'string', multiple: true, default: [] },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
};
class UsageError extends Error {
}
const strings = (v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []);
function readerAt(cwd) {
    // The user points at the files: no confinement to the current directory.
    return new WorkspaceReader(cwd, { confined: false });
}
async function loadHead(values, positionals, cwd, what) {
    if (!positionals.length)
        throw new UsageError(`${what} needs at least one manifest`);
    return loadState(readerAt(cwd), { manifests: positionals, metrics: strings(values.metrics) });
}
function formatOf(values, allowed) {
    const format = String(values.format);
    if (!allowed.includes(format))
        throw new UsageError(`--format must be ${allowed.join(' or ')}, not "${format}"`);
    return format;
}
const cli_json = (value) => `${JSON.stringify(value, null, 2)}\n`;
/** The runs a `--run` / `--component` selection names; every name must match. */
function selectRuns(report, ids, components) {
    const known = new Set(report.runs.map((r) => r.run.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length)
        throw new UsageError(`no run has the id ${unknown.map((u) => `"${u}"`).join(', ')} (runs: ${[...known].join(', ')})`);
    const knownComponents = new Set(report.runs.map((r) => r.run.component));
    const missing = components.filter((c) => !knownComponents.has(c));
    if (missing.length)
        throw new UsageError(`no run has the component ${missing.map((m) => `"${m}"`).join(', ')} (components: ${[...knownComponents].join(', ')})`);
    if (!ids.length && !components.length)
        return [...report.runs];
    return report.runs.filter((r) => ids.includes(r.run.id) || components.includes(r.run.component));
}
const COMMANDS = {
    report: {
        summary: 'the footprint of one or more manifests',
        usage: 'ml-footprint report [--format markdown|json] [--metrics FILE]... [--no-advice] [--out FILE] <manifest>...',
        example: 'ml-footprint report examples/footprint.yml',
        details: 'Every run with its GPU-hours, energy and emissions, all criteria, the lifecycle split, what-if advice and every assumption with its source.',
        options: { ...COMMON, format: { type: 'string', default: 'markdown' }, advice: { type: 'boolean', default: true } },
        async run(values, positionals, cwd) {
            const format = formatOf(values, ['markdown', 'json']);
            const state = await loadHead(values, positionals, cwd, 'report');
            const advice = adviceEnabled(state.manifests, values.advice !== false) ? adviseDiff(diffReports(null, state.report)) : [];
            const output = format === 'json'
                ? cli_json({ ...reportJson(state.report), advice: adviceJson(advice) })
                : renderReportMarkdown(state.report, { warnings: state.notes, advice });
            return { code: 0, output };
        },
    },
    diff: {
        summary: 'compare a base and a head, as the PR comment does',
        usage: 'ml-footprint diff --base <manifest> --head <manifest> [--format markdown|json] [--metrics FILE]...\n' +
            '                  [--budget-file FILE] [--fail-on-budget] [--full] [--no-advice] [--out FILE]',
        example: 'ml-footprint diff --base ../main/footprint.yml --head footprint.yml',
        details: 'Prints the PR comment (--full: the job summary, with every run detailed). --metrics applies to the head. ' +
            'Exits 1 when a budget fails and --fail-on-budget is given.',
        options: {
            ...COMMON,
            format: { type: 'string', default: 'markdown' },
            base: { type: 'string', multiple: true },
            head: { type: 'string', multiple: true },
            'budget-file': { type: 'string' },
            'fail-on-budget': { type: 'boolean', default: false },
            full: { type: 'boolean', default: false },
            advice: { type: 'boolean', default: true },
        },
        async run(values, _positionals, cwd) {
            const format = formatOf(values, ['markdown', 'json']);
            const bases = strings(values.base);
            const heads = strings(values.head);
            if (!bases.length || !heads.length)
                throw new UsageError('diff needs --base <manifest> and --head <manifest>');
            const reader = readerAt(cwd);
            const head = await loadState(reader, { manifests: heads, metrics: strings(values.metrics) });
            const base = await loadState(reader, { manifests: bases });
            const diff = diffReports(base.report, head.report);
            const budgetFile = values['budget-file'];
            const budgets = await loadBudgets(reader, head.manifests, typeof budgetFile === 'string' ? budgetFile : undefined);
            const outcome = budgets.length ? evaluateBudgets(budgets, diff, { overridden: false }) : null;
            const code = outcome && values['fail-on-budget'] ? budgetExitCode(outcome) : 0;
            const advice = adviceEnabled(head.manifests, values.advice !== false) ? adviseDiff(diff) : [];
            if (format === 'json')
                return { code, output: cli_json(diffJson(diff, { ...(outcome ? { budgets: outcome } : {}), advice: adviceJson(advice) })) };
            const output = renderDiffMarkdown(diff, {
                ...(outcome ? { budgetSection: renderBudgetTable(outcome), budgetHeadline: outcome.headline } : {}),
                warnings: [...head.notes, ...base.notes],
                advice,
                perRun: values.full ? 'all' : 'changed',
            });
            return { code, output };
        },
    },
    card: {
        summary: "Hugging Face model-card co2_eq_emissions metadata for a run or a component",
        usage: 'ml-footprint card [--run ID]... [--component NAME]... [--metrics FILE]... [--out FILE] <manifest>...',
        example: 'ml-footprint card --component chat-7b examples/footprint.yml',
        details: "Prints the `co2_eq_emissions` block (emissions in grams, source, training_type, geographical_location, hardware_used) " +
            "to paste into the YAML front matter of the model's README.md. It covers the training and fine-tuning runs selected " +
            '(every status: failed and ablation runs count); without --run or --component, all of them.',
        options: { ...COMMON, run: { type: 'string', multiple: true, default: [] }, component: { type: 'string', multiple: true, default: [] } },
        async run(values, positionals, cwd) {
            const state = await loadHead(values, positionals, cwd, 'card');
            const ids = strings(values.run);
            const components = strings(values.component);
            const selected = selectRuns(state.report, ids, components);
            const training = selected.filter(isTrainingRun);
            if (!training.length)
                throw new UsageError('a model card covers training and fine-tuning runs: none is selected');
            const skipped = selected.filter((r) => !isTrainingRun(r)).map((r) => r.run.id);
            if (ids.some((id) => skipped.includes(id)))
                throw new UsageError(`${skipped.join(', ')}: not a training or fine-tuning run`);
            const what = ids.length === 1 && !components.length ? `run ${ids[0]}` : components.length ? `component ${components.join(', ')}` : `${training.length} training runs`;
            return { code: 0, output: renderModelCard(training, `co2_eq_emissions of ${what}, from ml-footprint`) };
        },
    },
    export: {
        summary: 'runs as BoAmps reports (JSON) or as CSV for spreadsheets',
        usage: 'ml-footprint export --format boamps|csv [--run ID]... [--metrics FILE]... [--out FILE] <manifest>...',
        example: 'ml-footprint export --format boamps --run pretrain-7b examples/footprint.yml',
        details: 'boamps: one BoAmps report (Boavizta, format 1.1.0) per run; one run gives one report object, several an array of them. ' +
            'csv: one row per run (RFC 4180), a header row naming each column with its unit.',
        options: { ...COMMON, format: { type: 'string' }, run: { type: 'string', multiple: true, default: [] } },
        async run(values, positionals, cwd) {
            if (values.format === undefined)
                throw new UsageError('export needs --format boamps or --format csv');
            const format = formatOf(values, ['boamps', 'csv']);
            const state = await loadHead(values, positionals, cwd, 'export');
            const runs = selectRuns(state.report, strings(values.run), []);
            if (format === 'csv')
                return { code: 0, output: runsCsv({ ...state.report, runs }) };
            const reports = runs.map((r) => boampsReport(r));
            return { code: 0, output: cli_json(reports.length === 1 ? reports[0] : reports) };
        },
    },
};
const USAGE = [
    'Usage: ml-footprint <command> [options] <manifest>...',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).flatMap(([name, c]) => [`  ${name.padEnd(8)}${c.summary}`, `  ${''.padEnd(8)}e.g. ${c.example}`]),
    `  ${'help'.padEnd(8)}this help; \`ml-footprint <command> --help\` for one command`,
    '',
    'Manifests and metrics may be globs, anywhere on disk; relative paths start at the current directory.',
    'Exit codes: 0 ok, 1 a budget failed (diff --fail-on-budget), 2 bad input or usage, 3 internal error.',
].join('\n');
function commandHelp(name, c) {
    return `Usage: ${c.usage}\n\n${name}: ${c.summary}.\n${c.details}\n\nExample:\n  ${c.example}`;
}
async function runCli(argv, cwd = process.cwd()) {
    const [name, ...rest] = argv;
    if (name === undefined)
        throw new UsageError('no command given');
    if (name === 'help' || name === '--help' || name === '-h') {
        const topic = rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
        return { code: 0, stdout: `${topic ? commandHelp(rest[0], topic) : USAGE}\n`, stderr: '' };
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command)
        throw new UsageError(`unknown command "${name}"`);
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: [...rest], allowPositionals: true, allowNegative: true, options: command.options });
    }
    catch (e) {
        throw new UsageError(`${e.message}\n\n${commandHelp(name, command)}`);
    }
    if (parsed.values.help)
        return { code: 0, stdout: `${commandHelp(name, command)}\n`, stderr: '' };
    const { code, output } = await command.run(parsed.values, parsed.positionals, cwd);
    const out = parsed.values.out;
    if (typeof out === 'string') {
        (0,external_node_fs_namespaceObject.writeFileSync)(external_node_path_default().resolve(cwd, out), output);
        return { code, stdout: '', stderr: '' };
    }
    return { code, stdout: output, stderr: '' };
}
async function main(argv) {
    try {
        const { code, stdout, stderr } = await runCli(argv);
        process.stdout.write(stdout);
        process.stderr.write(stderr);
        return code;
    }
    catch (e) {
        if (e instanceof errors_InputError) {
            process.stderr.write(`${e.problems.map((p) => `error: ${formatProblem(p)}`).join('\n')}\n`);
            return 2;
        }
        if (e instanceof UsageError) {
            const help = e.message.includes('\nUsage: ') ? '' : `\n\n${USAGE}`;
            process.stderr.write(`error: ${e.message}${help}\n`);
            return 2;
        }
        process.stderr.write(`internal error: ${e.stack ?? String(e)}\n`);
        return 3;
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
exports.DB = cst;
exports.JG = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7318);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
