/**
 * Finds the pull request an event points at without carrying it: a workflow_run that followed a PR's
 * workflow (fork PRs are not listed in its payload: found by head owner:branch and commit), or a
 * merge-queue run (its branch names the PR; the labels are what is needed).
 */
import type { PendingPullRequest, PullRequestInfo } from '../action/context.js';
import type { GitHubClient } from './client.js';

export interface FoundPullRequest {
  readonly pr: PullRequestInfo;
  readonly base: { readonly sha: string; readonly ref: string };
}

interface PullShape {
  number: number;
  labels: { name?: string }[];
  head: { sha: string; repo: { full_name: string } | null };
  base: { sha: string; ref: string; repo: { full_name: string } };
}

export async function findPullRequest(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  pending: PendingPullRequest,
): Promise<FoundPullRequest | null> {
  let pull: PullShape | undefined;
  if (pending.number !== null) {
    pull = (await octokit.rest.pulls.get({ owner, repo, pull_number: pending.number })).data as PullShape;
  } else if (pending.headLabel !== null) {
    const { data } = await octokit.rest.pulls.list({ owner, repo, state: 'open', head: pending.headLabel, per_page: 100 });
    const list = data as PullShape[];
    pull = list.find((p) => p.head.sha === pending.headSha) ?? list[0];
  }
  if (!pull) return null;
  return {
    pr: {
      number: pull.number,
      labels: pull.labels.map((l) => l.name ?? '').filter(Boolean),
      fromFork: !!pull.head.repo && pull.head.repo.full_name !== pull.base.repo.full_name,
      commentable: pending.event === 'workflow_run',
    },
    base: { sha: pull.base.sha, ref: pull.base.ref },
  };
}
