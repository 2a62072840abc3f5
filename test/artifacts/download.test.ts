import './support/env.js'; // first: pins GITHUB_API_URL / GITHUB_SERVER_URL before @actions/* load
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadInputArtifact, listFilesConfined, type InputArtifactRequest } from '../../src/inputs/artifacts.js';
import { InputError } from '../../src/inputs/errors.js';
import {
  BLOB,
  RESULTS,
  TOKEN,
  TWIRP,
  fixtureZip,
  mockGetArtifactByName,
  mockListArtifacts,
  mockRestZipDownload,
  mockWorkflowRuns,
  runtimeToken,
  sha256,
} from './support/github.js';
import { buildZip } from '../support/zip.js';

const NAME = 'training-inputs';
let base: string;
let destination: string;

function request(extra: Partial<InputArtifactRequest> = {}): InputArtifactRequest {
  return { name: NAME, token: TOKEN, owner: 'o', repo: 'r', destination, ...extra };
}

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

beforeAll(() => {
  nock.disableNetConnect();
});
afterAll(() => {
  nock.enableNetConnect();
});
beforeEach(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'artifact-test-'));
  destination = path.join(base, 'runner-temp', 'inputs');
  // @actions/core prints ::debug/::add-mask lines and notices to stdout; keep test output readable.
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  const pending = nock.pendingMocks();
  nock.cleanAll();
  fs.rmSync(base, { recursive: true, force: true });
  expect(pending, 'every mocked request was made').toEqual([]);
});

