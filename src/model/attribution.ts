/**
 * Why a run's footprint changed between base and head, config value by config value. When a run's
 * figures come from its model and training configs, each config value the estimate read that differs
 * between base and head gets a contribution: the base run re-estimated with that one value set to
 * the head's, minus the base (one at a time, from the base; values that can only change together, such
 * as a layer count written in two configs, together). What the contributions leave of the
 * run's whole change is shown as one remainder: edits outside the configs (the manifest's GPU,
 * region…) and the interaction of several values changed together (doubling both the steps and the
 * batch adds more than the two doublings one by one).
 */
import { knownTotal, type RunFootprint } from '../core/footprint.js';
import type { RunReport } from './report.js';
import type { ResolvedRun } from './resolve.js';

/** A config value an estimate read (src/inputs/configs/derive.ts records them). */
export interface ConfigFact {
  readonly role: 'model' | 'training';
  readonly file: string;
  readonly key: string;
  readonly line: number;
  readonly value: unknown;
}

/** One value set to another side's (undefined: the key is removed). */
export interface FactChange {
  readonly role: ConfigFact['role'];
  readonly key: string;
  readonly to: ConfigFact | undefined;
}

/** What a resolved run keeps of its configs, to be re-estimated with other values. */
export interface ConfigInputs {
  readonly facts: readonly ConfigFact[];
  /**
   * The run resolved again with the changes applied, or null when they make the run invalid. A later
   * step that changes the run (the MFU history) wraps it, so that a contribution is never that step.
   */
  readonly reestimate: (changes: readonly FactChange[]) => ResolvedRun | null;
}

/** A config value that differs between base and head. */
export interface FieldChange {
  readonly role: ConfigFact['role'];
  readonly key: string;
  /** The head's file and line (the base's when the key was removed). */
  readonly file: string;
  readonly line: number;
  readonly base: unknown;
  readonly head: unknown;
}

/**
 * What one change adds to the base's emissions on its own. Values that cannot change alone (the
 * layer count in config.json and in the training config, which must agree) are set together.
 */
export interface Contribution {
  readonly fields: readonly FieldChange[];
  /** kgCO2e (central); null when the change cannot be estimated without the others. */
  readonly deltaKg: number | null;
}

export interface RunAttribution {
  readonly rule: 'one-at-a-time-from-base';
  readonly contributions: readonly Contribution[];
  /** The run's change less the contributions: other edits and interactions, kgCO2e (central). */
  readonly remainderKg: number;
  readonly totalKg: number;
}

const emissions = (f: RunFootprint | null): number | null => (f ? (knownTotal(f.impacts.gwp)?.value.central ?? 0) : null);
const id = (role: string, key: string) => `${role}\u0000${key}`;

/**
 * The attribution of a run present on both sides whose config values differ, or null (no configs on
 * either side, or no config value the estimate read changed).
 */
export function attributeChange(base: RunReport | null, head: RunReport | null): RunAttribution | null {
  const b = base?.run.configInputs;
  const h = head?.run.configInputs;
  if (!base || !head || !b || !h) return null;
  const baseFacts = new Map(b.facts.map((f) => [id(f.role, f.key), f]));
  const headFacts = new Map(h.facts.map((f) => [id(f.role, f.key), f]));
  const changed: { field: FieldChange; change: FactChange }[] = [];
  for (const k of new Set([...baseFacts.keys(), ...headFacts.keys()])) {
    const from = baseFacts.get(k);
    const to = headFacts.get(k);
    if (JSON.stringify(from?.value) === JSON.stringify(to?.value)) continue;
    const ref = (to ?? from)!;
    changed.push({
      field: { role: ref.role, key: ref.key, file: ref.file, line: ref.line, base: from?.value, head: to?.value },
      change: { role: ref.role, key: ref.key, to },
    });
  }
  if (!changed.length) return null;
  const baseKg = emissions(base.footprint) ?? 0;
  const totalKg = (emissions(head.footprint) ?? 0) - baseKg;
  const alone = (cs: readonly FactChange[]) => {
    const e = emissions(b.reestimate(cs)?.footprint ?? null);
    return e === null ? null : e - baseKg;
  };
  const contributions: Contribution[] = [];
  const stuck: typeof changed = [];
  for (const c of changed) {
    const delta = alone([c.change]);
    if (delta === null) stuck.push(c);
    else contributions.push({ fields: [c.field], deltaKg: delta });
  }
  if (stuck.length) {
    // Values that cannot change one without the other (a layer count in two configs) change together.
    const together = stuck.length > 1 ? alone(stuck.map((c) => c.change)) : null;
    if (together !== null) contributions.push({ fields: stuck.map((c) => c.field), deltaKg: together });
    else contributions.push(...stuck.map((c) => ({ fields: [c.field], deltaKg: null })));
  }
  // Largest first, as a reviewer reads them.
  contributions.sort((x, y) => Math.abs(y.deltaKg ?? 0) - Math.abs(x.deltaKg ?? 0));
  const explained = contributions.reduce((s, c) => s + (c.deltaKg ?? 0), 0);
  return { rule: 'one-at-a-time-from-base', contributions, remainderKg: totalKg - explained, totalKg };
}
