/**
 * Errors about a user's input: always name the file and, where known, the line, column and field, so
 * that the action can print them as annotations and the CLI as `file:line:col: message`.
 */

export interface InputProblem {
  readonly file: string;
  /** 1-based, when known. */
  readonly line?: number;
  /** 1-based, when known. */
  readonly column?: number;
  /** Field path in the document, e.g. "runs[2].hardware.gpu" or a CSV column name. */
  readonly field?: string;
  readonly message: string;
  /** A suggested fix, e.g. the closest valid value. */
  readonly hint?: string;
}

/** A field's path as problems name it: `runs[2].hardware.gpu`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

/** Finds a field of a document: its line and column, or what is known of them. */
export type Locate = (path: readonly PropertyKey[]) => { line?: number; column?: number };

/**
 * A problem about a field of a document (a manifest), placed at the field when `locate` finds it,
 * else at `fallbackLine` (the run's or the entry's line).
 */
export function fieldProblem(
  doc: { readonly file: string; readonly locate?: Locate | undefined },
  path: readonly PropertyKey[],
  fallbackLine: number,
  problem: Pick<InputProblem, 'message' | 'hint'>,
): InputProblem {
  const at = doc.locate?.(path) ?? {};
  return {
    file: doc.file,
    line: at.line ?? fallbackLine,
    ...(at.column !== undefined ? { column: at.column } : {}),
    field: formatFieldPath(path),
    ...problem,
  };
}

export function formatProblem(p: InputProblem): string {
  const where = [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(':');
  const field = p.field ? ` ${p.field}:` : '';
  const hint = p.hint ? ` (${p.hint})` : '';
  return `${where}:${field} ${p.message}${hint}`;
}

/** One or more problems found in the user's input; all of a file's problems are reported at once. */
export class InputError extends Error {
  readonly problems: readonly InputProblem[];

  constructor(problems: readonly InputProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }

  static single(problem: InputProblem): InputError {
    return new InputError([problem]);
  }
}

/**
 * A file above a size cap. In bytes, with the cap also in MB: rounded to MB alone, a file just over
 * the cap would read "4.0 MB, above the 4.0 MB limit". `where` names the tree when it is not the workspace.
 */
export function tooLargeError(file: string, size: number, cap: number, where?: string): InputError {
  const bytes = (n: number) => n.toLocaleString('en-US');
  return InputError.single({
    file,
    message: `is ${bytes(size)} bytes${where ? ` in the ${where}` : ''}, above the ${bytes(cap)}-byte (${(cap / 1048576).toFixed(1)} MB) limit for this kind of file`,
  });
}
