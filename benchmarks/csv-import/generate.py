#!/usr/bin/env python3
"""Writes N synthetic events in the documented CSV column set (for the import benchmark)."""
import csv, random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
out = sys.argv[2] if len(sys.argv) > 2 else "events-100k.csv"
random.seed(42)
types = ["airstrike", "bombing", "armed-clash", "statement", "diplomatic-meeting", "un-appeal"]
towns = [(f"Town {i}", random.choice(["LY", "EG", "TN"]), round(random.uniform(20, 33), 4), round(random.uniform(9, 32), 4)) for i in range(500)]
actors = [f"Group {i}" for i in range(300)]
columns = ["id", "title", "summary", "start_date", "end_date", "date_precision", "approximate", "event_type", "place", "country",
           "latitude", "longitude", "geo_precision", "actors", "killed_min", "killed_max", "injured", "source_urls", "tags", "status"]
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(columns)
    for i in range(n):
        town = random.choice(towns)
        y, m, d = random.randint(2011, 2015), random.randint(1, 12), random.randint(1, 28)
        killed = random.randint(0, 50)
        w.writerow(["", f"Synthetic event {i}", f"Row {i} of a benchmark file near {town[0]}.", f"{y:04d}-{m:02d}-{d:02d}", "", "day",
                    "false", random.choice(types), town[0], town[1], town[2], town[3], "town",
                    f"{random.choice(actors)} [perpetrator]; {random.choice(actors)} [target]", killed, killed + random.randint(0, 5), "",
                    "vice-news-2015-02-17", "benchmark; synthetic", "draft"])
print(f"wrote {n} rows to {out}")
