import PalisadeCore

/// Dotted-quad IPv4 addresses with every octet in 0...255 and no leading zeros.
struct IPv4Classifier: NumberClassifier {
    func classify(_ candidate: NumberCandidate, in text: UTF8Text) -> Finding? {
        guard candidate.groups.count == 4, !candidate.leadingPlus,
              candidate.separators(areAll: UInt8(ascii: ".")),
              text.byte(at: candidate.range.upperBound) != UInt8(ascii: "."),
              text.byte(at: candidate.range.lowerBound - 1) != UInt8(ascii: ".")
        else { return nil }
        for (index, group) in candidate.groups.enumerated() {
            guard group.count <= 3, candidate.value(ofGroup: index, in: text) <= 255 else { return nil }
            if group.count > 1, text[group.lowerBound] == UInt8(ascii: "0") { return nil }
        }
        return Finding(.pii, PIIType.ipAddress, .low, confidence: 0.8, range: candidate.range, in: text)
    }
}