describe('downloadInputArtifact from another run (REST, findBy)', () => {
  it('downloads by run id: runs/{id}/artifacts?name=, artifacts/{id}/zip → 302 → blob without the token', async () => {
    const zip = fixtureZip();
    mockGetArtifactByName(123, NAME, [{ id: 9001, name: NAME, digest: sha256(zip) }]);
    mockRestZipDownload(9001, zip);

    const result = await downloadInputArtifact(request({ runId: 123 }));

    expect(result).toEqual({
      directory: destination,
      files: ['footprint.yml', 'metrics/job-1.csv'],
      artifactId: 9001,
      runId: 123,
    });
    expect(fs.readFileSync(path.join(destination, 'footprint.yml'), 'utf8')).toContain('llm-pretrain-small');
  });

  it('picks the newest artifact when a run has several of that name', async () => {
    const zip = fixtureZip();
    mockGetArtifactByName(123, NAME, [
      { id: 10, name: NAME },
      { id: 12, name: NAME },
      { id: 11, name: NAME },
    ]);
    mockRestZipDownload(12, zip);
    const result = await downloadInputArtifact(request({ runId: 123 }));
    expect(result.artifactId).toBe(12);
  });

  it('downloads from the latest successful run of a workflow file on a branch', async () => {
    mockWorkflowRuns('train.yml', { per_page: '20', branch: 'main' }, [
      { id: 500, head_branch: 'main', head_sha: 'b'.repeat(40), created_at: '2024-05-01T08:00:00Z' },
      { id: 502, head_branch: 'main', head_sha: 'c'.repeat(40), created_at: '2024-05-02T08:00:00Z' },
      { id: 501, head_branch: 'main', head_sha: 'd'.repeat(40), created_at: '2024-05-01T09:00:00Z' },
    ]);
    const zip = fixtureZip();
    mockGetArtifactByName(502, NAME, [{ id: 77, name: NAME }]);
    mockRestZipDownload(77, zip);

    const result = await downloadInputArtifact(request({ workflow: '.github/workflows/train.yml', branch: 'main' }));
    expect(result.runId).toBe(502);
    expect(result.artifactId).toBe(77);
    expect(result.files).toEqual(['footprint.yml', 'metrics/job-1.csv']);
  });

  it('filters the workflow runs by head SHA (given to the API when complete) rather than branch', async () => {
    const sha = 'e'.repeat(40);
    mockWorkflowRuns('4242', { per_page: '20', head_sha: sha }, [
      { id: 610, head_branch: 'feature', head_sha: sha, created_at: '2024-05-01T08:00:00Z' },
    ]);
    mockGetArtifactByName(610, NAME, [{ id: 78, name: NAME }]);
    mockRestZipDownload(78, fixtureZip());
    const result = await downloadInputArtifact(request({ workflow: '4242', headSha: sha, branch: 'main' }));
    expect(result.runId).toBe(610);
  });

  it('says what was searched when the workflow has no successful run', async () => {
    mockWorkflowRuns('train.yml', { per_page: '20', branch: 'release' }, []);
    const error = await inputError(downloadInputArtifact(request({ workflow: 'train.yml', branch: 'release' })));
    expect(error.problems[0]?.file).toBe(NAME);
    expect(error.message).toContain('workflow train.yml');
    expect(error.message).toContain('branch release');
    expect(error.message).toContain(`"${NAME}"`);
    expect(error.message).toContain('o/r');
  });

  it('lists the artifacts that do exist when the name is missing from the found run', async () => {
    mockWorkflowRuns('train.yml', { per_page: '20', branch: 'main' }, [
      { id: 700, head_branch: 'main', head_sha: 'f'.repeat(40), created_at: '2024-05-01T08:00:00Z' },
    ]);
    mockGetArtifactByName(700, NAME, []);
    mockListArtifacts(700, [
      { id: 1, name: 'model-card' },
      { id: 2, name: 'coverage-report' },
      { id: 3, name: 'model-card' },
    ]);
    const error = await inputError(downloadInputArtifact(request({ workflow: 'train.yml', branch: 'main' })));
    expect(error.problems[0]?.file).toBe(NAME);
    expect(error.message).toContain(`artifact "${NAME}" not found in run 700`);
    expect(error.message).toContain('workflow train.yml, branch main');
    expect(error.message).toContain('artifacts in that run: coverage-report, model-card');
    expect(fs.readdirSync(destination)).toEqual([]);
  });

  it('says the run has no artifacts when the list is empty', async () => {
    mockGetArtifactByName(123, NAME, []);
    mockListArtifacts(123, []);
    const error = await inputError(downloadInputArtifact(request({ runId: 123 })));
    expect(error.message).toContain('that run has no artifacts');
  });

  it('turns a 404 for the run into an InputError', async () => {
    // @actions/artifact passes `request.retries: 5` to @octokit/plugin-retry, which then retries even the
    // statuses in its doNotRetry list (immediately): expect the same request up to 6 times.
    nock('https://api.github.com')
      .get('/repos/o/r/actions/runs/404/artifacts')
      .query({ name: NAME })
      .times(6)
      .reply(404, { message: 'Not Found' });
    const error = await inputError(downloadInputArtifact(request({ runId: 404 })));
    expect(error.message).toContain('HTTP 404');
    expect(error.message).toContain('run 404 of o/r');
  });

  it('refuses a download whose bytes do not match the recorded digest and leaves nothing behind', async () => {
    mockGetArtifactByName(123, NAME, [{ id: 9001, name: NAME, digest: `sha256:${'0'.repeat(64)}` }]);
    mockRestZipDownload(9001, fixtureZip());
    const error = await inputError(downloadInputArtifact(request({ runId: 123 })));
    expect(error.message).toContain('digest');
    expect(fs.readdirSync(destination)).toEqual([]);
  });

  it('rejects a workflow that is neither a file name nor an id, before any request', async () => {
    const error = await inputError(downloadInputArtifact(request({ workflow: 'Train models' })));
    expect(error.problems[0]?.file).toBe('Train models');
  });
});

