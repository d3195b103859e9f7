import Foundation
import PalisadeCore
import PalisadeStore
import PalisadeTestSupport
import Testing

@Suite struct BlockStoreTests {
    private let scratch = TemporaryDirectory("palisade-store")
    @Test func everyKindOfTargetComesBackAsPlaced() async throws {
        let store = try SQLiteStore.temporary(in: scratch)
        let targets: [BlockTarget] = [
            .key(id: "key_1"), .endUser("mallory"), .network("2001:db8::/32"), .application(id: "app_1"), .global,
        ]
        var placed: [Block] = []
        for target in targets {
            placed.append(try await store.addBlock(target: target, reason: "incident 42", createdBy: "alice", expiresAt: nil))
        }
        let active = try await store.activeBlocks(at: Date())
        #expect(active.map(\.target) == targets)
        #expect(active.map(\.id) == placed.map(\.id))
        #expect(active.allSatisfy { $0.reason == "incident 42" && $0.createdBy == "alice" })
    }

    @Test func expiredAndLiftedBlocksAreNotActive() async throws {
        let store = try SQLiteStore.temporary(in: scratch)
        let now = Date()
        let expiring = try await store.addBlock(target: .endUser("eve"), reason: "abuse", createdBy: "bob", expiresAt: now.addingTimeInterval(60))
        let lifted = try await store.addBlock(target: .global, reason: "drill", createdBy: "bob", expiresAt: nil)
        try await store.liftBlock(id: lifted.id, liftedBy: "alice")

        #expect(try await store.activeBlocks(at: now).map(\.id) == [expiring.id])
        #expect(try await store.activeBlocks(at: now.addingTimeInterval(61)).isEmpty)
        await #expect(throws: StoreError.self) { try await store.liftBlock(id: lifted.id, liftedBy: "alice") }
        await #expect(throws: StoreError.self) { try await store.liftBlock(id: "blk_missing", liftedBy: "alice") }
    }
}
