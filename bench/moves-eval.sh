#!/usr/bin/env bash
# Move-extraction evaluation on the dev corpus: per-article FP/FN and P/R/F1 (all, ar, en) with score.py's move keys.
# usage (from the project root): bench/moves-eval.sh [path/to/articles.json]
set -euo pipefail
cd "$(dirname "$0")/.."
report=$(mktemp)
trap 'rm -f "$report"' EXIT
export TALENTWATCH_MOVES_REPORT=$report
[ $# -ge 1 ] && export TALENTWATCH_CORPUS=$1
dotnet test tests/TalentWatch.Tests --filter FullyQualifiedName~Moves.DevCorpusEvaluation --nologo -v q >/dev/null || true
cat "$report"
