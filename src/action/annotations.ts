/**
 * Annotations within GitHub's limit: a step shows at most 10 error and 10 warning annotations and
 * drops the rest without a word. The first ones are issued (one error is kept back for the step's
 * failure message), repeats are said once, and the rest are listed in the job summary with their count.
 */
import { textBlock } from '../outputs/markdown-blocks.js';
import * as core from './runner.js';

/** GitHub's limit per level and step. */
export const ANNOTATIONS_PER_LEVEL = 10;
/** Folded annotations listed in the summary; beyond, they are counted. */
const MAX_LISTED = 100;
/** Bytes the list may take: the job summary keeps 64 KiB of GitHub's 1 MiB for it (fit.ts). */
const MAX_LISTED_BYTES = 48 * 1024;

type Level = 'error' | 'warning';

interface Folded {
  readonly level: Level;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}

export class Annotations {
  private readonly issued: Record<Level, number> = { error: 0, warning: 0 };
  private readonly seen = new Set<string>();
  private readonly folded: Folded[] = [];

  /** `reserved`: annotations of a level kept for later (the error of core.setFailed). */
  constructor(private readonly reserved: Record<Level, number> = { error: 1, warning: 0 }) {}

  error(message: string, props: core.AnnotationProperties = {}): void {
    this.annotate('error', message, props);
  }

  warning(message: string, props: core.AnnotationProperties = {}): void {
    this.annotate('warning', message, props);
  }

  private annotate(level: Level, message: string, props: core.AnnotationProperties): void {
    const key = JSON.stringify([level, message, props.file, props.startLine]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.issued[level] < ANNOTATIONS_PER_LEVEL - this.reserved[level]) {
      this.issued[level]++;
      (level === 'error' ? core.error : core.warning)(message, props);
      return;
    }
    core.info(`${level}: ${message}`);
    this.folded.push({ level, message, ...(props.file !== undefined ? { file: props.file } : {}), ...(props.startLine !== undefined ? { line: props.startLine } : {}) });
  }

  /** The annotations GitHub would not have shown, as a summary section (plain text in a code block), or null. */
  foldedSummary(): string | null {
    if (!this.folded.length) return null;
    const count = (level: Level) => this.folded.filter((f) => f.level === level).length;
    const counts = (['error', 'warning'] as const)
      .filter((l) => count(l))
      .map((l) => `${count(l)} ${l}${count(l) === 1 ? '' : 's'}`)
      .join(' and ');
    const lines: string[] = [];
    let bytes = 0;
    for (const f of this.folded) {
      const where = f.file ? `${f.file}${f.line !== undefined ? `:${f.line}` : ''}: ` : '';
      const line = `${f.level}: ${where}${f.message.replace(/\s+/g, ' ').slice(0, 500)}`;
      bytes += Buffer.byteLength(line) + 1;
      if (lines.length === MAX_LISTED || bytes > MAX_LISTED_BYTES) break;
      lines.push(line);
    }
    if (this.folded.length > lines.length) lines.push(`… and ${this.folded.length - lines.length} more`);
    return (
      `\n### More annotations\n\nGitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step: ` +
      `${counts} more are folded here.\n\n${textBlock(lines)}\n`
    );
  }
}
