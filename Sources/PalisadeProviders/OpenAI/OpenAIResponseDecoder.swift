import PalisadeCore

/// Reads the answer text, tool calls and usage of OpenAI response bodies.
enum OpenAIResponseDecoder {
    static func decode(_ body: JSONValue, operation: APIOperation) -> ResponseSummary {
        var summary = ResponseSummary(usage: usage(body["usage"]))
        switch operation {
        case .chatCompletions:
            for (index, choice) in (body["choices"]?.arrayValue ?? []).enumerated() {
                let message = choice["message"]
                if let text = message?["content"]?.stringValue {
                    summary.segments.append(Segment(role: .assistant, text: text, path: "choices[\(index)].message.content"))
                }
                for call in message?["tool_calls"]?.arrayValue ?? [] {
                    guard let name = call["function"]?["name"]?.stringValue else { continue }
                    let arguments = call["function"]?["arguments"]?.stringValue ?? ""
                    summary.toolCalls.append(ToolCall(id: call["id"]?.stringValue, name: name, arguments: arguments))
                }
            }
        case .completions:
            for (index, choice) in (body["choices"]?.arrayValue ?? []).enumerated() {
                if let text = choice["text"]?.stringValue {
                    summary.segments.append(Segment(role: .assistant, text: text, path: "choices[\(index)].text"))
                }
            }
        case .responses:
            for (index, item) in (body["output"]?.arrayValue ?? []).enumerated() {
                if item["type"]?.stringValue == "function_call", let name = item["name"]?.stringValue {
                    let arguments = item["arguments"]?.stringValue ?? ""
                    summary.toolCalls.append(ToolCall(id: item["call_id"]?.stringValue, name: name, arguments: arguments))
                }
                for (partIndex, part) in (item["content"]?.arrayValue ?? []).enumerated() {
                    if let text = part["text"]?.stringValue {
                        summary.segments.append(
                            Segment(role: .assistant, text: text, path: "output[\(index)].content[\(partIndex)].text")
                        )
                    }
                }
            }
        case .embeddings, .models, .messages, .countTokens:
            break
        }
        return summary
    }

    /// Chat and completions report `prompt_tokens`/`completion_tokens`; Responses `input_tokens`/`output_tokens`.
    static func usage(_ usage: JSONValue?) -> TokenUsage? {
        guard let usage, case .object = usage else { return nil }
        guard let counts = JSONValue.tokenCounts([usage["prompt_tokens"] ?? usage["input_tokens"], usage["completion_tokens"] ?? usage["output_tokens"]])
        else { return nil }
        return TokenUsage(input: counts[0], output: counts[1])
    }
}
