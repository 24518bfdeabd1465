#!/usr/bin/env bash
# Installs what the real-editor tests need on a fresh Debian/Ubuntu CI machine, idempotently:
#   - apt: neovim (0.7 on Debian 12), chromium, ripgrep, and the build deps code-server's native
#     modules compile against (libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config,
#     build-essential python3);
#   - code-server into .vscode-test/code-server (scripts/install-code-server.sh).
# Packages already installed are left alone; apt-get update runs only when something is missing.
# Usage: scripts/install-e2e-deps.sh [--no-code-server]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

pkgs=(neovim chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config build-essential python3 git ca-certificates)
need=()
for pkg in "${pkgs[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else echo "install-e2e-deps: need root (or sudo) to apt-get install ${need[*]}" >&2; exit 1; fi
  fi
  echo "install-e2e-deps: apt-get install ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "install-e2e-deps: apt packages present"
fi

command -v nvim >/dev/null || { echo "install-e2e-deps: nvim not on PATH after install" >&2; exit 1; }
[ -x /usr/bin/chromium ] || { echo "install-e2e-deps: /usr/bin/chromium missing after install" >&2; exit 1; }
echo "install-e2e-deps: $(nvim --version | head -1); $(/usr/bin/chromium --version 2>/dev/null | head -1)"

if [ "${1:-}" != "--no-code-server" ]; then
  bash "$ROOT/scripts/install-code-server.sh"
fi
