import Foundation
import PalisadeCore
import PalisadeTelemetry
import PalisadeTestSupport
import Testing

@Suite struct InventoryTrackerTests {
    @Test func itemsAreDiscoveredAndCounted() throws {
        let directory = TemporaryDirectory("palisade-telemetry")
        let tracker = try InventoryTracker(directory: directory.path)
        tracker.observe(observed(model: "gpt-4o", declaredTools: ["search", "refund"], calledTools: ["search"], systemPrompt: "You help customers."))
        tracker.observe(observed(model: "gpt-4o", endUser: "bob@example.com", systemPrompt: "You help customers."))
        tracker.observe(observed(model: "gpt-4o-mini", findings: [finding(.pii, "EMAIL"), finding(.secret, "AWS_ACCESS_KEY"), finding(.injection, "OVERRIDE")]))

        let application = try #require(tracker.inventory().application(named: "support-bot"))
        #expect(application.requests == 3)
        #expect(application.items(.model).map(\.name) == ["gpt-4o", "gpt-4o-mini"])
        #expect(application.items(.model).map(\.count) == [2, 1])
        #expect(application.items(.endUser).count == 2)
        #expect(application.items(.endUser).allSatisfy { !$0.name.contains("@") && $0.name.count == 32 })
        #expect(Set(application.items(.declaredTool).map(\.name)) == ["search", "refund"])
        #expect(application.items(.calledTool).map(\.name) == ["search"])
        #expect(application.items(.systemPrompt).count == 1)
        #expect(application.items(.systemPrompt).first?.count == 2)
        #expect(application.items(.systemPrompt).first?.name.count == 64)
        #expect(Set(application.items(.dataClass).map(\.name)) == ["pii:EMAIL", "secret:AWS_ACCESS_KEY"])
        #expect(application.items(.provider).map(\.name) == ["openai-prod"])
    }

    @Test func firstAppearancesRaiseEvents() throws {
        let directory = TemporaryDirectory("palisade-telemetry")
        let tracker = try InventoryTracker(directory: directory.path)
        tracker.observe(observed(model: "gpt-4o", declaredTools: ["search"], systemPrompt: "v1"))
        tracker.observe(observed(model: "gpt-4o", declaredTools: ["search"], calledTools: ["search"], systemPrompt: "v1"))
        tracker.observe(observed(model: "o3", systemPrompt: "v2"))

        let events = tracker.recentEvents().map { "\($0.kind.rawValue) \($0.kind == .newSystemPrompt ? "" : $0.name)" }
        #expect(events == [
            "new_application support-bot", "new_provider openai-prod", "new_model gpt-4o", "new_system_prompt ",
            "new_tool search", "new_model o3", "new_system_prompt ",
        ])
    }

    @Test func countsSurviveARestart() throws {
        let directory = TemporaryDirectory("palisade-telemetry")
        let first = try InventoryTracker(directory: directory.path)
        first.observe(observed(model: "gpt-4o", declaredTools: ["search"]))
        first.observe(observed(model: "gpt-4o", findings: [finding(.injection, "OVERRIDE")]))
        try first.persist()

        let second = try InventoryTracker(directory: directory.path)
        second.observe(observed(model: "gpt-4o"))
        let application = try #require(second.inventory(at: Date(timeIntervalSince1970: 1_780_000_000)).application(named: "support-bot"))
        #expect(application.requests == 3)
        #expect(application.items(.model).first?.count == 3)
        #expect(application.items(.model).first?.firstSeen == Date(timeIntervalSince1970: 1_780_000_000))
        #expect(application.signals.attacks > 0.99)
        #expect(second.recentEvents().filter { $0.kind == .newModel }.count == 1)
        try second.persist()
        #expect(try second.allEvents().count == 4)
    }

    @Test func eventsNotYetWrittenAreListedOnceBeforeAndAfterTheWrite() throws {
        let directory = TemporaryDirectory("palisade-telemetry")
        let tracker = try InventoryTracker(directory: directory.path)
        tracker.observe(observed(model: "gpt-4o", declaredTools: ["search"]))
        let before = try tracker.allEvents()
        #expect(before.map(\.kind) == [.newApplication, .newProvider, .newModel, .newTool])
        try tracker.persist()
        #expect(try tracker.allEvents() == before)
    }

    @Test func distinctItemsBeyondTheLimitAreNotTrackedButFlagged() throws {
        let directory = TemporaryDirectory("palisade-telemetry")
        let tracker = try InventoryTracker(path: directory.path + "/inventory.sqlite", itemLimit: 3)
        for index in 0..<10 {
            tracker.observe(observed(model: "model-\(index)"))
        }
        let application = try #require(tracker.inventory().application(named: "support-bot"))
        #expect(application.items(.model).count == 3)
        #expect(application.truncated == [.model])
    }

    @Test func threatSignalsDecayWithTheHalfLife() throws {
        let directory = TemporaryDirectory("palisade-telemetry")
        let start = Date(timeIntervalSince1970: 1_780_000_000)
        let tracker = try InventoryTracker(path: directory.path + "/inventory.sqlite", threatHalfLife: 86_400)
        tracker.observe(observed(at: start, findings: [finding(.jailbreak, "ROLEPLAY")]))

        let now = try #require(tracker.inventory(at: start).application(named: "support-bot")).signals
        let dayLater = try #require(tracker.inventory(at: start.addingTimeInterval(86_400)).application(named: "support-bot")).signals
        #expect(now.attacks == 1)
        #expect(abs(dayLater.attacks - 0.5) < 1e-9)
    }

    @Test func inventoryEncodesCategoriesAsJSONKeys() throws {
        let directory = TemporaryDirectory("palisade-telemetry")
        let tracker = try InventoryTracker(directory: directory.path)
        tracker.observe(observed(model: "gpt-4o"))
        let json = String(decoding: try JSONEncoder().encode(tracker.inventory()), as: UTF8.self)
        #expect(json.contains(#""model":[{"#))
        let decoded = try JSONDecoder().decode(Inventory.self, from: Data(json.utf8))
        #expect(decoded.application(named: "support-bot")?.items(.model).first?.name == "gpt-4o")
    }
}
