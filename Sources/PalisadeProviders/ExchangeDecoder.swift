import PalisadeCore

/// Decodes a provider request body into an `Exchange`, whichever provider format it is in.
public enum ExchangeDecoder {
    public static func decode(_ body: JSONValue, operation: APIOperation) throws(RequestShapeError) -> Exchange {
        guard case .object = body else {
            throw RequestShapeError("The request body must be a JSON object.")
        }
        switch operation.provider {
        case .openai: return OpenAIRequestDecoder.decode(body, operation: operation)
        case .anthropic: return AnthropicRequestDecoder.decode(body, operation: operation)
        }
    }
}

/// The part of a provider response Palisade inspects and accounts for.
public struct ResponseSummary: Sendable, Hashable {
    public var segments: [Segment]
    public var toolCalls: [ToolCall]
    public var usage: TokenUsage?

    public init(segments: [Segment] = [], toolCalls: [ToolCall] = [], usage: TokenUsage? = nil) {
        self.segments = segments
        self.toolCalls = toolCalls
        self.usage = usage
    }
}

/// Decodes a complete (non-streamed) provider response body.
public enum ResponseDecoder {
    public static func decode(_ body: JSONValue, operation: APIOperation) -> ResponseSummary {
        switch operation.provider {
        case .openai: OpenAIResponseDecoder.decode(body, operation: operation)
        case .anthropic: AnthropicResponseDecoder.decode(body)
        }
    }
}
