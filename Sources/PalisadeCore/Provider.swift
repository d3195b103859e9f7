/// The wire protocols Palisade speaks. A provider is a format, not a vendor: a self-hosted model
/// that speaks the OpenAI format is `.openai`.
public enum Provider: String, Sendable, Codable, CaseIterable {
    case openai
    case anthropic
}

/// The API operation a request performs, named after the provider route it arrived on.
public enum APIOperation: String, Sendable, Codable, CaseIterable {
    case chatCompletions = "chat.completions"
    case responses
    case completions
    case embeddings
    case models
    case messages
    case countTokens = "messages.count_tokens"

    public var provider: Provider {
        switch self {
        case .chatCompletions, .responses, .completions, .embeddings, .models: .openai
        case .messages, .countTokens: .anthropic
        }
    }
}
