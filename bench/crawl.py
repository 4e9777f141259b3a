#!/usr/bin/env python3
"""Before and after a change that must not change what readers get (a move-mostly redesign): starts a
build of the site on a copy of one database, follows every same-site link from the front page, the
sitemap, the feeds and the API, and writes each answer (status, content type, body) to a folder, one
file a URL. Run it for both builds on copies of the same database, then `diff -r` the two folders.

    python3 bench/crawl.py --app OLD/src/KusamaNews.Web/bin/Release/net10.0/KusamaNews.Web.dll --db archive.db --out /tmp/before
    python3 bench/crawl.py --app src/KusamaNews.Web/bin/Release/net10.0/KusamaNews.Web.dll --db archive.db --out /tmp/after
    diff -r /tmp/before /tmp/after

The database is copied, and the site serves it with ingestion off, so both builds serve the same
archive version and timestamps; the copy is built by the first run when --db does not exist yet.
"""

import argparse
import re
import shutil
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import measure
from measure import server

STARTS = ["/", "/sitemap.xml", "/robots.txt", "/feed.xml", "/api/issues", "/api/topics", "/issues", "/topics",
          "/search?q=kusama", "/search?q=parachain+auctions&sort=newest", "/search?q=kusmaa", "/api/search?q=governance",
          "/issues/2024/6", "/issues/1999/01", "/no/such/page"]
LINK = re.compile(r'(?:href|src)="(/[^"#]*)"|<loc>https?://[^/<]+(/[^<]*)</loc>|"(?:url|path|href)"\s*:\s*"(/[^"]*)"')


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--app", required=True, type=Path)
    parser.add_argument("--db", required=True, type=Path, help="the database both builds serve (made from --content if missing)")
    parser.add_argument("--content", type=Path, default=Path(__file__).resolve().parent.parent / "content")
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--max", type=int, default=5000)
    args = parser.parse_args()
    args.app, args.db, args.out = args.app.resolve(), args.db.resolve(), args.out.resolve()

    work = args.out.with_name(args.out.name + "-work")
    work.mkdir(parents=True, exist_ok=True)
    db = work / "archive.db"
    if args.db.exists():
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(args.db) + suffix)
            if source.exists():
                shutil.copy(source, str(db) + suffix)
    ingestion = "Off" if args.db.exists() else "Startup"
    shutil.rmtree(args.out, ignore_errors=True)
    args.out.mkdir(parents=True)
    with server(args.app, work / "server.log", measure.PORT, db, args.content, f"--Archive:Ingestion={ingestion}",
                "--RateLimit:PermitLimit=1000000", "--Site:PublicUrl=https://news.example"):
        seen, queue = set(STARTS), list(STARTS)
        while queue and len(seen) <= args.max:
            path = queue.pop(0)
            status, content_type, body = get(path)
            name = urllib.parse.quote(path, safe="") or "root"
            (args.out / name).write_bytes(f"{status} {content_type}\n".encode() + body)
            for match in LINK.finditer(body.decode("utf-8", "replace")):
                link = next(group for group in match.groups() if group)
                if link not in seen and not link.startswith("/_"):
                    seen.add(link)
                    queue.append(link)
    if not args.db.exists():
        for suffix in ("", "-wal", "-shm"):
            if Path(str(db) + suffix).exists():
                shutil.copy(str(db) + suffix, str(args.db) + suffix)
    print(f"{len(list(args.out.iterdir()))} answers in {args.out}")


def get(path):
    request = urllib.request.Request(measure.BASE + path)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


if __name__ == "__main__":
    main()
