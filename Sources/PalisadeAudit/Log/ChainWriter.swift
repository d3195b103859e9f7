import Foundation
import GRDB

/// Appends events and checkpoints inside a write transaction. The chain's head is read in the
/// same transaction that extends it, so two writers (or a purge) can never fork the chain.
struct ChainWriter: Sendable {
    let chainID: String
    let signingKey: AuditSigningKey
    let checkpointEvery: Int64

    struct Head {
        var sequence: Int64
        var hash: Data
    }

    func head(_ db: Database) throws -> Head {
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT sequence, event_hash FROM audit_event ORDER BY sequence DESC LIMIT 1")) {
            return Head(sequence: row["sequence"], hash: row["event_hash"])
        }
        if let purge = try CheckpointRow.latestPurge(db) {
            return Head(sequence: purge.lastSequence, hash: purge.lastHash)
        }
        return Head(sequence: 0, hash: EventHash.genesis(chainID: chainID))
    }

    /// Appends `events` in order; signs a checkpoint when `checkpointEvery` events have
    /// accumulated since the last one, or when `forceCheckpoint` and any have. Its statements
    /// are cached: at low load every event is a transaction of its own, and parsing them again
    /// each time showed in profiles.
    func append(_ events: [PreparedEvent], forceCheckpoint: Bool, in db: Database) throws {
        var head = try head(db)
        let statement = try db.cachedStatement(sql: EventRow.insertSQL)
        for event in events {
            let sequence = head.sequence + 1
            let hash = EventHash.compute(sequence: sequence, id: event.id, previousHash: head.hash, metadata: event.metadata, payload: event.payload)
            let row = EventRow(
                sequence: sequence, id: event.id, columns: event.columns, metadata: event.metadata, payload: event.payload,
                previousHash: head.hash, eventHash: hash
            )
            try statement.execute(arguments: row.arguments)
            head = Head(sequence: sequence, hash: hash)
        }
        let checkpointed = try Int64.fetchOne(db.cachedStatement(sql: "SELECT last_sequence FROM audit_checkpoint ORDER BY id DESC LIMIT 1")) ?? 0
        let uncovered = head.sequence - checkpointed
        if uncovered >= checkpointEvery || (forceCheckpoint && uncovered > 0) {
            try signCheckpoint(head: head, in: db)
        }
    }

    func signCheckpoint(head: Head, purge: AuditCheckpoint.Purge? = nil, in db: Database) throws {
        let first = try Int64.fetchOne(db, sql: "SELECT MIN(sequence) FROM audit_event")
        let count = first.map { head.sequence - $0 + 1 } ?? 0
        let checkpoint = try AuditCheckpoint.signed(
            chainID: chainID, lastSequence: head.sequence, lastHash: head.hash, eventCount: count, purge: purge, by: signingKey
        )
        try CheckpointRow.insert(checkpoint, into: db)
    }

    /// Deletes the oldest run of events started before `cutoff` and signs a checkpoint saying
    /// what went, so the first kept event still links to something signed.
    func purge(olderThan cutoff: Int64, in db: Database) throws -> Int64 {
        guard let first = try Int64.fetchOne(db, sql: "SELECT MIN(sequence) FROM audit_event") else { return 0 }
        // Times are not strictly increasing with sequence (an exchange is appended when it
        // ends), so the purge stops at the first event not old enough: only a prefix goes.
        let firstKept = try Int64.fetchOne(db, sql: "SELECT MIN(sequence) FROM audit_event WHERE time >= ?", arguments: [cutoff])
        let lastPurged = try firstKept.map { $0 - 1 } ?? Int64.fetchOne(db, sql: "SELECT MAX(sequence) FROM audit_event") ?? 0
        guard lastPurged >= first,
            let lastPurgedHash = try Data.fetchOne(db, sql: "SELECT event_hash FROM audit_event WHERE sequence = ?", arguments: [lastPurged])
        else { return 0 }
        let chainHead = try head(db)
        try db.execute(sql: "DELETE FROM audit_event WHERE sequence <= ?", arguments: [lastPurged])
        // Checkpoints of purged events prove nothing any more; purge records stay, as each
        // later checkpoint's count is checked against the purges before it.
        try db.execute(sql: "DELETE FROM audit_checkpoint WHERE last_sequence <= ? AND purged_last IS NULL", arguments: [lastPurged])
        let count = lastPurged - first + 1
        let purge = AuditCheckpoint.Purge(firstSequence: first, lastSequence: lastPurged, count: count, lastHash: lastPurgedHash)
        try signCheckpoint(head: chainHead, purge: purge, in: db)
        return count
    }
}
