import Foundation

/// Where a redacted value may be restored: one conversation of one application. Values never
/// leak across scopes, so `[EMAIL_1]` in two conversations may stand for different addresses.
public struct RedactionScope: Hashable, Sendable, Codable {
    public var applicationID: String
    public var conversationID: String

    public init(applicationID: String, conversationID: String) {
        self.applicationID = applicationID
        self.conversationID = conversationID
    }
}

/// Keeps placeholder ↔ value pairs per scope, so that the same value gets the same placeholder
/// on every turn and answers can be restored. Implementations decide persistence and
/// encryption; entries expire after the vault's retention time.
public protocol RedactionVault: Sendable {
    /// The placeholder for each value, in order: the one already assigned in `scope`, or a new
    /// one numbered after the others of its label (`[EMAIL_1]`, `[EMAIL_2]`). One call per text,
    /// so that a prompt with thousands of findings costs one lookup of the scope, not one each.
    func placeholders(for values: [RedactionValue], in scope: RedactionScope) async throws -> [String]
    /// Every live placeholder → value pair of `scope`, for restoring an answer.
    func entries(in scope: RedactionScope) async throws -> [String: String]
}

/// A value to mask and the label its placeholder carries (`EMAIL`).
public struct RedactionValue: Hashable, Sendable {
    public var value: String
    public var label: String

    public init(_ value: String, label: String) {
        self.value = value
        self.label = label
    }
}

extension RedactionVault {
    /// The placeholder for one value.
    public func placeholder(for value: String, label: String, in scope: RedactionScope) async throws -> String {
        try await placeholders(for: [RedactionValue(value, label: label)], in: scope)[0]
    }
}

/// A vault in process memory: for tests, `palisade check` and single-replica gateways that
/// accept losing restorations on restart.
public actor InMemoryRedactionVault: RedactionVault {
    private struct Entry {
        var value: String
        var placeholder: String
        var expires: Date
    }

    private var entries: [RedactionScope: [Entry]] = [:]
    private let retention: TimeInterval
    private let now: @Sendable () -> Date

    /// - Parameters:
    ///   - retention: how long a pair stays restorable after it was last used.
    ///   - now: the clock, injectable for tests.
    public init(retention: TimeInterval = 24 * 3600, now: @escaping @Sendable () -> Date = { Date() }) {
        self.retention = retention
        self.now = now
    }

    public func placeholders(for values: [RedactionValue], in scope: RedactionScope) -> [String] {
        let current = now()
        let expires = current.addingTimeInterval(retention)
        var scoped = (entries[scope] ?? []).filter { $0.expires > current }
        defer { entries[scope] = scoped }
        var indexByValue = Dictionary(scoped.enumerated().map { ($1.value, $0) }, uniquingKeysWith: { first, _ in first })
        // Counted once per label and call, then kept up to date.
        var usedByLabel: [String: Int] = [:]
        return values.map { item in
            if let index = indexByValue[item.value] {
                scoped[index].expires = expires
                return scoped[index].placeholder
            }
            let prefix = "[\(item.label)_"
            let used = usedByLabel[item.label] ?? scoped.count { $0.placeholder.hasPrefix(prefix) }
            let placeholder = "\(prefix)\(used + 1)]"
            usedByLabel[item.label] = used + 1
            indexByValue[item.value] = scoped.count
            scoped.append(Entry(value: item.value, placeholder: placeholder, expires: expires))
            return placeholder
        }
    }

    public func entries(in scope: RedactionScope) -> [String: String] {
        let current = now()
        var result: [String: String] = [:]
        for entry in entries[scope] ?? [] where entry.expires > current { result[entry.placeholder] = entry.value }
        return result
    }
}
