import PalisadeCore

/// What one streamed event adds to the answer, in provider-neutral terms.
public enum StreamDelta: Sendable, Hashable {
    /// Answer text for output `index` (a choice or content block).
    case text(index: Int, String)
    /// Part of a tool call; `name` and `id` arrive once, arguments in pieces.
    case toolCall(index: Int, id: String?, name: String?, arguments: String)
    case usage(TokenUsage)
    /// The provider reported an error inside the stream.
    case error(String)
    /// The provider says the answer is complete.
    case finished
}
