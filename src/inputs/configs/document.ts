/**
 * A config file as a flat map of keys to values, each with the line it is written on: what the
 * config readers look figures up in, what a re-estimate substitutes values in, and what a diff
 * compares key by key. Nested YAML/JSON mappings become dotted keys ("trainer.max_steps"); lists stay
 * whole values.
 */
import { isMap, isPair, isScalar, type Node } from 'yaml';
import { parseYamlSafely } from '../manifest/parse.js';
import { parseNumber } from '../metrics/bytes.js';
import { parseJson } from '../metrics/json-positions.js';

export interface ConfigEntry {
  readonly value: unknown;
  /** 1-based line the value is written on. */
  readonly line: number;
  /** Set when the value is not a literal the config can be read from (a shell variable it cannot resolve...). */
  readonly unresolved?: string;
  /** The shell variable the value was read from (`--num-layers $NLAYERS`: its line is the assignment's). */
  readonly via?: string;
}

/** The keys of one config file. */
export interface FlatConfig {
  readonly file: string;
  readonly entries: ReadonlyMap<string, ConfigEntry>;
}

/** Cap on a config's size: a model or run config is a few kB; a larger file is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

function lineAt(lines: { linePos(offset: number): { line: number } }, node: Node | null | undefined, fallback: number): number {
  const offset = node?.range?.[0];
  return offset === undefined ? fallback : lines.linePos(offset).line;
}

/** Parses YAML (or JSON, as YAML) into a FlatConfig; syntax problems are thrown with their lines. */
export function flattenYaml(text: string, file: string): { flat: FlatConfig; raw: unknown } {
  const { doc, lines, raw } = parseYamlSafely(text, file);
  const entries = new Map<string, ConfigEntry>();
  const walk = (node: unknown, prefix: string) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = prefix + String(pair.key.value);
      const value = pair.value as Node | null;
      if (isMap(value)) {
        walk(value, `${key}.`);
      } else {
        const line = lineAt(lines, value, lineAt(lines, pair.key as Node, 1));
        entries.set(key, { value: value === null ? null : (value.toJSON?.() ?? (isScalar(value) ? value.value : null)), line });
      }
    }
  };
  walk(doc.contents, '');
  return { flat: { file, entries }, raw };
}

/** A JSON file (config.json): strict JSON, a syntax error located where JSON.parse stopped. */
export function flattenJson(text: string, file: string): { flat: FlatConfig; raw: unknown } {
  parseJson(text, file);
  // Valid JSON is valid YAML: read through the YAML parser for the lines of every key.
  return flattenYaml(text, file);
}

/** A number written in a config: a number, or a string such as "2_000" or "1e-4". */
export function configNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const n = parseNumber(value.replace(/_/g, ''));
  return Number.isFinite(n) ? n : undefined;
}
