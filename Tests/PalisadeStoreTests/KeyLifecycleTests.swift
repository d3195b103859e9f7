import Foundation
import PalisadeCore
import PalisadeStore
import PalisadeTestSupport
import Testing

@Suite struct KeyLifecycleTests {
    private let scratch = TemporaryDirectory("palisade-store")
    private let store: SQLiteStore
    private let application: Application

    init() async throws {
        store = try SQLiteStore.temporary(in: scratch)
        application = try await store.createApplication(named: "support-bot")
    }

    @Test func limitsAndModelPatternsSurviveTheRoundTrip() async throws {
        let limits = KeyLimits(
            requests: RateQuota(limit: 600, per: .seconds(60)),
            tokens: RateQuota(limit: 90_000, per: .seconds(60)),
            concurrentRequests: 4,
            dailyBudget: CostBudget(soft: Decimal(string: "8.5"), hard: 10),
            monthlyBudget: CostBudget(hard: 200)
        )
        let (secret, key) = ApplicationKey.generate(for: application.id, limits: limits, allowedModels: ["gpt-4o*", "claude-*"])
        try await store.addKey(key)
        let found = try #require(try await store.key(hash: ApplicationKey.hash(secret)))
        #expect(found.limits == limits)
        #expect(found.allowedModels == ["gpt-4o*", "claude-*"])

        let changed = try await store.setKeyLimits(id: key.id, limits: KeyLimits(concurrentRequests: 1), allowedModels: [])
        #expect(changed.limits == KeyLimits(concurrentRequests: 1))
        #expect(try await store.key(hash: key.hash)?.allowedModels == [])
    }

    @Test func keysOfAnApplicationAreListedOldestFirst() async throws {
        let other = try await store.createApplication(named: "analytics")
        let first = ApplicationKey.generate(for: application.id, now: Date(timeIntervalSince1970: 1_000)).stored
        let second = ApplicationKey.generate(for: application.id, now: Date(timeIntervalSince1970: 2_000)).stored
        try await store.addKey(second)
        try await store.addKey(first)
        try await store.addKey(ApplicationKey.generate(for: other.id).stored)
        #expect(try await store.keys(applicationID: application.id).map(\.id) == [first.id, second.id])
    }

    @Test func revokingRecordsWhenAndWhyOnce() async throws {
        let (secret, key) = ApplicationKey.generate(for: application.id)
        try await store.addKey(key)
        let revoked = try await store.revokeKey(id: key.id, reason: "leaked in a public repository")
        #expect(revoked.revokedReason == "leaked in a public repository")
        #expect(!revoked.isUsable(at: Date().addingTimeInterval(1)))
        let again = try await store.revokeKey(id: key.id, reason: "second attempt")
        #expect(again.revokedReason == "leaked in a public repository")
        #expect(again.revokedAt == revoked.revokedAt)
        #expect(try await store.key(hash: ApplicationKey.hash(secret))?.isUsable(at: Date().addingTimeInterval(1)) == false)
    }

    @Test func expiryCanBeSetAndCleared() async throws {
        let key = ApplicationKey.generate(for: application.id).stored
        try await store.addKey(key)
        let deadline = Date().addingTimeInterval(3_600)
        let expiring = try await store.setKeyExpiry(id: key.id, expiresAt: deadline)
        let expiry = try #require(expiring.expiresAt)
        #expect(abs(expiry.timeIntervalSince(deadline)) < 0.001)
        #expect(expiring.isUsable(at: deadline.addingTimeInterval(-1)))
        #expect(!expiring.isUsable(at: deadline.addingTimeInterval(0.001)))
        let cleared = try await store.setKeyExpiry(id: key.id, expiresAt: nil)
        #expect(cleared.isUsable(at: deadline.addingTimeInterval(86_400)))
    }

    @Test func rotationKeepsTheOldKeyForTheOverlapOnly() async throws {
        let limits = KeyLimits(requests: RateQuota(limit: 10, per: .seconds(1)))
        let (oldSecret, old) = ApplicationKey.generate(for: application.id, limits: limits, allowedModels: ["o3*"])
        try await store.addKey(old)
        let before = Date()
        let (newSecret, new) = try await store.rotateKey(id: old.id, overlap: 600)

        #expect(newSecret != oldSecret)
        #expect(newSecret.hasPrefix(ApplicationKey.prefix))
        #expect(new.applicationID == application.id)
        #expect(new.limits == limits)
        #expect(new.allowedModels == ["o3*"])
        #expect(try await store.key(hash: ApplicationKey.hash(newSecret))?.id == new.id)

        let oldNow = try #require(try await store.key(hash: ApplicationKey.hash(oldSecret)))
        let overlapEnd = try #require(oldNow.expiresAt)
        #expect(overlapEnd >= before.addingTimeInterval(600 - 0.001) && overlapEnd <= Date().addingTimeInterval(600))
        #expect(oldNow.isUsable(at: overlapEnd.addingTimeInterval(-1)))
        #expect(!oldNow.isUsable(at: overlapEnd))
        #expect(new.isUsable(at: overlapEnd.addingTimeInterval(86_400)))
    }

    @Test func rotationNeverExtendsAnEarlierExpiry() async throws {
        let key = ApplicationKey.generate(for: application.id).stored
        try await store.addKey(key)
        let soon = Date().addingTimeInterval(30)
        _ = try await store.setKeyExpiry(id: key.id, expiresAt: soon)
        _ = try await store.rotateKey(id: key.id, overlap: 3_600)
        let expiry = try #require(try await store.key(hash: key.hash)?.expiresAt)
        #expect(abs(expiry.timeIntervalSince(soon)) < 0.001)
    }

    @Test func revokedOrUnknownKeysCannotBeRotated() async throws {
        let key = ApplicationKey.generate(for: application.id).stored
        try await store.addKey(key)
        _ = try await store.revokeKey(id: key.id, reason: "offboarding")
        await #expect(throws: StoreError.self) { try await store.rotateKey(id: key.id, overlap: 60) }
        #expect(try await store.keys(applicationID: application.id).count == 1)
        await #expect {
            try await store.revokeKey(id: "key_missing", reason: "x")
        } throws: { error in
            "\(error)".contains("key_missing")
        }
    }
}

extension SQLiteStore {
    /// A store of its own inside `scratch`, which removes it when the test ends.
    static func temporary(in scratch: TemporaryDirectory) throws -> SQLiteStore {
        try SQLiteStore(directory: scratch.path(UUID().uuidString))
    }
}
