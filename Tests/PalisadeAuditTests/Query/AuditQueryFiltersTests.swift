import Foundation
import PalisadeAudit
import PalisadeCore
import Testing

/// The filters a person types into the CLI or the admin API's query string.
@Suite struct AuditQueryFiltersTests {
    private let now = Date(timeIntervalSince1970: 1_760_000_000)

    @Test func everyFilterSetsItsField() throws {
        let query = try AuditQuery(filters: [
            "since": "2h", "to": "2025-10-09T10:00:00Z", "app": "app_a", "key": "key_1", "user": "alice", "session": "s-1",
            "ip": "192.0.2.7", "model": "gpt-4o-mini", "finding_kind": "secret", "decision": "block", "limit": "20", "cursor": "41",
        ], now: now)
        #expect(query.from == now.addingTimeInterval(-7_200))
        #expect(query.to == Date(timeIntervalSince1970: 1_760_004_000))
        #expect(query.applicationID == "app_a" && query.keyID == "key_1" && query.endUser == "alice" && query.session == "s-1")
        #expect(query.clientIP == "192.0.2.7" && query.model == "gpt-4o-mini" && query.findingKind == .secret && query.decisionAction == "block")
        #expect(query.limit == 20 && query.cursor == "41" && !query.readPayloads)
    }

    @Test func datesAcceptFractionsAndBareDays() throws {
        #expect(try AuditQuery(filters: ["from": "2025-10-09"]).from == Date(timeIntervalSince1970: 1_759_968_000))
        #expect(try AuditQuery(filters: ["from": "2025-10-09T10:00:00.5Z"]).from == Date(timeIntervalSince1970: 1_760_004_000.5))
    }

    @Test func freeTextReadsPayloadsWhateverElseIsSaid() throws {
        #expect(try AuditQuery(filters: ["text": "zanzibar", "payloads": "false"]).readPayloads)
        #expect(try AuditQuery(filters: ["payloads": "true"]).readPayloads)
    }

    @Test(arguments: [
        ("since", "3x"), ("since", "-1h"), ("from", "yesterday"), ("finding_kind", "gossip"), ("limit", "0"), ("limit", "5000"),
        ("payloads", "yes"), ("application", "app_a"),
    ])
    func aValueThatDoesNotParseIsRefusedNamingTheFilter(name: String, value: String) {
        #expect {
            try AuditQuery(filters: [name: value])
        } throws: { error in
            guard case .invalidFilter(let reported, _) = error as? AuditError else { return false }
            return reported == name && "\(error)".contains(name)
        }
    }

    @Test func sinceAndFromTogetherAreAmbiguous() {
        #expect(throws: AuditError.self) { try AuditQuery(filters: ["since": "1h", "from": "2025-10-09"]) }
    }
}
