# Reference values for the `cox` and `cif` analyses of `outcomeslab report`:
#  - Cox model of days in treatment on prison + mdose stratified by clinic (addicts), Efron ties, cox.zph (km);
#  - cumulative incidence of dropout/transfer/death by arm on data/simulated_cohort.csv at 90/180/365 days, Gray's test.
# Run from the repository root:
#   Rscript tests/OutcomesLab.Cli.Tests/Fixtures/reference/r/make_report_cox_cif.R
library(survival)
library(cmprsk)
library(jsonlite)
d <- read.csv("data/addicts/addicts.csv")
fit <- coxph(Surv(days, departed) ~ prison + mdose + strata(clinic), data = d, ties = "efron")
s <- summary(fit)
z <- cox.zph(fit, transform = "km")
cox <- list(
  `_meta` = list(r_version = R.version.string, survival = as.character(packageVersion("survival")),
                 r_calls = c("coxph(Surv(days, departed) ~ prison + mdose + strata(clinic), data = d, ties = 'efron')",
                             "cox.zph(fit, transform = 'km')")),
  n = fit$n, events = fit$nevent,
  terms = rownames(s$coefficients), coef = unname(s$coefficients[, "coef"]), se = unname(s$coefficients[, "se(coef)"]),
  hr = unname(s$conf.int[, "exp(coef)"]), hr_lower = unname(s$conf.int[, "lower .95"]), hr_upper = unname(s$conf.int[, "upper .95"]),
  p = unname(s$coefficients[, "Pr(>|z|)"]),
  lr = unname(s$logtest), wald = unname(s$waldtest), score = unname(s$sctest), concordance = unname(s$concordance),
  zph_terms = rownames(z$table), zph_chisq = unname(z$table[, "chisq"]), zph_df = unname(z$table[, "df"]), zph_p = unname(z$table[, "p"]))
write_json(cox, "tests/OutcomesLab.Cli.Tests/Fixtures/reference/survival/addicts_cox_prison_mdose_strata_clinic.json", digits = NA, auto_unbox = TRUE, pretty = TRUE)

c <- read.csv("data/simulated_cohort.csv")
ci <- cuminc(c$time_days, c$event_type, group = c$arm, cencode = 0)
tp <- timepoints(ci, c(90, 180, 365))
cif <- list(
  `_meta` = list(r_version = R.version.string, cmprsk = as.character(packageVersion("cmprsk")),
                 r_calls = c("cuminc(time_days, event_type, group = arm, cencode = 0)", "timepoints(ci, c(90, 180, 365))")),
  curves = rownames(tp$est), times = c(90, 180, 365),
  est = lapply(seq_len(nrow(tp$est)), function(i) unname(tp$est[i, ])),
  var = lapply(seq_len(nrow(tp$var)), function(i) unname(tp$var[i, ])),
  gray_cause = rownames(ci$Tests), gray_stat = unname(ci$Tests[, "stat"]), gray_p = unname(ci$Tests[, "pv"]), gray_df = unname(ci$Tests[, "df"]))
write_json(cif, "tests/OutcomesLab.Cli.Tests/Fixtures/reference/survival/cohort_cuminc_by_arm.json", digits = NA, auto_unbox = TRUE, pretty = TRUE)
