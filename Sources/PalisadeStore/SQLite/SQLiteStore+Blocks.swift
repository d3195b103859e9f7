import Foundation
import GRDB
import PalisadeCore

extension SQLiteStore {
    public func addBlock(target: BlockTarget, reason: String, createdBy: String, expiresAt: Date?) async throws(StoreError) -> Block {
        let block = Block(
            id: Identifier.make(prefix: "blk_"),
            target: target,
            reason: reason,
            createdBy: createdBy,
            createdAt: Date(),
            expiresAt: expiresAt
        )
        try await write { db in
            try db.execute(
                sql: "INSERT INTO block (id, kind, value, reason, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [block.id, block.target.kind, block.target.value, block.reason, block.createdBy, block.createdAt, block.expiresAt]
            )
        }
        return block
    }

    /// A row whose kind this version does not know is skipped: it was written by a newer version,
    /// whose gateways enforce it.
    public func activeBlocks(at date: Date) async throws(StoreError) -> [Block] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM block WHERE lifted_at IS NULL AND (expires_at IS NULL OR expires_at > ?) ORDER BY created_at, id",
                arguments: [date]
            ).compactMap { row in
                BlockTarget(kind: row["kind"], value: row["value"]).map { target in
                    Block(
                        id: row["id"],
                        target: target,
                        reason: row["reason"],
                        createdBy: row["created_by"],
                        createdAt: row["created_at"],
                        expiresAt: row["expires_at"]
                    )
                }
            }
        }
    }

    public func liftBlock(id: String, liftedBy: String) async throws(StoreError) {
        let now = Date()
        try await write { db in
            try db.execute(
                sql: "UPDATE block SET lifted_at = ?, lifted_by = ? WHERE id = ? AND lifted_at IS NULL AND (expires_at IS NULL OR expires_at > ?)",
                arguments: [now, liftedBy, id, now]
            )
            guard db.changesCount == 1 else { throw StoreError.blockNotFound(id: id) }
        }
    }
}
