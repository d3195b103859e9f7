import Foundation
import PalisadeCore

/// Credentials for people operating Palisade, kept apart from application keys: an admin token
/// cannot call a model and an application key cannot reach an admin route. The `padm_` prefix
/// makes a leaked token recognisable to secret scanners and to Palisade's own detectors.
public enum AdminToken {
    public static let prefix = "padm_"

    /// A new token and the record that stores it.
    public static func generate(name: String, role: AdminRole, now: Date = Date()) -> (secret: String, stored: StoredAdminToken) {
        let (secret, publicID) = SecretToken.generate(prefix: prefix)
        let stored = StoredAdminToken(
            id: "adm_" + publicID,
            name: name,
            role: role,
            hash: hash(secret),
            displayPrefix: SecretToken.displayPrefix(of: secret, prefix: prefix),
            createdAt: now
        )
        return (secret, stored)
    }

    public static func hash(_ secret: String) -> String {
        SecretToken.hash(secret)
    }
}

/// An admin token as the store keeps it: its hash, never the token.
public struct StoredAdminToken: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    /// Who or what holds the token, e.g. "alice" or "siem-export".
    public var name: String
    public var role: AdminRole
    public var hash: String
    public var displayPrefix: String
    public var createdAt: Date
    public var revokedAt: Date?

    public init(id: String, name: String, role: AdminRole, hash: String, displayPrefix: String, createdAt: Date, revokedAt: Date? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.hash = hash
        self.displayPrefix = displayPrefix
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }

    public func isUsable(at date: Date) -> Bool {
        guard let revokedAt else { return true }
        return date < revokedAt
    }
}
