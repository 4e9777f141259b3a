#!/usr/bin/env python3
"""The two loops bench/load-test.sh runs beside wrk, until a deadline:

  rewrite: every few seconds, rewrites some issue files so that each of their sections carries
           the same "Generation N" mark, which the site's content watcher then re-ingests;
  check:   keeps reading those issues' pages and fails when one shows sections of different
           generations: a partly ingested issue. (Pages, not the JSON API: the API is rate limited.)

Standard library only. Prints one summary line; exits 1 when a page was ever inconsistent."""
import argparse, os, random, re, sys, threading, time, urllib.request

MARK = re.compile(r"Generation (\d+)\.")

def rewrite(content, files, originals, deadline, period, every, generations):
    g = 0
    while time.time() < deadline:
        g += 1
        for name in random.sample(files, min(every, len(files))):
            text = originals[name]
            # The mark goes at the end of every section: before each "## " heading after the first, and at the end.
            parts = re.split(r"(?m)^(?=## )", text)
            marked = parts[0] + "".join(p.rstrip("\n") + f"\n\nGeneration {g}.\n\n" for p in parts[1:])
            with open(os.path.join(content, name), "w", encoding="utf-8") as f:
                f.write(marked)
        generations.append(g)
        time.sleep(period)

def check(base, files, deadline, result):
    checked, mixed, errors = 0, [], 0
    while time.time() < deadline:
        name = random.choice(files)
        year, month = name[:4], name[5:7]
        url = f"{base}/issues/{year}/{month}"
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                marks = MARK.findall(response.read().decode("utf-8"))
        except Exception:
            errors += 1
            continue
        checked += 1
        if len(set(marks)) > 1:
            mixed.append(f"{url}: generations {sorted(set(marks))}")
    result.update(checked=checked, mixed=mixed, errors=errors)

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--content", required=True)
    parser.add_argument("--seconds", type=int, required=True)
    parser.add_argument("--files", type=int, default=40, help="how many of the newest issues take part")
    args = parser.parse_args()

    files = sorted(f for f in os.listdir(args.content) if re.fullmatch(r"\d{4}-\d{2}\.md", f))[-args.files:]
    originals = {f: open(os.path.join(args.content, f), encoding="utf-8").read() for f in files}
    deadline = time.time() + args.seconds
    generations, result = [], {}
    writer = threading.Thread(target=rewrite, args=(args.content, files, originals, deadline, 2.0, 10, generations))
    checker = threading.Thread(target=check, args=(args.base, files, deadline, result))
    writer.start(); checker.start(); writer.join(); checker.join()
    for f, text in originals.items():  # leave the content as it was
        with open(os.path.join(args.content, f), "w", encoding="utf-8") as out:
            out.write(text)

    print(f"consistency: {len(generations)} rewrites of 10 issues, {result['checked']} reads, "
          f"{len(result['mixed'])} showed mixed generations, {result['errors']} failed to read")
    for line in result["mixed"][:10]:
        print("  " + line)
    sys.exit(1 if result["mixed"] else 0)

if __name__ == "__main__":
    main()
