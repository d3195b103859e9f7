import Foundation
import PalisadeAccess
import PalisadeCore
import Testing

@Suite struct BlockListTests {
    private let now = Date(timeIntervalSince1970: 1_750_000_000)

    private func block(_ target: BlockTarget, expiresIn seconds: TimeInterval? = nil) -> Block {
        Block(id: "blk_\(target.kind)_\(target.value)", target: target, reason: "test", createdBy: "alice", createdAt: now,
              expiresAt: seconds.map { now.addingTimeInterval($0) })
    }

    private func check(_ list: BlockList, key: String? = "key_ok", user: String? = "bob", ip: String? = "198.51.100.1",
                       app: String? = "app_ok", at date: Date? = nil) -> Block? {
        list.check(keyID: key, endUser: user, clientIP: ip, applicationID: app, now: date ?? now)
    }

    @Test func nothingIsRefusedWithoutBlocks() {
        #expect(check(.empty) == nil)
    }

    @Test(arguments: [
        BlockTarget.key(id: "key_bad"), .endUser("mallory"), .network("203.0.113.7"), .application(id: "app_bad"),
    ])
    func eachTargetRefusesOnlyItsOwnRequestsUntilItExpires(_ target: BlockTarget) {
        let placed = block(target, expiresIn: 60)
        let list = BlockList([placed])
        let (key, user, ip, app) = (
            target == .key(id: "key_bad") ? "key_bad" : "key_ok",
            target == .endUser("mallory") ? "mallory" : "bob",
            target == .network("203.0.113.7") ? "203.0.113.7" : "198.51.100.1",
            target == .application(id: "app_bad") ? "app_bad" : "app_ok"
        )
        #expect(check(list, key: key, user: user, ip: ip, app: app) == placed)
        #expect(check(list) == nil)
        #expect(check(list, key: key, user: user, ip: ip, app: app, at: now.addingTimeInterval(59)) == placed)
        #expect(check(list, key: key, user: user, ip: ip, app: app, at: now.addingTimeInterval(60)) == nil)
    }

    @Test func theKillSwitchRefusesEverythingIncludingAnonymousRequests() {
        let kill = block(.global)
        let list = BlockList([kill, block(.endUser("mallory"))])
        #expect(check(list) == kill)
        #expect(list.check(keyID: nil, endUser: nil, clientIP: nil, applicationID: nil, now: now) == kill)
        #expect(check(list, at: now.addingTimeInterval(365 * 86_400)) == kill)
    }

    @Test func liftingIsANewSnapshotWithoutTheBlock() {
        let quarantine = block(.application(id: "app_bad"))
        #expect(check(BlockList([quarantine]), app: "app_bad") == quarantine)
        #expect(check(BlockList([]), app: "app_bad") == nil)
    }

    @Test func ipv4NetworksMatchTheirWholeRange() {
        let network = block(.network("10.20.0.0/16"))
        let list = BlockList([network])
        #expect(check(list, ip: "10.20.0.0") == network)
        #expect(check(list, ip: "10.20.255.254") == network)
        #expect(check(list, ip: "10.21.0.1") == nil)
        #expect(check(list, ip: "::ffff:10.20.3.4") == network)
        #expect(check(list, ip: "not an address") == nil)
    }

    @Test func ipv6NetworksMatchTheirWholeRange() {
        let network = block(.network("2001:db8:abcd::/48"))
        let single = block(.network("::1"))
        let list = BlockList([network, single])
        #expect(check(list, ip: "2001:db8:abcd::1") == network)
        #expect(check(list, ip: "2001:DB8:ABCD:ffff:ffff:ffff:ffff:ffff") == network)
        #expect(check(list, ip: "2001:db8:abce::1") == nil)
        #expect(check(list, ip: "0:0:0:0:0:0:0:1") == single)
        #expect(check(list, ip: "::2") == nil)
    }

    @Test func anExpiredBlockDoesNotHideAnActiveOneOnTheSameTarget() {
        let old = block(.key(id: "key_bad"), expiresIn: 10)
        var newer = block(.key(id: "key_bad"), expiresIn: 1_000)
        newer.id = "blk_newer"
        let list = BlockList([old, newer])
        #expect(check(list, key: "key_bad", at: now.addingTimeInterval(20)) == newer)
    }

    @Test func unparsableNetworksAreReported() {
        let bad = block(.network("300.1.2.3/8"))
        let list = BlockList([bad])
        #expect(list.unparsableBlocks == [bad])
        #expect(check(list, ip: "44.1.2.3") == nil)
    }
}
