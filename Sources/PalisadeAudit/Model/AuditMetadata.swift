import Foundation
import PalisadeCore

/// The part of an event kept in clear: what investigators search and what the hash chain
/// covers byte for byte. Its JSON (dates in milliseconds) is stored exactly as hashed, so
/// verification never re-encodes it. It is written in one pass by `StreamingJSONEncoder`, keys
/// unsorted: Foundation's encoder, and sorting, cost a large share of an append and buy nothing
/// here.
struct AuditMetadata: Codable, Sendable {
    var record: ExchangeRecord
    var applicationName: String?
    var costUSD: Double?
    var decisions: [AuditDecision]
    var captureMode: CaptureMode

    init(_ entry: AuditEntry) {
        record = entry.record
        applicationName = entry.applicationName
        costUSD = entry.costUSD
        decisions = entry.decisions
        captureMode = entry.captureMode
    }

    func canonicalJSON() throws -> Data {
        try StreamingJSONEncoder(dateEncoding: .millisecondsSince1970).encode(self)
    }

    static func decode(_ json: Data) throws -> AuditMetadata {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return try decoder.decode(AuditMetadata.self, from: json)
    }

    /// The columns an investigation filters on, copied out of the hashed JSON. The verifier
    /// checks they still agree with it, so editing a column to hide an event is detected.
    var searchColumns: SearchColumns {
        SearchColumns(
            time: Int64((record.startedAt.timeIntervalSince1970 * 1000).rounded()),
            applicationID: record.applicationID,
            applicationName: applicationName,
            keyID: record.keyID,
            endUser: record.endUser,
            session: record.session,
            clientIP: record.clientIP,
            model: record.model,
            status: record.status,
            findingKinds: SearchColumns.tagList(record.findings.map(\.kind.rawValue)),
            decisionActions: SearchColumns.tagList(decisions.map(\.action))
        )
    }
}

struct SearchColumns: Equatable, Sendable {
    var time: Int64
    var applicationID: String?
    var applicationName: String?
    var keyID: String?
    var endUser: String?
    var session: String?
    var clientIP: String?
    var model: String?
    var status: Int
    /// `,pii,secret,`: delimited on both sides so `LIKE '%,pii,%'` matches whole tags only.
    var findingKinds: String
    var decisionActions: String

    static func tagList(_ tags: [String]) -> String {
        let unique = Array(Set(tags)).sorted()
        return unique.isEmpty ? "" : "," + unique.joined(separator: ",") + ","
    }

    static func tagPattern(_ tag: String) -> String { "%,\(tag),%" }
}
