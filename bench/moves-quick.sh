#!/usr/bin/env bash
# Fast move scoring between run-eval runs: the `extract` verb over the sites a kept run-eval rendered, scored by
# shared/eval/score.py. Move scores within 0.01 of the app's on dev, blind, blind2 and blind3 (the app's stored
# catalog can tag a little differently); the date, mvDate and relevance columns are not the app's (extract sees no
# feed dates). ~6 s instead of ~2.5 min. Report figures from run-eval itself.
# usage (from the project root):
#   EVAL_KEEP=1 ../shared/eval/run-eval CORPUS.json     # once per corpus; prints "kept /tmp/tmp.XXXX"
#   dotnet build -c Release src/TalentWatch.Web          # after each change
#   bench/moves-quick.sh /tmp/tmp.XXXX CORPUS.json       # per-article rows, then all/ar/en
set -euo pipefail
cd "$(dirname "$0")/.."
kept=${1:?kept run-eval folder}
corpus=${2:?corpus json}
app=src/TalentWatch.Web/bin/Release/net10.0/TalentWatch.Web.dll
[[ -f $app ]] || { echo "build first: dotnet build -c Release src/TalentWatch.Web" >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
while IFS=$'\t' read -r name url; do
  base=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(f"{p.scheme}://{p.netloc}/")' "$url")
  dotnet "$app" extract "$kept/site/$name" --base-url "$base" >>"$out" 2>/dev/null || true
done < <(python3 -c 'import json, sys; [print(s["name"], s["url"], sep="\t") for s in json.load(open(sys.argv[1]))["sources"]]' "$kept/site/sources.json")
# extract names a folder's page by its index.html; the sites serve it at the folder's URL
python3 - "$out" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for o in rows:
        if o.get("url", "").endswith("/index.html"):
            o["url"] = o["url"][: -len("index.html")]
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
PY
python3 ../shared/eval/score.py "$corpus" "$kept/site/sources.json" "$out"
