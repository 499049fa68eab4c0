#!/usr/bin/env bash
# Page, API and feed load benchmark over a synthetic database (seed-pages: ARTICLES articles, EVENTS events), SQLite or PostgreSQL.
#  1. Every public surface under wrk -t2 -c32 for SECONDS each, next to Kestrel serving the same bytes as a static
#     file in the same run (the ceiling for those bytes on this machine); the app with its caches on (the default).
#  2. The same app with every cache off: each feed kind under wrk and one request at a time (a feed with its cache
#     off), then 40 cold requests one at a time (10 companies, 10 people, 10 searches, 10 timeline filters, none asked
#     before, after one warm-up request per page kind): p50, p95, max.
#  3. The app's resident memory after all of it.
# usage (from the project root): bench/pages.sh [ARTICLES] [EVENTS] [SECONDS]
# PAGES_DB=FILE serves a database seeded before (seed-pages ARTICLES EVENTS; 1M takes ~11 min) instead of seeding one.
# PAGES_PROVIDER=postgres PAGES_CONNECTION="Host=…;Port=…;Username=…;Database=…" serves a PostgreSQL database seeded before
# (dotnet bench/TalentWatch.Benchmarks/bin/Release/net10.0/TalentWatch.Benchmarks.dll seed-pages "$PAGES_CONNECTION" ARTICLES EVENTS);
# ARTICLES and EVENTS then only label the output.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000} events=${2:-20000} seconds=${3:-15}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
provider=${PAGES_PROVIDER:-sqlite}
case $provider in
  sqlite) command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; } ;;
  postgres)
    [[ -n ${PAGES_CONNECTION:-} ]] || { echo "PAGES_PROVIDER=postgres needs PAGES_CONNECTION, the Npgsql connection string of a seeded database" >&2; exit 2; }
    command -v psql >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null; } ;;
  *) echo "PAGES_PROVIDER is sqlite or postgres, not $provider" >&2; exit 2 ;;
esac
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

