/**
 * Runs a bundled JavaScript action (`dist/index.js`) the way the GitHub Actions runner does:
 * `node <entry>` with `cwd = GITHUB_WORKSPACE`, `INPUT_*` variables, the event payload in a file,
 * and the file-command files (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`, ...), then parses what the
 * action reported (outputs, summary, annotations).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

/** Any `::command props::value` line the action printed (debug, group, add-mask, set-output, ...). */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  value: string;
}

export interface RunActionOptions {
  /** Path to the bundled entry, e.g. `dist/index.js`. */
  entry: string;
  /** Input name → value (as written under `with:`). Becomes `INPUT_<NAME>`. */
  inputs: Record<string, string>;
  /** `name` → GITHUB_EVENT_NAME, `payload` → the file at GITHUB_EVENT_PATH. */
  event: { name: string; payload: object };
  /** Base URL of the (fake) API, e.g. `fake.url`. */
  apiUrl: string;
  /** GITHUB_WORKSPACE and the child's cwd. */
  workspace: string;
  /** Extra/overriding environment variables (applied last). */
  env?: Record<string, string>;
  /** Kill the child after this long (default 30 s). */
  timeoutMs?: number;
  /**
   * `action.yml` whose `inputs.*.default` values are set for inputs not given in `inputs` (as the
   * runner does). Default: `<entry dir>/../action.yml` when it exists; `false` to skip.
   * `${{ github.token }}` / `${{ secrets.GITHUB_TOKEN }}` defaults become `githubToken`.
   */
  actionYml?: string | false;
  /** Value for `${{ github.token }}` in action.yml defaults (default `ghs_fakeDefaultToken`). */
  githubToken?: string;
  /** GITHUB_SERVER_URL (default `https://github.com`). */
  serverUrl?: string;
  /** Keep the temp dir (event file, file-command files, RUNNER_TEMP) instead of deleting it. */
  keepTemp?: boolean;
}

export interface RunActionResult {
  exitCode: number;
  /** Set when the child was killed by a signal (e.g. after the timeout). */
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Every workflow command found on stdout (annotations included). */
  commands: WorkflowCommand[];
  /** Variables written to GITHUB_ENV / GITHUB_STATE. */
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
  /** Lines appended to GITHUB_PATH. */
  addedPath: string[];
  /** The environment the child ran with. */
  env: Record<string, string>;
  /** The run's temp dir (deleted unless `keepTemp`). */
  tempDir: string;
  durationMs: number;
}

const STRIPPED_PREFIXES = ['GITHUB_', 'INPUT_', 'ACTIONS_', 'RUNNER_', 'STATE_', 'VITEST'];

/** The env variable @actions/core reads for an input: spaces → `_`, upper-cased, dashes kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}

/** Parses `::cmd k=v,k2=v2::message` lines, honouring `::stop-commands::TOKEN` ... `::TOKEN::`. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const rawLine of stdout.split(/\r?\n/)) {
    const line = rawLine.trimStart();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const m = /^::([A-Za-z][\w-]*)(?:\s+([^:]*?))?::(.*)$/.exec(line);
    if (!m) continue;
    const command = m[1]!;
    const properties: Record<string, string> = {};
    if (m[2]) {
      for (const part of m[2].split(',')) {
        const eq = part.indexOf('=');
        if (eq <= 0) continue;
        properties[part.slice(0, eq).trim()] = unescapeProperty(part.slice(eq + 1));
      }
    }
    const value = unescapeData(m[3] ?? '');
    if (command === 'stop-commands') {
      stopToken = value;
      continue;
    }
    out.push({ command, properties, value });
  }
  return out;
}

export function toAnnotations(commands: WorkflowCommand[]): Annotation[] {
  const out: Annotation[] = [];
  for (const c of commands) {
    if (c.command !== 'error' && c.command !== 'warning' && c.command !== 'notice') continue;
    const a: Annotation = { level: c.command, message: c.value };
    const p = c.properties;
    if (p.file !== undefined) a.file = p.file;
    const num = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);
    const line = num(p.line);
    if (line !== undefined) a.line = line;
    const endLine = num(p.endLine);
    if (endLine !== undefined) a.endLine = endLine;
    const col = num(p.col);
    if (col !== undefined) a.col = col;
    const endColumn = num(p.endColumn);
    if (endColumn !== undefined) a.endColumn = endColumn;
    if (p.title !== undefined) a.title = p.title;
    out.push(a);
  }
  return out;
}

/**
 * Parses a file-command file (GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE): `name<<DELIM` heredocs
 * as written by @actions/core, plus the single-line `name=value` form.
 */
