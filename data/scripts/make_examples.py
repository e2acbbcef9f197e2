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


def dated_cohort():
    """The first 120 patients of the simulated cohort with calendar dates instead of study days:
    staggered entry (start_date = 2019-01-01 + 3 * (id - 1) days), end_date = start_date + time_days,
    birth_date drawn (seeded) so that the age in completed years at start_date is the cohort's age."""
    import datetime
    rng = random.Random(20261208)
    with open(COHORT, newline="") as f:
        data = list(csv.DictReader(f))[:120]
    with open("data/examples/dated_cohort.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "arm", "sex", "birth_date", "start_date", "end_date", "event"])
        for r in data:
            pid = int(r["id"])
            start = datetime.date(2019, 1, 1) + datetime.timedelta(days=3 * (pid - 1))
            end = start + datetime.timedelta(days=int(r["time_days"]))
            # A birthday 1..364 days before the age-th anniversary keeps the completed age at r["age"].
            years_back = int(r["age"])
            anniversary = start.replace(year=start.year - years_back) if not (start.month == 2 and start.day == 29) else start.replace(year=start.year - years_back, day=28)
            birth = anniversary - datetime.timedelta(days=rng.randint(0, 364))
            w.writerow([pid, r["arm"], r["sex"], birth.isoformat(), start.isoformat(), end.isoformat(), r["event"]])


decimal_comma_extract()
eq_vas_by_site()
whoqol_bref()
dated_cohort()
