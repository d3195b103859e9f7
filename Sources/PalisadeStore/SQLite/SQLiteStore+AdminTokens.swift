import Foundation
import GRDB
import PalisadeCore

extension SQLiteStore {
    public func createAdminToken(name: String, role: AdminRole) async throws(StoreError) -> (secret: String, token: StoredAdminToken) {
        let (secret, token) = AdminToken.generate(name: name, role: role)
        let stored = try await write { db in
            try db.execute(
                sql: "INSERT INTO admin_token (id, name, role, hash, display_prefix, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [token.id, token.name, token.role.rawValue, token.hash, token.displayPrefix, token.createdAt]
            )
            return try Row.fetchOne(db, sql: "SELECT * FROM admin_token WHERE id = ?", arguments: [token.id]).map(Self.adminToken) ?? token
        }
        return (secret, stored)
    }

    public func adminTokens() async throws(StoreError) -> [StoredAdminToken] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM admin_token ORDER BY created_at, id").map(Self.adminToken)
        }
    }

    public func revokeAdminToken(id: String) async throws(StoreError) -> StoredAdminToken {
        let now = Date()
        return try await write { db in
            try db.execute(sql: "UPDATE admin_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", arguments: [now, id])
            guard let token = try Row.fetchOne(db, sql: "SELECT * FROM admin_token WHERE id = ?", arguments: [id]).map(Self.adminToken) else {
                throw StoreError.adminTokenNotFound(id: id)
            }
            return token
        }
    }

    public func adminToken(hash: String) async throws(StoreError) -> StoredAdminToken? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM admin_token WHERE hash = ?", arguments: [hash]).map(Self.adminToken)
        }
    }

    /// A role this version does not know reads as `viewer`, the least privilege, rather than failing the lookup.
    private static func adminToken(_ row: Row) -> StoredAdminToken {
        StoredAdminToken(
            id: row["id"],
            name: row["name"],
            role: AdminRole(rawValue: row["role"]) ?? .viewer,
            hash: row["hash"],
            displayPrefix: row["display_prefix"],
            createdAt: row["created_at"],
            revokedAt: row["revoked_at"]
        )
    }
}
