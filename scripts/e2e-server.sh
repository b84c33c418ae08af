#!/usr/bin/env bash
# Serves the production build for Playwright on a fresh database (see playwright.config.ts), as `npm start` does.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm
exec npm start --silent
