# Reference values for OutcomesLab's GLM (issue 18): R's glm() on the bundled data, and
# sandwich::vcovCL cluster-robust SEs (R's default for a glm: HC0 with the G/(G-1) adjustment; HC1 too) with lmtest::coeftest z tests for three of the models.
# Run from the repository root: Rscript tests/OutcomesLab.Core.Tests/Fixtures/glm/make_glm_reference.R
# R 4.2.2 (Debian bookworm r-base-core, r-cran-mass, r-cran-sandwich, r-cran-lmtest). Writes glm_reference.csv beside this script: one row per
# (model, quantity) with the value printed to 17 significant digits.
out_dir <- "tests/OutcomesLab.Core.Tests/Fixtures/glm"
cohort <- read.csv("data/simulated_cohort.csv")
cohort$arm <- relevel(factor(cohort$arm), ref = "methadone")
cohort$age2 <- 2 * cohort$age
bcg <- read.csv("data/examples/dat_bcg.csv")
bcg$n <- bcg$tpos + bcg$tneg
bcg$prop <- bcg$tpos / bcg$n
vas <- cohort[!is.na(cohort$eq_vas_w24), ]

models <- list(
  logit = glm(event ~ arm + age + sex, family = binomial, data = cohort),
  probit = glm(event ~ arm + age + sex, family = binomial(link = "probit"), data = cohort),
  cloglog = glm(event ~ arm + age, family = binomial(link = "cloglog"), data = cohort),
  aliased = glm(event ~ age + arm + age2, family = binomial, data = cohort),
  proportion = glm(prop ~ ablat + year, family = binomial, weights = n, data = bcg),
  poisson_offset = glm(tpos ~ ablat + year, family = poisson, offset = log(n), data = bcg),
  poisson_sqrt = glm(tpos ~ ablat, family = poisson(link = "sqrt"), data = bcg),
  gaussian = glm(eq_vas_w24 ~ arm + age + eq_vas, family = gaussian, data = vas),
  gaussian_weighted = glm(eq_vas_w24 ~ arm + eq_vas, family = gaussian, weights = age, data = vas),
  gaussian_log = glm(eq_vas_w24 ~ arm + eq_vas, family = gaussian(link = "log"), data = vas),
  # MASS 7.3-58.2 (Debian r-cran-mass): negative binomial with and without an offset.
  nb = MASS::glm.nb(tpos ~ ablat + year, data = bcg),
  nb_offset = MASS::glm.nb(tpos ~ ablat + offset(log(n)), data = bcg)
)

library(lmtest)    # 0.9.40: coeftest(fit, vcov = vcovCL(...)), z tests for a glm
library(sandwich)  # 3.0.2: vcovCL, default for a glm type "HC0" with cadjust = TRUE (G/(G-1)); HC1 also written
clusters <- list(
  logit = cohort$site, gaussian = vas$site, poisson_offset = bcg$alloc
)

rows <- list()
add <- function(model, quantity, value) rows[[length(rows) + 1]] <<- data.frame(model = model, quantity = quantity, value = formatC(value, digits = 17, format = "g"))
for (name in names(models)) {
  fit <- models[[name]]
  s <- summary(fit)
  add(name, "deviance", fit$deviance)
  add(name, "null_deviance", fit$null.deviance)
  add(name, "df_residual", fit$df.residual)
  add(name, "df_null", fit$df.null)
  add(name, "aic", fit$aic)
  add(name, "dispersion", s$dispersion)
  add(name, "iterations", fit$iter)
  if (inherits(fit, "negbin")) {
    add(name, "theta", fit$theta)
    add(name, "theta_se", fit$SE.theta)
    add(name, "twologlik", fit$twologlik)
  }
  cf <- coef(fit)
  ci <- suppressMessages(confint.default(fit))
  tab <- s$coefficients
  robust <- if (!is.null(clusters[[name]])) sqrt(diag(vcovCL(fit, cluster = clusters[[name]]))) else NULL
  robust_test <- if (!is.null(clusters[[name]])) coeftest(fit, vcov. = vcovCL(fit, cluster = clusters[[name]])) else NULL
  for (term in names(cf)) {
    if (!is.null(robust)) add(name, paste0("robust_se:", term), robust[[term]])
    if (!is.null(robust)) add(name, paste0("robust_z:", term), robust_test[term, 3])
    if (!is.null(robust)) add(name, paste0("robust_p:", term), robust_test[term, 4])
    if (!is.null(robust)) add(name, paste0("robust_hc1_se:", term), sqrt(diag(vcovCL(fit, cluster = clusters[[name]], type = "HC1")))[[term]])
    add(name, paste0("coef:", term), cf[[term]])
    if (!is.na(cf[[term]])) {
      add(name, paste0("se:", term), tab[term, 2])
      add(name, paste0("stat:", term), tab[term, 3])
      add(name, paste0("p:", term), tab[term, 4])
      add(name, paste0("lower:", term), ci[term, 1])
      add(name, paste0("upper:", term), ci[term, 2])
    }
  }
}
write.csv(do.call(rbind, rows), file.path(out_dir, "glm_reference.csv"), row.names = FALSE)
