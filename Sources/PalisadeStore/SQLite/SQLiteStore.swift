import Foundation
import GRDB
import PalisadeCore
import PalisadeDetection

/// The embedded store: one SQLite file in write-ahead-log mode, so readers never wait for the
/// writer. Enough for one gateway process serving a team.
public final class SQLiteStore: Store {
    let database: DatabasePool
    public let path: String

    /// Opens (creating if needed) the database file and brings its schema up to date.
    public init(path: String) throws(StoreError) {
        self.path = path
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(5)
            // In WAL mode, NORMAL keeps the database consistent through crashes and syncs at
            // checkpoints rather than at every commit; only a power loss can drop the last commits.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            database = try DatabasePool(path: path, configuration: configuration)
            try SQLiteSchema.migrator.migrate(database)
        } catch {
            throw .cannotOpen(path: path, reason: Self.reason(error))
        }
    }

    /// Opens `palisade.sqlite` inside a data directory, creating the directory.
    public convenience init(directory: String) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(path: directory, reason: Self.reason(error))
        }
        try self.init(path: (directory as NSString).appendingPathComponent("palisade.sqlite"))
    }

    public func createApplication(named name: String) async throws(StoreError) -> Application {
        let application = Application(id: Identifier.make(prefix: "app_"), name: name, createdAt: Date())
        do {
            try await database.write { db in
                try db.execute(
                    sql: "INSERT INTO application (id, name, created_at) VALUES (?, ?, ?)",
                    arguments: [application.id, application.name, application.createdAt]
                )
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw .applicationExists(name: name)
        } catch {
            throw .unavailable(reason: Self.reason(error))
        }
        return application
    }

    public func application(named name: String) async throws(StoreError) -> Application? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM application WHERE name = ?", arguments: [name]).map(Self.application)
        }
    }

    public func application(id: String) async throws(StoreError) -> Application? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM application WHERE id = ?", arguments: [id]).map(Self.application)
        }
    }

    public func applications() async throws(StoreError) -> [Application] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM application ORDER BY name").map(Self.application)
        }
    }

    public func append(_ records: [ExchangeRecord]) async throws(StoreError) {
        guard !records.isEmpty else { return }
        try await write { db in
            let statement = try db.cachedStatement(sql: ExchangeRow.insertSQL)
            for record in records {
                try statement.execute(arguments: ExchangeRow.arguments(for: record))
            }
        }
    }

    public func exchanges(limit: Int, applicationID: String?) async throws(StoreError) -> [ExchangeRecord] {
        try await read { db in
            let rows: [Row]
            if let applicationID {
                rows = try Row.fetchAll(
                    db,
                    sql: "SELECT * FROM exchange WHERE application_id = ? ORDER BY started_at DESC, id DESC LIMIT ?",
                    arguments: [applicationID, limit]
                )
            } else {
                rows = try Row.fetchAll(db, sql: "SELECT * FROM exchange ORDER BY started_at DESC, id DESC LIMIT ?", arguments: [limit])
            }
            return rows.map(ExchangeRow.record)
        }
    }

    public func redactionVault(key: VaultKey, retention: TimeInterval) -> any RedactionVault {
        SQLiteRedactionVault(database: database, key: key, retention: retention)
    }

    public func checkHealth() async throws(StoreError) {
        try await write { db in try db.execute(sql: "UPDATE health SET checked_at = ?", arguments: [Date()]) }
    }

    /// Runs `body` on a reader; a `StoreError` thrown inside passes through unchanged.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await database.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .unavailable(reason: Self.reason(error))
        }
    }

    /// Runs `body` in a write transaction; a `StoreError` thrown inside passes through unchanged.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await database.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .unavailable(reason: Self.reason(error))
        }
    }

    static func application(_ row: Row) -> Application {
        Application(id: row["id"], name: row["name"], createdAt: row["created_at"])
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return (error as NSError).localizedDescription
    }
}
