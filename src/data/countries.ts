/**
 * ISO 3166-1 alpha-3 → alpha-2 for the countries that host most compute. CodeCarbon writes alpha-3
 * `country_iso_code`; the catalogue's country grids are keyed by alpha-2. One table for both: the
 * metrics readers map codes with it, and findGrid accepts "FRA" for grid "FR".
 */
const ALPHA3_TO_ALPHA2: Readonly<Record<string, string>> = {
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
export function alpha3ToAlpha2(code: string): string | null {
  const upper = code.trim().toUpperCase();
  return Object.hasOwn(ALPHA3_TO_ALPHA2, upper) ? ALPHA3_TO_ALPHA2[upper]! : null;
}
