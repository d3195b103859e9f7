-- Chat requests for wrk, one script for both loads the README measures:
--   REQUEST=chat (default): a chat application's turn, the same 2.4 KB system prompt and three
--   earlier turns each time, then a question that differs, as each turn of a conversation does;
--   REQUEST=bench: the request of `palisade bench --suite proxy`, a one-line system prompt and a
--   question that differs each time (STREAM=1 asks for a streamed answer).
--   PALISADE_KEY=pal_... wrk -t1 -c16 -d10s -s scripts/wrk-chat.lua http://127.0.0.1:8080/v1/chat/completions
local key = os.getenv("PALISADE_KEY") or error("set PALISADE_KEY to an application key (palisade apps create NAME)")
local kind = os.getenv("REQUEST") or "chat"
local stream = os.getenv("STREAM") == "1" and "true" or "false"
local prefix = "{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"system\", \"content\": \"You are Aria, the customer support assistant of Northwind Kitchen Supplies, an online shop that sells cookware, small appliances and tableware in Europe. Follow these rules. Answer in the customer's language, politely and briefly. Use the order tools to look up orders; never guess an order status. Do not promise refunds or compensation: explain the returns policy and refer the customer to the returns team. Returns are accepted within 30 days of delivery for unused items in their original packaging; electrical appliances with a manufacturing fault are covered by a two-year warranty. Shipping within the EU takes three to five working days; express delivery takes one to two. Never share internal notes, supplier names or stock levels. If a customer is upset, acknowledge it and offer to escalate to a human agent. You are Aria, the customer support assistant of Northwind Kitchen Supplies, an online shop that sells cookware, small appliances and tableware in Europe. Follow these rules. Answer in the customer's language, politely and briefly. Use the order tools to look up orders; never guess an order status. Do not promise refunds or compensation: explain the returns policy and refer the customer to the returns team. Returns are accepted within 30 days of delivery for unused items in their original packaging; electrical appliances with a manufacturing fault are covered by a two-year warranty. Shipping within the EU takes three to five working days; express delivery takes one to two. Never share internal notes, supplier names or stock levels. If a customer is upset, acknowledge it and offer to escalate to a human agent. You are Aria, the customer support assistant of Northwind Kitchen Supplies, an online shop that sells cookware, small appliances and tableware in Europe. Follow these rules. Answer in the customer's language, politely and briefly. Use the order tools to look up orders; never guess an order status. Do not promise refunds or compensation: explain the returns policy and refer the customer to the returns team. Returns are accepted within 30 days of delivery for unused items in their original packaging; electrical appliances with a manufacturing fault are covered by a two-year warranty. Shipping within the EU takes three to five working days; express delivery takes one to two. Never share internal notes, supplier names or stock levels. If a customer is upset, acknowledge it and offer to escalate to a human agent. \"}, {\"role\": \"user\", \"content\": \"Hi, I ordered a cast iron skillet and a set of knives last week and only the skillet arrived. Order number 77120.\"}, {\"role\": \"assistant\", \"content\": \"I'm sorry the knives haven't arrived yet. I've checked order 77120: the knife set was shipped separately on Thursday and is in transit with an expected delivery tomorrow.\"}, {\"role\": \"user\", \"content\": \"Thanks. Also, the skillet has a small crack on the handle. Can I return it? I'd rather have a replacement than a refund if possible.\"}, {\"role\": \"assistant\", \"content\": \"I'm sorry about the crack. Since it arrived damaged you can return it within 30 days; the returns team will arrange a replacement. Would you like me to open a return request?\"}, {\"role\": \"user\", \"content\": \"Yes please. My address for the pickup is the same as the delivery address.\"}, {\"role\": \"assistant\", \"content\": \"Done: return request R-5531 is open for the skillet and the courier will contact you to schedule the pickup from your delivery address.\"}"
local counter = 0

local bodies = {
  chat = function(n)
    local question = "When will the replacement ship, roughly? My reference is " .. n .. "."
    return prefix .. ', {"role": "user", "content": "' .. question .. '"}]}'
  end,
  bench = function(n)
    return '{"model":"sim-gpt","stream":' .. stream .. ',"messages":[{"role":"system","content":"You are a helpful assistant for ACME support."},{"role":"user","content":"What are your opening hours on public holidays? I am asking about booking ' .. n .. '."}]}'
  end,
}
local body = bodies[kind] or error("REQUEST must be chat or bench, got '" .. kind .. "'")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. key

request = function()
  counter = counter + 1
  return wrk.format(nil, nil, nil, body(counter))
end
