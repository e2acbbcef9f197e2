library(survival); library(MASS)
d <- data.frame(t=c(84,84,42,42,42,49,14,84,21), e=c(1,1,0,0,1,1,0,0,0), g=c("g2","g0","g1","g0","g0","g3","g0","g1","g2"), s=c("s1","s0","s1","s1","s0","s1","s1","s1","s0"))
fit <- survival:::survdiff.fit(Surv(d$t, d$e), factor(d$g), strat=as.integer(factor(d$s)), rho=0)
print(fit)
o <- rowSums(fit$observed); e <- rowSums(fit$expected); v <- fit$var
keep <- which(e > 0); dd <- (o-e)[keep]; vv <- v[keep, keep]
print(eigen(vv)$values)
chi <- drop(t(dd) %*% ginv(vv) %*% dd); rk <- qr(vv, tol=1e-7)$rank
cat(sprintf("chisq=%.17g df=%d p=%.17g\n", chi, rk, pchisq(chi, rk, lower.tail=FALSE)))
# reduced (drop first kept) with ginv, for comparison
chi2 <- drop(t(dd[-1]) %*% ginv(vv[-1,-1]) %*% dd[-1]); cat(sprintf("reduced chisq=%.17g\n", chi2))
