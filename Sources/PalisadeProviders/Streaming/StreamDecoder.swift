import PalisadeCore

/// Turns one provider's stream events into deltas. Decoders are values fed one event at a time,
/// so a stream can be inspected while it passes without buffering it.
public protocol StreamDecoder: Sendable {
    mutating func decode(_ event: ServerSentEvent) -> [StreamDelta]
}

extension APIOperation {
    /// The decoder for this operation's stream format.
    public func makeStreamDecoder() -> any StreamDecoder {
        switch self {
        case .chatCompletions, .completions, .embeddings, .models: OpenAIChatStreamDecoder()
        case .responses: OpenAIResponsesStreamDecoder()
        case .messages, .countTokens: AnthropicStreamDecoder()
        }
    }
}
