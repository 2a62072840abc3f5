/**
 * A fake api.github.com for end-to-end tests of the bundled action.
 *
 * `node:http` on 127.0.0.1 (random port). Speaks the slice of the REST API the action uses with
 * response bodies shaped like GitHub's (they validate against GitHub's published response
 * schemas, see support.test.ts), plus the GraphQL `minimizeComment` mutation. Every request is
 * recorded and checked against GitHub's OpenAPI description (`RecordedRequest.openapi`).
 *
 *   const fake = await startFakeGitHub();
 *   fake.addPull({ number: 7, head: { sha: 'a'.repeat(40), ref: 'feat' }, base: { sha: 'b'.repeat(40) } });
 *   fake.seedComments(150, { issue_number: 7 });
 *   ... run the action with apiUrl: fake.url ...
 *   assertAllValid(fake);
 *   await fake.close();
 */
import { createServer, STATUS_CODES, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { validateAgainstOpenApi } from './openapi.js';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export type UserInit = string | (Partial<FakeUser> & { login: string });

export interface FakeRepo {
  owner: string;
  name: string;
  /** `owner/name` */
  full_name: string;
  id: number;
  private: boolean;
  /** True for forks (e.g. the head repo of a fork PR). */
  fork: boolean;
  default_branch: string;
}

export interface FakeRepoInit {
  full_name: string;
  id?: number;
  private?: boolean;
  fork?: boolean;
  default_branch?: string;
}

export interface StoredComment {
  id: number;
  node_id: string;
  /** `owner/name` of the repository the comment lives in. */
  repository: string;
  issue_number: number;
  body: string;
  user: FakeUser;
  author_association: AuthorAssociation;
  created_at: string;
  updated_at: string;
  /** Set by the GraphQL `minimizeComment` mutation: the classifier, lower-cased (`outdated`). */
  minimized: null | { reason: string };
}

export type AuthorAssociation =
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'MANNEQUIN'
  | 'MEMBER'
  | 'NONE'
  | 'OWNER';

export interface CommentSeed {
  issue_number?: number;
  body?: string;
  user?: UserInit;
  repository?: string;
  author_association?: AuthorAssociation;
  created_at?: string | Date;
  updated_at?: string | Date;
  id?: number;
  minimized?: null | { reason: string };
}

export interface StoredPull {
  number: number;
  id: number;
  node_id: string;
  /** Base repository `owner/name`. */
  repository: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  user: FakeUser;
  labels: string[];
  head: { sha: string; ref: string; repository: string };
  base: { sha: string; ref: string };
  created_at: string;
  updated_at: string;
}

export interface PullSeed {
  number: number;
  head: { sha: string; ref?: string; /** `owner/name` of the head repo; a different one makes it a fork PR. */ repository?: string };
  base: { sha: string; ref?: string };
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  draft?: boolean;
  user?: UserInit;
  labels?: string[];
  repository?: string;
}

export interface StoredArtifact {
  id: number;
  node_id: string;
  name: string;
  repository: string;
  run_id: number;
  zip: Buffer;
  expired: boolean;
  created_at: string;
  expires_at: string;
  updated_at: string;
  head_sha: string;
  head_branch: string;
}

export interface ArtifactSeed {
  runId: number;
  name: string;
  /** The archive served by the download redirect. */
  zip: Uint8Array;
  id?: number;
  expired?: boolean;
  repository?: string;
  created_at?: string | Date;
  head_sha?: string;
  head_branch?: string;
}

export type RunStatus = 'requested' | 'in_progress' | 'completed' | 'queued' | 'pending' | 'waiting';
export type RunConclusion =
  | 'success'
  | 'failure'
  | 'neutral'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required'
  | 'stale'
  | null;

export interface StoredWorkflowRun {
  id: number;
  node_id: string;
  repository: string;
  workflow_id: number;
  /** File name under .github/workflows, e.g. `train.yml`. */
  workflow: string;
  name: string;
  head_sha: string;
  head_branch: string;
  event: string;
  status: RunStatus;
  conclusion: RunConclusion;
  run_number: number;
  run_attempt: number;
  actor: FakeUser;
  /** PR numbers the run is associated with. */
  pull_requests: number[];
  created_at: string;
  updated_at: string;
}

export interface WorkflowRunSeed {
  head_sha: string;
  id?: number;
  /** Workflow file name (default `ci.yml`). The numeric workflow id is derived from it. */
  workflow?: string;
  name?: string;
  head_branch?: string;
  event?: string;
  status?: RunStatus;
  conclusion?: RunConclusion;
  run_number?: number;
  run_attempt?: number;
  actor?: UserInit;
  pull_requests?: number[];
  repository?: string;
  created_at?: string | Date;
}

export type OpenApiVerdict = { ok: true; operationId: string } | { ok: false; error: string };

export interface RecordedRequest {
  method: string;
  /** Path + query as received. */
  url: string;
  /** Path without query (percent-encoded as received). */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The `authorization` header, if any (`token ghs_...` / `bearer ...`). */
  authorization: string | undefined;
  /** Parsed JSON when the body was JSON, the raw text otherwise, `undefined` when empty. */
  body: unknown;
  /** Status sent; 0 when the socket was reset. */
  status: number;
  openapi: OpenApiVerdict;
  /** True when no route of the fake handled it (answered 404 / GraphQL error). */
  unexpected: boolean;
  /** Set when the response was produced by `failNext` / `forbidWrites`. */
  injected?: 'fail' | 'reset' | 'forbidden' | 'delay';
  /** With `failNext({ after: true })`: the status the fake's handler produced before the failure replaced it. */
  handledStatus?: number;
  /** The JSON (or text) body that was sent back. */
  responseBody?: unknown;
  responseHeaders?: Record<string, string>;
  /** ms since epoch. */
  at: number;
}

export interface FailSpec {
  method?: string;
  /** Exact path (without query) or a RegExp tested against the path (and against `url`). */
  path?: string | RegExp;
  /** How many matching requests to fail (default 1). */
  times?: number;
  status?: number;
  headers?: Record<string, string>;
  /** JSON-serialised unless a string. Defaults to GitHub's error body for the status. */
  body?: unknown;
  /** Destroy the socket instead of answering (network reset). */
  reset?: boolean;
  /**
   * Fill in GitHub's rate-limit answer: `primary` → `x-ratelimit-remaining: 0` + `x-ratelimit-reset`
   * (now + `resetInSeconds`, default 1), `secondary` → `retry-after: resetInSeconds`. Status defaults to 403.
   */
  rateLimit?: 'primary' | 'secondary';
  resetInSeconds?: number;
  /** Wait this long before answering (with the failure, or normally when no status/reset is given). */
  delayMs?: number;
  /**
   * Handle the request first (a create stores the comment, a PATCH updates it), then answer with the
   * failure (status or reset) instead of the real response: a write that landed but whose answer was lost.
   */
  after?: boolean;
}

export interface ForbidWritesOptions {
  status?: number;
  message?: string;
}

export interface FakeGitHubOptions {
  /** Default repository `owner/name` (default `octo-org/ml-training`). */
  repository?: string;
  /** Extra repositories (e.g. the fork a PR comes from). */
  repos?: FakeRepoInit[];
  /** Reply 401 to requests without an `authorization` header. */
  requireToken?: boolean;
  /** Map of token → user. When set, unknown tokens get 401 "Bad credentials". */
  tokens?: Record<string, UserInit>;
  /** The user behind any token when `tokens` is not set (default `github-actions[bot]`). */
  tokenUser?: UserInit;
  /** `https://github.com` by default (used for html_url). */
  serverUrl?: string;
  /**
   * `repositories` (default, like GitHub: `/repositories/{id}/issues/7/comments?page=2`) or
   * `repos` (`/repos/{owner}/{repo}/...`) for the URLs in `Link` headers.
   */
  linkStyle?: 'repositories' | 'repos';
  /** Validate every request against the OpenAPI description (default true). */
  validate?: boolean;
  rateLimit?: { limit?: number; remaining?: number };
}

export interface FakeGitHub {
  /** Base URL, no trailing slash, e.g. `http://127.0.0.1:43123`. Use as GITHUB_API_URL / baseUrl. */
  readonly url: string;
  readonly serverUrl: string;
  /** The default repository. */
  readonly repo: FakeRepo;
  readonly repos: Map<string, FakeRepo>;
  comments: StoredComment[];
  /** Keyed `${ref}:${path}`; see `setFile`. */
  files: Map<string, Buffer>;
  pulls: Map<number, StoredPull>;
  artifacts: StoredArtifact[];
  workflowRuns: StoredWorkflowRun[];
  requests: RecordedRequest[];
  /** Requests no route handled. */
  readonly unexpected: RecordedRequest[];

  addRepo(init: FakeRepoInit): FakeRepo;
  addComment(seed?: CommentSeed): StoredComment;
  /** `n` comments from other users (users `user-1`..`user-5`), oldest first, an hour apart. */
  seedComments(n: number, seed?: CommentSeed): StoredComment[];
  /** Comments of one issue/PR, in id order. */
  commentsOn(issueNumber: number, repository?: string): StoredComment[];
  setFile(ref: string, path: string, content: string | Uint8Array): void;
  addPull(seed: PullSeed): StoredPull;
  addArtifact(seed: ArtifactSeed): StoredArtifact;
  addWorkflowRun(seed: WorkflowRunSeed): StoredWorkflowRun;
  /** A `pull_request` event (name + payload) built from a stored PR, for `runAction`. */
  pullRequestEvent(
    number: number,
    opts?: { action?: string; name?: 'pull_request' | 'pull_request_target'; repository?: string },
  ): { name: string; payload: Record<string, unknown> };
  /** The user a token authenticates as. */
  userForToken(token: string | undefined): FakeUser;

  failNext(spec: FailSpec): void;
  /** Every write (POST/PATCH/PUT/DELETE, GraphQL mutations) gets 403 — a fork PR's read-only token. */
  forbidWrites(opts?: ForbidWritesOptions): void;
  allowWrites(): void;
  clearRequests(): void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const DOCS = 'https://docs.github.com/rest';
const DOC_URLS: Record<string, string> = {
  'issues/list-comments': `${DOCS}/issues/comments#list-issue-comments`,
  'issues/create-comment': `${DOCS}/issues/comments#create-an-issue-comment`,
  'issues/get-comment': `${DOCS}/issues/comments#get-an-issue-comment`,
  'issues/update-comment': `${DOCS}/issues/comments#update-an-issue-comment`,
  'issues/delete-comment': `${DOCS}/issues/comments#delete-an-issue-comment`,
  'repos/get-content': `${DOCS}/repos/contents#get-repository-content`,
  'pulls/get': `${DOCS}/pulls/pulls#get-a-pull-request`,
  'issues/list-labels-on-issue': `${DOCS}/issues/labels#list-labels-for-an-issue`,
  'actions/list-workflow-run-artifacts': `${DOCS}/actions/artifacts#list-workflow-run-artifacts`,
  'actions/list-artifacts-for-repo': `${DOCS}/actions/artifacts#list-artifacts-for-a-repository`,
  'actions/list-workflow-runs': `${DOCS}/actions/workflow-runs#list-workflow-runs-for-a-workflow`,
  'actions/download-artifact': `${DOCS}/actions/artifacts#download-an-artifact`,
};

const BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

function iso(d: string | Date | undefined, fallback: Date): string {
  const date = d === undefined ? fallback : typeof d === 'string' ? new Date(d) : d;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function nowIso(): string {
  return iso(undefined, new Date());
}

function hashId(s: string, mod = 90_000_000): number {
  return 10_000_000 + (createHash('sha1').update(s).digest().readUInt32BE(0) % mod);
}

function toUser(init: UserInit | undefined, fallback: FakeUser): FakeUser {
  if (init === undefined) return fallback;
  const o = typeof init === 'string' ? { login: init } : init;
  const type = o.type ?? (o.login.endsWith('[bot]') ? 'Bot' : 'User');
  return { login: o.login, id: o.id ?? hashId(`user:${o.login}`), type };
}

function nodeId(prefix: string, id: number): string {
  // Real ids look like `IC_kwDOAbCdEf5xYz12`; only uniqueness and the prefix matter.
  return `${prefix}_kwDO${Buffer.from(`${prefix}:${id}`).toString('base64url')}`;
}

function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

function base64Lines(content: Buffer): string {
  // GitHub wraps the base64 `content` at 60 characters with "\n".
  const b64 = content.toString('base64');
  return (b64.match(/.{1,60}/g) ?? ['']).join('\n') + (b64.length > 0 ? '\n' : '');
}

function isUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

function errorBody(status: number, message: string, documentationUrl = DOCS): Record<string, unknown> {
  return { message, documentation_url: documentationUrl, status: String(status) };
}

function parseQuery(search: URLSearchParams): Record<string, string> {
  const q: Record<string, string> = {};
  for (const [k, v] of search) q[k] = v;
  return q;
}

function clampPerPage(raw: string | undefined, def = 30, max = 100): number {
  if (raw === undefined || !/^\d+$/.test(raw)) return def;
  const n = Number(raw);
  if (n < 1) return def;
  return Math.min(n, max);
}

function pageNumber(raw: string | undefined): number {
  if (raw === undefined || !/^\d+$/.test(raw)) return 1;
  return Math.max(1, Number(raw));
}

interface ParsedGraphqlField {
  alias: string;
  input: Record<string, unknown> | undefined;
  error?: string;
}

/** Minimal reader for `minimizeComment(input: $input)` / `minimizeComment(input: {subjectId: $id, classifier: OUTDATED})`. */
function parseMinimizeCalls(query: string, variables: Record<string, unknown>): ParsedGraphqlField[] {
  const out: ParsedGraphqlField[] = [];
  const re = /(?:([_A-Za-z][_0-9A-Za-z]*)\s*:\s*)?\bminimizeComment\s*\(\s*input\s*:\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(query))) {
    const alias = m[1] ?? 'minimizeComment';
    let i = re.lastIndex;
    const readValue = (): unknown => {
      while (/\s|,/.test(query[i] ?? '')) i++;
      const ch = query[i];
      if (ch === '$') {
        const name = /^\$([_A-Za-z][_0-9A-Za-z]*)/.exec(query.slice(i))![1]!;
        i += name.length + 1;
        return variables[name];
      }
      if (ch === '"') {
        let j = i + 1;
        let s = '';
        while (j < query.length && query[j] !== '"') {
          if (query[j] === '\\') j++;
          s += query[j];
          j++;
        }
        i = j + 1;
        return s;
      }
      if (ch === '{') {
        i++;
        const obj: Record<string, unknown> = {};
        for (;;) {
          while (/\s|,/.test(query[i] ?? '')) i++;
          if (query[i] === '}' || i >= query.length) {
            i++;
            return obj;
          }
          const key = /^[_A-Za-z][_0-9A-Za-z]*/.exec(query.slice(i))?.[0];
          if (!key) throw new Error(`cannot parse GraphQL input near ${JSON.stringify(query.slice(i, i + 20))}`);
          i += key.length;
          while (/\s/.test(query[i] ?? '')) i++;
          if (query[i] !== ':') throw new Error(`expected ':' after ${key}`);
          i++;
          obj[key] = readValue();
        }
      }
      const word = /^[-_0-9A-Za-z.]+/.exec(query.slice(i))?.[0];
      if (!word) throw new Error(`cannot parse GraphQL value near ${JSON.stringify(query.slice(i, i + 20))}`);
      i += word.length;
      if (word === 'null') return null;
      if (word === 'true' || word === 'false') return word === 'true';
      if (/^-?\d/.test(word)) return Number(word);
      return { enum: word };
    };
    try {
      const v = readValue();
      if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        out.push({ alias, input: undefined, error: 'input must be an object' });
      } else {
        out.push({ alias, input: v as Record<string, unknown> });
      }
    } catch (e) {
      out.push({ alias, input: undefined, error: (e as Error).message });
    }
    re.lastIndex = Math.max(re.lastIndex, i);
  }
  return out;
}

const CLASSIFIERS = ['SPAM', 'ABUSE', 'OFF_TOPIC', 'OUTDATED', 'DUPLICATE', 'RESOLVED'];

// ---------------------------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------------------------

interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  record: RecordedRequest;
  query: Record<string, string>;
  /** Path after `/repositories/{id}` → `/repos/{owner}/{repo}` normalisation. */
  path: string;
  operationId?: string;
  /** `failNext({ after: true })`: answer with this failure instead of the handler's response. */
  afterFailure?: PendingFailure;
}

