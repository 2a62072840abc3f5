export const id = 314;
export const ids = [314];
export const modules = {

/***/ 60314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadInputArtifact: () => (/* binding */ downloadInputArtifact)
/* harmony export */ });
/* unused harmony export listFilesConfined */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80198);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61351);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91318);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74532);
/**
 * Downloads a GitHub Actions artifact holding training manifests / job metrics, from the current run, from
 * another run by id, or from the latest successful run of a workflow, and lists its files safely.
 *
 * How `@actions/artifact` (v6) talks to GitHub:
 * - current run (no `findBy`): the Actions results Twirp service at `ACTIONS_RESULTS_URL`, authenticated with
 *   `ACTIONS_RUNTIME_TOKEN` (a JWT whose `scp` claim holds `Actions.Results:<runBackendId>:<jobBackendId>`):
 *   `POST /twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts` (name filter, for getArtifact;
 *   id filter, for downloadArtifact) then `.../GetSignedArtifactURL`, then a GET of the signed blob URL.
 * - another run (`findBy`): the REST API at the `GITHUB_API_URL` seen when `@actions/github` was first loaded:
 *   `GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts?name=...` (getArtifact),
 *   `GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts?per_page=100&page=N` (listArtifacts),
 *   `GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip` answered with a 302 whose `location` (a
 *   signed blob URL) is then fetched without the token.
 * The blob is unzipped by `unzip-stream` when its content type is a zip type or the URL path ends in `.zip`,
 * else saved as one file named after `Content-Disposition` (reduced to its basename).
 *
 * What the library already guards against (read in @actions/artifact 6.2.1 / unzip-stream 0.3.4): unzip-stream
 * rewrites every `..` path segment of an entry name to `.` (so `../evil.txt` lands at `<dest>/evil.txt`),
 * joins names onto the destination (so `/abs/x` lands at `<dest>/abs/x`), and never creates symlinks (a
 * symlink entry is written as a plain file holding the target). It does NOT refuse to write through a symlink
 * that already exists in the destination, and these guarantees belong to a transitive dependency that may
 * change. Hence we (1) only extract into a new or empty directory and (2) walk the result and refuse any
 * entry whose real path is outside the destination, or that is not a regular file, directory or symlink.
 */