dotnet build -c Release -v q -nologo >/dev/null
bench=bench/TalentWatch.Benchmarks/bin/Release/net10.0/TalentWatch.Benchmarks.dll
if [[ $provider == postgres ]]; then
  database=(TalentWatch__Database__Provider=postgres ConnectionStrings__TalentWatch="$PAGES_CONNECTION")
  # psql takes libpq's keywords (host, port, user, password, dbname), not Npgsql's.
  conninfo=$(python3 -c 'import sys
words = {"host": "host", "server": "host", "port": "port", "username": "user", "user id": "user", "user": "user", "password": "password", "database": "dbname"}
pairs = (p.split("=", 1) for p in sys.argv[1].split(";") if "=" in p)
print(" ".join(f"{words[k.strip().lower()]}=\x27{v.strip()}\x27" for k, v in pairs if k.strip().lower() in words))' "$PAGES_CONNECTION")
  q() { psql -X -A -t -q -v ON_ERROR_STOP=1 "$conninfo" -c "$1"; }
  sort_at="to_char(\"SortAt\" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')" # UTC without an offset, as SQLite stores it
else
  if [[ -n ${PAGES_DB:-} ]]; then
    ln -s "$(realpath "$PAGES_DB")" "$work/bench.db"
  else
    dotnet "$bench" seed-pages "$work/bench.db" "$articles" "$events"
  fi
  db=$work/bench.db
  database=(ConnectionStrings__TalentWatch="Data Source=$db")
  q() { sqlite3 -readonly "$db" "$1"; }
  sort_at='"SortAt"'
fi

app_port=$(port) cold_port=$(port) static_port=$(port)
start_app() { # port cache-seconds (pages and feeds)
  env "${database[@]}" TalentWatch__Scraper__Enabled=false TalentWatch__LogFolder="$work/logs" \
    TalentWatch__Feeds__CacheSeconds="$2" TalentWatch__Pages__CacheSeconds="$2" Serilog__MinimumLevel__Default=Warning \
    ASPNETCORE_ENVIRONMENT=Production dotnet src/TalentWatch.Web/bin/Release/net10.0/TalentWatch.Web.dll --urls "http://127.0.0.1:$1" >"$work/app-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$1/healthz" >/dev/null && break; sleep 1; done
}
start_app "$app_port" 60
app_pid=${pids[-1]}
start_app "$cold_port" 0

# The most named company and person, words most articles have (the synthetic text has 16) and one none has, a cursor 1,000 pages
# deep (the 50,000th newest article: 50 items a page; halfway down a smaller seed), all read from the database so any seed works.
# Quoted names: the same SQL for SQLite and PostgreSQL.
company=$(q "SELECT e.\"Slug\" FROM \"Entities\" e JOIN \"ArticleEntities\" m ON m.\"EntityId\" = e.\"Id\" WHERE e.\"Kind\" = 'Org' GROUP BY e.\"Id\" ORDER BY COUNT(*) DESC LIMIT 1")
person=$(q "SELECT e.\"Slug\" FROM \"Entities\" e JOIN \"Events\" v ON v.\"PersonId\" = e.\"Id\" GROUP BY e.\"Id\" ORDER BY COUNT(*) DESC LIMIT 1")
relevant=$(q "SELECT COUNT(*) FROM \"Articles\" WHERE \"Relevant\"")
deep=$(q "SELECT $sort_at || '|' || \"Id\" FROM \"Articles\" WHERE \"Relevant\" ORDER BY \"SortAt\" DESC, \"Id\" DESC LIMIT 1 OFFSET $(( relevant > 50000 ? 49999 : relevant / 2 ))")
cursor=$(python3 -c 'import sys,base64,datetime as d
at,i=sys.argv[1].split("|"); t=d.datetime.fromisoformat(at[:26])
ticks=(t-d.datetime(1,1,1))//d.timedelta(microseconds=1)*10
print(base64.urlsafe_b64encode(f"{ticks}:{2*int(i)}".encode()).decode().rstrip("="))' "$deep")

names=(timeline companies people company person search-broad search-none flows deep-cursor api-articles api-events api-entities
  feed.rss feed.atom feed.json moves-feed.atom company-feed.rss person-feed.atom)
declare -A paths=([timeline]="/" [companies]="/companies" [people]="/people" [company]="/companies/$company" [person]="/people/$person"
  [search-broad]="/search?q=talent+researchers" [search-none]="/search?q=xylophone" [flows]="/flows"
  [deep-cursor]="/?cursor=$cursor" [api-articles]="/api/articles?limit=50" [api-events]="/api/events?limit=50" [api-entities]="/api/entities"
  [feed.rss]="/feed.rss" [feed.atom]="/feed.atom" [feed.json]="/feed.json" [moves-feed.atom]="/moves/feed.atom"
  [company-feed.rss]="/companies/$company/feed.rss" [person-feed.atom]="/people/$person/feed.atom")
mkdir -p "$work/static"
for name in "${names[@]}"; do
  curl -fs "http://127.0.0.1:$app_port${paths[$name]}" >"$work/static/$name"
done
dotnet "$bench" serve-static "$work/static" "http://127.0.0.1:$static_port" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 30); do curl -fs "http://127.0.0.1:$static_port/timeline" >/dev/null && break; sleep 1; done

measure() { # url [header] -> "req/s p99"
  local out
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency ${2:+-H "$2"} "$1")
  # An error answer (a 503 when the database is away, a 500) or a timeout would pass for a fast one: say so beside the table.
  grep -E 'Non-2xx|Socket errors' <<<"$out" | sed "s|^ *|  $1: |" >&2 || true
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out")"
}
echo "$articles articles, $events events ($provider); wrk -t2 -c32 -d${seconds}s; company $company, person $person"
echo
printf '| %-48s | %8s | %9s | %10s | %8s | %6s |\n' "request (caches on)" "req/s" "p99" "static r/s" "bytes" "ratio"
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..50})" "---------:" "----------:" "-----------:" "---------:" "-------:"
for name in "${names[@]}"; do
  read -r rps p99 < <(measure "http://127.0.0.1:$app_port${paths[$name]}")
  read -r srps _ < <(measure "http://127.0.0.1:$static_port/$name")
  printf '| %-48s | %8s | %9s | %10s | %8s | %6s |\n' "${paths[$name]:0:48}" "$rps" "$p99" "$srps" "$(wc -c <"$work/static/$name")" \
    "$(python3 -c "print(f'{float(\"$rps\")/float(\"$srps\"):.2f}x')")"
