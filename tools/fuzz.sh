#!/usr/bin/env bash
# Builds Setu's libFuzzer targets (tools/fuzz, with -sanitize=fuzzer,address) and runs each for
# SECONDS (default 600) from a seed corpus made of the test fixtures. Prints one JSON line per target:
# {"target", "seconds", "executions", "exec_per_second", "coverage", "features", "corpus", "crashes"}.
# Crashing inputs are kept in tools/fuzz/crashes/TARGET/ (never committed); each one found becomes a
# regression fixture with a test.
#
#   bash tools/fuzz.sh            # every target, 10 minutes each
#   bash tools/fuzz.sh 60 fuzz-tmx  # one target, one minute
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz-segment fuzz-glossary fuzz-tmx fuzz-tbx fuzz-xliff fuzz-lookup)

swift build -c release --package-path tools/fuzz --toolset tools/fuzz/toolset.json \
  -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address >&2
bin=tools/fuzz/.build/release

seed() {  # TARGET: fill tools/fuzz/corpus/TARGET from the fixtures, once
  local dir=tools/fuzz/corpus/$1
  [ -d "$dir" ] && return 0
  mkdir -p "$dir"
  case $1 in
    fuzz-segment)
      cp seeds/*.txt "$dir/"
      python3 - "$dir" Tests/SetuTextTests/Fixtures/segmentation-gold.jsonl <<'PY'
import json, sys
for n, line in enumerate(open(sys.argv[2], encoding="utf-8")):
    open(f"{sys.argv[1]}/gold-{n}.txt", "w", encoding="utf-8").write(json.loads(line)["input"])
PY
      ;;
    fuzz-glossary) cp glossaries/core.tsv "$dir/"; printf 'english,hindi,type\n"S Jaishankar","एस जयशंकर",per\n' > "$dir/table.csv" ;;
    fuzz-tmx) cp Tests/SetuExchangeTests/Fixtures/*.tmx "$dir/" ;;
    fuzz-xliff) cp Tests/SetuExchangeTests/Fixtures/xliff/*.xlf "$dir/" ;;
    fuzz-tbx) swift run -c release setu glossary export --glossary glossaries/core.tsv --tbx "$dir/core.tbx" >/dev/null 2>&1 || true ;;
    fuzz-lookup) python3 -c "
import sys
for n, line in enumerate(open('seeds/000_5a3696012ead648c.txt', encoding='utf-8')):
    if line.strip(): open(f'$dir/q{n}.txt', 'w', encoding='utf-8').write(line.strip())" ;;
  esac
}

for target in "${targets[@]}"; do
  seed "$target"
  crashes=tools/fuzz/crashes/$target
  mkdir -p "$crashes"
  log=$(mktemp)
  SETU_FUZZ_SEEDS=seeds SETU_FUZZ_GLOSSARY=glossaries "$bin/$target" "tools/fuzz/corpus/$target" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$crashes/" >"$log" 2>&1 || true
  python3 - "$target" "$seconds" "$log" "$crashes" <<'PY'
import json, os, re, sys
target, seconds, log, crashes = sys.argv[1], int(sys.argv[2]), open(sys.argv[3], errors="replace").read(), sys.argv[4]
def stat(name):
    m = re.search(r"stat::%s:\s+(\d+)" % name, log)
    return int(m.group(1)) if m else None
status = re.findall(r"cov: (\d+) ft: (\d+) corp: (\d+)", log)
cov, ft, corp = (int(x) for x in status[-1]) if status else (None, None, None)
print(json.dumps({"target": target, "seconds": seconds, "executions": stat("number_of_executed_units"),
    "exec_per_second": stat("average_exec_per_sec"), "coverage": cov, "features": ft, "corpus": corp,
    "crashes": len([f for f in os.listdir(crashes) if not f.startswith(".")])}))
PY
  rm -f "$log"
done
