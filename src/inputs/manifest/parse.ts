/**
 * Reads a manifest (YAML or JSON: JSON is parsed as YAML so both get line numbers), merges `defaults`
 * into every run, validates with zod and turns every problem into an InputProblem that names the file,
 * line, column and field path, with a "did you mean" hint where one helps. All problems of a file are
 * reported together.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { closestMatches } from '../../data/catalogue.js';
import { formatFieldPath, InputError, type InputProblem, type Locate } from '../errors.js';
import { budgetFileSchema, budgetSchema, ledgerObjectSchema, manifestSchema, ruleSchema, runFields, type Budget, type Manifest } from './schema.js';
import { isJsonObject } from '../metrics/json-positions.js';

/** yaml's own guard against alias ("billion laughs") expansion. */
const MAX_ALIAS_COUNT = 100;
/** Deeper documents are refused before validation: no honest manifest nests this far. */
const MAX_DEPTH = 32;

export interface ParsedManifest {
  readonly file: string;
  readonly manifest: Manifest;
  /** 1-based line of each run's entry, by run id (for annotations). */
  readonly runLines: ReadonlyMap<string, number>;
  /** Line and column of a field, e.g. ['runs', 0, 'hardware', 'gpu'] (falls back to `defaults`, then the nearest parent). */
  readonly locate: Locate;
}

type PathSegment = string | number | symbol;

interface Located {
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

function position(loc: Located, offset: number | undefined): { line?: number; column?: number } {
  if (offset === undefined) return {};
  const { line, col } = loc.lines.linePos(offset);
  return { line, column: col };
}

/** The deepest node along `path`, and whether the whole path was found. `key` points at the key itself. */
function findNode(
  root: unknown,
  path: readonly PathSegment[],
  key = false,
): { node: Node | undefined; found: boolean } {
  let node = root as Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return { node, found: false };
      const last = i === path.length - 1;
      node = (last && key ? pair.key : (pair.value ?? pair.key)) as Node;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) return { node, found: false };
      node = item;
    } else {
      return { node, found: false };
    }
  }
  return { node, found: true };
}

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return depth;
  let max = depth;
  for (const v of Object.values(value)) max = Math.max(max, depthOf(v, depth + 1));
  return max;
}

/**
 * Offset of the first flow collection (`[` or `{`) nested deeper than MAX_DEPTH, or -1. Checked on the
 * text before yaml parses it: yaml survives 10,000 levels only by hitting the stack limit, and a few MB
 * of brackets then cost seconds and hundreds of "Maximum call stack size exceeded" errors. Quoted
 * scalars and comments are skipped; a bracket counts only where a node can start, so brackets inside
 * plain text (`name: a[b`) are not flow collections.
 */
