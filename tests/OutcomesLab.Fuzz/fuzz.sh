#!/usr/bin/env bash
# Coverage-guided fuzzing of OutcomesLab with afl-fuzz (AFL++) and SharpFuzz.
#   tests/OutcomesLab.Fuzz/fuzz.sh TARGET [SECONDS]     TARGET: csv | plan | args; SECONDS default 600
# Installs afl++ (apt-get) and the sharpfuzz tool (.config/dotnet-tools.json) when missing, publishes
# the harness in Release to artifacts/fuzz/TARGET/bin, instruments the OutcomesLab assemblies, seeds
# a corpus from small files in data/ and the test fixtures, runs afl-fuzz, prints execs, paths,
# crashes and hangs, and copies crashing inputs to tests/OutcomesLab.Fuzz/findings/TARGET/.
# Replay a finding (without instrumentation; instrumented assemblies only run under afl-fuzz):
#   dotnet run --project tests/OutcomesLab.Fuzz -c Release -- TARGET FILE...
set -euo pipefail

target="${1:-}"
seconds="${2:-600}"
case "$target" in
  csv | plan | args) ;;
  *) echo "usage: $0 csv|plan|args [SECONDS]" >&2; exit 64 ;;
esac

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$repo/artifacts/fuzz/$target"
bin="$work/bin"
corpus="$work/corpus"
out="$work/out"

if ! command -v afl-fuzz >/dev/null; then
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get install -y afl++
fi

cd "$repo"
dotnet tool restore >/dev/null

rm -rf "$bin"
dotnet publish "$here/OutcomesLab.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet

# Instrument only our own assemblies; the harness itself and third-party code stay as they are.
for dll in OutcomesLab.Core.dll OutcomesLab.IO.dll OutcomesLab.Plotting.dll outcomeslab.dll; do
  dotnet sharpfuzz "$bin/$dll" >/dev/null
done

rm -rf "$corpus" "$out"
mkdir -p "$corpus"
case "$target" in
  csv)
    find "$repo/data" "$repo/tests" -path "$repo/tests/OutcomesLab.Fuzz" -prune -o \
      -name '*.csv' -size -4k -type f -print | while read -r f; do
        cp "$f" "$corpus/$(echo "${f#"$repo"/}" | tr '/' '_')"
      done
    ;;
  plan)
    find "$repo/src" "$repo/tests" \( -path "$repo/tests/OutcomesLab.Fuzz" -o -name bin -o -name obj \) -prune -o \
      -name '*plan*.json' -size -8k -type f -print | while read -r f; do
        cp "$f" "$corpus/$(echo "${f#"$repo"/}" | tr '/' '_')"
      done
    cp "$here"/seeds/plan/* "$corpus/"
    ;;
  args)
    cp "$here"/seeds/args/* "$corpus/"
    ;;
esac
echo "corpus: $(find "$corpus" -type f | wc -l) seed files"

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_AFFINITY=1 AFL_NO_UI=1 AFL_FORKSRV_INIT_TMOUT=60000
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_TieredPGO=0
# -t: per-input timeout in ms (the CLI target renders figures); -m none: the CLR reserves a lot of
# virtual memory; -V: stop after SECONDS.
afl-fuzz -i "$corpus" -o "$out" -t 10000 -m none -V "$seconds" -- "$(command -v dotnet)" "$bin/OutcomesLab.Fuzz.dll" "$target" \
  >"$work/afl.log" 2>&1 || { echo "afl-fuzz failed, see $work/afl.log" >&2; tail -20 "$work/afl.log" >&2; exit 1; }

stats="$out/default/fuzzer_stats"
get() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
crashes="$(get saved_crashes)"
echo "target=$target run_time=$(get run_time)s execs=$(get execs_done) execs_per_sec=$(get execs_per_sec)" \
  "paths=$(get corpus_count) crashes=$crashes hangs=$(get saved_hangs) stability=$(get stability)"

findings="$here/findings/$target"
if [ "${crashes:-0}" -gt 0 ]; then
  mkdir -p "$findings"
  cp "$out"/default/crashes/id:* "$findings/"
  echo "crashing inputs copied to $findings; replay: dotnet run --project tests/OutcomesLab.Fuzz -c Release -- $target $findings/*"
  exit 1
fi
