#!/usr/bin/env python3
"""Before and after: builds each git revision given in Release (in worktrees of its own) and measures
them side by side, interleaved, in one run: a full ingestion of the corpus into a new database, an
unchanged re-ingest of it (the whole process), the site's start-up to its first page on it, and wrk
on the same issue page, uncompressed and as a browser asks (Accept-Encoding: gzip, deflate, br), and
on the search mix with every request new (first visits), then the server's peak memory. For
docs/PERFORMANCE.md's before/after table.

    python3 bench/compare.py --corpus /tmp/kusamanews-bench/corpus-12000 6be19be f0ab83e HEAD

Uses bench/measure.py's helpers (servers on 127.0.0.1, /usr/bin/time, wrk); run bench/run.sh once
first so that the tools are installed.
"""

import argparse
from pathlib import Path

import measure
from measure import ISSUE_PATH, expect, median, remove_database, run, server, timed

REPO = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revisions", nargs="+")
    parser.add_argument("--corpus", required=True, type=Path)
    parser.add_argument("--work", type=Path, default=Path("/tmp/kusamanews-compare"))
    parser.add_argument("--reps", type=int, default=3, help="full ingestions of each revision")
    parser.add_argument("--rounds", type=int, default=3, help="wrk runs of 10 s on the issue page, each revision")
    args = parser.parse_args()

    args.work.mkdir(parents=True, exist_ok=True)
    builds = {rev: build(rev, args.work) for rev in args.revisions}
    size = len(list(args.corpus.glob("*.md")))

    ingestions = {rev: [] for rev in builds}
    unchanged = {rev: [] for rev in builds}
    startups = {rev: [] for rev in builds}
    for rep in range(args.reps):
        for rev, app in alternating(builds, rep):
            db = args.work / f"{rev}.db"
            remove_database(db)
            ingest = measure.ingest_command(app, db, args.corpus)
            wall, peak, output = timed(ingest, cwd=app.parent)
            expect(f"{size} ingested" in output, f"{rev} did not ingest every issue:\n{output}")
            ingestions[rev].append((wall, peak, db.stat().st_size / 1e6))
            wall, _, output = timed(ingest, cwd=app.parent)
            expect(f"{size} unchanged" in output, f"{rev} re-ingested files that had not changed:\n{output}")
            unchanged[rev].append(wall)
            startups[rev].append(measure.first_page_seconds(app, args.work / f"{rev}-startup.log", db, args.corpus))

    serving = {rev: [] for rev in builds}
    for round_ in range(args.rounds):
        for rev, app in alternating(builds, round_):
            serving[rev].append(serve_issue_page(app, args.work, rev, args.corpus))

    print(f"{size:,} issues; medians of {args.reps} full ingestions, unchanged re-ingests and start-ups, and of {args.rounds} wrk runs "
          f"(`wrk -t2 -c64 -d10s --latency`, after a warm-up: {ISSUE_PATH} uncompressed and as a browser asks, the search mix "
          f"with every request new), revisions interleaved, in turn forwards and backwards; "
          f"paired: the median of each round's ratio to the first revision's ingestion; server memory: peak resident after the runs\n")
    print("| revision | full ingestion | paired | peak memory | database file | unchanged re-ingest | start-up | issue page | p99 "
          "| issue page, browser | p99 | new searches | p99 | server memory |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    first = next(iter(builds))
    for rev in builds:
        runs = ingestions[rev]
        paired = median(wall / base for (wall, _, _), (base, _, _) in zip(runs, ingestions[first]))
        print(f"| {rev} {describe_commit(rev)} | {median(w for w, _, _ in runs):.2f} s | {paired:.3f} | {median(p for _, p, _ in runs):,.0f} MB | "
              f"{median(f for _, _, f in runs):,.0f} MB | {median(unchanged[rev]):.2f} s | {median(startups[rev]):.2f} s | "
              + " | ".join(f"{median(r[kind]['rps'] for r in serving[rev]):,.0f} req/s | {median(r[kind]['p99'] for r in serving[rev]):.2f} ms"
                           for kind in ("plain", "browser", "search"))
              + f" | {median(r['memory'] for r in serving[rev]):,.0f} MB |")


def alternating(builds, turn):
    """The revisions forwards on even turns and backwards on odd ones (A B C, C B A, …): a host that
    speeds up or slows down during the run weighs on each revision alike, and each round's ratios
    compare runs made minutes apart. In one direction only, five revisions measured a 10 % step as noise."""
    items = list(builds.items())
    return items if turn % 2 == 0 else items[::-1]


def build(rev, work):
    """A worktree of the revision, built in Release; reused when it is already there."""
    sha = run(["git", "-C", str(REPO), "rev-parse", "--short", rev]).strip()
    tree = work / f"tree-{sha}"
    if not tree.exists():
        run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), sha])
    for project in ("KusamaNews.Web", "KusamaNews.Ingest"):  # the second from 2026-11-21 on
        if (tree / "src" / project).exists():
            run(["dotnet", "build", "-c", "Release", str(tree / "src" / project), "-v", "q", "-nologo"])
    return tree / "src" / "KusamaNews.Web" / "bin" / "Release" / "net10.0" / "KusamaNews.Web.dll"


def serve_issue_page(app, work, rev, corpus):
    bench = measure.Bench(app, None, work, smoke=False)
    with server(app, work / f"{rev}-server.log", measure.PORT, work / f"{rev}.db", corpus, "--Archive:Ingestion=Off",
                "--RateLimit:PermitLimit=1000000", "--Serilog:MinimumLevel:Default=Warning") as process:  # as bench/measure.py serves
        page = measure.fetch(ISSUE_PATH).encode()
        searches = bench.search_script(cached=False)
        runs = {"plain": (None, None), "browser": (None, page), "search": (searches, None)}
        url = lambda kind: measure.BASE + ("/search" if kind == "search" else ISSUE_PATH)
        for kind, (script, browser_page) in runs.items():
            bench.wrk(url(kind), script, warmup=True, browser_page=browser_page)
        result = {kind: bench.wrk(url(kind), script, browser_page=browser_page) for kind, (script, browser_page) in runs.items()}
        return result | {"memory": measure.memory_peak_mb(process.pid)}


def describe_commit(rev):
    return "(" + run(["git", "-C", str(REPO), "log", "-1", "--format=%s", rev]).strip()[:60] + ")"


if __name__ == "__main__":
    main()
