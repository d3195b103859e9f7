import PalisadeCore

/// Chooses among overlapping findings so that every byte is claimed at most once, which is what
/// redaction needs. Secrets win over personal data, and within a kind the more certain, then the
/// longer finding wins.
///
/// Works on indices and precomputed ranks: a `Finding` carries strings, and moving findings
/// through sorts cost more reference counting than the choice itself.
public enum FindingResolver {
    public static func resolve(_ findings: [Finding]) -> [Finding] {
        guard findings.count > 1 else { return findings }
        let ranks = findings.map(Rank.init)
        let ordered = ranks.indices.sorted { ranks[$0].range.lowerBound < ranks[$1].range.lowerBound }
        // Overlaps only happen within clusters of findings that touch each other; the choice is
        // made per cluster so that texts with many findings stay linear-ish.
        var kept: [Int] = []
        kept.reserveCapacity(ordered.count)
        var clusterStart = 0
        var clusterEnd = Int.min
        for (position, index) in ordered.enumerated() {
            let range = ranks[index].range
            if range.lowerBound >= clusterEnd, position > clusterStart {
                choose(ordered[clusterStart..<position], ending: clusterEnd, ranks, into: &kept)
                clusterStart = position
            }
            clusterEnd = max(clusterEnd, range.upperBound)
        }
        choose(ordered[clusterStart...], ending: clusterEnd, ranks, into: &kept)
        return kept.map { findings[$0] }
    }

    /// Appends the winners of one cluster (in text order, ending at `end`) to `kept`, in text order.
    private static func choose(_ cluster: ArraySlice<Int>, ending end: Int, _ ranks: [Rank], into kept: inout [Int]) {
        guard cluster.count > 1 else {
            kept.append(contentsOf: cluster)
            return
        }
        let start = kept.count
        var claimed = ClaimedBytes(ranks[cluster.first!].range.lowerBound..<end)
        for candidate in cluster.sorted(by: { ranks[$0].outranks(ranks[$1]) }) where claimed.claimIfFree(ranks[candidate].range) {
            kept.append(candidate)
        }
        kept[start...].sort { ranks[$0].range.lowerBound < ranks[$1].range.lowerBound }
    }

    /// The bytes of a cluster already given to a finding, one bit each: checking a candidate
    /// costs its own length over 64, not the number of findings kept before it, which keeps
    /// inputs made of thousands of touching findings linear.
    private struct ClaimedBytes {
        private let base: Int
        private var words: [UInt64]

        init(_ span: Range<Int>) {
            base = span.lowerBound
            words = [UInt64](repeating: 0, count: (span.count + 63) / 64)
        }

        mutating func claimIfFree(_ range: Range<Int>) -> Bool {
            guard !range.isEmpty else { return true }
            guard isFree(range) else { return false }
            forEachWord(of: range) { index, mask in words[index] |= mask }
            return true
        }

        private func isFree(_ range: Range<Int>) -> Bool {
            var free = true
            forEachWord(of: range) { index, mask in free = free && words[index] & mask == 0 }
            return free
        }

        private func forEachWord(of range: Range<Int>, _ body: (Int, UInt64) -> Void) {
            let first = range.lowerBound - base, last = range.upperBound - base - 1
            for index in (first / 64)...(last / 64) {
                let low = index == first / 64 ? first % 64 : 0
                let high = index == last / 64 ? last % 64 : 63
                body(index, (UInt64.max >> (63 - high)) & (UInt64.max << low))
            }
        }
    }

    private struct Rank {
        var kind: Int
        /// Confidence in coarse steps, so that a much longer span can win a near tie.
        var confidence: Double
        var range: Range<Int>

        init(_ finding: Finding) {
            kind = switch finding.kind {
            case .secret: 3
            case .pii: 2
            default: 1
            }
            confidence = (finding.confidence * 10).rounded() / 10
            range = finding.utf8Range
        }

        func outranks(_ other: Rank) -> Bool {
            if kind != other.kind { return kind > other.kind }
            if confidence != other.confidence { return confidence > other.confidence }
            if range.count != other.range.count { return range.count > other.range.count }
            return range.lowerBound < other.range.lowerBound
        }
    }
}
