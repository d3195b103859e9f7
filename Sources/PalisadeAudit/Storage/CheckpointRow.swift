import Foundation
import GRDB

/// Maps `AuditCheckpoint` to and from the `audit_checkpoint` table.
enum CheckpointRow {
    static func insert(_ checkpoint: AuditCheckpoint, into db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO audit_checkpoint (chain_id, last_sequence, last_hash, event_count, created_at,
                    purged_first, purged_last, purged_count, last_purged_hash, signer_key_id, signature)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                checkpoint.chainID, checkpoint.lastSequence, checkpoint.lastHash, checkpoint.eventCount, checkpoint.createdAtMilliseconds,
                checkpoint.purge?.firstSequence, checkpoint.purge?.lastSequence, checkpoint.purge?.count, checkpoint.purge?.lastHash,
                checkpoint.signerKeyID, checkpoint.signature,
            ]
        )
    }

    /// Every checkpoint, oldest first, with its row id (the order in which they were signed).
    static func all(_ db: Database) throws -> [(rowID: Int64, checkpoint: AuditCheckpoint)] {
        try Row.fetchAll(db, sql: "SELECT * FROM audit_checkpoint ORDER BY id").map { row in
            (row["id"], checkpoint(row))
        }
    }

    static func checkpoint(_ row: Row) -> AuditCheckpoint {
        var purge: AuditCheckpoint.Purge?
        if let first: Int64 = row["purged_first"] {
            purge = AuditCheckpoint.Purge(
                firstSequence: first, lastSequence: row["purged_last"] ?? 0, count: row["purged_count"] ?? 0,
                lastHash: row["last_purged_hash"] ?? Data()
            )
        }
        let milliseconds: Int64 = row["created_at"]
        return AuditCheckpoint(
            chainID: row["chain_id"], lastSequence: row["last_sequence"], lastHash: row["last_hash"], eventCount: row["event_count"],
            createdAt: Date(timeIntervalSince1970: Double(milliseconds) / 1000), purge: purge,
            signerKeyID: row["signer_key_id"], signature: row["signature"]
        )
    }

    /// The newest purge record: where the retained part of the chain starts.
    static func latestPurge(_ db: Database) throws -> AuditCheckpoint.Purge? {
        try Row.fetchOne(db, sql: "SELECT * FROM audit_checkpoint WHERE purged_last IS NOT NULL ORDER BY id DESC LIMIT 1")
            .flatMap { checkpoint($0).purge }
    }
}
