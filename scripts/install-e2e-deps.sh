#!/usr/bin/env bash
# Debian packages the end-to-end tests need: Chromium (driven by playwright-core), Neovim 0.7 (a
# second, independent LSP client), and the headers code-server's native modules build against.
# Idempotent: installs only what is missing.
set -euo pipefail
pkgs=(chromium neovim ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config)
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -eq 0 ]; then echo "e2e system packages present"; exit 0; fi
if [ "$(id -u)" != 0 ]; then echo "install-e2e-deps: run as root to apt-get install ${missing[*]}" >&2; exit 1; fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
echo "installed: ${missing[*]}"
