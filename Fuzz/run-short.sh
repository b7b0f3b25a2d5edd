#!/usr/bin/env bash
# Builds the three libFuzzer harnesses (release, AddressSanitizer) and runs each
# for a short while from its seeds, one at a time. Prints one line per fuzzer
# and exits non-zero if any of them finds a crash, a hang or a sanitizer report.
#
#   Fuzz/run-short.sh              # 20 seconds each
#   FUZZ_SECONDS=600 Fuzz/run-short.sh
#
# Needs no network beyond what building the main package needs. The working
# corpus goes to a temporary folder; Fuzz/Seeds is only read. A crashing input
# is kept under $FUZZ_SCRATCH/artifacts/ (default .build-fuzz/artifacts/).
set -uo pipefail
cd "$(dirname "$0")/.."

# Swift's own crash backtracer, run inside AddressSanitizer, reports a
# misleading "unknown-crash" in its memory reader; without it a trap shows as
# libFuzzer's "deadly signal" with "Swift runtime failure: …" and the line.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

seconds=${FUZZ_SECONDS:-20}
scratch=${FUZZ_SCRATCH:-.build-fuzz}
targets=(FuzzQuestionnaire FuzzSession FuzzCSV)

start=$SECONDS
echo "+ swift build -c release --package-path Fuzz --scratch-path $scratch -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library"
if ! swift build -c release --package-path Fuzz --scratch-path "$scratch" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >"${TMPDIR:-/tmp}/ccmm-fuzz-build.log" 2>&1; then
    cat "${TMPDIR:-/tmp}/ccmm-fuzz-build.log"
    echo "fuzz: the build failed" >&2
    exit 1
fi
bin=$(swift build -c release --package-path Fuzz --scratch-path "$scratch" --show-bin-path)
echo "fuzz: built in $((SECONDS - start)) s; running each fuzzer for $seconds s"

work=$(mktemp -d "${TMPDIR:-/tmp}/ccmm-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$scratch/artifacts"
failed=0
for target in "${targets[@]}"; do
    case $target in
        FuzzQuestionnaire) dict=questionnaire ;;
        FuzzSession) dict=session ;;
        FuzzCSV) dict=csv ;;
    esac
    mkdir -p "$work/$target"
    log="$work/$target.log"
    "$bin/$target" "$work/$target" "Fuzz/Seeds/$target" \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -dict="Fuzz/Dictionaries/$dict.dict" -artifact_prefix="$scratch/artifacts/$target-" \
        -print_final_stats=1 >"$log" 2>&1
    status=$?
    # The last status line reads like "#123456 DONE cov: 1234 ft: 5678 corp: 321/45Kb …".
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -E '^#[0-9]+' "$log" | tail -1 | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
    ft=$(grep -E '^#[0-9]+' "$log" | tail -1 | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
    corp=$(grep -E '^#[0-9]+' "$log" | tail -1 | sed -n 's/.*corp: \([0-9]*\).*/\1/p')
    if [ "$status" -eq 0 ]; then
        verdict="no crash"
    else
        verdict="FAILED (exit $status)"
        failed=1
    fi
    echo "$target: ${runs:-?} runs in ${seconds} s (${rate:-?}/s), coverage ${cov:-?} edges, ${ft:-?} features, corpus ${corp:-?}: $verdict"
    if [ "$status" -ne 0 ]; then
        grep -E 'ERROR|SUMMARY|runtime failure|Fatal error|Test unit written|timeout' "$log" | head -20
        echo "---- last lines of the $target log ----"
        tail -40 "$log"
    fi
done
echo "fuzz: finished in $((SECONDS - start)) s"
exit "$failed"
