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

    /// The position in `allCases`, for tables indexed by category.
    var index: Int {
        switch self {
        case .key: 0
        case .provider: 1
        case .model: 2
        case .endUser: 3
        case .clientIP: 4
        case .declaredTool: 5
        case .calledTool: 6
        case .systemPrompt: 7
        case .dataClass: 8
        }
    }
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
