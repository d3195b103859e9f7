import PalisadeCore

/// Chooses among overlapping findings so that every byte is claimed at most once, which is what
/// redaction needs. Secrets win over personal data, and within a kind the more certain, then the
/// longer finding wins.
public enum FindingResolver {
    public static func resolve(_ findings: [Finding]) -> [Finding] {
        guard findings.count > 1 else { return findings }
        let ordered = findings.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
        // Overlaps only happen within clusters of findings that touch each other; the choice is
        // made per cluster so that texts with many findings stay linear-ish.
        var result: [Finding] = []
        result.reserveCapacity(ordered.count)
        var cluster: [Finding] = []
        var clusterEnd = Int.min
        for finding in ordered {
            if finding.utf8Range.lowerBound >= clusterEnd, !cluster.isEmpty {
                result.append(contentsOf: choose(cluster))
                cluster.removeAll(keepingCapacity: true)
            }
            cluster.append(finding)
            clusterEnd = max(clusterEnd, finding.utf8Range.upperBound)
        }
        result.append(contentsOf: choose(cluster))
        return result
    }

    private static func choose(_ cluster: [Finding]) -> [Finding] {
        guard cluster.count > 1 else { return cluster }
        let ranked = cluster.sorted { lhs, rhs in
            let left = rank(lhs), right = rank(rhs)
            if left.kind != right.kind { return left.kind > right.kind }
            if left.confidence != right.confidence { return left.confidence > right.confidence }
            if lhs.utf8Range.count != rhs.utf8Range.count { return lhs.utf8Range.count > rhs.utf8Range.count }
            return lhs.utf8Range.lowerBound < rhs.utf8Range.lowerBound
        }
        var kept: [Finding] = []
        for finding in ranked where !kept.contains(where: { $0.utf8Range.overlaps(finding.utf8Range) }) {
            kept.append(finding)
        }
        return kept.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    }

    private static func rank(_ finding: Finding) -> (kind: Int, confidence: Double) {
        let kind: Int
        switch finding.kind {
        case .secret: kind = 3
        case .pii: kind = 2
        default: kind = 1
        }
        // Confidence is compared in coarse steps so that a much longer span can win a near tie.
        return (kind, (finding.confidence * 10).rounded() / 10)
    }
}