function httpStatus(error) {
    if (typeof error !== 'object' || error === null || !('status' in error))
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}
function errorName(error) {
    return error instanceof Error ? error.name : undefined;
}
/** Turns the REST / library errors a user can fix (permissions, wrong ids, GHES) into InputErrors. */
function userFacing(error, file, what) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz)
        return error;
    const status = httpStatus(error);
    if (status === 401 || status === 403) {
        return _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.single({
            file,
            message: `the token was refused (HTTP ${status}) while ${what}`,
            hint: 'give the workflow `permissions: actions: read` or pass a token that can read Actions artifacts',
        });
    }
    if (status === 404) {
        return _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.single({ file, message: `not found (HTTP 404) while ${what}`, hint: 'check the repository, run id or workflow, and the token' });
    }
    if (status === 410) {
        return _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.single({ file, message: `gone (HTTP 410) while ${what}: the artifact has expired or was deleted` });
    }
    if (errorName(error) === 'GHESNotSupportedError') {
        return _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.single({ file, message: 'artifact download is not supported on GitHub Enterprise Server by @actions/artifact v2+' });
    }
    return error;
}
function normaliseWorkflow(workflow) {
    const w = workflow.trim().replace(/^\.\//, '').replace(/^\.github\/workflows\//, '');
    if (/^\d+$/.test(w))
        return Number(w);
    if (/^[\w.-]+\.ya?ml$/.test(w))
        return w;
    throw _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.single({
        file: workflow,
        message: 'workflow must be a workflow file name such as train.yml or a numeric workflow id',
    });
}
async function findLatestSuccessfulRun(opts) {
    const workflowId = normaliseWorkflow(opts.workflow);
    const sha = opts.headSha?.trim().toLowerCase();
    if (sha !== undefined && sha !== '' && !/^[0-9a-f]{7,40}$/.test(sha)) {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.single({ file: opts.headSha ?? '', message: 'head SHA must be 7 to 40 hexadecimal digits' });
    }
    const bySha = sha !== undefined && sha !== '' ? sha : undefined;
    const byBranch = bySha === undefined && opts.branch?.trim() ? opts.branch.trim() : undefined;
    const filter = bySha ? `commit ${bySha}` : byBranch ? `branch ${byBranch}` : 'any branch';
    const searched = `workflow ${opts.workflow} (${filter}) in ${opts.owner}/${opts.repo}`;
    const baseUrl = process.env['GITHUB_API_URL'];
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_3__/* .getOctokit */ .Q)(opts.token, baseUrl ? { baseUrl } : {});
    let runs;
    try {
        const { data } = await octokit.rest.actions.listWorkflowRuns({
            owner: opts.owner,
            repo: opts.repo,
            workflow_id: workflowId,
            status: 'success',
            // A full SHA is filtered by the API; a short one only here, among the latest 100 runs.
            per_page: bySha && bySha.length < 40 ? 100 : 20,
            ...(bySha?.length === 40 ? { head_sha: bySha } : {}),
            ...(byBranch ? { branch: byBranch } : {}),
        });
        runs = data.workflow_runs;
    }
    catch (error) {
        throw userFacing(error, opts.name, `looking up successful runs of ${searched}`);
    }
    const candidates = runs
        .filter((run) => run.conclusion === 'success')
        .filter((run) => (bySha ? run.head_sha.toLowerCase().startsWith(bySha) : byBranch ? run.head_branch === byBranch : true))
        .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id);
    const latest = candidates[0];
    if (!latest) {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.single({
            file: opts.name,
            message: `no successful run of ${searched} found, so artifact "${opts.name}" cannot be downloaded`,
        });
    }
    return {
        kind: 'run',
        runId: latest.id,
        description: `run ${latest.id} of ${opts.owner}/${opts.repo} (latest successful run of workflow ${opts.workflow}, ${filter})`,
    };
}
async function availableNames(client, findBy) {
    try {
        const { artifacts } = await client.listArtifacts({ latest: true, ...(findBy ? { findBy } : {}) });
        return [...new Set(artifacts.map((a) => a.name))].sort();
    }
    catch {
        return undefined; // the not-found error is still worth reporting without the list
    }
}
async function findArtifact(client, name, source, findBy) {
    try {
        const { artifact } = await client.getArtifact(name, findBy ? { findBy } : undefined);
        return artifact;
    }
    catch (error) {
        if (errorName(error) !== 'ArtifactNotFoundError')
            throw userFacing(error, name, `looking for artifact "${name}" in ${source.description}`);
    }
    const names = await availableNames(client, findBy);
    const available = names === undefined ? '' : names.length === 0 ? '; that run has no artifacts (they may have expired)' : `; artifacts in that run: ${names.join(', ')}`;
    throw _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.single({ file: name, message: `artifact "${name}" not found in ${source.description}${available}` });
}
async function prepareDestination(destination) {
    if (!node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(destination))
        throw new Error(`artifact destination must be an absolute path: ${destination}`);
    await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.mkdir(destination, { recursive: true });
    const entries = await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.readdir(destination);
    if (entries.length > 0) {
        // Extraction writes through symlinks that already exist there, so only a fresh directory is safe.
        throw new Error(`artifact destination must be a new or empty directory: ${destination}`);
    }
    return destination;
}
/**
 * Lists the files below `root` (relative, `/`-separated, sorted) and refuses, with an `InputError` naming
 * `displayName`, any entry whose real path is outside `root` (symlinks pointing out, dangling symlinks
 * to outside) or that is neither a regular file, directory nor symlink. Symlinks that stay inside are
 * listed when they point to a file and not descended into when they point to a directory (the target is
 * listed under its own name).
 */
