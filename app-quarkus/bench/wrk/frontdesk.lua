-- The load of run.sh, one script for every scenario:
--
--   wrk -t2 -c8 -d30s -s bench/wrk/frontdesk.lua http://localhost:8080 -- <scenario> <threads> [slots file]
--
-- scenario: list, stats, create or mix (60 % list, 20 % stats, 20 % create). Data files come from run.sh, in
-- $BENCH_DATA: tokens.txt ("<tenant id> <token>", biggest business first), list.txt ("<shape> <query>"),
-- stats.txt (queries) and the slots file ("<slot id> <business rank>", each slot booked once). BENCH_PAUSE_MS > 0
-- paces a run below its peak: each connection waits that long on average (exponentially distributed, as
-- independent arrivals are) before each request.
local data = os.getenv("BENCH_DATA") or "target/bench"

local function lines(name)
    local result = {}
    for line in io.lines(data .. "/" .. name) do
        result[#result + 1] = line
    end
    return result
end

local threads = {}

function setup(thread)
    thread:set("id", #threads)
    threads[#threads + 1] = thread
end

local scenario, tokens, shapes, stats, slots, next_slot, bookings = nil, {}, {}, {}, {}, 1, 0

-- The list questions by shape, drawn in the proportions of pgbench/list.sql.
local weights = { { "week", 40 }, { "status", 60 }, { "name", 80 }, { "staff", 90 }, { "phone", 100 } }

function init(args)
    scenario = args[1]
    local thread_count = tonumber(args[2])
    math.randomseed(os.time() * 100 + id)
    for _, line in ipairs(lines("tokens.txt")) do
        tokens[#tokens + 1] = line:match("^%S+%s+(%S+)$")
    end
    for _, line in ipairs(lines("list.txt")) do
        local shape, query = line:match("^(%S+)%s+(%S+)$")
        shapes[shape] = shapes[shape] or {}
        table.insert(shapes[shape], query)
    end
    stats = lines("stats.txt")
    if args[3] then
        local all = lines(args[3])
        for i = 1 + id, #all, thread_count do
            local slot, rank = all[i]:match("^(%S+)%s+(%d+)$")
            slots[#slots + 1] = { slot, tonumber(rank) }
        end
    end
end

local first = { "Dana", "Mehmet", "Ines", "Pavel", "Grace", "Yuki", "Omar", "Freya", "Luca", "Zoe" }
local last = { "Whitfield", "Demir", "Moreau", "Novak", "Okafor", "Tanaka", "Haddad", "Lund", "Rossi", "Brandt" }
local sources = { "walk_in", "manual", "direct" }

local function auth(rank)
    return { ["Authorization"] = "Bearer " .. tokens[rank] }
end

local function list()
    local r, shape = math.random(100), nil
    for _, w in ipairs(weights) do
        if r <= w[2] then shape = w[1] break end
    end
    local queries = shapes[shape]
    return wrk.format("GET", "/api/bookings?" .. queries[math.random(#queries)], auth(1))
end

local function dashboard()
    return wrk.format("GET", "/api/bookings/stats?" .. stats[math.random(#stats)], auth(1))
end

local function create()
    local slot = slots[(next_slot - 1) % #slots + 1] -- past the end, slots repeat and answer 409: errors
    next_slot = next_slot + 1
    bookings = bookings + 1
    local n = id * 1000000 + bookings
    local headers = auth(slot[2])
    headers["Content-Type"] = "application/json"
    local body = string.format(
        '{"slot_id":"%s","customer_name":"%s %s","customer_phone":"+1 201-555-%04d",' ..
        '"customer_email":"guest%d@example.com","booking_source":"%s"}',
        slot[1], first[1 + n % #first], last[1 + math.floor(n / #first) % #last], n % 10000, n,
        sources[1 + n % #sources])
    return wrk.format("POST", "/api/bookings", headers, body)
end

function request()
    if scenario == "list" then return list() end
    if scenario == "stats" then return dashboard() end
    if scenario == "create" then return create() end
    local r = math.random(100)
    if r <= 60 then return list() end
    if r <= 80 then return dashboard() end
    return create()
end

local pause = tonumber(os.getenv("BENCH_PAUSE_MS") or "0")
if pause > 0 then
    function delay()
        return math.floor(-math.log(1 - math.random()) * pause)
    end
end

function done(summary, latency)
    local errors = summary.errors
    io.write(string.format(
        "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
        "status_errors=%d socket_errors=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
