#!/usr/bin/env bash
# Load test: chapter 3's and chapter 4's servers in release mode under wrk,
# an unauthenticated route against an authenticated one, on 127.0.0.1 only.
#
#     Benchmarks/load.sh            # from the repository root; 3 rounds of 10 runs of 10 s
#     ROUNDS=5 DURATION=20s Benchmarks/load.sh
#
# Each server's five cases are measured in turn, ROUNDS times over, and each
# figure is the median of its rounds: on a shared VM one run can be 10% off,
# and interleaving the routes keeps a slow minute from landing on one route.
#
# Needs wrk (Debian: apt-get install -y wrk) and curl. Builds into
# .build-release so the shared debug build is left alone. Prints a Markdown
# table. The token is kept in a variable and never printed.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-32}
# The server runs on one core and wrk on another, so they do not take turns on
# the same core and the server's own cost decides its rate (taskset, from util-linux).
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
SCRATCH=.build-release
LOGS=$(mktemp -d)
SERVER_PID=""
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$LOGS"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
swift build -c release --scratch-path "$SCRATCH" --product fastapi-style-dependencies >&2
swift build -c release --scratch-path "$SCRATCH" --product auth-middleware >&2
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)

# A fresh secret for this run only; it never leaves this shell.
export JWT_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n')

start() { # executable port
    taskset -c "$SERVER_CPU" "$BIN/$1" --host 127.0.0.1 --port "$2" --access-ttl 3600 >"$LOGS/$1.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 100); do
        curl -s -o /dev/null "http://127.0.0.1:$2/" && return 0
        sleep 0.1
    done
    echo "$1 did not start; its log:" >&2; cat "$LOGS/$1.log" >&2; exit 1
}

stop() {
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
}

