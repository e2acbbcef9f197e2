# Reference EQ-5D indexes from the eq5d R package (fragla/eq5d commit bfdc7ca, installed from
# source with R 4.2.2), for every TTO, VT and CW value set and a fixed sample of states.
# Run: Rscript make_eq5d_reference.R > eq5d_r_reference.csv
library(eq5d)
s3 <- c("11111", "11112", "12321", "33333", "21232", "22222", "11113", "32211", "13311", "23132", "12233")
s5 <- c("11111", "11112", "55555", "12345", "54321", "21435", "33333", "15151", "44444", "11125", "52314")
sc <- function(s) { v <- as.numeric(strsplit(s, "")[[1]]); names(v) <- c("MO", "SC", "UA", "PD", "AD"); v }
cat("type,country,state,index\n")
for (country in colnames(eq5d:::TTO)) for (s in s3)
  cat(sprintf("TTO,%s,%s,%.12f\n", country, s, eq5d3l(sc(s), type = "TTO", country = country, digits = 12)))
for (country in colnames(eq5d:::VT)) for (s in s5)
  cat(sprintf("VT,%s,%s,%.12f\n", country, s, eq5d5l(sc(s), country = country, digits = 12)))
for (country in colnames(eq5d:::CW)) for (s in s5)
  cat(sprintf("CW,%s,%s,%.12f\n", country, s, eq5dcw(sc(s), country = country)))
