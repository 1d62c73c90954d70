#!/bin/bash
# The outside security test's probes (docs/security.md): the same curl requests against an app at $1, signing in as editor $2 with password $3;
# prints "item | probe | outcome". ONLY_LATER=1 skips items 1 and 3 (used for the old build after its 20,000-actor write hung).
B=$1; ED=$2; PW=$3; T=$(mktemp -d)
code() { curl -s -o /dev/null -w "%{http_code}" "$@"; }
signin() { # $1 jar, $2 email, $3 password -> status of the POST
  local page tok h
  page=$(curl -s -c $1 -b $1 "$B/account/login")
  tok=$(echo "$page" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  h=$(echo "$page" | grep -o 'name="_handler" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -o $T/signin.html -w "%{http_code}" -c $1 -b $1 --data-urlencode "__RequestVerificationToken=$tok" --data-urlencode "_handler=$h" \
    --data-urlencode "Input.Email=$2" --data-urlencode "Input.Password=$3" "$B/account/login"
}
aft() { curl -s -b $1 -c $1 "$B/api/edit/antiforgery" | python3 -c 'import sys,json; d=json.load(sys.stdin); print(d["headerName"]+": "+d["token"])'; }
pagetoken() { curl -s -b $1 -c $1 "$B/edit" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }

[ -z "$ONLY_LATER" ] && {
echo "1 | GET /api/events?from=٢٠١٥ (Arabic-Indic) | $(code "$B/api/events?from=%D9%A2%D9%A0%D9%A1%D9%A5")"
echo "1 | GET /?from=２０１５ (full-width) | $(code "$B/?from=%EF%BC%92%EF%BC%90%EF%BC%91%EF%BC%95")"
echo "1 | GET /export/events.csv?from=१९९९ (Devanagari) | $(code "$B/export/events.csv?from=%E0%A5%A7%E0%A5%AF%E0%A5%AF%E0%A5%AF")"

J=$T/editor; echo "  (editor sign-in: $(signin $J $ED $PW))"
H=$(aft $J)
echo "1 | POST /api/edit/events with start ١٦ Feb 2015 | $(code -b $J -H "$H" -H 'Content-Type: application/json' -d '{"title":"Digits probe","summary":"s","typeId":"airstrike","start":"\u0661\u0666 Feb 2015"}' "$B/api/edit/events")"

cp $J $T/copied; tok=$(pagetoken $J)
echo "3 | copied cookies GET /edit before sign-out | $(code -b $T/copied "$B/edit")"
echo "3 | POST /account/logout | $(code -b $J -c $J --data-urlencode "__RequestVerificationToken=$tok" --data-urlencode "returnUrl=/" "$B/account/logout")"
echo "3 | copied cookies GET /edit after sign-out | $(code -b $T/copied "$B/edit")"
echo "3 | copied cookies GET /edit/events.csv after sign-out | $(code -b $T/copied "$B/edit/events.csv")"
echo "3 | copied cookies POST /api/edit/events after sign-out | $(code -b $T/copied -H "$H" -H 'Content-Type: application/json' -d '{"title":"Written after sign-out","summary":"Written by a probe.","typeId":"airstrike","start":"16 Feb 2015"}' "$B/api/edit/events")"

}
J=$T/editor2; signin $J $ED $PW >/dev/null; H=$(aft $J)
python3 -c 'import json; print(json.dumps({"title":"Many actors","summary":"s","typeId":"airstrike","start":"16 Feb 2015","actors":[{"name":"Actor %d"%i,"role":"target"} for i in range(20000)]}))' > $T/actors.json
echo "5 | POST /api/edit/events with 20,000 actors | $(code -m 120 -b $J -H "$H" -H 'Content-Type: application/json' --data-binary @$T/actors.json "$B/api/edit/events")"
python3 -c 'import json; print(json.dumps({"title":"Chunked","summary":"s","typeId":"airstrike","start":"16 Feb 2015","padding":"x"*4000000}))' > $T/big.json
echo "5 | POST /api/edit/events, 4 MB chunked body | $(code -b $J -H "$H" -H 'Content-Type: application/json' -H 'Transfer-Encoding: chunked' --data-binary @$T/big.json "$B/api/edit/events")"

tok=$(pagetoken $J)
echo "9 | POST /account/logout returnUrl=/%09/evil.example | $(curl -s -o /dev/null -w "%{http_code} %{redirect_url}" -b $J --data "__RequestVerificationToken=$(python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))" "$tok")&returnUrl=/%09/evil.example" "$B/account/logout")"

slug=$(curl -s "$B/api/events?pageSize=1" | grep -o '"slug":"[^"]*"' | head -1 | cut -d'"' -f4)
echo "10 | Host: evil.example on /events/$slug | $(curl -s -o $T/host.html -w "%{http_code}" -H 'Host: evil.example' "$B/events/$slug"), mentions of evil.example: $(grep -o 'evil.example' $T/host.html | wc -l)"
echo "10 | Cache-Control of /export/events.csv | $(curl -s -D - -o /dev/null "$B/export/events.csv" | grep -i '^cache-control' | tr -d '\r')"
urls=$(for i in $(seq 700); do printf -- '-o /dev/null %s ' "$B/oembed?url=$B/events/$slug"; done)
echo "6 | 700 × GET /oembed from one client: statuses | $(curl -s -w "%{http_code}\n" $urls | sort | uniq -c | tr '\n' ' ')"
urls=$(for i in $(seq 700); do printf -- '-o /dev/null %s ' "$B/?q=derna"; done)
echo "6 | 700 × GET /?q=derna from one client: statuses | $(curl -s -w "%{http_code}\n" $urls | sort | uniq -c | tr '\n' ' ')"

sleep 61
for who in "$ED" "nobody-$RANDOM@example.org"; do
  J=$T/wrong; rm -f $J; last=""
  page=$(curl -s -c $J -b $J "$B/account/login")
  tok=$(echo "$page" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  h=$(echo "$page" | grep -o 'name="_handler" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  for i in 1 2 3 4 5; do
    s=$(curl -s -o $T/signin.html -w "%{http_code}" -c $J -b $J --data-urlencode "__RequestVerificationToken=$tok" --data-urlencode "_handler=$h" \
      --data-urlencode "Input.Email=$who" --data-urlencode "Input.Password=wrong-password-$i" "$B/account/login")
    last="$s $(grep -o 'role="alert">[^<]*' $T/signin.html | sed 's/role="alert">//' | head -1)"
  done
  echo "7 | 5th wrong password for $( [ "$who" = "$ED" ] && echo existing || echo unknown ) account | $last"
  if [ "$who" = "$ED" ]; then J=$T/after; echo "7 | right password for the existing account right after (new client) | $(signin $J $ED $PW) $(grep -o 'This account is locked' $T/signin.html | head -1)"; sleep 61; fi
done

rm -rf $T
