/**
 * Collects the problems of one metrics file so that all of them are reported at once, up to a cap.
 */
import { InputError, type InputProblem } from '../errors.js';

/** At most this many problems of one file are kept; a last entry says how many more there were. */
export const MAX_PROBLEMS = 50;

export class ProblemCollector {
  readonly file: string;
  private readonly kept: InputProblem[] = [];
  private dropped = 0;

  constructor(file: string) {
    this.file = file;
  }

  get count(): number {
    return this.kept.length + this.dropped;
  }

  add(problem: Omit<InputProblem, 'file'>): void {
    if (this.kept.length < MAX_PROBLEMS) this.kept.push({ file: this.file, ...problem });
    else this.dropped++;
  }

  /** Throws an InputError carrying every kept problem, if there is any. */
  throwIfAny(): void {
    if (this.kept.length === 0) return;
    const problems: InputProblem[] = [...this.kept];
    if (this.dropped > 0) {
      problems.push({
        file: this.file,
        message: `${this.dropped} more problem${this.dropped === 1 ? '' : 's'} not shown (only the first ${MAX_PROBLEMS} are listed)`,
      });
    }
    throw new InputError(problems);
  }
}

/** Bounded warning list: the first `limit` detailed messages, then a count of the rest. */
export class WarningList {
  private readonly items: string[] = [];
  private extra = 0;

  constructor(private readonly limit = 20) {}

  add(message: string): void {
    if (this.items.length < this.limit) this.items.push(message);
    else this.extra++;
  }

  toArray(): string[] {
    return this.extra > 0 ? [...this.items, `${this.extra} more warning${this.extra === 1 ? '' : 's'} of this kind not shown`] : [...this.items];
  }
}
