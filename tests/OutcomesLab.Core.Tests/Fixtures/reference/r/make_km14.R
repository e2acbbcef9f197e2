# Generates the Kaplan-Meier references of PROVENANCE-km.md (issue 14: strata, weights, (start, stop],
# quantiles, cumulative hazard, unsorted landmarks).
# Rscript r/make_km14.R  (run from tests/OutcomesLab.Core.Tests/Fixtures/reference; R 4.2.2, survival 3.5-3)
library(survival)
f17 <- function(x) ifelse(is.na(x), "null", ifelse(is.infinite(x), ifelse(x > 0, "\"Infinity\"", "\"-Infinity\""), sprintf("%.17g", x)))
vec <- function(x) paste0("[", paste(f17(as.numeric(x)), collapse = ","), "]")
str1 <- function(x) paste0("\"", gsub("\"", "\\\\\"", x), "\"")
obj <- function(lst) paste0("{", paste(sprintf("\"%s\":%s", names(lst), unlist(lst)), collapse = ","), "}")
arr <- function(items) paste0("[", paste(items, collapse = ","), "]")

# One curve's survfit components; std.err is R's (SE of log S when fit$logse, else SE of S), so both
# scales are written: se_log (SE of log S) and se_surv (SE of S).
curve <- function(fit, k, label, probs, times, tau) {
  fk <- if (is.null(fit$strata)) fit else fit[k]
  se_log <- if (fit$logse) fk$std.err else fk$std.err / fk$surv
  se_surv <- if (fit$logse) fk$std.err * fk$surv else fk$std.err
  q <- quantile(fk, probs)
  s <- summary(fk, times = times, extend = FALSE)
  tab <- summary(fk, rmean = tau)$table
  obj(list(label = str1(label), n = f17(fk$n), events = f17(sum(fk$n.event)),
    table = obj(list(time = vec(fk$time), n.risk = vec(fk$n.risk), n.event = vec(fk$n.event), n.censor = vec(fk$n.censor),
      surv = vec(fk$surv), se_log = vec(se_log), se_surv = vec(se_surv), lower = vec(fk$lower), upper = vec(fk$upper),
      cumhaz = vec(fk$cumhaz), std.chaz = vec(fk$std.chaz))),
    quantiles = obj(list(probs = vec(probs), quantile = vec(q$quantile), lower = vec(q$lower), upper = vec(q$upper))),
    landmarks = obj(list(time = vec(s$time), n.risk = vec(s$n.risk), n.event = vec(s$n.event), n.censor = vec(s$n.censor),
      surv = vec(s$surv), se_surv = vec(s$std.err), lower = vec(s$lower), upper = vec(s$upper))),
    rmst = obj(list(tau = f17(tau), rmean = f17(tab[["rmean"]]), se_rmean = f17(tab[["se(rmean)"]])))))
}
out <- function(name, fit, call, labels, times, tau, variance) {
  probs <- c(0.25, 0.5, 0.75)
  k <- if (is.null(fit$strata)) 1 else seq_along(fit$strata)
  curves <- vapply(k, function(i) curve(fit, i, trimws(labels[i]), probs, times, tau), "")
  meta <- obj(list(r_call = str1(call), r = str1(R.version.string), survival = str1(as.character(packageVersion("survival"))),
    logse = if (fit$logse) "true" else "false"))
  writeLines(obj(list(`_meta` = meta, variance = str1(variance), conf_type = str1(fit$conf.type), conf_int = f17(fit$conf.int),
    landmark_times = vec(times), tau = f17(tau), curves = arr(curves))), file.path("survival", paste0(name, ".json")))
}

# 1. strata: veteran, one curve per trt x celltype; and celltype alone
vet <- read.csv("data/veteran.csv")
vet$celltype <- factor(vet$celltype, levels = sort(unique(vet$celltype)))
c1 <- "survfit(Surv(time, status) ~ trt + strata(celltype), data = veteran)"
f <- survfit(Surv(time, status) ~ trt + strata(celltype), data = vet)
out("veteran_km_trt_strata_celltype", f, c1, sub("^[^=]*=", "", sub(", strata\\(celltype\\)=", ", ", names(f$strata))), c(180, 30, 90, 90), 365, "greenwood")
c2 <- "survfit(Surv(time, status) ~ strata(celltype), data = veteran)"
f <- survfit(Surv(time, status) ~ strata(celltype), data = vet)
out("veteran_km_strata_celltype", f, c2, sub("^[^=]*=", "", names(f$strata)), c(100, 10), 200, "greenwood")

