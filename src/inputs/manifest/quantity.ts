/**
 * Human-friendly numbers in manifests: 405e9, "405B", "1.5T", "7b", "30.84M", "3e21", "1,024".
 * Suffixes are SI-like powers of 1000 as ML papers use them (B = billion, not bytes).
 */
const SUFFIX: Record<string, number> = {
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
export function parseQuantity(text: string): number | null {
  const m = QUANTITY.exec(text.trim());
  if (!m?.[1]) return null;
  const value = Number(m[1].replace(/[_,]/g, ''));
  if (!Number.isFinite(value)) return null;
  const result = value * (m[2] ? (SUFFIX[m[2]] ?? 1) : 1);
  return Number.isFinite(result) ? result : null;
}
