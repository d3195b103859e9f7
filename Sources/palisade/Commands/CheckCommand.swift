import ArgumentParser
import Foundation
import PalisadeCore
import PalisadeDetection
import PalisadeInjection
import PalisadeProviders

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Inspect text or a provider request and print the findings as JSON.",
        discussion: """
            Reads FILE, or standard input. A JSON object that looks like a provider request (OpenAI chat, \
            responses, completions or embeddings; Anthropic messages) is decoded and every segment is \
            inspected with its role, so tool results and documents count as untrusted; anything else is \
            inspected as one user text. Offsets are UTF-8 byte offsets into the segment's text. Input \
            that is not valid UTF-8 is read with each bad sequence replaced by U+FFFD, as the gateway \
            reads answers, and the report counts them in invalidUTF8Sequences; offsets then refer to \
            the repaired text. (The gateway refuses requests that are not UTF-8.)
            """
    )

    @Argument(help: "File to read (default: standard input).")
    var file: String?

    @Option(help: "How to read the input: auto, text, openai-chat, openai-responses, openai-completions, openai-embeddings, anthropic.")
    var format = "auto"

    @Option(help: "Injection sensitivity: low, balanced or strict.")
    var sensitivity = "balanced"

    func run() async throws {
        guard let level = SensitivityLevel(rawValue: sensitivity) else {
            throw ValidationError("--sensitivity must be low, balanced or strict.")
        }
        let data = try file.map { try Data(contentsOf: URL(fileURLWithPath: $0)) } ?? FileHandle.standardInput.readDataToEndOfFile()
        let text = String(decoding: data, as: UTF8.self)
        let exchange = try Self.exchange(from: text, format: format)
        let pipeline = DetectionPipeline()
        let injection = InjectionDetector(classifier: try InjectionClassifier.shipped(), sensitivity: level)
        var findings = pipeline.findings(in: exchange, direction: .input)
        for segment in exchange.segments {
            findings += injection.detect(in: segment).map { finding in
                var tagged = finding
                tagged.direction = .input
                tagged.evidence = pipeline.masking(finding.evidence)
                return tagged
            }
        }
        let invalid = Self.invalidUTF8Sequences(in: data)
        try JSONOutput.print(CheckReport(
            operation: exchange.operation.rawValue, segments: exchange.segments.count, invalidUTF8Sequences: invalid > 0 ? invalid : nil,
            findings: findings
        ))
    }

    /// How many sequences of `data` are not UTF-8: each reads as one U+FFFD.
    static func invalidUTF8Sequences(in data: Data) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var count = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error: count += 1
            case .emptyInput: return count
            }
        }
    }

    static func exchange(from text: String, format: String) throws -> Exchange {
        let parsed = Result { () throws(MalformedJSONError) in try JSONValue.parse(text.utf8) }
        let operation: APIOperation?
        switch format {
        case "text": operation = nil
        case "openai-chat": operation = .chatCompletions
        case "openai-responses": operation = .responses
        case "openai-completions": operation = .completions
        case "openai-embeddings": operation = .embeddings
        case "anthropic": operation = .messages
        case "auto": operation = (try? parsed.get()).flatMap(guessOperation)
        default: throw ValidationError("Unknown --format '\(format)'.")
        }
        guard let operation else {
            return Exchange(operation: .chatCompletions, segments: [Segment(role: .user, text: text, path: "text")])
        }
        do {
            return try ExchangeDecoder.decode(try parsed.get(), operation: operation)
        } catch {
            throw ValidationError("The input is not a \(operation.rawValue) request: \(error)")
        }
    }

    /// Anthropic bodies carry `max_tokens` with `messages` and often a top-level `system`;
    /// OpenAI's Responses API uses `input`, completions `prompt`.
    private static func guessOperation(_ json: JSONValue) -> APIOperation? {
        guard case .object(let members) = json else { return nil }
        if members["messages"] != nil {
            let anthropicBlocks = members["messages"]?.arrayValue?.contains { $0["content"]?.arrayValue?.contains { $0["type"] == "tool_result" || $0["type"] == "tool_use" } == true } == true
            return members["system"] != nil || anthropicBlocks ? .messages : .chatCompletions
        }
        if members["input"] != nil { return members["model"]?.stringValue?.contains("embed") == true ? .embeddings : .responses }
        if members["prompt"] != nil { return .completions }
        return nil
    }
}

struct CheckReport: Encodable {
    var operation: String
    var segments: Int
    /// Present when the input was not valid UTF-8.
    var invalidUTF8Sequences: Int?
    var findings: [Finding]
}