describe('zip-slip', () => {
  it('a ../evil.txt entry (and /abs, symlink entries) cannot escape the destination', async () => {
    const zip = buildZip([
      { name: '../evil.txt', data: 'pwned' },
      { name: '../../evil-too.txt', data: 'pwned' },
      { name: 'nested/../../evil-nested.txt', data: 'pwned' },
      { name: '/abs/evil-abs.txt', data: 'pwned' },
      { name: 'link.yml', data: '/etc/passwd', unixMode: 0o120777 },
      { name: 'ok.yml', data: 'runs: []\n' },
    ]);
    mockGetArtifactByName(123, NAME, [{ id: 5, name: NAME }]);
    mockRestZipDownload(5, zip);

    const result = await downloadInputArtifact(request({ runId: 123 }));

    // Nothing was written next to or above the destination.
    expect(fs.existsSync(path.join(path.dirname(destination), 'evil.txt'))).toBe(false);
    expect(fs.existsSync(path.join(base, 'evil-too.txt'))).toBe(false);
    expect(fs.existsSync(path.join(path.dirname(destination), 'evil-nested.txt'))).toBe(false);
    expect(fs.existsSync('/abs/evil-abs.txt')).toBe(false);
    expect(fs.readdirSync(path.dirname(destination))).toEqual(['inputs']);
    // unzip-stream rewrote every `..` segment to `.` and joined absolute names onto the destination;
    // the symlink entry became a plain file holding the link target.
    expect(result.files).toEqual(['abs/evil-abs.txt', 'evil-too.txt', 'evil.txt', 'link.yml', 'nested/evil-nested.txt', 'ok.yml']);
    expect(fs.lstatSync(path.join(destination, 'link.yml')).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(path.join(destination, 'link.yml'), 'utf8')).toBe('/etc/passwd');
    for (const f of result.files) expect(path.resolve(destination, f).startsWith(destination + path.sep)).toBe(true);
  });

  it('refuses, through the download path, a tree where an entry resolves outside (symlink planted during download)', async () => {
    const outside = path.join(base, 'secrets');
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'token.txt'), 'secret');
    mockGetArtifactByName(123, NAME, [{ id: 6, name: NAME }]);
    // Stand-in for an extractor that lets a link through: plant it while the blob is being served.
    mockRestZipDownload(6, () => {
      fs.symlinkSync(outside, path.join(destination, 'metrics'));
      return buildZip([{ name: 'footprint.yml', data: 'runs: []\n' }]);
    });

    const error = await inputError(downloadInputArtifact(request({ runId: 123 })));
    expect(error.problems[0]).toMatchObject({ file: NAME, field: 'metrics' });
    expect(error.message).toContain('outside the download directory');
    // Nothing returned, the refused tree is gone, the link's target is untouched.
    expect(fs.readdirSync(destination)).toEqual([]);
    expect(fs.readFileSync(path.join(outside, 'token.txt'), 'utf8')).toBe('secret');
  });

  it('will not extract into a non-empty destination (extraction would write through existing symlinks)', async () => {
    fs.mkdirSync(destination, { recursive: true });
    fs.symlinkSync(base, path.join(destination, 'metrics'));
    await expect(downloadInputArtifact(request({ runId: 123 }))).rejects.toThrow(/new or empty directory/);
  });
});

describe('listFilesConfined (our guard, on a directory tree)', () => {
  function tree(): { root: string; outside: string } {
    const root = path.join(base, 'dl');
    const outside = path.join(base, 'outside');
    fs.mkdirSync(path.join(root, 'metrics'), { recursive: true });
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'x');
    fs.writeFileSync(path.join(root, 'footprint.yml'), 'runs: []\n');
    fs.writeFileSync(path.join(root, 'metrics', 'b.csv'), 'a\n');
    fs.writeFileSync(path.join(root, 'metrics', 'a.json'), '{}');
    return { root, outside };
  }

  it('lists regular files and inside symlinks, sorted and relative', async () => {
    const { root } = tree();
    fs.symlinkSync('footprint.yml', path.join(root, 'alias.yml'));
    fs.symlinkSync('metrics', path.join(root, 'metrics-link'));
    expect(await listFilesConfined(root, NAME)).toEqual(['alias.yml', 'footprint.yml', 'metrics/a.json', 'metrics/b.csv']);
  });

  it('refuses a symlink pointing out of the destination', async () => {
    const { root, outside } = tree();
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'metrics', 'c.csv'));
    const error = await inputError(listFilesConfined(root, NAME));
    expect(error.problems[0]).toMatchObject({ file: NAME, field: 'metrics/c.csv' });
  });

  it('refuses a relative ../ symlink to a directory outside', async () => {
    const { root } = tree();
    fs.symlinkSync('../outside', path.join(root, 'up'));
    const error = await inputError(listFilesConfined(root, NAME));
    expect(error.problems[0]?.field).toBe('up');
  });

  it('refuses a dangling symlink that would point outside', async () => {
    const { root } = tree();
    fs.symlinkSync(path.join(base, 'not-yet'), path.join(root, 'later.yml'));
    const error = await inputError(listFilesConfined(root, NAME));
    expect(error.problems[0]?.field).toBe('later.yml');
  });
});

