/**
 * Small JSON text helpers for error messages: where a syntax error is, and where the value (or key)
 * at a path is, as 1-based line and column. Iterative, so deep nesting cannot overflow the stack.
 */

export interface TextPosition {
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
}

/** 1-based line and column of a 0-based offset in the text. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** Offset just past the string starting at `i` (a `"`), or -1 when it is not a valid JSON string. */
function skipString(text: string, i: number): number {
  const n = text.length;
  for (i++; i < n; ) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c === 92) {
      const e = text[i + 1];
      if (e === 'u') {
        if (!HEX4.test(text.slice(i + 2, i + 6))) return -1;
        i += 6;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
      else return -1;
    } else if (c < 32) return -1;
    else i++;
  }
  return -1;
}

/** The first syntax error of a JSON text, or null when it is valid. */
export function findJsonSyntaxError(text: string): { offset: number; message: string } | null {
  const n = text.length;
  const stack: number[] = []; // 1 = object, 2 = array
  let i = 0;
  const ws = (): void => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  const describe = (): string => (i >= n ? 'end of input' : `'${text[i]}'`);
  /** Reads `"key" :`; false on error. */
  const key = (): boolean => {
    ws();
    if (text.charCodeAt(i) !== 34) return false;
    const next = skipString(text, i);
    if (next < 0) return false;
    i = next;
    ws();
    if (text.charCodeAt(i) !== 58) return false;
    i++;
    return true;
  };
  for (;;) {
    // a value is expected
    ws();
    if (i >= n) return { offset: i, message: 'unexpected end of input: a value is missing' };
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) {
      i++;
      ws();
      if (text.charCodeAt(i) === 125) i++;
      else {
        stack.push(1);
        if (!key()) return { offset: i, message: `expected a double-quoted property name followed by ':', found ${describe()}` };
        continue;
      }
    } else if (c === 91 /* [ */) {
      i++;
      ws();
      if (text.charCodeAt(i) === 93) i++;
      else {
        stack.push(2);
        continue;
      }
    } else if (c === 34) {
      const next = skipString(text, i);
      if (next < 0) return { offset: i, message: 'invalid or unterminated string' };
      i = next;
    } else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return { offset: i, message: `unexpected ${describe()}: expected a value` };
      i = NUMBER.lastIndex;
    }
    // after a value
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? { offset: i, message: `unexpected ${describe()} after the end of the JSON value` } : null;
      const d = text.charCodeAt(i);
      if (d === 44 /* , */) {
        i++;
        if (top === 1 && !key()) return { offset: i, message: `expected a double-quoted property name followed by ':', found ${describe()}` };
        break;
      }
      if ((top === 1 && d === 125) || (top === 2 && d === 93)) {
        i++;
        stack.pop();
        continue;
      }
      return { offset: i, message: `expected ',' or '${top === 1 ? '}' : ']'}', found ${describe()}` };
    }
  }
}

/** Offset just past the (valid) JSON value starting at `i`. */
function skipValue(text: string, i: number): number {
  let depth = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i = skipString(text, i);
      if (i < 0) return n;
      if (depth === 0) return i;
      continue;
    }
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
      if (depth < 0) return i;
    } else if (depth === 0 && (c === 44 || isSpace(c))) return i;
    i++;
  }
  return i;
}

/**
 * Offset of what a path points at in a valid JSON text: for a property, its key (the opening
 * quote); for an array element, the element. Null when the path does not exist.
 */
export function locateJsonPath(text: string, path: readonly (string | number)[]): number | null {
  const n = text.length;
  let i = 0;
  const ws = (): void => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  ws();
  if (text.charCodeAt(i) === 0xfeff) {
    i++;
    ws();
  }
  let at = i;
  for (const segment of path) {
    ws();
    const c = text.charCodeAt(i);
    if (typeof segment === 'number') {
      if (c !== 91) return null;
      i++;
      for (let k = 0; ; k++) {
        ws();
        if (text.charCodeAt(i) === 93) return null;
        if (k === segment) break;
        i = skipValue(text, i);
        ws();
        if (text.charCodeAt(i) !== 44) return null;
        i++;
      }
      at = i;
    } else {
      if (c !== 123) return null;
      i++;
      for (;;) {
        ws();
        if (text.charCodeAt(i) !== 34) return null;
        const keyStart = i;
        const keyEnd = skipString(text, i);
        if (keyEnd < 0) return null;
        const name = JSON.parse(text.slice(keyStart, keyEnd)) as string;
        i = keyEnd;
        ws();
        i++; // ':'
        ws();
        if (name === segment) {
          at = keyStart;
          break;
        }
        i = skipValue(text, i);
        ws();
        if (text.charCodeAt(i) !== 44) return null;
        i++;
      }
    }
  }
  return at;
}

