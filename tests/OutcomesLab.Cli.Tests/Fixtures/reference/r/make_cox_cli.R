# Reference values for the cox command's aliased covariates, concordance SE with cluster() and
# robust = FALSE, the robust score test, predicted survival (survfit.coxph with newdata) and
# residuals (residuals.coxph). Run from the repository root (R 4.2.2, survival 3.5-3, jsonlite 1.8.4):
#   Rscript tests/OutcomesLab.Cli.Tests/Fixtures/reference/r/make_cox_cli.R
library(survival)
library(jsonlite)
root <- "tests/OutcomesLab.Cli.Tests/Fixtures/reference"
meta <- function(calls) list(r_version = R.version.string, survival = as.character(packageVersion("survival")), r_calls = calls)
out <- function(name, lst) write_json(lst, file.path(root, "survival", paste0(name, ".json")), digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null")
rows <- function(m) unname(lapply(seq_len(nrow(as.matrix(m))), function(i) unname(as.numeric(as.matrix(m)[i, ]))))

# Data: complete-case lung (inst, time, status, age, sex, ph.ecog, wt.loss) with an exactly collinear
# column x3 = age + 2 wt_loss and two text columns, site (from ph.ecog) and region (a function of site,
# so its dummy region=south equals site=C).
lung0 <- read.csv(file.path(root, "data", "lung.csv"))
la <- na.omit(lung0[, c("inst", "time", "status", "age", "sex", "ph.ecog", "wt.loss")])
la <- data.frame(inst = la$inst, time = la$time, status = la$status, age = la$age, sex = la$sex,
                 wt_loss = la$wt.loss, x3 = la$age + 2 * la$wt.loss,
                 site = c("A", "B", "C", "C")[la$ph.ecog + 1])
la$region <- ifelse(la$site == "C", "south", "north")
write.csv(la, file.path(root, "data", "lung_aliased.csv"), row.names = FALSE, quote = FALSE)
la <- read.csv(file.path(root, "data", "lung_aliased.csv"))

fitsum <- function(fit, calls) {
  s <- summary(fit)
  robust <- !is.null(fit$naive.var)
  cf <- s$coefficients
  list(`_meta` = meta(calls), n = fit$n, events = fit$nevent, iter = fit$iter,
    terms = rownames(cf), coef = unname(coef(fit)),
    se = unname(sqrt(diag(if (robust) fit$naive.var else fit$var))) * ifelse(is.na(coef(fit)), NA, 1),
    robust_se = if (robust) unname(sqrt(diag(fit$var))) * ifelse(is.na(coef(fit)), NA, 1) else NA,
    hr = unname(s$conf.int[, 1]), hr_lower = unname(s$conf.int[, 3]), hr_upper = unname(s$conf.int[, 4]),
    z = unname(cf[, if (robust) 5 else 4]), p = unname(cf[, if (robust) 6 else 5]),
    loglik = unname(fit$loglik), df = sum(!is.na(coef(fit))),
    lr = unname(2 * diff(fit$loglik)), wald = unname(fit$wald.test), score = unname(fit$score),
    rscore = if (is.null(fit$rscore)) NA else unname(fit$rscore),
    concordance = unname(fit$concordance["concordance"]), concordance_se = unname(fit$concordance["std"]))
}
zphsum <- function(z) list(terms = rownames(z$table), chisq = unname(z$table[, 1]), df = unname(z$table[, 2]), p = unname(z$table[, 3]))
ressum <- function(fit) {
  l <- list()
  for (ty in c("martingale", "deviance")) l[[ty]] <- unname(as.numeric(residuals(fit, type = ty)))
  for (ty in c("score", "schoenfeld", "scaledsch", "dfbeta", "dfbetas")) l[[ty]] <- rows(residuals(fit, type = ty))
  l$schoenfeld_time <- as.numeric(rownames(residuals(fit, type = "schoenfeld")))
  l
}
curves <- function(sf) {
  k <- ncol(as.matrix(sf$surv))
  lapply(seq_len(k), function(i) list(time = sf$time, n_risk = sf$n.risk, n_event = sf$n.event,
    surv = unname(as.matrix(sf$surv)[, i]), std_err = unname(as.matrix(sf$std.err)[, i]),
    lower = unname(as.matrix(sf$lower)[, i]), upper = unname(as.matrix(sf$upper)[, i])))
}

# 1. Numeric aliased column.
fa <- coxph(Surv(time, status) ~ age + wt_loss + x3, data = la)
za <- cox.zph(fa, transform = "km")
sfa <- survfit(fa, newdata = data.frame(age = c(60, 70), wt_loss = c(5, 0), x3 = c(70, 70)))
out("lung_cox_aliased", c(fitsum(fa, c("coxph(Surv(time, status) ~ age + wt_loss + x3, data = la)",
    "cox.zph(fa, transform = 'km')", "residuals(fa, type)",
    "survfit(fa, newdata = data.frame(age = c(60, 70), wt_loss = c(5, 0), x3 = c(70, 70)))")),
  list(zph = zphsum(za), residuals = ressum(fa), predictions = curves(sfa))))

# 1b. The same with cluster(inst): robust SE and robust score test with an aliased column.
fac <- coxph(Surv(time, status) ~ age + wt_loss + x3 + cluster(inst), data = la)
out("lung_cox_aliased_cluster", fitsum(fac, "coxph(Surv(time, status) ~ age + wt_loss + x3 + cluster(inst), data = la)"))

# 1c. A dummy of a text covariate aliased with another: region=south equals site=C.
fd <- coxph(Surv(time, status) ~ age + site + region, data = la)
zd <- cox.zph(fd, transform = "km")
out("lung_cox_aliased_dummy", c(fitsum(fd, c("coxph(Surv(time, status) ~ age + site + region, data = la)", "cox.zph(fd, transform = 'km')")),
  list(zph = zphsum(zd))))

# 2. Concordance SE with cluster() and robust = FALSE (coxph keeps the cluster for concordancefit).
r <- read.csv(file.path(root, "data", "retention_synthetic.csv"))
fr0 <- suppressWarnings(coxph(Surv(time_days, event) ~ arm + age + dose_mg + cluster(site), data = r, robust = FALSE))
out("retention_cox_cluster_site_nonrobust", fitsum(fr0, "coxph(Surv(time_days, event) ~ arm + age + dose_mg + cluster(site), data = r, robust = FALSE)"))
fr1 <- coxph(Surv(time_days, event) ~ arm + age + dose_mg + cluster(site), data = r)
out("retention_cox_cluster_site_rscore", fitsum(fr1, "coxph(Surv(time_days, event) ~ arm + age + dose_mg + cluster(site), data = r)"))

# 3. Predicted survival for covariate profiles and residuals of a model with a text covariate.
fr <- coxph(Surv(time_days, event) ~ arm + age + dose_mg, data = r)
nd <- data.frame(arm = c("methadone", "xr_naltrexone"), age = c(40, 50), dose_mg = c(60, 80))
out("retention_cox_predict", c(fitsum(fr, c("coxph(Surv(time_days, event) ~ arm + age + dose_mg, data = r)",
    "survfit(fr, newdata = data.frame(arm = c('methadone', 'xr_naltrexone'), age = c(40, 50), dose_mg = c(60, 80)))",
    "survfit(fr, newdata = ..., conf.type = 'log-log')", "survfit(fr)", "residuals(fr, type)")),
  list(predictions = curves(survfit(fr, newdata = nd)), predictions_loglog = curves(survfit(fr, newdata = nd, conf.type = "log-log")),
       predictions_means = curves(survfit(fr)),
       residuals = ressum(fr))))
