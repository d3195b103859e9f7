import PalisadeCore

/// Chat completions and legacy completions streams: `data: {chunk}` lines ending in `data: [DONE]`.
struct OpenAIChatStreamDecoder: StreamDecoder {
    mutating func decode(_ event: ServerSentEvent) -> [StreamDelta] {
        if event.data == "[DONE]" { return [.finished] }
        guard let chunk = try? JSONValue.parse(event.data.utf8) else { return [] }
        if let error = chunk["error"] {
            return [.error(error["message"]?.stringValue ?? "upstream error")]
        }
        var deltas: [StreamDelta] = []
        for choice in chunk["choices"]?.arrayValue ?? [] {
            let index = choice["index"]?.intValue ?? 0
            if let text = choice["delta"]?["content"]?.stringValue ?? choice["text"]?.stringValue {
                deltas.append(.text(index: index, text))
            }
            for call in choice["delta"]?["tool_calls"]?.arrayValue ?? [] {
                deltas.append(
                    .toolCall(
                        index: call["index"]?.intValue ?? 0,
                        id: call["id"]?.stringValue,
                        name: call["function"]?["name"]?.stringValue,
                        arguments: call["function"]?["arguments"]?.stringValue ?? ""
                    )
                )
            }
        }
        if let usage = OpenAIResponseDecoder.usage(chunk["usage"]) {
            deltas.append(.usage(usage))
        }
        return deltas
    }
}
