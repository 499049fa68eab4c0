#!/usr/bin/env bash
# Cached feeds whose entry has just run out, under load: each feed is read once, left to expire (cache 5 s), then
# measured with wrk -t2 -c32 for SECONDS. Shows what readers get while one request renders the feed again.
# usage (from the project root, after dotnet build -c Release): bench/feed-expiry.sh COMPANY PERSON [SECONDS]
# The database as for bench/pages.sh: PAGES_DB=FILE, or PAGES_PROVIDER=postgres PAGES_CONNECTION="Host=…;Database=…".
set -euo pipefail
cd "$(dirname "$0")/.."
company=$1 person=$2 seconds=${3:-10}
if [[ ${PAGES_PROVIDER:-sqlite} == postgres ]]; then
  database=(TalentWatch__Database__Provider=postgres ConnectionStrings__TalentWatch="$PAGES_CONNECTION")
else
  database=(ConnectionStrings__TalentWatch="Data Source=$(realpath "$PAGES_DB")")
fi
work=$(mktemp -d)
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
env "${database[@]}" TalentWatch__Scraper__Enabled=false TalentWatch__LogFolder="$work/logs" TalentWatch__Feeds__CacheSeconds=5 \
  Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  dotnet src/TalentWatch.Web/bin/Release/net10.0/TalentWatch.Web.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
wrk -t2 -c32 -d5s "http://127.0.0.1:$port/" >/dev/null   # JIT warm-up on a page, not on the feeds measured
echo "| cached feed whose entry has just run out | req/s | p99 |"
echo "|---|---:|---:|"
for path in /feed.rss /feed.atom /feed.json /moves/feed.atom "/companies/$company/feed.rss" "/people/$person/feed.atom"; do
  curl -fs "http://127.0.0.1:$port$path" >/dev/null
  sleep 6
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency "http://127.0.0.1:$port$path")
  echo "| \`$path\` | $(awk '/Requests\/sec/ {print $2}' <<<"$out") | $(awk '$1 == "99%" {print $2}' <<<"$out") |"
done
