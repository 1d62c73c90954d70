#!/usr/bin/env bash
# Imports 100,000 generated events into a fresh database through the CLI and prints the time it took.
# Usage: benchmarks/csv-import/run.sh [ROWS]   (the issue's target: 100,000 rows well under a minute)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 benchmarks/csv-import/generate.py "$rows" "$work/events.csv"
dotnet build src/TimelineApp -c Release -v q -nologo >/dev/null
export ConnectionStrings__Timeline="Data Source=$work/bench.db"
# First run creates and seeds the database, so the timing below is the import alone.
dotnet run --no-build -c Release --project src/TimelineApp -- schema >/dev/null
dotnet run --no-build -c Release --project src/TimelineApp -- import "$work/events.csv" --as benchmark
