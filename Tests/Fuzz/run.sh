#!/usr/bin/env bash
# Builds the JWTCore fuzz targets with libFuzzer and AddressSanitizer, then
# replays the seed corpus (the default, quick enough for CI) or fuzzes.
#
#   Tests/Fuzz/run.sh                  # replay every seed once
#   Tests/Fuzz/run.sh fuzz [SECONDS]   # fuzz each target for SECONDS (default 200)
#
# Any crash, leak, hang (over 5 s for one input), memory blow-up (over
# 2048 MB) or broken rule ("FUZZ FINDING") stops the run with a non-zero
# exit status; libFuzzer saves the input under .build-fuzz/artifacts.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scratch="$root/.build-fuzz"
mode="${1:-replay}"
seconds="${2:-200}"

if [ "$(uname)" != Linux ]; then
    echo "The fuzz targets need Linux (swift build --sanitize=fuzzer)." >&2
    exit 2
fi
case "$mode" in
    replay | fuzz) ;;
    *)
        echo "usage: $0 [replay | fuzz [SECONDS]]" >&2
        exit 2
        ;;
esac

# SwiftPM passes its two sanitizers to swiftc as two flags in no fixed order,
# and swiftc keeps only the last one, so half the builds would lack either the
# coverage instrumentation or AddressSanitizer's. The one combined flag, which
# SwiftPM adds after its own, instruments for both.
build=(swift build --package-path "$here" --scratch-path "$scratch" --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address)

echo "== Building the fuzz targets (libFuzzer + AddressSanitizer) in $scratch"
build_log="$(mktemp)"
if ! "${build[@]}" >"$build_log" 2>&1; then
    # The gold linker warns about every ASan helper symbol; only the rest matters.
    grep -v "ld.gold: warning: Cannot export local symbol" "$build_log" >&2
    rm -f "$build_log"
    exit 1
fi
rm -f "$build_log"
bin="$("${build[@]}" --show-bin-path)"

# libFuzzer and AddressSanitizer report crashes; Swift's own backtracer would
# only hold the terminal for half a minute more.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"

# target name, seed folder, longest input
targets=(
    "FuzzTokenDecoder token 8192"
    "FuzzSignedToken signed 4096"
    "FuzzJSONParser json 4096"
)
mkdir -p "$scratch/artifacts"
for entry in "${targets[@]}"; do
    read -r target seeds max_len <<<"$entry"
    seed_dir="$here/Corpus/$seeds"
    options=(-timeout=5 -rss_limit_mb=2048 -max_len="$max_len" -artifact_prefix="$scratch/artifacts/$target-")
    [ -f "$here/$seeds.dict" ] && options+=(-dict="$here/$seeds.dict")
    if [ "$mode" = replay ]; then
        # -runs=0 runs every seed once, then stops.
        log="$scratch/$target-replay.log"
        echo "== $target: replaying $(ls "$seed_dir" | wc -l) seeds"
        "$bin/$target" "${options[@]}" -runs=0 "$seed_dir" >"$log" 2>&1 || {
            tail -n 40 "$log" >&2
            echo "$target failed on a seed; the whole log is $log" >&2
            exit 1
        }
    else
        # New inputs go to a working corpus under the scratch folder; the seeds stay as committed.
        work="$scratch/corpus/$target"
        mkdir -p "$work"
        echo "== $target: fuzzing for $seconds s"
        log="$scratch/$target-fuzz.log"
        "$bin/$target" "${options[@]}" -max_total_time="$seconds" -print_final_stats=1 "$work" "$seed_dir" >"$log" 2>&1 || {
            tail -n 60 "$log" >&2
            echo "$target found a problem; the whole log is $log" >&2
            exit 1
        }
        grep -E "^#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb" "$log" || true
    fi
    # Without coverage counters libFuzzer runs blind and finds nothing; say so rather than pass.
    if ! grep -q "INITED cov:" "$log"; then
        echo "$target has no coverage instrumentation (no 'INITED cov:' in $log)" >&2
        exit 1
    fi
done
echo "== No crash, leak, hang or broken rule."
