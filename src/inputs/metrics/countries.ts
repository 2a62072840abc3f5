/**
 * Country codes in metrics files: alpha-2 kept, alpha-3 (CodeCarbon's `country_iso_code`) mapped
 * with the table in src/data/countries.ts. Unknown codes are left unmapped by the caller, with a warning.
 */
import { alpha3ToAlpha2 } from '../../data/countries.js';

/** The alpha-2 code of an alpha-3 (or already alpha-2) country code; null when unknown. */
export function toAlpha2(code: string): string | null {
  const upper = code.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) return upper;
  return alpha3ToAlpha2(upper);
}
