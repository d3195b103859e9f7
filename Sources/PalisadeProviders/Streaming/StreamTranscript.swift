import PalisadeCore

/// The answer as reassembled from a stream so far: text per output index, tool calls, usage.
public struct StreamTranscript: Sendable, Hashable {
    public private(set) var texts: [Int: String] = [:]
    public private(set) var toolCalls: [Int: ToolCall] = [:]
    public private(set) var usage: TokenUsage?
    public private(set) var upstreamError: String?
    public private(set) var finished = false
    /// Whether any text or tool-call content has arrived: the moment of the first token.
    public private(set) var hasContent = false

    public init() {}

    public mutating func apply(_ delta: StreamDelta) {
        switch delta {
        case .text(let index, let text):
            texts[index, default: ""] += text
            hasContent = hasContent || !text.isEmpty
        case .toolCall(let index, let id, let name, let arguments):
            var call = toolCalls[index] ?? ToolCall(id: id, name: name ?? "", arguments: "")
            if let id { call.id = id }
            if let name, !name.isEmpty { call.name = name }
            call.arguments += arguments
            toolCalls[index] = call
            hasContent = true
        case .usage(let reported):
            // Providers report usage in parts (Anthropic: input at start, output at the end).
            var merged = usage ?? TokenUsage()
            if reported.input > 0 { merged.input = reported.input }
            if reported.output > 0 { merged.output = reported.output }
            usage = merged
        case .error(let message):
            upstreamError = message
        case .finished:
            finished = true
        }
    }

    public var segments: [Segment] {
        texts.keys.sorted().map { Segment(role: .assistant, text: texts[$0] ?? "", path: "stream[\($0)]") }
    }

    public var orderedToolCalls: [ToolCall] {
        toolCalls.keys.sorted().compactMap { toolCalls[$0] }
    }
}
