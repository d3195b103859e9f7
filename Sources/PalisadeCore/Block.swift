import Foundation

/// A standing refusal: requests matching `target` are turned away until the block expires or is
/// lifted. Blocks are how responders act during an incident, so each records who placed it and why.
public struct Block: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var target: BlockTarget
    public var reason: String
    public var createdBy: String
    public var createdAt: Date
    /// `nil` blocks until lifted.
    public var expiresAt: Date?

    public init(id: String, target: BlockTarget, reason: String, createdBy: String, createdAt: Date, expiresAt: Date? = nil) {
        self.id = id
        self.target = target
        self.reason = reason
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }

    public func isActive(at date: Date) -> Bool {
        guard let expiresAt else { return true }
        return date < expiresAt
    }
}

/// What a block applies to.
public enum BlockTarget: Sendable, Hashable, Codable {
    /// One application key, by its id (not its secret).
    case key(id: String)
    /// An end user as identified to Palisade (header or verified token claim), across applications.
    case endUser(String)
    /// A client address or network in CIDR notation, IPv4 or IPv6: `203.0.113.7`, `2001:db8::/32`.
    case network(String)
    /// Every request of an application: a quarantine.
    case application(id: String)
    /// Every request: the kill switch.
    case global

    /// A stable name for the kind of target, used in storage and listings.
    public var kind: String {
        switch self {
        case .key: "key"
        case .endUser: "end_user"
        case .network: "network"
        case .application: "application"
        case .global: "global"
        }
    }

    /// The key id, user, network or application id; empty for the kill switch.
    public var value: String {
        switch self {
        case .key(let id), .application(let id): id
        case .endUser(let user): user
        case .network(let network): network
        case .global: ""
        }
    }

    /// Rebuilds a target from `kind` and `value`; `nil` for a kind this version does not know.
    public init?(kind: String, value: String) {
        switch kind {
        case "key": self = .key(id: value)
        case "end_user": self = .endUser(value)
        case "network": self = .network(value)
        case "application": self = .application(id: value)
        case "global": self = .global
        default: return nil
        }
    }
}
