#!/usr/bin/env bash
# Runs the whole test suite: installs system packages if missing, builds (the end-to-end
# tests drive the built binary), then runs every test (Swift Testing).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
swift build
swift test
