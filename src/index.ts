/** Entry point of the GitHub Action (bundled to dist/index.js). */
import * as core from './action/runner.js';
import { run } from './action/main.js';

run().catch((e: unknown) => {
  // Expected problems are reported where they happen; anything else is a bug worth a short message.
  core.debug(e instanceof Error ? (e.stack ?? e.message) : String(e));
  core.setFailed(`ML footprint: ${e instanceof Error ? e.message : String(e)}`);
});