export function parseFileCommand(content: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq < 0 || eq > line.indexOf('<<'))) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i]!);
      }
      if (!closed) throw new Error(`Unterminated heredoc for '${name}' (delimiter ${delimiter}) in file command`);
      out[name!] = value.join('\n');
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`Invalid file-command line: ${JSON.stringify(line)}`);
    }
  }
  return out;
}

function defaultsFromActionYml(file: string, githubToken: string): Record<string, string> {
  const doc = parseYaml(readFileSync(file, 'utf8')) as { inputs?: Record<string, { default?: unknown }> } | null;
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc?.inputs ?? {})) {
    if (spec?.default === undefined || spec.default === null) continue;
    let value = String(spec.default);
    value = value.replace(/\$\{\{\s*(github\.token|secrets\.GITHUB_TOKEN)\s*\}\}/g, githubToken);
    if (/\$\{\{/.test(value)) {
      throw new Error(`runAction: action.yml default for input '${name}' uses an expression the harness can't evaluate (${value}); pass the input explicitly`);
    }
    out[name] = value;
  }
  return out;
}

function shaOf(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** GITHUB_* context derived from the event payload, like the runner does. */
function contextFromEvent(name: string, payload: Record<string, unknown>): Record<string, string> {
  const repository = payload.repository as { full_name?: string; id?: number; owner?: { login?: string; id?: number }; default_branch?: string } | undefined;
  const pr = payload.pull_request as
    | { number?: number; head?: { ref?: string; sha?: string }; base?: { ref?: string; sha?: string } }
    | undefined;
  const sender = payload.sender as { login?: string; id?: number } | undefined;
  const fullName = repository?.full_name ?? 'octo-org/ml-training';
  const env: Record<string, string> = {
    GITHUB_REPOSITORY: fullName,
    GITHUB_REPOSITORY_OWNER: repository?.owner?.login ?? fullName.split('/')[0]!,
    GITHUB_ACTOR: sender?.login ?? 'octocat',
    GITHUB_TRIGGERING_ACTOR: sender?.login ?? 'octocat',
  };
  if (repository?.id !== undefined) env.GITHUB_REPOSITORY_ID = String(repository.id);
  if (repository?.owner?.id !== undefined) env.GITHUB_REPOSITORY_OWNER_ID = String(repository.owner.id);
  if (sender?.id !== undefined) env.GITHUB_ACTOR_ID = String(sender.id);
  if (pr && (name === 'pull_request' || name === 'pull_request_target' || name === 'pull_request_review')) {
    const number = str(pr.number) ?? str(payload.number) ?? '1';
    if (name === 'pull_request_target') {
      const baseRef = pr.base?.ref ?? repository?.default_branch ?? 'main';
      env.GITHUB_REF = `refs/heads/${baseRef}`;
      env.GITHUB_REF_NAME = baseRef;
      env.GITHUB_SHA = pr.base?.sha ?? shaOf('base');
    } else {
      env.GITHUB_REF = `refs/pull/${number}/merge`;
      env.GITHUB_REF_NAME = `${number}/merge`;
      // The runner checks out the test-merge commit; the fake derives the same sha as pull.merge_commit_sha.
      env.GITHUB_SHA = shaOf(`merge:${pr.head?.sha ?? ''}:${pr.base?.sha ?? ''}`);
    }
    env.GITHUB_HEAD_REF = pr.head?.ref ?? '';
    env.GITHUB_BASE_REF = pr.base?.ref ?? '';
    env.GITHUB_REF_TYPE = 'branch';
  } else {
    const ref = str(payload.ref) ?? `refs/heads/${repository?.default_branch ?? 'main'}`;
    env.GITHUB_REF = ref;
    env.GITHUB_REF_NAME = ref.replace(/^refs\/(heads|tags)\//, '');
    env.GITHUB_REF_TYPE = ref.startsWith('refs/tags/') ? 'tag' : 'branch';
    env.GITHUB_SHA = str(payload.after) ?? shaOf(`push:${ref}`);
    env.GITHUB_HEAD_REF = '';
    env.GITHUB_BASE_REF = '';
  }
  return env;
}

export async function runAction(opts: RunActionOptions): Promise<RunActionResult> {
  const started = Date.now();
  const entry = resolve(opts.entry);
  const workspace = resolve(opts.workspace);
  const tempDir = await mkdtemp(join(tmpdir(), 'run-action-'));
  const runnerTemp = join(tempDir, 'runner-temp');
  const fileCommands = join(tempDir, 'file-commands');
  await mkdir(runnerTemp, { recursive: true });
  await mkdir(fileCommands, { recursive: true });
  await mkdir(workspace, { recursive: true });

  const files = {
    GITHUB_EVENT_PATH: join(tempDir, 'event.json'),
    GITHUB_OUTPUT: join(fileCommands, 'set_output'),
    GITHUB_STEP_SUMMARY: join(fileCommands, 'step_summary'),
    GITHUB_ENV: join(fileCommands, 'set_env'),
    GITHUB_STATE: join(fileCommands, 'save_state'),
    GITHUB_PATH: join(fileCommands, 'add_path'),
  };
  await writeFile(files.GITHUB_EVENT_PATH, JSON.stringify(opts.event.payload, null, 2));
  for (const f of [files.GITHUB_OUTPUT, files.GITHUB_STEP_SUMMARY, files.GITHUB_ENV, files.GITHUB_STATE, files.GITHUB_PATH]) {
    await writeFile(f, '');
  }

  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue;
    if (STRIPPED_PREFIXES.some((p) => k.toUpperCase().startsWith(p))) continue;
    env[k] = v;
  }
  // Never route loopback traffic through a proxy the parent may have configured.
  const noProxy = ['127.0.0.1', 'localhost', env.NO_PROXY ?? env.no_proxy].filter(Boolean).join(',');
  env.NO_PROXY = noProxy;
  env.no_proxy = noProxy;

  const apiUrl = opts.apiUrl.replace(/\/+$/, '');
  const serverUrl = (opts.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const runId = '9100000001';
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event.name,
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'ML footprint',
    GITHUB_JOB: 'footprint',
    GITHUB_ACTION: '__run',
    GITHUB_ACTION_REPOSITORY: '',
    GITHUB_ACTION_REF: '',
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(tempDir, 'toolcache'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    ...contextFromEvent(opts.event.name, opts.event.payload as Record<string, unknown>),
    ...files,
  });
  env.GITHUB_WORKFLOW_REF = `${env.GITHUB_REPOSITORY}/.github/workflows/footprint.yml@${env.GITHUB_REF}`;
  env.GITHUB_WORKFLOW_SHA = env.GITHUB_SHA!;

  const actionYml =
    opts.actionYml === false ? undefined : (opts.actionYml ?? resolve(dirname(entry), '..', 'action.yml'));
  if (actionYml !== undefined && (opts.actionYml !== undefined || existsSync(actionYml))) {
    const defaults = defaultsFromActionYml(actionYml, opts.githubToken ?? 'ghs_fakeDefaultToken');
    for (const [name, value] of Object.entries(defaults)) env[inputEnvName(name)] = value;
  }
  for (const [name, value] of Object.entries(opts.inputs)) env[inputEnvName(name)] = value;
  Object.assign(env, opts.env ?? {});

  const timeoutMs = opts.timeoutMs ?? 30_000;
  const child = spawn(process.execPath, [entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => stdout.push(c));
  child.stderr.on('data', (c: Buffer) => stderr.push(c));
  let timedOut = false;
  let killTimer: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGTERM');
    killTimer = setTimeout(() => child.kill('SIGKILL'), 2_000);
  }, timeoutMs);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit, reject) => {
    child.once('error', reject);
    child.once('close', (c, s) => resolveExit({ code: c, signal: s }));
  });
  clearTimeout(timer);
  if (killTimer) clearTimeout(killTimer);

  const out = Buffer.concat(stdout).toString('utf8');
  const err = Buffer.concat(stderr).toString('utf8');
  const commands = parseWorkflowCommands(out);
  const outputs = parseFileCommand(await readFile(files.GITHUB_OUTPUT, 'utf8'));
  // The deprecated `::set-output name=x::v` stdout command still sets outputs on the runner.
  for (const c of commands) {
    if (c.command === 'set-output' && c.properties.name !== undefined && !(c.properties.name in outputs)) {
      outputs[c.properties.name] = c.value;
    }
  }
  const result: RunActionResult = {
    exitCode: code ?? (timedOut ? 124 : 128),
    signal,
    timedOut,
    stdout: out,
    stderr: err,
    outputs,
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    annotations: toAnnotations(commands),
    commands,
    exportedEnv: parseFileCommand(await readFile(files.GITHUB_ENV, 'utf8')),
    state: parseFileCommand(await readFile(files.GITHUB_STATE, 'utf8')),
    addedPath: (await readFile(files.GITHUB_PATH, 'utf8')).split(/\r?\n/).filter((l) => l !== ''),
    env,
    tempDir,
    durationMs: Date.now() - started,
  };
  if (!opts.keepTemp) await rm(tempDir, { recursive: true, force: true });
  return result;
}
