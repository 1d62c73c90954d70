#!/bin/bash
# wrk over the load test's targets against an app at $BASE; prints a markdown table.
# Sends Accept-Encoding as a browser does (ENCODING= for uncompressed answers).
BASE=${BASE:-http://127.0.0.1:5144}
ENCODING=${ENCODING-gzip, br}
hdr=(); [ -n "$ENCODING" ] && hdr=(-H "Accept-Encoding: $ENCODING")
slug=$(curl -s "$BASE/api/events?from=2016-03&to=2016-03&pageSize=1" | python3 -c 'import sys,json; print(json.load(sys.stdin)["items"][0]["slug"])')
src=$(curl -s "$BASE/sources" | grep -o 'href="/sources/[0-9]*"' | head -1 | grep -o '[0-9]*')
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| path | req/s | vs static | p50 | p99 | errors |"
echo "|---|---:|---:|---:|---:|---:|"
static=""
for p in "/favicon.svg" "/" "/?from=2016-03-01&to=2016-03-31" "/?type=airstrike&country=SY" "/events/$slug" "/map" "/sources/$src" "/api/events?from=2016-03&to=2016-03" "/api/map/features?from=2016&to=2016" "/export/events.csv?from=2016-03&to=2016-03" "/embed/timeline"; do
  curl -s -m 120 -o /dev/null "${hdr[@]}" "$BASE$p"   # warm: the first request computes, as in the load test
  out=$(wrk -t2 -c200 -d10s --latency --timeout 5s "${hdr[@]}" "$BASE$p")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  err=$(echo "$out" | awk '/Socket errors/ {gsub(",","");s=0; for(i=1;i<=NF;i++) if($i ~ /^[0-9]+$/) s+=$i; print s}'); err=${err:-0}
  non2=$(echo "$out" | awk '/Non-2xx/ {print $NF}'); err=$((err + ${non2:-0}))
  [ -z "$static" ] && static=$rps
  pct=$(python3 -c "print(round(100*$rps/$static))")
  echo "| \`$p\` | $rps | $pct % | $p50 | $p99 | $err |"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
