import PalisadeCore
import PalisadeProviders

/// Adds an application's canary token to the system prompt of a request, in each provider's
/// own place for it, so that the token's appearance in an answer proves the prompt leaked.
enum CanaryInjection {
    /// The body with the canary text appended to its system prompt (or a system prompt holding
    /// only the canary when the request has none); `nil` for operations without one.
    static func insert(_ text: String, into body: JSONValue, operation: APIOperation) -> JSONValue? {
        guard case .object(var members) = body else { return nil }
        switch operation {
        case .chatCompletions:
            guard case .array(var messages)? = members["messages"] else { return nil }
            if let index = messages.firstIndex(where: { ["system", "developer"].contains($0["role"]?.stringValue) }),
               case .object(var message) = messages[index] {
                message["content"] = appended(text, to: message["content"])
                messages[index] = .object(message)
            } else {
                messages.insert(["role": "system", "content": .string(text.trimmingLeadingNewlines)], at: 0)
            }
            members["messages"] = .array(messages)
        case .responses:
            members["instructions"] = appended(text, to: members["instructions"])
        case .messages:
            members["system"] = appended(text, to: members["system"])
        case .completions, .embeddings, .models, .countTokens:
            return nil
        }
        return .object(members)
    }

    /// Content may be a string or an array of text parts; the canary joins as text either way.
    private static func appended(_ text: String, to content: JSONValue?) -> JSONValue {
        switch content {
        case .string(let existing)?:
            return .string(existing + text)
        case .array(var parts)?:
            parts.append(["type": "text", "text": .string(text.trimmingLeadingNewlines)])
            return .array(parts)
        default:
            return .string(text.trimmingLeadingNewlines)
        }
    }
}

extension String {
    fileprivate var trimmingLeadingNewlines: String { String(drop { $0 == "\n" }) }
}
