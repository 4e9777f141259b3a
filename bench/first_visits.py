"""First visits (issue 18): wrk scripts in which every request is one the site has not answered before.

A crawler walks the sitemap once, a reader arrives on a page nobody asked for this hour, most searches
are typed once. The URL lists come from the ingested database (every issue, up to 20,000 sections in a
fixed shuffled order); the search mix is drawn from the corpus text with a fixed seed, one to three
words that occur together in one section, frequent words included. Each request also carries a
parameter no other request has (`n=`), so that even when wrk wraps around a list, the response cache
(which keeps a URL only once it is asked for again) never answers: every request is rendered.
"""

import random
import re
import sqlite3
import urllib.parse

SECTIONS = 20_000
SEARCHES = 2_750
# Words too common to be a search (the generator's function words), not the archive's frequent terms.
STOPWORDS = set("""a an and are as at be been but by for from has have in into is it its of on or that the their
this to was were which will with than then there these they also after over more most such can our not all new""".split())


def kinds(db_path):
    """(name, paths, target) for each kind of first visit, read from the ingested database."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    shuffle = random.Random(18).shuffle
    issues = [f"/issues/{year:04d}/{month:02d}" for year, month in db.execute("SELECT Year, Month FROM Issues ORDER BY Year, Month")]
    sections = [f"/issues/{year:04d}/{month:02d}/{slug}" for year, month, slug in db.execute(
        "SELECT i.Year, i.Month, s.Slug FROM Sections s JOIN Issues i ON i.Id = s.IssueId ORDER BY s.Id")]
    topics = [f"/topics/{slug}" for (slug,) in db.execute("SELECT Slug FROM Topics ORDER BY Ordinal")]
    shuffle(issues)
    shuffle(sections)
    searches = search_mix(db)
    page_target = "≥ 0.25 of nginx; p99 < 50 ms"
    return [
        ("issue page, first visits (every issue, in turn)", issues, page_target),
        (f"section page, first visits (up to {SECTIONS:,} sections, in turn)", sections[:SECTIONS], page_target),
        ("topic page, first visits (every topic, in turn)", topics, ""),
        ("archive page, first visits", ["/issues"], ""),
        ("home page, first visits", ["/"], ""),
        (f"search, first visits ({SEARCHES:,} searches of 1-3 words from the text, in turn)",
         ["/search?q=" + urllib.parse.quote(q) for q in searches], "≥ 2,000 requests/s; p99 < 100 ms"),
    ]


def search_mix(db):
    """SEARCHES queries of one to three words that occur together in a section, drawn with a fixed
    seed; the sampling follows word frequency, so the archive's most frequent words come often."""
    rng = random.Random(1)
    ids = [row[0] for row in db.execute("SELECT Id FROM Sections ORDER BY Id")]
    queries, seen = [], set()
    while len(queries) < SEARCHES:
        (text,) = db.execute("SELECT PlainText FROM Sections WHERE Id = ?", (rng.choice(ids),)).fetchone()
        words = [w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in STOPWORDS]
        if len(words) < 3:
            continue
        count = rng.choices([1, 2, 3], weights=[40, 35, 25])[0]
        query = " ".join(dict.fromkeys(rng.sample(words, count)))  # sampled by occurrence: frequent words come often
        if query not in seen:
            seen.add(query)
            queries.append(query)
    return queries


def script(path, urls):
    """A wrk script taking the next URL of the list on each request, the two threads interleaved,
    each request made new by a parameter: the run's start second, the thread's number, a counter."""
    listed = ",\n".join('"' + url.replace("\\", "\\\\").replace('"', '\\"') + '"' for url in urls)
    path.write_text(
        f"local paths = {{\n{listed}\n}}\nlocal run, threads, counter = os.time(), 0, 0\n"
        "setup = function(thread)\n  threads = threads + 1\n  thread:set(\"thread_number\", threads)\nend\n"
        "request = function()\n  counter = counter + 1\n"
        "  local path = paths[(counter * 2 + thread_number) % #paths + 1]\n"
        "  local separator = path:find(\"?\", 1, true) and \"&\" or \"?\"\n"
        "  return wrk.format(\"GET\", path .. separator .. \"n=\" .. run .. \"-\" .. thread_number .. \"-\" .. counter)\nend\n")
    return path

