import PalisadeCore
import PalisadeProviders

/// What the simulated model answers: a pure function of the request, so tests and demos are
/// repeatable. It behaves like a naive, unprotected model on purpose: asked for its system
/// prompt, it gives it away, which is what Palisade's output controls exist to catch.
struct SimulatedReply: Sendable, Hashable {
    enum Content: Sendable, Hashable {
        case text(String)
        case toolCall(id: String, name: String, arguments: String)
    }

    var content: Content
    var usage: TokenUsage

    init(for exchange: Exchange) {
        let lastUser = exchange.segments.last { $0.role == .user }?.text ?? ""
        let lastSegment = exchange.segments.last
        if lastSegment?.role == .tool {
            content = .text("The tool returned: \(lastSegment?.text.prefix(500) ?? "")")
        } else if let tool = exchange.declaredTools.first {
            let arguments = String(decoding: JSONValue.object(["query": .string(String(lastUser.prefix(200)))]).encoded(), as: UTF8.self)
            content = .toolCall(id: "call_\(Self.fingerprint(lastUser + tool))", name: tool, arguments: arguments)
        } else if lastUser.lowercased().contains("system prompt"), let system = exchange.systemPrompt {
            content = .text("Sure. My instructions are: \(system)")
        } else {
            let quoted = lastUser.count > 160 ? String(lastUser.prefix(160)) + "…" : lastUser
            content = .text("This is a simulated answer from Palisade's test model to: \"\(quoted)\"")
        }
        let input = TokenEstimator.estimate(exchange.segments.map(\.text))
        switch content {
        case .text(let text): usage = TokenUsage(input: input, output: TokenEstimator.estimate(text))
        case .toolCall(_, _, let arguments): usage = TokenUsage(input: input, output: TokenEstimator.estimate(arguments))
        }
    }

    var text: String {
        if case .text(let text) = content { return text }
        return ""
    }

    /// The answer in stream-sized pieces: one word (with its following space) per chunk.
    var textChunks: [String] {
        var chunks: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == " " {
                chunks.append(current)
                current = ""
            }
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }

    /// A short stable identifier derived from text (FNV-1a), for ids that must repeat across runs.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 36)
    }
}
