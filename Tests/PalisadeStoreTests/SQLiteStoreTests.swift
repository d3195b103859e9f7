import Foundation
import PalisadeCore
import PalisadeStore
import PalisadeTestSupport
import Testing

@Suite struct SQLiteStoreTests {
    private let scratch = TemporaryDirectory("palisade-store")

    @Test func applicationsHaveUniqueNames() async throws {
        let store = try SQLiteStore.temporary(in: scratch)
        let created = try await store.createApplication(named: "support-bot")
        let byName = try #require(try await store.application(named: "support-bot"))
        #expect(byName.id == created.id)
        #expect(abs(byName.createdAt.timeIntervalSince(created.createdAt)) < 0.001)
        #expect(try await store.application(id: created.id)?.name == "support-bot")
        await #expect(throws: StoreError.self) { try await store.createApplication(named: "support-bot") }
        _ = try await store.createApplication(named: "analytics")
        #expect(try await store.applications().map(\.name) == ["analytics", "support-bot"])
    }

    @Test func keysAreFoundByHashOnly() async throws {
        let store = try SQLiteStore.temporary(in: scratch)
        let application = try await store.createApplication(named: "app")
        let (secret, key) = ApplicationKey.generate(for: application.id)
        try await store.addKey(key)
        #expect(try await store.key(hash: ApplicationKey.hash(secret))?.applicationID == application.id)
        #expect(try await store.key(hash: ApplicationKey.hash(secret + "x")) == nil)
        #expect(try await store.key(hash: secret) == nil)
        #expect(try await store.keyAndApplication(hash: ApplicationKey.hash(secret))?.application.name == "app")
        #expect(try await store.keyAndApplication(hash: ApplicationKey.hash(secret + "x")) == nil)
    }

    @Test func recordedUsageIsSummedPerApplicationKeyModelAndDay() async throws {
        let store = try SQLiteStore.temporary(in: scratch)
        let day = Date(timeIntervalSince1970: 1_795_000_000 - 1_795_000_000.truncatingRemainder(dividingBy: 86_400))
        func record(_ id: String, _ offset: TimeInterval, key: String?, model: String?, input: Int, output: Int) -> ExchangeRecord {
            ExchangeRecord(id: id, startedAt: day.addingTimeInterval(offset), applicationID: "app_1", keyID: key, model: model, status: 200, usage: TokenUsage(input: input, output: output), latencyMs: 1)
        }
        try await store.append([
            record("ex_0", -3_600, key: "key_1", model: "gpt", input: 1_000, output: 1_000),
            record("ex_1", 60, key: "key_1", model: "gpt", input: 10, output: 20),
            record("ex_2", 7_200, key: "key_1", model: "gpt", input: 5, output: 1),
            record("ex_3", 7_300, key: "key_2", model: "gpt", input: 7, output: 0),
            record("ex_4", 86_400 + 5, key: "key_1", model: "claude", input: 3, output: 4),
            record("ex_5", 9_000, key: "key_1", model: nil, input: 0, output: 0),
        ])
        let usage = try await store.recordedUsage(since: day).sorted { ($0.day, $0.keyID ?? "", $0.model) < ($1.day, $1.keyID ?? "", $1.model) }
        #expect(usage == [
            RecordedUsage(applicationID: "app_1", keyID: "key_1", model: "gpt", day: day, usage: TokenUsage(input: 15, output: 21)),
            RecordedUsage(applicationID: "app_1", keyID: "key_2", model: "gpt", day: day, usage: TokenUsage(input: 7, output: 0)),
            RecordedUsage(applicationID: "app_1", keyID: "key_1", model: "claude", day: day.addingTimeInterval(86_400), usage: TokenUsage(input: 3, output: 4)),
        ])
    }

    @Test func recordsComeBackNewestFirstWithTheirFields() async throws {
        let store = try SQLiteStore.temporary(in: scratch)
        let finding = Finding(kind: .pii, type: "EMAIL_ADDRESS", severity: .medium, confidence: 0.9, utf8Range: 3..<10, evidence: "j***@example.org", role: .user, direction: .input)
        let older = ExchangeRecord(
            id: "ex_1", startedAt: Date(timeIntervalSince1970: 1000), applicationID: "app_1", keyID: "key_1", endUser: "alice",
            session: "s1", clientIP: "127.0.0.1", provider: .openai, operation: .chatCompletions, model: "gpt", stream: true,
            status: 200, usage: TokenUsage(input: 10, output: 20, estimated: true), latencyMs: 12.5, timeToFirstTokenMs: 3.25,
            findings: [finding]
        )
        var newer = older
        newer.id = "ex_2"
        newer.startedAt = Date(timeIntervalSince1970: 2000)
        newer.status = 502
        newer.errorCode = "upstream_unavailable"
        newer.applicationID = "app_2"
        try await store.append([older, newer])
        let all = try await store.exchanges(limit: 10, applicationID: nil)
        #expect(all.map(\.id) == ["ex_2", "ex_1"])
        #expect(all[1] == older)
        #expect(try await store.exchanges(limit: 10, applicationID: "app_2").map(\.id) == ["ex_2"])
    }

    @Test func anUnusableLocationIsReportedWithItsPath() throws {
        let file = URL(fileURLWithPath: scratch.path("not-a-directory"))
        try Data("x".utf8).write(to: file)
        #expect {
            try SQLiteStore(directory: file.path)
        } throws: { error in
            "\(error)".contains(file.path)
        }
    }
}

@Suite struct ApplicationKeyTests {
    @Test func keysAreRandomPrefixedAndHashedStably() {
        let (first, stored) = ApplicationKey.generate(for: "app_1")
        let (second, _) = ApplicationKey.generate(for: "app_1")
        #expect(first.hasPrefix("pal_"))
        #expect(first.count >= 45)
        #expect(first != second)
        #expect(stored.hash == ApplicationKey.hash(first))
        #expect(stored.hash != first)
        #expect(first.hasPrefix(stored.displayPrefix))
    }

    @Test func revokedAndExpiredKeysAreNotUsable() {
        var (_, key) = ApplicationKey.generate(for: "app_1", now: Date(timeIntervalSince1970: 0))
        #expect(key.isUsable(at: Date(timeIntervalSince1970: 10)))
        key.expiresAt = Date(timeIntervalSince1970: 5)
        #expect(!key.isUsable(at: Date(timeIntervalSince1970: 10)))
        key.expiresAt = nil
        key.revokedAt = Date(timeIntervalSince1970: 1)
        #expect(!key.isUsable(at: Date(timeIntervalSince1970: 10)))
    }
}
