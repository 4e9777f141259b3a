-- wrk script for bench/load-test.sh: rotates through the paths in paths.txt (one a line) and
-- counts, across threads, answers that are neither 2xx nor 429.
local paths = {}
for line in io.lines(os.getenv("KUSAMANEWS_PATHS") or "paths.txt") do
  paths[#paths + 1] = line
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("offset", #threads * 7919)
end

function init(args)
  counter = offset or 0
  bad, limited, ok = 0, 0, 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  if status == 429 then
    limited = limited + 1
  elseif status < 200 or status > 299 then
    bad = bad + 1
  else
    ok = ok + 1
  end
end

function done(summary, latency, requests)
  local b, l, o = 0, 0, 0
  for _, t in ipairs(threads) do
    b, l, o = b + t:get("bad"), l + t:get("limited"), o + t:get("ok")
  end
  io.write(string.format("answers: 2xx=%d 429=%d other=%d\n", o, l, b))
  io.write(string.format("latency: p50=%.2fms p99=%.2fms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
