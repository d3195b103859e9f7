import Foundation
import PalisadeAudit
import PalisadeCore
import Testing

@Suite struct AuditReaderTests {
    private static let email = Finding(kind: .pii, type: "EMAIL_ADDRESS", severity: .medium, confidence: 1, utf8Range: 0..<5, evidence: "j***@x.org")
    private static let override = Finding(kind: .injection, type: "INSTRUCTION_OVERRIDE", severity: .high, confidence: 0.9, utf8Range: 0..<5, evidence: "ignore…")
    private static let block = AuditDecision(ruleID: "block-injection", action: "block", enforcement: .enforced, reason: "injection", policyVersion: "3")

    /// Twelve events: even ones from app_a/alice, odd ones from app_b/bob; every third has an
    /// email finding, every fourth an injection that was blocked.
    private let fixture = AuditFixture()

    private func populated() async throws -> AuditReader {
        try await fixture.withLog { log in
            for index in 0..<12 {
                try await log.append(
                    AuditFixture.entry(
                        index, applicationID: index % 2 == 0 ? "app_a" : "app_b", endUser: index % 2 == 0 ? "alice" : "bob",
                        findings: (index % 3 == 0 ? [Self.email] : []) + (index % 4 == 0 ? [Self.override] : []),
                        decisions: index % 4 == 0 ? [Self.block] : [],
                        request: index == 7 ? "Please summarise the Zanzibar contract" : nil
                    )
                )
            }
        }
        return AuditReader(database: try fixture.openDatabase(), keyring: fixture.keyring)
    }

    private func ids(_ page: AuditPage) -> [String] { page.events.map(\.id) }

    @Test func metadataFiltersNarrowTheResultNewestFirst() async throws {
        let reader = try await populated()
        #expect(ids(try await reader.events(matching: AuditQuery(applicationID: "app_b", limit: 3))) == ["ex-11", "ex-9", "ex-7"])
        #expect(ids(try await reader.events(matching: AuditQuery(endUser: "alice", findingKind: .pii))) == ["ex-6", "ex-0"])
        #expect(ids(try await reader.events(matching: AuditQuery(decisionAction: "block"))) == ["ex-8", "ex-4", "ex-0"])
        #expect(ids(try await reader.events(matching: AuditQuery(findingKind: .injection, decisionAction: "mask"))).isEmpty)
        let origin = Date(timeIntervalSince1970: 1_760_000_000)
        #expect(ids(try await reader.events(matching: AuditQuery(from: origin.addingTimeInterval(2), to: origin.addingTimeInterval(4)))) == ["ex-3", "ex-2"])
        #expect(try await reader.events(matching: AuditQuery(session: "session-5", clientIP: "192.0.2.7", model: "gpt-4o-mini")).events.map(\.id) == ["ex-5"])
        #expect(try await reader.events(matching: AuditQuery(keyID: "key_2")).events.isEmpty)
    }

    @Test func pagesFollowTheCursorUntilTheEnd() async throws {
        let reader = try await populated()
        var seen: [String] = []
        var cursor: String?
        var pages = 0
        repeat {
            let page = try await reader.events(matching: AuditQuery(limit: 5, cursor: cursor))
            seen += ids(page)
            cursor = page.nextCursor
            pages += 1
        } while cursor != nil
        #expect(pages == 3)
        #expect(seen == (0..<12).reversed().map { "ex-\($0)" })
        await #expect(throws: AuditError.invalidCursor("next")) { try await reader.events(matching: AuditQuery(cursor: "next")) }
    }

    @Test func freeTextSearchesDecryptedPayloadsOnlyWhenAllowed() async throws {
        let reader = try await populated()
        let found = try await reader.events(matching: AuditQuery(text: "zanzibar", readPayloads: true))
        #expect(ids(found) == ["ex-7"])
        #expect(found.events.first?.payloads?.applicationRequest == Data("Please summarise the Zanzibar contract".utf8))
        #expect(ids(try await reader.events(matching: AuditQuery(applicationID: "app_a", text: "zanzibar", readPayloads: true))).isEmpty)
        await #expect(throws: AuditError.payloadAccessDenied) { try await reader.events(matching: AuditQuery(text: "zanzibar")) }
        let keyless = AuditReader(database: try fixture.openDatabase(), keyring: nil)
        await #expect(throws: AuditError.payloadAccessDenied) { try await keyless.events(matching: AuditQuery(text: "zanzibar", readPayloads: true)) }
        #expect(try await keyless.events(matching: AuditQuery(limit: 1)).events.first?.payloads == nil)
    }

    @Test func freeTextPagesThroughManyCandidates() async throws {
        let reader = try await populated()
        let first = try await reader.events(matching: AuditQuery(text: "FROM THE APPLICATION", readPayloads: true, limit: 6))
        let second = try await reader.events(matching: AuditQuery(text: "from the application", readPayloads: true, limit: 6, cursor: first.nextCursor))
        #expect(ids(first) + ids(second) == [11, 10, 9, 8, 6, 5, 4, 3, 2, 1, 0].map { "ex-\($0)" })
        #expect(second.nextCursor == nil)
    }

    @Test func aConversationListsItsTurnsInTimeOrderWithFindingsAndDecisions() async throws {
        let origin = Date(timeIntervalSince1970: 1_760_000_000)
        try await fixture.withLog { log in
            // Appended in completion order, which differs from the order the turns started in.
            try await log.append(AuditFixture.entry(2, session: "chat-1", startedAt: origin.addingTimeInterval(20)))
            try await log.append(AuditFixture.entry(1, session: "chat-1", findings: [Self.override], decisions: [Self.block], startedAt: origin.addingTimeInterval(10)))
            try await log.append(AuditFixture.entry(3, session: "chat-2", startedAt: origin.addingTimeInterval(15)))
            try await log.append(AuditFixture.entry(4, session: "chat-1", startedAt: origin.addingTimeInterval(30)))
        }
        let reader = AuditReader(database: try fixture.openDatabase(), keyring: fixture.keyring)
        let turns = try await reader.conversation(session: "chat-1")
        #expect(turns.map(\.id) == ["ex-1", "ex-2", "ex-4"])
        #expect(turns.first?.record.findings == [Self.override])
        #expect(turns.first?.decisions == [Self.block])
        #expect(turns.first?.applicationName == "support-bot" && turns.first?.costUSD == 0.001)
        #expect(try await reader.conversation(session: "chat-1", readPayloads: true).last?.payloads?.providerResponse == Data("provider answer 4".utf8))
    }

    @Test func anEventIsFoundByIDWithItsIntegrityFields() async throws {
        let reader = try await populated()
        let event = try #require(try await reader.event(id: "ex-3"))
        let previous = try #require(try await reader.event(id: "ex-2"))
        #expect(event.sequence == 4)
        #expect(event.integrity.previousHash == previous.integrity.eventHash)
        #expect(event.integrity.chainID == (try fixture.openDatabase().chainID))
        #expect(try await reader.event(id: "missing") == nil)
    }
}
