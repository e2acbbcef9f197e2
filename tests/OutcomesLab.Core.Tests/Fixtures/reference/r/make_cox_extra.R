# Generates the extra Cox references of PROVENANCE-cox.md ("Extra Cox references").
# Rscript make_cox_extra.R  (run from Fixtures/reference; R 4.2.2, survival 3.5-3)
library(survival)
f17 <- function(x) ifelse(is.na(x), "null", sprintf("%.17g", x))
vec <- function(x) paste0("[", paste(f17(as.numeric(x)), collapse = ","), "]")
obj <- function(lst) paste0("{", paste(sprintf("\"%s\":%s", names(lst), unlist(lst)), collapse = ","), "}")
mat <- function(m) paste0("[", paste(apply(as.matrix(m), 1, vec), collapse = ","), "]")
out <- function(name, lst) writeLines(obj(lst), file.path("survival", paste0(name, ".json")))

# data: survival's heart (jasa1) with transplant as 0/1
h <- heart; h$transplant <- as.integer(as.character(h$transplant))
write.csv(h, "data/heart.csv", row.names = FALSE, quote = FALSE)
h <- read.csv("data/heart.csv")  # fit exactly the rounded CSV the tests read
hfit <- coxph(Surv(start, stop, event) ~ age + year + surgery + transplant, data = h)
for (tr in c("km", "identity", "rank")) {
  z <- cox.zph(hfit, transform = tr)
  out(paste0("heart_coxzph_", tr), list(chisq = vec(z$table[, 1]), df = vec(z$table[, 2]), p = vec(z$table[, 3]),
    time = vec(z$time), x = vec(z$x), y = mat(z$y), var = mat(z$var)))
}
vet <- veteran
vfit <- coxph(Surv(time, status) ~ trt + karno + age + strata(celltype), data = vet)
z <- cox.zph(vfit, transform = "km")
out("veteran_coxzph_km", list(chisq = vec(z$table[, 1]), df = vec(z$table[, 2]), p = vec(z$table[, 3]),
    time = vec(z$time), x = vec(z$x), y = mat(z$y), var = mat(z$var)))
lc <- na.omit(lung[, c("time", "status", "age", "sex", "ph.ecog")])
lfit <- coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lc)
z <- cox.zph(lfit, transform = "rank")
out("lung_coxzph_rank", list(chisq = vec(z$table[, 1]), df = vec(z$table[, 2]), p = vec(z$table[, 3]),
    time = vec(z$time), x = vec(z$x), y = mat(z$y), var = mat(z$var)))

fitsum <- function(fit) {
  s <- summary(fit)
  l <- list(coef = vec(coef(fit)), se = vec(sqrt(diag(if (is.null(fit$naive.var)) fit$var else fit$naive.var))),
    robust_se = if (is.null(fit$naive.var)) "null" else vec(sqrt(diag(fit$var))),
    loglik = vec(fit$loglik), score = f17(fit$score), wald = f17(fit$wald.test), lr = f17(2 * diff(fit$loglik)),
    rscore = if (is.null(fit$rscore)) "null" else f17(fit$rscore),
    concordance = vec(fit$concordance[c("concordance", "std")]),
    hr_lower = vec(s$conf.int[, 3]), hr_upper = vec(s$conf.int[, 4]), z = vec(s$coefficients[, if (is.null(fit$naive.var)) 4 else 5]),
    p = vec(s$coefficients[, if (is.null(fit$naive.var)) 5 else 6]), n = fit$n, nevent = fit$nevent, iter = fit$iter)
  l
}
# case weights (non-integer -> R's default robust = TRUE) on the complete-case lung rows
lc$w <- 0.5 + ((seq_len(nrow(lc)) - 1) %% 7) / 4
wfit <- coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lc, weights = w)
wfitn <- coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lc, weights = w, robust = FALSE)
wfitb <- coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lc, weights = w, ties = "breslow")
res <- function(fit, k = 1:4) list(
  martingale = vec(residuals(fit, "martingale")[k]), deviance = vec(residuals(fit, "deviance")[k]),
  resid_score = mat(residuals(fit, "score")[k, , drop = FALSE]), dfbeta = mat(residuals(fit, "dfbeta")[k, , drop = FALSE]),
  dfbeta_unweighted = mat(residuals(fit, "dfbeta", weighted = FALSE)[k, , drop = FALSE]),
  schoenfeld = mat(residuals(fit, "schoenfeld")[k, , drop = FALSE]), scaledsch = mat(residuals(fit, "scaledsch")[k, , drop = FALSE]))
out("lung_cox_weights", c(fitsum(wfit), res(wfit)))
out("lung_cox_weights_naive", fitsum(wfitn))
out("lung_cox_weights_breslow", fitsum(wfitb))
# robust = TRUE without cluster/id: per-observation sandwich
out("lung_cox_robust", fitsum(coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lc, robust = TRUE)))
# id = grouping for the sandwich on (start, stop] data
out("heart_cox_id", c(fitsum(coxph(Surv(start, stop, event) ~ age + year + surgery + transplant, data = h, id = id)), res(hfit, 1:6)))
out("heart_cox", fitsum(hfit))
out("heart_cox_id_robust", fitsum(coxph(Surv(start, stop, event) ~ age + year + surgery + transplant, data = h, id = id, robust = TRUE)))
# per-row grouping on (start, stop] data is only the non-integer-weights default; compare id = 1:n explicitly
h$row <- seq_len(nrow(h)); out("heart_cox_rowid_robust", fitsum(coxph(Surv(start, stop, event) ~ age + year + surgery + transplant, data = h, id = row, robust = TRUE)))
# stratified residuals
out("veteran_cox_residuals", res(vfit, 1:5))

crv <- function(sf) {
  l <- list(time = vec(sf$time), n_risk = vec(sf$n.risk), n_event = vec(sf$n.event), n_censor = vec(sf$n.censor),
    cumhaz = vec(sf$cumhaz), surv = vec(sf$surv), std_err = vec(sf$std.err), lower = vec(sf$lower), upper = vec(sf$upper),
    strata = if (is.null(sf$strata)) "null" else vec(sf$strata))
  l
}
for (ct in c("log", "log-log", "plain")) {
  tag <- sub("-", "", ct)
  out(paste0("lung_survfit_cox_", tag), crv(survfit(lfit, conf.type = ct)))
  out(paste0("veteran_survfit_cox_", tag), crv(survfit(vfit, newdata = data.frame(trt = 1, karno = 60, age = 60), conf.type = ct)))
  out(paste0("heart_survfit_cox_", tag), crv(survfit(hfit, newdata = data.frame(age = 0, year = 3, surgery = 1, transplant = 1), conf.type = ct)))
}
out("lung_survfit_cox_weights", crv(survfit(wfit)))