done
etag=$(curl -fsI "http://127.0.0.1:$app_port/feed.rss" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
read -r rps p99 < <(measure "http://127.0.0.1:$app_port/feed.rss" "If-None-Match: $etag")
printf '| %-48s | %8s | %9s | %10s | %8s | %6s |\n' "/feed.rss, 304 (If-None-Match)" "$rps" "$p99" "" "0" ""

echo
printf '| %-48s | %8s | %9s |\n' "feed with every cache off" "req/s" "p99"
printf '|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..50})" "---------:" "----------:"
# Every feed under load for 8 s first, then each for 3 s more right before its measurement. The JIT recompiles the hot
# paths with what it saw (tiered PGO) for half a minute or more of load; measured before that, a feed pays the start-up
# of the whole process (on a9367ff, /feed.rss measured 248 req/s after 3 s and 412 req/s after 60 s of load), which a
# server that has been running does not.
for name in feed.rss feed.atom feed.json moves-feed.atom company-feed.rss person-feed.atom; do
  wrk -t2 -c32 -d8s "http://127.0.0.1:$cold_port${paths[$name]}" >/dev/null
done
for name in feed.rss feed.atom feed.json moves-feed.atom company-feed.rss person-feed.atom; do
  wrk -t2 -c32 -d3s "http://127.0.0.1:$cold_port${paths[$name]}" >/dev/null
  read -r rps p99 < <(measure "http://127.0.0.1:$cold_port${paths[$name]}")
  printf '| %-48s | %8s | %9s |\n' "${paths[$name]:0:48}" "$rps" "$p99"
done

# The same feeds rendered one request at a time (50 each): what a reader's poll costs when no cache has it.
echo
printf '| %-48s | %8s | %9s |\n' "feed with every cache off, one at a time" "p50" "p99"
printf '|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..50})" "---------:" "----------:"
for name in feed.rss feed.atom feed.json moves-feed.atom company-feed.rss person-feed.atom; do
  python3 - "${paths[$name]:0:48}" $(for _ in $(seq 1 50); do curl -fs -o /dev/null -w '%{time_total} ' "http://127.0.0.1:$cold_port${paths[$name]}"; done) <<'PY'
import sys
t = sorted(float(x) * 1000 for x in sys.argv[2:])
print(f"| {sys.argv[1]:<48} | {t[len(t) // 2]:6.0f}ms | {t[min(len(t) - 1, round(0.99 * (len(t) - 1)))]:7.0f}ms |")
PY
done

# Cold: distinct URLs no cache has seen, one at a time, on the instance with every cache off.
mapfile -t companies < <(q "SELECT \"Slug\" FROM \"Entities\" WHERE \"Kind\" = 'Org' AND \"Slug\" <> '$company' ORDER BY \"Id\" LIMIT 10")
mapfile -t people < <(q "SELECT \"Slug\" FROM \"Entities\" WHERE \"Kind\" = 'Person' AND \"Slug\" <> '$person' ORDER BY \"Id\" LIMIT 10")
cold=()
for slug in "${companies[@]}"; do cold+=("/companies/$slug"); done
for slug in "${people[@]}"; do cold+=("/people/$slug"); done
for words in model engineers "chief+scientist" "pay+team" "startup+hired" "%D8%A7%D9%84%D9%85%D9%88%D8%A7%D9%87%D8%A8" \
  "%D9%81%D8%B1%D9%8A%D9%82+%D8%A3%D8%A8%D8%AD%D8%A7%D8%AB" "lab+compensation" "openai" "researchers+left"; do
  cold+=("/search?q=$words")
done
cold+=("/?type=join" "/?type=poach&lang=ar" "/?company=${companies[0]}" "/?company=${companies[1]}&type=leave" "/?person=${people[0]}"
  "/?lang=en&since=2023-01-01" "/?until=2021-06-30" "/?relevant=all" "/?company=${companies[2]}&company=${companies[3]}" "/?type=found&since=2022-01-01")
# One request of each kind first, outside the set: the first render of a page kind compiles it (JIT), which is start-up,
# not a cold path.
for url in "/companies/$company" "/people/$person" "/search?q=talent" "/?type=retain"; do
  curl -fs -o /dev/null "http://127.0.0.1:$cold_port$url"
done
times=()
for url in "${cold[@]}"; do
  times+=("$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$cold_port$url")")
done
echo
python3 - "${times[@]}" <<'PY'
import sys
t = sorted(float(x) * 1000 for x in sys.argv[1:])
p = lambda q: t[min(len(t) - 1, int(round(q * (len(t) - 1))))]
print(f"{len(t)} cold requests one at a time (caches off): p50 {p(0.5):.0f} ms, p95 {p(0.95):.0f} ms, max {t[-1]:.0f} ms")
PY
for i in "${!cold[@]}"; do printf '%s %s\n' "${times[$i]}" "${cold[$i]}"; done | sort -rn | head -5 | sed 's/^/  slowest: /'
echo "resident memory of the app with caches on, after all of it: $(( $(ps -o rss= -p "$app_pid") / 1024 )) MiB"
