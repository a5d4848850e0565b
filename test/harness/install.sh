#!/usr/bin/env bash
# Installs what the tests, the demo and the screenshots need: the npm dependencies (on a fresh clone), a few Debian
# packages and a pinned code-server (a real Code-OSS build that runs on Node 20) in .code-server/. Idempotent, never
# prompts, and returns at once when everything is already there.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# The @vscode/ripgrep that code-server 4.100.3 pins, and the ripgrep release it would download from GitHub.
RIPGREP_PACKAGE_VERSION=1.15.11
RIPGREP_TAG=v13.0.0-10

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
dest="$root/.code-server"
stamp="$dest/installed-$CODE_SERVER_VERSION"
packages=(chromium build-essential python3 pkg-config libkrb5-dev ripgrep fonts-dejavu-core)

if [ ! -d "$root/node_modules" ]; then
  (cd "$root" && npm ci --no-audit --no-fund)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ] && [ -f "$stamp" ]; then
  exit 0
fi

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo -n)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f "$stamp" ]; then
  echo "Installing code-server $CODE_SERVER_VERSION into .code-server/ (about a minute)"
  rm -rf "$dest"
  mkdir -p "$dest"
  # A project of its own, so that code-server never lands in the extension's package.json or lockfile.
  echo '{ "private": true, "allowScripts": { "code-server": true } }' >"$dest/package.json"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # @vscode/ripgrep's postinstall downloads ripgrep from GitHub unless it finds the release in this cache.
  cache="$work/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
  mkdir -p "$cache/rg"
  cp "$(command -v rg)" "$cache/rg/rg"
  tar -czf "$cache/ripgrep-$RIPGREP_TAG-x86_64-unknown-linux-musl.tar.gz" -C "$cache/rg" rg
  # unsafe_perm: the postinstall refuses to run as root without it. nodedir: build native modules against the
  # installed Node headers instead of downloading them. yes: node-pty's build runs `npx node-gyp` with no terminal.
  TMPDIR="$work" \
    npm_config_unsafe_perm=true npm_config_nodedir=/usr npm_config_yes=true JOBS=max \
    npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false \
    npm install --prefix "$dest" --no-progress --loglevel=error --no-save "code-server@$CODE_SERVER_VERSION"
  node "$dest/node_modules/code-server/out/node/entry.js" --version >/dev/null
  rg_bin="$dest/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
  [ -x "$rg_bin" ] || { echo "code-server's ripgrep is missing ($rg_bin)" >&2; exit 1; }
  touch "$stamp"
fi
echo "code-server $CODE_SERVER_VERSION is installed in .code-server/"
