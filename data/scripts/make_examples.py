"""Writes the small example files under data/examples/ that the --help and README examples use.

Run from the repository root: python3 data/scripts/make_examples.py (standard library only, seeded,
so the files are reproducible byte for byte). dat_bcg.csv is copied from ../shared/reference/data
(metadat's dat.bcg) and is not written here.
"""
import csv
import random
import statistics

COHORT = "data/simulated_cohort.csv"


def decimal_comma_extract():
    """The first 100 rows of the simulated cohort as a European spreadsheet exports them."""
    with open(COHORT, newline="") as f:
        rows = list(csv.reader(f))[:101]
    with open("data/examples/cohort_decimal_comma.csv", "w", newline="") as f:
        for row in rows:
            f.write(";".join(cell.replace(".", ",") for cell in row) + "\n")


def eq_vas_by_site():
    """Per-site summary data (n, mean, SD of EQ VAS at week 24, buprenorphine vs methadone) with the
    mean difference yi and its variance vi = sd1^2/n1 + sd2^2/n2, as a meta-analysis of sites."""
    with open(COHORT, newline="") as f:
        data = [r for r in csv.DictReader(f) if r["eq_vas_w24"] != ""]
    sites = sorted({r["site"] for r in data})
    with open("data/examples/eq_vas_by_site.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["site", "n1", "m1", "sd1", "n2", "m2", "sd2", "yi", "vi"])
        for s in sites:
            a = [float(r["eq_vas_w24"]) for r in data if r["site"] == s and r["arm"] == "buprenorphine"]
            b = [float(r["eq_vas_w24"]) for r in data if r["site"] == s and r["arm"] == "methadone"]
            if len(a) < 2 or len(b) < 2:
                continue
            m1, sd1, m2, sd2 = statistics.mean(a), statistics.stdev(a), statistics.mean(b), statistics.stdev(b)
            w.writerow([s, len(a), repr(m1), repr(sd1), len(b), repr(m2), repr(sd2), repr(m1 - m2), repr(sd1**2 / len(a) + sd2**2 / len(b))])


def whoqol_bref():
    """40 synthetic WHOQOL-BREF respondents (items q1..q26 on 1..5, a few missing), seeded."""
    rng = random.Random(20261207)
    with open("data/examples/whoqol_bref.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id"] + [f"q{i}" for i in range(1, 27)])
        for pid in range(1, 41):
            level = rng.choice([2, 3, 3, 4, 4, 5])
            items = []
            for i in range(1, 27):
                if rng.random() < 0.02:
                    items.append("")
                    continue
                base = 6 - level if i in (3, 4, 26) else level
                items.append(str(min(5, max(1, base + rng.choice([-1, 0, 0, 1])))))
            w.writerow([pid] + items)


decimal_comma_extract()
eq_vas_by_site()
whoqol_bref()
