import PalisadeCore

/// Reads Anthropic Messages (and count_tokens) request bodies.
enum AnthropicRequestDecoder {
    static func decode(_ body: JSONValue, operation: APIOperation) -> Exchange {
        var exchange = Exchange(
            operation: operation,
            model: body["model"]?.stringValue,
            stream: body["stream"]?.boolValue ?? false,
            endUser: body["metadata"]?["user_id"]?.stringValue,
            maxTokens: body["max_tokens"]?.intValue
        )
        exchange.declaredTools = (body["tools"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
        appendBlocks(body["system"], role: .system, path: "system", into: &exchange)
        for (index, message) in (body["messages"]?.arrayValue ?? []).enumerated() {
            let role: SegmentRole = message["role"]?.stringValue == "assistant" ? .assistant : .user
            appendBlocks(message["content"], role: role, path: "messages[\(index)].content", into: &exchange)
        }
        return exchange
    }

    /// Content is a string or a list of blocks. Tool results and documents are third-party text,
    /// so they are kept apart from what the user typed.
    private static func appendBlocks(_ content: JSONValue?, role: SegmentRole, path: String, into exchange: inout Exchange) {
        switch content {
        case .string(let text)?:
            exchange.segments.append(Segment(role: role, text: text, path: path))
        case .array(let blocks)?:
            for (index, block) in blocks.enumerated() {
                let blockPath = "\(path)[\(index)]"
                switch block["type"]?.stringValue {
                case "text":
                    if let text = block["text"]?.stringValue {
                        exchange.segments.append(Segment(role: role, text: text, path: "\(blockPath).text"))
                    }
                case "tool_use":
                    let arguments = block["input"].map { String(decoding: $0.encoded(), as: UTF8.self) } ?? "{}"
                    exchange.toolCalls.append(
                        ToolCall(id: block["id"]?.stringValue, name: block["name"]?.stringValue ?? "", arguments: arguments)
                    )
                    exchange.segments.append(Segment(role: .assistant, text: arguments, path: "\(blockPath).input"))
                case "tool_result":
                    appendBlocks(block["content"], role: .tool, path: "\(blockPath).content", into: &exchange)
                case "document":
                    if let text = block["source"]?["data"]?.stringValue, block["source"]?["type"]?.stringValue == "text" {
                        exchange.segments.append(Segment(role: .retrieved, text: text, path: "\(blockPath).source.data"))
                    } else {
                        appendBlocks(block["source"]?["content"], role: .retrieved, path: "\(blockPath).source.content", into: &exchange)
                    }
                default:
                    break
                }
            }
        default:
            break
        }
    }
}
