# R oracle for tests/OutcomesLab.Core.Tests/EdgeCases (numerical edge cases, issue #10).
# Run from this folder: Rscript make_edge_cases.R > edge_cases.json
# R 4.2, survival 3.5-3, metafor, boot (versions are written into the JSON).
suppressMessages({library(survival); library(metafor); library(boot); library(effectsize)})
f17 <- function(x) ifelse(is.na(x), "null", sprintf("%.17g", x))
vec <- function(x) paste0("[", paste(f17(as.numeric(x)), collapse = ","), "]")
str <- function(s) paste0("\"", gsub("\"", "'", gsub("\n", " ", s)), "\"")
items <- list()
put <- function(name, value) items[[name]] <<- value

put("versions", str(paste("R", getRversion(), "survival", packageVersion("survival"), "metafor", packageVersion("metafor"),
                          "boot", packageVersion("boot"), "effectsize", packageVersion("effectsize"))))

# A small cohort without ties (the tests hold the same literals).
d <- data.frame(t = c(2, 3, 5, 7, 8, 11, 13, 15, 17, 20), e = c(1, 1, 0, 1, 1, 0, 1, 1, 0, 1),
                x = c(1, 0, 1, 1, 0, 0, 1, 0, 1, 0), w = c(1, 0, 1, 1, 0, 1, 1, 1, 0, 1))

# Zero-variance and collinear covariates: R gives NA for the aliased column and fits the rest.
d$z <- 3; d$x2 <- 2 * d$x
fz <- coxph(Surv(t, e) ~ x + z, d)
put("zero_variance_coef", vec(coef(fz)))
fc <- coxph(Surv(t, e) ~ x + x2, d)
put("collinear_coef", vec(coef(fc)))
fx <- coxph(Surv(t, e) ~ x, d)
put("x_only_coef", vec(coef(fx)))
put("x_only_se", vec(sqrt(diag(vcov(fx)))))

# Time scale invariance: times in units of 1e-9 and 1e9.
for (s in c(1e-9, 1, 1e9)) {
  ds <- d; ds$t <- d$t * s
  k <- survfit(Surv(t, e) ~ 1, ds)
  g <- coxph(Surv(t, e) ~ x, ds)
  tag <- if (s == 1) "1" else if (s < 1) "1e-9" else "1e9"
  put(paste0("scale_", tag, "_km_time"), vec(k$time))
  put(paste0("scale_", tag, "_km_surv"), vec(k$surv))
  put(paste0("scale_", tag, "_km_stderr"), vec(k$std.err))
  put(paste0("scale_", tag, "_cox_coef"), vec(coef(g)))
  put(paste0("scale_", tag, "_cox_se"), vec(sqrt(diag(vcov(g)))))
}

# All events tied at one time.
tied <- data.frame(t = c(5, 5, 5, 5, 5, 5, 8, 9), e = c(1, 1, 1, 1, 1, 1, 0, 0), x = c(0.5, 1, 2, 0, 1.5, 3, 1, 2))
for (m in c("efron", "breslow")) {
  g <- coxph(Surv(t, e) ~ x, tied, ties = m)
  put(paste0("tied_", m, "_coef"), vec(coef(g)))
  put(paste0("tied_", m, "_se"), vec(sqrt(diag(vcov(g)))))
  put(paste0("tied_", m, "_loglik"), vec(g$loglik))
}
k <- survfit(Surv(t, e) ~ 1, tied)
put("tied_km_time", vec(k$time)); put("tied_km_surv", vec(k$surv)); put("tied_km_stderr", vec(k$std.err))

# Zero weights: survfit gives the fit without those rows; coxph stops.
kw <- survfit(Surv(t, e) ~ 1, d, weights = w)
kd <- survfit(Surv(t, e) ~ 1, d[d$w > 0, ])
put("zero_weight_km_time", vec(kw$time[kw$n.event > 0])); put("zero_weight_km_surv", vec(kw$surv[kw$n.event > 0]))
put("dropped_km_time", vec(kd$time[kd$n.event > 0])); put("dropped_km_surv", vec(kd$surv[kd$n.event > 0]))
put("zero_weight_km_stderr", vec(kw$std.err[kw$n.event > 0]))
put("zero_weight_cox_error", str(tryCatch({coxph(Surv(t, e) ~ x, d, weights = w); "no error"}, error = function(e) conditionMessage(e))))

# Effect sizes with zero SD: effectsize cannot build the noncentral-t interval.
put("zero_sd_cohens_d_error", str(tryCatch({cohens_d(c(3, 3, 3), c(2, 2, 2)); "no error"}, error = function(e) conditionMessage(e))))

# The all-zero 2x2 table: escalc adds 1/2 to every cell (to = "only0"), or drops it with drop00.
for (m in c("OR", "RR", "RD")) {
  es <- escalc(m, ai = 0, bi = 0, ci = 0, di = 0)
  put(paste0("all_zero_", m), vec(c(es$yi, es$vi)))
}
for (m in c("OR", "RR", "RD")) {
  es <- escalc(m, ai = 0, bi = 10, ci = 0, di = 12)
  put(paste0("double_zero_", m), vec(c(es$yi, es$vi)))
}
put("all_zero_OR_drop00", vec(unlist(escalc("OR", ai = 0, bi = 0, ci = 0, di = 0, drop00 = TRUE)[1, c("yi", "vi")])))

# A bootstrap whose statistic is constant: boot.ci refuses every interval.
b <- boot(c(4, 4, 4, 4, 4), function(x, i) mean(x[i]), R = 200)
put("constant_boot_ci_message", str(paste(capture.output(r <- boot.ci(b, type = c("perc", "bca"))), collapse = " ")))
put("constant_boot_ci_is_null", if (is.null(r)) "true" else "false")

cat("{\n", paste(sprintf("  \"%s\": %s", names(items), unlist(items)), collapse = ",\n"), "\n}\n", sep = "")
