import PalisadeCore
import PalisadeProviders

/// Anthropic Messages bodies and stream events for a simulated reply.
enum AnthropicFormat {
    private static func block(_ reply: SimulatedReply, streamingStart: Bool = false) -> JSONValue {
        switch reply.content {
        case .text(let text):
            return ["type": "text", "text": JSONValue(streamingStart ? "" : text)]
        case .toolCall(let id, let name, let arguments):
            let input = streamingStart ? [:] : ((try? JSONValue.parse(arguments.utf8)) ?? [:])
            return ["type": "tool_use", "id": JSONValue("toolu_" + id), "name": JSONValue(name), "input": input]
        }
    }

    private static func stopReason(_ reply: SimulatedReply) -> JSONValue {
        if case .toolCall = reply.content { return "tool_use" }
        return "end_turn"
    }

    static func message(_ reply: SimulatedReply, model: String, id: String, includeUsage: Bool = true) -> JSONValue {
        [
            "id": JSONValue(id), "type": "message", "role": "assistant", "model": JSONValue(model),
            "content": [block(reply)], "stop_reason": stopReason(reply), "stop_sequence": nil,
            "usage": includeUsage ? ["input_tokens": JSONValue(reply.usage.input), "output_tokens": JSONValue(reply.usage.output)] : nil,
        ]
    }

    static func messageEvents(_ reply: SimulatedReply, model: String, id: String, includeUsage: Bool = true) -> [ServerSentEvent] {
        let start: JSONValue = [
            "id": JSONValue(id), "type": "message", "role": "assistant", "model": JSONValue(model), "content": [],
            "stop_reason": nil, "stop_sequence": nil,
            "usage": ["input_tokens": JSONValue(includeUsage ? reply.usage.input : 0), "output_tokens": 1],
        ]
        var events: [JSONValue] = [
            ["type": "message_start", "message": start],
            ["type": "content_block_start", "index": 0, "content_block": block(reply, streamingStart: true)],
            ["type": "ping"],
        ]
        switch reply.content {
        case .text:
            for piece in reply.textChunks {
                events.append(["type": "content_block_delta", "index": 0, "delta": ["type": "text_delta", "text": JSONValue(piece)]])
            }
        case .toolCall(_, _, let arguments):
            for piece in OpenAIFormat.pieces(of: arguments) {
                events.append(["type": "content_block_delta", "index": 0, "delta": ["type": "input_json_delta", "partial_json": JSONValue(piece)]])
            }
        }
        events.append(["type": "content_block_stop", "index": 0])
        events.append(["type": "message_delta", "delta": ["stop_reason": stopReason(reply), "stop_sequence": nil],
                       "usage": ["output_tokens": JSONValue(includeUsage ? reply.usage.output : 0)]])
        events.append(["type": "message_stop"])
        return events.map { payload in
            ServerSentEvent(event: payload["type"]?.stringValue, data: String(decoding: payload.encoded(), as: UTF8.self))
        }
    }

    static func tokenCount(_ exchange: Exchange) -> JSONValue {
        ["input_tokens": JSONValue(TokenEstimator.estimate(exchange.segments.map(\.text)))]
    }

    static func error(status: Int, message: String) -> JSONValue {
        ProviderError(status: status, code: "simulated_error", message: message).body(for: .anthropic)
    }
}
