import PalisadeCore

/// Reads the answer text, tool calls and usage of an Anthropic Messages response.
enum AnthropicResponseDecoder {
    static func decode(_ body: JSONValue) -> ResponseSummary {
        var summary = ResponseSummary(usage: usage(body["usage"]))
        if let tokens = body["input_tokens"]?.tokenCount, summary.usage == nil {
            summary.usage = TokenUsage(input: tokens)
        }
        for (index, block) in (body["content"]?.arrayValue ?? []).enumerated() {
            switch block["type"]?.stringValue {
            case "text":
                if let text = block["text"]?.stringValue {
                    summary.segments.append(Segment(role: .assistant, text: text, path: "content[\(index)].text"))
                }
            case "tool_use":
                let arguments = block["input"].map { String(decoding: $0.encoded(), as: UTF8.self) } ?? "{}"
                summary.toolCalls.append(
                    ToolCall(id: block["id"]?.stringValue, name: block["name"]?.stringValue ?? "", arguments: arguments)
                )
            default:
                break
            }
        }
        return summary
    }

    /// Input tokens include cached reads and writes: they are billed, so they count.
    static func usage(_ usage: JSONValue?) -> TokenUsage? {
        guard let usage, case .object = usage else { return nil }
        guard usage["input_tokens"] != nil || usage["output_tokens"] != nil,
              let counts = JSONValue.tokenCounts([
                  usage["input_tokens"], usage["output_tokens"], usage["cache_creation_input_tokens"], usage["cache_read_input_tokens"],
              ])
        else { return nil }
        return TokenUsage(input: counts[0] + counts[2] + counts[3], output: counts[1])
    }
}
