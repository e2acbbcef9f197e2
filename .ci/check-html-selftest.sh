#!/usr/bin/env bash
# Proves .ci/check-html.py on the pages in .ci/check-html-samples/: the good page (inline SVG and a
# data-URI PNG) passes; a broken <img>, a console.error and a page without figures each fail with
# exit code 1 and name the problem. Screenshots go to .ci/out/check-html-selftest/.
set -uo pipefail
cd "$(dirname "$0")/.."
samples=.ci/check-html-samples
shots=.ci/out/check-html-selftest
mkdir -p "$shots"
bad=0

# expect NAME EXIT_CODE TEXT... (every TEXT must appear in the output)
expect() {
  local name=$1 want=$2 output rc text
  shift 2
  output=$(python3 .ci/check-html.py "$samples/$name.html" "$shots/$name.png" 2>&1)
  rc=$?
  if [ "$rc" -ne "$want" ]; then
    echo "check-html selftest: $name.html exited $rc, expected $want:"; echo "$output"; bad=1; return
  fi
  for text in "$@"; do
    if ! grep -qF -- "$text" <<<"$output"; then
      echo "check-html selftest: $name.html output lacks \"$text\":"; echo "$output"; bad=1; return
    fi
  done
  if [ ! -s "$shots/$name.png" ]; then
    echo "check-html selftest: $name.html left no screenshot"; bad=1; return
  fi
  echo "check-html selftest: $name.html -> exit $rc as expected"
}

expect good 0 "1 image(s) checked, 1 inline svg, 0 console message(s)"
expect broken-image 1 "missing.png) is broken (naturalWidth 0)" "ERR_FILE_NOT_FOUND"
expect console-error 1 "browser log SEVERE: " '"x"'
expect no-figures 1 "no <img> and no <svg>"
exit $bad
