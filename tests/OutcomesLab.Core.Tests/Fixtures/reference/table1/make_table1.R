# Oracle for OutcomesLab.Tables.BaselineTable (Table 1). Base R only (+ MASS::ginv, jsonlite).
# Run from the repository root:
#   Rscript tests/OutcomesLab.Core.Tests/Fixtures/reference/table1/make_table1.R
# Writes the data subsets used (sim.csv, addicts.csv) and one JSON result per case into this folder.
suppressPackageStartupMessages(library(jsonlite))
out <- "tests/OutcomesLab.Core.Tests/Fixtures/reference/table1"

sim <- read.csv("data/simulated_cohort.csv", stringsAsFactors = FALSE, na.strings = c("", "NA"))
sim <- sim[, c("arm", "age", "sex", "dose_mg", "site", "eq_vas", "eq_vas_w24", "mo_w24")]
add <- read.csv("data/addicts/addicts.csv", stringsAsFactors = FALSE)
add <- add[, c("clinic", "prison", "mdose", "days")]
write.csv(sim, file.path(out, "sim.csv"), row.names = FALSE, quote = FALSE, na = "")
write.csv(add, file.path(out, "addicts.csv"), row.names = FALSE, quote = FALSE, na = "")

first_order <- function(x) unique(as.character(x[!is.na(x)]))
num <- function(x) if (length(x) == 0 || is.na(x) || is.nan(x)) NA else x

cont_stats <- function(x) {
  v <- x[!is.na(x)]
  n <- length(v)
  q <- if (n > 0) quantile(v, c(0.25, 0.5, 0.75), type = 7, names = FALSE) else c(NA, NA, NA)
  list(n = n, missing = sum(is.na(x)),
       mean = num(if (n > 0) mean(v) else NA), sd = num(if (n > 1) sd(v) else NA),
       median = num(q[2]), q1 = num(q[1]), q3 = num(q[3]),
       min = num(if (n > 0) min(v) else NA), max = num(if (n > 0) max(v) else NA))
}

# Austin (2009): (m1 - m2) / sqrt((s1^2 + s2^2) / 2), reported as an absolute value (as tableone).
smd_cont <- function(x1, x2) {
  x1 <- x1[!is.na(x1)]; x2 <- x2[!is.na(x2)]
  abs(mean(x1) - mean(x2)) / sqrt((var(x1) + var(x2)) / 2)
}

# Yang & Dalton (2012): sqrt(t(T - C) S^-1 (T - C)) over levels 2..K,
# S = (S1 + S2) / 2, S_kk = p_k (1 - p_k), S_kl = -p_k p_l; generalised inverse as MASS::ginv.
smd_cat <- function(x1, x2, levels) {
  p1 <- as.numeric(table(factor(x1, levels = levels))); p1 <- p1 / sum(p1)
  p2 <- as.numeric(table(factor(x2, levels = levels))); p2 <- p2 / sum(p2)
  keep <- 2:length(levels)
  t <- p1[keep]; c <- p2[keep]
  s1 <- -outer(t, t); diag(s1) <- t * (1 - t)
  s2 <- -outer(c, c); diag(s2) <- c * (1 - c)
  s <- (s1 + s2) / 2
  sqrt(drop(t(t - c) %*% MASS::ginv(s) %*% (t - c)))
}

one_case <- function(name, data, group, continuous, nonnormal, categorical, exact) {
  g <- as.character(data[[group]])
  data <- data[!is.na(g), ]
  g <- g[!is.na(g)]
  arms <- first_order(g)
  res <- list(case = name, group = group, arms = arms,
              arm_n = sapply(arms, function(a) sum(g == a), USE.NAMES = FALSE), overall_n = length(g),
              variables = list())
  for (v in c(continuous, categorical)) {
    x <- data[[v]]
    if (v %in% continuous) {
      stats <- lapply(arms, function(a) cont_stats(x[g == a]))
      stats[[length(arms) + 1]] <- cont_stats(x)
      pairs <- combn(length(arms), 2)
      smd_pairs <- apply(pairs, 2, function(ij) smd_cont(x[g == arms[ij[1]]], x[g == arms[ij[2]]]))
      vs_first <- sapply(2:length(arms), function(j) smd_cont(x[g == arms[1]], x[g == arms[j]]))
      f <- factor(g, levels = arms)
      if (v %in% nonnormal) {
        k <- kruskal.test(x ~ f)
        test <- list(method = "kruskal", statistic = unname(k$statistic), df = unname(k$parameter), p = k$p.value)
      } else {
        o <- oneway.test(x ~ f, var.equal = TRUE)
        test <- list(method = "anova", statistic = unname(o$statistic), df = unname(o$parameter[1]),
                     df2 = unname(o$parameter[2]), p = o$p.value)
      }
      res$variables[[length(res$variables) + 1]] <- list(
        name = v, type = "continuous", nonnormal = v %in% nonnormal, stats = stats,
        smd_vs_first = vs_first, smd_mean = mean(smd_pairs), test = test)
    } else {
      x <- as.character(x)
      levels <- first_order(x)
      counts <- sapply(arms, function(a) as.numeric(table(factor(x[g == a], levels = levels))))
      counts <- matrix(counts, nrow = length(levels))
      nonmiss <- colSums(counts)
      percent <- sweep(counts, 2, nonmiss, "/") * 100
      overall <- rowSums(counts)
      pairs <- combn(length(arms), 2)
      smd_pairs <- apply(pairs, 2, function(ij) smd_cat(x[g == arms[ij[1]] & !is.na(x)], x[g == arms[ij[2]] & !is.na(x)], levels))
      vs_first <- sapply(2:length(arms), function(j) smd_cat(x[g == arms[1] & !is.na(x)], x[g == arms[j] & !is.na(x)], levels))
      tab <- table(factor(x, levels = levels), factor(g, levels = arms))
      ch <- suppressWarnings(chisq.test(tab))
      test <- list(method = "chisq", statistic = unname(ch$statistic), df = unname(ch$parameter), p = ch$p.value,
                   min_expected = min(ch$expected))
      if (v %in% exact) test$fisher_p <- fisher.test(tab)$p.value
      res$variables[[length(res$variables) + 1]] <- list(
        name = v, type = "categorical", levels = levels,
        counts = lapply(seq_along(levels), function(i) counts[i, ]),
        percent = lapply(seq_along(levels), function(i) percent[i, ]),
        overall_counts = overall, overall_percent = overall / sum(overall) * 100,
        missing = sapply(arms, function(a) sum(is.na(x[g == a])), USE.NAMES = FALSE),
        overall_missing = sum(is.na(x)),
        smd_vs_first = vs_first, smd_mean = mean(smd_pairs), test = test)
    }
  }
  writeLines(toJSON(res, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE),
             file.path(out, paste0(name, ".json")))
}

one_case("sim_three_arms", sim, "arm", c("age", "dose_mg", "eq_vas", "eq_vas_w24"), c("dose_mg", "eq_vas_w24"),
         c("sex", "site", "mo_w24"), character(0))
two <- sim[sim$arm %in% c("methadone", "buprenorphine"), ]
one_case("sim_two_arms", two, "arm", c("age", "dose_mg", "eq_vas_w24"), c("dose_mg"), c("sex", "mo_w24"), c("sex"))
add$clinic <- as.character(add$clinic); add$prison <- as.character(add$prison)
one_case("addicts_clinic", add, "clinic", c("mdose", "days"), c("days"), c("prison"), c("prison"))
cat(R.version.string, "\n")
