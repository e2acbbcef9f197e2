# Reference values for `outcomeslab cif --gray-rho R --strata C` (Gray's test) and
# `cif --conf-type log|log-log|plain` (pointwise CIF intervals).
#  - Gray's test: cmprsk cuminc(ftime, fstatus, group, strata, rho)$Tests on mgus2 and the synthetic
#    retention cohort (group levels in R's sorted order, as the CLI's default).
#  - Intervals with the infinitesimal-jackknife SE (`cif --variance jackknife`): R survival's
#    Aalen-Johansen survfit(Surv(etime, factor(event)) ~ sex, data = mgus2, conf.type = ...), whose
#    pstate limits are survfit_confint(pstate, std.err, logse = FALSE, conf.type, conf.int = 0.95).
#  - Intervals with cmprsk's delta-method variance (`cif`, the default): survival's own
#    survfit_confint(est, sqrt(var), logse = FALSE, conf.type, conf.int = 0.95) applied to
#    cmprsk timepoints(cuminc(etime, event, group = sex), times) (cmprsk prints no interval).
# Run from the repository root:
#   Rscript tests/OutcomesLab.Cli.Tests/Fixtures/reference/r/make_cif_gray_options.R
library(survival)
library(cmprsk)
library(jsonlite)
dir <- "tests/OutcomesLab.Cli.Tests/Fixtures/reference"
m <- read.csv(file.path(dir, "data/mgus2.csv"))
r <- read.csv(file.path(dir, "data/retention_synthetic.csv"))

gray <- function(call, args, ci) {
  list(r_call = call, cli_args = args, cause = rownames(ci$Tests), stat = unname(ci$Tests[, "stat"]),
       p = unname(ci$Tests[, "pv"]), df = unname(ci$Tests[, "df"]))
}
gray_cases <- list(
  gray("cuminc(m$etime, m$event, group = m$sex, rho = 1)",
       c("mgus2.csv", "etime", "event", "sex", "--gray-rho", "1"),
       cuminc(m$etime, m$event, group = m$sex, rho = 1)),
  gray("cuminc(m$etime, m$event, group = m$sex, rho = 0.5)",
       c("mgus2.csv", "etime", "event", "sex", "--gray-rho", "0.5"),
       cuminc(m$etime, m$event, group = m$sex, rho = 0.5)),
  gray("cuminc(r$time_days, r$event_type, group = r$arm, strata = r$site)",
       c("retention_synthetic.csv", "time_days", "event_type", "arm", "--strata", "site"),
       cuminc(r$time_days, r$event_type, group = r$arm, strata = r$site)),
  gray("cuminc(r$time_days, r$event_type, group = r$arm, strata = r$sex, rho = -0.5)",
       c("retention_synthetic.csv", "time_days", "event_type", "arm", "--strata", "sex", "--gray-rho", "-0.5"),
       cuminc(r$time_days, r$event_type, group = r$arm, strata = r$sex, rho = -0.5)),
  gray("cuminc(r$time_days, r$event_type, group = r$arm, strata = r$site, rho = 2)",
       c("retention_synthetic.csv", "time_days", "event_type", "arm", "--strata", "site", "--gray-rho", "2"),
       cuminc(r$time_days, r$event_type, group = r$arm, strata = r$site, rho = 2)))

types <- c("log", "log-log", "plain")
survfit_ci <- lapply(types, function(ct) {
  fit <- survfit(Surv(etime, factor(event)) ~ sex, data = m, conf.type = ct)
  groups <- sub("^sex=", "", names(fit$strata))
  ends <- cumsum(fit$strata)
  starts <- ends - fit$strata + 1
  lapply(seq_along(groups), function(g) {
    rows <- starts[g]:ends[g]
    list(group = groups[g], time = fit$time[rows], states = fit$states,
         pstate = lapply(seq_along(fit$states), function(s) fit$pstate[rows, s]),
         std_err = lapply(seq_along(fit$states), function(s) fit$std.err[rows, s]),
         lower = lapply(seq_along(fit$states), function(s) fit$lower[rows, s]),
         upper = lapply(seq_along(fit$states), function(s) fit$upper[rows, s]))
  })
})
names(survfit_ci) <- types

times <- c(6, 24, 60, 120, 240, 360)
ci <- cuminc(m$etime, m$event, group = m$sex, cencode = 0)
tp <- timepoints(ci, times)
delta <- lapply(rownames(tp$est), function(name) {
  est <- unname(tp$est[name, ])
  se <- sqrt(unname(tp$var[name, ]))
  lims <- lapply(types, function(ct) survival:::survfit_confint(est, se, logse = FALSE, conf.type = ct, conf.int = 0.95))
  names(lims) <- types
  parts <- strsplit(name, " ")[[1]]
  list(group = parts[1], cause = parts[2], est = est, se = se,
       lower = lapply(lims, function(l) l$lower), upper = lapply(lims, function(l) l$upper))
})

out <- list(`_meta` = list(r_version = R.version.string, survival = as.character(packageVersion("survival")),
                           cmprsk = as.character(packageVersion("cmprsk"))),
            gray = gray_cases,
            survfit = survfit_ci,
            delta = list(times = times, curves = delta))
write_json(out, file.path(dir, "survival/cif_gray_options_and_intervals.json"), digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null")
