/**
 * Fleet-wide data-centre efficiency per provider: PUE (total facility energy / IT energy) and on-site
 * WUE (litres of water per kWh of IT energy). Where a provider publishes nothing the figures come from
 * industry surveys, and the note says so; WUE is absent where no figure exists.
 */
import {
  AWS_SUSTAINABILITY,
  DCD_PUE_2024,
  ECOLOGITS_METHODOLOGY,
  GOOGLE_ENV_REPORT,
  IDC_CLOUD_PUE,
  LBNL_2016,
  MICROSOFT_DATACENTERS,
  UPTIME_SURVEY,
  withNote,
} from './sources.js';
import type { ProviderDefaults } from './types.js';

export const PROVIDERS: readonly ProviderDefaults[] = [
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
      source: withNote(
        ECOLOGITS_METHODOLOGY,
        'Google publishes water consumption, not WUE; 0.99 L/kWh is the figure EcoLogits derives for Google data centres (supplemental material, "providers" tab)',
      ),
    },
  },
  {
    id: 'azure',
    name: 'Microsoft Azure',
    pue: {
      low: 1.12,
      central: 1.18,
      high: 1.2,
      source: withNote(
        DCD_PUE_2024,
        'central = Microsoft fleet average 1.18; low = newest Microsoft designs 1.12; high = 1.20, the figure EcoLogits uses for Microsoft US regions',
      ),
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
      source: withNote(
        IDC_CLOUD_PUE,
        'Oracle publishes no fleet PUE: central = IDC public-cloud industry average 1.25; low = Oracle\'s "as low as 1.15" (DatacenterDynamics 2024); high = Uptime Institute 2024 industry average 1.56',
      ),
    },
  },
  {
    id: 'coreweave',
    name: 'CoreWeave',
    pue: {
      low: 1.15,
      central: 1.25,
      high: 1.56,
      source: withNote(
        IDC_CLOUD_PUE,
        'CoreWeave publishes no fleet PUE: central = IDC public-cloud industry average 1.25; low = best hyperscale fleets (AWS 2024, 1.15); high = Uptime Institute 2024 industry average 1.56',
      ),
    },
  },
  {
    id: 'on-prem',
    name: 'On-premises / enterprise data centre',
    pue: {
      low: 1.55,
      central: 1.56,
      high: 1.63,
      source: withNote(
        UPTIME_SURVEY,
        'central = Uptime 2024 average annual PUE 1.56; low = Uptime 2022 average 1.55; high = IDC estimate for on-premises enterprise data centres, 1.63 (cited by AWS 2025)',
      ),
    },
    wue: {
      low: 1.8,
      central: 1.8,
      high: 1.8,
      source: withNote(LBNL_2016, 'industry-average on-site water use ≈ 1.8 L/kWh'),
    },
  },
];