interface PendingFailure extends FailSpec {
  remaining: number;
}

export async function startFakeGitHub(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const serverUrl = (opts.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const linkStyle = opts.linkStyle ?? 'repositories';
  const validate = opts.validate ?? true;
  const tokenUsers = opts.tokens
    ? new Map(Object.entries(opts.tokens).map(([t, u]) => [t, toUser(u, BOT)] as const))
    : undefined;
  const defaultTokenUser = toUser(opts.tokenUser, BOT);

  const repos = new Map<string, FakeRepo>();
  let nextRepoId = 700_000_001;
  const addRepo = (init: FakeRepoInit): FakeRepo => {
    const [owner, name] = init.full_name.split('/');
    if (!owner || !name) throw new Error(`repository must be "owner/name", got ${init.full_name}`);
    const repo: FakeRepo = {
      owner,
      name,
      full_name: `${owner}/${name}`,
      id: init.id ?? nextRepoId++,
      private: init.private ?? false,
      fork: init.fork ?? false,
      default_branch: init.default_branch ?? 'main',
    };
    repos.set(repo.full_name.toLowerCase(), repo);
    return repo;
  };
  const mainRepo = addRepo({ full_name: opts.repository ?? 'octo-org/ml-training' });
  for (const r of opts.repos ?? []) addRepo(r);
  const findRepo = (owner: string, name: string): FakeRepo | undefined => repos.get(`${owner}/${name}`.toLowerCase());
  const repoByName = (fullName: string | undefined): FakeRepo => {
    if (fullName === undefined) return mainRepo;
    return repos.get(fullName.toLowerCase()) ?? addRepo({ full_name: fullName, fork: true });
  };

  const rate = {
    core: { limit: opts.rateLimit?.limit ?? 5000, remaining: opts.rateLimit?.remaining ?? opts.rateLimit?.limit ?? 5000 },
    graphql: { limit: 5000, remaining: 5000 },
    reset: Math.floor(Date.now() / 1000) + 3600,
  };

  let nextCommentId = 2_100_000_001;
  let nextArtifactId = 1_500_000_001;
  let nextRunId = 9_000_000_001;
  const failures: PendingFailure[] = [];
  let forbidden: Required<ForbidWritesOptions> | undefined;
  let baseUrl = '';

  const fake: FakeGitHub = {
    get url() {
      return baseUrl;
    },
    serverUrl,
    repo: mainRepo,
    repos,
    comments: [],
    files: new Map(),
    pulls: new Map(),
    artifacts: [],
    workflowRuns: [],
    requests: [],
    get unexpected() {
      return fake.requests.filter((r) => r.unexpected);
    },
    addRepo,
    addComment(seed = {}) {
      const id = seed.id ?? nextCommentId++;
      if (id >= nextCommentId) nextCommentId = id + 1;
      const created = iso(seed.created_at, new Date());
      const c: StoredComment = {
        id,
        node_id: nodeId('IC', id),
        repository: repoByName(seed.repository).full_name,
        issue_number: seed.issue_number ?? 1,
        body: seed.body ?? `Comment ${id}`,
        user: toUser(seed.user, { login: 'octocat', id: 583231, type: 'User' }),
        author_association: seed.author_association ?? 'NONE',
        created_at: created,
        updated_at: seed.updated_at === undefined ? created : iso(seed.updated_at, new Date()),
        minimized: seed.minimized ?? null,
      };
      fake.comments.push(c);
      return c;
    },
    seedComments(n, seed = {}) {
      const start = Date.now() - (n + 1) * 3_600_000;
      const out: StoredComment[] = [];
      for (let i = 0; i < n; i++) {
        out.push(
          fake.addComment({
            ...seed,
            user: seed.user ?? `user-${(i % 5) + 1}`,
            body: seed.body ?? `Looks good to me (${i + 1})`,
            created_at: seed.created_at ?? new Date(start + i * 3_600_000),
          }),
        );
      }
      return out;
    },
    commentsOn(issueNumber, repository = mainRepo.full_name) {
      return fake.comments
        .filter((c) => c.issue_number === issueNumber && c.repository.toLowerCase() === repository.toLowerCase())
        .sort((a, b) => a.id - b.id);
    },
    setFile(ref, path, content) {
      fake.files.set(`${ref}:${path.replace(/^\/+/, '')}`, Buffer.from(content));
    },
    addPull(seed) {
      const repository = repoByName(seed.repository).full_name;
      const headRepo = seed.head.repository === undefined ? repository : repoByName(seed.head.repository).full_name;
      const created = iso(undefined, new Date(Date.now() - 86_400_000));
      const pull: StoredPull = {
        number: seed.number,
        id: 1_800_000_000 + seed.number,
        node_id: nodeId('PR', seed.number),
        repository,
        title: seed.title ?? `Pull request #${seed.number}`,
        body: seed.body === undefined ? 'Training run changes.' : seed.body,
        state: seed.state ?? 'open',
        draft: seed.draft ?? false,
        merged: false,
        user: toUser(seed.user, { login: 'octocat', id: 583231, type: 'User' }),
        labels: seed.labels ?? [],
        head: { sha: seed.head.sha, ref: seed.head.ref ?? 'feature', repository: headRepo },
        base: { sha: seed.base.sha, ref: seed.base.ref ?? repoByName(repository).default_branch },
        created_at: created,
        updated_at: nowIso(),
      };
      fake.pulls.set(pull.number, pull);
      return pull;
    },
    addArtifact(seed) {
      const id = seed.id ?? nextArtifactId++;
      if (id >= nextArtifactId) nextArtifactId = id + 1;
      const created = seed.created_at === undefined ? new Date() : new Date(seed.created_at);
      const run = fake.workflowRuns.find((r) => r.id === seed.runId);
      const a: StoredArtifact = {
        id,
        node_id: Buffer.from(`08:Artifact${id}`).toString('base64'),
        name: seed.name,
        repository: repoByName(seed.repository ?? run?.repository).full_name,
        run_id: seed.runId,
        zip: Buffer.from(seed.zip),
        expired: seed.expired ?? false,
        created_at: iso(created, created),
        updated_at: iso(created, created),
        expires_at: iso(new Date(created.getTime() + 90 * 86_400_000), created),
        head_sha: seed.head_sha ?? run?.head_sha ?? '0'.repeat(40),
        head_branch: seed.head_branch ?? run?.head_branch ?? 'main',
      };
      fake.artifacts.push(a);
      return a;
    },
    addWorkflowRun(seed) {
      const id = seed.id ?? nextRunId++;
      if (id >= nextRunId) nextRunId = id + 1;
      const workflow = seed.workflow ?? 'ci.yml';
      const repository = repoByName(seed.repository).full_name;
      const created = iso(seed.created_at, new Date());
      const sameWorkflow = fake.workflowRuns.filter((r) => r.workflow === workflow && r.repository === repository);
      const run: StoredWorkflowRun = {
        id,
        node_id: nodeId('WFR', id),
        repository,
        workflow_id: hashId(`workflow:${repository}:${workflow}`),
        workflow,
        name: seed.name ?? workflow.replace(/\.ya?ml$/, ''),
        head_sha: seed.head_sha,
        head_branch: seed.head_branch ?? 'main',
        event: seed.event ?? 'push',
        status: seed.status ?? 'completed',
        conclusion: seed.conclusion === undefined ? ((seed.status ?? 'completed') === 'completed' ? 'success' : null) : seed.conclusion,
        run_number: seed.run_number ?? sameWorkflow.length + 1,
        run_attempt: seed.run_attempt ?? 1,
        actor: toUser(seed.actor, { login: 'octocat', id: 583231, type: 'User' }),
        pull_requests: seed.pull_requests ?? [],
        created_at: created,
        updated_at: created,
      };
      fake.workflowRuns.push(run);
      return run;
    },
    pullRequestEvent(number, o = {}) {
      const pull = fake.pulls.get(number);
      if (!pull) throw new Error(`no pull request #${number}; call addPull first`);
      return {
        name: o.name ?? 'pull_request',
        payload: {
          action: o.action ?? 'synchronize',
          number,
          pull_request: renderPull(pull),
          repository: renderRepo(repoByName(pull.repository), 'full'),
          sender: renderUser(pull.user),
        },
      };
    },
    userForToken(token) {
      if (token === undefined) return defaultTokenUser;
      return tokenUsers?.get(token) ?? defaultTokenUser;
    },
    failNext(spec) {
      failures.push({ ...spec, remaining: spec.times ?? 1 });
    },
    forbidWrites(o = {}) {
      forbidden = { status: o.status ?? 403, message: o.message ?? 'Resource not accessible by integration' };
    },
    allowWrites() {
      forbidden = undefined;
    },
    clearRequests() {
      fake.requests.length = 0;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };

  // ------------------------------------------------------------------ renderers

  const api = () => baseUrl;

  function renderUser(u: FakeUser): Record<string, unknown> {
    const userApi = `${api()}/users/${encodeURIComponent(u.login)}`;
    return {
      login: u.login,
      id: u.id,
      node_id: nodeId(u.type === 'Bot' ? 'BOT' : u.type === 'Organization' ? 'O' : 'U', u.id),
      avatar_url: u.type === 'Bot' ? `https://avatars.githubusercontent.com/in/15368?v=4` : `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: '',
      url: userApi,
      html_url: u.type === 'Bot' ? `${serverUrl}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${serverUrl}/${u.login}`,
      followers_url: `${userApi}/followers`,
      following_url: `${userApi}/following{/other_user}`,
      gists_url: `${userApi}/gists{/gist_id}`,
      starred_url: `${userApi}/starred{/owner}{/repo}`,
      subscriptions_url: `${userApi}/subscriptions`,
      organizations_url: `${userApi}/orgs`,
      repos_url: `${userApi}/repos`,
      events_url: `${userApi}/events{/privacy}`,
      received_events_url: `${userApi}/received_events`,
      type: u.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  function ownerUser(repo: FakeRepo): FakeUser {
    return { login: repo.owner, id: hashId(`user:${repo.owner}`), type: repo.owner.endsWith('-org') ? 'Organization' : 'User' };
  }

  function renderRepo(repo: FakeRepo, detail: 'minimal' | 'full'): Record<string, unknown> {
    const r = `${api()}/repos/${repo.full_name}`;
    const html = `${serverUrl}/${repo.full_name}`;
    const host = new URL(serverUrl).host;
    const out: Record<string, unknown> = {
      id: repo.id,
      node_id: nodeId('R', repo.id),
      name: repo.name,
      full_name: repo.full_name,
      private: repo.private,
      owner: renderUser(ownerUser(repo)),
      html_url: html,
      description: 'ML training experiments',
      fork: repo.fork,
      url: r,
      forks_url: `${r}/forks`,
      keys_url: `${r}/keys{/key_id}`,
      collaborators_url: `${r}/collaborators{/collaborator}`,
      teams_url: `${r}/teams`,
      hooks_url: `${r}/hooks`,
      issue_events_url: `${r}/issues/events{/number}`,
      events_url: `${r}/events`,
      assignees_url: `${r}/assignees{/user}`,
      branches_url: `${r}/branches{/branch}`,
      tags_url: `${r}/tags`,
      blobs_url: `${r}/git/blobs{/sha}`,
      git_tags_url: `${r}/git/tags{/sha}`,
      git_refs_url: `${r}/git/refs{/sha}`,
      trees_url: `${r}/git/trees{/sha}`,
      statuses_url: `${r}/statuses/{sha}`,
      languages_url: `${r}/languages`,
      stargazers_url: `${r}/stargazers`,
      contributors_url: `${r}/contributors`,
      subscribers_url: `${r}/subscribers`,
      subscription_url: `${r}/subscription`,
      commits_url: `${r}/commits{/sha}`,
      git_commits_url: `${r}/git/commits{/sha}`,
      comments_url: `${r}/comments{/number}`,
      issue_comment_url: `${r}/issues/comments{/number}`,
      contents_url: `${r}/contents/{+path}`,
      compare_url: `${r}/compare/{base}...{head}`,
      merges_url: `${r}/merges`,
      archive_url: `${r}/{archive_format}{/ref}`,
      downloads_url: `${r}/downloads`,
      issues_url: `${r}/issues{/number}`,
      pulls_url: `${r}/pulls{/number}`,
      milestones_url: `${r}/milestones{/number}`,
      notifications_url: `${r}/notifications{?since,all,participating}`,
      labels_url: `${r}/labels{/name}`,
      releases_url: `${r}/releases{/id}`,
      deployments_url: `${r}/deployments`,
    };
    if (detail === 'full') {
      Object.assign(out, {
        created_at: '2024-01-15T09:30:00Z',
        updated_at: '2025-06-01T12:00:00Z',
        pushed_at: nowIso(),
        git_url: `git://${host}/${repo.full_name}.git`,
        ssh_url: `git@${host}:${repo.full_name}.git`,
        clone_url: `${html}.git`,
        svn_url: html,
        homepage: null,
        size: 1024,
        stargazers_count: 12,
        watchers_count: 12,
        language: 'Python',
        has_issues: true,
        has_projects: true,
        has_downloads: true,
        has_wiki: false,
        has_pages: false,
        has_discussions: false,
        forks_count: 3,
        mirror_url: null,
        archived: false,
        disabled: false,
        open_issues_count: 4,
        license: { key: 'mit', name: 'MIT License', spdx_id: 'MIT', url: `${api()}/licenses/mit`, node_id: 'MDc6TGljZW5zZTEz' },
        allow_forking: true,
        is_template: false,
        web_commit_signoff_required: false,
        topics: [],
        visibility: repo.private ? 'private' : 'public',
        forks: 3,
        open_issues: 4,
        watchers: 12,
        default_branch: repo.default_branch,
      });
    }
    return out;
  }

  function renderComment(c: StoredComment): Record<string, unknown> {
    const r = `${api()}/repos/${c.repository}`;
    const pull = fake.pulls.get(c.issue_number);
    const kind = pull && pull.repository === c.repository ? 'pull' : 'issues';
    return {
      id: c.id,
      node_id: c.node_id,
      url: `${r}/issues/comments/${c.id}`,
      html_url: `${serverUrl}/${c.repository}/${kind}/${c.issue_number}#issuecomment-${c.id}`,
      body: c.body,
      user: renderUser(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      issue_url: `${r}/issues/${c.issue_number}`,
      author_association: c.author_association,
      performed_via_github_app: null,
      reactions: {
        url: `${r}/issues/comments/${c.id}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
      pin: null,
      minimized: c.minimized,
    };
  }

  function renderLabel(repository: string, name: string): Record<string, unknown> {
    const id = hashId(`label:${repository}:${name}`, 2_000_000_000);
    return {
      id,
      node_id: nodeId('LA', id),
      url: `${api()}/repos/${repository}/labels/${encodeURIComponent(name)}`,
      name,
      color: createHash('sha1').update(name).digest('hex').slice(0, 6),
      default: false,
      description: null,
    };
  }

  function renderPull(p: StoredPull): Record<string, unknown> {
    const baseRepo = repoByName(p.repository);
    const headRepo = repoByName(p.head.repository);
    const r = `${api()}/repos/${p.repository}`;
    const html = `${serverUrl}/${p.repository}/pull/${p.number}`;
    const branch = (repo: FakeRepo, ref: string, sha: string) => ({
      label: `${repo.owner}:${ref}`,
      ref,
      sha,
      user: renderUser(ownerUser(repo)),
      repo: renderRepo(repo, 'full'),
    });
    const link = (href: string) => ({ href });
    return {
      url: `${r}/pulls/${p.number}`,
      id: p.id,
      node_id: p.node_id,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${r}/issues/${p.number}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: renderUser(p.user),
      body: p.body,
      created_at: p.created_at,
      updated_at: p.updated_at,
      closed_at: null,
      merged_at: null,
      merge_commit_sha: createHash('sha1').update(`merge:${p.head.sha}:${p.base.sha}`).digest('hex'),
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      labels: p.labels.map((l) => renderLabel(p.repository, l)),
      milestone: null,
      draft: p.draft,
      commits_url: `${r}/pulls/${p.number}/commits`,
      review_comments_url: `${r}/pulls/${p.number}/comments`,
      review_comment_url: `${r}/pulls/comments{/number}`,
      comments_url: `${r}/issues/${p.number}/comments`,
      statuses_url: `${r}/statuses/${p.head.sha}`,
      head: branch(headRepo, p.head.ref, p.head.sha),
      base: branch(baseRepo, p.base.ref, p.base.sha),
      _links: {
        self: link(`${r}/pulls/${p.number}`),
        html: link(html),
        issue: link(`${r}/issues/${p.number}`),
        comments: link(`${r}/issues/${p.number}/comments`),
        review_comments: link(`${r}/pulls/${p.number}/comments`),
        review_comment: link(`${r}/pulls/comments{/number}`),
        commits: link(`${r}/pulls/${p.number}/commits`),
        statuses: link(`${r}/statuses/${p.head.sha}`),
      },
      author_association: p.head.repository === p.repository ? 'MEMBER' : 'CONTRIBUTOR',
      auto_merge: null,
      active_lock_reason: null,
      merged: p.merged,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: fake.commentsOn(p.number, p.repository).length,
      review_comments: 0,
      maintainer_can_modify: p.head.repository !== p.repository,
      commits: 1,
      additions: 10,
      deletions: 2,
      changed_files: 1,
    };
  }

  function renderArtifact(a: StoredArtifact): Record<string, unknown> {
    const r = `${api()}/repos/${a.repository}`;
    const repo = repoByName(a.repository);
    return {
      id: a.id,
      node_id: a.node_id,
      name: a.name,
      size_in_bytes: a.zip.length,
      url: `${r}/actions/artifacts/${a.id}`,
      archive_download_url: `${r}/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      digest: `sha256:${createHash('sha256').update(a.zip).digest('hex')}`,
      created_at: a.created_at,
      updated_at: a.updated_at,
      expires_at: a.expires_at,
      workflow_run: {
        id: a.run_id,
        repository_id: repo.id,
        head_repository_id: repo.id,
        head_branch: a.head_branch,
        head_sha: a.head_sha,
      },
    };
  }

  function renderRun(run: StoredWorkflowRun, excludePulls: boolean): Record<string, unknown> {
    const repo = repoByName(run.repository);
    const r = `${api()}/repos/${run.repository}`;
    const u = `${r}/actions/runs/${run.id}`;
    return {
      id: run.id,
      name: run.name,
      node_id: run.node_id,
      head_branch: run.head_branch,
      head_sha: run.head_sha,
      path: `.github/workflows/${run.workflow}`,
      display_title: `${run.name} on ${run.head_branch}`,
      run_number: run.run_number,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: run.workflow_id,
      check_suite_id: run.id + 1,
      check_suite_node_id: nodeId('CS', run.id + 1),
      url: u,
      html_url: `${serverUrl}/${run.repository}/actions/runs/${run.id}`,
      pull_requests: excludePulls
        ? []
        : run.pull_requests.map((n) => {
            const p = fake.pulls.get(n);
            return {
              url: `${r}/pulls/${n}`,
              id: p?.id ?? 1_800_000_000 + n,
              number: n,
              head: { ref: p?.head.ref ?? run.head_branch, sha: p?.head.sha ?? run.head_sha, repo: { id: repo.id, url: r, name: repo.name } },
              base: { ref: p?.base.ref ?? repo.default_branch, sha: p?.base.sha ?? run.head_sha, repo: { id: repo.id, url: r, name: repo.name } },
            };
          }),
      created_at: run.created_at,
      updated_at: run.updated_at,
      actor: renderUser(run.actor),
      triggering_actor: renderUser(run.actor),
      run_attempt: run.run_attempt,
      referenced_workflows: [],
      run_started_at: run.created_at,
      jobs_url: `${u}/jobs`,
      logs_url: `${u}/logs`,
      check_suite_url: `${r}/check-suites/${run.id + 1}`,
      artifacts_url: `${u}/artifacts`,
      cancel_url: `${u}/cancel`,
      rerun_url: `${u}/rerun`,
      previous_attempt_url: run.run_attempt > 1 ? `${u}/attempts/${run.run_attempt - 1}` : null,
      workflow_url: `${r}/actions/workflows/${run.workflow_id}`,
      head_commit: {
        id: run.head_sha,
        tree_id: createHash('sha1').update(`tree:${run.head_sha}`).digest('hex'),
        message: 'Update training config',
        timestamp: run.created_at,
        author: { name: 'Octo Cat', email: 'octocat@users.noreply.github.com' },
        committer: { name: 'GitHub', email: 'noreply@github.com' },
      },
      repository: renderRepo(repo, 'minimal'),
      head_repository: renderRepo(repo, 'minimal'),
    };
  }

  // ------------------------------------------------------------------ response plumbing

  function rateHeaders(resource: 'core' | 'graphql'): Record<string, string> {
    const bucket = rate[resource];
    bucket.remaining = Math.max(0, bucket.remaining - 1);
    return {
      'x-ratelimit-limit': String(bucket.limit),
      'x-ratelimit-remaining': String(bucket.remaining),
      'x-ratelimit-reset': String(rate.reset),
      'x-ratelimit-used': String(bucket.limit - bucket.remaining),
      'x-ratelimit-resource': resource,
    };
  }

  function requestId(): string {
    const hex = () => randomBytes(3).toString('hex').toUpperCase();
    return `${hex().slice(0, 4)}:${hex()}:${hex()}${hex()}:${hex()}${hex()}:${Math.floor(Date.now() / 1000).toString(16).toUpperCase()}`;
  }

  function send(
    ctx: Ctx,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
    raw?: { contentType: string; bytes: Buffer },
  ): void {
    if (ctx.afterFailure) {
      // The handler has done its work (the write landed); its answer is replaced by the failure.
      const failure = ctx.afterFailure;
      ctx.afterFailure = undefined;
      ctx.record.handledStatus = status;
      answerFailure(ctx, failure);
      return;
    }
    const resource = ctx.path === '/graphql' ? 'graphql' : 'core';
    const all: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': requestId(),
      server: 'github.com',
      vary: 'Accept, Authorization, Cookie, X-GitHub-OTP,Accept-Encoding, Accept, X-Requested-With',
      ...rateHeaders(resource),
      ...headers,
    };
    let payload: Buffer;
    if (raw) {
      all['content-type'] = raw.contentType;
      payload = raw.bytes;
    } else if (body === undefined) {
      payload = Buffer.alloc(0);
    } else if (typeof body === 'string') {
      payload = Buffer.from(body);
    } else {
      payload = Buffer.from(JSON.stringify(body));
    }
    all['content-length'] = String(payload.length);
    ctx.record.status = status;
    ctx.record.responseBody = raw ? `<${raw.bytes.length} bytes ${raw.contentType}>` : body;
    ctx.record.responseHeaders = all;
    ctx.res.writeHead(status, all);
    ctx.res.end(payload);
  }

  function notFound(ctx: Ctx, unexpected = false): void {
    if (unexpected) ctx.record.unexpected = true;
    send(ctx, 404, errorBody(404, 'Not Found', (ctx.operationId && DOC_URLS[ctx.operationId]) ?? DOCS));
  }

  function paginate<T>(ctx: Ctx, items: T[], linkPath: string): T[] {
    const perPage = clampPerPage(ctx.query.per_page);
    const page = pageNumber(ctx.query.page);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    if (last > 1 || page > 1) {
      const link = (p: number) => {
        const params = new URLSearchParams();
        for (const [k, v] of Object.entries(ctx.query)) if (k !== 'page') params.set(k, v);
        params.set('page', String(p));
        return `<${baseUrl}${linkPath}?${params.toString()}>`;
      };
      const parts: string[] = [];
      if (page > 1) parts.push(`${link(page - 1)}; rel="prev"`);
      if (page < last) parts.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
      if (page > 1) parts.push(`${link(1)}; rel="first"`);
      ctx.res.setHeader('link', parts.join(', '));
    }
    return items.slice((page - 1) * perPage, page * perPage);
  }

  function repoLinkPath(repo: FakeRepo, rest: string): string {
    return linkStyle === 'repositories' ? `/repositories/${repo.id}${rest}` : `/repos/${repo.full_name}${rest}`;
  }

  function isWrite(method: string): boolean {
    return method === 'POST' || method === 'PATCH' || method === 'PUT' || method === 'DELETE';
  }

  function currentUser(ctx: Ctx): FakeUser {
    return fake.userForToken(tokenOf(ctx.record.authorization));
  }

  function tokenOf(authorization: string | undefined): string | undefined {
    if (!authorization) return undefined;
    return authorization.replace(/^(token|bearer)\s+/i, '');
  }

  function validateCommentBody(ctx: Ctx, body: unknown): string | undefined {
    const docs = DOC_URLS[ctx.operationId ?? ''] ?? DOCS;
    const b = (body as { body?: unknown } | undefined)?.body;
    if (typeof b !== 'string') {
      send(ctx, 422, errorBody(422, `Invalid request.\n\n"body" wasn't supplied.`, docs));
      return undefined;
    }
    if (b.trim() === '') {
      send(ctx, 422, {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }],
        documentation_url: docs,
        status: '422',
      });
      return undefined;
    }
    if ([...b].length > 65536) {
      send(ctx, 422, {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)',
          },
        ],
        documentation_url: docs,
        status: '422',
      });
      return undefined;
    }
    return b;
  }

  // ------------------------------------------------------------------ routes

  type Handler = (ctx: Ctx, m: string[], repo: FakeRepo) => void;
  interface Route {
    method: string;
    re: RegExp;
    operationId: string;
    handler: Handler;
  }
  const R = (method: string, pattern: string, operationId: string, handler: Handler): Route => ({
    method,
    re: new RegExp(`^/repos/([^/]+)/([^/]+)${pattern}/?$`),
    operationId,
    handler,
  });

  const routes: Route[] = [
    R('GET', '/issues/(\\d+)/comments', 'issues/list-comments', (ctx, m, repo) => {
      const n = Number(m[0]);
      let items = fake.commentsOn(n, repo.full_name);
      if (ctx.query.since) {
        const since = Date.parse(ctx.query.since);
        if (!Number.isNaN(since)) items = items.filter((c) => Date.parse(c.updated_at) >= since);
      }
      const page = paginate(ctx, items, repoLinkPath(repo, `/issues/${n}/comments`));
      send(ctx, 200, page.map(renderComment));
    }),
    R('POST', '/issues/(\\d+)/comments', 'issues/create-comment', (ctx, m, repo) => {
      const body = validateCommentBody(ctx, ctx.record.body);
      if (body === undefined) return;
      const now = new Date();
      const c = fake.addComment({
        repository: repo.full_name,
        issue_number: Number(m[0]),
        body,
        user: currentUser(ctx),
        author_association: 'NONE',
        created_at: now,
      });
      send(ctx, 201, renderComment(c), { location: `${baseUrl}/repos/${repo.full_name}/issues/comments/${c.id}` });
    }),
    R('GET', '/issues/comments/(\\d+)', 'issues/get-comment', (ctx, m, repo) => {
      const c = fake.comments.find((x) => x.id === Number(m[0]) && x.repository.toLowerCase() === repo.full_name.toLowerCase());
      if (!c) return notFound(ctx);
      send(ctx, 200, renderComment(c));
    }),
    R('PATCH', '/issues/comments/(\\d+)', 'issues/update-comment', (ctx, m, repo) => {
      const c = fake.comments.find((x) => x.id === Number(m[0]) && x.repository.toLowerCase() === repo.full_name.toLowerCase());
      if (!c) return notFound(ctx);
      const body = validateCommentBody(ctx, ctx.record.body);
      if (body === undefined) return;
      c.body = body;
      c.updated_at = nowIso();
      send(ctx, 200, renderComment(c));
    }),
    R('DELETE', '/issues/comments/(\\d+)', 'issues/delete-comment', (ctx, m, repo) => {
      const i = fake.comments.findIndex((x) => x.id === Number(m[0]) && x.repository.toLowerCase() === repo.full_name.toLowerCase());
      if (i < 0) return notFound(ctx);
      fake.comments.splice(i, 1);
      send(ctx, 204, undefined);
    }),
    R('GET', '/contents/(.+)', 'repos/get-content', (ctx, m, repo) => {
      let path: string;
      try {
        path = decodeURIComponent(m[0]!).replace(/^\/+|\/+$/g, '');
      } catch {
        return notFound(ctx);
      }
      const refParam = ctx.query.ref ?? repo.default_branch;
      const ref = refParam.replace(/^refs\/heads\//, '');
      const file = fake.files.get(`${ref}:${path}`) ?? fake.files.get(`${refParam}:${path}`);
      const accept = String(ctx.req.headers.accept ?? '');
      const r = `${baseUrl}/repos/${repo.full_name}`;
      const entry = (p: string, type: 'file' | 'dir', content?: Buffer) => {
        const sha = content ? gitBlobSha(content) : createHash('sha1').update(`tree:${ref}:${p}`).digest('hex');
        const self = `${r}/contents/${p}?ref=${encodeURIComponent(ref)}`;
        const git = `${r}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`;
        const html = `${serverUrl}/${repo.full_name}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${p}`;
        return {
          name: p.split('/').pop()!,
          path: p,
          sha,
          size: content?.length ?? 0,
          url: self,
          html_url: html,
          git_url: git,
          download_url: type === 'file' ? `https://raw.githubusercontent.com/${repo.full_name}/${ref}/${p}` : null,
          type,
          _links: { self, git, html },
        };
      };
      if (file) {
        if (/application\/vnd\.github(\.v3)?\.raw/i.test(accept)) {
          send(ctx, 200, undefined, { 'x-github-media-type': 'github.v3; param=raw' }, {
            contentType: isUtf8(file) ? 'text/plain; charset=utf-8' : 'application/octet-stream',
            bytes: file,
          });
          return;
        }
        send(ctx, 200, { ...entry(path, 'file', file), content: base64Lines(file), encoding: 'base64' });
        return;
      }
      // Directory listing: any stored file under `${path}/` for that ref.
      const prefix = path === '' ? '' : `${path}/`;
      const children = new Map<string, ReturnType<typeof entry>>();
      for (const [key, content] of fake.files) {
        const [kRef, ...rest] = key.split(':');
        const kPath = rest.join(':');
        if ((kRef !== ref && kRef !== refParam) || !kPath.startsWith(prefix)) continue;
        const tail = kPath.slice(prefix.length);
        const [first, ...more] = tail.split('/');
        const childPath = `${prefix}${first}`;
        if (!children.has(childPath)) children.set(childPath, more.length > 0 ? entry(childPath, 'dir') : entry(childPath, 'file', content));
      }
      if (children.size > 0) {
        send(ctx, 200, [...children.values()].sort((a, b) => a.name.localeCompare(b.name)));
        return;
      }
      notFound(ctx);
    }),
    R('GET', '/git/trees/([^/]+)', 'git/get-tree', (ctx, m, repo) => {
      // Files stored for that ref, as a recursive tree (directories are implied by the paths).
      const ref = decodeURIComponent(m[0]!);
      const tree: Record<string, unknown>[] = [];
      for (const [key, content] of fake.files) {
        const [kRef, ...rest] = key.split(':');
        if (kRef !== ref) continue;
        const path = rest.join(':');
        const sha = gitBlobSha(content);
        tree.push({ path, mode: '100644', type: 'blob', sha, size: content.length, url: `${baseUrl}/repos/${repo.full_name}/git/blobs/${sha}` });
      }
      if (!tree.length) return notFound(ctx);
      tree.sort((a, b) => String(a.path).localeCompare(String(b.path)));
      const sha = createHash('sha1').update(`tree:${ref}`).digest('hex');
      send(ctx, 200, { sha, url: `${baseUrl}/repos/${repo.full_name}/git/trees/${sha}`, tree, truncated: false });
    }),
    R('GET', '/pulls', 'pulls/list', (ctx, _m, repo) => {
      // Filters used by the action: head=owner:branch and state.
      const state = ctx.query.state ?? 'open';
      const head = ctx.query.head;
      const list = [...fake.pulls.values()].filter((p) => {
        if (p.repository.toLowerCase() !== repo.full_name.toLowerCase()) return false;
        if (state !== 'all' && p.state !== state) return false;
        if (head) {
          const owner = repoByName(p.head.repository).owner;
          if (`${owner}:${p.head.ref}`.toLowerCase() !== head.toLowerCase()) return false;
        }
        return true;
      });
      const page = paginate(ctx, list, repoLinkPath(repo, '/pulls'));
      send(ctx, 200, page.map(renderPull));
    }),
    R('GET', '/pulls/(\\d+)', 'pulls/get', (ctx, m, repo) => {
      const p = fake.pulls.get(Number(m[0]));
      if (!p || p.repository.toLowerCase() !== repo.full_name.toLowerCase()) return notFound(ctx);
      send(ctx, 200, renderPull(p));
    }),
    R('GET', '/issues/(\\d+)/labels', 'issues/list-labels-on-issue', (ctx, m, repo) => {
      const n = Number(m[0]);
      const p = fake.pulls.get(n);
      const labels = p && p.repository.toLowerCase() === repo.full_name.toLowerCase() ? p.labels : [];
      const page = paginate(ctx, labels, repoLinkPath(repo, `/issues/${n}/labels`));
      send(ctx, 200, page.map((l) => renderLabel(repo.full_name, l)));
    }),
    R('GET', '/actions/runs/(\\d+)/artifacts', 'actions/list-workflow-run-artifacts', (ctx, m, repo) => {
      const runId = Number(m[0]);
      const inRepo = (x: { repository: string }) => x.repository.toLowerCase() === repo.full_name.toLowerCase();
      const runKnown = fake.workflowRuns.some((r) => r.id === runId && inRepo(r)) || fake.artifacts.some((a) => a.run_id === runId && inRepo(a));
      if (!runKnown) return notFound(ctx);
      let items = fake.artifacts.filter((a) => a.run_id === runId && inRepo(a));
      if (ctx.query.name !== undefined) items = items.filter((a) => a.name === ctx.query.name);
      items = [...items].sort((a, b) => (ctx.query.direction === 'asc' ? a.id - b.id : b.id - a.id));
      const page = paginate(ctx, items, repoLinkPath(repo, `/actions/runs/${runId}/artifacts`));
      send(ctx, 200, { total_count: items.length, artifacts: page.map(renderArtifact) });
    }),
    R('GET', '/actions/artifacts', 'actions/list-artifacts-for-repo', (ctx, _m, repo) => {
      let items = fake.artifacts.filter((a) => a.repository.toLowerCase() === repo.full_name.toLowerCase());
      if (ctx.query.name !== undefined) items = items.filter((a) => a.name === ctx.query.name);
      items = [...items].sort((a, b) => b.id - a.id);
      const page = paginate(ctx, items, repoLinkPath(repo, `/actions/artifacts`));
      send(ctx, 200, { total_count: items.length, artifacts: page.map(renderArtifact) });
    }),
    R('GET', '/actions/workflows/([^/]+)/runs', 'actions/list-workflow-runs', (ctx, m, repo) => {
      const wf = decodeURIComponent(m[0]!);
      const inRepo = fake.workflowRuns.filter((r) => r.repository.toLowerCase() === repo.full_name.toLowerCase());
      const matchesWf = (r: StoredWorkflowRun) => String(r.workflow_id) === wf || r.workflow === wf || `.github/workflows/${r.workflow}` === wf;
      if (!inRepo.some(matchesWf)) return notFound(ctx);
      const STATUSES = ['requested', 'in_progress', 'completed', 'queued', 'pending', 'waiting', 'action_required'];
      const q = ctx.query;
      let items = inRepo.filter(matchesWf);
      if (q.status !== undefined) {
        items = items.filter((r) => (STATUSES.includes(q.status!) && q.status !== 'action_required' ? r.status === q.status : r.conclusion === q.status));
      }
      if (q.branch !== undefined) items = items.filter((r) => r.head_branch === q.branch);
      if (q.head_sha !== undefined) items = items.filter((r) => r.head_sha === q.head_sha);
      if (q.event !== undefined) items = items.filter((r) => r.event === q.event);
      if (q.actor !== undefined) items = items.filter((r) => r.actor.login === q.actor);
      items = [...items].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id);
      const page = paginate(ctx, items, repoLinkPath(repo, `/actions/workflows/${encodeURIComponent(wf)}/runs`));
      send(ctx, 200, { total_count: items.length, workflow_runs: page.map((r) => renderRun(r, q.exclude_pull_requests === 'true')) });
    }),
    R('GET', '/actions/artifacts/(\\d+)/([^/]+)', 'actions/download-artifact', (ctx, m, repo) => {
      const a = fake.artifacts.find((x) => x.id === Number(m[0]) && x.repository.toLowerCase() === repo.full_name.toLowerCase());
      if (!a || m[1] !== 'zip') return notFound(ctx);
      if (a.expired) {
        send(ctx, 410, errorBody(410, 'Artifact has expired', DOC_URLS['actions/download-artifact']));
        return;
      }
      const sig = randomBytes(12).toString('base64url');
      const location = `${baseUrl}/_blob/artifacts/${a.id}/${encodeURIComponent(a.name)}.zip?sv=2025-01-05&se=${encodeURIComponent(
        new Date(Date.now() + 60_000).toISOString(),
      )}&sig=${sig}`;
      send(ctx, 302, undefined, { location });
    }),
  ];

  function handleBlob(ctx: Ctx): void {
    const m = /^\/_blob\/artifacts\/(\d+)\/([^/]+)$/.exec(ctx.path);
    const a = m ? fake.artifacts.find((x) => x.id === Number(m[1])) : undefined;
    if (ctx.record.authorization) {
      ctx.record.openapi = {
        ok: false,
        error: `${ctx.record.method} ${ctx.path}: the GitHub token was sent to the pre-signed blob-storage URL (it must not be)`,
      };
    }
    if (!a || ctx.record.method !== 'GET') {
      ctx.record.status = 404;
      ctx.record.unexpected = !a;
      ctx.res.writeHead(404, { 'content-type': 'application/xml' });
      ctx.res.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>BlobNotFound</Code><Message>The specified blob does not exist.</Message></Error>');
      return;
    }
    ctx.record.status = 200;
    ctx.record.responseBody = `<${a.zip.length} bytes application/zip>`;
    ctx.res.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(a.zip.length),
      'content-disposition': `attachment; filename=${encodeURIComponent(a.name)}.zip; filename*=UTF-8''${encodeURIComponent(a.name)}.zip`,
      'x-ms-blob-type': 'BlockBlob',
    });
    ctx.res.end(a.zip);
  }

  function handleGraphql(ctx: Ctx): void {
    if (ctx.record.method !== 'POST') return notFound(ctx, true);
    if (!ctx.record.authorization) {
      send(ctx, 401, {
        message: 'This endpoint requires you to be authenticated.',
        documentation_url: 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql',
        status: '401',
      });
      return;
    }
    const body = ctx.record.body as { query?: unknown; variables?: unknown } | undefined;
    const query = typeof body?.query === 'string' ? body.query : '';
    const variables = (body?.variables && typeof body.variables === 'object' ? body.variables : {}) as Record<string, unknown>;
    if (!/^\s*mutation\b/.test(query.replace(/^\s*#.*$/gm, '')) || !/\bminimizeComment\b/.test(query)) {
      ctx.record.unexpected = true;
      send(ctx, 200, {
        errors: [
          {
            message: `The fake GitHub only implements the minimizeComment mutation; got: ${query.replace(/\s+/g, ' ').slice(0, 200)}`,
            extensions: { code: 'unsupportedByFake' },
          },
        ],
      });
      return;
    }
    const calls = parseMinimizeCalls(query, variables);
    const data: Record<string, unknown> = {};
    const errors: Array<Record<string, unknown>> = [];
    for (const call of calls) {
      if (!call.input || call.error) {
        errors.push({ message: `Argument 'input' on Field '${call.alias}' is invalid: ${call.error ?? 'missing'}`, extensions: { code: 'argumentLiteralsIncompatible' } });
        continue;
      }
      const subjectId = call.input.subjectId;
      const rawClassifier = call.input.classifier;
      const classifier = typeof rawClassifier === 'object' && rawClassifier !== null ? (rawClassifier as { enum: string }).enum : rawClassifier;
      if (typeof subjectId !== 'string') {
        errors.push({ message: `Argument 'subjectId' on InputObject 'MinimizeCommentInput' is required. Expected type ID!`, extensions: { code: 'missingRequiredInputObjectAttribute' } });
        continue;
      }
      if (typeof classifier !== 'string' || !CLASSIFIERS.includes(classifier)) {
        errors.push({
          message: `Argument 'classifier' on InputObject 'MinimizeCommentInput' has an invalid value (${String(classifier)}). Expected type 'ReportedContentClassifiers!'.`,
          extensions: { code: 'argumentLiteralsIncompatible', typeName: 'CoercionError' },
        });
        continue;
      }
      if (forbidden) {
        data[call.alias] = null;
        errors.push({ type: 'FORBIDDEN', path: [call.alias], message: forbidden.message });
        ctx.record.injected = 'forbidden';
        continue;
      }
      const comment = fake.comments.find((c) => c.node_id === subjectId);
      if (!comment) {
        data[call.alias] = null;
        errors.push({ type: 'NOT_FOUND', path: [call.alias], message: `Could not resolve to a node with the global id of '${subjectId}'` });
        continue;
      }
      comment.minimized = { reason: classifier.toLowerCase() };
      data[call.alias] = {
        clientMutationId: typeof call.input.clientMutationId === 'string' ? call.input.clientMutationId : null,
        minimizedComment: { __typename: 'IssueComment', id: comment.node_id, isMinimized: true, minimizedReason: classifier.toLowerCase(), viewerCanMinimize: true },
      };
    }
    const schemaError = errors.some((e) => e.type === undefined);
    send(ctx, 200, schemaError ? { errors } : errors.length > 0 ? { data, errors } : { data });
  }

  /** Answers with an injected failure; false when the spec only delays. */
  function answerFailure(ctx: Ctx, failure: FailSpec): boolean {
    if (failure.reset) {
      ctx.record.injected = 'reset';
      ctx.record.status = 0;
      ctx.req.socket.destroy();
      return true;
    }
    if (failure.status !== undefined || failure.rateLimit) {
      ctx.record.injected = 'fail';
      const status = failure.status ?? 403;
      const resetIn = failure.resetInSeconds ?? 1;
      const headers: Record<string, string> = {};
      let defaultBody: unknown = errorBody(status, STATUS_CODES[status] ?? 'Error');
      if (status === 500 || status === 502) defaultBody = errorBody(status, 'Server Error');
      if (failure.rateLimit === 'primary') {
        Object.assign(headers, {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': String(rate.core.limit),
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetIn),
        });
        defaultBody = errorBody(
          status,
          'API rate limit exceeded for installation ID 12345678. If you reach out to GitHub Support for help, please include the request ID ABCD:1234:5678:9ABC:DEF0 and timestamp 2025-01-01 00:00:00 UTC.',
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        );
      } else if (failure.rateLimit === 'secondary') {
        headers['retry-after'] = String(resetIn);
        defaultBody = errorBody(
          status,
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ABCD:1234:5678:9ABC:DEF0.',
          'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        );
      }
      Object.assign(headers, failure.headers ?? {});
      send(ctx, status, failure.body === undefined ? defaultBody : failure.body, headers);
      return true;
    }
    return false;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const query = parseQuery(url.searchParams);
    let body: unknown;
    if (rawBody.length > 0) {
      const text = rawBody.toString('utf8');
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined;
    const record: RecordedRequest = {
      method,
      url: req.url ?? '/',
      path: url.pathname,
      query,
      headers: req.headers,
      authorization,
      body,
      status: 0,
      openapi: { ok: true, operationId: 'unvalidated' },
      unexpected: false,
      at: Date.now(),
    };
    fake.requests.push(record);

    // `/repositories/{id}/...` (the form GitHub uses in Link headers) → `/repos/{owner}/{repo}/...`.
    let path = url.pathname;
    const alias = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
    if (alias) {
      const repo = [...repos.values()].find((r) => r.id === Number(alias[1]));
      if (repo) path = `/repos/${repo.full_name}${alias[2] ?? ''}`;
    }
    const ctx: Ctx = { req, res, record, query, path };
    const isBlob = path.startsWith('/_blob/');

    if (validate && !isBlob) {
      try {
        const v = validateAgainstOpenApi({ method, path: url.pathname, query, headers: req.headers as Record<string, string | string[] | undefined>, body });
        record.openapi = 'operationId' in v ? { ok: true, operationId: v.operationId } : { ok: false, error: v.error };
      } catch (e) {
        record.openapi = { ok: false, error: `validator crashed: ${(e as Error).stack ?? String(e)}` };
      }
    } else if (isBlob) {
      record.openapi = { ok: true, operationId: 'blob-storage/download' };
    }

    // Fault injection.
    const failure = failures.find(
      (f) =>
        f.remaining > 0 &&
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (f.path === undefined ||
          (typeof f.path === 'string' ? f.path === url.pathname || f.path === path : f.path.test(url.pathname) || f.path.test(record.url))),
    );
    if (failure) {
      failure.remaining--;
      if (failure.remaining <= 0) failures.splice(failures.indexOf(failure), 1);
      if (failure.delayMs) await new Promise((r) => setTimeout(r, failure.delayMs));
      if (failure.after && (failure.reset || failure.status !== undefined || failure.rateLimit)) {
        ctx.afterFailure = failure;
      } else if (answerFailure(ctx, failure)) {
        return;
      } else {
        record.injected = 'delay';
      }
    }

    if (isBlob) return handleBlob(ctx);

    // Authentication.
    const token = tokenOf(authorization);
    if ((opts.requireToken && !authorization) || (tokenUsers && token !== undefined && !tokenUsers.has(token))) {
      send(
        ctx,
        401,
        authorization
          ? errorBody(401, 'Bad credentials', 'https://docs.github.com/rest')
          : errorBody(401, 'Requires authentication', 'https://docs.github.com/rest'),
      );
      return;
    }

    if (path === '/graphql') return handleGraphql(ctx);

    for (const route of routes) {
      if (route.method !== method) continue;
      const m = route.re.exec(path);
      if (!m) continue;
      ctx.operationId = route.operationId;
      const repo = findRepo(decodeURIComponent(m[1]!), decodeURIComponent(m[2]!));
      if (!repo) return notFound(ctx);
      if (forbidden && isWrite(method)) {
        record.injected = 'forbidden';
        send(ctx, forbidden.status, errorBody(forbidden.status, forbidden.message, DOC_URLS[route.operationId] ?? DOCS), {
          'x-accepted-github-permissions': route.operationId.startsWith('issues/') ? 'issues=write; pull_requests=write' : 'contents=write',
        });
        return;
      }
      route.handler(ctx, m.slice(3), repo);
      return;
    }
    notFound(ctx, true);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ message: `fake GitHub crashed: ${(e as Error).stack ?? String(e)}` }));
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  return fake;
}

/** A 40-hex SHA derived from a label, handy for fixtures: `sha('head')`. */
export function sha(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}

/** A random UUID-based token that looks like an installation token. */
export function fakeToken(): string {
  return `ghs_${randomUUID().replace(/-/g, '')}`;
}
