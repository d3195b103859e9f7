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
    /// The placeholder for `value`: the one already assigned in `scope`, or a new one numbered
    /// after the others of `label` (`[EMAIL_1]`, `[EMAIL_2]`).
    func placeholder(for value: String, label: String, in scope: RedactionScope) async throws -> String
    /// Every live placeholder → value pair of `scope`, for restoring an answer.
    func entries(in scope: RedactionScope) async throws -> [String: String]
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

    public func placeholder(for value: String, label: String, in scope: RedactionScope) -> String {
        let current = now()
        var scoped = (entries[scope] ?? []).filter { $0.expires > current }
        defer { entries[scope] = scoped }
        if let index = scoped.firstIndex(where: { $0.value == value }) {
            scoped[index].expires = current.addingTimeInterval(retention)
            return scoped[index].placeholder
        }
        let prefix = "[\(label)_"
        let used = scoped.filter { $0.placeholder.hasPrefix(prefix) }.count
        let placeholder = "\(prefix)\(used + 1)]"
        scoped.append(Entry(value: value, placeholder: placeholder, expires: current.addingTimeInterval(retention)))
        return placeholder
    }

    public func entries(in scope: RedactionScope) -> [String: String] {
        let current = now()
        var result: [String: String] = [:]
        for entry in entries[scope] ?? [] where entry.expires > current { result[entry.placeholder] = entry.value }
        return result
    }
}
