# Reference values for notebooks/03-ctn0027-missing-urine-rule.cs (R 4.2, base stats only).
# Input: the responder counts of the notebook's 2x2 tables (buprenorphine first), which the notebook
# itself recounts from the use-pattern words. Run: Rscript notebooks/r/03-uds-effects.R
newcombe <- function(a, n1, c, n2) {
  w1 <- prop.test(a, n1, correct = FALSE)$conf.int  # Wilson score limits
  w2 <- prop.test(c, n2, correct = FALSE)$conf.int
  p1 <- a / n1; p2 <- c / n2
  c(rd = p1 - p2,
    lower = p1 - p2 - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2),
    upper = p1 - p2 + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2),
    fisher_p = fisher.test(matrix(c(a, n1 - a, c, n2 - c), 2, byrow = TRUE))$p.value)
}
options(digits = 15)
print(newcombe(86, 740, 94, 529))    # missing = positive
print(newcombe(183, 352, 194, 396))  # missing stays missing (available cases)
print(newcombe(571, 740, 327, 529))  # missing = negative
