/**
 * The GitHub client, loaded only when the action talks to GitHub (keeps cold start short).
 * Retries 5xx and network errors, waits out rate limits within bounds, honours GITHUB_API_URL (GHES).
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Longest wait for a rate-limit reset before giving up (the job summary still gets the report). */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;

export interface ClientLog {
  warning(message: string): void;
  debug(message: string): void;
}

export function createClient(token: string, log: ClientLog): GitHubClient {
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const retrying = retryCount < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
    log.warning(
      `GitHub ${kind} rate limit hit on ${options.method} ${options.url}; ` +
        (retrying ? `retrying in ${retryAfter} s.` : `not retrying (reset in ${retryAfter} s).`),
    );
    return retrying;
  };
  return getOctokit(
    token,
    {
      retry: { retries: 3 },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      log: { debug: log.debug, info: log.debug, warn: log.warning, error: log.warning },
    },
    retry,
    throttling,
  );
}
