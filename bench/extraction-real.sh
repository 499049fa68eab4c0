#!/usr/bin/env bash
# Article text extraction scored on trafilatura's public evaluation set (990 annotated real-world pages, mostly
# German and English), the way trafilatura scores itself: whitespace-normalised 'with'/'without' chunk matching,
# precision/recall/F1/accuracy over the summed counts, plus a fixed 25% blind split (see extraction_real_eval.py).
#
# usage (from the project root):
#   bench/extraction-real.sh [TRAFILATURA_CHECKOUT_OR_GIT_DIR] [SCORER OPTIONS...]
#     TRAFILATURA_CHECKOUT_OR_GIT_DIR  a trafilatura working tree, or a git directory (bare or not) read at
#                                      $TRAFILATURA_REV (default HEAD); default /work/.mirror/adbar+trafilatura/repo
#     SCORER OPTIONS                   passed to bench/extraction_real_eval.py, e.g. --worst 25, --show FILE.html
# environment:
#   TRAFILATURA_REV=REV          commit to read from a git directory (default HEAD)
#   EXTRACTION_REAL_KEEP=DIR     keep the corpus and extract.jsonl in DIR (re-score later without extracting:
#                                python3 bench/extraction_real_eval.py DIR/tests/evaldata.json DIR/extract.jsonl ...)
#   EXTRACTION_REAL_TIMEOUT=SEC  limit per extract process (default 1800); a page on which the process dies or
#                                hangs is recorded as an error line and the rest are extracted by a new process
#
# Builds src/TalentWatch.Web in Release when its dll is missing or older than a source file, then runs
# `TalentWatch.Web extract` once over every page (a new process only after a crash or a time-out).
set -euo pipefail

default_source=/work/.mirror/adbar+trafilatura/repo
source_arg=$default_source
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then source_arg=$1; shift; fi  # an option first: the default corpus
source_dir=$(realpath "$source_arg")
rev=${TRAFILATURA_REV:-HEAD}
timeout_s=${EXTRACTION_REAL_TIMEOUT:-1800}

cd "$(dirname "$0")/.."
root=$(pwd)
start=$(date +%s)

if [ -n "${EXTRACTION_REAL_KEEP:-}" ]; then
  mkdir -p "$EXTRACTION_REAL_KEEP"
  work=$(realpath "$EXTRACTION_REAL_KEEP")
  rm -rf "$work/tests" "$work/extract.jsonl"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/tests"

# 1. the corpus: tests/evaldata.json, tests/eval/ and (when present) tests/cache/
if [ -f "$source_dir/tests/evaldata.json" ] && [ -d "$source_dir/tests/eval" ]; then
  echo "corpus: working tree $source_dir" >&2
  cp "$source_dir/tests/evaldata.json" "$work/tests/"
  for d in eval cache; do
    if [ -d "$source_dir/tests/$d" ]; then cp -R "$source_dir/tests/$d" "$work/tests/"; fi
  done
elif git -C "$source_dir" rev-parse --git-dir >/dev/null 2>&1; then
  commit=$(git -C "$source_dir" rev-parse --verify "$rev^{commit}")
  echo "corpus: $source_dir at $commit ($(git -C "$source_dir" log -1 --format=%cs "$commit"))" >&2
  paths=(tests/evaldata.json tests/eval)
  if [ -n "$(git -C "$source_dir" ls-tree "$commit" tests/cache)" ]; then paths+=(tests/cache); fi
  git -C "$source_dir" archive "$commit" "${paths[@]}" | tar -x -C "$work"
else
  echo "$source_arg is neither a trafilatura checkout (tests/evaldata.json, tests/eval/) nor a git directory" >&2
  exit 2
fi

# 2. the app, built in Release when needed
dll=src/TalentWatch.Web/bin/Release/net10.0/TalentWatch.Web.dll
if [ ! -f "$dll" ] || [ -n "$(find src/TalentWatch src/TalentWatch.Web Directory.Build.props Directory.Packages.props \
      \( -path '*/bin' -o -path '*/obj' \) -prune -o -type f -newer "$dll" -print -quit)" ]; then
  echo "building $dll" >&2
  dotnet build -c Release --nologo -v q src/TalentWatch.Web >&2
fi

# 3. extract every page (the extensions the extract verb takes from a folder), in one process
out=$work/extract.jsonl
: >"$out"
find "$work/tests" -type f \( -iname '*.html' -o -iname '*.htm' -o -iname '*.xhtml' \) -print0 | sort -z >"$work/pages"
pages=$(tr -cd '\0' <"$work/pages" | wc -c)
echo "extracting $pages pages" >&2
extract_start=$(date +%s)

# Files in $work/pages without a line in $out, NUL-separated, in order.
todo() {
  python3 - "$work/pages" "$out" <<'EOF'
import json, sys
pages = [p for p in open(sys.argv[1], "rb").read().decode("utf-8").split("\0") if p]
done = set()
for line in open(sys.argv[2], encoding="utf-8"):
    try:
        done.add(json.loads(line).get("file"))
    except json.JSONDecodeError:
        pass
sys.stdout.write("".join(p + "\0" for p in pages if p not in done))
EOF
}

passes=0 stalls=0
while :; do
  todo >"$work/todo"
  [ -s "$work/todo" ] || break
  before=$(wc -l <"$out")
  passes=$((passes + 1))
  # xargs starts one process unless the list outgrows ARG_MAX; extract exits 1 when a page has an "error" line.
  xargs -0 -a "$work/todo" timeout "$timeout_s" dotnet "$dll" extract >>"$out" || rc=$?
  todo >"$work/todo"
  [ -s "$work/todo" ] || break
  # Pages left over: the process died or timed out on the first of them. Record it and go on without it.
  if [ "$(wc -l <"$out")" -eq "$before" ]; then
    stalls=$((stalls + 1))
    if [ "$stalls" -ge 3 ]; then echo "extract printed nothing three times in a row (exit ${rc:-?}); giving up" >&2; exit 1; fi
  else
    stalls=0
  fi
  bad=$(head -z -n 1 "$work/todo" | tr -d '\0')
  echo "extract stopped early (xargs exit ${rc:-?}: 125 a crash, 123 a time-out or failure) on $bad; recorded as an error, going on" >&2
  python3 -c 'import json, sys; print(json.dumps({"file": sys.argv[1], "error": "extract process stopped (exit %s) on this page" % sys.argv[2]}))' \
    "$bad" "${rc:-?}" >>"$out"
  rc=
done
extract_end=$(date +%s)
echo "extracted $(wc -l <"$out") pages in $((extract_end - extract_start)) s in $passes pass(es) of extract" >&2

# 4. score
python3 "$root/bench/extraction_real_eval.py" "$work/tests/evaldata.json" "$out" "$@"
echo
echo "runtime: $(( $(date +%s) - start )) s in all, $((extract_end - extract_start)) s extracting"
if [ -n "${EXTRACTION_REAL_KEEP:-}" ]; then echo "kept: $work/tests/evaldata.json $out"; fi
