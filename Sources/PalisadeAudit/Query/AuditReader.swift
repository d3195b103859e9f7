import Foundation
import GRDB
import PalisadeCore

/// Searches and reads the audit log for investigations and exports. Payloads are decrypted
/// only for queries that ask for them, and only with a keyring.
public struct AuditReader: Sendable {
    public let database: AuditDatabase
    private let keyring: AuditKeyring?

    public init(database: AuditDatabase, keyring: AuditKeyring?) {
        self.database = database
        self.keyring = keyring
    }

    public func events(matching query: AuditQuery) async throws(AuditError) -> AuditPage {
        let before = try Self.sequence(fromCursor: query.cursor)
        let limit = max(1, query.limit)
        guard query.text == nil || query.readPayloads else { throw .payloadAccessDenied }
        if query.readPayloads { _ = try payloadKeyring() }
        let needle = query.text.map { $0.lowercased() }

        var events: [AuditEvent] = []
        var scanFrom = before
        // Text search decrypts candidates the metadata filter let through, a chunk at a time,
        // until the page is full or the candidates run out.
        let chunk = needle == nil ? limit + 1 : max(limit * 4, 256)
        while events.count <= limit {
            let rows = try await fetch(EventFilter(query, before: scanFrom), limit: chunk)
            for row in rows {
                let event = try decode(row, readPayloads: query.readPayloads)
                if let needle, !(event.payloads.map { Self.contains($0, needle) } ?? false) { continue }
                events.append(event)
                if events.count > limit { break }
            }
            guard rows.count == chunk, let last = rows.last else { break }
            scanFrom = last.sequence
        }
        let hasMore = events.count > limit
        let page = Array(events.prefix(limit))
        return AuditPage(events: page, nextCursor: hasMore ? page.last.map { String($0.sequence) } : nil)
    }

    public func event(id: String, readPayloads: Bool = false) async throws(AuditError) -> AuditEvent? {
        let row = try await database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM audit_event WHERE id = ?", arguments: [id]).map(EventRow.init)
        }
        return try row.map { row throws(AuditError) in try decode(row, readPayloads: readPayloads) }
    }

    /// Every turn of a session in the order it happened, with its findings and decisions.
    public func conversation(session: String, readPayloads: Bool = false) async throws(AuditError) -> [AuditEvent] {
        let rows = try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_event WHERE session = ? ORDER BY time, sequence", arguments: [session]).map(EventRow.init)
        }
        var events: [AuditEvent] = []
        for row in rows { events.append(try decode(row, readPayloads: readPayloads)) }
        return events
    }

    /// The signed checkpoints, oldest first: ship them elsewhere to make truncation detectable.
    public func checkpoints() async throws(AuditError) -> [AuditCheckpoint] {
        try await database.read { db in try CheckpointRow.all(db).map(\.checkpoint) }
    }

    func fetch(_ filter: EventFilter, limit: Int) async throws(AuditError) -> [EventRow] {
        try await database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM audit_event \(filter.whereClause) ORDER BY sequence DESC LIMIT \(limit)", arguments: filter.arguments
            ).map(EventRow.init)
        }
    }

    func decode(_ row: EventRow, readPayloads: Bool) throws(AuditError) -> AuditEvent {
        let metadata: AuditMetadata
        do {
            metadata = try AuditMetadata.decode(row.metadata)
        } catch {
            throw .corruptDatabase(path: database.path, reason: "the metadata of event \(row.id) is not valid JSON")
        }
        var payloads: AuditPayloads?
        if readPayloads {
            payloads = try row.payload.map { payload throws(AuditError) in try payload.open(eventID: row.id, keyring: payloadKeyring()) } ?? AuditPayloads()
        }
        return AuditEvent(
            sequence: row.sequence, record: metadata.record, applicationName: metadata.applicationName, costUSD: metadata.costUSD,
            decisions: metadata.decisions, captureMode: metadata.captureMode, payloads: payloads,
            integrity: AuditIntegrity(
                chainID: database.chainID, previousHash: Hex.string(row.previousHash), eventHash: Hex.string(row.eventHash),
                payloadKeyID: row.payload?.keyID
            )
        )
    }

    private func payloadKeyring() throws(AuditError) -> AuditKeyring {
        guard let keyring else { throw .payloadAccessDenied }
        return keyring
    }

    private static func contains(_ payloads: AuditPayloads, _ needle: String) -> Bool {
        [payloads.applicationRequest, payloads.providerRequest, payloads.providerResponse, payloads.applicationResponse]
            .contains { $0.map { String(decoding: $0, as: UTF8.self).lowercased().contains(needle) } ?? false }
    }

    private static func sequence(fromCursor cursor: String?) throws(AuditError) -> Int64? {
        guard let cursor else { return nil }
        guard let sequence = Int64(cursor), sequence > 0 else { throw .invalidCursor(cursor) }
        return sequence
    }
}
