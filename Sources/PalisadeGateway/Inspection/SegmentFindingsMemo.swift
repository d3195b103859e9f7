import PalisadeCore
import Synchronization

/// What the detectors found in long texts an application sent before.
///
/// Chat clients send the whole conversation with every turn, after the same system prompt, so
/// without this each turn scans everything said so far again. Detectors are pure functions of
/// the text (and, for injection scoring, of its author's role), so a text seen again
/// gets the same findings without the scan. Keys include the application, so how fast an
/// answer comes cannot tell one application whether another sent a given text. Memory is
/// bounded: two generations of at most half the budget each (texts, findings and the
/// dictionary's own share), the older dropped when the newer fills, which keeps what is still
/// being used.
final class SegmentFindingsMemo: Sendable {
    enum Scan: Hashable, Sendable {
        case sensitiveData
        /// Injection scores depend on who wrote the text.
        case injection(SegmentRole)
    }

    struct Key: Hashable, Sendable {
        var application: String
        var scan: Scan
        var text: String
    }

    private struct Generations {
        var current: [Key: [Finding]] = [:]
        var previous: [Key: [Finding]] = [:]
        var currentBytes = 0
    }

    /// Shorter texts cost less to scan than to remember. A system prompt or an earlier turn
    /// may be one sentence, and scoring even that for injection costs tens of microseconds.
    static let minimumBytes = 32

    /// What an entry takes: its text, and about what a key, an entry and each finding (with its
    /// strings) take besides.
    static func cost(textBytes: Int, findings: Int) -> Int {
        textBytes + 128 + findings * 192
    }

    private let budgetBytes: Int
    private let generations = Mutex(Generations())

    init(budgetBytes: Int = 16 << 20) {
        self.budgetBytes = budgetBytes
    }

    /// The findings for `key`, computed by `scan` unless `key` was seen recently.
    func findings(for key: Key, _ scan: () -> [Finding]) -> [Finding] {
        let bytes = key.text.utf8.count
        guard bytes >= Self.minimumBytes, bytes <= budgetBytes / 8 else { return scan() }
        let limit = budgetBytes / 2
        if let known = generations.withLock({ state -> [Finding]? in
            if let known = state.current[key] { return known }
            guard let known = state.previous.removeValue(forKey: key) else { return nil }
            Self.insert(known, for: key, cost: Self.cost(textBytes: bytes, findings: known.count), into: &state, limit: limit)
            return known
        }) {
            return known
        }
        let found = scan()
        generations.withLock { Self.insert(found, for: key, cost: Self.cost(textBytes: bytes, findings: found.count), into: &$0, limit: limit) }
        return found
    }

    var entryCount: Int { generations.withLock { $0.current.count + $0.previous.count } }

    private static func insert(_ findings: [Finding], for key: Key, cost: Int, into state: inout Generations, limit: Int) {
        if state.currentBytes + cost > limit {
            state.previous = state.current
            state.current = [:]
            state.currentBytes = 0
        }
        if state.current.updateValue(findings, forKey: key) == nil { state.currentBytes += cost }
    }
}
