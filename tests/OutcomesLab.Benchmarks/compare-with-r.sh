#!/usr/bin/env bash
# Whole-process scaling comparison of OutcomesLab with R on the same simulated cohort (issue #9).
#
# Usage (from a clone; needs the .NET 10 SDK; installs R from Debian if Rscript is missing):
#   tests/OutcomesLab.Benchmarks/compare-with-r.sh                          # sizes 100000,1000000,10000000
#   tests/OutcomesLab.Benchmarks/compare-with-r.sh --sizes 10000,100000 --markdown /tmp/scaling.md
# Options:
#   --sizes N1,N2,...   cohort sizes (patients = rows); 1e6 style accepted   [100000,1000000,10000000]
#   --markdown FILE     also write a Markdown table with the machine header (FILE is replaced)
#   --skip-r-above N    run only OutcomesLab for sizes above N (R is slow at 1e7)  [none]
#   --repeats K         run every process K times (R and OutcomesLab interleaved), report medians [1]
#   --seed S            seed of the simulated cohort and dispensing file [42]
#   --no-build          use the existing Release build instead of building src/OutcomesLab.Cli first
#
# For each N: `outcomeslab simulate --n N --seed 42 --noise-covariates 7` (not timed) is cut to the
# 14 columns id,arm,age,sex,dose_mg,time_days,event,z1..z7 (cohort.csv: at 1e6 the issue's
# "1,000,000 patients x 14 columns") and to the same plus event_type (cr.csv, 15 columns, for the
# competing-risks row only). Every operation is then timed as a WHOLE PROCESS on both sides:
# one `Rscript` process that reads the CSV (data.table::fread if installed, else read.csv) and fits,
# and one `outcomeslab` process (the Release build, built once before any timing). The OutcomesLab
# command lines are exactly what a user types (COHORT = cohort.csv, CR = cr.csv):
#   ingest       outcomeslab describe --input COHORT --format json
#                R: read + per column min/max/mean/missing or table() of the text columns
#   convert      (OutcomesLab only) outcomeslab convert --input COHORT --output COHORT.parquet --force --quiet
#                (the one-off cost of a typed Parquet copy; default row groups of 100000 rows)
#   ingest-parquet  (OutcomesLab only; R would need the arrow package) outcomeslab describe --input
#                COHORT.parquet --format json: the same describe as "ingest", from the Parquet file; the
#                agreement column says whether rows and every min/max/mean equal the CSV describe's
#   km           outcomeslab km --input COHORT --time time_days --event event --group arm --times 90,180,365 --format json
#                R: summary(survfit(Surv(time_days, event) ~ arm), times = c(90, 180, 365))
#   logrank      outcomeslab logrank --input COHORT --time time_days --event event --group arm --format json
#                R: survdiff(Surv(time_days, event) ~ arm)
#   cox-efron    outcomeslab cox --input COHORT --time time_days --event event --covariates age,dose_mg,sex,arm,z1,z2,z3,z4,z5 --ties efron --ph-test none --format json
#                R: coxph(Surv(time_days, event) ~ age + dose_mg + sex + arm + z1 + ... + z5, ties = "efron")
#   cox-breslow  the same with --ties breslow --ph-test none / ties = "breslow"
#   cif          outcomeslab cif --input CR --time time_days --event event_type --group arm --format json
#                R: cmprsk::cuminc(time_days, event_type, group = arm) and timepoints(fit, 365)
#   episodes     (OutcomesLab only; R has no equivalent) after `outcomeslab simulate dispensing --rows N
#                --seed 42 --output D` (not timed): outcomeslab episodes --dispensing D --id patient
#                --day day --days-supplied days_supplied --medication medication --dose dose_mg --gap 30
#                --output E --force --quiet
# Reported per operation and N: wall seconds of each process, the ratio R / OutcomesLab, peak RSS
# of each process (`/usr/bin/time -f %M`, "-" without it), R's read and fit times inside the process
# (proc.time, for information) and the agreement of the numbers (see the benchmarks README).
# The machine is probably shared and noisy: read the ratios, not the absolute times.
# Files go to a temporary folder under $TMPDIR (default /tmp), removed on exit: at 1e7 it holds
# ~7 GB at the peak (the 28-column simulated file while the two ~2 GB cuts are written).
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }
die() { echo "compare-with-r.sh: $*" >&2; exit 2; }

