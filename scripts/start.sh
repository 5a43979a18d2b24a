#!/usr/bin/env bash
# Set up and run Zhengdu: install what is missing, build both browsers, open the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
npm run --silent build
npx tsx scripts/demo.ts
