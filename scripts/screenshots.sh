#!/usr/bin/env bash
# Saves screenshots of the main pages to docs/screenshots/ (headless Chromium, a fresh platform with demo data).
# Needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl platform test -Dtest=PageScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtinhso.screenshots.dir="$PWD/docs/screenshots"
ls -1 docs/screenshots
