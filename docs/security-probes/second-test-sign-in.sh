#!/bin/bash
# Second outside security test, failures 1, 2 and 5 (docs/security.md, "Second outside test"): curl against an app at
# $1 started with ForwardedHeaders__KnownProxies=127.0.0.1 (so X-Forwarded-For stands for the client's address),
# signing in as editors $2 and $3 (password $4, two-factor off). Prints "failure | probe | outcome".
B=$1; E1=$2; E2=$3; PW=$4; T=$(mktemp -d)
totp() { python3 - "$1" "$2" <<'PY'
import base64, hashlib, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1].upper() + "=" * (-len(sys.argv[1]) % 8))
step = int(time.time()) // 30 + int(sys.argv[2])
h = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
o = h[-1] & 15
print("%06d" % ((struct.unpack(">I", h[o:o + 4])[0] & 0x7fffffff) % 1000000))
PY
}
field() { grep -o "name=\"$1\" value=\"[^\"]*\"" | tail -1 | sed 's/.*value="//;s/"$//'; }
# $1 jar, $2 address, $3 page, $4 handler, then name=value pairs: GET the page, POST its form; prints "status location"
post() {
  local jar=$1 ip=$2 url=$3 handler=$4 page tok; shift 4
  page=$(curl -s -c $jar -b $jar -H "X-Forwarded-For: $ip" "$B$url"); tok=$(echo "$page" | field __RequestVerificationToken)
  local args=(); for kv in "$@"; do args+=(--data-urlencode "$kv"); done
  curl -s -o $T/last.html -w "%{http_code} %{redirect_url}" -c $jar -b $jar -H "X-Forwarded-For: $ip" \
    --data-urlencode "__RequestVerificationToken=$tok" --data-urlencode "_handler=$handler" "${args[@]}" "$B$url"
}
password() { post $1 $2 /account/login login "Input.Email=$3" "Input.Password=$PW"; }
code() { post $1 $2 "/account/login/code?returnUrl=%2Fedit&remember=False" login-code "Input.Code=$3"; }
answer() { local s; s=$(code "$@"); case "$s" in 302*) echo "302 signed in";; 429*) echo 429;; *) grep -q "not right" $T/last.html && echo "200 not right" || echo "$s other";; esac; }
turn_on() { # $1 email, $2 address -> prints the key
  local jar=$T/on-$1 key; password $jar $2 $1 >/dev/null
  key=$(curl -s -b $jar -c $jar -H "X-Forwarded-For: $2" "$B/account/two-factor" | grep -o 'data-testid="shared-key">[^<]*' | sed 's/.*>//;s/ //g')
  post $jar $2 /account/two-factor two-factor-verify "Input.Code=$(totp $key 0)" >/dev/null
  grep -q "Two-factor sign-in is on" $T/last.html || { echo "turning two-factor on failed" >&2; exit 1; }
  echo $key
}
wait_for_new_step() { sleep $((30 - $(date +%s) % 30 + 1)); }

K1=$(turn_on $E1 192.0.2.1); wait_for_new_step
C=$(totp $K1 0)
for i in 1 2 3; do J=$T/same$i; password $J 192.0.2.1 $E1 >/dev/null
  echo "1 | sign-in $i with the password and the same code | $(answer $J 192.0.2.1 $C); session ticket $(curl -s -o /dev/null -w '%{http_code}' -b $J -H 'X-Forwarded-For: 192.0.2.1' $B/account/session-ticket)"; done
K2=$(turn_on $E2 192.0.2.2)
for d in -2 2; do J=$T/drift$d; password $J 192.0.2.2 $E2 >/dev/null
  echo "1 | code from $d steps, never used | $(answer $J 192.0.2.2 $(totp $K2 $d))"; done

# Control: one address, one password entry, 12 wrong codes. Attack: 30 addresses, each the password then 4 wrong codes.
J=$T/control; password $J 198.51.100.1 $E1 >/dev/null
echo "2 | control: 12 wrong codes after one password | $(for i in $(seq 12); do answer $J 198.51.100.1 000000; done | sort | uniq -c | tr '\n' ';')"
sleep 31 # the control's waits end (the account's 30-second cap) before the attack
echo "2 | attack: 30 addresses x (password + 4 wrong codes) | $(for a in $(seq 30); do J=$T/attack$a; s=$(password $J 203.0.113.$a $E1)
  [ "${s%% *}" = 429 ] && { echo "password 429"; continue; }; for i in 1 2 3 4; do answer $J 203.0.113.$a 000000; done; done | sort | uniq -c | tr '\n' ';')"
J=$T/owner; s=$(password $J 203.0.113.77 $E1)
echo "2 | then the password and the right code from a new address | password ${s%% *}$([ "${s%% *}" = 302 ] && echo "; code $(answer $J 203.0.113.77 $(totp $K1 0))")"

J=$T/ticket; password $J 198.51.100.9 $E2 >/dev/null; code $J 198.51.100.9 $(totp $K2 1) >/dev/null
for u in /health /account/login/code /account/session-ticket; do
  echo "5 | 700 x GET $u from one address | $(for i in $(seq 700); do curl -s -o /dev/null -w '%{http_code}\n' -b $J -H 'X-Forwarded-For: 198.51.100.9' "$B$u"; done | sort | uniq -c | tr '\n' ';')"
done
