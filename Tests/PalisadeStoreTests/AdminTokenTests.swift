import Foundation
import PalisadeCore
import PalisadeStore
import PalisadeTestSupport
import Testing

@Suite struct AdminTokenTests {
    private let scratch = TemporaryDirectory("palisade-store")
    @Test func tokensAreShownOnceAndFoundByHash() async throws {
        let store = try SQLiteStore.temporary(in: scratch)
        let (secret, token) = try await store.createAdminToken(name: "alice", role: .responder)
        #expect(secret.hasPrefix(AdminToken.prefix))
        #expect(secret.hasPrefix(token.displayPrefix))
        #expect(token.hash == AdminToken.hash(secret))
        #expect(try await store.adminToken(hash: AdminToken.hash(secret)) == token)
        #expect(try await store.adminToken(hash: AdminToken.hash(secret + "x")) == nil)
        #expect(try await store.adminToken(hash: secret) == nil)
    }

    @Test func applicationKeysAreNotAdminTokens() async throws {
        let store = try SQLiteStore.temporary(in: scratch)
        let application = try await store.createApplication(named: "app")
        let (keySecret, key) = ApplicationKey.generate(for: application.id)
        try await store.addKey(key)
        #expect(try await store.adminToken(hash: AdminToken.hash(keySecret)) == nil)
    }

    @Test func revokedTokensStayListedButUnusable() async throws {
        let store = try SQLiteStore.temporary(in: scratch)
        let (_, alice) = try await store.createAdminToken(name: "alice", role: .admin)
        let (bobSecret, bob) = try await store.createAdminToken(name: "bob", role: .viewer)
        let revoked = try await store.revokeAdminToken(id: bob.id)
        #expect(!revoked.isUsable(at: Date().addingTimeInterval(1)))
        #expect(try await store.adminToken(hash: AdminToken.hash(bobSecret))?.isUsable(at: Date().addingTimeInterval(1)) == false)
        let listed = try await store.adminTokens()
        #expect(listed.map(\.name) == ["alice", "bob"])
        #expect(listed.map(\.role) == [.admin, .viewer])
        #expect(listed[0] == alice)
        await #expect(throws: StoreError.self) { try await store.revokeAdminToken(id: "adm_missing") }
    }

    @Test func rolesAreOrderedByPower() {
        #expect(AdminRole.viewer < .analyst)
        #expect(AdminRole.analyst < .responder)
        #expect(AdminRole.responder < .admin)
        #expect(AdminRole.allCases.sorted() == AdminRole.allCases)
    }
}