describe('downloadInputArtifact from the current run (Actions results Twirp service)', () => {
  function currentRunEnv(): void {
    vi.stubEnv('ACTIONS_RUNTIME_TOKEN', runtimeToken('run-backend-id', 'job-backend-id'));
    vi.stubEnv('ACTIONS_RESULTS_URL', `${RESULTS}/`);
    vi.stubEnv('GITHUB_RUN_ID', '31337');
  }
  const ids = { workflow_run_backend_id: 'run-backend-id', workflow_job_run_backend_id: 'job-backend-id' };
  const monolith = (digest?: string) => ({
    ...ids,
    database_id: '4711',
    name: NAME,
    size: '1234',
    created_at: '2024-05-01T10:00:00Z',
    ...(digest ? { digest } : {}),
  });

  it('ListArtifacts (name filter), ListArtifacts (id filter), GetSignedArtifactURL, then the blob', async () => {
    currentRunEnv();
    const zip = fixtureZip();
    const twirp = nock(RESULTS, { reqheaders: { authorization: /^Bearer / } });
    twirp.post(`${TWIRP}/ListArtifacts`, { ...ids, name_filter: NAME }).reply(200, { artifacts: [monolith(sha256(zip))] });
    twirp.post(`${TWIRP}/ListArtifacts`, { ...ids, id_filter: '4711' }).reply(200, { artifacts: [monolith(sha256(zip))] });
    twirp
      .post(`${TWIRP}/GetSignedArtifactURL`, { ...ids, name: NAME })
      .reply(200, { signed_url: `${BLOB}/results/${NAME}.zip?sig=abc` });
    nock(BLOB, { badheaders: ['authorization'] })
      .get(`/results/${NAME}.zip`)
      .query({ sig: 'abc' })
      .reply(200, zip, { 'content-type': 'application/zip' });

    const result = await downloadInputArtifact(request());
    expect(result).toEqual({ directory: destination, files: ['footprint.yml', 'metrics/job-1.csv'], artifactId: 4711, runId: 31337 });
  });

  it('lists the current run’s artifacts when the name is missing', async () => {
    currentRunEnv();
    const twirp = nock(RESULTS);
    twirp.post(`${TWIRP}/ListArtifacts`, { ...ids, name_filter: NAME }).reply(200, { artifacts: [] });
    twirp.post(`${TWIRP}/ListArtifacts`, ids).reply(200, {
      artifacts: [
        { ...monolith(), database_id: '1', name: 'wheels' },
        { ...monolith(), database_id: '2', name: 'logs' },
      ],
    });
    const error = await inputError(downloadInputArtifact(request()));
    expect(error.message).toContain('not found in the current workflow run; artifacts in that run: logs, wheels');
  });

  it('explains that the Actions runtime is needed outside a job', async () => {
    const error = await inputError(downloadInputArtifact(request()));
    expect(error.message).toContain('ACTIONS_RUNTIME_TOKEN');
    expect(error.message).toContain('run id or a workflow');
  });
});
