import Foundation
import GRDB
import PalisadeCore

/// The events matching a query, oldest first, as lines of JSON (each ending in a newline),
/// read a page at a time so a CLI or an HTTP response can stream a log of any size.
///
/// `jsonLines` writes one line per event with its integrity fields (and, when the query reads
/// payloads, the bodies in base64); `ocsf` writes one OCSF finding per finding.
public struct AuditExport: AsyncSequence, Sendable {
    public typealias Element = Data

    public enum Format: Sendable {
        case jsonLines
        case ocsf(OCSFEncoder)
    }

    private let reader: AuditReader
    private let query: AuditQuery
    private let format: Format

    /// Free text is not supported in exports (it needs decryption of everything); `query.text`
    /// must be nil and `query.limit` sets the page size.
    public init(reader: AuditReader, query: AuditQuery, format: Format) {
        self.reader = reader
        self.query = query
        self.format = format
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(export: self)
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        private let export: AuditExport
        private var lines: [Data] = []
        private var after: Int64 = 0
        private var finished = false
        private var authorityUID: String?

        init(export: AuditExport) {
            self.export = export
        }

        public mutating func next() async throws -> Data? {
            while lines.isEmpty && !finished {
                try await loadPage()
            }
            return lines.isEmpty ? nil : lines.removeFirst()
        }

        private mutating func loadPage() async throws {
            guard export.query.text == nil else { throw AuditError.payloadAccessDenied }
            let pageSize = Swift.max(1, export.query.limit)
            let filter = EventFilter(export.query, after: after)
            let (rows, authority) = try await export.reader.database.read { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT *, (SELECT p.id FROM audit_event p WHERE p.sequence = audit_event.sequence - 1 LIMIT 1) AS previous_id
                        FROM audit_event \(filter.whereClause) ORDER BY sequence LIMIT \(pageSize)
                        """,
                    arguments: filter.arguments
                ).map { (EventRow($0), $0["previous_id"] as String?) }
                let authority = try String.fetchOne(db, sql: "SELECT signer_key_id FROM audit_checkpoint ORDER BY id DESC LIMIT 1")
                return (rows, authority)
            }
            authorityUID = authorityUID ?? authority
            finished = rows.count < pageSize
            after = rows.last?.0.sequence ?? after
            for (row, previousID) in rows {
                let event = try export.reader.decode(row, readPayloads: export.query.readPayloads)
                lines.append(contentsOf: try encode(event, previousID: previousID))
            }
        }

        private func encode(_ event: AuditEvent, previousID: String?) throws -> [Data] {
            switch export.format {
            case .jsonLines:
                return [try JSONLine.encode(event)]
            case .ocsf(let encoder):
                let attestation = OCSFAttestation(
                    chainID: event.integrity.chainID, sequence: event.sequence, eventHash: event.integrity.eventHash,
                    previousEventID: previousID, previousHash: event.integrity.previousHash, authorityUID: authorityUID
                )
                return try event.record.findings.indices.map { index in
                    try encoder.encode(
                        event.record.findings[index], index: index, of: event.record, applicationName: event.applicationName, attestation: attestation
                    ) + Data("\n".utf8)
                }
            }
        }
    }
}
