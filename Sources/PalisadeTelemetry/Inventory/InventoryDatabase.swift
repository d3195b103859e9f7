import Foundation
import GRDB

/// The inventory's own SQLite file, so that counts and first-seen dates survive restarts
/// without touching the exchange store.
struct InventoryDatabase: Sendable {
    private let queue: DatabaseQueue

    init(path: String) throws(TelemetryError) {
        do {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true
            )
            queue = try DatabaseQueue(path: path)
            try Self.migrator.migrate(queue)
        } catch {
            throw .inventoryUnavailable(path: path, reason: "\(error)")
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("inventory-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE inventory_application (
                        name TEXT PRIMARY KEY,
                        first_seen REAL NOT NULL,
                        last_seen REAL NOT NULL,
                        requests INTEGER NOT NULL,
                        truncated TEXT NOT NULL,
                        signals TEXT NOT NULL
                    );
                    CREATE TABLE inventory_item (
                        application TEXT NOT NULL,
                        category TEXT NOT NULL,
                        name TEXT NOT NULL,
                        first_seen REAL NOT NULL,
                        last_seen REAL NOT NULL,
                        count INTEGER NOT NULL,
                        PRIMARY KEY (application, category, name)
                    );
                    CREATE TABLE inventory_event (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL,
                        application TEXT NOT NULL,
                        name TEXT NOT NULL,
                        at REAL NOT NULL
                    );
                    """
            )
        }
        return migrator
    }

    /// Everything persisted, rebuilt into an in-memory state.
    func load(into state: inout InventoryState) throws(TelemetryError) {
        do {
            try queue.read { db in
                for row in try Row.fetchAll(db, sql: "SELECT * FROM inventory_application") {
                    let truncated = (row["truncated"] as String).split(separator: ",").compactMap { InventoryCategory(rawValue: String($0)) }
                    state.applications[row["name"]] = InventoryState.ApplicationState(
                        firstSeen: Date(timeIntervalSince1970: row["first_seen"]),
                        lastSeen: Date(timeIntervalSince1970: row["last_seen"]),
                        requests: row["requests"],
                        truncated: Set(truncated),
                        signals: try JSONDecoder().decode(ThreatSignals.self, from: Data((row["signals"] as String).utf8))
                    )
                }
                for row in try Row.fetchAll(db, sql: "SELECT * FROM inventory_item") {
                    guard let category = InventoryCategory(rawValue: row["category"]) else { continue }
                    let application: String = row["application"]
                    let item = InventoryItem(
                        name: row["name"],
                        firstSeen: Date(timeIntervalSince1970: row["first_seen"]),
                        lastSeen: Date(timeIntervalSince1970: row["last_seen"]),
                        count: row["count"]
                    )
                    state.applications[application]?.items[category.index][item.name] = InventoryState.TrackedItem(item: item, dirty: false)
                }
                let events = try Row.fetchAll(
                    db,
                    sql: "SELECT * FROM (SELECT * FROM inventory_event ORDER BY id DESC LIMIT ?) ORDER BY id",
                    arguments: [state.recentEventLimit]
                )
                state.recentEvents = events.compactMap { row in
                    InventoryEvent.Kind(rawValue: row["kind"]).map { kind in
                        InventoryEvent(kind: kind, application: row["application"], name: row["name"], at: Date(timeIntervalSince1970: row["at"]))
                    }
                }
            }
        } catch {
            throw .inventoryUnavailable(path: queue.path, reason: "\(error)")
        }
    }

    /// Writes one batch of changes in a single transaction.
    func write(_ batch: InventoryBatch) throws(TelemetryError) {
        do {
            try queue.write { db in
                let encoder = JSONEncoder()
                for (name, application) in batch.applications {
                    let signals = String(decoding: try encoder.encode(application.signals), as: UTF8.self)
                    try db.execute(
                        sql: """
                            INSERT INTO inventory_application (name, first_seen, last_seen, requests, truncated, signals)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT(name) DO UPDATE SET last_seen = excluded.last_seen, requests = excluded.requests,
                                truncated = excluded.truncated, signals = excluded.signals
                            """,
                        arguments: [
                            name, application.firstSeen.timeIntervalSince1970, application.lastSeen.timeIntervalSince1970,
                            application.requests, application.truncated.map(\.rawValue).sorted().joined(separator: ","), signals,
                        ]
                    )
                }
                let upsertItem = try db.cachedStatement(
                    sql: """
                        INSERT INTO inventory_item (application, category, name, first_seen, last_seen, count)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT(application, category, name) DO UPDATE SET last_seen = excluded.last_seen, count = excluded.count
                        """
                )
                for (key, item) in batch.items {
                    try upsertItem.execute(arguments: [
                        key.application, key.category.rawValue, key.name,
                        item.firstSeen.timeIntervalSince1970, item.lastSeen.timeIntervalSince1970, item.count,
                    ])
                }
                let insertEvent = try db.cachedStatement(sql: "INSERT INTO inventory_event (kind, application, name, at) VALUES (?, ?, ?, ?)")
                for event in batch.events {
                    try insertEvent.execute(arguments: [event.kind.rawValue, event.application, event.name, event.at.timeIntervalSince1970])
                }
            }
        } catch {
            throw .inventoryUnavailable(path: queue.path, reason: "\(error)")
        }
    }

    /// Every event ever recorded, oldest first.
    func events() throws(TelemetryError) -> [InventoryEvent] {
        do {
            return try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM inventory_event ORDER BY id").compactMap { row in
                    InventoryEvent.Kind(rawValue: row["kind"]).map { kind in
                        InventoryEvent(kind: kind, application: row["application"], name: row["name"], at: Date(timeIntervalSince1970: row["at"]))
                    }
                }
            }
        } catch {
            throw .inventoryUnavailable(path: queue.path, reason: "\(error)")
        }
    }
}

/// The changes since the last write: copies taken under the tracker's lock, written outside it.
struct InventoryBatch: Sendable {
    var applications: [(String, InventoryState.ApplicationState)] = []
    var items: [(InventoryState.ItemKey, InventoryItem)] = []
    var events: [InventoryEvent] = []

    var isEmpty: Bool { applications.isEmpty && items.isEmpty && events.isEmpty }
}
