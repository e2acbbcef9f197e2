# Reference values for `outcomeslab logrank --trend`: the log-rank test for trend over ordered groups
# (Collett, Modelling Survival Data in Medical Research, 3rd ed., 2015, sec. 2.6.4):
#   U_T = sum_k w_k (O_k - E_k),  V_T = sum_j sum_k w_j w_k V_jk,  chisq = U_T^2 / V_T on 1 df,
# computed here from survdiff's observed (rowSums over strata), expected and variance matrix `var`
# (survival has no trend test of its own). Data: veteran (survival::veteran, the fixture CSV), group
# celltype in R's factor level order squamous, smallcell, adeno, large.
# Run from the repository root:
#   Rscript tests/OutcomesLab.Cli.Tests/Fixtures/reference/r/make_logrank_trend.R
library(survival)
library(jsonlite)
d <- read.csv("tests/OutcomesLab.Cli.Tests/Fixtures/reference/data/veteran.csv")
d$celltype <- factor(d$celltype, levels = c("squamous", "smallcell", "adeno", "large"))
trend <- function(call, fit, w) {
  o <- if (is.matrix(fit$obs)) rowSums(fit$obs) else fit$obs
  e <- if (is.matrix(fit$exp)) rowSums(fit$exp) else fit$exp
  u <- sum(w * (o - e))
  v <- drop(t(w) %*% fit$var %*% w)
  chisq <- u^2 / v
  list(r_call = call, scores = w, observed = unname(o), expected = unname(e),
       statistic = u, variance = v, chisq = chisq, p = pchisq(chisq, 1, lower.tail = FALSE),
       overall_chisq = fit$chisq)
}
cases <- list(
  default_scores = trend("survdiff(Surv(time, status) ~ celltype, data = d); w = 1:4",
                         survdiff(Surv(time, status) ~ celltype, data = d), c(1, 2, 3, 4)),
  custom_scores = trend("survdiff(Surv(time, status) ~ celltype, data = d); w = c(0, 1, 2.5, 7)",
                        survdiff(Surv(time, status) ~ celltype, data = d), c(0, 1, 2.5, 7)),
  strata_trt = trend("survdiff(Surv(time, status) ~ celltype + strata(trt), data = d); w = 1:4",
                     survdiff(Surv(time, status) ~ celltype + strata(trt), data = d), c(1, 2, 3, 4)),
  rho_1 = trend("survdiff(Surv(time, status) ~ celltype, data = d, rho = 1); w = 1:4",
                survdiff(Surv(time, status) ~ celltype, data = d, rho = 1), c(1, 2, 3, 4)))
out <- list(`_meta` = list(r_version = R.version.string, survival = as.character(packageVersion("survival")),
                           levels = levels(d$celltype)),
            cases = cases)
write_json(out, "tests/OutcomesLab.Cli.Tests/Fixtures/reference/survival/veteran_logrank_trend_celltype.json",
           digits = NA, auto_unbox = TRUE, pretty = TRUE)
