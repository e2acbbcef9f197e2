#!/usr/bin/env bash
# Whole-process comparison of OutcomesLab with R survival on the same simulated cohort.
#   tests/OutcomesLab.Benchmarks/compare-with-r.sh [N=1000000] [SEED=42]
# Times KM (2 groups: sex), log-rank (3 groups: arm) and Cox (Efron, 10 numeric covariates: the eight
# numeric columns of the simulated file plus female = sex == "F" and site_no = the site number, added
# to the CSV once before timing) as the wall time of the whole process (R: Rscript; OutcomesLab: the
# outcomeslab CLI) and of the fit alone, and prints the ratio R / OutcomesLab and the agreement of the
# log-rank chi-square and the Cox coefficients.
# The machine is shared and noisy: read the ratios, not the absolute times.
set -euo pipefail
N="${1:-1000000}"
SEED="${2:-42}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if ! command -v Rscript >/dev/null 2>&1; then
  echo "Rscript not found: installing r-base-core r-cran-survival (Debian)" >&2
  apt-get update -qq && apt-get install -y -qq r-base-core r-cran-survival >/dev/null
fi

echo "Building OutcomesLab (Release) once, so the build is not timed..." >&2
dotnet build -c Release "$ROOT/src/OutcomesLab.Cli" -v q -nologo >/dev/null
dotnet build -c Release "$ROOT/tests/OutcomesLab.Benchmarks" -v q -nologo >/dev/null
OL="$ROOT/src/OutcomesLab.Cli/bin/Release/net10.0/outcomeslab"
BENCH="$ROOT/tests/OutcomesLab.Benchmarks/bin/Release/net10.0/OutcomesLab.Benchmarks"
CSV="$WORK/cohort.csv"
"$OL" simulate --n "$N" --seed "$SEED" --output "$WORK/simulated.csv" >/dev/null 2>&1
# Two numeric columns for the Cox model (the simulated file has no quoted fields): female and site_no.
awk -F, 'BEGIN { OFS = "," } NR == 1 { print $0, "female", "site_no"; next } { print $0, ($5 == "F") ? 1 : 0, substr($2, 6) + 0 }' "$WORK/simulated.csv" >"$CSV"
rm -f "$WORK/simulated.csv"
COVARIATES="age,dose_mg,mo,sc,ua,pd,ad,eq_vas,female,site_no"

READER=$(Rscript -e 'cat(if (requireNamespace("data.table", quietly = TRUE)) "data.table::fread" else "read.csv")' 2>/dev/null)
now() { date +%s.%N; }
wall() { local t0 t1; t0=$(now); "$@" >"$WORK/last.out" 2>"$WORK/last.err"; t1=$(now); echo "$t1 - $t0" | bc -l; }

cat >"$WORK/r.R" <<'RS'
args <- commandArgs(trailingOnly = TRUE)
what <- args[1]; file <- args[2]
suppressMessages(library(survival))
d <- if (requireNamespace("data.table", quietly = TRUE)) as.data.frame(data.table::fread(file, na.strings = c("", "NA"))) else read.csv(file)
t0 <- proc.time()[["elapsed"]]
if (what == "km") {
  f <- survfit(Surv(time_days, event) ~ sex, data = d)
  s <- summary(f, times = c(90, 180, 365))
} else if (what == "logrank") {
  f <- survdiff(Surv(time_days, event) ~ arm, data = d)
  cat(sprintf("chisq %.17g\n", f$chisq))
} else {
  f <- coxph(Surv(time_days, event) ~ age + dose_mg + mo + sc + ua + pd + ad + eq_vas + female + site_no, data = d, ties = "efron")
  for (nm in names(coef(f))) cat(sprintf("coef %s %.17g\n", nm, coef(f)[[nm]]))
}
cat(sprintf("fit_seconds %.3f\n", proc.time()[["elapsed"]] - t0))
RS

field() { awk -v k="$1" '$1 == k { print $2; exit }' "$2"; }

echo "N = $N, seed = $SEED; R reads the CSV with $READER; $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
printf '%-9s %12s %12s %8s %12s %12s %8s  %s\n' step R_total_s OL_total_s ratio R_fit_s OL_fit_s ratio agreement

