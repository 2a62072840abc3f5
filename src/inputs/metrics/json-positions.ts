/**
 * Where things are in a JSON text, for error messages, from what the runtime and the yaml package
 * already give: a syntax error's position from JSON.parse's own message, and the line and column of
 * a field from yaml's Lexer tokens and LineCounter (JSON is YAML's flow style). yaml's full document
 * parse would also locate fields but costs seconds per megabyte; the lexer pass is linear and stops
 * once the fields asked for are behind it.
 */
import { CST, Lexer, LineCounter } from 'yaml';
import { InputError } from '../errors.js';

export interface TextPosition {
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
}

export type JsonPath = readonly (string | number)[];

/** Line and column of an offset, counted with yaml's LineCounter. */
export function positionAt(text: string, offset: number): TextPosition {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  const { line, col } = lines.linePos(Math.min(offset, text.length));
  return { line, column: col };
}

/**
 * Where JSON.parse stopped, from its (V8) message: "… in JSON at position N (line L column C)", the end
 * for "Unexpected end of JSON input", else the text it quotes around an unexpected token (10
 * characters either side, or the whole text when short). Null when the message says nothing usable.
 */
export function syntaxErrorOffset(source: string, message: string): number | null {
  const at = /in JSON at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/^Unexpected end of JSON input/.test(message)) return source.length;
  const token = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!token) return null;
  const [, tok, before, context, after] = token as unknown as [string, string, string | undefined, string, string | undefined];
  const CONTEXT = 10;
  if (!before && after) return context.length - CONTEXT;
  if (before && !after) return source.length - context.length + CONTEXT;
  if (before && after) {
    const i = source.indexOf(context);
    return i < 0 ? null : i + CONTEXT;
  }
  const i = source.indexOf(tok);
  return i < 0 ? null : i;
}

/** The syntax error of a JSON text as message and position (V8's wording, position stripped). */
export function jsonSyntaxError(source: string, error: Error): { message: string; offset: number | null } {
  const message = error.message.replace(/ in JSON at position \d+(?: \(line \d+ column \d+\))?/, '').replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '');
  return { message, offset: syntaxErrorOffset(source, error.message) };
}

/**
 * A JSON text parsed (a leading byte-order mark dropped); a syntax error is an InputError at the line
 * and column where JSON.parse stopped. Every JSON input (metrics, model configs, ledgers) is read here.
 */
export function parseJson(text: string, file: string): unknown {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = shift ? text.slice(1) : text;
  try {
    return JSON.parse(source);
  } catch (e) {
    const { message, offset } = jsonSyntaxError(source, e as Error);
    throw InputError.single({ file, ...(offset !== null ? positionAt(text, offset + shift) : {}), message: `invalid JSON: ${message}` });
  }
}

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A path as a map key. */
export const jsonPathKey = (p: JsonPath): string => JSON.stringify(p);

interface Frame {
  readonly kind: 'seq' | 'map';
  /** Null below the deepest path asked for: nothing there is recorded (and a deep text costs no paths). */
  readonly path: JsonPath | null;
  index: number;
  key: string | null;
  expectKey: boolean;
  /** A seq element or map value has started since the last comma. */
  started: boolean;
}

/**
 * Positions of the given paths in a valid JSON text: a property's key, an array element's start.
 * A path that does not exist gets its closest existing ancestor's (a missing key: the object's).
 */
export function locateJsonPaths(text: string, paths: readonly JsonPath[]): Map<string, TextPosition> {
  const wanted = new Set(paths.flatMap((p) => p.map((_, i) => jsonPathKey(p.slice(0, i + 1)))).concat(jsonPathKey([])));
  const lastTopIndex = Math.max(-1, ...paths.map((p) => (typeof p[0] === 'number' ? p[0] : Infinity)));
  const deepest = Math.max(0, ...paths.map((p) => p.length));
  const offsets = new Map<string, number>();
  const lines = new LineCounter();
  lines.addNewLine(0);
  const stack: Frame[] = [];
  const record = (p: JsonPath | null, offset: number) => {
    if (p === null) return;
    const k = jsonPathKey(p);
    if (wanted.has(k) && !offsets.has(k)) offsets.set(k, offset);
  };
  /** A value starts at `offset`: the root, an array element or a property value; its path. */
  const valueStarts = (offset: number): JsonPath | null => {
    const top = stack[stack.length - 1];
    if (!top) {
      record([], offset);
      return [];
    }
    top.started = true;
    if (top.path === null || top.path.length >= deepest) return null;
    const p = [...top.path, top.kind === 'seq' ? top.index : (top.key ?? '')];
    if (top.kind === 'seq') record(p, offset);
    return p;
  };
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    // Control tokens of the lexer take no room in the text.
    if (type === 'doc-mode' || type === 'scalar' || type === 'flow-error-end') continue;
    const top = stack[stack.length - 1];
    if (type === 'newline') lines.addNewLine(offset + token.length);
    else if (type === 'flow-map-start' || type === 'flow-seq-start') {
      stack.push({ kind: type === 'flow-map-start' ? 'map' : 'seq', path: valueStarts(offset), index: 0, key: null, expectKey: true, started: false });
    } else if (type === 'flow-map-end' || type === 'flow-seq-end') {
      stack.pop();
    } else if (type === 'comma' && top) {
      if (top.kind === 'seq') top.index++;
      else top.expectKey = true;
      top.started = false;
      // Every path asked for is behind: the rest of a long array need not be read.
      if (stack.length === 1 && top.kind === 'seq' && top.index > lastTopIndex) break;
    } else if (type === 'map-value-ind' && top?.kind === 'map') {
      top.expectKey = false;
    } else if (top?.kind === 'map' && top.expectKey && type === 'double-quoted-scalar') {
      top.key = JSON.parse(token) as string;
      if (top.path !== null) record([...top.path, top.key], offset);
    } else if (type !== 'space' && type !== 'byte-order-mark' && type !== 'comment' && !(top?.started && top.kind === 'seq')) {
      valueStarts(offset);
    }
    offset += token.length;
  }
  const out = new Map<string, TextPosition>();
  for (const p of paths) {
    let found: number | undefined;
    for (let k = p.length; k >= 0 && found === undefined; k--) found = offsets.get(jsonPathKey(p.slice(0, k)));
    const { line, col } = lines.linePos(found ?? 0);
    out.set(jsonPathKey(p), { line, column: col });
  }
  return out;
}

