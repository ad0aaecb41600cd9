#!/usr/bin/env bash
# The judge's development figures in one run, each result kept for the diff scripts:
#   bench/measure.sh DIR
# writes DIR/probe.json, DIR/probe2.json … DIR/probe12.json (bench/article_probe.py --json),
# DIR/dev.txt (the dev corpus), DIR/scifact.txt and DIR/scifact-train-{en,zh}.jsonl (SciFact
# train, every verdict), then prints one line per set. The held-out probe is never run here.
# bench/contra_misses.py, bench/notfound_figures.py, bench/tally_missing.py and
# scripts/zh_missing_tally.py read such a directory.
set -euo pipefail
out=${1:?usage: bench/measure.sh DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON:-$root/.venv/bin/python}
mkdir -p "$out"
cd "$root"
(
  $py bench/article_probe.py --summary --json "$out/probe.json" > "$out/probe.txt" 2>&1
  for i in 2 3 4 5 6 7 8 9 10 11 12; do
    $py bench/article_probe.py --summary --data "bench/data/article_probe$i.jsonl" \
      --json "$out/probe$i.json" > "$out/probe$i.txt" 2>&1
  done
  $py bench/eval.py --only dev > "$out/dev.txt" 2>&1
) &
probes=$!
$py bench/eval.py --only scifact --split train --dump > "$out/scifact.txt" 2>&1
cp bench/results/scifact-train-en.jsonl bench/results/scifact-train-zh.jsonl "$out/"
wait "$probes"
for f in probe probe2 probe3 probe4 probe5 probe6 probe7 probe8 probe9 probe10 probe11 probe12; do echo "$f: $(head -1 "$out/$f.txt")"; done
grep -E "macro-F1|false" "$out/scifact.txt" | head -4
grep -E "statuses right" "$out/dev.txt" | head -1
