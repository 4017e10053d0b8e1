"""Speed and memory of a whole audit at municipality scale (``make bench``).

Writes large exports in the shapes schools produce (grades and lessons, ``;`` CSV with
``dd.mm.yyyy.`` dates), then times each step of ``check`` against a bare ``polars.read_csv`` of
the same files, and reports the peak memory of each step measured in its own process.

    python benchmarks/run.py --rows 1000000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

import polars as pl

from eklase_audit.sample.prng import below, salt

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench-data"
SCHOOL_DAYS_FROM = dt.date(2025, 9, 1)


def _numbered(rows: int, seed: int, purpose: str) -> pl.DataFrame:
    """Rows numbered ``i`` with a draw ``r`` in [0, 1 000 000), the same on every Polars version
    (unlike ``Series.hash``)."""
    index = pl.int_range(rows, eager=True)
    return pl.DataFrame({"i": index}).with_columns(
        below(pl.col("i"), salt(seed, f"bench:{purpose}"), 1_000_000).alias("r")
    )


def _grades(rows: int, seed: int) -> pl.DataFrame:
    """``rows`` grades over the first semester of 2025/2026: 7-12 classes, 12 subjects."""
    frame = _numbered(rows, seed, "grades").with_columns(
        (pl.lit(SCHOOL_DAYS_FROM) + pl.duration(days=pl.col("r") % 110)).alias("date"),
        pl.format("{}.{}", 7 + pl.col("r") % 6, pl.lit("a")).alias("class"),
        pl.format("Priekšmets {}", pl.col("r") % 12).alias("subject"),
        pl.format("Skolēns Nr. {}", pl.col("i") % 20_000).alias("student"),
        (1 + pl.col("r") % 10).cast(pl.String).alias("grade"),
        pl.when(pl.col("r") % 2 == 0)
        .then(pl.lit("formatīvais"))
        .otherwise(pl.lit("summatīvais"))
        .alias("work_type"),
        pl.format("Skolotājs Nr. {}", pl.col("r") % 400).alias("teacher"),
    )
    entered = pl.col("date").cast(pl.Datetime("us")) + pl.duration(
        hours=8 + pl.col("r") % 10, days=(pl.col("r") // 7) % 6
    )
    submitted = pl.col("date").cast(pl.Datetime("us")) + pl.duration(hours=15)
    return frame.select(
        pl.col("date").dt.strftime("%d.%m.%Y.").alias("Datums"),
        pl.col("class").alias("Klase"),
        pl.col("subject").alias("Priekšmets"),
        pl.col("student").alias("Skolēns"),
        pl.col("grade").alias("Vērtējums"),
        pl.col("work_type").alias("Darba veids"),
        submitted.dt.strftime("%d.%m.%Y %H:%M").alias("Iesniegts"),
        pl.col("teacher").alias("Skolotājs"),
        entered.dt.strftime("%d.%m.%Y %H:%M").alias("Ievadīts"),
    )


def _lessons(rows: int, seed: int) -> pl.DataFrame:
    frame = _numbered(rows, seed, "lessons")
    date = pl.lit(SCHOOL_DAYS_FROM) + pl.duration(days=pl.col("i") // 2000 % 110)
    entered = date.cast(pl.Datetime("us")) + pl.duration(hours=9 + pl.col("r") % 10)
    return frame.select(
        date.dt.strftime("%d.%m.%Y.").alias("Datums"),
        (1 + pl.col("i") % 8).alias("Stunda"),
        pl.format(
            "{}.{}",
            1 + (pl.col("i") // 8) % 12,
            pl.lit("abcdefghij").str.slice(((pl.col("i") // 96) % 10).cast(pl.Int64), 1),
        ).alias("Klase"),
        pl.format("Priekšmets {}", (pl.col("i") // 960) % 12).alias("Priekšmets"),
        pl.format("Skolotājs Nr. {}", pl.col("r") % 400).alias("Skolotājs"),
        pl.when(pl.col("r") % 50 == 0)
        .then(pl.lit(""))
        .otherwise(pl.lit("SR: saskaita / Daļskaitļi"))
        .alias("Tēma"),
        entered.dt.strftime("%d.%m.%Y %H:%M").alias("Ievadīts"),
    )


def prepare(rows: int, seed: int) -> Path:
    folder = DATA / f"rows-{rows}-seed-{seed}"
    if (folder / "done").exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    _grades(rows, seed).write_csv(folder / "vertejumi.csv", separator=";")
    _lessons(max(rows // 4, 1), seed).write_csv(folder / "stundas.csv", separator=";")
    (folder / "done").write_text("ok")
    return folder


STEP = r"""
import json, resource, sys, time
from pathlib import Path
step, folder, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
started = time.perf_counter()
if step == "bare":
    import polars as pl
    rows = sum(pl.read_csv(p, separator=";", infer_schema=False).height
               for p in sorted(folder.glob("*.csv")))
else:
    import datetime as dt
    from eklase_audit.engine import AuditRequest, run_audit
    from eklase_audit.io.readers import read_inputs
    from eklase_audit.profiles.loader import load_profile
    read = read_inputs([folder])
    rows = sum(i.rows_read for i in read.inputs)
    if step != "read":
        result = run_audit(AuditRequest(profile=load_profile("aknistes-vsk"), read=read,
                                        as_of=dt.datetime(2026, 1, 31, 23, 59, 59)))
        rows = result.violations.height
        if step in ("json", "xlsx"):
            from eklase_audit.messages import Translator
            if step == "json":
                from eklase_audit.report.json_report import render_json
                out.write_text(render_json(result, Translator("lv")), encoding="utf-8")
            else:
                from eklase_audit.report.xlsx import write_xlsx
                write_xlsx(result, out, Translator("lv"))
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "peak_mib": peak, "rows": rows}))
"""


def run_step(step: str, folder: Path) -> dict[str, float]:
    out = DATA / f"out.{'xlsx' if step == 'xlsx' else 'json'}"
    done = subprocess.run(
        [sys.executable, "-c", STEP, step, str(folder), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000, help="grades rows (lessons: 1/4)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--steps", default="bare,read,audit,json,xlsx")
    args = parser.parse_args()
    started = time.perf_counter()
    folder = prepare(args.rows, args.seed)
    size = sum(p.stat().st_size for p in folder.glob("*.csv")) / 2**20
    print(f"data: {folder} ({size:.0f} MiB) ready in {time.perf_counter() - started:.1f} s")
    print("Each step runs in its own process and includes the steps before it (read, audit...).")
    print(f"{'step':<8}{'seconds':>10}{'peak MiB':>10}  rows / violations")
    bare = None
    for step in args.steps.split(","):
        figures = run_step(step, folder)
        bare = figures["seconds"] if step == "bare" else bare
        ratio = f"  ({figures['seconds'] / bare:.1f}x bare read)" if bare and step != "bare" else ""
        print(
            f"{step:<8}{figures['seconds']:>10.2f}{figures['peak_mib']:>10.0f}  "
            f"{int(figures['rows']):,}{ratio}"
        )


if __name__ == "__main__":
    main()
