/**
 * Building sourced ranges from published figures: the central value is the best source's, low and
 * high the spread over it and the other published values (never an invented margin), and the note
 * says where each end comes from.
 */
import { withNote } from './sources.js';
import type { Source, SourcedRange } from './types.js';

/** A figure with its label, to build a range and a note that says where each end comes from. */
export type Labelled = readonly [label: string, value: number];

/** central = the best source's value; low/high = min/max over it and the other published values. */
export function spread(source: Source, central: Labelled, others: readonly Labelled[]): SourcedRange {
  const values = [central[1], ...others.map((o) => o[1])];
  const note = [`central = ${central[0]} ${central[1]}`, ...(others.length ? [`spread: ${others.map(([l, v]) => `${l} ${v}`).join(', ')}`] : [])].join('; ');
  return { low: Math.min(...values), central: central[1], high: Math.max(...values), source: withNote(source, note) };
}

/** A single published figure. */
export function exactly(value: number, source: Source): SourcedRange {
  return { low: value, central: value, high: value, source };
}
