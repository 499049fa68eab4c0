#!/usr/bin/env bash
# Extraction benchmark: renders the dev corpus as local sites, then runs BenchmarkDotNet over its article pages.
# usage (from the project root): bench/extraction.sh [extra BenchmarkDotNet arguments, e.g. --job short]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=$(mktemp -d)
trap 'rm -rf "$pages"' EXIT
python3 ../shared/eval/render_site.py ../shared/corpus/dev/articles.json "$pages" 30000
TALENTWATCH_BENCH_PAGES=$pages dotnet run -c Release --project bench/TalentWatch.Benchmarks -- --filter '*ExtractionBenchmarks*' "$@"
