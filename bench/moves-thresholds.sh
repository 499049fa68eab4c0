#!/usr/bin/env bash
# Move precision and recall at several confidence thresholds: the table behind TalentWatch:Moves:MinConfidence.
# Runs the move extractor over each corpus (as bench/moves-eval.sh does), keeps the moves at or above each
# threshold, and scores them with shared/eval/score.py (its mv_P, mv_R, mv_F1 columns, all/ar/en).
# usage (from the project root): bench/moves-thresholds.sh [corpus.json ...]   (default: dev, blind, blind2, blind3)
set -euo pipefail
cd "$(dirname "$0")/.."
scorer=../shared/eval/score.py
corpora=("$@")
if [ ${#corpora[@]} -eq 0 ]; then
  corpora=(../shared/corpus/dev/articles.json tests/TalentWatch.Tests/TestData/blind/articles.json
           tests/TalentWatch.Tests/TestData/blind2/articles.json tests/TalentWatch.Tests/TestData/blind3/articles.json)
fi
thresholds=(0 0.5 0.6 0.7 0.75 0.8 0.85 0.9)
dotnet build tests/TalentWatch.Tests --nologo -v q >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "| corpus | threshold | mv_P | mv_R | mv_F1 | ar F1 | en F1 |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for corpus in "${corpora[@]}"; do
  name=$(basename "$(dirname "$corpus")")
  out=$work/$name
  mkdir -p "$out"
  TALENTWATCH_MOVES_REPORT=$out/report.txt TALENTWATCH_MOVES_OUT=$out TALENTWATCH_CORPUS=$(realpath "$corpus") \
    dotnet test tests/TalentWatch.Tests --no-build --filter FullyQualifiedName~Moves.DevCorpusEvaluation --nologo -v q >/dev/null || true
  for t in "${thresholds[@]}"; do
    python3 - "$out/system.jsonl" "$t" > "$out/system-$t.jsonl" <<'PY'
import json, sys
threshold = float(sys.argv[2])
for line in open(sys.argv[1], encoding="utf-8"):
    article = json.loads(line)
    article["moves"] = [m for m in article["moves"] if m["confidence"] >= threshold]
    print(json.dumps(article, ensure_ascii=False))
PY
    python3 "$scorer" "$(realpath "$corpus")" "$out/sources.json" "$out/system-$t.jsonl" \
      | awk -v c="$name" -v t="$t" '/^all / {p=$6; r=$7; f=$8} /^ar / {ar=$8} /^en / {en=$8} END {printf "| %s | %s | %s | %s | %s | %s | %s |\n", c, t, p, r, f, ar, en}'
  done
done
