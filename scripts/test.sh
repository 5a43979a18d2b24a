#!/usr/bin/env bash
# All tests on a fresh machine: install what is missing, then unit + e2e (npm test).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
npm test
