#!/usr/bin/env bash
# The benchmark suite (docs/PERFORMANCE.md): on a fresh machine, installs what it needs, generates
# the corpora, builds in Release, then measures ingestion, serving and start-up against the anchors
# (Hugo building the same corpus, nginx serving the same issue page) in one run, and prints one
# table. Servers bind to 127.0.0.1 only.
#
#   bench/run.sh            1,200 and 12,000 issues (about 8 minutes on 2 cores)
#   bench/run.sh --smoke    30 issues, one round of everything (under a minute): the harness works
#
# KUSAMANEWS_BENCH_DIR (default /tmp/kusamanews-bench) keeps corpora, databases and logs between
# runs; GEN_CORPUS points at another gen-corpus.py than ../shared/tools' (or, without shared/, our copy
# in bench/, kept identical to it by a test). KUSAMANEWS_BENCH_APP and
# KUSAMANEWS_BENCH_TOOL name an already built KusamaNews.Web.dll (KusamaNews.Ingest.dll beside it) and
# KusamaNews.Benchmarks.dll, to measure those builds instead of building Release (the harness's own test does).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${KUSAMANEWS_BENCH_DIR:-/tmp/kusamanews-bench}
source "$repo/bench/tools.sh"
gen=$(corpus_generator "$repo")
smoke=$([ "${1:-}" = "--smoke" ] && echo 1 || echo 0)

mapfile -t missing < <(bench_packages_missing)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
mkdir -p "$work"
if [ ! -f "$gen" ]; then
  echo "bench: the corpus generator is not at $gen (set GEN_CORPUS)" >&2; exit 2
elif [ "$smoke" = 1 ]; then
  sizes=(30)
else
  sizes=(1200 12000)
fi
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  if [ ! -f "$corpus/.complete" ]; then
    rm -rf "$corpus"
    python3 "$gen" --issues "$n" --out "$corpus" --seed 1 --quiet
    cp "$repo/content/topics.yml" "$corpus/"   # the real taxonomy, so that ingestion tags as it does for the site
    touch "$corpus/.complete"
  fi
done

app=${KUSAMANEWS_BENCH_APP:-}
tool=${KUSAMANEWS_BENCH_TOOL:-}
if [ -z "$app" ] || [ -z "$tool" ]; then
  dotnet build -c Release "$repo/bench/KusamaNews.Benchmarks" -v q -nologo >/dev/null  # builds the site too
  dotnet build -c Release "$repo/src/KusamaNews.Ingest" -v q -nologo >/dev/null       # what ingestion is timed with
  app="$repo/src/KusamaNews.Web/bin/Release/net10.0/KusamaNews.Web.dll"
  tool="$repo/bench/KusamaNews.Benchmarks/bin/Release/net10.0/KusamaNews.Benchmarks.dll"
fi

exec python3 "$repo/bench/measure.py" --app "$app" --benchmarks "$tool" --work "$work" --sizes "$(IFS=,; echo "${sizes[*]}")" \
  $([ "$smoke" = 1 ] && echo --smoke)
