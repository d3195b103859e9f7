import Crypto
import Foundation
import GRDB

/// Checks an audit database: every event's hash, every link, sequence continuity, every
/// checkpoint's signature and that each checkpoint matches the events it covers. Opens the
/// file read-only, so a copy can be checked anywhere the public key is. Blocking: run it off
/// the event loop, or call the asynchronous variant.
public enum AuditVerifier {
    /// With a keyring, also checks that every payload it holds a key for still decrypts.
    public static func verify(
        databasePath: String, publicKey: Curve25519.Signing.PublicKey, keyring: AuditKeyring? = nil
    ) throws(AuditError) -> AuditVerificationReport {
        let queue = try AuditDatabase.openReadOnly(path: databasePath)
        do {
            return try queue.read { db in try ChainCheck(db: db, publicKey: publicKey, keyring: keyring).run() }
        } catch {
            throw .database(error, path: databasePath)
        }
    }

    /// The same check on GRDB's own reader thread, so an async caller's executor (in the
    /// gateway, a NIO event loop) is not held for the length of the pass.
    public static func verify(
        databasePath: String, publicKey: Curve25519.Signing.PublicKey, keyring: AuditKeyring? = nil
    ) async throws(AuditError) -> AuditVerificationReport {
        let queue = try AuditDatabase.openReadOnly(path: databasePath)
        do {
            return try await queue.read { db in try ChainCheck(db: db, publicKey: publicKey, keyring: keyring).run() }
        } catch {
            throw .database(error, path: databasePath)
        }
    }
}

/// One verification pass over an open database.
private struct ChainCheck {
    let db: Database
    let publicKey: Curve25519.Signing.PublicKey
    let keyring: AuditKeyring?

    private struct Position {
        var sequence: Int64
        var hash: Data
        var eventID: String?
    }

    func run() throws -> AuditVerificationReport {
        let chainID = try String.fetchOne(db, sql: "SELECT value FROM audit_meta WHERE key = 'chain_id'") ?? ""
        var report = AuditVerificationReport(chainID: chainID, eventsVerified: 0, checkpointsVerified: 0)
        var problems: [AuditIntegrityProblem] = []

        // Checkpoints first: the newest purge record says where the retained chain starts.
        var start = Position(sequence: 0, hash: EventHash.genesis(chainID: chainID))
        var validCheckpoints: [AuditCheckpoint] = []
        for (rowID, checkpoint) in try CheckpointRow.all(db) {
            if let problem = checkpointProblem(checkpoint, rowID: rowID, chainID: chainID, purgedThrough: start.sequence) {
                problems.append(problem)
                continue
            }
            if let purge = checkpoint.purge {
                start = Position(sequence: purge.lastSequence, hash: purge.lastHash)
            }
            validCheckpoints.append(checkpoint)
        }
        report.checkpointsVerified = validCheckpoints.count
        report.lastCheckpointedSequence = validCheckpoints.map(\.lastSequence).max()

        var expected = start
        var broken: (event: EventRow, rowID: Int64)?
        let rows = try Row.fetchCursor(db, sql: "SELECT rowid AS row_position, * FROM audit_event ORDER BY sequence, rowid")
        while let row = try rows.next() {
            let event = EventRow(row)
            guard isSound(event, after: expected) else {
                broken = (event, row["row_position"])
                break
            }
            report.firstSequence = report.firstSequence ?? event.sequence
            report.lastSequence = event.sequence
            report.eventsVerified += 1
            expected = Position(sequence: event.sequence, hash: event.eventHash, eventID: event.id)
        }
        if let broken {
            problems.append(try classify(broken.event, rowID: broken.rowID, expected: expected))
        }

        for checkpoint in validCheckpoints where checkpoint.lastSequence > start.sequence {
            let stored = try Row.fetchOne(
                db, sql: "SELECT id, event_hash FROM audit_event WHERE sequence = ? ORDER BY rowid LIMIT 1", arguments: [checkpoint.lastSequence]
            )
            if let stored {
                let hash: Data = stored["event_hash"]
                if hash != checkpoint.lastHash {
                    problems.append(problem(.modified, checkpoint.lastSequence, stored["id"], "differs from the event signed in the checkpoint of \(checkpoint.createdAt): the chain was rewritten up to here"))
                }
            } else {
                let firstMissing = min((report.lastSequence ?? start.sequence) + 1, checkpoint.lastSequence)
                problems.append(problem(.deleted, firstMissing, nil, "the checkpoint of \(checkpoint.createdAt) covers events up to \(checkpoint.lastSequence), which are missing from here"))
            }
        }
        report.problem = problems.min { $0.sequence < $1.sequence }
        return report
    }