/** Where a container's children are: element offsets of an array, key and value offsets of an object. */
type Children =
  | { readonly kind: 'array'; readonly elements: readonly number[] }
  | { readonly kind: 'object'; readonly keys: ReadonlyMap<string, { readonly key: number; readonly value: number }> }
  | { readonly kind: 'scalar' };

/**
 * locateJsonPath and positionAt for many paths into one (valid) JSON text: each array or object is
 * scanned once, the first time a path goes through it, and line starts are found once; so locating
 * every problem of a large file costs about one pass over the text, not one pass per problem.
 * Gives the same offsets as locateJsonPath (a repeated key: its first occurrence).
 */
export class JsonLocator {
  private readonly children = new Map<number, Children>();
  private lineStarts: number[] | null = null;
  private readonly root: number;

  constructor(private readonly text: string) {
    let i = this.skipSpace(0);
    if (text.charCodeAt(i) === 0xfeff) i = this.skipSpace(i + 1);
    this.root = i;
  }

  /**
   * Offset of what the path points at (as locateJsonPath), or of its closest existing ancestor when
   * the path does not exist (a missing key: the object that should hold it).
   */
  locateClosest(path: readonly (string | number)[]): number {
    let at = this.root;
    let value = this.root;
    for (const segment of path) {
      const c = this.childrenAt(value);
      if (typeof segment === 'number') {
        if (c.kind !== 'array') break;
        const element = c.elements[segment];
        if (element === undefined) break;
        at = value = element;
      } else {
        if (c.kind !== 'object') break;
        const entry = c.keys.get(segment);
        if (entry === undefined) break;
        at = entry.key;
        value = entry.value;
      }
    }
    return at;
  }

  /** 1-based line and column of an offset, as positionAt. */
  position(offset: number): TextPosition {
    const text = this.text;
    if (this.lineStarts === null) {
      const starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    const end = Math.min(offset, text.length);
    // the last line start at or before `end` (a newline at `end` itself does not count: positionAt)
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= end) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: end - starts[lo]! + 1 };
  }

  private skipSpace(i: number): number {
    const text = this.text;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    return i;
  }

  private childrenAt(offset: number): Children {
    let found = this.children.get(offset);
    if (found === undefined) {
      found = this.scan(offset);
      this.children.set(offset, found);
    }
    return found;
  }

  /** One pass over the array or object at `offset` (mirrors locateJsonPath's walk). */
  private scan(offset: number): Children {
    const text = this.text;
    const c = text.charCodeAt(offset);
    let i = offset + 1;
    if (c === 91 /* [ */) {
      const elements: number[] = [];
      for (;;) {
        i = this.skipSpace(i);
        if (i >= text.length || text.charCodeAt(i) === 93) break;
        elements.push(i);
        i = this.skipSpace(skipValue(text, i));
        if (text.charCodeAt(i) !== 44) break;
        i++;
      }
      return { kind: 'array', elements };
    }
    if (c === 123 /* { */) {
      const keys = new Map<string, { key: number; value: number }>();
      for (;;) {
        i = this.skipSpace(i);
        if (text.charCodeAt(i) !== 34) break;
        const keyStart = i;
        const keyEnd = skipString(text, i);
        if (keyEnd < 0) break;
        const name = JSON.parse(text.slice(keyStart, keyEnd)) as string;
        i = this.skipSpace(keyEnd) + 1; // past ':'
        i = this.skipSpace(i);
        if (!keys.has(name)) keys.set(name, { key: keyStart, value: i });
        i = this.skipSpace(skipValue(text, i));
        if (text.charCodeAt(i) !== 44) break;
        i++;
      }
      return { kind: 'object', keys };
    }
    return { kind: 'scalar' };
  }
}
