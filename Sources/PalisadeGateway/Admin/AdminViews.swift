import Foundation
import PalisadeCore
import PalisadeStore

/// What the admin API shows of a key: never its hash.
struct KeyView: Codable, Sendable {
    var id: String
    var applicationID: String
    var prefix: String
    var state: String
    var createdAt: Date
    var expiresAt: Date?
    var revokedAt: Date?
    var revokedReason: String?
    var limits: KeyLimits
    var allowedModels: [String]
    /// Present only in the answer that created the key.
    var secret: String?

    init(_ key: StoredKey, secret: String? = nil, now: Date) {
        id = key.id
        applicationID = key.applicationID
        prefix = key.displayPrefix
        state = key.revokedAt.map { $0 <= now } == true ? "revoked" : key.expiresAt.map { $0 <= now } == true ? "expired" : "active"
        createdAt = key.createdAt
        expiresAt = key.expiresAt
        revokedAt = key.revokedAt
        revokedReason = key.revokedReason
        limits = key.limits
        allowedModels = key.allowedModels
        self.secret = secret
    }

    enum CodingKeys: String, CodingKey {
        case id, prefix, state, limits, secret
        case applicationID = "application_id"
        case createdAt = "created_at"
        case expiresAt = "expires_at"
        case revokedAt = "revoked_at"
        case revokedReason = "revoked_reason"
        case allowedModels = "allowed_models"
    }
}

struct AdminTokenView: Codable, Sendable {
    var id: String
    var name: String
    var role: AdminRole
    var prefix: String
    var createdAt: Date
    var revokedAt: Date?
    var secret: String?

    init(_ token: StoredAdminToken, secret: String? = nil) {
        id = token.id
        name = token.name
        role = token.role
        prefix = token.displayPrefix
        createdAt = token.createdAt
        revokedAt = token.revokedAt
        self.secret = secret
    }

    enum CodingKeys: String, CodingKey {
        case id, name, role, prefix, secret
        case createdAt = "created_at"
        case revokedAt = "revoked_at"
    }
}

/// A block as `{"kind": "network", "value": "203.0.113.0/24", …}`.
struct BlockView: Codable, Sendable {
    var id: String
    var kind: String
    var value: String
    var reason: String
    var createdBy: String
    var createdAt: Date
    var expiresAt: Date?

    init(_ block: Block) {
        id = block.id
        kind = block.target.kind
        value = block.target.value
        reason = block.reason
        createdBy = block.createdBy
        createdAt = block.createdAt
        expiresAt = block.expiresAt
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, value, reason
        case createdBy = "created_by"
        case createdAt = "created_at"
        case expiresAt = "expires_at"
    }
}
