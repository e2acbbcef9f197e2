# Oracle of ReportKmTrendTests: the log-rank test for trend (Collett 2015, sec. 2.6.4) on the bundled
# simulated cohort by arm, scores 1, 2, 3 in sorted level order (buprenorphine, methadone, xr-naltrexone),
# from survdiff's observed, expected and variance matrix. Run from the repository root:
#   Rscript tests/OutcomesLab.Cli.Tests/Fixtures/reference/r/make_report_km_trend.R
library(survival)
d <- read.csv("data/simulated_cohort.csv")
d$arm <- factor(d$arm, levels = sort(unique(d$arm)))
fit <- survdiff(Surv(time_days, event) ~ arm, data = d)
w <- 1:3
u <- sum(w * (fit$obs - fit$exp))
v <- drop(t(w) %*% fit$var %*% w)
chisq <- u^2 / v
cat(sprintf("U %.17g\nV %.17g\nchisq %.17g\np %.17g\n", u, v, chisq, pchisq(chisq, 1, lower.tail = FALSE)))