function deepFlowOffset(text: string): number {
  let depth = 0;
  let nodeStart = true; // at the start of a line, or after one of : , [ { - ?
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      nodeStart = true;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      // white space keeps the state
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl - 1;
    } else if ((c === '"' || c === "'") && nodeStart) {
      for (i++; i < text.length; i++) {
        if (c === '"' && text[i] === '\\') i++;
        else if (text[i] === c) {
          if (c === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
      nodeStart = false;
    } else if ((c === '[' || c === '{') && nodeStart) {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
      nodeStart = false;
    } else {
      nodeStart = c === ':' || c === ',' || c === '-' || c === '?';
    }
  }
  return -1;
}

const RUN_OBJECT_FIELDS = new Set(['model', 'hardware', 'cache', 'generation', 'amortisation']);

/** Run fields override defaults; nested objects (hardware, model...) merge one level deep. */
function mergeDefaults(defaults: Record<string, unknown>, run: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...defaults };
  for (const [k, v] of Object.entries(run)) {
    const d = Object.hasOwn(merged, k) ? merged[k] : undefined;
    // Defined, not assigned: `merged["__proto__"] = v` would set the prototype (its keys then read as
    // run fields) instead of keeping an own key that the schema rejects as unknown.
    Object.defineProperty(merged, k, {
      value: RUN_OBJECT_FIELDS.has(k) && isJsonObject(d) && isJsonObject(v) ? { ...d, ...v } : v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return merged;
}

/** Known keys for a zod issue path, to suggest the closest spelling of an unknown key. */
function knownKeysAt(path: readonly PathSegment[]): string[] {
  const fieldShapes: Record<string, z.ZodType> = runFields as unknown as Record<string, z.ZodType>;
  if (path.length === 0) return Object.keys(manifestSchema.shape);
  if (path[0] === 'budgets' && path.length === 2) return Object.keys(budgetSchema.shape);
  if (path[0] === 'rules' && path.length === 2) return Object.keys(ruleSchema.shape);
  if (path[0] === 'ledgers' && path.length === 2) return Object.keys(ledgerObjectSchema.shape);
  const inRun = path[0] === 'runs' ? path.slice(2) : path[0] === 'defaults' ? path.slice(1) : null;
  if (!inRun) return [];
  if (inRun.length === 0) return ['id', ...Object.keys(runFields)];
  const field = fieldShapes[String(inRun[0])];
  // Optional object fields: reach the inner object's shape (the object member of a union such as tokens).
  const inner = (field as unknown as { unwrap?: () => unknown })?.unwrap?.() as { shape?: object; options?: { shape?: object }[] } | undefined;
  const shape = inner?.shape ?? inner?.options?.find((o) => o.shape)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** A run's merged field may come from `defaults`: the node of whichever the user wrote. */
function locateNode(loc: Located, p: readonly PathSegment[], key = false): Node | undefined {
  const inRun = findNode(loc.doc.contents, p, key);
  if (inRun.found || p[0] !== 'runs' || p.length < 3) return inRun.node;
  const inDefaults = findNode(loc.doc.contents, ['defaults', ...p.slice(2)], key);
  return inDefaults.found ? inDefaults.node : inRun.node;
}

function issueProblems(file: string, loc: Located, raw: unknown, issue: z.core.$ZodIssue): InputProblem[] {
  const path = issue.path;
  const locate = (p: readonly PathSegment[], key = false) => locateNode(loc, p, key);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => {
      const node = locate([...path, k], true);
      const suggestions = closestMatches(k, knownKeysAt(path), 1);
      return {
        file,
        ...position(loc, node?.range?.[0]),
        field: formatFieldPath([...path, k]),
        message: `unknown field "${k}"`,
        ...(suggestions[0] ? { hint: `did you mean "${suggestions[0]}"?` } : {}),
      };
    });
  }
  if (issue.code === 'invalid_union' && issue.errors.length) {
    // A field of several shapes (a number or an object): report the shape the user wrote, not "Invalid input".
    const typeMismatch = (branch: readonly z.core.$ZodIssue[]) =>
      branch.every((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_union'));
    const branch = issue.errors.find((b) => !typeMismatch(b)) ?? issue.errors[0]!;
    return branch.flatMap((i) => issueProblems(file, loc, raw, { ...i, path: [...path, ...i.path] } as z.core.$ZodIssue));
  }
  const node = locate(path);
  let hint: string | undefined;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const given = valueAt(raw, path);
    const options = issue.values.map(String);
    const best = typeof given === 'string' ? closestMatches(given, options, 1)[0] : undefined;
    hint = best ? `did you mean "${best}"? expected one of: ${options.join(', ')}` : `expected one of: ${options.join(', ')}`;
  }
  if (issue.code === 'custom' && typeof issue.params?.hint === 'string') hint = issue.params.hint;
  const given = issue.code === 'invalid_value' ? valueAt(raw, path) : undefined;
  return [
    {
      file,
      ...position(loc, node?.range?.[0]),
      field: formatFieldPath(path) || '(document)',
      message: typeof given === 'string' ? `unknown value "${given}"` : issue.message,
      ...(hint ? { hint } : {}),
    },
  ];
}

function valueAt(raw: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = raw;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as PropertyKey];
  }
  return v;
}

interface CheckedDocument<T> {
  readonly value: T;
  readonly loc: Located;
}

/** A YAML (or JSON) document parsed with its positions, every syntax problem thrown as one InputError. */
export interface ParsedYaml {
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  /** The document as plain values (aliases expanded within yaml's own limit). */
  readonly raw: unknown;
}

/**
 * Parses YAML/JSON text with the guards every user file gets: nesting depth (checked on the text
 * first), duplicate keys, alias expansion. Throws one InputError listing the syntax problems.
 */
export function parseYamlSafely(text: string, file: string): ParsedYaml {
  const deep = deepFlowOffset(text);
  if (deep >= 0) {
    const before = text.slice(0, deep);
    const line = before.split('\n').length;
    throw InputError.single({ file, line, column: deep - before.lastIndexOf('\n'), message: `the document nests deeper than ${MAX_DEPTH} levels` });
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const loc: Located = { doc, lines };
  const problems: InputProblem[] = doc.errors.map((e) => ({
    file,
    ...position(loc, e.pos[0]),
    message: `${e.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'YAML syntax error'}: ${e.message.split('\n')[0]}`,
  }));
  if (problems.length) throw new InputError(problems);

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    throw InputError.single({ file, message: `cannot read the document: ${(e as Error).message}` });
  }
  if (depthOf(raw) > MAX_DEPTH) {
    throw InputError.single({ file, message: `the document nests deeper than ${MAX_DEPTH} levels` });
  }
  return { doc, lines, raw };
}

/**
 * Parses YAML/JSON text and validates it with `schema` after `prepare` (e.g. merging defaults);
 * throws one InputError with every syntax and schema problem, each located in the text.
 */
export function parseDocumentWith<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  prepare: (raw: Record<string, unknown>) => Record<string, unknown> = (raw) => raw,
  shapeHint = 'a mapping',
): CheckedDocument<T> {
  const { doc, lines, raw } = parseYamlSafely(text, file);
  const loc: Located = { doc, lines };
  if (!isJsonObject(raw)) {
    // An empty document has no contents node: point at its start, line 1.
    throw InputError.single({ file, ...position(loc, doc.contents?.range?.[0] ?? 0), message: `expected ${shapeHint}` });
  }
  const prepared = prepare(raw);
  const result = schema.safeParse(prepared);
  if (!result.success) {
    // A bad value under `defaults` fails every run that inherits it: report it once, where it is written.
    const seen = new Set<string>();
    const located = result.error.issues
      .flatMap((issue) => issueProblems(file, loc, prepared, issue))
      .filter((p) => {
        const key = `${p.line}:${p.column}:${p.message}`;
        if (p.line !== undefined && seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    // In reading order, as an editor lists them.
    located.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
    throw new InputError(located);
  }
  return { value: result.data, loc };
}

/** Parses and validates one manifest's text; throws InputError with every problem found. */
export function parseManifest(text: string, file: string): ParsedManifest {
  const { value: validated, loc } = parseDocumentWith(
    text,
    file,
    manifestSchema,
    (raw) => {
      const defaults = isJsonObject(raw.defaults) ? raw.defaults : {};
      const runs = Array.isArray(raw.runs) ? raw.runs.map((r) => (isJsonObject(r) ? mergeDefaults(defaults, r) : r)) : raw.runs;
      return { ...raw, runs };
    },
    'a manifest: a mapping with `version: 1` and a list of `runs`',
  );
  const manifest: Manifest = { ...validated, runs: validated.runs ?? [] };
  const runLines = new Map<string, number>();
  const duplicates: InputProblem[] = [];
  manifest.runs.forEach((run, i) => {
    const idNode = findNode(loc.doc.contents, ['runs', i, 'id']).node;
    const at = position(loc, idNode?.range?.[0]);
    if (runLines.has(run.id)) {
      duplicates.push({
        file,
        ...at,
        field: `runs[${i}].id`,
        message: `duplicate run id "${run.id}" (first used on line ${runLines.get(run.id)})`,
      });
    } else {
      runLines.set(run.id, at.line ?? 1);
    }
  });
  if (duplicates.length) throw new InputError(duplicates);
  return { file, manifest, runLines, locate: (p) => position(loc, locateNode(loc, p)?.range?.[0]) };
}

/** Parses a separate budget file (`version: 1`, `budgets: [...]`). */
export function parseBudgetFile(text: string, file: string): Budget[] {
  return parseDocumentWith(text, file, budgetFileSchema, undefined, 'a budget file: `version: 1` and a list of `budgets`').value.budgets;
}
