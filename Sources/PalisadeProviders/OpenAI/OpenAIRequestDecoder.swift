import PalisadeCore

/// Reads OpenAI chat completions, responses, completions and embeddings request bodies.
enum OpenAIRequestDecoder {
    static func decode(_ body: JSONValue, operation: APIOperation) -> Exchange {
        var exchange = Exchange(
            operation: operation,
            model: body["model"]?.stringValue,
            stream: body["stream"]?.boolValue ?? false,
            endUser: body["user"]?.stringValue ?? body["safety_identifier"]?.stringValue,
            maxTokens: (body["max_completion_tokens"] ?? body["max_output_tokens"] ?? body["max_tokens"])?.intValue
        )
        exchange.declaredTools = declaredTools(body["tools"])
        switch operation {
        case .chatCompletions: decodeChatMessages(body["messages"], into: &exchange)
        case .responses: decodeResponsesInput(body, into: &exchange)
        case .completions: decodeTextList(body["prompt"], role: .user, path: "prompt", into: &exchange)
        case .embeddings: decodeTextList(body["input"], role: .user, path: "input", into: &exchange)
        case .models, .messages, .countTokens: break
        }
        return exchange
    }

    /// Chat tools are `{type: function, function: {name}}`; Responses tools carry `name` directly.
    private static func declaredTools(_ tools: JSONValue?) -> [String] {
        (tools?.arrayValue ?? []).compactMap { tool in
            tool["function"]?["name"]?.stringValue ?? tool["name"]?.stringValue ?? tool["type"]?.stringValue
        }
    }

    private static func role(_ name: String?) -> SegmentRole {
        switch name {
        case "system", "developer": .system
        case "assistant": .assistant
        case "tool", "function": .tool
        default: .user
        }
    }

    private static func decodeChatMessages(_ messages: JSONValue?, into exchange: inout Exchange) {
        for (index, message) in (messages?.arrayValue ?? []).enumerated() {
            let path = "messages[\(index)]"
            let role = role(message["role"]?.stringValue)
            appendContent(message["content"], role: role, path: "\(path).content", into: &exchange)
            for (callIndex, call) in (message["tool_calls"]?.arrayValue ?? []).enumerated() {
                guard let function = call["function"], let name = function["name"]?.stringValue else { continue }
                let arguments = function["arguments"]?.stringValue ?? ""
                exchange.toolCalls.append(ToolCall(id: call["id"]?.stringValue, name: name, arguments: arguments))
                if !arguments.isEmpty {
                    exchange.segments.append(
                        Segment(role: .assistant, text: arguments, path: "\(path).tool_calls[\(callIndex)].function.arguments")
                    )
                }
            }
        }
    }

    /// Content is either a string or a list of typed parts; only text parts carry inspectable text.
    private static func appendContent(_ content: JSONValue?, role: SegmentRole, path: String, into exchange: inout Exchange) {
        switch content {
        case .string(let text)?:
            exchange.segments.append(Segment(role: role, text: text, path: path))
        case .array(let parts)?:
            for (index, part) in parts.enumerated() {
                if let text = part["text"]?.stringValue {
                    exchange.segments.append(Segment(role: role, text: text, path: "\(path)[\(index)].text"))
                } else if let refusal = part["refusal"]?.stringValue {
                    exchange.segments.append(Segment(role: role, text: refusal, path: "\(path)[\(index)].refusal"))
                }
            }
        default:
            break
        }
    }

    private static func decodeResponsesInput(_ body: JSONValue, into exchange: inout Exchange) {
        if let instructions = body["instructions"]?.stringValue {
            exchange.segments.append(Segment(role: .system, text: instructions, path: "instructions"))
        }
        switch body["input"] {
        case .string(let text)?:
            exchange.segments.append(Segment(role: .user, text: text, path: "input"))
        case .array(let items)?:
            for (index, item) in items.enumerated() {
                let path = "input[\(index)]"
                switch item["type"]?.stringValue {
                case "function_call":
                    let name = item["name"]?.stringValue ?? ""
                    let arguments = item["arguments"]?.stringValue ?? ""
                    exchange.toolCalls.append(ToolCall(id: item["call_id"]?.stringValue, name: name, arguments: arguments))
                    exchange.segments.append(Segment(role: .assistant, text: arguments, path: "\(path).arguments"))
                case "function_call_output":
                    appendContent(item["output"], role: .tool, path: "\(path).output", into: &exchange)
                default:
                    appendContent(item["content"], role: role(item["role"]?.stringValue), path: "\(path).content", into: &exchange)
                }
            }
        default:
            break
        }
    }

    /// `prompt` and embeddings `input` are a string or a list of strings (token arrays carry no text).
    private static func decodeTextList(_ value: JSONValue?, role: SegmentRole, path: String, into exchange: inout Exchange) {
        switch value {
        case .string(let text)?:
            exchange.segments.append(Segment(role: role, text: text, path: path))
        case .array(let elements)?:
            for (index, element) in elements.enumerated() {
                if let text = element.stringValue {
                    exchange.segments.append(Segment(role: role, text: text, path: "\(path)[\(index)]"))
                }
            }
        default:
            break
        }
    }
}