SIZES="100000,1000000,10000000"
MARKDOWN=""
SKIP_R_ABOVE=""
REPEATS=1
SEED=42
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) [ $# -ge 2 ] || die "--sizes needs a value, e.g. --sizes 10000,100000"; SIZES="$2"; shift 2 ;;
    --markdown) [ $# -ge 2 ] || die "--markdown needs a file name"; MARKDOWN="$2"; shift 2 ;;
    --skip-r-above) [ $# -ge 2 ] || die "--skip-r-above needs a row count"; SKIP_R_ABOVE="$2"; shift 2 ;;
    --repeats) [ $# -ge 2 ] || die "--repeats needs a count"; REPEATS="$2"; shift 2 ;;
    --seed) [ $# -ge 2 ] || die "--seed needs a value"; SEED="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown argument '$1' (try --help)" ;;
  esac
done

# "1e6" -> 1000000; plain digits unchanged; anything else is refused.
as_count() {
  case "$1" in
    '' | *[!0-9eE]* | [eE]* | *[eE]*[eE]* | *[eE]) return 1 ;;
  esac
  awk -v s="$1" 'BEGIN { printf "%.0f\n", s + 0 }'
}
SIZE_LIST=()
IFS=',' read -r -a raw_sizes <<<"$SIZES"
for s in "${raw_sizes[@]}"; do
  n=$(as_count "$s") || die "--sizes: '$s' is not a whole number of rows (expected e.g. 100000 or 1e5)"
  [ "$n" -ge 1 ] && [ "$n" -le 2147483647 ] || die "--sizes: $s is out of range (1 to 2147483647)"
  SIZE_LIST+=("$n")
done
[ ${#SIZE_LIST[@]} -gt 0 ] || die "--sizes is empty"
case "$REPEATS" in '' | *[!0-9]* | 0) die "--repeats: expected a positive whole number, found '$REPEATS'" ;; esac
case "$SEED" in '' | *[!0-9]*) die "--seed: expected a non-negative whole number, found '$SEED'" ;; esac
if [ -n "$SKIP_R_ABOVE" ]; then SKIP_R_ABOVE=$(as_count "$SKIP_R_ABOVE") || die "--skip-r-above: expected a row count"; fi
if [ -n "$MARKDOWN" ]; then
  [ -d "$(dirname -- "$MARKDOWN")" ] || die "--markdown: the folder of '$MARKDOWN' does not exist"
fi

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
command -v dotnet >/dev/null 2>&1 || { echo "compare-with-r.sh: 'dotnet' not found. Install the .NET 10 SDK (https://dotnet.microsoft.com/download) and put dotnet on PATH." >&2; exit 2; }

run_r_for() { [ -z "$SKIP_R_ABOVE" ] || [ "$1" -le "$SKIP_R_ABOVE" ]; }
NEED_R=0
for n in "${SIZE_LIST[@]}"; do if run_r_for "$n"; then NEED_R=1; fi; done

apt_install() {
  command -v apt-get >/dev/null 2>&1 || { echo "compare-with-r.sh: R packages missing ($*) and apt-get is not available: install R with the survival and cmprsk packages, or use --skip-r-above 0." >&2; exit 2; }
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing $* (Debian apt-get)..." >&2
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "$@" >/dev/null
}
if [ "$NEED_R" = 1 ]; then
  if ! command -v Rscript >/dev/null 2>&1; then
    apt_install r-base-core r-cran-survival r-cran-cmprsk
  fi
  missing=()
  for p in survival cmprsk; do
    Rscript -e "quit(status = if (requireNamespace('$p', quietly = TRUE)) 0 else 1)" >/dev/null 2>&1 || missing+=("r-cran-$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/compare-with-r.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

OL="$ROOT/src/OutcomesLab.Cli/bin/Release/net10.0/outcomeslab"
if [ "$BUILD" = 1 ]; then
  echo "Building src/OutcomesLab.Cli (Release) once, so that no build is timed..." >&2
  dotnet build -c Release "$ROOT/src/OutcomesLab.Cli" -v q -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; echo "compare-with-r.sh: the Release build failed (log above)." >&2; exit 1; }
fi
[ -x "$OL" ] || die "$OL not found: run without --no-build"

