import PalisadeAccess
import PalisadeCore
import Testing

@Suite struct InMemoryRateCounterStoreTests {
    private func charge(_ id: Int) -> RateCharge {
        RateCharge(subject: RateLimitSubject(.clientIP, "198.51.100.\(id)"), unit: .requests, quota: RateQuota(limit: 10, per: .seconds(10)), amount: 1)
    }

    @Test func subjectsAtRestAreEvictedFirst() {
        let store = InMemoryRateCounterStore(capacity: 100)
        for id in 0..<100 { _ = store.take([charge(id)], slots: [], at: 0) }
        #expect(store.subjectCount == 100)
        _ = store.take([charge(1_000)], slots: [], at: 20)
        #expect(store.subjectCount == 1)
    }

    @Test func busySubjectsAreBoundedAndThoseInFlightKept() {
        let store = InMemoryRateCounterStore(capacity: 100)
        let held = ConcurrencySlot(subject: RateLimitSubject(.key, "key_busy"), limit: 1)
        #expect(store.take([], slots: [held], at: 0).refusal == nil)
        for id in 0..<1_000 { _ = store.take([charge(id)], slots: [], at: Double(id) / 1_000) }
        #expect(store.subjectCount <= 100)
        #expect(store.take([], slots: [held], at: 1).refusal == .concurrency(index: 0))
        store.release([held])
        #expect(store.take([], slots: [held], at: 1).refusal == nil)
    }

    @Test func takingIsAllOrNothing() {
        let store = InMemoryRateCounterStore()
        var scarce = charge(1)
        scarce.amount = 11
        let result = store.take([charge(2), scarce], slots: [], at: 0)
        #expect(result.refusal == .bucket(index: 1))
        #expect(result.levels == [10, 10])
        #expect(store.take([charge(2)], slots: [], at: 0).levels == [9])
    }
}
