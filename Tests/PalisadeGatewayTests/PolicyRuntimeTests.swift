import Foundation
import Logging
@testable import PalisadeGateway
import PalisadePolicy
import Testing

@Suite struct PolicyRuntimeTests {
    /// The watcher compares the file with the one the policy in force was read from, so an
    /// edit made between start-up and the watcher's first look is not missed.
    @Test func anEditBeforeTheWatcherStartsIsStillApplied() async throws {
        let file = try PolicyFile("version: 1\ndefault:\n  models: { allow: [\"sim-gpt-mini\"] }\n")
        defer { file.remove() }
        let runtime = try PolicyRuntime(file: file.path, pollInterval: .milliseconds(20), logger: Logger(label: "policy-test"))
        let loaded = runtime.current.version
        try file.write("version: 1\ndefault:\n  models: { allow: [\"sim-gpt\", \"sim-gpt-mini\"] }\n")
        let reloaded = try await withThrowingTaskGroup { group in
            group.addTask { try await runtime.run() }
            var reloaded = false
            for _ in 0..<250 where !reloaded {
                try await Task.sleep(for: .milliseconds(20))
                reloaded = runtime.current.version != loaded
            }
            group.cancelAll()
            return reloaded
        }
        #expect(reloaded)
    }
}
