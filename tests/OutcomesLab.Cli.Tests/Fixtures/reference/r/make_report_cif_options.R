# Reference values for the report's cif analysis with plan keys gray_rho, strata and conf_type:
# cumulative incidence by arm on data/simulated_cohort.csv at 90/180/365 days with log-log CIs from
# cmprsk's delta-method variance (survival's survfit_confint(logse = FALSE), as the plan's conf_type),
# and Gray's test stratified by site with rho = 1.
# Run from the repository root:
#   Rscript tests/OutcomesLab.Cli.Tests/Fixtures/reference/r/make_report_cif_options.R
library(survival)
library(cmprsk)
library(jsonlite)
c <- read.csv("data/simulated_cohort.csv")
ci <- cuminc(c$time_days, c$event_type, group = c$arm, strata = c$site, rho = 1, cencode = 0)
tp <- timepoints(ci, c(90, 180, 365))
lims <- lapply(seq_len(nrow(tp$est)), function(i)
  survival:::survfit_confint(unname(tp$est[i, ]), sqrt(unname(tp$var[i, ])), logse = FALSE, conf.type = "log-log", conf.int = 0.95))
out <- list(
  `_meta` = list(r_version = R.version.string, survival = as.character(packageVersion("survival")), cmprsk = as.character(packageVersion("cmprsk")),
                 r_calls = c("cuminc(time_days, event_type, group = arm, strata = site, rho = 1, cencode = 0)", "timepoints(ci, c(90, 180, 365))",
                             "survival:::survfit_confint(est, sqrt(var), logse = FALSE, conf.type = 'log-log', conf.int = 0.95)")),
  curves = rownames(tp$est), times = c(90, 180, 365),
  est = lapply(seq_len(nrow(tp$est)), function(i) unname(tp$est[i, ])),
  lower = lapply(lims, function(l) l$lower), upper = lapply(lims, function(l) l$upper),
  gray_cause = rownames(ci$Tests), gray_stat = unname(ci$Tests[, "stat"]), gray_p = unname(ci$Tests[, "pv"]))
write_json(out, "tests/OutcomesLab.Cli.Tests/Fixtures/reference/survival/cohort_cuminc_by_arm_strata_site_rho1.json", digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null")
