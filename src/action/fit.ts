/**
 * GitHub's size limits: the PR comment (65,536 characters) and the job summary (1 MiB). Each is the
 * first rendering that fits, dropping detail, then rows of changed runs (counted), as needed.
 */
import type { ReportDiff } from '../model/diff.js';
import { renderDiffMarkdown, type DiffRenderOptions } from '../outputs/markdown.js';

/** GitHub refuses comment bodies above 65,536 characters; keep room for the marker lines. */
export const COMMENT_LIMIT = 65_536 - 200;
/** GitHub refuses a step summary above 1 MiB; keep room for the folded annotations. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 64 * 1024;

/**
 * The first rendering that fits: each variant in turn, then the last one compact, then with the
 * changed runs halved until it fits (a one-row table always does).
 */
export function fitMarkdown(
  diff: ReportDiff,
  variants: readonly DiffRenderOptions[],
  limit: number,
  size: (text: string) => number = (t) => t.length,
): string {
  for (const opts of variants) {
    const body = renderDiffMarkdown(diff, opts);
    if (size(body) <= limit) return body;
  }
  const last = { ...variants[variants.length - 1]!, compact: true };
  let body = renderDiffMarkdown(diff, last);
  let maxRuns = diff.runs.length;
  while (size(body) > limit && maxRuns > 1) {
    maxRuns = Math.floor(maxRuns / 2);
    body = renderDiffMarkdown(diff, { ...last, maxRuns });
  }
  if (size(body) <= limit) return body;
  // A headline or budget table alone too long (it quotes user text): cut, on a character boundary.
  let cut = body.slice(0, Math.max(0, limit - 100));
  while (size(cut) > limit - 100) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return `${cut}\n\n_… truncated; see the job summary._\n`;
}

/** The PR comment: every changed run detailed, within GitHub's comment limit. */
export function fitComment(diff: ReportDiff, opts: DiffRenderOptions, limit = COMMENT_LIMIT): string {
  return fitMarkdown(diff, [{ ...opts, perRun: 'changed' }], limit);
}

/** The job summary: every run detailed when it fits, within GitHub's 1 MiB. */
export function fitSummary(diff: ReportDiff, opts: DiffRenderOptions, limit = SUMMARY_LIMIT_BYTES): string {
  return fitMarkdown(diff, [{ ...opts, perRun: 'all' }, { ...opts, perRun: 'changed' }], limit, (t) => Buffer.byteLength(t));
}
