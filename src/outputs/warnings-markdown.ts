/**
 * Warnings, said once: the same message from the head and the base, or from several runs, is one
 * line (naming its runs); lines are grouped under their file, and a file with many is cut short and
 * counted. Everything is user-derived text, so escaped.
 */
import type { Report } from '../model/report.js';
import { codeSpan, escapeMarkdown } from './format.js';
import { details, listOf, plural } from './markdown-blocks.js';

/** A warning about a file (a metrics file's gap, a run of a manifest); `run` when it concerns one run. */
export interface FileWarning {
  readonly file: string;
  readonly message: string;
  readonly run?: string;
}

/** Distinct messages shown per file; the rest are counted. */
const MAX_PER_FILE = 5;
/** Files listed; the rest are counted. */
const MAX_FILES = 10;

/** Every run's own warnings (implied MFU out of range and the like), as file warnings. */
export function runWarnings(report: Report): FileWarning[] {
  return report.runs.flatMap((r) => r.footprint.warnings.map((w) => ({ file: r.run.file, message: w.message, run: r.run.id })));
}

interface Grouped {
  readonly file: string;
  /** Message → the runs it concerns (empty for a file-level warning). */
  readonly messages: Map<string, string[]>;
}

export function groupWarnings(warnings: readonly FileWarning[]): Grouped[] {
  const byFile = new Map<string, Grouped>();
  for (const w of warnings) {
    let g = byFile.get(w.file);
    if (!g) byFile.set(w.file, (g = { file: w.file, messages: new Map() }));
    const runs = g.messages.get(w.message) ?? [];
    if (w.run !== undefined && !runs.includes(w.run)) runs.push(w.run);
    g.messages.set(w.message, runs);
  }
  return [...byFile.values()];
}

/** The folded warnings section, or null when there is none. */
export function warningsSection(warnings: readonly FileWarning[]): string | null {
  const groups = groupWarnings(warnings);
  if (!groups.length) return null;
  const distinct = groups.reduce((n, g) => n + g.messages.size, 0);
  const blocks = groups.slice(0, MAX_FILES).map((g) => {
    const lines = [...g.messages].slice(0, MAX_PER_FILE).map(([message, runs]) => {
      const who = runs.length ? ` (${runs.length === 1 ? 'run' : `${runs.length} runs:`} ${listOf(runs.map(escapeMarkdown), 3)})` : '';
      return `- ${escapeMarkdown(message)}${who}`;
    });
    if (g.messages.size > MAX_PER_FILE) lines.push(`- … ${plural(g.messages.size - MAX_PER_FILE, 'more warning')} in this file`);
    return `${codeSpan(g.file)}\n${lines.join('\n')}`;
  });
  if (groups.length > MAX_FILES) {
    const rest = groups.slice(MAX_FILES).reduce((n, g) => n + g.messages.size, 0);
    blocks.push(`… ${plural(rest, 'more warning')} in ${plural(groups.length - MAX_FILES, 'more file')}`);
  }
  // No code span in a summary: GitHub shows the backticks there.
  const where = groups.length === 1 ? escapeMarkdown(groups[0]!.file) : `${groups.length} files`;
  return details(`⚠️ ${plural(distinct, 'warning')} in ${where}`, blocks.join('\n\n'));
}
