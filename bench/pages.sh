#!/usr/bin/env bash
# Page and feed load benchmark: 100,000 synthetic articles and 20,000 events in SQLite; wrk at 32 connections
# against /, /companies/openai, /search and /feed.rss (cold, warm, 304), next to Kestrel serving the same bytes as
# static files.
# usage (from the project root): bench/pages.sh [ARTICLES] [EVENTS] [SECONDS]
# PAGES_DB=FILE serves a database seeded before (seed-pages ARTICLES EVENTS; 1M takes ~11 min) instead of seeding one.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000} events=${2:-20000} seconds=${3:-15}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

dotnet build -c Release -v q -nologo >/dev/null
bench=bench/TalentWatch.Benchmarks/bin/Release/net10.0/TalentWatch.Benchmarks.dll
if [[ -n ${PAGES_DB:-} ]]; then
  ln -s "$(realpath "$PAGES_DB")" "$work/bench.db"
else
  dotnet "$bench" seed-pages "$work/bench.db" "$articles" "$events"
fi

app_port=$(port) cold_port=$(port) static_port=$(port)
start_app() { # port feed-cache-seconds
  ConnectionStrings__TalentWatch="Data Source=$work/bench.db" TalentWatch__Scraper__Enabled=false TalentWatch__LogFolder="$work/logs" \
    TalentWatch__Feeds__CacheSeconds="$2" Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
    dotnet src/TalentWatch.Web/bin/Release/net10.0/TalentWatch.Web.dll --urls "http://127.0.0.1:$1" >"$work/app-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$1/healthz" >/dev/null && break; sleep 1; done
}
start_app "$app_port" 60
start_app "$cold_port" 0   # the same app with the feed cache off: every request renders the feed

declare -A paths=([timeline]="/" [company]="/companies/openai" [search]="/search?q=talent+researchers")
mkdir -p "$work/static"
for name in "${!paths[@]}"; do
  curl -fs "http://127.0.0.1:$app_port${paths[$name]}" >"$work/static/$name.html"
done
curl -fs "http://127.0.0.1:$app_port/feed.rss" >"$work/static/feed.rss"
etag=$(curl -fsI "http://127.0.0.1:$app_port/feed.rss" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
dotnet "$bench" serve-static "$work/static" "http://127.0.0.1:$static_port" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 30); do curl -fs "http://127.0.0.1:$static_port/timeline.html" >/dev/null && break; sleep 1; done

measure() { # name url [header]
  local out rps p99
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency ${3:+-H "$3"} "$2")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  printf '| %-40s | %10s | %8s |\n' "$1" "$rps" "$p99"
}
echo "$articles articles, $events events; wrk -t2 -c32 -d${seconds}s"
printf '| %-40s | %10s | %8s |\n' "request" "req/s" "p99"
printf '|%s|%s|%s|\n' "------------------------------------------" "------------" "----------"
for name in timeline company search; do
  measure "TalentWatch ${paths[$name]}" "http://127.0.0.1:$app_port${paths[$name]}"
  measure "Kestrel static file ($name.html, $(wc -c <"$work/static/$name.html") B)" "http://127.0.0.1:$static_port/$name.html"
done
measure "TalentWatch /feed.rss, cold (cache off)" "http://127.0.0.1:$cold_port/feed.rss"
measure "TalentWatch /feed.rss, warm (cached)" "http://127.0.0.1:$app_port/feed.rss"
measure "TalentWatch /feed.rss, 304 (If-None-Match)" "http://127.0.0.1:$app_port/feed.rss" "If-None-Match: $etag"
measure "Kestrel static file (feed.rss, $(wc -c <"$work/static/feed.rss") B)" "http://127.0.0.1:$static_port/feed.rss"