    private func checkpointProblem(_ checkpoint: AuditCheckpoint, rowID: Int64, chainID: String, purgedThrough: Int64) -> AuditIntegrityProblem? {
        let name = "checkpoint #\(rowID) of \(checkpoint.createdAt)"
        guard checkpoint.isSigned(by: publicKey) else {
            return problem(.badCheckpoint, checkpoint.lastSequence, nil, "\(name) is not validly signed by key \(AuditSigningKey.id(of: publicKey))")
        }
        guard checkpoint.chainID == chainID else {
            return problem(.badCheckpoint, checkpoint.lastSequence, nil, "\(name) belongs to chain \(checkpoint.chainID), not \(chainID)")
        }
        var retainedFrom = purgedThrough
        if let purge = checkpoint.purge {
            guard purge.firstSequence == purgedThrough + 1 else {
                return problem(.deleted, purgedThrough + 1, nil, "\(name) purged from \(purge.firstSequence), but the purge records before it end at \(purgedThrough): a purge record is missing")
            }
            retainedFrom = purge.lastSequence
        }
        guard checkpoint.eventCount == checkpoint.lastSequence - retainedFrom else {
            return problem(.badCheckpoint, checkpoint.lastSequence, nil, "\(name) counted \(checkpoint.eventCount) retained events, but the purge records imply \(checkpoint.lastSequence - retainedFrom)")
        }
        return nil
    }

    /// The fast path: the event is exactly where, and what, it was written as.
    private func isSound(_ event: EventRow, after expected: Position) -> Bool {
        event.sequence == expected.sequence + 1 && event.previousHash == expected.hash && event.recomputedHash == event.eventHash
            && columnsAgree(event) && payloadOpens(event)
    }

    private func classify(_ event: EventRow, rowID: Int64, expected: Position) throws -> AuditIntegrityProblem {
        if event.sequence <= expected.sequence {
            return problem(.inserted, event.sequence, event.id, "a second event claims position \(event.sequence)")
        }
        if event.recomputedHash != event.eventHash {
            let next = try Row.fetchOne(
                db, sql: "SELECT * FROM audit_event WHERE sequence > ? OR (sequence = ? AND rowid > ?) ORDER BY sequence, rowid LIMIT 1",
                arguments: [event.sequence, event.sequence, rowID]
            ).map(EventRow.init)
            if let next, next.sequence == expected.sequence + 1, next.previousHash == expected.hash {
                return problem(.inserted, event.sequence, event.id, "the chain continues without this event")
            }
            for sequence in try Int64.fetchAll(db, sql: "SELECT DISTINCT sequence FROM audit_event") where sequence != event.sequence {
                var moved = event
                moved.sequence = sequence
                if moved.recomputedHash == event.eventHash {
                    return problem(.reordered, event.sequence, event.id, "the event was written at sequence \(sequence)")
                }
            }
            return problem(.modified, event.sequence, event.id, "its content no longer matches its hash")
        }
        if event.sequence > expected.sequence + 1 {
            let missing = expected.sequence + 1..<event.sequence
            return problem(.deleted, missing.lowerBound, event.id, "\(missing.count) event(s) missing before this one")
        }
        if event.previousHash != expected.hash {
            guard let previousID = expected.eventID else {
                return problem(.modified, event.sequence, event.id, "the first kept event does not link to the chain's start or to the last purge record")
            }
            return problem(.modified, expected.sequence, previousID, "its hash no longer matches the link the next event recorded")
        }
        if !columnsAgree(event) {
            return problem(.modified, event.sequence, event.id, "its search columns disagree with its hashed metadata")
        }
        return problem(.modified, event.sequence, event.id, "its payload does not decrypt under the key it names")
    }

    private func columnsAgree(_ event: EventRow) -> Bool {
        (try? AuditMetadata.decode(event.metadata).searchColumns) == event.columns
    }

    /// Payloads sealed with a key the keyring lacks cannot be checked and are not counted as tampered.
    private func payloadOpens(_ event: EventRow) -> Bool {
        guard let keyring, let payload = event.payload else { return true }
        do {
            _ = try payload.open(eventID: event.id, keyring: keyring)
            return true
        } catch {
            if case .unknownKey = error { return true }
            return false
        }
    }

    private func problem(_ kind: AuditIntegrityProblem.Kind, _ sequence: Int64, _ eventID: String?, _ detail: String) -> AuditIntegrityProblem {
        AuditIntegrityProblem(kind: kind, sequence: sequence, eventID: eventID, detail: detail)
    }
}
