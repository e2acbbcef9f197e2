#!/usr/bin/env bash
# Regenerates every figure of docs/gallery.md from the bundled data (run from anywhere).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/OutcomesLab.Cli -c Release -v quiet -nologo >/dev/null
ol=src/OutcomesLab.Cli/bin/Release/net10.0/outcomeslab
out=docs/gallery
mkdir -p "$out"
common=(--preset journal-single --dpi 200 --force)

"$ol" plot km --input data/addicts/addicts.csv --time days --event departed --group clinic \
  --median --risk-table at-risk,events --output "$out/km-addicts.png" "${common[@]}"
"$ol" plot km --input data/simulated_cohort.csv --time time_days --event event --group arm \
  --axis-unit months --percent --output "$out/km-simulated-months.png" "${common[@]}"
"$ol" plot cif --input data/simulated_cohort.csv --time time_days --event event_type --group arm \
  --causes 1=dropout,2=transfer,3=death --axis-unit months --output "$out/cif-simulated.png" "${common[@]}"
"$ol" plot cox --input data/addicts/addicts.csv --time days --event departed --covariates clinic,prison,mdose \
  --label "clinic=Clinic 2 vs 1" --label "prison=Prison record" --label "mdose=Methadone dose (per mg)" \
  --output "$out/cox-addicts.png" "${common[@]}"
"$ol" plot cox --input data/simulated_cohort.csv --time time_days --event event --covariates arm,age,sex \
  --reference arm=methadone --output "$out/cox-simulated.png" "${common[@]}"
ctn=(--id who --day when --index data/ctn0027/randomization.csv --index-day when --index-filter which=1 --group treatment)
uds=(--uds data/ctn0027/uds.csv --visits data/ctn0027/visit.csv --visit-filter what=visit --substance Opioid "${ctn[@]}")
"$ol" plot uds-heatmap "${uds[@]}" --weeks 1-24 --dispensing data/ctn0027/treatment.csv --horizon 168 \
  --output "$out/uds-heatmap-ctn0027.png" "${common[@]}"
"$ol" plot gap-sensitivity --dispensing data/ctn0027/treatment.csv "${ctn[@]}" --gap-sweep 7,14,30,none \
  --retained-at 161 --horizon 168 --percent --output "$out/gap-sensitivity-ctn0027.png" "${common[@]}"
"$ol" plot forest-compare --input data/simulated_cohort.csv --group arm --treatment buprenorphine --control methadone \
  --outcomes data/compare_outcomes.json --output "$out/forest-compare-simulated.png" --preset journal-double --dpi 200 --force
"$ol" plot meta --input tests/OutcomesLab.Cli.Tests/Fixtures/reference/data/dat_bcg.csv --measure RR \
  --ai tpos --bi tneg --ci cpos --di cneg --study author --output "$out/meta-bcg.png" --preset journal-double --dpi 200 --force
"$ol" plot eq5d-profile --input data/simulated_cohort.csv --items mo,sc,ua,pd,ad --group arm \
  --output "$out/eq5d-profile-simulated.png" "${common[@]}"
"$ol" plot trajectory --input data/simulated_cohort.csv --visits eq_vas,eq_vas_w24 --visit-labels "Baseline,Week 24" \
  --visit-times 0,24 --group arm --y-label "EQ VAS (mean, 95% CI)" --output "$out/trajectory-eq-vas-simulated.png" "${common[@]}"
"$ol" plot km --input data/addicts/addicts.csv --time days --event departed --group clinic \
  --median --output "$out/km-addicts.svg" --force
"$ol" plot distribution --input data/simulated_cohort.csv --value eq_vas_w24 --group arm --value-label "EQ VAS, week 24" \
  --preset journal-double --dpi 150 --force --output "$out/distribution-eq-vas-simulated.png"
rm -f "$out"/*.provenance.json
