import PalisadeCore

/// The models a key may call, from `StoredKey.allowedModels`. No patterns allows every model.
public struct ModelAllowList: Sendable {
    private let patterns: [NamePattern]

    public init(_ patterns: [String]) {
        self.patterns = patterns.map(NamePattern.init)
    }

    public func allows(_ model: String) -> Bool {
        patterns.isEmpty || patterns.contains { $0.matches(model) }
    }
}
