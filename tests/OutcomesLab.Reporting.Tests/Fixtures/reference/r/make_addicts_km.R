# Reference values for the `km` analysis of `outcomeslab report` on data/addicts/addicts.csv:
# Kaplan-Meier by clinic (log CIs), medians with CIs, survival at 180/365/730 days, RMST to 730,
# log-rank test. Run from the repository root:
#   Rscript tests/OutcomesLab.Cli.Tests/Fixtures/reference/r/make_addicts_km.R
library(survival)
library(jsonlite)
d <- read.csv("data/addicts/addicts.csv")
fit <- survfit(Surv(days, departed) ~ clinic, data = d, conf.type = "log")
tab <- summary(fit)$table
s <- summary(fit, times = c(180, 365, 730), extend = TRUE)
rm <- summary(fit, rmean = 730)$table
lr <- survdiff(Surv(days, departed) ~ clinic, data = d)
groups <- lapply(1:2, function(i) {
  rows <- s$strata == levels(s$strata)[i]
  list(group = as.character(i), n = unname(tab[i, "records"]), events = unname(tab[i, "events"]),
       median = unname(tab[i, "median"]), median_lower = unname(tab[i, "0.95LCL"]), median_upper = unname(tab[i, "0.95UCL"]),
       landmarks = data.frame(time = s$time[rows], surv = s$surv[rows], lower = s$lower[rows], upper = s$upper[rows], n_risk = s$n.risk[rows]),
       rmst = unname(rm[i, "rmean"]), rmst_se = unname(rm[i, "se(rmean)"]))
})
out <- list(
  `_meta` = list(r_version = R.version.string, survival = as.character(packageVersion("survival")),
                 r_calls = c("survfit(Surv(days, departed) ~ clinic, data = d, conf.type = 'log')",
                             "summary(fit, times = c(180, 365, 730), extend = TRUE)",
                             "summary(fit, rmean = 730)$table",
                             "survdiff(Surv(days, departed) ~ clinic, data = d)")),
  groups = groups,
  logrank = list(chisq = lr$chisq, df = length(lr$n) - 1, p = pchisq(lr$chisq, length(lr$n) - 1, lower.tail = FALSE),
                 observed = as.numeric(lr$obs), expected = as.numeric(lr$exp)))
write_json(out, "tests/OutcomesLab.Cli.Tests/Fixtures/reference/survival/addicts_km_by_clinic.json", digits = NA, auto_unbox = TRUE, pretty = TRUE)
