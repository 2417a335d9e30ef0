#!/usr/bin/env bash
# Instructions per call of the client process, crate vs hand-written, counted by valgrind's
# callgrind: deterministic, unlike CPU time on a shared machine. Each figure is the difference
# between a run of N2 and a run of N1 calls, divided by N2 - N1, so start-up and warm-up cancel.
# The server runs in a child process that valgrind does not follow. Rows: the current-thread
# runtime with 1 call in flight, the multi-thread runtime (`#[tokio::main]`'s) with 64.
# Needs valgrind. Usage: benches/callgrind.sh [N1 N2]   (see BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")/.."
n1=${1:-200}
n2=${2:-600}
bench=$(cargo bench -p ncloud-chat --bench overhead --no-run --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*overhead[^"]*\)".*/\1/p' | tail -1)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Instructions of the whole client process for `n` calls: side, call, n, in flight, runtime.
count() {
    NCLOUD_BENCH_PROFILE="$1,$2,$3,$4,$5" valgrind --tool=callgrind \
        --callgrind-out-file="$out/cg" "$bench" --bench >/dev/null 2>&1
    sed -n 's/^summary: //p' "$out/cg"
    rm -f "$out/cg"
}

printf '%-8s %-18s %3s %12s %12s %8s\n' runtime call in "crate Ir" "hand Ir" ratio
for setting in "current 1" "multi 64"; do
    read -r runtime in_flight <<<"$setting"
    # A list call costs about 20 send calls: a fifth of the calls keeps the run short.
    for call in send_message list_messages_100; do
        if [ "$call" = list_messages_100 ]; then scale=5; else scale=1; fi
        low_n=$(( n1 / scale ))
        high_n=$(( n2 / scale ))
        per=()
        for side in crate reqwest; do
            low=$(count "$side" "$call" "$low_n" "$in_flight" "$runtime")
            high=$(count "$side" "$call" "$high_n" "$in_flight" "$runtime")
            per+=($(( (high - low) / (high_n - low_n) )))
        done
        awk -v r="$runtime" -v c="$call" -v i="$in_flight" -v a="${per[0]}" -v b="${per[1]}" \
            'BEGIN { printf "%-8s %-18s %3d %12d %12d %8.3f\n", r, c, i, a, b, a / b }'
    done
done
