import Foundation
import GRDB
import PalisadeCore

/// An `AuditQuery`'s metadata conditions as SQL over the search columns.
struct EventFilter {
    private(set) var conditions: [String] = []
    private(set) var arguments = StatementArguments()

    init(_ query: AuditQuery, before: Int64? = nil, after: Int64? = nil) {
        if let from = query.from { add("time >= ?", Self.milliseconds(from)) }
        if let to = query.to { add("time < ?", Self.milliseconds(to)) }
        if let value = query.applicationID { add("application_id = ?", value) }
        if let value = query.keyID { add("key_id = ?", value) }
        if let value = query.endUser { add("end_user = ?", value) }
        if let value = query.session { add("session = ?", value) }
        if let value = query.clientIP { add("client_ip = ?", value) }
        if let value = query.model { add("model = ?", value) }
        if let value = query.findingKind { add("finding_kinds LIKE ?", SearchColumns.tagPattern(value.rawValue)) }
        if let value = query.decisionAction { add("decision_actions LIKE ?", SearchColumns.tagPattern(value)) }
        if let before { add("sequence < ?", before) }
        if let after { add("sequence > ?", after) }
    }

    var whereClause: String { conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ") }

    private mutating func add(_ condition: String, _ value: some DatabaseValueConvertible) {
        conditions.append(condition)
        arguments += [value]
    }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
}
