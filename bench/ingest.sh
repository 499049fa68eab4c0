#!/usr/bin/env bash
# Ingestion benchmark: a local site (Kestrel static files) with ARTICLES article pages and one sitemap listing them,
# stored by `scrape --once` into a new SQLite database with the per-host delay at 0: fetching, extraction, tagging,
# moves, relevance, events and the full-text index included. Prints articles stored per second of the run (the run's
# own duration, start-up and migrations excluded), then runs `reprocess` over the stored pages and prints its rate.
# usage (from the project root): bench/ingest.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')

dotnet build -c Release -v q -nologo >/dev/null
mkdir -p "$work/site/news"
# Invented stories from a few sentence patterns and catalog names, a third in Arabic; deterministic.
python3 - "$work/site" "$articles" "http://127.0.0.1:$port" <<'PY'
import random, sys, html, datetime
site, count, base = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(20261206)
people = ["Mira Okafor", "Daniel Weiss", "Lena Park", "Omar Haddad", "Sofia Ricci", "Kenji Mori", "Priya Raman", "Tomas Lind"]
orgs = ["OpenAI", "Anthropic", "Google DeepMind", "Meta", "xAI", "Mistral AI", "Microsoft", "Apple", "Nvidia", "Tesla"]
people_ar = ["ميرا أوكافور", "دانيال فايس", "لينا بارك", "عمر حداد", "صوفيا ريتشي", "كينجي موري"]
orgs_ar = ["أوبن إيه آي", "أنثروبيك", "جوجل ديب مايند", "ميتا", "إكس إيه آي", "ميسترال", "مايكروسوفت", "إنفيديا"]
filler = ["The company did not comment on the hire.", "The lab has been expanding its research team this year.",
          "Competition for experienced machine learning engineers has pushed salaries higher.",
          "Several colleagues are expected to follow in the coming months.", "The move was first reported by a trade newsletter."]
filler_ar = ["ولم تعلق الشركة على التعيين.", "ويوسع المختبر فريق أبحاثه هذا العام.",
             "ورفعت المنافسة على مهندسي تعلم الآلة ذوي الخبرة الرواتب.", "ومن المتوقع أن يلحق به زملاء آخرون خلال الأشهر المقبلة."]
start = datetime.datetime(2026, 1, 1, 8, 0)
urls = []
for i in range(count):
    arabic = i % 3 == 0
    a, b = rng.sample(orgs_ar if arabic else orgs, 2)
    who = rng.choice(people_ar if arabic else people)
    if arabic:
        title = f"{who} ينضم إلى {b} قادما من {a}"
        lead = f"أعلنت شركة {b} أن الباحث {who} انضم إليها بعد سنوات في {a}، حيث قاد فريقا لأبحاث النماذج اللغوية."
        body = [lead] + rng.sample(filler_ar, 3)
    else:
        title = f"{who} leaves {a} to join {b}"
        lead = f"{who}, who led a research team at {a}, has joined {b} as a principal scientist, the company said on Tuesday."
        body = [lead] + rng.sample(filler, 3)
    at = start + datetime.timedelta(minutes=7 * i)
    lang = "ar" if arabic else "en"
    page = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<meta property="article:published_time" content="{at.isoformat()}Z"></head><body><header><nav><a href="/">Home</a></nav></header>'
            f'<main><article><h1>{html.escape(title)}</h1><p class="byline">By Staff Writer</p>'
            + "".join(f"<p>{html.escape(p)}</p>" for p in body)
            + '</article></main><footer>Copyright Example News</footer></body></html>')
    with open(f"{site}/news/{i}.html", "w", encoding="utf-8") as f:
        f.write(page)
    urls.append((f"{base}/news/{i}.html", at))
with open(f"{site}/sitemap.xml", "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    f.write("".join(f"<url><loc>{u}</loc><lastmod>{t.isoformat()}Z</lastmod></url>" for u, t in urls))
    f.write("</urlset>")
PY
dotnet bench/TalentWatch.Benchmarks/bin/Release/net10.0/TalentWatch.Benchmarks.dll serve-static "$work/site" "http://127.0.0.1:$port" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 30); do curl -fs "http://127.0.0.1:$port/sitemap.xml" -o /dev/null && break; sleep 1; done

ConnectionStrings__TalentWatch="Data Source=$work/ingest.db" TalentWatch__LogFolder="$work/logs" TalentWatch__DefaultSources=false \
  TalentWatch__Sources__0__Name=bench TalentWatch__Sources__0__Kind=sitemap TalentWatch__Sources__0__Url="http://127.0.0.1:$port/sitemap.xml" \
  TalentWatch__Scraper__AllowPrivateNetworks=true TalentWatch__Scraper__PerHostDelayMs=0 TalentWatch__Scraper__MaxArticlesPerRun="$articles" \
  Serilog__MinimumLevel__Default=Warning \
  dotnet src/TalentWatch.Web/bin/Release/net10.0/TalentWatch.Web.dll scrape --once | tee "$work/run.txt"
python3 - "$work/run.txt" <<'PY'
import re, sys
line = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r"(\d+) new, (\d+) seen, (\d+) failed.*?([\d.]+)s", line)
stored, seconds = int(m.group(1)), float(m.group(4))
print(f"{stored} articles stored in {seconds:.1f} s: {stored / seconds:.0f} articles/s")
PY
sqlite3 -readonly "$work/ingest.db" "SELECT (SELECT COUNT(*) FROM Articles) || ' articles, ' || (SELECT COUNT(*) FROM Moves) || ' moves, ' || (SELECT COUNT(*) FROM Events) || ' events stored'"
start=$(date +%s.%N)
ConnectionStrings__TalentWatch="Data Source=$work/ingest.db" TalentWatch__LogFolder="$work/logs" TalentWatch__DefaultSources=false \
  Serilog__MinimumLevel__Default=Warning dotnet src/TalentWatch.Web/bin/Release/net10.0/TalentWatch.Web.dll reprocess | tr '\r' '\n' | tail -1
python3 -c "import sys,time; n=int(sys.argv[1]); s=time.time()-float(sys.argv[2]); print(f'reprocess: {n} articles in {s:.1f} s (start-up included): {n/s:.0f} articles/s')" "$articles" "$start"
