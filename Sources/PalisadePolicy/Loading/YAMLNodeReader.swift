import Yams

/// Reads typed values out of a composed YAML tree, recording a located problem for everything
/// that is not what the schema expects and carrying on, so that one pass reports every problem.
struct YAMLNodeReader {
    let file: String
    private(set) var problems: [PolicyProblem] = []

    init(file: String) {
        self.file = file
    }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    mutating func report(_ node: Node, _ message: String) {
        problems.append(location(of: node).problem(message))
    }

    /// The entries of a mapping, in file order. Unknown keys are reported with the closest known
    /// one, because a misspelt control is a control that silently does nothing.
    mutating func fields(of node: Node, in context: String, allowed: [String]) -> YAMLFields? {
        guard case .mapping(let mapping) = node else {
            report(node, "\(context) must be a mapping with keys \(allowed.map { "`\($0)`" }.joined(separator: ", "))")
            return nil
        }
        var fields = YAMLFields()
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                report(keyNode, "keys in \(context) must be plain names")
                continue
            }
            guard allowed.contains(key.string) else {
                report(keyNode, "unknown key `\(key.string)` in \(context)\(Suggestion.hint(for: key.string, in: allowed)); expected one of \(allowed.joined(separator: ", "))")
                continue
            }
            fields.entries.append((key.string, value))
        }
        return fields
    }

    mutating func string(_ node: Node?, _ name: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            report(node, "`\(name)` must be a string")
            return nil
        }
        return scalar.string
    }

    /// A list of strings; a single string stands for a list of one, so `kind: pii` reads naturally.
    mutating func strings(_ node: Node?, _ name: String) -> [String]? {
        stringNodes(node, name)?.map(\.value)
    }

    /// Like `strings`, keeping each item's node so that a problem with one item names its line.
    mutating func stringNodes(_ node: Node?, _ name: String) -> [(value: String, node: Node)]? {
        guard let node else { return nil }
        switch node {
        case .scalar(let scalar):
            return [(scalar.string, node)]
        case .sequence(let sequence):
            var values: [(String, Node)] = []
            for element in sequence {
                if case .scalar(let scalar) = element {
                    values.append((scalar.string, element))
                } else {
                    report(element, "every item of `\(name)` must be a string")
                }
            }
            return values
        default:
            report(node, "`\(name)` must be a string or a list of strings")
            return nil
        }
    }

    mutating func integer(_ node: Node?, _ name: String, atLeast minimum: Int) -> Int? {
        guard let node else { return nil }
        guard case .scalar = node, let value = node.int else {
            report(node, "`\(name)` must be a whole number")
            return nil
        }
        guard value >= minimum else {
            report(node, "`\(name)` must be at least \(minimum), not \(value)")
            return nil
        }
        return value
    }

    mutating func number(_ node: Node?, _ name: String) -> Double? {
        guard let node else { return nil }
        guard case .scalar = node, let value = node.float else {
            report(node, "`\(name)` must be a number")
            return nil
        }
        return value
    }

    mutating func boolean(_ node: Node?, _ name: String) -> Bool? {
        guard let node else { return nil }
        guard case .scalar = node, let value = node.bool else {
            report(node, "`\(name)` must be true or false")
            return nil
        }
        return value
    }

    mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ node: Node?, _ name: String, among allowed: [Value] = Array(Value.allCases)
    ) -> Value? where Value.RawValue == String {
        guard let text = string(node, name), let node else { return nil }
        if let value = Value(rawValue: text), allowed.contains(where: { $0.rawValue == text }) {
            return value
        }
        let names = allowed.map(\.rawValue)
        report(node, "`\(text)` is not a valid `\(name)`\(Suggestion.hint(for: text, in: names)); expected one of \(names.joined(separator: ", "))")
        return nil
    }

    mutating func choices<Value: RawRepresentable & CaseIterable>(_ node: Node?, _ name: String) -> [Value]? where Value.RawValue == String {
        guard let node, let texts = strings(node, name) else { return nil }
        let names = Value.allCases.map(\.rawValue)
        var values: [Value] = []
        for text in texts {
            if let value = Value(rawValue: text) {
                values.append(value)
            } else {
                report(node, "`\(text)` is not a valid `\(name)`\(Suggestion.hint(for: text, in: names)); expected one of \(names.joined(separator: ", "))")
            }
        }
        return values
    }

    mutating func sequence(_ node: Node?, _ name: String) -> [Node]? {
        guard let node else { return nil }
        guard case .sequence(let sequence) = node else {
            report(node, "`\(name)` must be a list")
            return nil
        }
        return Array(sequence)
    }
}

/// The recognised entries of one YAML mapping.
struct YAMLFields {
    var entries: [(key: String, value: Node)] = []

    subscript(key: String) -> Node? {
        entries.first { $0.key == key }?.value
    }
}
