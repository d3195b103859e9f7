import PalisadeCore
import PalisadeDetection
import PalisadePolicy
import PalisadeProviders

/// Rewrites a streamed answer event by event: output rules check it and placeholders are
/// restored as it passes.
///
/// Text deltas go through one `OutputTextPipeline` per output (choice, content block), which
/// holds back only a tail that may still become a match or a placeholder (`[EMA` at the end of
/// a delta). When an output ends, what was held back is released in the provider's own delta
/// format. Events that carry whole texts rather than deltas are restored in full.
struct StreamRewriting: Sendable {
    private let template: OutputTextPipeline
    private let operation: APIOperation
    private var pipelines: [String: OutputTextPipeline] = [:]
    /// The first output the policy cut off; the relay ends the stream when it is set.
    private(set) var block: StreamBlock?
    /// Every output's guard decisions, for the record, as outputs finish.
    private(set) var decisions: [PolicyDecision] = []

    init(pipeline: OutputTextPipeline, operation: APIOperation) {
        template = pipeline
        self.operation = operation
    }

    mutating func rewrite(_ event: ServerSentEvent) -> [ServerSentEvent] {
        guard event.data != "[DONE]", case .object(var payload)? = try? JSONValue.parse(event.data.utf8) else { return [event] }
        var extra: [ServerSentEvent] = []
        switch operation.provider {
        case .openai where operation == .responses:
            extra = rewriteResponsesEvent(&payload)
        case .openai:
            rewriteChatChunk(&payload)
        case .anthropic:
            extra = rewriteAnthropicEvent(&payload)
        }
        var rewritten = event
        rewritten.data = String(decoding: JSONValue.object(payload).encoded(), as: UTF8.self)
        return extra + [rewritten]
    }

    private mutating func restore(_ text: String, output: String) -> String {
        var pipeline = pipelines[output] ?? template
        defer {
            pipelines[output] = pipeline
            block = block ?? pipeline.block
        }
        return pipeline.feed(text)
    }

    private mutating func release(output: String) -> String {
        guard var pipeline = pipelines[output] else { return "" }
        defer {
            pipelines[output] = nil
            block = block ?? pipeline.block
            if let decision = pipeline.streamGuard?.decision { decisions.append(decision) }
        }
        return pipeline.finish()
    }

    /// The guards' decisions for outputs that never finished (the stream was cut or broke).
    mutating func finishAll() {
        for output in pipelines.keys.sorted() {
            if let decision = pipelines[output]?.streamGuard?.decision { decisions.append(decision) }
        }
        pipelines.removeAll()
    }

    /// Chat and completions chunks: `choices[i].delta.content` or `choices[i].text`; a choice
    /// ends with its `finish_reason`, which is where held-back text is released.
    private mutating func rewriteChatChunk(_ payload: inout [String: JSONValue]) {
        guard case .array(var choices)? = payload["choices"] else { return }
        for position in choices.indices {
            guard case .object(var choice) = choices[position] else { continue }
            let output = "choice\(choice["index"]?.intValue ?? position)"
            let ends = choice["finish_reason"].map { $0 != .null } ?? false
            if case .object(var delta)? = choice["delta"] {
                var text = delta["content"]?.stringValue.map { restore($0, output: output) }
                if ends { text = (text ?? "") + release(output: output) }
                if let text, delta["content"] != nil || !text.isEmpty { delta["content"] = .string(text) }
                choice["delta"] = .object(delta)
            } else if let raw = choice["text"]?.stringValue {
                let text = restore(raw, output: output) + (ends ? release(output: output) : "")
                choice["text"] = .string(text)
            }
            choices[position] = .object(choice)
        }
        payload["choices"] = .array(choices)
    }

    private mutating func rewriteAnthropicEvent(_ payload: inout [String: JSONValue]) -> [ServerSentEvent] {
        let output = "block\(payload["index"]?.intValue ?? 0)"
        switch payload["type"]?.stringValue {
        case "content_block_delta":
            guard case .object(var delta)? = payload["delta"], delta["type"] == "text_delta", let text = delta["text"]?.stringValue else { return [] }
            delta["text"] = .string(restore(text, output: output))
            payload["delta"] = .object(delta)
            return []
        case "content_block_stop":
            let held = release(output: output)
            guard !held.isEmpty else { return [] }
            let delta: JSONValue = ["type": "content_block_delta", "index": payload["index"] ?? 0, "delta": ["type": "text_delta", "text": .string(held)]]
            return [ServerSentEvent(event: "content_block_delta", data: String(decoding: delta.encoded(), as: UTF8.self))]
        default:
            restoreWholeTexts(&payload)
            return []
        }
    }

    private mutating func rewriteResponsesEvent(_ payload: inout [String: JSONValue]) -> [ServerSentEvent] {
        let output = "output\(payload["output_index"]?.intValue ?? 0).\(payload["content_index"]?.intValue ?? 0)"
        switch payload["type"]?.stringValue {
        case "response.output_text.delta":
            payload["delta"] = .string(restore(payload["delta"]?.stringValue ?? "", output: output))
            return []
        case "response.output_text.done":
            let held = release(output: output)
            restoreWholeTexts(&payload)
            guard !held.isEmpty else { return [] }
            var delta = payload
            delta["type"] = "response.output_text.delta"
            delta["delta"] = .string(held)
            delta["text"] = nil
            return [ServerSentEvent(event: "response.output_text.delta", data: String(decoding: JSONValue.object(delta).encoded(), as: UTF8.self))]
        default:
            restoreWholeTexts(&payload)
            return []
        }
    }

    private func restoreWholeTexts(_ payload: inout [String: JSONValue]) {
        guard let restorer = template.restorer else { return }
        payload = JSONValue.object(payload).restoringTexts(with: restorer).objectValue ?? payload
    }
}
