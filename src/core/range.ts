/**
 * Low / central / high values and the interval arithmetic the footprint is propagated with.
 *
 * Every quantity in the methodology is non-negative and every formula is a product or quotient of
 * such quantities, so the interval of a result is found by pairing the ends: the low end of a product
 * is the product of the low ends, the low end of a quotient is low / high. That keeps the
 * central figure exactly the methodology's own figure and guarantees low <= central <= high.
 */
export interface Range {
  readonly low: number;
  readonly central: number;
  readonly high: number;
}

export function exact(value: number): Range {
  return { low: value, central: value, high: value };
}

/** A range from its three points; throws when they are out of order or not finite. */
export function range(low: number, central: number, high: number): Range {
  if (![low, central, high].every(Number.isFinite)) {
    throw new RangeError(`range(${low}, ${central}, ${high}) has a value that is not a finite number`);
  }
  if (!(low <= central && central <= high)) {
    throw new RangeError(`range(${low}, ${central}, ${high}) is not ordered low <= central <= high`);
  }
  return { low, central, high };
}


export function add(a: Range, b: Range): Range {
  return { low: a.low + b.low, central: a.central + b.central, high: a.high + b.high };
}

export function sum(ranges: readonly Range[]): Range {
  return ranges.reduce(add, exact(0));
}

/** Product of non-negative ranges. */
export function mul(a: Range, b: Range): Range {
  return { low: a.low * b.low, central: a.central * b.central, high: a.high * b.high };
}

/** Quotient of non-negative ranges: the low end divides by the high end of the divisor. */
export function div(a: Range, b: Range): Range {
  return { low: a.low / b.high, central: a.central / b.central, high: a.high / b.low };
}

export function scale(a: Range, k: number): Range {
  return k >= 0
    ? { low: a.low * k, central: a.central * k, high: a.high * k }
    : { low: a.high * k, central: a.central * k, high: a.low * k };
}

export function subtract(a: Range, b: Range): Range {
  // The difference of two uncertain figures whose uncertainties share their causes (same MFU, PUE,
  // grid assumptions) is reported end-to-end: low - low, central - central, high - high.
  const ends = [a.low - b.low, a.high - b.high];
  return { low: Math.min(...ends, a.central - b.central), central: a.central - b.central, high: Math.max(...ends, a.central - b.central) };
}

