import Foundation
import GRDB
import PalisadeCore

/// Application keys and their lifecycle. Limits and model patterns are JSON columns: they are
/// read with the key on every cache miss and never queried on their own. Changed keys are read
/// back before being returned, so callers see dates at the precision the database keeps.
extension SQLiteStore {
    public func addKey(_ key: StoredKey) async throws(StoreError) {
        try await write { db in try Self.insert(key, db) }
    }

    public func key(hash: String) async throws(StoreError) -> StoredKey? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM application_key WHERE hash = ?", arguments: [hash]).map(Self.storedKey)
        }
    }

    public func keyAndApplication(hash: String) async throws(StoreError) -> (key: StoredKey, application: Application)? {
        try await read { db in
            let key = try Row.fetchOne(db, sql: "SELECT * FROM application_key WHERE hash = ?", arguments: [hash]).map(Self.storedKey)
            // The application is looked up whether or not the key exists, so that an unknown key
            // costs the same two reads as a known one and timing does not tell them apart.
            let application = try Row.fetchOne(db, sql: "SELECT * FROM application WHERE id = ?", arguments: [key?.applicationID ?? ""]).map(Self.application)
            guard let key, let application else { return nil }
            return (key, application)
        }
    }

    public func keys(applicationID: String) async throws(StoreError) -> [StoredKey] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM application_key WHERE application_id = ? ORDER BY created_at, id",
                arguments: [applicationID]
            ).map(Self.storedKey)
        }
    }

    public func revokeKey(id: String, reason: String) async throws(StoreError) -> StoredKey {
        let now = Date()
        return try await updateKey(id: id) { key in
            guard key.revokedAt == nil else { return }
            key.revokedAt = now
            key.revokedReason = reason
        }
    }

    public func setKeyExpiry(id: String, expiresAt: Date?) async throws(StoreError) -> StoredKey {
        try await updateKey(id: id) { $0.expiresAt = expiresAt }
    }

    public func setKeyLimits(id: String, limits: KeyLimits, allowedModels: [String]) async throws(StoreError) -> StoredKey {
        try await updateKey(id: id) { key in
            key.limits = limits
            key.allowedModels = allowedModels
        }
    }

    public func rotateKey(id: String, overlap: TimeInterval, now: Date = Date()) async throws(StoreError) -> (secret: String, key: StoredKey) {
        return try await write { db in
            guard var old = try Self.fetchKey(id: id, db) else { throw StoreError.keyNotFound(id: id) }
            guard old.isUsable(at: now) else { throw StoreError.keyNotUsable(id: id) }
            let (secret, new) = ApplicationKey.generate(for: old.applicationID, now: now, limits: old.limits, allowedModels: old.allowedModels)
            let overlapEnd = now.addingTimeInterval(max(0, overlap))
            old.expiresAt = min(old.expiresAt ?? overlapEnd, overlapEnd)
            try Self.update(old, db)
            try Self.insert(new, db)
            return (secret, try Self.fetchKey(id: new.id, db) ?? new)
        }
    }

    private func updateKey(id: String, _ change: @escaping @Sendable (inout StoredKey) -> Void) async throws(StoreError) -> StoredKey {
        try await write { db in
            guard var key = try Self.fetchKey(id: id, db) else { throw StoreError.keyNotFound(id: id) }
            change(&key)
            try Self.update(key, db)
            return try Self.fetchKey(id: id, db) ?? key
        }
    }

    private static func fetchKey(id: String, _ db: Database) throws -> StoredKey? {
        try Row.fetchOne(db, sql: "SELECT * FROM application_key WHERE id = ?", arguments: [id]).map(storedKey)
    }

    private static func insert(_ key: StoredKey, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO application_key (id, application_id, hash, display_prefix, created_at, expires_at, revoked_at,
                    revoked_reason, limits, allowed_models)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                key.id, key.applicationID, key.hash, key.displayPrefix, key.createdAt, key.expiresAt, key.revokedAt,
                key.revokedReason, try json(key.limits), try json(key.allowedModels),
            ]
        )
    }

    /// Only the mutable fields; id, application, hash and creation never change.
    private static func update(_ key: StoredKey, _ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE application_key SET expires_at = ?, revoked_at = ?, revoked_reason = ?, limits = ?, allowed_models = ?
                WHERE id = ?
                """,
            arguments: [key.expiresAt, key.revokedAt, key.revokedReason, try json(key.limits), try json(key.allowedModels), key.id]
        )
    }

    private static func storedKey(_ row: Row) throws -> StoredKey {
        let limits: String = row["limits"]
        let allowedModels: String = row["allowed_models"]
        return StoredKey(
            id: row["id"],
            applicationID: row["application_id"],
            hash: row["hash"],
            displayPrefix: row["display_prefix"],
            createdAt: row["created_at"],
            expiresAt: row["expires_at"],
            revokedAt: row["revoked_at"],
            revokedReason: row["revoked_reason"],
            limits: try JSONDecoder().decode(KeyLimits.self, from: Data(limits.utf8)),
            allowedModels: try JSONDecoder().decode([String].self, from: Data(allowedModels.utf8))
        )
    }

    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
