#!/usr/bin/env bash
# Entity-discovery evaluation: runs EntityDiscovery over the dev corpus (known = empty) and prints precision/recall per
# language against the gold entities not covered by the catalog, then every miss (FN) and false find (FP).
# usage (from the project root): bench/discovery.sh
set -euo pipefail
cd "$(dirname "$0")/.."
report="${TMPDIR:-/tmp}/talentwatch-discovery-dev.txt"
rm -f "$report"
dotnet test tests/TalentWatch.Tests --filter "FullyQualifiedName~DiscoveryDevCorpusTests" --nologo -v q || true
cat "$report"
