#!/bin/sh
# Runs a command with Node.js 24, as `.ci/run` does: `sh scripts/node24.sh node dist/cli.js ...`.
# On an older node it fetches Node 24 once (scripts/env.sh), or stops at once saying what to install.
. "$(dirname "$0")/env.sh"
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 24 ]; then exit 1; fi
exec "$@"
