/**
 * Methodology-level defaults used when neither the run, its provider nor its region says otherwise.
 * Each carries its source; spreads that are the project's own assumptions say so in their note.
 */
import { AWS_SUSTAINABILITY, GREEN_GRID_WUE, LBNL_2016, LBNL_2024, MICROSOFT_DATACENTERS } from './sources.js';
import type { Source, SourcedRange } from './types.js';

const METHODOLOGY_DOC: Source = { title: 'Footprint methodology (docs/METHODOLOGY.md)', url: 'docs/METHODOLOGY.md', year: 2025 };

/** Section 2: MFU 0.25–0.50, central 0.40 for training. */
export const DEFAULT_MFU: SourcedRange = {
  low: 0.25,
  central: 0.4,
  high: 0.5,
  source: { ...METHODOLOGY_DOC, title: `${METHODOLOGY_DOC.title}, section 2 (MFU range)` },
};

/** Section 7's PUE 1.2; the spread runs from hyperscale fleets to the industry-average data centre. */
export const DEFAULT_PUE: SourcedRange = {
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
export const DEFAULT_LIFETIME_YEARS: SourcedRange = {
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
export const DEFAULT_IDLE_POWER_FRACTION: SourcedRange = {
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
export const DEFAULT_GRID = 'WOR';
/** Precision assumed when a run names none. */
export const DEFAULT_PRECISION = 'bf16';

/**
 * On-site water (WUE, L per kWh of IT energy) by cooling type, for sites whose operator publishes no
 * figure. `unknown`: the US data-centre average, ranged from no evaporation to cooling towers.
 */
export const COOLING_TYPES = ['dry', 'evaporative', 'cooling-tower', 'unknown'] as const;
export type CoolingType = (typeof COOLING_TYPES)[number];

export const DEFAULT_WUE_BY_COOLING: Record<CoolingType, SourcedRange> = {
  dry: { low: 0, central: 0, high: 0, source: { ...GREEN_GRID_WUE, note: 'air-cooled chillers, dry coolers or closed-loop liquid cooling: no evaporation on site' } },
  evaporative: {
    low: 0.15,
    central: 0.3,
    high: 0.49,
    source: {
      title: 'Evaporative / adiabatic cooling of hyperscale fleets: AWS global WUE 0.15 L/kWh (2024), Microsoft fleet WUE 0.30 (FY2024) and 0.49 (2021)',
      url: AWS_SUSTAINABILITY.url,
      year: 2024,
      note: `central = Microsoft FY2024; low = AWS 2024; high = Microsoft 2021 (${MICROSOFT_DATACENTERS.url})`,
    },
  },
  'cooling-tower': { low: 1.8, central: 1.8, high: 1.8, source: { ...LBNL_2016, note: 'water-cooled chillers with cooling towers, the industry-average site of 2016' } },
  unknown: {
    low: 0,
    central: 0.46,
    high: 1.8,
    source: {
      ...LBNL_2024,
      note: 'cooling type not known: central = the 2023 US average (0.45–0.48 L/kWh, midpoint); low = no evaporation (The Green Grid WUE); high = cooling towers (LBNL 2016, 1.8 L/kWh)',
    },
  },
};
