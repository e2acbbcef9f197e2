library(cmprsk)
# Cohort found by the Aalen-Johansen property test (Properties/CumulativeIncidenceProperties.cs).
t <- c(270,180,60,30,360,150,330,0,360,30,360,240,270,0,240,300,210,180,60)
s <- c(0,0,2,0,1,0,0,0,1,0,1,0,0,0,0,0,0,0,0)
g <- c("g0","g0","g0","g0","g1","g0","g0","g1","g1","g1","g0","g1","g1","g0","g1","g0","g1","g1","g1")
fit <- cuminc(t, s, g)
print(fit$Tests, digits=17)
cat(sprintf("stat2=%.17g p2=%.17g\n", fit$Tests["2","stat"], fit$Tests["2","pv"]))
