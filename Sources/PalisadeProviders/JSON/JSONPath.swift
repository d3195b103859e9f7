/// Addresses one value inside a provider body, in the form `Segment.path` uses:
/// `messages[1].content[0].text`, `system`, `input[2].output`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    /// `nil` for text that is not a path in this form.
    public init?(_ text: String) {
        var components: [Component] = []
        var key = ""
        var index: String?
        for character in text {
            switch character {
            case "." where index == nil:
                // A dot follows a key or an index: `a.b`, `a[0].b`; never `.a` or `a..b`.
                if !key.isEmpty {
                    components.append(.key(key))
                    key = ""
                } else if case .index? = components.last {
                } else {
                    return nil
                }
            case "[" where index == nil:
                if !key.isEmpty { components.append(.key(key)) }
                key = ""
                index = ""
            case "]":
                guard let digits = index, let value = Int(digits), value >= 0 else { return nil }
                components.append(.index(value))
                index = nil
            default:
                if index != nil { index?.append(character) } else { key.append(character) }
            }
        }
        guard index == nil else { return nil }
        if !key.isEmpty { components.append(.key(key)) }
        guard !components.isEmpty else { return nil }
        self.components = components
    }

    public var description: String {
        components.enumerated().map { offset, component in
            switch component {
            case .key(let key): offset == 0 ? key : ".\(key)"
            case .index(let index): "[\(index)]"
            }
        }.joined()
    }
}

extension JSONValue {
    public subscript(path path: JSONPath) -> JSONValue? {
        var current: JSONValue? = self
        for component in path.components {
            switch component {
            case .key(let key): current = current?[key]
            case .index(let index):
                guard let elements = current?.arrayValue, index < elements.count else { return nil }
                current = elements[index]
            }
        }
        return current
    }

    /// Replaces the value at `path`; returns `false`, changing nothing, if there is none.
    @discardableResult
    public mutating func replace(at path: JSONPath, with value: JSONValue) -> Bool {
        replace(path.components[...], with: value)
    }

    private mutating func replace(_ components: ArraySlice<JSONPath.Component>, with value: JSONValue) -> Bool {
        guard let first = components.first else {
            self = value
            return true
        }
        switch (first, self) {
        case (.key(let key), .object(var members)):
            guard var child = members[key], child.replace(components.dropFirst(), with: value) else { return false }
            members[key] = child
            self = .object(members)
            return true
        case (.index(let index), .array(var elements)):
            guard index < elements.count, elements[index].replace(components.dropFirst(), with: value) else { return false }
            self = .array(elements)
            return true
        default:
            return false
        }
    }
}
