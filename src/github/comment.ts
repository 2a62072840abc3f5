/**
 * One sticky PR comment per (workflow use, comment-key): found by a hidden marker on its first line,
 * updated in place. Creation is never blindly retried: after a failed or ambiguous create (a 502 may
 * still have created it), the comments are read again and a comment carrying this run's nonce counts
 * as created. So a run never leaves two comments; and when two runs raced (no concurrency group),
 * each posting one, the next run in `update` mode keeps the oldest and deletes the others.
 */
import type { GitHubClient } from './client.js';

export const COMMENT_MODES = ['update', 'recreate', 'hide-and-new', 'delete', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface CommentTarget {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
}

export interface StickyOptions {
  readonly key: string;
  readonly mode: CommentMode;
  /** Identifies this run's writes (run id + attempt), to recognise its own comment after a retry. */
  readonly nonce: string;
  /** Do not create a new comment (an existing one is still updated, so it is never stale). */
  readonly createIfMissing: boolean;
  readonly log: { info(m: string): void; warning(m: string): void };
}

export interface StickyResult {
  readonly action: 'created' | 'updated' | 'unchanged' | 'recreated' | 'deleted' | 'skipped';
  readonly id: number | null;
  readonly url: string | null;
  /** Requests made (for the benchmark). */
  readonly requests: number;
}

interface ExistingComment {
  readonly id: number;
  readonly node_id: string;
  readonly body?: string | null;
  readonly html_url: string;
  readonly user?: { readonly type?: string } | null;
}

/** With the default token our comments are a bot's; a person's comment that starts with the marker is not ours. */
const byBot = (c: ExistingComment) => c.user?.type === 'Bot';

export function markerOf(key: string): string {
  const safe = key.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 64);
  return `<!-- ml-footprint-action${safe ? `:${safe}` : ''} -->`;
}

/**
 * What a hidden comment's marker becomes. Not of the form `<!-- ml-footprint-action[:key] -->`, so no
 * use of the action picks it up again (not even one whose comment-key is "hidden").
 */
export const RETIRED_MARKER = '<!-- ml-footprint-action-hidden -->';

const MAX_CREATE_ATTEMPTS = 3;

export async function upsertStickyComment(
  octokit: GitHubClient,
  target: CommentTarget,
  body: string,
  opts: StickyOptions,
): Promise<StickyResult> {
  let requests = 0;
  const marker = markerOf(opts.key);
  const nonceTag = `<!-- nonce:${opts.nonce} -->`;
  const fullBody = `${marker}\n${nonceTag}\n${body}`;
  const base = { owner: target.owner, repo: target.repo };

  const ours = (c: ExistingComment) => (c.body ?? '').startsWith(`${marker}\n`) || c.body === marker;

  /** Comments with our marker on every page, bot-authored ones first. */
  async function find(): Promise<ExistingComment[]> {
    const found: ExistingComment[] = [];
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
      ...base,
      issue_number: target.issueNumber,
      per_page: 100,
    });
    for await (const page of pages) {
      requests++;
      found.push(...(page.data as ExistingComment[]).filter(ours));
    }
    // Oldest first among the bot's (ids grow with creation), then a person's look-alikes.
    return [...found.filter(byBot).sort((a, b) => a.id - b.id), ...found.filter((c) => !byBot(c))];
  }

  /** Rewrites a comment in place, or leaves it when it already says the same (no notification). */
  async function updateInPlace(existing: ExistingComment): Promise<StickyResult> {
    const withoutNonce = (b: string) => b.replace(/^(<!--[^\n]*-->\n)<!-- nonce:[^\n]*-->\n/, '$1');
    if (withoutNonce(existing.body ?? '') === withoutNonce(fullBody)) {
      return { action: 'unchanged', id: existing.id, url: existing.html_url, requests };
    }
    requests++;
    const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: existing.id, body: fullBody });
    return { action: 'updated', id: data.id, url: data.html_url, requests };
  }

  async function create(): Promise<ExistingComment> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= MAX_CREATE_ATTEMPTS; attempt++) {
      try {
        requests++;
        const { data } = await octokit.rest.issues.createComment({
          ...base,
          issue_number: target.issueNumber,
          body: fullBody,
          request: { retries: 0 },
        });
        return data;
      } catch (e) {
        lastError = e;
        const status = (e as { status?: number }).status;
        if (status !== undefined && status >= 400 && status < 500) throw e;
        // The create may have landed although the answer was lost: look before trying again.
        const mine = (await find()).find((c) => (c.body ?? '').includes(nonceTag));
        if (mine) return mine;
        opts.log.warning(`Creating the comment failed (${(e as Error).message}); attempt ${attempt} of ${MAX_CREATE_ATTEMPTS}.`);
      }
    }
    throw lastError;
  }

  async function remove(comments: readonly ExistingComment[]): Promise<void> {
    for (const c of comments) {
      requests++;
      await octokit.rest.issues.deleteComment({ ...base, comment_id: c.id });
    }
  }

  if (opts.mode === 'off') return { action: 'skipped', id: null, url: null, requests };

  if (opts.mode === 'delete') {
    const existing = await find();
    await remove(existing);
    return { action: existing.length ? 'deleted' : 'skipped', id: null, url: null, requests };
  }

  if (opts.mode === 'update') {
    // Every page: two runs without a concurrency group may each have found none and posted one, and
    // the second may sit on a later page. The oldest is kept; the later ones of the bot are removed.
    const existing = await find();
    const [keep] = existing;
    if (!keep) {
      if (!opts.createIfMissing) return { action: 'skipped', id: null, url: null, requests };
      const created = await create();
      return { action: 'created', id: created.id, url: created.html_url, requests };
    }
    const result = await updateInPlace(keep);
    const duplicates = existing.filter((c) => c !== keep && byBot(c));
    if (duplicates.length) {
      await remove(duplicates);
      opts.log.info(`Removed ${duplicates.length} duplicate comment${duplicates.length === 1 ? '' : 's'} of this report (kept the oldest).`);
    }
    return { ...result, requests };
  }

  // recreate / hide-and-new: a fresh comment at the bottom of the conversation.
  const existing = await find();
  if (!opts.createIfMissing) {
    // Nothing changed and no new comment is wanted: keep the conversation quiet, the old one current.
    return existing[0] ? updateInPlace(existing[0]) : { action: 'skipped', id: null, url: null, requests };
  }
  if (opts.mode === 'recreate') {
    await remove(existing);
  } else {
    for (const c of existing) {
      // Retire the marker first so the hidden comment is never picked up again.
      requests += 2;
      await octokit.rest.issues.updateComment({
        ...base,
        comment_id: c.id,
        body: (c.body ?? '').replace(marker, RETIRED_MARKER),
      });
      await octokit.graphql(
        'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }',
        { id: c.node_id },
      );
    }
  }
  const created = await create();
  return { action: existing.length ? 'recreated' : 'created', id: created.id, url: created.html_url, requests };
}
