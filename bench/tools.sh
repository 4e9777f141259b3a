# Sourced by bench/run.sh, bench/load-test.sh and .ci/install-test-tools: what the benchmarks need
# from the machine, said once.

# The Debian packages of the tools the benchmark suite drives that are not installed, one a line.
bench_packages_missing() {
  command -v wrk >/dev/null || echo wrk
  command -v hugo >/dev/null || echo hugo
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || echo nginx-light
  [ -x /usr/bin/time ] || echo time
}

# The corpus generator: $GEN_CORPUS when set, else ../shared/tools/gen-corpus.py beside the
# repository, else our byte-for-byte copy in bench/ (a checkout without shared/).
corpus_generator() {
  local repo=$1 shared=$1/../shared/tools/gen-corpus.py
  if [ -n "${GEN_CORPUS:-}" ]; then echo "$GEN_CORPUS"
  elif [ -f "$shared" ]; then echo "$shared"
  else echo "$repo/bench/gen-corpus.py"
  fi
}
