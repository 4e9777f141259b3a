#!/usr/bin/env python3
"""The measurements of bench/run.sh, which installs the tools, generates the corpora and builds.

Ingestion against Hugo building the same corpus, and serving against nginx serving the same issue
page, run interleaved (ours, anchor, ours, anchor...) so that both meet the same machine noise;
every figure is a median. Prints one Markdown table, also saved as WORK/results.md.
"""

import argparse
import datetime
import gzip
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import first_visits

def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PORT, NGINX_PORT, NGINX_GZIP_PORT, WATCH_PORT = free_port(), free_port(), free_port(), free_port()
BASE = f"http://127.0.0.1:{PORT}"
ISSUE_PATH = "/issues/2024/06"  # in every corpus gen-corpus.py writes (months count back from 2026-10)
# What a browser asks for (issue 15): the rows "as a browser asks" send it, to our site and to nginx
# with gzip on; every other wrk run sends no Accept-Encoding, so both servers answer uncompressed.
BROWSER = {"Accept-Encoding": "gzip, deflate, br"}

# The search mix: what readers type, from one common word to misspellings (as in the search-latency harness).
SEARCHES = [
    "testnet", "council", "patch", "bond", "prototype", "education", "weight", "repository", "bug", "economic",
    "council treasury", "testnet upgrade", "runtime bug", "xcm message", "bond nominator", "patch release",
    "parachain auction lease", "runtime upgrade testnet", "council treasury proposal", "validator bond slash",
    '"runtime upgrade"', '"parachain auction"', '"treasury proposal"', '"cross chain"',
    "network", "community", "network community", "parachian", "comunity", "goverance treasury",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", required=True, help="KusamaNews.Web.dll, built in Release")
    parser.add_argument("--work", required=True, type=Path)
    parser.add_argument("--sizes", required=True, help="corpus sizes, comma-separated; corpora are WORK/corpus-N")
    parser.add_argument("--benchmarks", required=True, help="KusamaNews.Benchmarks.dll, for search latency in process")
    parser.add_argument("--smoke", action="store_true", help="one round of everything, one-second loads")
    args = parser.parse_args()

    bench = Bench(Path(args.app), Path(args.benchmarks), args.work, args.smoke)
    sizes = [int(size) for size in args.sizes.split(",")]
    rows = []
    for size in sizes:
        rows += bench.ingestion(size, targets=size == max(sizes))
    rows += bench.search_latency(max(sizes))
    rows += bench.serving(max(sizes))
    rows.append(bench.startup(max(sizes)))

    report = "\n".join(bench.header() + ["", "| measurement | issues | KusamaNews | anchor | ratio | target |", "| --- | --- | --- | --- | --- | --- |"]
                       + ["| " + " | ".join(row) + " |" for row in rows])
    print(report)
    (args.work / "results.md").write_text(report + "\n")


class Bench:
    def __init__(self, app, benchmarks, work, smoke):
        self.app, self.benchmarks, self.work, self.smoke = app, benchmarks, work, smoke
        self.reps = 1 if smoke else 5          # full ingestions of each corpus, ours and Hugo's
        self.changes = 2 if smoke else 5       # re-ingestions with one file changed
        self.rounds = 1 if smoke else 3        # wrk runs of each page, ours and nginx's
        self.seconds = 1 if smoke else 10      # length of each wrk run

    def header(self):
        cpu = next((line.split(":", 1)[1].strip() for line in run(["lscpu"]).splitlines() if line.startswith("Model name")), "?")
        return [
            f"KusamaNews benchmark, {datetime.date.today()}: {cpu}, {os.cpu_count()} cores; "
            f".NET SDK {run(['dotnet', '--version']).strip()}; Hugo {run(['hugo', 'version']).split()[1]}; "
            f"{run(['nginx', '-v'], stderr=True).strip().removeprefix('nginx version: ')}; wrk {run(['wrk', '-v'], check=False).split()[1]}",
            f"Medians of {self.reps} full ingestions each (interleaved with Hugo's), of {self.rounds} wrk runs "
            f"of {self.seconds} s each (`wrk -t2 -c64 --latency`, interleaved with nginx's); without Accept-Encoding "
            f"(uncompressed) except in the rows \"as a browser asks\" (`-H 'Accept-Encoding: {BROWSER['Accept-Encoding']}'`, "
            f"against nginx with gzip on).",
        ]

    # --- ingestion -------------------------------------------------------------------------------

    def ingestion(self, size, targets):
        corpus, db = self.work / f"corpus-{size}", self.work / f"bench-{size}.db"
        site = self.hugo_site(size, corpus)
        ours, hugos = [], []
        for _ in range(self.reps):
            remove_database(db)
            wall, peak, output = timed(ingest_command(self.app, db, corpus), cwd=self.app.parent)
            expect(f"{size} ingested" in output, f"ingesting corpus-{size} did not store every issue:\n{output}")
            ours.append((wall, peak))
            shutil.rmtree(site / "public", ignore_errors=True)
            hugos.append(timed(["hugo", "--quiet", "--source", str(site)])[:2])
        wall, peak = median(w for w, _ in ours), median(p for _, p in ours)
        hugo_wall, hugo_peak = median(w for w, _ in hugos), median(p for _, p in hugos)
        megabytes = sum(f.stat().st_size for f in corpus.glob("*.md")) / 1e6

        unchanged = [self.reingest(db, corpus) for _ in range(self.reps)]
        changed = self.reingest_changed(db, corpus)
        watched = self.watched_changes(db, corpus)
        return [
            ["full ingestion into a new database", f"{size:,}",
             f"{wall:.2f} s · {size / wall:,.0f} issues/s · {megabytes / wall:.1f} MB/s · peak {peak:,.0f} MB · file {db.stat().st_size / 1e6:,.0f} MB",
             f"Hugo {hugo_wall:.2f} s · peak {hugo_peak:,.0f} MB", f"{wall / hugo_wall:.2f}",
             "≤ 0.33 of Hugo; peak < 400 MB" if targets else ""],
            ["re-ingest, nothing changed (CLI)", f"{size:,}",
             f"{median(w for w, _ in unchanged):.2f} s process · {median(ms for _, ms in unchanged):.0f} ms ingesting", "", "",
             "< 0.5 s" if targets else ""],
            ["re-ingest, one file changed (CLI, fresh process)", f"{size:,}", f"{median(changed):.0f} ms ingesting", "", "", ""],
            ["re-ingest, one file changed (running site, watching)", f"{size:,}", f"{median(watched):.0f} ms ingesting", "", "",
             "< 100 ms" if targets else ""],
        ]

    def hugo_site(self, size, corpus):
        """Hugo's defaults (home, section, pages, RSS, sitemap) with the simplest templates that show every issue."""
        site = self.work / f"hugo-{size}"
        if not (site / ".complete").exists():
            shutil.rmtree(site, ignore_errors=True)
            (site / "content" / "issues").mkdir(parents=True)
            for issue in corpus.glob("*.md"):
                shutil.copy(issue, site / "content" / "issues" / issue.name)
            (site / "hugo.toml").write_text('baseURL = "http://127.0.0.1/"\ntitle = "Kusama News"\n')
            page = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>%s</body></html>'
            listing = '<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>'
            for name, body in [("_default/single.html", "<main>{{ .Content }}</main>"), ("_default/list.html", listing), ("index.html", listing)]:
                (site / "layouts" / name).parent.mkdir(parents=True, exist_ok=True)
                (site / "layouts" / name).write_text(page % body)
            (site / ".complete").touch()
        return site

    def reingest(self, db, corpus):
        wall, _, output = timed(ingest_command(self.app, db, corpus), cwd=self.app.parent)
        return wall, ingest_ms(output)

    def reingest_changed(self, db, corpus):
        times = []
        with changing(corpus / "2024-06.md") as change:
            for i in range(self.changes):
                change(i)
                _, ms = self.reingest(db, corpus)
                times.append(ms)
        self.reingest(db, corpus)  # the file as generated again
        return times

    def watched_changes(self, db, corpus):
        """Ingestion time the site logs for each change it sees, after three to warm up (JIT)."""
        log = self.work / "watch-server.log"
        warmup = 0 if self.smoke else 3
        with server(self.app, log, WATCH_PORT, db, corpus, "--Archive:Ingestion=Watch", "--Archive:WatchDelayMilliseconds=100"):
            wait_until(lambda: len(ingestions(log)) >= 1, f"the site never ingested at start (see {log})")
            times = []
            with changing(corpus / "2024-06.md") as change:
                for i in range(warmup + self.changes):
                    seen = len(ingestions(log))
                    change(i)
                    wait_until(lambda: len(ingestions(log)) > seen, f"the site did not ingest a changed file (see {log})")
                    times.append(ingestions(log)[-1])
            seen = len(ingestions(log))
            wait_until(lambda: len(ingestions(log)) > seen, "the site did not ingest the file restored")
        return times[warmup:]

    # --- search in process ------------------------------------------------------------------------

    def search_latency(self, size):
        """The search-latency harness (bench/KusamaNews.Benchmarks): the whole query mix, in process."""
        rounds = "2" if self.smoke else "40"
        output = run(["dotnet", str(self.benchmarks), "search-latency", str(self.work / f"bench-{size}.db"), rounds])
        cells = next(line for line in output.splitlines() if line.startswith("| all of the above |")).strip("| ").split(" | ")
        samples, bm25, _, page = cells[1], *(cell.split(" / ") for cell in cells[2:])
        return [
            ["search, in process: the mix as the search page runs it (search_rank, snippets, counts)", f"{size:,}",
             f"median {page[0]} ms · p99 {page[1]} ms ({samples} queries)", f"bm25() top 20: p99 {bm25[1]} ms", "", "p99 < 10 ms"],
        ]

    # --- serving ---------------------------------------------------------------------------------

    def serving(self, size):
        db, corpus = self.work / f"bench-{size}.db", self.work / f"corpus-{size}"
        log = self.work / "serve-server.log"
        # Like nginx here (access_log off), no line per request: the request log costs about a tenth
        # of the cached pages' throughput (docs/PERFORMANCE.md); warnings and errors still show.
        with server(self.app, log, PORT, db, corpus, "--Archive:Ingestion=Off", "--RateLimit:PermitLimit=1000000",
                    "--Serilog:MinimumLevel:Default=Warning") as process:
            issue_html = fetch(ISSUE_PATH)
            section = re.search(r'href="(/issues/2024/06/[a-z0-9-]+)"', issue_html).group(1)
            scripts = {cached: self.search_script(cached) for cached in (True, False)}
            serving_target, search_target = "≥ 0.6 of nginx; p99 < 10 ms", "≥ 0.25 of nginx"
            pages = [("issue page", ISSUE_PATH, None, serving_target), ("section page", section, None, serving_target),
                     ("topic page", "/topics/governance", None, ""), ("home page", "/", None, ""),
                     (f"search page, mix of {len(SEARCHES)} queries, cached", "/search", scripts[True], search_target),
                     ("search page, same mix, each request new (no cache)", "/search", scripts[False], "")]
            for _, path, script, _ in pages:
                if script is None:
                    fetch(path)  # a 200, so that nobody measures an error page
            # First visits (issue 18): every request one the site has not answered before.
            firsts = [(name, first_visits.script(self.work / f"first-{i}.lua", urls), target)
                      for i, (name, urls, target) in enumerate(first_visits.kinds(db))]
            page = issue_html.encode()
            plain_nginx, gzip_nginx = (f"http://127.0.0.1:{port}{ISSUE_PATH}" for port in (NGINX_PORT, NGINX_GZIP_PORT))
            with nginx(self.work, issue_html):
                # Each server compresses when a browser asks: else the browser rows would measure
                # the uncompressed page under another name (wrk's runs check it again, by size).
                encodings = {url: compressed(url, page) for url in (gzip_nginx, BASE + ISSUE_PATH)}
                self.wrk(plain_nginx, warmup=True)
                for _, path, script, _ in pages:
                    self.wrk(BASE + path, script, warmup=True, log=log)  # JIT, caches: measured below, warm
                for _, script, _ in firsts:
                    self.wrk(BASE, script, warmup=True, log=log)
                self.wrk(gzip_nginx, warmup=True, browser_page=page)
                self.wrk(BASE + ISSUE_PATH, warmup=True, log=log, browser_page=page)  # the compression's JIT too
                results = {name: [] for name, *_ in pages + firsts}
                anchor, browser_anchor, browser = [], [], []
                for _ in range(self.rounds):
                    anchor.append(self.wrk(plain_nginx))
                    for name, path, script, _ in pages:
                        results[name].append(self.wrk(BASE + path, script, log=log))
                    browser_anchor.append(self.wrk(gzip_nginx, browser_page=page))
                    browser.append(self.wrk(BASE + ISSUE_PATH, log=log, browser_page=page))
                    for name, script, _ in firsts:
                        results[name].append(self.wrk(BASE, script, log=log))
            peak = memory_peak_mb(process.pid)

        ceiling, browser_ceiling = median(r["rps"] for r in anchor), median(r["rps"] for r in browser_anchor)
        encoded = lambda url: "{} {:,} B page".format(*encodings[url])
        rows = [["nginx, static copy of the issue page", f"{size:,}", "", describe(anchor, ceiling_bytes=len(page)), "", "the ceiling"]]
        for name, _, _, target in pages:
            rows.append([name, f"{size:,}", describe(results[name]), "nginx", f"{median(r['rps'] for r in results[name]) / ceiling:.2f}", target])
        rows += [
            ["nginx, static copy of the issue page, gzip on, as a browser asks", f"{size:,}", "",
             f"{describe(browser_anchor)} · {encoded(gzip_nginx)}", "", "the ceiling, compressed"],
            # No target: issue 15 asks for the figure, and sets none.
            ["issue page, as a browser asks (compressed)", f"{size:,}", f"{describe(browser)} · {encoded(BASE + ISSUE_PATH)}",
             "nginx, gzip on", f"{median(r['rps'] for r in browser) / browser_ceiling:.2f}", ""],
        ]
        for name, _, target in firsts:
            rows.append([name, f"{size:,}", describe(results[name]), "nginx", f"{median(r['rps'] for r in results[name]) / ceiling:.2f}", target])
        rows += [
            ["server peak resident memory, after all of the above", f"{size:,}", f"{peak:,.0f} MB", "", "", "< 300 MB"],
        ]
        return rows

    def search_script(self, cached):
        """A wrk script cycling through the search mix; uncached, each request carries a parameter
        no other request has: the run's start second, the thread's number (wrk's threads each run
        their own Lua, with the same random numbers; setup() numbers them) and a counter."""
        quoted = ", ".join('"/search?q=' + urllib.request.quote(q) + '"' for q in SEARCHES)
        path = self.work / f"search-{'cached' if cached else 'uncached'}.lua"
        fresh = "" if cached else ' .. "&n=" .. run .. "-" .. thread_number .. "-" .. counter'
        path.write_text(
            f"local paths = {{ {quoted} }}\nlocal run, threads, counter = os.time(), 0, 0\n"
            f"setup = function(thread)\n  threads = threads + 1\n  thread:set(\"thread_number\", threads)\nend\n"
            f"request = function()\n  counter = counter + 1\n  return wrk.format(\"GET\", paths[counter % #paths + 1]{fresh})\nend\n")
        return path

    def wrk(self, url, script=None, warmup=False, log=None, browser_page=None):
        """One wrk run; any error response or socket error stops the bench, with the end of the
        server's LOG (its errors show there, at the bench's Warning level) to say why. With
        BROWSER_PAGE (the page's uncompressed bytes), asks as a browser does, and stops the bench
        when wrk's responses were not smaller than that page: then they were not compressed."""
        seconds = min(self.seconds, 3) if warmup else self.seconds
        headers = [arg for name, value in BROWSER.items() for arg in ("-H", f"{name}: {value}")] if browser_page else []
        command = ["wrk", "-t2", "-c64", f"-d{seconds}s", "--latency", *headers] + (["-s", str(script)] if script else []) + [url]
        output = run(command)
        server = f"\nthe end of the server's log ({log}):\n{tail(log)}" if log else ""
        expect("Non-2xx" not in output and "Socket errors" not in output, f"wrk met errors on {url}:\n{output}{server}")
        latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.M))
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
        if browser_page:
            # Transfer/sec counts headers and bodies: an uncompressed response is at least the page.
            response = transfer_bytes(re.search(r"Transfer/sec:\s+([\d.]+\w+)", output).group(1)) / rps
            expect(response < len(browser_page), f"wrk asking {url} as a browser got {response:,.0f} B a response, "
                   f"no less than the uncompressed page ({len(browser_page):,} B): not compressed?\n{output}")
        return {"rps": rps, "p50": milliseconds(latency["50"]), "p99": milliseconds(latency["99"])}

    # --- start-up --------------------------------------------------------------------------------

    def startup(self, size):
        """From starting the process to the first page served, on an ingested database, as `dotnet run` would."""
        db, corpus = self.work / f"bench-{size}.db", self.work / f"corpus-{size}"
        times = [first_page_seconds(self.app, self.work / "startup-server.log", db, corpus) for _ in range(self.reps)]
        return ["start-up to the first page served, database already ingested", f"{size:,}", f"{median(times):.2f} s", "", "", "< 1.5 s"]


