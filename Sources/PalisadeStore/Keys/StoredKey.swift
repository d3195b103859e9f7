import Foundation
import PalisadeCore

/// An application key as the store keeps it: never the key itself, only its hash.
public struct StoredKey: Sendable, Hashable, Codable {
    public var id: String
    public var applicationID: String
    public var hash: String
    /// The first characters of the key, enough for a person to tell keys apart in listings.
    public var displayPrefix: String
    public var createdAt: Date
    public var expiresAt: Date?
    public var revokedAt: Date?
    /// Why the key was revoked, for the audit trail and for listings.
    public var revokedReason: String?
    public var limits: KeyLimits
    /// Model name patterns (`gpt-4o*`) the key may call; empty allows every model.
    public var allowedModels: [String]

    public init(
        id: String,
        applicationID: String,
        hash: String,
        displayPrefix: String,
        createdAt: Date,
        expiresAt: Date? = nil,
        revokedAt: Date? = nil,
        revokedReason: String? = nil,
        limits: KeyLimits = KeyLimits(),
        allowedModels: [String] = []
    ) {
        self.id = id
        self.applicationID = applicationID
        self.hash = hash
        self.displayPrefix = displayPrefix
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.revokedReason = revokedReason
        self.limits = limits
        self.allowedModels = allowedModels
    }

    public func isUsable(at date: Date) -> Bool {
        if let revokedAt, revokedAt <= date { return false }
        if let expiresAt, expiresAt <= date { return false }
        return true
    }
}
