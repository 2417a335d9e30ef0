#!/usr/bin/env bash
# Instructions per call of the client thread, crate vs hand-written, counted by valgrind's
# callgrind: deterministic, unlike CPU time on a shared machine. Each figure is the difference
# between a run of N2 and a run of N1 calls, divided by N2 - N1, so start-up and warm-up cancel.
# Needs valgrind. Usage: benches/callgrind.sh [N1 N2]   (see BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")/.."
n1=${1:-100}
n2=${2:-300}
bench=$(cargo bench -p ncloud-chat --bench overhead --no-run --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*overhead[^"]*\)".*/\1/p' | tail -1)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Instructions of the client (main) thread for `n` sequential calls.
count() {
    NCLOUD_BENCH_PROFILE="$1,$2,$3" valgrind --tool=callgrind --separate-threads=yes \
        --callgrind-out-file="$out/cg.%p" "$bench" --bench >/dev/null 2>&1
    local file
    file=$(ls "$out"/cg.*-01)
    sed -n 's/^summary: //p' "$file"
    rm -f "$out"/cg.*
}

printf '%-18s %12s %12s %8s\n' call "crate Ir" "hand Ir" ratio
# A list call costs about 20 send calls: a fifth of the calls keeps the run short.
for call in send_message list_messages_100; do
    if [ "$call" = list_messages_100 ]; then scale=5; else scale=1; fi
    low_n=$(( n1 / scale ))
    high_n=$(( n2 / scale ))
    per=()
    for side in crate reqwest; do
        low=$(count "$side" "$call" "$low_n")
        high=$(count "$side" "$call" "$high_n")
        per+=($(( (high - low) / (high_n - low_n) )))
    done
    awk -v c="$call" -v a="${per[0]}" -v b="${per[1]}" \
        'BEGIN { printf "%-18s %12d %12d %8.3f\n", c, a, b, a / b }'
done
