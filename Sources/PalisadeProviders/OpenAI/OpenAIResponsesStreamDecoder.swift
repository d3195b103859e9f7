import PalisadeCore

/// Responses API streams: typed events (`response.output_text.delta`, `response.completed`, …).
struct OpenAIResponsesStreamDecoder: StreamDecoder {
    mutating func decode(_ event: ServerSentEvent) -> [StreamDelta] {
        guard let payload = try? JSONValue.parse(event.data.utf8) else { return [] }
        let outputIndex = payload["output_index"]?.intValue ?? 0
        switch payload["type"]?.stringValue ?? event.event {
        case "response.output_text.delta", "response.refusal.delta":
            return [.text(index: outputIndex, payload["delta"]?.stringValue ?? "")]
        case "response.output_item.added":
            guard payload["item"]?["type"]?.stringValue == "function_call" else { return [] }
            return [
                .toolCall(
                    index: outputIndex,
                    id: payload["item"]?["call_id"]?.stringValue,
                    name: payload["item"]?["name"]?.stringValue,
                    arguments: ""
                )
            ]
        case "response.function_call_arguments.delta":
            return [.toolCall(index: outputIndex, id: nil, name: nil, arguments: payload["delta"]?.stringValue ?? "")]
        case "response.completed", "response.incomplete":
            let usage = OpenAIResponseDecoder.usage(payload["response"]?["usage"])
            return (usage.map { [StreamDelta.usage($0)] } ?? []) + [.finished]
        case "response.failed":
            return [.error(payload["response"]?["error"]?["message"]?.stringValue ?? "response failed")]
        case "error":
            return [.error(payload["message"]?.stringValue ?? payload["error"]?["message"]?.stringValue ?? "upstream error")]
        default:
            return []
        }
    }
}
