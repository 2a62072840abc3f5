/**
 * Imported first by the artifact tests: `@actions/github` reads GITHUB_API_URL once, when first loaded, and
 * @actions/artifact treats any GITHUB_SERVER_URL other than github.com as GHES. Pin both before anything
 * loads them, so the tests behave the same on a developer machine and inside a GitHub Actions job.
 */
process.env['GITHUB_API_URL'] = 'https://api.github.com';
process.env['GITHUB_SERVER_URL'] = 'https://github.com';
for (const name of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_RUN_ID', 'ACTIONS_ORCHESTRATION_ID']) {
  delete process.env[name];
}
// No proxy in tests: nock intercepts the direct connections.
for (const name of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']) delete process.env[name];

export {};
