#!/usr/bin/env bash
# Installs real VS Code (code-server, from npm) and Debian's Chromium for the e2e suite.
# VS Code desktop cannot be downloaded on these machines; code-server ships the same workbench.
# Its install scripts try to download prebuilt binaries, so they are turned off and the native
# parts are rebuilt from source. Idempotent: a finished install is left alone.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
D="$ROOT/.vscode-test/code-server"
VERSION="${CODE_SERVER_VERSION:-4.100.3}"
STAMP="$D/.installed-$VERSION"

need_apt=()
for pkg in libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config build-essential python3 ripgrep chromium; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "install-code-server: need root to apt-get install ${need_apt[*]}" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -f "$STAMP" ]; then echo "code-server $VERSION already installed in $D"; exit 0; fi
mkdir -p "$D"
# One install at a time (tests, the demo and CI steps may all ask for it); re-check once we hold the lock.
exec 9>"$D/.install.lock"
flock 9
if [ -f "$STAMP" ]; then echo "code-server $VERSION already installed in $D"; exit 0; fi
cd "$D"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts "code-server@$VERSION" >/dev/null
npm_config_yes=true npm rebuild argon2 >/dev/null
cd node_modules/code-server/lib/vscode
npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null
npm_config_yes=true npm rebuild kerberos node-pty @vscode/spdlog native-watchdog @parcel/watcher @vscode/deviceid >/dev/null
mkdir -p node_modules/@vscode/ripgrep/bin && ln -sf /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
(cd extensions && npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null)
touch "$STAMP"
echo "code-server $VERSION installed in $D"
