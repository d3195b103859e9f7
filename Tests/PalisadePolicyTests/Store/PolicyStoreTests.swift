import Foundation
import PalisadeCore
import PalisadeTestSupport
import Testing
@testable import PalisadePolicy

@Suite struct PolicyStoreTests {
    private let scratch = TemporaryDirectory("palisade-policy")

    @Test func reloadSwapsAValidFileAndKeepsTheOldPolicyOnABadOne() throws {
        let file = URL(fileURLWithPath: scratch.path("policy.yaml"))
        try "version: 1\ndefault: { mode: enforce }\n".write(to: file, atomically: true, encoding: .utf8)
        let store = PolicyStore(try PolicySet.load(contentsOf: file))
        let first = store.current.version

        try "version: 1\ndefault: { mode: monitor }\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(store.reload(from: file) == .applied(version: store.current.version, previousVersion: first))
        #expect(store.current.defaultPolicy.mode == .monitor)
        let second = store.current.version

        try "version: 1\ndefault: { mode: sometimes, colour: red }\n".write(to: file, atomically: true, encoding: .utf8)
        guard case .rejected(let problems) = store.reload(from: file) else {
            Issue.record("a bad file was applied")
            return
        }
        #expect(problems.count == 2 && problems.allSatisfy { $0.line == 2 })
        #expect(store.current.version == second)
        #expect(store.current.defaultPolicy.mode == .monitor)

        try FileManager.default.removeItem(at: file)
        guard case .rejected(let missing) = store.reload(from: file) else {
            Issue.record("a missing file was applied")
            return
        }
        #expect(missing.first?.message.hasPrefix("cannot read the policy file") == true)
        #expect(store.current.version == second)
    }
}
