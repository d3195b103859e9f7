-- The request of `palisade bench --suite proxy` for wrk: a one-line system prompt and a question
-- that differs each time.
--   PALISADE_KEY=pal_... wrk -t1 -c16 -d4s -s scripts/wrk-bench.lua http://127.0.0.1:8080/v1/chat/completions
-- STREAM=1 asks for a streamed answer.
local key = os.getenv("PALISADE_KEY") or error("set PALISADE_KEY to an application key (palisade apps create NAME)")
local stream = os.getenv("STREAM") == "1" and "true" or "false"
local counter = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. key

request = function()
  counter = counter + 1
  return wrk.format(nil, nil, nil, '{"model":"sim-gpt","stream":' .. stream .. ',"messages":[{"role":"system","content":"You are a helpful assistant for ACME support."},{"role":"user","content":"What are your opening hours on public holidays? I am asking about booking ' .. counter .. '."}]}')
end
