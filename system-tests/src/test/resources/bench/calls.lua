-- wrk script of the benchmarks: one kind of call, round-robin over the paths in the file named by CALLS_PATHS (one
-- per line), with the bearer token CALLS_TOKEN, the method CALLS_METHOD and, when set, the JSON body CALLS_BODY.
-- At the end it prints a line "STATUSES code=count ..." and a line "FIGURES calls/s p50-ms p99-ms socket-errors".
local paths = {}
for line in io.lines(os.getenv("CALLS_PATHS")) do
  paths[#paths + 1] = line
end
local method = os.getenv("CALLS_METHOD") or "GET"
local body = os.getenv("CALLS_BODY")
local headers = { ["Authorization"] = "Bearer " .. os.getenv("CALLS_TOKEN") }
if body then
  headers["Content-Type"] = "application/json"
end
local threads = {}

function setup(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  turn = offset
end

function request()
  turn = turn + 1
  return wrk.format(method, paths[(turn % #paths) + 1], headers, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local all = {}
  for _, thread in ipairs(threads) do
    for code, count in pairs(thread:get("statuses")) do
      all[code] = (all[code] or 0) + count
    end
  end
  local line = "STATUSES"
  for code, count in pairs(all) do
    line = line .. " " .. code .. "=" .. count
  end
  io.write(line .. "\n")
  local errors = summary.errors
  io.write(string.format("FIGURES %.2f %.3f %.3f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.connect + errors.read + errors.write + errors.timeout))
end