async function listFilesConfined(root, displayName) {
    const realRoot = await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.realpath(root);
    const files = [];
    const refuse = (rel, why) => {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.single({
            file: displayName,
            field: rel,
            message: `refusing the artifact: entry ${why}`,
        });
    };
    const walk = async (relDir) => {
        const entries = await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.readdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realRoot, relDir), { withFileTypes: true });
        for (const entry of entries) {
            const rel = relDir === '' ? entry.name : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(relDir, entry.name);
            const relPosix = rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realRoot, rel);
            let real;
            try {
                real = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .realPathOf */ .dN)(full);
            }
            catch {
                return refuse(relPosix, 'is a symlink loop');
            }
            if (!(0,_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .isPathInside */ .CN)(realRoot, real))
                return refuse(relPosix, `resolves outside the download directory (to ${real})`);
            if (entry.isSymbolicLink()) {
                const target = await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.stat(full).catch(() => undefined);
                if (!target)
                    return refuse(relPosix, 'is a dangling symlink');
                if (target.isFile())
                    files.push(relPosix);
                else if (!target.isDirectory())
                    refuse(relPosix, 'points to something that is not a regular file');
            }
            else if (entry.isDirectory()) {
                await walk(rel);
            }
            else if (entry.isFile()) {
                files.push(relPosix);
            }
            else {
                refuse(relPosix, 'is not a regular file or directory');
            }
        }
    };
    await walk('');
    return files.sort();
}
/**
 * Downloads artifact `name` into `destination` (a new or empty directory) and returns its files.
 * - `runId`: that run of `owner/repo` (REST, with `token`).
 * - `workflow` without `runId`: the latest successful run of that workflow, filtered by `headSha` if given,
 *   else `branch` if given (REST).
 * - neither: the current run (Actions results service; needs ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL).
 * User-fixable problems (missing run/artifact, refused token, unsafe archive) are `InputError`s; after an
 * unsafe archive the destination is emptied and nothing is returned.
 */
async function downloadInputArtifact(opts) {
    const name = opts.name.trim();
    if (name === '')
        throw _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.single({ file: '(artifact)', message: 'artifact name is empty' });
    if (opts.runId !== undefined && (!Number.isSafeInteger(opts.runId) || opts.runId <= 0)) {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.single({ file: name, message: `run id must be a positive integer, got ${opts.runId}` });
    }
    let source;
    if (opts.runId !== undefined) {
        source = { kind: 'run', runId: opts.runId, description: `run ${opts.runId} of ${opts.owner}/${opts.repo}` };
    }
    else if (opts.workflow !== undefined && opts.workflow.trim() !== '') {
        source = await findLatestSuccessfulRun({ ...opts, name, workflow: opts.workflow });
    }
    else {
        if (!process.env['ACTIONS_RUNTIME_TOKEN'] || !process.env['ACTIONS_RESULTS_URL']) {
            throw _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.single({
                file: name,
                message: 'downloading an artifact of the current run needs the Actions runtime (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL)',
                hint: 'outside a GitHub Actions job pass a run id or a workflow',
            });
        }
        source = { kind: 'current', description: 'the current workflow run' };
    }
    const findBy = source.kind === 'run'
        ? { token: opts.token, workflowRunId: source.runId, repositoryOwner: opts.owner, repositoryName: opts.repo }
        : undefined;
    const destination = await prepareDestination(opts.destination);
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_2__.DefaultArtifactClient();
    const artifact = await findArtifact(client, name, source, findBy);
    let digestMismatch;
    try {
        ({ digestMismatch } = await client.downloadArtifact(artifact.id, {
            path: destination,
            ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
            ...(findBy ? { findBy } : {}),
        }));
    }
    catch (error) {
        throw userFacing(error, name, `downloading artifact "${name}" (id ${artifact.id}) from ${source.description}`);
    }
    let files;
    try {
        if (digestMismatch) {
            throw _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.single({
                file: name,
                message: `the downloaded artifact does not match its recorded digest ${artifact.digest ?? ''}`.trim(),
            });
        }
        files = await listFilesConfined(destination, name);
    }
    catch (error) {
        // Do not leave a refused tree for later steps; rm removes symlinks themselves, not their targets.
        await emptyDirectory(destination);
        throw error;
    }
    const currentRun = Number(process.env['GITHUB_RUN_ID']);
    return {
        directory: destination,
        files,
        artifactId: artifact.id,
        runId: source.kind === 'run' ? source.runId : Number.isSafeInteger(currentRun) && currentRun > 0 ? currentRun : null,
    };
}
async function emptyDirectory(directory) {
    const entries = await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.readdir(directory).catch(() => []);
    await Promise.all(entries.map((entry) => node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.rm(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directory, entry), { recursive: true, force: true })));
}


/***/ })

};
