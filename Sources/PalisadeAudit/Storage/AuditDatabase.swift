import Foundation
import GRDB

/// The audit log's own SQLite file, apart from the operational store so that it can be kept,
/// copied and verified on its own. Write-ahead logging lets investigations read while the
/// gateway appends.
public final class AuditDatabase: Sendable {
    let pool: DatabasePool
    public let path: String
    /// Random per database; every checkpoint names it and the first event's link is bound to it.
    public let chainID: String

    /// How long a write waits for another connection's write lock before failing.
    static let busyTimeout: TimeInterval = 5

    public init(path: String) throws(AuditError) {
        self.path = path
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(Self.busyTimeout)
            // With WAL, NORMAL keeps the file consistent through crashes and syncs at WAL
            // checkpoints rather than every commit: only a power loss can drop the last commits.
            // The log moves its write-ahead log into the database itself (`checkpointWriteAheadLog`),
            // off the thread that commits, instead of SQLite doing it inside a commit.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            try AuditSchema.migrator.migrate(pool)
            chainID = try pool.write { db in
                try db.execute(sql: "INSERT OR IGNORE INTO audit_meta (key, value) VALUES ('chain_id', ?)", arguments: [UUID().uuidString.lowercased()])
                return try String.fetchOne(db, sql: "SELECT value FROM audit_meta WHERE key = 'chain_id'") ?? ""
            }
        } catch {
            throw Self.openingError(error, path: path)
        }
    }

    /// Opens `audit.sqlite` inside a data directory, creating the directory.
    public convenience init(directory: String) throws(AuditError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(path: directory, reason: (error as NSError).localizedDescription)
        }
        try self.init(path: (directory as NSString).appendingPathComponent("audit.sqlite"))
    }

    /// The key id that sealed the newest event with payloads, if any: what the keyring must
    /// hold for the log to stay readable.
    public func newestSealingKeyID() throws(AuditError) -> String? {
        do {
            return try pool.read { db in
                try String.fetchOne(db, sql: "SELECT payload_key_id FROM audit_event WHERE payload_key_id IS NOT NULL ORDER BY sequence DESC LIMIT 1")
            }
        } catch {
            throw .database(error, path: path)
        }
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(AuditError) -> T {
        do {
            return try await pool.read(body)
        } catch {
            throw .database(error, path: path)
        }
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(AuditError) -> T {
        do {
            return try await pool.write(body)
        } catch {
            throw .database(error, path: path)
        }
    }

    /// Runs `body` in a write transaction on the calling thread, or returns nil at once when
    /// another connection holds the write lock. The audit writer's commits are short (with WAL
    /// and NORMAL synchronisation nothing waits for the disk), and at low load the hop to GRDB's
    /// queue and back costs more than the transaction itself; but the calling thread serves
    /// requests, so it must not sit out the busy timeout: on nil, use `write`.
    func writeOnCurrentThreadUnlessLocked<T>(_ body: (Database) throws -> T) throws(AuditError) -> T? {
        do {
            return try pool.writeWithoutTransaction { db -> T? in
                try db.cachedStatement(sql: "PRAGMA busy_timeout = 0").execute()
                defer { try? db.cachedStatement(sql: "PRAGMA busy_timeout = \(Int(Self.busyTimeout * 1000))").execute() }
                var result: T?
                do {
                    try db.inTransaction(.immediate) {
                        result = try body(db)
                        return .commit
                    }
                } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                    return nil
                }
                return result
            }
        } catch {
            throw .database(error, path: path)
        }
    }

    /// Copies committed pages from the write-ahead log into the database file so that the log
    /// can start over (a SQLite WAL checkpoint, unrelated to the log's signed checkpoints).
    /// Passive: it never waits for readers, and what they still use is copied next time.
    func checkpointWriteAheadLog() async throws(AuditError) {
        do {
            try await pool.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
        } catch {
            throw .database(error, path: path)
        }
    }

    /// Opens an existing audit file without changing it, for verification of a copy.
    static func openReadOnly(path: String) throws(AuditError) -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else { throw .cannotOpen(path: path, reason: "no such file") }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let isAuditLog = try queue.read { db in try db.tableExists("audit_event") && db.tableExists("audit_checkpoint") }
            guard isAuditLog else { throw AuditError.notAnAuditLog(path: path) }
            return queue
        } catch {
            throw openingError(error, path: path)
        }
    }

    private static func openingError(_ error: any Error, path: String) -> AuditError {
        switch AuditError.database(error, path: path) {
        case .unavailable(let reason): .cannotOpen(path: path, reason: reason)
        case let mapped: mapped
        }
    }
}
