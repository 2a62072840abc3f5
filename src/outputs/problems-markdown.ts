/**
 * Invalid input in the job summary and the step's failure message: the problems as plain text, the
 * first 100 listed and the rest counted (a manifest of thousands of bad runs must not make a summary
 * GitHub refuses, over 1 MiB). Every problem is also an annotation at its file and line.
 */
import { formatProblem, type InputProblem } from '../inputs/errors.js';
import { textBlock } from './markdown-blocks.js';

const MAX_LISTED = 100;

/** "file:line:column: field: message (hint)" per problem, the ones beyond the first 100 counted. */
export function problemLines(problems: readonly InputProblem[]): string[] {
  const lines = problems.slice(0, MAX_LISTED).map(formatProblem);
  if (problems.length > MAX_LISTED) lines.push(`… and ${problems.length - MAX_LISTED} more`);
  return lines;
}

export function invalidInputMarkdown(problems: readonly InputProblem[]): string {
  return `## ML training footprint: invalid input\n\n${textBlock(problemLines(problems))}\n`;
}
