import Foundation

/// The kinds of things inventory discovers inside an application's traffic.
public enum InventoryCategory: String, Sendable, Codable, CodingKeyRepresentable, CaseIterable {
    case key
    case provider
    case model
    /// End users named in requests, as truncated SHA-256 digests.
    case endUser = "end_user"
    /// Client addresses, as truncated SHA-256 digests.
    case clientIP = "client_ip"
    case declaredTool = "declared_tool"
    case calledTool = "called_tool"
    /// System prompts, by SHA-256 fingerprint.
    case systemPrompt = "system_prompt"
    /// Sensitive data seen, as `kind:TYPE` (`pii:EMAIL`, `secret:AWS_ACCESS_KEY`).
    case dataClass = "data_class"
}

/// One thing seen in traffic: when first and last, and how many times.
public struct InventoryItem: Sendable, Hashable, Codable {
    public var name: String
    public var firstSeen: Date
    public var lastSeen: Date
    public var count: Int

    public init(name: String, firstSeen: Date, lastSeen: Date, count: Int) {
        self.name = name
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.count = count
    }
}
