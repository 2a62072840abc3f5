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
  merge_group: z.object({ base_sha: z.string(), base_ref: z.string(), head_sha: z.string() }).optional(),
});

export interface RunContext {
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  readonly workspace: string;
  readonly runId: string;
  readonly runAttempt: string;
  readonly serverUrl: string;
  readonly pr: { readonly number: number; readonly labels: readonly string[]; readonly fromFork: boolean } | null;
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
          }
        : null,
    base,
    headSha: (isPrEvent && pr?.head.sha) || payload.merge_group?.head_sha || env.GITHUB_SHA || '',
  };
}
