# R 4.2.2, survival 3.x, on the per-patient table written by crosscheck.py.
library(survival)
d <- read.csv(commandArgs(TRUE)[1])
d$arm <- factor(d$arm, levels = c("Methadone", "Outpatient BUP"))
f <- survfit(Surv(time, dropout) ~ arm, data = d)
print(f)
s <- summary(f, times = c(30, 90, 161))
print(data.frame(strata = s$strata, time = s$time, surv = sprintf("%.15g", s$surv)))
lr <- survdiff(Surv(time, dropout) ~ arm, data = d)
cat(sprintf("chisq %.15g\n", lr$chisq)); print(lr$obs); print(sprintf("%.15g", lr$exp))
cx <- coxph(Surv(time, dropout) ~ arm, data = d)
cat(sprintf("coef %.15g se %.15g hr %.15g lo %.15g hi %.15g loglik %.15g\n", coef(cx), sqrt(vcov(cx)[1, 1]),
            exp(coef(cx)), exp(confint(cx))[1], exp(confint(cx))[2], cx$loglik[2]))
