#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for Zhengdu: browsers, a CJK font, npm packages.
# Sourced by start.sh and test.sh.
set -euo pipefail

need=()
[ -n "${CHROME_PATH:-}" ] || command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -n "${FIREFOX_PATH:-}" ] || command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
fc-list 2>/dev/null | grep -qiE 'cjk|wenquanyi' || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Missing: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  echo "Installing ${need[*]} with apt-get…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

# npm ci when node_modules is missing or older than the lockfile.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