# --- processes -----------------------------------------------------------------------------------

def ingest_command(app, db, corpus):
    """How this build of the site ingests into db: with KusamaNews.Ingest (the ingest executable, dynamic
    PGO off), beside the site or in its own project's output; a revision from before it (bench/compare.py)
    with the site's `ingest` command. Both read the site's settings from the folder they start in."""
    candidates = [app.parent / "KusamaNews.Ingest.dll"]
    if len(app.parents) > 4:  # src/KusamaNews.Web/bin/Release/net10.0/KusamaNews.Web.dll
        candidates.append(app.parents[4] / "KusamaNews.Ingest" / "bin" / app.parents[1].name / app.parent.name / "KusamaNews.Ingest.dll")
    ingest = next(([str(exe)] for exe in candidates if exe.exists()), [str(app), "ingest"])
    return ["dotnet", *ingest, "--out", str(db), f"--Archive:ContentPath={corpus}"]


def first_page_seconds(app, log, db, corpus):
    """Seconds from starting the site on an ingested database to its first page served."""
    started = time.monotonic()
    site = server(app, log, PORT, db, corpus, wait=False)
    with site:
        site.wait_until_answering(BASE + "/", interval=0.01)
        return time.monotonic() - started


class server:
    """The site as `dotnet KusamaNews.Web.dll` starts it, on 127.0.0.1, stopped on exit."""

    def __init__(self, app, log, port, db, corpus, *settings, wait=True):
        self.command = ["dotnet", str(app), f"--urls=http://127.0.0.1:{port}", f"--Archive:DatabasePath={db}",
                        f"--Archive:ContentPath={corpus}", *settings]
        self.cwd, self.log, self.port, self.wait = app.parent, log, port, wait

    def __enter__(self):
        self.output = open(self.log, "w")
        self.process = subprocess.Popen(self.command, cwd=self.cwd, stdout=self.output, stderr=subprocess.STDOUT)
        if self.wait:
            self.wait_until_answering(f"http://127.0.0.1:{self.port}/readyz")
        return self.process

    def wait_until_answering(self, url, interval=0.1):
        """Until URL answers 200, from our site: the port was free when chosen, but another process
        (a test's server, a client's ephemeral port) may have taken it since, and then our site
        exits at start and whoever answers is not it."""
        exited = lambda: self.process.poll() is not None
        wait_until(lambda: exited() or status(url) == 200, f"the site did not start (see {self.log})", interval=interval)
        expect(not exited(), f"the site exited at start (port {self.port} taken?); see {self.log}:\n{tail(self.log)}")

    def __exit__(self, *_):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.output.close()