# KM by sex (OutcomesLab: whole CLI process incl. CSV ingest; fit time from the in-process probe).
r_km=$(wall Rscript "$WORK/r.R" km "$CSV"); r_km_fit=$(field fit_seconds "$WORK/last.out")
ol_km=$(wall "$OL" km --input "$CSV" --time time_days --event event --group sex --times 90,180,365 --format json)
"$BENCH" probe km "$N" 3 >"$WORK/probe.out"; ol_km_fit=$(awk '/median/ { for (i = 1; i <= NF; i++) if ($i == "median") { print $(i + 1) / 1000; exit } }' "$WORK/probe.out")
printf '%-9s %12.2f %12.2f %8.1f %12.3f %12.3f %8.1f  %s\n' km "$r_km" "$ol_km" "$(echo "$r_km / $ol_km" | bc -l)" "$r_km_fit" "$ol_km_fit" "$(echo "$r_km_fit / $ol_km_fit" | bc -l)" "(probe cohort, same generator)"

# Log-rank across arms.
r_lr=$(wall Rscript "$WORK/r.R" logrank "$CSV"); r_lr_fit=$(field fit_seconds "$WORK/last.out"); r_chisq=$(field chisq "$WORK/last.out")
ol_lr=$(wall "$OL" logrank --input "$CSV" --time time_days --event event --group arm --format json)
ol_chisq=$(sed -n 's/.*"chisq": *\([-0-9.eE+]*\).*/\1/p' "$WORK/last.out" | head -1)
"$BENCH" probe logrank "$N" 3 >"$WORK/probe.out"; ol_lr_fit=$(awk '/median/ { for (i = 1; i <= NF; i++) if ($i == "median") { print $(i + 1) / 1000; exit } }' "$WORK/probe.out")
rel=$(echo "r=$r_chisq; o=$ol_chisq; d=(r-o)/r; if (d<0) d=-d; d" | bc -l)
printf '%-9s %12.2f %12.2f %8.1f %12.3f %12.3f %8.1f  %s\n' logrank "$r_lr" "$ol_lr" "$(echo "$r_lr / $ol_lr" | bc -l)" "$r_lr_fit" "$ol_lr_fit" "$(echo "$r_lr_fit / $ol_lr_fit" | bc -l)" "chisq R $r_chisq vs OL $ol_chisq (rel diff $(printf '%.1e' "$rel"))"

# Cox Efron, 10 numeric covariates (OutcomesLab: the CLI's cox command, whole process incl. CSV ingest;
# fit time from the in-process probe on the same generator's cohort).
r_cox=$(wall Rscript "$WORK/r.R" cox "$CSV"); r_cox_fit=$(field fit_seconds "$WORK/last.out"); cp "$WORK/last.out" "$WORK/r_cox.out"
ol_cox=$(wall "$OL" cox --input "$CSV" --time time_days --event event --covariates "$COVARIATES" --format json)
awk '/"term":/ { t = $2; gsub(/[",]/, "", t) } /"coef":/ { c = $2; gsub(/,/, "", c); print "coef", t, c }' "$WORK/last.out" >"$WORK/ol_cox.out"
"$BENCH" probe efron "$N" 3 >"$WORK/probe.out"; ol_cox_fit=$(awk '/median/ { for (i = 1; i <= NF; i++) if ($i == "median") { print $(i + 1) / 1000; exit } }' "$WORK/probe.out")
maxrel=$(awk 'NR == FNR { if ($1 == "coef") r[$2] = $3; next } $1 == "coef" { n++; d = ($3 - r[$2]) / r[$2]; if (d < 0) d = -d; if (d > m) m = d } END { printf "%.1e (%d coefficients)", m, n }' "$WORK/r_cox.out" "$WORK/ol_cox.out")
printf '%-9s %12.2f %12.2f %8.1f %12.3f %12.3f %8.1f  %s\n' cox "$r_cox" "$ol_cox" "$(echo "$r_cox / $ol_cox" | bc -l)" "$r_cox_fit" "$ol_cox_fit" "$(echo "$r_cox_fit / $ol_cox_fit" | bc -l)" "max rel diff of coefficients $maxrel"
echo "OL total = the whole outcomeslab CLI process incl. CSV ingest (km, logrank, cox --format json)."
echo "OL fit = median of 3 in-process fits on the same generator's cohort (probe; Cox: Efron, 10 covariates). R fit = proc.time around survfit+summary / survdiff / coxph."
