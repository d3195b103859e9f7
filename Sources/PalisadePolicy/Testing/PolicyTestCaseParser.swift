import PalisadeCore
import PalisadeProviders
import Yams

/// Reads one case file (YAML, or JSON, which YAML reads as well).
struct PolicyTestCaseParser {
    var reader: YAMLNodeReader

    init(file: String) {
        reader = YAMLNodeReader(file: file)
    }

    mutating func parse(_ root: Node, defaultName: String) -> PolicyTestCase? {
        let keys = ["name", "application", "request", "findings", "answer", "answer_findings", "expect"]
        guard let fields = reader.fields(of: root, in: "a policy test case", allowed: keys) else { return nil }
        guard let requestNode = fields["request"] else {
            reader.report(root, "a test case needs a `request`")
            return nil
        }
        guard let expectNode = fields["expect"] else {
            reader.report(root, "a test case needs `expect` with `input` and/or `output`")
            return nil
        }
        let request = parseRequest(requestNode)
        let expectations = reader.fields(of: expectNode, in: "`expect`", allowed: ["input", "output"])
        let expectedInput = expectations?["input"].flatMap { parseExpectation($0) }
        let expectedOutput = expectations?["output"].flatMap { parseExpectation($0) }
        let testCase = PolicyTestCase(
            name: reader.string(fields["name"], "name") ?? defaultName,
            file: reader.file,
            application: reader.string(fields["application"], "application"),
            body: request?.body ?? .null,
            operation: request?.operation ?? .chatCompletions,
            inputFindings: parseFindings(fields["findings"], direction: .input),
            answer: reader.string(fields["answer"], "answer"),
            outputFindings: parseFindings(fields["answer_findings"], direction: .output),
            expectedInput: expectedInput,
            expectedOutput: expectedOutput
        )
        return reader.problems.isEmpty ? testCase : nil
    }

    /// Either a provider body as sent (`body`, with `format: openai|anthropic`) or the short
    /// form (`model`, `messages`, `max_tokens`, `tools`), which becomes an OpenAI chat body.
    private mutating func parseRequest(_ node: Node) -> (body: JSONValue, operation: APIOperation)? {
        let keys = ["body", "format", "model", "messages", "max_tokens", "tools"]
        guard let fields = reader.fields(of: node, in: "`request`", allowed: keys) else { return nil }
        if let body = fields["body"] {
            let format = reader.string(fields["format"], "format") ?? "openai"
            guard let operation: APIOperation = ["openai": .chatCompletions, "anthropic": .messages][format] else {
                reader.report(fields["format"] ?? node, "`format` must be openai or anthropic")
                return nil
            }
            if case .scalar(let text) = body {
                do {
                    return (try JSONValue.parse(text.string.utf8), operation)
                } catch {
                    reader.report(body, error.description)
                    return nil
                }
            }
            return (Self.json(from: body), operation)
        }
        var members: [String: JSONValue] = [:]
        if let model = reader.string(fields["model"], "model") { members["model"] = .string(model) }
        if let maxTokens = reader.integer(fields["max_tokens"], "max_tokens", atLeast: 1) { members["max_tokens"] = .number(Double(maxTokens)) }
        if let tools = reader.strings(fields["tools"], "tools") {
            members["tools"] = .array(tools.map { .object(["type": .string("function"), "function": .object(["name": .string($0), "parameters": .object([:])])]) })
        }
        var messages: [JSONValue] = []
        for message in reader.sequence(fields["messages"], "messages") ?? [] {
            guard let entry = reader.fields(of: message, in: "a message", allowed: ["role", "content"]) else { continue }
            let role: SegmentRole? = reader.choice(entry["role"], "role", among: [.system, .user, .assistant, .tool])
            let content = reader.string(entry["content"], "content") ?? ""
            if let role { messages.append(.object(["role": .string(role.rawValue), "content": .string(content)])) }
        }
        members["messages"] = .array(messages)
        return (.object(members), .chatCompletions)
    }

    private mutating func parseFindings(_ node: Node?, direction: Direction) -> [Finding] {
        (reader.sequence(node, "findings") ?? []).compactMap { item in
            let keys = ["kind", "type", "severity", "confidence", "role", "path"]
            guard let fields = reader.fields(of: item, in: "a finding", allowed: keys) else { return nil }
            guard let kind: FindingKind = reader.choice(fields["kind"], "kind"), let type = reader.string(fields["type"], "type") else {
                reader.report(item, "a finding needs `kind` and `type`")
                return nil
            }
            return Finding(
                kind: kind, type: type,
                severity: reader.choice(fields["severity"], "severity") ?? .medium,
                confidence: reader.number(fields["confidence"], "confidence") ?? 1,
                utf8Range: 0..<0, evidence: "synthetic finding from the test case",
                role: reader.choice(fields["role"], "role") ?? (direction == .input ? .user : .assistant),
                direction: direction,
                path: reader.string(fields["path"], "path")
            )
        }
    }

    private mutating func parseExpectation(_ node: Node) -> PolicyTestCase.Expectation? {
        guard let fields = reader.fields(of: node, in: "an expectation", allowed: ["action", "rules", "error_code"]) else { return nil }
        var expectation = PolicyTestCase.Expectation()
        expectation.action = reader.choice(fields["action"], "action")
        expectation.rules = reader.strings(fields["rules"], "rules")
        if let code = fields["error_code"] {
            expectation.errorCode = .some(code.null != nil ? nil : reader.string(code, "error_code"))
        }
        return expectation
    }

    /// A YAML value as JSON: mappings, lists, and scalars typed as YAML resolves them.
    static func json(from node: Node) -> JSONValue {
        switch node {
        case .mapping(let mapping):
            return .object(Dictionary(mapping.map { ($0.key.string ?? "", json(from: $0.value)) }, uniquingKeysWith: { $1 }))
        case .sequence(let sequence):
            return .array(sequence.map(json(from:)))
        case .scalar(let scalar):
            if scalar.style == .plain {
                if node.null != nil { return .null }
                if let bool = node.bool { return .bool(bool) }
                if let number = node.float { return .number(number) }
            }
            return .string(scalar.string)
        case .alias:
            return .null
        }
    }
}