class nginx:
    """nginx serving a static copy of the issue page, one worker per core, no access log: the ceiling.
    On NGINX_PORT without compression, as the site serves a request without Accept-Encoding; on
    NGINX_GZIP_PORT the same with gzip on, for the rows "as a browser asks"."""

    def __init__(self, work, html):
        self.root = work / "nginx"
        # The page where nginx's workers (user nobody) can read it: WORK may be private to us.
        self.html = Path(tempfile.mkdtemp(prefix="kusamanews-nginx-"))
        page = self.html / (ISSUE_PATH.strip("/") + ".html")
        page.parent.mkdir(parents=True)
        page.write_text(html)
        for path in [self.html, *self.html.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        self.root.mkdir(exist_ok=True)
        (self.root / "nginx.conf").write_text(f"""daemon off;
worker_processes {os.cpu_count()};
pid {self.root}/nginx.pid;
error_log {self.root}/error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  sendfile on;
  tcp_nopush on;
  open_file_cache max=100;
  types {{ text/html html; }}
  default_type text/html;
  server {{ listen 127.0.0.1:{NGINX_PORT}; root {self.html}; location / {{ try_files $uri.html =404; }} }}
  server {{
    listen 127.0.0.1:{NGINX_GZIP_PORT}; root {self.html}; location / {{ try_files $uri.html =404; }}
    # Compressed on the fly, as a site configured by hand is: Debian's nginx.conf ships `gzip on;`
    # alone, so nginx's default level 1 (its commented-out suggestion is 6, H5BP's config 5). The
    # fastest level is also what our site spends (CompressionLevel.Fastest: gzip 1, Brotli quality 1);
    # a higher one would make this anchor slower and flatter our ratio. Not gzip_static: few sites
    # precompress their pages. nginx-light has no Brotli, so nginx answers gzip where our site says br.
    gzip on;
    gzip_comp_level 1;
    gzip_vary on;
    gzip_types text/css application/javascript application/json application/xml text/plain;  # text/html always
  }}
}}
""")

    def __enter__(self):
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        self.process = subprocess.Popen([binary, "-c", str(self.root / "nginx.conf"), "-p", str(self.root)], stderr=subprocess.DEVNULL)
        wait_until(lambda: status(f"http://127.0.0.1:{NGINX_PORT}{ISSUE_PATH}") == 200, "nginx did not serve the issue page")

    def __exit__(self, *_):
        self.process.terminate()
        self.process.wait(timeout=30)
        shutil.rmtree(self.html, ignore_errors=True)


class changing:
    """Appends a line to an issue file for each change, and puts the file back as it was on exit."""

    def __init__(self, path):
        self.path = path

    def __enter__(self):
        self.original = self.path.read_bytes()
        return lambda i: self.path.write_bytes(self.original + f"\nA late addition, number {i}, about the treasury.\n".encode())

    def __exit__(self, *_):
        self.path.write_bytes(self.original)


# --- helpers -------------------------------------------------------------------------------------

def run(command, stderr=False, check=True, cwd=None):
    result = subprocess.run(command, capture_output=True, text=True, cwd=cwd)
    if check and result.returncode != 0:
        sys.exit(f"bench: {' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result.stderr if stderr else result.stdout


def timed(command, cwd=None):
    """Wall time (s), peak resident memory (MB) and output of a command, from /usr/bin/time."""
    result = subprocess.run(["/usr/bin/time", "-f", "TIMED %e %M"] + command, capture_output=True, text=True, cwd=cwd)
    expect(result.returncode == 0, f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    wall, peak_kb = re.search(r"TIMED ([\d.]+) (\d+)", result.stderr).groups()
    return float(wall), int(peak_kb) / 1024, result.stdout + result.stderr


def ingest_ms(output):
    return int(re.search(r"failed in (\d+) ms", output).group(1))


def ingestions(log):
    return [int(ms) for ms in re.findall(r"failed in (\d+) ms", log.read_text())]


def remove_database(db):
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def fetch(path):
    with urllib.request.urlopen(BASE + path, timeout=30) as response:
        expect(response.status == 200, f"{path} answered {response.status}")
        return response.read().decode()


def status(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except OSError:
        return None


def wait_until(condition, failure, timeout=120, interval=0.1):
    deadline = time.monotonic() + timeout
    while not condition():
        expect(time.monotonic() < deadline, failure)
        time.sleep(interval)


def memory_peak_mb(pid):
    status_text = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status_text).group(1)) / 1024


def compressed(url, page):
    """The Content-Encoding and size of URL's answer to a browser's Accept-Encoding; stops the bench
    when it is missing, or when a gzipped answer is not PAGE (bytes) once decompressed."""
    with urllib.request.urlopen(urllib.request.Request(url, headers=BROWSER), timeout=30) as response:
        encoding, body = response.headers.get("Content-Encoding", ""), response.read()
    expect(encoding in ("gzip", "br", "deflate"), f"{url} answered Accept-Encoding: {BROWSER['Accept-Encoding']} "
           f"with Content-Encoding: {encoding or '(none)'}, {len(body):,} B: the browser rows would measure it uncompressed")
    expect(encoding != "gzip" or gzip.decompress(body) == page, f"{url}: the gzipped page is not the issue page")
    return encoding, len(body)


def transfer_bytes(text):
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3, "TB": 1024 ** 4}[unit]


def milliseconds(text):
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def describe(runs, ceiling_bytes=None):
    size = f" · {ceiling_bytes:,} B page" if ceiling_bytes else ""
    return (f"{median(r['rps'] for r in runs):,.0f} req/s · p50 {median(r['p50'] for r in runs):.2f} ms"
            f" · p99 {median(r['p99'] for r in runs):.2f} ms{size}")


def median(values):
    return statistics.median(list(values))


def tail(path, lines=60):
    return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])


def expect(condition, failure):
    if not condition:
        sys.exit(f"bench: {failure}")


if __name__ == "__main__":
    main()
