import PalisadeCore
import PalisadeProviders

/// `tools:` which tools may be declared to and called by the model, and what their arguments
/// may contain. Calls in earlier turns of the request and in the answer are both checked, since
/// either can carry an agent into a tool it should not use.
struct ToolControl: Sendable {
    var allow: [NamePattern]?
    var deny: [NamePattern]?
    var arguments: [ToolArgumentRule]?
    var action: PolicyAction?

    func overridden(by other: ToolControl) -> ToolControl {
        ToolControl(
            allow: other.allow ?? allow, deny: other.deny ?? deny,
            arguments: other.arguments ?? arguments, action: other.action ?? action
        )
    }

    var isEmpty: Bool { (allow ?? []).isEmpty && (deny ?? []).isEmpty && (arguments ?? []).isEmpty }

    func findings(declared: [String], calls: [ToolCall], direction: Direction) throws(PolicyEvaluationError) -> [Finding] {
        guard !isEmpty else { return [] }
        var findings: [Finding] = []
        for (index, name) in declared.enumerated() {
            if let refusal = refusal(of: name) {
                findings.append(.policy(PolicyFindingType.toolNotAllowed, "declared tool `\(name)` \(refusal)", direction: .input, path: "tools[\(index)]"))
            }
        }
        for (index, call) in calls.enumerated() {
            let path = "tool_calls[\(index)]"
            if let refusal = refusal(of: call.name) {
                findings.append(.policy(PolicyFindingType.toolNotAllowed, "call to tool `\(call.name)` \(refusal)", direction: direction, role: .assistant, path: path))
                continue
            }
            let rules = (arguments ?? []).filter { $0.tool.matches(call.name) }
            guard !rules.isEmpty else { continue }
            let parsed = try ToolArguments(call)
            for rule in rules {
                if let reason = rule.refusal(of: parsed) {
                    findings.append(.policy(PolicyFindingType.toolArgumentRefused, "call to tool `\(call.name)`: \(reason)", direction: direction, role: .assistant, path: "\(path).arguments"))
                }
            }
        }
        return findings
    }

    private func refusal(of name: String) -> String? {
        if let denied = deny?.first(where: { $0.matches(name) }) { return "matches denied pattern `\(denied.pattern)`" }
        if let allow, !allow.isEmpty, !allow.contains { $0.matches(name) } { return "is not in tools.allow" }
        return nil
    }
}

/// One entry of `tools.arguments`: a pattern the arguments must not match, or domains the URLs
/// in them must belong to; on one named argument, or on the whole arguments document.
struct ToolArgumentRule: Sendable {
    var tool: NamePattern
    var argument: String?
    var pattern: TextPattern?
    var allowedDomains: [DomainPattern]?

    func refusal(of arguments: ToolArguments) -> String? {
        let targets: [String]
        if let argument {
            guard let value = arguments.value(named: argument) else { return nil }
            targets = [value]
        } else {
            targets = [arguments.text]
        }
        if let pattern, let target = targets.first(where: { pattern.firstMatch(in: $0) != nil }) {
            return "\(argument.map { "argument `\($0)`" } ?? "arguments") match refused pattern `\(pattern.source)` in `\(target.prefix(80))`"
        }
        if let allowedDomains {
            let values = argument == nil ? arguments.stringLeaves : targets
            for value in values {
                var hosts = URLScanner.urls(in: value).map(\.host)
                if hosts.isEmpty, argument != nil, let host = URLScanner.host(ofSchemeless: value) { hosts = [host] }
                if let host = hosts.first(where: { !allowedDomains.allows(host: $0) }) {
                    return "host `\(host)` is not in allowed_domains"
                }
            }
        }
        return nil
    }
}

/// A tool call's arguments, parsed once for all the rules that look at them.
struct ToolArguments {
    let text: String
    let document: JSONValue

    init(_ call: ToolCall) throws(PolicyEvaluationError) {
        text = call.arguments
        let trimmed = call.arguments.utf8.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if trimmed.isEmpty {
            document = .object([:])
            return
        }
        do {
            document = try JSONValue.parse(call.arguments.utf8)
        } catch {
            throw .malformedToolArguments(tool: call.name, reason: error.reason)
        }
    }

    /// A top-level argument as text: strings as they are, other values as JSON.
    func value(named name: String) -> String? {
        guard let value = document[name] else { return nil }
        if let string = value.stringValue { return string }
        return String(decoding: value.encoded(), as: UTF8.self)
    }

    var stringLeaves: [String] {
        var leaves: [String] = []
        func collect(_ value: JSONValue) {
            switch value {
            case .string(let string): leaves.append(string)
            case .array(let elements): elements.forEach(collect)
            case .object(let members): members.values.forEach(collect)
            default: break
            }
        }
        collect(document)
        return leaves
    }
}
