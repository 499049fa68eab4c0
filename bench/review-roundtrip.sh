#!/usr/bin/env bash
# The editors' loop, scored: ../shared/eval/run-eval over a corpus exported from the editors' reviews
# (`export-reviewed --output FILE` or GET /admin/moves/export), so the extractor of this checkout is measured against
# what editors confirmed (required), corrected (required, in the editor's version) and rejected (left out: producing
# it again is a false positive). Each run keeps its figures in artifacts/review-export/scores/<commit>.json; given an
# earlier one, the key figures are compared, so two extractor versions are judged on the same reviewed articles.
# usage (from anywhere):
#   bench/review-roundtrip.sh EXPORT.json [EARLIER-SCORES.json]
# the web tests' export (three invented articles: one event confirmed, one rejected, one corrected):
#   TALENTWATCH_KEEP_EXPORT=$PWD/artifacts/review-export/talentwatch-reviewed.json \
#     dotnet test tests/TalentWatch.Web.Tests --filter FullyQualifiedName~ReviewedCorpusTests
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=$(realpath "${1:?usage: bench/review-roundtrip.sh EXPORT.json [EARLIER-SCORES.json]}")
earlier=${2:+$(realpath "$2")}
cd "$root"
# An empty export renders no site at all, and run-eval would wait out its timeout for sources that never come.
count=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1], encoding="utf-8"))))' "$corpus")
(( count > 0 )) || { echo "review-roundtrip: $corpus holds no article: nothing was reviewed yet" >&2; exit 1; }
mkdir -p artifacts/review-export/scores
rev=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo "-dirty")
scores=$root/artifacts/review-export/scores/$rev.json
echo "scoring $(git rev-parse --abbrev-ref HEAD)@$rev against $count reviewed articles ($corpus)"
EVAL_JSON=$scores ../shared/eval/run-eval "$corpus"
echo "figures kept in ${scores#"$root"/}"
if [[ -n $earlier ]]; then
  python3 - "$earlier" "$scores" <<'PY'
import json, sys
before, after = (json.load(open(p))["all"] for p in sys.argv[1:3])
print(f"{'':14s} {'earlier':>8s} {'now':>8s} {'change':>8s}")
for key in ("move_p", "move_r", "move_f1", "move_date_acc", "entity_f1", "relevance_acc", "coverage"):
    print(f"{key:14s} {before[key]:8.2f} {after[key]:8.2f} {after[key] - before[key]:+8.2f}")
PY
fi
