/**
 * What the run is about, from the runner's environment and event payload (read directly, so the
 * GitHub client need not load on a push). Only the fields used are validated; the rest is ignored.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const prSchema = z.object({
  number: z.number().int().positive(),
  base: z.object({ sha: z.string(), ref: z.string(), repo: z.object({ full_name: z.string() }).optional() }),
  head: z.object({ sha: z.string(), ref: z.string(), repo: z.object({ full_name: z.string() }).nullable().optional() }),
  labels: z.array(z.object({ name: z.string() })).default([]),
});

const payloadSchema = z.object({
  pull_request: prSchema.optional(),
  merge_group: z.object({ base_sha: z.string(), base_ref: z.string(), head_sha: z.string(), head_ref: z.string().optional() }).optional(),
  workflow_run: z
    .object({
      id: z.number(),
      event: z.string(),
      head_sha: z.string(),
      head_branch: z.string().nullable(),
      head_repository: z.object({ owner: z.object({ login: z.string() }) }).nullable().optional(),
      pull_requests: z.array(z.object({ number: z.number() })).default([]),
    })
    .optional(),
});

/**
 * A pull request the event points at without carrying it (workflow_run after a PR's workflow,
 * merge_group of a queued PR): looked up through the API by main before use.
 */
export interface PendingPullRequest {
  readonly event: 'workflow_run' | 'merge_group';
  readonly number: number | null;
  /** For a fork PR's workflow_run (no PR listed in the payload): find it by head owner and branch. */
  readonly headLabel: string | null;
  readonly headSha: string;
}

/** The queue branch names the PR: gh-readonly-queue/<base>/pr-<number>-<sha>. */
export function prNumberOfQueueRef(ref: string | undefined): number | null {
  const m = /gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]+$/.exec(ref ?? '');
  return m ? Number(m[1]) : null;
}

export interface PullRequestInfo {
  readonly number: number;
  readonly labels: readonly string[];
  readonly fromFork: boolean;
  /** False in a merge queue: the PR was commented on by its own run; labels still count. */
  readonly commentable: boolean;
}

export interface RunContext {
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  readonly workspace: string;
  readonly runId: string;
  readonly runAttempt: string;
  readonly serverUrl: string;
  readonly pr: PullRequestInfo | null;
  readonly pendingPr: PendingPullRequest | null;
  /** The commit the change is compared with, when the event has one. */
  readonly base: { readonly sha: string; readonly ref: string } | null;
  readonly headSha: string;
}

export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  let payload: z.infer<typeof payloadSchema> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed = payloadSchema.safeParse(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')));
      if (parsed.success) payload = parsed.data;
    } catch {
      // No readable payload (local runs): behave as on push.
    }
  }
  const pr = payload.pull_request;
  const isPrEvent = eventName === 'pull_request' || eventName === 'pull_request_target';
  const base =
    isPrEvent && pr
      ? { sha: pr.base.sha, ref: pr.base.ref }
      : eventName === 'merge_group' && payload.merge_group
        ? { sha: payload.merge_group.base_sha, ref: payload.merge_group.base_ref.replace(/^refs\/heads\//, '') }
        : null;
  return {
    eventName,
    owner,
    repo,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runId: env.GITHUB_RUN_ID ?? '0',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    pr:
      isPrEvent && pr
        ? {
            number: pr.number,
            labels: pr.labels.map((l) => l.name),
            fromFork: !!pr.head.repo && !!pr.base.repo && pr.head.repo.full_name !== pr.base.repo.full_name,
            commentable: true,
          }
        : null,
    pendingPr: pendingPullRequest(eventName, payload),
    base,
    headSha: (isPrEvent && pr?.head.sha) || payload.merge_group?.head_sha || payload.workflow_run?.head_sha || env.GITHUB_SHA || '',
  };
}

function pendingPullRequest(eventName: string, payload: z.infer<typeof payloadSchema>): PendingPullRequest | null {
  const run = payload.workflow_run;
  if (eventName === 'workflow_run' && run && (run.event === 'pull_request' || run.event === 'pull_request_target')) {
    const owner = run.head_repository?.owner.login;
    return {
      event: 'workflow_run',
      number: run.pull_requests[0]?.number ?? null,
      headLabel: owner && run.head_branch ? `${owner}:${run.head_branch}` : null,
      headSha: run.head_sha,
    };
  }
  const queue = payload.merge_group;
  if (eventName === 'merge_group' && queue) {
    const number = prNumberOfQueueRef(queue.head_ref);
    return number === null ? null : { event: 'merge_group', number, headLabel: null, headSha: queue.head_sha };
  }
  return null;
}
