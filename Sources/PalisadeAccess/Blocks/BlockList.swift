import Foundation
import PalisadeCore

/// An immutable snapshot of the active blocks, indexed for the request path: one dictionary
/// lookup per identity, and for the client address one lookup per distinct prefix length in use,
/// after parsing the address once. The gateway swaps in a new snapshot when blocks change.
public struct BlockList: Sendable {
    private let global: [Block]
    private let byApplication: [String: [Block]]
    private let byKey: [String: [Block]]
    private let byEndUser: [String: [Block]]
    /// Longest prefix first, each a table from network address to its blocks.
    private let networks: [(prefixLength: Int, blocks: [UInt128: [Block]])]
    /// Network blocks whose address does not parse; they cannot match, so they are reported here
    /// for the gateway to log instead of silently doing nothing.
    public let unparsableBlocks: [Block]

    public init(_ blocks: [Block]) {
        var global: [Block] = []
        var byApplication: [String: [Block]] = [:]
        var byKey: [String: [Block]] = [:]
        var byEndUser: [String: [Block]] = [:]
        var networks: [Int: [UInt128: [Block]]] = [:]
        var unparsable: [Block] = []
        for block in blocks {
            switch block.target {
            case .global: global.append(block)
            case .application(let id): byApplication[id, default: []].append(block)
            case .key(let id): byKey[id, default: []].append(block)
            case .endUser(let user): byEndUser[user, default: []].append(block)
            case .network(let text):
                if let network = IPNetwork(text) {
                    networks[network.prefixLength, default: [:]][network.base.bits, default: []].append(block)
                } else {
                    unparsable.append(block)
                }
            }
        }
        self.global = global
        self.byApplication = byApplication
        self.byKey = byKey
        self.byEndUser = byEndUser
        self.networks = networks.sorted { $0.key > $1.key }.map { (prefixLength: $0.key, blocks: $0.value) }
        unparsableBlocks = unparsable
    }

    public static let empty = BlockList([])

    /// The block that refuses this request, if any, checking the widest targets first (kill switch,
    /// application, key, end user, address). An address that does not parse matches no network block.
    public func check(keyID: String?, endUser: String?, clientIP: String?, applicationID: String?, now: Date) -> Block? {
        if let block = Self.active(global, now) { return block }
        if let applicationID, let block = Self.active(byApplication[applicationID], now) { return block }
        if let keyID, let block = Self.active(byKey[keyID], now) { return block }
        if let endUser, let block = Self.active(byEndUser[endUser], now) { return block }
        if !networks.isEmpty, let clientIP, let address = IPAddress(clientIP) {
            for (prefixLength, table) in networks {
                if let block = Self.active(table[address.bits & IPNetwork.mask(prefixLength)], now) { return block }
            }
        }
        return nil
    }

    private static func active(_ blocks: [Block]?, _ now: Date) -> Block? {
        blocks?.first { $0.isActive(at: now) }
    }
}
