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
 * Water (L/kWh consumed by generation): WRI method country factors (EcoLogits); US states: Li et al.;
 * a country or US area without its own figure: the world or national factor, ranged over the
 * published ones (every grid has one, so every cloud region too, through its grid).
 * ADPe (kgSbeq/kWh) and PE (MJ/kWh): ADEME Base Empreinte mixes (EcoLogits). Missing = absent.
 */
import {
  ADEME_MIXES,
  ADEME_MIXES_2024,
  EGRID_2023,
  EMBER_2024,
  GOOGLE_REGION_CARBON,
  LI_THIRSTY,
  WRI_WATER,
  withNote,
} from './sources.js';
import { exactly, spread, type Labelled } from './ranges.js';
import type { CloudRegion, GridFactors, Provider, SourcedRange } from './types.js';

// ------------------------------------------------------------------------------ helpers

const KG_PER_LB = 0.45359237;
/** lb/MWh → kg/kWh, rounded to 5 decimals. */
const lbPerMwh = (v: number): number => round5((v * KG_PER_LB) / 1000);
function round5(v: number): number {
  return Math.round(v * 1e5) / 1e5;
}

// ------------------------------------------------------------------------------ Google regions

/**
 * Google Cloud region grid carbon intensity, gCO2eq/kWh, from GoogleCloudPlatform/region-carbon-info
 * data/yearly/{2023,2024,2025}.csv. `null` = the region is absent from that year's file.
 */