TIME_BIN=""
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o "$WORK/probe.rss" true 2>/dev/null; then TIME_BIN=/usr/bin/time; fi

# ---------------------------------------------------------------- the machine
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
DATE_UTC=$(date -u '+%Y-%m-%d %H:%M UTC')
CPU_MODEL=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
RAM=$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)
NPROC=$(nproc)
SDK=$(dotnet --version)
COMMIT=$(git -C "$ROOT" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [ "$COMMIT" != unknown ] && [ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]; then COMMIT="$COMMIT (with uncommitted changes)"; fi
R_INFO="not run"
READER="-"
if [ "$NEED_R" = 1 ]; then
  R_INFO=$(Rscript -e 'v <- function(p) if (requireNamespace(p, quietly = TRUE)) as.character(packageVersion(p)) else "not installed"
    dt <- if (requireNamespace("data.table", quietly = TRUE)) sprintf("%s (%d threads)", v("data.table"), data.table::getDTthreads()) else "not installed"
    cat(sprintf("R %s.%s, survival %s, data.table %s, cmprsk %s", R.version$major, R.version$minor, v("survival"), dt, v("cmprsk")))')
  READER=$(Rscript -e 'cat(if (requireNamespace("data.table", quietly = TRUE)) "data.table::fread" else "read.csv")')
fi

# ---------------------------------------------------------------- R: one process per operation
cat >"$WORK/ops.R" <<'RS'
args <- commandArgs(trailingOnly = TRUE)
what <- args[1]; file <- args[2]
num <- function(x) sprintf("%.17g", x)
# Packages are loaded before the clock starts: read_seconds is the CSV read, fit_seconds the rest.
if (what %in% c("km", "logrank", "efron", "breslow")) suppressMessages(library(survival))
if (what == "cif") suppressMessages(library(cmprsk))
t0 <- proc.time()[["elapsed"]]
d <- if (requireNamespace("data.table", quietly = TRUE)) data.table::fread(file, data.table = FALSE) else read.csv(file)
t1 <- proc.time()[["elapsed"]]
if (what == "ingest") {
  cat("rows", nrow(d), "\n")
  for (nm in names(d)) {
    x <- d[[nm]]
    missing <- sum(is.na(x))
    if (is.numeric(x)) {
      cat("min", nm, num(min(x, na.rm = TRUE)), "\n")
      cat("max", nm, num(max(x, na.rm = TRUE)), "\n")
      cat("mean", nm, num(mean(x, na.rm = TRUE)), "\n")
    } else {
      levels <- table(x)
    }
  }
} else if (what == "km") {
  s <- summary(survfit(Surv(time_days, event) ~ arm, data = d), times = c(90, 180, 365))
  for (i in seq_along(s$time)) cat("surv", paste0(sub("^arm=", "", as.character(s$strata[i])), "@", s$time[i]), num(s$surv[i]), "\n")
} else if (what == "logrank") {
  f <- survdiff(Surv(time_days, event) ~ arm, data = d)
  cat("chisq all", num(f$chisq), "\n")
} else if (what == "efron" || what == "breslow") {
  f <- coxph(Surv(time_days, event) ~ age + dose_mg + sex + arm + z1 + z2 + z3 + z4 + z5, data = d, ties = what)
  b <- coef(f); se <- sqrt(diag(vcov(f)))
  for (nm in names(b)) cat("coef", nm, num(b[[nm]]), "\n")
  for (nm in names(b)) cat("se", nm, num(se[[nm]]), "\n")
} else if (what == "cif") {
  f <- cuminc(d$time_days, d$event_type, group = d$arm)
  for (k in rownames(f$Tests)) cat("gray", k, num(f$Tests[k, "stat"]), "\n")
  est <- timepoints(f, 365)$est
  for (nm in rownames(est)) {
    p <- strsplit(nm, " ", fixed = TRUE)[[1]]
    cat("cif365", paste0(p[length(p)], "@", paste(p[-length(p)], collapse = " ")), num(est[nm, 1]), "\n")
  }
} else {
  stop("unknown operation ", what)
}
t2 <- proc.time()[["elapsed"]]
cat(sprintf("read_seconds %.3f\nfit_seconds %.3f\n", t1 - t0, t2 - t1))
RS

# ---------------------------------------------------------------- OutcomesLab JSON -> "key name value" lines
# The CLI writes indented JSON, one member per line; these awk programs read the few fields compared.
ol_ingest() {
  awk '/^  "rows":/ { v = $2; gsub(/,/, "", v); print "rows", v }
       /"name":/ { n = $2; gsub(/[",]/, "", n) }
       /"(min|max|mean)":/ { k = $1; gsub(/[":]/, "", k); v = $2; gsub(/,/, "", v); if (v != "null") print k, n, v }' "$1"
}
ol_km() {
  awk '/"group":/ { g = $2; gsub(/^"|",?$/, "", g) } /"landmarks":/ { lm = 1 } /"table":/ { lm = 0 }
       lm && /"time":/ { t = $2; gsub(/,/, "", t) } lm && /"surv":/ { v = $2; gsub(/,/, "", v); print "surv", g "@" t, v }' "$1"
}
ol_logrank() { awk '/^  "chisq":/ { v = $2; gsub(/,/, "", v); print "chisq all", v; exit }' "$1"; }
# Term "sex=M" is R's "sexM" (treatment contrast of factor(sex), the first level in sorted order as reference).
ol_cox() {
  awk '/"coefficients":/ { in_c = 1 } /"tests":/ { in_c = 0 }
       in_c && /"term":/ { t = $2; gsub(/[",=]/, "", t) } in_c && /"coef":/ { v = $2; gsub(/,/, "", v); print "coef", t, v }
       in_c && /"se":/ { v = $2; gsub(/,/, "", v); print "se", t, v }' "$1"
}
# CIF at 365 = the last table row at or before day 365 of each cause x group curve.
ol_cif() {
  awk '/"gray_test":/ { gt = 1 }
       /"cause":/ { c = $2; gsub(/,/, "", c) } /"group":/ { g = $2; gsub(/^"|",?$/, "", g) }
       !gt && /"time":/ { t = $2; gsub(/,/, "", t) }
       !gt && /"estimate":/ { v = $2; gsub(/,/, "", v); if (t + 0 <= 365) last[c "@" g] = v }
       gt && /"statistic":/ { v = $2; gsub(/,/, "", v); print "gray", c, v }
       END { for (k in last) print "cif365", k, last[k] }' "$1"
}

# Largest |R - OL| / |R| over the keys of KIND present in R's output (R value 0: the absolute
# difference). Prints "<value> <matched> <R keys> <OL keys>".
maxrel() {
  awk -v kind="$1" 'FNR == 1 { f++ }
    f == 1 && $1 == kind { r[$2] = $3; nr++ } f == 2 && $1 == kind { o[$2] = $3; no++ }
    END { m = 0; for (k in r) if (k in o) { n++; d = r[k] - o[k]; if (d < 0) d = -d; s = r[k] < 0 ? -r[k] : r[k]; if (s > 0) d /= s; if (d > m) m = d }
          printf "%.1e %d %d %d\n", m, n, nr, no }' "$2" "$3"
}
# "1.2e-15 (10 coefs)" or a loud note when the R and OutcomesLab keys differ.
agree_part() {
  local label=$1 kind=$2 result m n nr no
  result=$(maxrel "$kind" "$WORK/r.kv" "$WORK/ol.kv")
  read -r m n nr no <<<"$result"
  if [ "$n" -ne "$nr" ] || [ "$n" -ne "$no" ] || [ "$n" -eq 0 ]; then
    echo "$label: KEYS DIFFER (R $(awk -v k="$kind" '$1 == k { printf "%s ", $2 }' "$WORK/r.kv")| OL $(awk -v k="$kind" '$1 == k { printf "%s ", $2 }' "$WORK/ol.kv"))"
  else
    echo "$label $m ($n)"
  fi
}
# Largest |R - OL| of a Cox coefficient in units of R's standard error: the relative difference
# exaggerates coefficients near 0 (the z columns) and is set by the conditioning of the model.
diff_over_se() {
  awk 'FNR == 1 { f++ } f == 1 && $1 == "coef" { r[$2] = $3 } f == 1 && $1 == "se" { se[$2] = $3 } f == 2 && $1 == "coef" { o[$2] = $3 }
       END { m = 0; for (k in r) if ((k in o) && se[k] > 0) { d = (r[k] - o[k]) / se[k]; if (d < 0) d = -d; if (d > m) m = d } printf "%.1e", m }' "$WORK/r.kv" "$WORK/ol.kv"
}
agreement() {
  case "$1" in
    ingest)
      local rows_r rows_o minmax means
      rows_r=$(awk '$1 == "rows" { print $2 }' "$WORK/r.kv"); rows_o=$(awk '$1 == "rows" { print $2 }' "$WORK/ol.kv")
      minmax=$(awk 'FNR == 1 { f++ } ($1 == "min" || $1 == "max") { if (f == 1) r[$1 " " $2] = $3; else o[$1 " " $2] = $3 }
                    END { bad = 0; n = 0; for (k in r) { n++; if (!(k in o) || r[k] + 0 != o[k] + 0) bad++ } for (k in o) if (!(k in r)) bad++
                          print bad == 0 ? "min/max equal (" n ")" : "MIN/MAX DIFFER in " bad " of " n }' "$WORK/r.kv" "$WORK/ol.kv")
      # Means relative to the column's range (the z columns have means near 0, so |R| would exaggerate).
      means=$(awk 'FNR == 1 { f++ } f == 1 && $1 == "min" { lo[$2] = $3 } f == 1 && $1 == "max" { hi[$2] = $3 }
                   $1 == "mean" { if (f == 1) r[$2] = $3; else o[$2] = $3 }
                   END { m = 0; for (k in r) if (k in o) { d = r[k] - o[k]; if (d < 0) d = -d; w = hi[k] - lo[k]; if (w > 0) d /= w; if (d > m) m = d }
                         printf "means %.1e of range", m }' "$WORK/r.kv" "$WORK/ol.kv")
      if [ "$rows_r" = "$rows_o" ]; then echo "rows equal; $minmax; $means"; else echo "ROWS DIFFER: R $rows_r, OL $rows_o; $minmax; $means"; fi ;;
    km) echo "S(90,180,365) $(agree_part "" surv | sed 's/^ //')" ;;
    logrank) agree_part chisq chisq ;;
    efron | breslow) echo "$(agree_part coef coef) [$(diff_over_se) SE]; $(agree_part se se)" ;;
    cif) echo "$(agree_part gray gray); $(agree_part "F(365)" cif365)" ;;
  esac
}

# ---------------------------------------------------------------- timing helpers
# timed OUT ERR CMD...: runs CMD once; sets T_WALL (s) and T_RSS (MB or "-"); a failure stops the script.
timed() {
  local out=$1 err=$2 t0 t1 rc=0
  shift 2
  t0=$(date +%s.%N)
  if [ -n "$TIME_BIN" ]; then "$TIME_BIN" -f %M -o "$WORK/rss" "$@" >"$out" 2>"$err" || rc=$?; else "$@" >"$out" 2>"$err" || rc=$?; fi
  t1=$(date +%s.%N)
  if [ "$rc" -ne 0 ]; then
    echo "compare-with-r.sh: this command failed (exit $rc):" >&2
    echo "  $*" >&2
    sed 's/^/  /' "$err" >&2
    exit 1
  fi
  T_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
  if [ -n "$TIME_BIN" ]; then T_RSS=$(awk 'END { printf "%.0f", $1 / 1024 }' "$WORK/rss"); else T_RSS="-"; fi
}
median() {
  printf '%s\n' "$@" | awk '$1 == "-" { dash = 1 } { a[NR] = $1 + 0 }
    END { if (dash || NR == 0) { print "-"; exit } n = NR
          for (i = 2; i <= n; i++) { v = a[i]; j = i - 1; while (j > 0 && a[j] > v) { a[j + 1] = a[j]; j-- } a[j + 1] = v }
          print (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }'
}
ratio() { if [ "$1" = "-" ] || [ "$2" = "-" ]; then echo "-"; else awk -v r="$1" -v o="$2" 'BEGIN { printf "%.2f", (o > 0) ? r / o : 0 }'; fi; }
fmt_s() { if [ "$1" = "-" ]; then echo "-"; else awk -v v="$1" 'BEGIN { printf "%.2f", v }'; fi; }
fmt_mb() { if [ "$1" = "-" ]; then echo "-"; else awk -v v="$1" 'BEGIN { printf "%.0f", v }'; fi; }
thousands() { awk -v n="$1" 'BEGIN { s = sprintf("%d", n); out = ""; while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) } print s out }'; }
kv() { awk -v k="$1" '$1 == k { print $2; exit }' "$2"; }

FMT='%-14s %11s %9s %9s %7s %10s %10s %8s %8s  %s\n'
print_header() { printf "$FMT" operation N R_wall_s OL_wall_s R/OL R_peak_MB OL_peak_MB R_read_s R_fit_s agreement; }
ROWS_MD="$WORK/rows.md"
: >"$ROWS_MD"

# measure NAME N R_OP R_FILE OL_PARSER [OL args...]: R_OP "-" = OutcomesLab only.
measure() {
  local name=$1 n=$2 rop=$3 rfile=$4 parser=$5 k
  shift 5
  local rw=() rr=() rread=() rfit=() ow=() orss=()
  local with_r=0
  if [ "$rop" != "-" ] && run_r_for "$n"; then with_r=1; fi
  for ((k = 1; k <= REPEATS; k++)); do
    if [ "$with_r" = 1 ]; then
      timed "$WORK/r.out" "$WORK/r.err" Rscript "$WORK/ops.R" "$rop" "$rfile"
      rw+=("$T_WALL"); rr+=("$T_RSS"); rread+=("$(kv read_seconds "$WORK/r.out")"); rfit+=("$(kv fit_seconds "$WORK/r.out")")
    fi
    timed "$WORK/ol.out" "$WORK/ol.err" "$OL" "$@"
    ow+=("$T_WALL"); orss+=("$T_RSS")
  done
  local r_wall="-" r_rss="-" r_read="-" r_fit="-" agree
  local o_wall o_rss
  o_wall=$(median "${ow[@]}"); o_rss=$(fmt_mb "$(median "${orss[@]}")")
  if [ "$with_r" = 1 ]; then
    r_wall=$(median "${rw[@]}"); r_rss=$(fmt_mb "$(median "${rr[@]}")"); r_read=$(median "${rread[@]}"); r_fit=$(median "${rfit[@]}")
    grep -v '_seconds ' "$WORK/r.out" >"$WORK/r.kv"
    "$parser" "$WORK/ol.out" >"$WORK/ol.kv"
    agree=$(agreement "$rop")
  elif [ "$rop" = "-" ]; then
    agree=$("$parser")
  else
    agree="R skipped (--skip-r-above $SKIP_R_ABOVE)"
  fi
  local ratio_v
  ratio_v=$(ratio "$r_wall" "$o_wall")
  printf "$FMT" "$name" "$n" "$(fmt_s "$r_wall")" "$(fmt_s "$o_wall")" "$ratio_v" "$r_rss" "$o_rss" "$(fmt_s "$r_read")" "$(fmt_s "$r_fit")" "$agree"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$(thousands "$n")" "$(fmt_s "$r_wall")" "$(fmt_s "$o_wall")" "$ratio_v" "$r_rss" "$o_rss" "$agree" >>"$ROWS_MD"
}

convert_note() { echo "OL only: Parquet $(du -m "$COHORT_PQ" | cut -f1) MB from a $(du -m "$COHORT" | cut -f1) MB CSV"; }
parquet_note() {
  local same
  if cmp -s <(ol_ingest "$WORK/describe-csv.json") <(ol_ingest "$WORK/ol.out"); then same="rows, min/max/mean of $(ol_ingest "$WORK/ol.out" | grep -c '^m') values equal to the CSV describe"; else same="DIFFERS from the CSV describe"; fi
  echo "OL only: $same"
}
episodes_note() { echo "OL only: $(($(wc -l <"$WORK/episodes.csv") - 1)) episodes from $(($(wc -l <"$WORK/dispensing.csv") - 1)) rows"; }

# ---------------------------------------------------------------- run
echo "OutcomesLab $COMMIT, .NET SDK $SDK; $R_INFO; R reads CSV with $READER"
echo "$NPROC cores ($CPU_MODEL), $RAM RAM; load average before: $LOAD_BEFORE; medians of $REPEATS run(s); peak RSS $([ -n "$TIME_BIN" ] && echo "by $TIME_BIN -f %M" || echo "not measured (no /usr/bin/time)")"
print_header
COHORT="$WORK/cohort.csv"
CR="$WORK/cr.csv"
COHORT_PQ="$WORK/cohort.parquet"
for n in "${SIZE_LIST[@]}"; do
  echo "-- N = $n: simulating the cohort (not timed)..." >&2
  "$OL" simulate --n "$n" --seed "$SEED" --noise-covariates 7 --output "$WORK/simulated.csv" --quiet >/dev/null
  cut -d, -f1,3,4,5,6,7,8,22-28 "$WORK/simulated.csv" >"$COHORT"
  cut -d, -f1,3,4,5,6,7,8,9,22-28 "$WORK/simulated.csv" >"$CR"
  rm -f "$WORK/simulated.csv"
  echo "   cohort.csv: $(head -1 "$COHORT" | tr ',' '\n' | wc -l | tr -d ' ') columns, $(du -m "$COHORT" | cut -f1) MB" >&2

  measure ingest "$n" ingest "$COHORT" ol_ingest describe --input "$COHORT" --format json
  cp "$WORK/ol.out" "$WORK/describe-csv.json"
  measure convert "$n" - - convert_note convert --input "$COHORT" --output "$COHORT_PQ" --force --quiet
  measure ingest-parquet "$n" - - parquet_note describe --input "$COHORT_PQ" --format json
  measure km "$n" km "$COHORT" ol_km km --input "$COHORT" --time time_days --event event --group arm --times 90,180,365 --format json
  measure logrank "$n" logrank "$COHORT" ol_logrank logrank --input "$COHORT" --time time_days --event event --group arm --format json
  measure cox-efron "$n" efron "$COHORT" ol_cox cox --input "$COHORT" --time time_days --event event --covariates age,dose_mg,sex,arm,z1,z2,z3,z4,z5 --ties efron --ph-test none --format json
  measure cox-breslow "$n" breslow "$COHORT" ol_cox cox --input "$COHORT" --time time_days --event event --covariates age,dose_mg,sex,arm,z1,z2,z3,z4,z5 --ties breslow --ph-test none --format json
  measure cif "$n" cif "$CR" ol_cif cif --input "$CR" --time time_days --event event_type --group arm --format json
  rm -f "$COHORT" "$CR" "$COHORT_PQ"

  echo "-- N = $n: simulating dispensing records (not timed)..." >&2
  "$OL" simulate dispensing --rows "$n" --seed "$SEED" --output "$WORK/dispensing.csv" --quiet >/dev/null
  measure episodes "$n" - - episodes_note episodes --dispensing "$WORK/dispensing.csv" --id patient --day day --days-supplied days_supplied --medication medication --dose dose_mg --gap 30 --output "$WORK/episodes.csv" --force --quiet
  rm -f "$WORK/dispensing.csv" "$WORK/episodes.csv"
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load average after: $LOAD_AFTER"

if [ -n "$MARKDOWN" ]; then
  {
    echo "Whole-process comparison, \`tests/OutcomesLab.Benchmarks/compare-with-r.sh --sizes $SIZES --repeats $REPEATS${SKIP_R_ABOVE:+ --skip-r-above $SKIP_R_ABOVE}\`"
    echo
    echo "- Date: $DATE_UTC"
    echo "- Machine: $NPROC cores (\`nproc\`), $CPU_MODEL, $RAM RAM"
    echo "- Load average (1, 5, 15 min): $LOAD_BEFORE before, $LOAD_AFTER after"
    echo "- $R_INFO; R reads the CSV with \`$READER\`"
    echo "- .NET SDK $SDK; OutcomesLab commit $COMMIT (Release build of \`outcomeslab\`)"
    echo "- Input: \`outcomeslab simulate --n N --seed $SEED --noise-covariates 7\` cut to 14 columns (id, arm, age, sex, dose_mg, time_days, event, z1..z7; cif: plus event_type); episodes: \`outcomeslab simulate dispensing --rows N --seed $SEED\`"
    echo "- Wall = the whole process (start-up, CSV read, fit, output), median of $REPEATS run(s); peak = peak RSS of the process$([ -n "$TIME_BIN" ] || echo " (not measured: no /usr/bin/time)")"
    echo
    echo "| operation | N | R wall (s) | OL wall (s) | R / OL | R peak (MB) | OL peak (MB) | agreement (max relative difference) |"
    echo "|---|---:|---:|---:|---:|---:|---:|---|"
    cat "$ROWS_MD"
  } >"$MARKDOWN.tmp.$$"
  mv -f "$MARKDOWN.tmp.$$" "$MARKDOWN"
  echo "wrote $MARKDOWN"
fi
