#!/usr/bin/env bash
# Load test (docs/RELIABILITY.md): wrk against the site serving the 12,000-issue archive while
# issues are rewritten and re-ingested in a loop. Passes when every answer is 2xx (or 429 where
# the rate limit applies) and no page ever shows a partly ingested issue. 127.0.0.1 only.
#
#   bench/load-test.sh            12,000 issues, 60 s of load
#   bench/load-test.sh --smoke    200 issues, 8 s: checks that the harness still works
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
issues=12000 seconds=60
[ "${1:-}" = "--smoke" ] && issues=200 seconds=8
work=${KUSAMANEWS_BENCH_DIR:-/tmp/kusamanews-bench}
source "$repo/bench/tools.sh"
gen=$(corpus_generator "$repo")
port=${KUSAMANEWS_PORT:-5097}
base="http://127.0.0.1:$port"

command -v wrk >/dev/null || { sudo=$([ "$(id -u)" -eq 0 ] || echo sudo); $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk; }
[ -f "$gen" ] || { echo "load-test: the corpus generator is not at $gen (set GEN_CORPUS)" >&2; exit 2; }

mkdir -p "$work"
corpus="$work/corpus-$issues" content="$work/load-content" db="$work/load-$issues.db"
[ -d "$corpus" ] || python3 "$gen" --issues "$issues" --out "$corpus" --quiet
rm -rf "$content" && cp -r "$corpus" "$content" && cp "$repo/content/topics.yml" "$content/"

dotnet build -c Release "$repo/src/KusamaNews.Web" -v q -nologo >/dev/null
app="$repo/src/KusamaNews.Web/bin/Release/net10.0/KusamaNews.Web.dll"
[ -f "$db" ] || (cd "$(dirname "$app")" && dotnet "$app" ingest --out "$db" --Archive:ContentPath="$content" >/dev/null)

(cd "$(dirname "$app")" && exec dotnet "$app" --Urls="$base" --Archive:ContentPath="$content" --Archive:DatabasePath="$db" \
  --Archive:WatchDelayMilliseconds=300 --Serilog:MinimumLevel:Default=Warning \
  --Serilog:MinimumLevel:Override:KusamaNews.Web.Archive=Information) > "$work/load-server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -fs -o /dev/null "$base/readyz" && break; sleep 0.5; done

# What wrk asks for: issues, sections, topics, the front page, the archive, and some searches
# (which meet the rate limit, as a crawler would).
python3 - "$base" "$work/paths.txt" <<'PY'
import json, random, sys, urllib.request
base, out = sys.argv[1], sys.argv[2]
get = lambda path: json.load(urllib.request.urlopen(base + path))
issues = get("/api/issues")["issues"]
random.seed(1)
paths = ["/", "/issues", "/topics", "/topics/governance", "/topics/parachains?page=2", "/search?q=network", "/search?q=council+treasury"]
for issue in random.sample(issues, min(150, len(issues))):
    path = issue["url"].split("://", 1)[1].split("/", 1)[1]
    paths.append("/" + path)
for issue in random.sample(issues, min(40, len(issues))):
    for section in get(issue["apiUrl"].split("://", 1)[1].split("/", 1)[1].join(["/", ""]))["sections"]:
        paths.append("/" + section["url"].split("://", 1)[1].split("/", 1)[1])
random.shuffle(paths)
open(out, "w").write("\n".join(paths) + "\n")
print(f"{len(paths)} paths")
PY

python3 "$repo/bench/load-test.py" --base "$base" --content "$content" --seconds "$seconds" > "$work/consistency.txt" & checker=$!
KUSAMANEWS_PATHS="$work/paths.txt" wrk -t2 -c64 -d"${seconds}s" -s "$repo/bench/load-test.lua" "$base/" | tee "$work/wrk.txt"
status=0
wait $checker || status=1
cat "$work/consistency.txt"
runs=$(grep -c "Ingested" "$work/load-server.log" || true)
failed=$(grep -c "error:" "$work/load-server.log" || true)
peak=$(awk '/VmHWM/ {print $2 / 1024 " MB"}' /proc/$server/status)
echo "server: $runs ingestion runs during the test, $failed file errors logged (half-written saves), peak RSS $peak"
other=$(sed -n 's/.*other=\([0-9]*\).*/\1/p' "$work/wrk.txt")
[ "${other:-1}" -eq 0 ] || { echo "load-test: $other answers were neither 2xx nor 429" >&2; status=1; }
exit $status
