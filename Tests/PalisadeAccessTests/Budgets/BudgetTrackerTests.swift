import Foundation
import PalisadeAccess
import PalisadeCore
import Testing

@Suite struct BudgetTrackerTests {
    /// 2025-06-30 23:00 UTC: an hour before both a new day and a new month.
    private let clock = ManualClock(Date(timeIntervalSince1970: 1_751_324_400))
    private let key = BudgetSubject(.key, "key_1")

    @Test func softLimitAlertsOnceThenHardLimitRefuses() throws {
        let tracker = BudgetTracker(clock: clock)
        let rules = [BudgetRule(key, BudgetPolicy(daily: CostBudget(soft: 8, hard: 10)))]
        try tracker.check(rules)
        #expect(tracker.record(5, for: rules).isEmpty)
        let soft = tracker.record(4, for: rules)
        #expect(soft.map(\.threshold) == [.soft])
        #expect(soft.first?.spent == 9)
        #expect(soft.first?.period == .containing(clock.now, kind: .day))
        try tracker.check(rules)
        #expect(tracker.record(0.5, for: rules).isEmpty)
        #expect(tracker.record(0.5, for: rules).map(\.threshold) == [.hard])
        #expect {
            try tracker.check(rules)
        } throws: { error in
            guard let refusal = error as? BudgetRefusal else { return false }
            return refusal.subject == key && refusal.limit == 10 && refusal.spent == 10 && refusal.retryAfter == 3_600
        }
    }

    @Test func aNewDayResetsTheDailyBudgetButNotTheMonthly() throws {
        let tracker = BudgetTracker(clock: clock)
        let rules = [BudgetRule(key, BudgetPolicy(daily: CostBudget(hard: 10), monthly: CostBudget(hard: 25)))]
        tracker.record(10, for: rules)
        #expect(throws: BudgetRefusal.self) { try tracker.check(rules) }
        clock.advance(by: 3_600)
        try tracker.check(rules)
        #expect(tracker.spent(by: key, in: .day) == 0)
        #expect(tracker.spent(by: key, in: .month) == 0)

        tracker.record(10, for: rules)
        clock.advance(by: 86_400)
        tracker.record(10, for: rules)
        clock.advance(by: 86_400)
        tracker.record(5, for: rules)
        #expect(tracker.spent(by: key, in: .month) == 25)
        #expect {
            try tracker.check(rules)
        } throws: { error in
            (error as? BudgetRefusal)?.period.kind == .month
        }
    }

    @Test func aNewMonthResetsTheMonthlyBudget() throws {
        let tracker = BudgetTracker(clock: clock)
        let rules = [BudgetRule(key, BudgetPolicy(monthly: CostBudget(soft: 1, hard: 2)))]
        #expect(tracker.record(3, for: rules).map(\.threshold) == [.soft, .hard])
        #expect(throws: BudgetRefusal.self) { try tracker.check(rules) }
        clock.advance(by: 3_600)
        try tracker.check(rules)
        #expect(tracker.record(1, for: rules).map(\.threshold) == [.soft])
    }

    @Test func applicationAndKeyAreCountedSeparately() throws {
        let tracker = BudgetTracker(clock: clock)
        let app = BudgetSubject(.application, "app_1")
        let appRule = BudgetRule(app, BudgetPolicy(daily: CostBudget(hard: 3)))
        let keyRule = BudgetRule(key, BudgetPolicy())
        let otherKey = BudgetRule(BudgetSubject(.key, "key_2"), BudgetPolicy())
        tracker.record(2, for: [appRule, keyRule])
        tracker.record(1, for: [appRule, otherKey])
        #expect(tracker.spent(by: key, in: .day) == 2)
        #expect(tracker.spent(by: app, in: .day) == 3)
        #expect(throws: BudgetRefusal.self) { try tracker.check([appRule, otherKey]) }
        try tracker.check([keyRule, otherKey])
    }

    @Test func seededSpendingCountsWithoutAlerting() throws {
        let tracker = BudgetTracker(clock: clock)
        let rules = [BudgetRule(key, BudgetPolicy(daily: CostBudget(soft: 5, hard: 10)))]
        tracker.seed(7, for: key, in: .containing(clock.now, kind: .day))
        #expect(tracker.spent(by: key, in: .day) == 7)
        #expect(tracker.record(1, for: rules).isEmpty)
        #expect(tracker.record(2, for: rules).map(\.threshold) == [.hard])
    }

    @Test func periodsFollowTheUTCCalendar() {
        let date = Date(timeIntervalSince1970: 1_709_164_800) // 2024-02-29 00:00 UTC
        #expect(BudgetPeriod.containing(date, kind: .day).description == "2024-02-29")
        #expect(BudgetPeriod.containing(date, kind: .month).description == "2024-02")
        #expect(BudgetPeriod.containing(date, kind: .month).end == Date(timeIntervalSince1970: 1_709_251_200))
        #expect(BudgetPeriod.containing(date.addingTimeInterval(-1), kind: .day).description == "2024-02-28")
        #expect(BudgetPeriod.containing(Date(timeIntervalSince1970: 1_735_689_599), kind: .month).end.timeIntervalSince1970 == 1_735_689_600)
    }
}
