"""Time `graphbuilder build` on generated corpora against bare `jieba.cut` over the same text; print a table.

For each N (articles): the corpus (benchmarks/corpus.py, generated once into the work folder), jieba.cut's
throughput over its pages, a build with --jobs 1 and one with --jobs 2 into fresh folders (all three outputs,
cache on as the CLI does), a re-run of the --jobs 1 build with 1% new pages added, the seconds per stage
of the --jobs 1 build, and the peak resident memory of each build (the build process and its workers summed,
sampled every 50 ms). Generated text is for timing only, never for accuracy claims.

Usage:
    benchmarks/run [--sizes 200,2000,10000] [--work /tmp/graphbuilder-bench]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
STAGES = ("read", "context", "extract", "resolve", "rdf", "turtle", "load", "network", "graphml", "html", "write",
          "cache")

_CHILD_BUILD = """
import json, sys, time
began = time.perf_counter()
from graphbuilder.pipeline import build
summary = build(sys.argv[1:-3], sys.argv[-3], jobs=int(sys.argv[-2]))
json.dump({"seconds": time.perf_counter() - began, "stages": summary.stages, "pages": summary.pages,
           "articles": summary.articles, "triples": summary.triples, "cached": summary.cached,
           "persons": summary.persons, "events": summary.events}, open(sys.argv[-1], "w"))
"""

_CHILD_CUT = """
import json, logging, sys, time
import jieba
jieba.setLogLevel(logging.WARNING)
jieba.initialize()
texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:-1]]
began = time.perf_counter()
for text in texts:
    for _ in jieba.cut(text):
        pass
json.dump({"seconds": time.perf_counter() - began, "chars": sum(map(len, texts))}, open(sys.argv[-1], "w"))
"""


def run_measured(args: list[str]) -> tuple[float, int]:
    """Run a command; (wall seconds, peak RSS in bytes of it and its descendants together)."""
    began = time.perf_counter()
    process = subprocess.Popen(args)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - began
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(args[:3])} … failed with exit code {process.returncode}")
    return seconds, peak


def _tree_rss(root: int) -> int:
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/statm") as statm:
                rss[int(entry)] = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack += children.get(pid, [])
    return total


def corpus(work: Path, articles: int, *, seed: int = 6, start: str | None = None) -> list[Path]:
    folder = work / f"corpus-{articles}-{seed}"
    if not (folder / "DONE").exists():
        shutil.rmtree(folder, ignore_errors=True)
        command = [PYTHON, str(HERE / "corpus.py"), str(articles), "-o", str(folder), "--seed", str(seed)]
        subprocess.run(command + (["--start", start] if start else []), check=True, stdout=subprocess.DEVNULL)
        (folder / "DONE").write_text("")
    return sorted(folder.glob("*.txt"))


def build(work: Path, pages: list[Path], outdir: Path, jobs: int) -> dict:
    result = work / "result.json"
    seconds, peak = run_measured([PYTHON, "-c", _CHILD_BUILD, *map(str, pages), str(outdir), str(jobs), str(result)])
    report = json.loads(result.read_text())
    report.update(wall=seconds, peak=peak)
    return report


def cut(work: Path, pages: list[Path]) -> dict:
    result = work / "cut.json"
    subprocess.run([PYTHON, "-c", _CHILD_CUT, *map(str, pages), str(result)], check=True)
    return json.loads(result.read_text())


def measure(work: Path, articles: int) -> dict:
    pages = corpus(work, articles)
    extra = corpus(work, max(1, articles // 100), seed=7, start="2022-06-01")  # 1% new pages, later dates
    chars = sum(len(p.read_text(encoding="utf-8")) for p in pages)
    bare = cut(work, pages)
    one_dir, two_dir = work / f"out-{articles}-j1", work / f"out-{articles}-j2"
    for folder in (one_dir, two_dir):
        shutil.rmtree(folder, ignore_errors=True)
    one = build(work, pages, one_dir, 1)
    two = build(work, pages, two_dir, 2)
    rerun = build(work, pages + extra, one_dir, 1)
    return {"articles": articles, "pages": len(pages), "chars": chars, "cut": chars / bare["seconds"],
            "one": one, "two": two, "rerun": rerun, "new_pages": len(extra)}


def table(rows: list[dict]) -> str:
    head = ["N", "pages", "chars", "jieba.cut c/s", "j1 s", "j1 c/s", "j1/cut", "j2 s", "j2/cut",
            "+1% s", "+1%/first", "RSS j1", "RSS j2", "triples"]
    lines = [head]
    for r in rows:
        one, two, rerun = r["one"], r["two"], r["rerun"]
        lines.append([
            f"{r['articles']:,}", f"{r['pages']:,}", f"{r['chars']:,}", f"{r['cut']:,.0f}",
            f"{one['wall']:.1f}", f"{r['chars'] / one['wall']:,.0f}", f"{r['chars'] / one['wall'] / r['cut']:.2f}",
            f"{two['wall']:.1f}", f"{r['chars'] / two['wall'] / r['cut']:.2f}",
            f"{rerun['wall']:.1f}", f"{rerun['wall'] / one['wall']:.0%}",
            f"{one['peak'] / 2**20:,.0f} MB", f"{two['peak'] / 2**20:,.0f} MB", f"{one['triples']:,}",
        ])
    stage_head = ["N (--jobs 1)", *STAGES, "other"]
    stage_lines = [stage_head]
    for r in rows:
        stages = r["one"]["stages"]
        other = r["one"]["wall"] - sum(stages.get(s, 0) for s in STAGES)
        stage_lines.append([f"{r['articles']:,}", *(f"{stages.get(s, 0):.1f}" for s in STAGES), f"{other:.1f}"])
    return _format(lines) + "\n\nseconds per stage (other: interpreter start, imports, jieba's dictionary)\n" + _format(
        stage_lines)


def _format(lines: list[list[str]]) -> str:
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    out = ["  ".join(cell.rjust(w) for cell, w in zip(line, widths)) for line in lines]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    return (f"{cpu}, {os.cpu_count()} cores, {memory / 2**20:.0f} GB, Python {platform.python_version()}, "
            f"load average {os.getloadavg()[0]:.1f} at start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="200,2000,10000", help="articles per corpus, comma-separated")
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "graphbuilder-bench")
    parser.add_argument("--json", type=Path, help="also write the measurements as JSON here")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(machine(), flush=True)
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        rows.append(measure(args.work, size))
        print(f"N={size:,} done", file=sys.stderr, flush=True)
    print(table(rows))
    print(f"load average {os.getloadavg()[0]:.1f} at end (1 minute)")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
