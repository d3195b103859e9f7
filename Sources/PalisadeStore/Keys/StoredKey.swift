import Foundation

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

    public init(
        id: String,
        applicationID: String,
        hash: String,
        displayPrefix: String,
        createdAt: Date,
        expiresAt: Date? = nil,
        revokedAt: Date? = nil
    ) {
        self.id = id
        self.applicationID = applicationID
        self.hash = hash
        self.displayPrefix = displayPrefix
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }

    public func isUsable(at date: Date) -> Bool {
        if let revokedAt, revokedAt <= date { return false }
        if let expiresAt, expiresAt <= date { return false }
        return true
    }
}
