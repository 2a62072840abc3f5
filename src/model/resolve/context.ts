/**
 * What every resolution step shares: where the run is (for error locations), the problems found so
 * far, and the assumptions recorded so far. Each step adds to both and returns its own values.
 */
import { exact, range, type Range } from '../../core/range.js';
import { UnknownEntryError } from '../../data/catalogue.js';
import type { Source, SourcedRange } from '../../data/types.js';
import { fieldProblem, type InputProblem, type Locate } from '../../inputs/errors.js';
import type { RangeInput } from '../../inputs/manifest/schema.js';

export interface Assumption {
  /** Machine-readable key, e.g. "mfu", "gridIntensity". */
  readonly key: string;
  readonly label: string;
  readonly value: Range | string;
  readonly unit: string;
  /** Where it came from: "manifest", "metrics: emissions.csv", or a publication with its year. */
  readonly source: string;
}

/** Where a figure read from a config file or a ledger came from: file, line and the config's own key. */
export interface Provenance {
  readonly file: string;
  /** Absent for a figure no one line gives (a ledger given on the command line). */
  readonly line?: number;
  /** The key as the config spells it, e.g. "trainer.max_steps" or "--global-batch-size"; "ledgers: …" for a ledger entry. */
  readonly key: string;
  /** How the figure was derived, when it is not the key's value as written (e.g. "computed from the architecture"). */
  readonly note?: string;
}

/** "configs/pretrain.yaml:14 (trainer.max_steps)", plus the note. */
export function provenanceLabel(p: Provenance): string {
  return `${p.file}${p.line !== undefined ? `:${p.line}` : ''} (${p.key})${p.note ? `, ${p.note}` : ''}`;
}

/** Run fields filled from config files or ledgers, by field path ("tokens.steps", "model.parameters"). */
export type ProvenanceMap = ReadonlyMap<string, Provenance>;

/** Several fields from one place (a ledger entry gives a group's GPU-hours, energy and GPU). */
export function fieldsFrom(fields: readonly string[], p: Provenance): ProvenanceMap {
  return new Map(fields.map((f) => [f, p]));
}

/** The source of a run field: the config or ledger it came from, else the manifest. */
export function fieldSource(ctx: ResolveContext, field: string): string {
  const p = ctx.provenance?.get(field);
  return p ? provenanceLabel(p) : 'manifest';
}

export interface ResolveContext {
  /** Fields that came from config files or ledgers rather than the manifest (absent: all from the manifest). */
  readonly provenance?: ProvenanceMap;
  readonly file: string;
  readonly line: number;
  readonly index: number;
  readonly locate: Locate | undefined;
  readonly problems: InputProblem[];
  readonly assumptions: Assumption[];
}

export function sourceLabel(s: Source): string {
  return `${s.title} (${s.year})`;
}

export function toRange(r: RangeInput): Range {
  return typeof r === 'number' ? exact(r) : range(r.low, r.central ?? (r.low + r.high) / 2, r.high);
}

export function fromSourced(r: SourcedRange): Range {
  return range(r.low, r.central, r.high);
}

/** The fields of `o` that are set (a manifest's optional per-precision peaks). */
export function definedOnly<T extends object>(o: T | undefined): Partial<T> {
  return o ? (Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>) : {};
}

/** Records a problem at the field's own position when the manifest can locate it, else the run's line. */
export function problem(ctx: ResolveContext, field: string, message: string, hint?: string): void {
  ctx.problems.push(fieldProblem(ctx, ['runs', ctx.index, ...field.split('.')], ctx.line, { message, ...(hint ? { hint } : {}) }));
}

/** Picks a run's value, else a catalogue one, recording which. */
export function pick(
  ctx: ResolveContext,
  key: string,
  label: string,
  unit: string,
  own: RangeInput | undefined,
  fallback: { value: Range; source: string },
): Range {
  const value = own !== undefined ? toRange(own) : fallback.value;
  ctx.assumptions.push({ key, label, unit, value, source: own !== undefined ? 'manifest' : fallback.source });
  return value;
}

/** A required figure: recorded as a problem (and NaN, never used) when absent. */
export function need(ctx: ResolveContext, value: number | undefined, field: string, why: string): number {
  if (value === undefined) {
    problem(ctx, field, `is required ${why}`);
    return Number.NaN;
  }
  return value;
}

/** A catalogue lookup that failed becomes a located problem with the closest ids as a hint. */
export function unknownEntry(ctx: ResolveContext, field: string, e: unknown): void {
  if (e instanceof UnknownEntryError) {
    problem(ctx, field, e.message.split('. ')[0] ?? e.message, e.suggestions.length ? `did you mean ${e.suggestions.join(', ')}?` : undefined);
  } else {
    throw e;
  }
}
