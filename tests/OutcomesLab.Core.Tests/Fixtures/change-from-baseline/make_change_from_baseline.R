# Oracle for ChangeFromBaselineTests (R 4.2, base only): change from baseline per group with
# t.test intervals, MID responders (>= 0.05) and Jacobson-Truax reliable change (r = 0.8).
# Run: Rscript make_change_from_baseline.R ; the printed numbers are copied into the test.
d <- data.frame(
  g  = c("a", "a", "a", "a", "b", "b"),
  v0 = c(0.5, 0.6, 0.7, NA,  0.4, 0.8),
  v1 = c(0.6, 0.61, 0.9, 0.8, 0.3, 0.9),
  v2 = c(0.7, NA,  0.65, 0.8, 0.1, 1.0))
sd0 <- sd(d$v0, na.rm = TRUE)
sdiff <- sqrt(2) * sd0 * sqrt(1 - 0.8)
cat(sprintf("baseline_sd %.17g sdiff %.17g\n", sd0, sdiff))
for (v in c("v1", "v2")) for (g in c("a", "b")) {
  ch <- (d[[v]] - d$v0)[d$g == g]
  ch <- ch[!is.na(ch)]
  tt <- t.test(ch)
  rci <- ch / sdiff
  cat(sprintf("%s %s n %d mean %.17g sd %.17g lower %.17g upper %.17g responders %d improved %d unchanged %d deteriorated %d\n",
    v, g, length(ch), mean(ch), sd(ch), tt$conf.int[1], tt$conf.int[2], sum(ch >= 0.05),
    sum(rci > 1.96), sum(abs(rci) <= 1.96), sum(rci < -1.96)))
}