const GOOGLE_GRID_G_PER_KWH: Record<string, readonly [number | null, number | null, number | null]> = {
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
const GOOGLE_YEARS = [2023, 2024, 2025] as const;

/** Google's figures for a region, in kg/kWh, labelled with the year. */
function googleValues(region: string): Labelled[] {
  const row = GOOGLE_GRID_G_PER_KWH[region];
  if (!row) throw new Error(`no Google grid figure for ${region}`);
  return row.flatMap((v, i) => (v === null ? [] : [[`Google ${region} ${GOOGLE_YEARS[i]}`, round5(v / 1000)] as Labelled]));
}

/** A Google Cloud region's own figure: central = the latest year, spread = the other years. */
function googleRegionGwp(region: string): SourcedRange {
  const values = googleValues(region);
  const latest = values[values.length - 1]!;
  return spread(
    withNote(GOOGLE_REGION_CARBON, 'g/kWh ÷ 1000; Google: "average operational gross emissions per unit of energy from the grid"'),
    latest,
    values.slice(0, -1),
  );
}

// ------------------------------------------------------------------------------ countries

/** Cloud Carbon Footprint country factors (t/kWh × 1000) for AWS / Azure regions in that country. */
const CCF_KG_PER_KWH: Record<string, number> = {
  ZA: 0.928, HK: 0.81, IN: 0.708, JP: 0.506, KR: 0.5, SG: 0.4085, AU: 0.79, CA: 0.13, CN: 0.555,
  DE: 0.338, IE: 0.316, GB: 0.228, IT: 0.233, FR: 0.052, SE: 0.008, BR: 0.074, NL: 0.39,
};

interface CountryRow {
  readonly id: string;
  readonly name: string;
  /** Ember 2024, kgCO2e/kWh. */
  readonly ember: number;
  /** Google Cloud regions whose grid zone is this whole country (their figures widen the range). */
  readonly google?: readonly string[];
  /** ADEME Base Empreinte (EcoLogits), kgSbeq/kWh and MJ/kWh. */
  readonly adpe?: number;
  readonly pe?: number;
  /** WRI off-site water factor (EcoLogits), L/kWh. */
  readonly water?: number;
}

const COUNTRIES: readonly CountryRow[] = [
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

/** National WRI factors published for the catalogue's countries, L/kWh (the spread a country without one falls within). */
const NATIONAL_WATER: readonly Labelled[] = COUNTRIES.flatMap((c) => (c.water !== undefined ? [[`WRI ${c.id}`, c.water] as Labelled] : []));
const WORLD_WATER_L_PER_KWH = 3.908;

/**
 * Off-site water of a country with no national figure in the sources used: the world factor, its
 * range the spread of the published national factors (it is not known where within it the country lies).
 */
function worldWaterFallback(country: string): SourcedRange {
  const lowest = NATIONAL_WATER.reduce((a, b) => (b[1] < a[1] ? b : a));
  const highest = NATIONAL_WATER.reduce((a, b) => (b[1] > a[1] ? b : a));
  return spread(
    withNote(WRI_WATER, `no national factor for ${country} (EcoLogits has only its world default): world factor, range = lowest and highest national factor in the catalogue`),
    ['EcoLogits world default', WORLD_WATER_L_PER_KWH],
    [lowest, highest],
  );
}

function countryGrid(row: CountryRow): GridFactors {
  const others: Labelled[] = [
    ...(row.google ?? []).flatMap(googleValues),
    ...(CCF_KG_PER_KWH[row.id] !== undefined ? [['Cloud Carbon Footprint', CCF_KG_PER_KWH[row.id]!] as Labelled] : []),
  ];
  return {
    id: row.id,
    name: row.name,
    gwp: spread(EMBER_2024, ['Ember 2024', row.ember], others),
    water: row.water !== undefined ? exactly(row.water, WRI_WATER) : worldWaterFallback(row.name),
    ...(row.adpe !== undefined ? { adpe: exactly(row.adpe, ADEME_MIXES) } : {}),
    ...(row.pe !== undefined ? { pe: exactly(row.pe, ADEME_MIXES) } : {}),
  };
}

const US = COUNTRIES.find((c) => c.id === 'US')!;
/** ADPe and PE of US areas: the national mix, as no sub-national figure is published. */
const usNational = (): Pick<GridFactors, 'adpe' | 'pe'> => ({
  adpe: exactly(US.adpe!, withNote(ADEME_MIXES, 'national US mix used for a US area (no sub-national figure)')),
  pe: exactly(US.pe!, withNote(ADEME_MIXES, 'national US mix used for a US area (no sub-national figure)')),
});
/** Li et al. state electricity water intensity factors (EWIF), L/kWh. */
const LI_STATE_EWIF: readonly Labelled[] = [
  ['Li et al. Virginia', 2.385],
  ['Li et al. Iowa', 3.104],
  ['Li et al. Texas', 1.287],
  ['Li et al. Washington', 9.501],
];
/**
 * A US area without its own state figure: the national factor (WRI), its range the spread of the
 * published state factors, since the area's own lies somewhere among them.
 */
const usNationalWater = (state: string): SourcedRange =>
  spread(withNote(WRI_WATER, `no ${state} figure in the sources used: national US factor, range = the state factors of Li et al.`), ['WRI (EcoLogits) US', US.water!], LI_STATE_EWIF);

export const GRIDS: readonly GridFactors[] = [
  {
    id: 'WOR',
    name: 'World average',
    gwp: exactly(0.47301, withNote(EMBER_2024, 'world average 473 gCO2e/kWh (Ember Global Electricity Review 2025, year 2024)')),
    water: exactly(WORLD_WATER_L_PER_KWH, withNote(WRI_WATER, 'EcoLogits world default (WOR_ELECTRICITY_WUE = 3.908 L/kWh)')),
    adpe: exactly(7.37708e-8, ADEME_MIXES_2024),
    pe: exactly(9.988, ADEME_MIXES_2024),
  },
  ...COUNTRIES.map(countryGrid).map((g) =>
    g.id === 'US'
      ? {
          ...g,
          gwp: spread(EMBER_2024, ['Ember 2024', US.ember], [['eGRID2022 US total output rate 823.1 lb/MWh', lbPerMwh(823.1)]]),
          water: spread(WRI_WATER, ['WRI (EcoLogits)', US.water!], [['Li et al. US average EWIF', 3.142]]),
        }
      : g,
  ),
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
    water: usNationalWater('Ohio'),
    ...usNational(),
  },
  {
    id: 'US-OR',
    name: 'United States, Oregon (eGRID NWPP, WECC Northwest)',
    gwp: spread(EGRID_2023, ['eGRID2023 NWPP 635.3 lb/MWh →', lbPerMwh(635.3)], [
      ['eGRID2022 NWPP 605.9 lb/MWh →', lbPerMwh(605.9)],
      ...googleValues('us-west1'),
    ]),
    water: usNationalWater('Oregon'),
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
    water: usNationalWater('California'),
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

function region(provider: Provider, name: string, location: string, grid: string): CloudRegion {
  return { id: `${provider}:${name}`, provider, location, grid };
}
function gcp(name: string, location: string, grid: string): CloudRegion {
  return { ...region('gcp', name, location, grid), gwp: googleRegionGwp(name) };
}

export const CLOUD_REGIONS: readonly CloudRegion[] = [
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
