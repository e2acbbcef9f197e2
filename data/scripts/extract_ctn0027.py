#!/usr/bin/env python3
"""Rebuild data/ctn0027/ from the CTN-0094 CSV export (maintenance script; users never need it).

Usage: python3 data/scripts/extract_ctn0027.py ../shared/data/ctn0094 data/ctn0027
Keeps the rows of the CTN-0027 (project 27) participants, byte-for-byte as in the source files
(same header, quoting and line order), so every value is exactly the public package's.
"""
import csv
import os
import sys

TABLES = ["everybody", "randomization", "treatment", "uds", "visit", "demographics",
          "site_masked", "asi"]


def main(src: str, dst: str) -> None:
    with open(os.path.join(src, "everybody.csv"), newline="", encoding="utf-8") as f:
        who = {row["who"] for row in csv.DictReader(f) if row["project"] == "27"}
    os.makedirs(dst, exist_ok=True)
    for table in TABLES:
        with open(os.path.join(src, table + ".csv"), encoding="utf-8", newline="") as f:
            lines = f.read().splitlines(keepends=True)
        kept = [lines[0]] + [ln for ln in lines[1:] if ln.split(",", 1)[0].strip('"') in who]
        with open(os.path.join(dst, table + ".csv"), "w", encoding="utf-8", newline="") as f:
            f.writelines(kept)
        print(f"{table}: {len(kept) - 1} rows")
    with open(os.path.join(src, "meta_study_length.csv"), encoding="utf-8", newline="") as f:
        lines = f.read().splitlines(keepends=True)
    with open(os.path.join(dst, "meta_study_length.csv"), "w", encoding="utf-8", newline="") as f:
        f.writelines([lines[0]] + [ln for ln in lines[1:] if ln.startswith('"27"')])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
