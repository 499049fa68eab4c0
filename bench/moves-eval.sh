#!/usr/bin/env bash
# Move-extraction evaluation on the dev corpus: per-article FP/FN and P/R/F1 (all, ar, en) with score.py's move
# keys, then the same output scored by shared/eval/score.py itself (only its mv_* columns are meaningful here).
# usage (from the project root): bench/moves-eval.sh [path/to/articles.json]
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TALENTWATCH_MOVES_REPORT=$work/report.txt TALENTWATCH_MOVES_OUT=$work
corpus=${1:-../shared/corpus/dev/articles.json}
export TALENTWATCH_CORPUS=$(realpath "$corpus")
dotnet test tests/TalentWatch.Tests --filter FullyQualifiedName~Moves.DevCorpusEvaluation --nologo -v q >/dev/null || true
cat "$work/report.txt"
scorer=../shared/eval/score.py
if [ -f "$scorer" ]; then
  echo
  echo "score.py (move columns):"
  echo "      mv_P   mv_R   mv_F1"
  python3 "$scorer" "$TALENTWATCH_CORPUS" "$work/sources.json" "$work/system.jsonl" | awk '/^(all|ar|en) / {printf "%-5s %6s %6s %6s\n", $1, $6, $7, $8}'
fi