# 2. weights and (start, stop]
g <- gbsg[, c("rfstime", "status", "hormon")]
g$w <- 0.5 + ((seq_len(nrow(g)) - 1) %% 5) / 4        # fractional case weights 0.5, 0.75, ..., 1.5
write.csv(g, "data/gbsg_weighted.csv", row.names = FALSE, quote = FALSE)
g <- read.csv("data/gbsg_weighted.csv")
f <- survfit(Surv(rfstime, status) ~ hormon, data = g, weights = w)
out("gbsg_km_weights_robust", f, "survfit(Surv(rfstime, status) ~ hormon, data = gbsg_weighted, weights = w)  # default robust = TRUE (non-integer weights)",
  sub("^[^=]*=", "", names(f$strata)), c(2456, 365, 1000), 2000, "robust")
f <- survfit(Surv(rfstime, status) ~ hormon, data = g, weights = w, robust = FALSE)
out("gbsg_km_weights_greenwood", f, "survfit(Surv(rfstime, status) ~ hormon, data = gbsg_weighted, weights = w, robust = FALSE)",
  sub("^[^=]*=", "", names(f$strata)), c(2456, 365, 1000), 2000, "greenwood")
f <- survfit(Surv(rfstime, status) ~ hormon, data = g, weights = w, conf.type = "log-log")
out("gbsg_km_weights_robust_loglog", f, "survfit(Surv(rfstime, status) ~ hormon, data = gbsg_weighted, weights = w, conf.type = \"log-log\")",
  sub("^[^=]*=", "", names(f$strata)), c(2456, 365, 1000), 2000, "robust")

l <- lung[, c("time", "status", "sex")]
l$w <- 1 + (seq_len(nrow(l)) %% 3)                     # integer case weights 1, 2, 3
write.csv(l, "data/lung_intweights.csv", row.names = FALSE, quote = FALSE)
l <- read.csv("data/lung_intweights.csv")
f <- survfit(Surv(time, status) ~ sex, data = l, weights = w)
out("lung_km_intweights", f, "survfit(Surv(time, status) ~ sex, data = lung_intweights, weights = w)  # integer weights: robust = FALSE",
  sub("^[^=]*=", "", names(f$strata)), c(365, 180), 730, "greenwood")
f <- survfit(Surv(time, status) ~ sex, data = l, weights = w, robust = TRUE)
out("lung_km_intweights_robust", f, "survfit(Surv(time, status) ~ sex, data = lung_intweights, weights = w, robust = TRUE)",
  sub("^[^=]*=", "", names(f$strata)), c(365, 180), 730, "robust")

h <- read.csv("data/heart.csv")
f <- survfit(Surv(start, stop, event) ~ 1, data = h)
out("heart_km_startstop", f, "survfit(Surv(start, stop, event) ~ 1, data = heart)", "all", c(100, 30, 365), 1000, "greenwood")
h$w <- 0.5 + ((seq_len(nrow(h)) - 1) %% 5) / 4
write.csv(h, "data/heart_weighted.csv", row.names = FALSE, quote = FALSE)
h <- read.csv("data/heart_weighted.csv")
f <- survfit(Surv(start, stop, event) ~ 1, data = h, weights = w)
out("heart_km_startstop_weights_robust", f, "survfit(Surv(start, stop, event) ~ 1, data = heart_weighted, weights = w)  # default: robust, one cluster per row",
  "all", c(100, 30, 365), 1000, "robust")
f <- survfit(Surv(start, stop, event) ~ 1, data = h, weights = w, robust = FALSE)
out("heart_km_startstop_weights_greenwood", f, "survfit(Surv(start, stop, event) ~ 1, data = heart_weighted, weights = w, robust = FALSE)",
  "all", c(100, 30, 365), 1000, "greenwood")

# 3. quantiles, cumulative hazard and landmarks in any order with a duplicate: lung by sex
lu <- read.csv("data/lung.csv")
f <- survfit(Surv(time, status) ~ sex, data = lu)
out("lung_km_quartiles_landmarks", f, "survfit(Surv(time, status) ~ sex, data = lung); quantile(fit, c(.25, .5, .75)); summary(fit, times = c(730, 180, 365, 180))",
  sub("^[^=]*=", "", names(f$strata)), c(730, 180, 365, 180), 730, "greenwood")
