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