# Runs wrk and prints "requests/s|p99" for one URL, with extra wrk arguments.
# Every answer must be a 2xx, unless EXPECT_REFUSAL=1 (then every one must be refused).
measure() {
    local output cpu="n/a"
    if command -v perf >/dev/null; then
        # The server's CPU time over the middle of the run, from the task-clock software
        # event (no hardware counters needed), per request answered.
        local seconds=${DURATION%s}
        taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" >"$LOGS/wrk.txt" &
        local wrk_pid=$!
        sleep 1
        perf stat -x, -e task-clock -p "$SERVER_PID" -- sleep $((seconds - 2)) 2>"$LOGS/perf.txt" || true
        wait "$wrk_pid"
        output=$(cat "$LOGS/wrk.txt")
        local milliseconds rate_now
        milliseconds=$(awk -F, '/task-clock/ {print $1}' "$LOGS/perf.txt")
        rate_now=$(awk '/Requests\/sec/ {print $2}' <<<"$output")
        [ -n "$milliseconds" ] && cpu=$(awk -v ms="$milliseconds" -v r="$rate_now" -v s=$((seconds - 2)) \
            'BEGIN { printf "%.1f µs", ms * 1000 / (r * s) }')
    else
        output=$(taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
    fi
    local rate p99 refused total
    rate=$(awk '/Requests\/sec/ {print $2}' <<<"$output")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$output")
    refused=$(awk '/Non-2xx/ {print $5}' <<<"$output")
    total=$(awk '/requests in/ {print $1}' <<<"$output")
    if [ "${EXPECT_REFUSAL:-0}" = 1 ]; then
        [ "${refused:-0}" = "$total" ] || { echo "expected only refusals, got $refused of $total" >&2; exit 1; }
    else
        [ -z "$refused" ] || { echo "non-2xx answers: $refused" >&2; exit 1; }
    fi
    echo "$rate|$p99|$cpu"
}

# The token with its signature's first characters changed: verified up to the signature, then refused.
tampered() {
    local signature=${1##*.}
    echo "${1%.*}.AAAAAAAA${signature:8}"
}

row() { # label route "rate|p99|cpu"
    local label=$1 route=$2 rate p99 cpu
    IFS='|' read -r rate p99 cpu <<<"$3"
    echo "| $label | \`$route\` | $rate | $p99 | $cpu |"
}

echo "| server | route | requests/s | p99 latency | server CPU per request |"
echo "|---|---|---:|---:|---:|"

# The median of the rounds' "rate|p99|cpu" lines, chosen by rate; p99 and CPU come from the same run.
median() {
    sort -t'|' -k1,1 -g | awk '{ lines[NR] = $0 } END { print lines[int((NR + 1) / 2)] }'
}

# Measures the running server ROUNDS times, in turn, into $LOGS/<label>.runs,
# one "rate|p99|cpu" line per round: the public route without and with the
# token's header (which it never reads), then the protected route with the
# token, without one, and with a bad signature.
measure_rounds() { # open-url auth-url token
    local round
    for round in $(seq "$ROUNDS"); do
        measure "$1" >>"$LOGS/open.runs"
        measure "$1" -H "Authorization: Bearer $3" >>"$LOGS/carry.runs"
        measure "$2" -H "Authorization: Bearer $3" >>"$LOGS/auth.runs"
        EXPECT_REFUSAL=1 measure "$2" >>"$LOGS/none.runs"
        EXPECT_REFUSAL=1 measure "$2" -H "Authorization: Bearer $(tampered "$3")" >>"$LOGS/bad.runs"
        echo "round $round: $(tail -qn1 "$LOGS"/{open,carry,auth,none,bad}.runs | cut -d'|' -f1 | xargs)" >&2
    done
}

# Measures the running server on PORT, prints its five rows, and keeps each
# case's median round in $LOGS/<chapter>.<case> for the summary.
report_server() { # chapter port public-route protected-route protected-label token
    local chapter=$1 port=$2 public=$3 protected=$4 label=$5 token=$6 case
    rm -f "$LOGS"/*.runs
    measure_rounds "http://127.0.0.1:$port$public" "http://127.0.0.1:$port$protected" "$token"
    for case in open carry auth none bad; do
        median <"$LOGS/$case.runs" >"$LOGS/$chapter.$case"
    done
    row "chapter $chapter, no token" "GET $public" "$(result "$chapter" open)"
    row "chapter $chapter, token sent, not read" "GET $public" "$(result "$chapter" carry)"
    row "chapter $chapter, $label" "GET $protected" "$(result "$chapter" auth)"
    row "chapter $chapter, no token: 401" "GET $protected" "$(result "$chapter" none)"
    row "chapter $chapter, bad signature: 401" "GET $protected" "$(result "$chapter" bad)"
}

result() { cat "$LOGS/$1.$2"; } # chapter case

start fastapi-style-dependencies 18083
TOKEN=$(curl -s -X POST http://127.0.0.1:18083/login --data-urlencode username=john_doe \
    --data-urlencode password=correct-horse-battery-staple | sed -E 's/.*"access_token":"([^"]*)".*/\1/')
report_server 3 18083 /openapi.json /users/me "bearer token" "$TOKEN"
stop

start auth-middleware 18084
TOKEN=$(curl -s -X POST http://127.0.0.1:18084/login -H 'Content-Type: application/json' \
    -d '{"username":"john_doe","password":"correct-horse-battery-staple"}' | sed -E 's/.*"token":"([^"]*)".*/\1/')
report_server 4 18084 /health /profile "bearer token (middleware)" "$TOKEN"
stop

ratio() { # chapter reference-case case
    awk -v a="$(result "$1" "$2" | cut -d'|' -f1)" -v b="$(result "$1" "$3" | cut -d'|' -f1)" \
        'BEGIN { printf "%.1f%%", (1 - b / a) * 100 }'
}
echo
echo "Medians of $ROUNDS rounds of $DURATION per route."
echo "Throughput cost of authentication: chapter 3 $(ratio 3 open auth), chapter 4 $(ratio 4 open auth)."
echo "Of which the HTTP layer receiving the token's header (token sent to a public route, against none):" \
    "chapter 3 $(ratio 3 open carry), chapter 4 $(ratio 4 open carry)."
echo "Throughput cost of checking the token up to its signature (bad signature against no token):" \
    "chapter 3 $(ratio 3 none bad), chapter 4 $(ratio 4 none bad)."
