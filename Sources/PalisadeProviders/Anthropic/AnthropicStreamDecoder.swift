import PalisadeCore

/// Anthropic Messages streams: `message_start`, `content_block_*`, `message_delta`, `message_stop`.
struct AnthropicStreamDecoder: StreamDecoder {
    mutating func decode(_ event: ServerSentEvent) -> [StreamDelta] {
        guard let payload = try? JSONValue.parse(event.data.utf8) else { return [] }
        let index = payload["index"]?.intValue ?? 0
        switch payload["type"]?.stringValue ?? event.event {
        case "message_start":
            return AnthropicResponseDecoder.usage(payload["message"]?["usage"]).map { [.usage($0)] } ?? []
        case "content_block_start":
            let block = payload["content_block"]
            switch block?["type"]?.stringValue {
            case "tool_use":
                return [.toolCall(index: index, id: block?["id"]?.stringValue, name: block?["name"]?.stringValue, arguments: "")]
            case "text":
                let text = block?["text"]?.stringValue ?? ""
                return text.isEmpty ? [] : [.text(index: index, text)]
            default:
                return []
            }
        case "content_block_delta":
            let delta = payload["delta"]
            switch delta?["type"]?.stringValue {
            case "text_delta": return [.text(index: index, delta?["text"]?.stringValue ?? "")]
            case "input_json_delta": return [.toolCall(index: index, id: nil, name: nil, arguments: delta?["partial_json"]?.stringValue ?? "")]
            default: return []
            }
        case "message_delta":
            guard payload["usage"]?["output_tokens"] != nil,
                  let counts = JSONValue.tokenCounts([payload["usage"]?["input_tokens"], payload["usage"]?["output_tokens"]])
            else { return [] }
            return [.usage(TokenUsage(input: counts[0], output: counts[1]))]
        case "message_stop":
            return [.finished]
        case "error":
            return [.error(payload["error"]?["message"]?.stringValue ?? "upstream error")]
        default:
            return []
        }
    }
}
