import PalisadeCore

/// Finds long verbatim passages of the system prompt in an answer: runs of at least
/// `minimumWords` consecutive words that also appear consecutively in the prompt. Short common
/// phrases ("you are a helpful assistant") stay below the threshold.
public struct SystemPromptLeakDetector: Detector {
    public let name = "system_prompt_leak"
    private let minimumWords: Int
    private let shingles: Set<Int>

    /// nil when the prompt is shorter than `minimumWords` words: there is nothing long enough to leak.
    public init?(systemPrompt: String, minimumWords: Int = 10) {
        let words = Self.words(in: systemPrompt).map(\.hash)
        guard words.count >= minimumWords else { return nil }
        self.minimumWords = minimumWords
        self.shingles = Set((0...(words.count - minimumWords)).map { Self.shingle(words[$0..<$0 + minimumWords]) })
    }

    public func detect(in text: String) -> [Finding] {
        let words = Self.words(in: text)
        guard words.count >= minimumWords else { return [] }
        let hashes = words.map(\.hash)
        var findings: [Finding] = []
        var start = 0
        while start + minimumWords <= words.count {
            guard shingles.contains(Self.shingle(hashes[start..<start + minimumWords])) else {
                start += 1
                continue
            }
            var end = start + minimumWords
            while end < words.count, shingles.contains(Self.shingle(hashes[end + 1 - minimumWords...end])) { end += 1 }
            let count = end - start
            findings.append(Finding(
                kind: .outputLeak, type: PolicyFindingType.systemPromptLeak, severity: .high,
                confidence: min(1, 0.6 + Double(count) / 50),
                utf8Range: words[start].range.lowerBound..<words[end - 1].range.upperBound,
                evidence: "\(count) consecutive words of the system prompt"
            ))
            start = end
        }
        return findings
    }

    /// Lower-cased letter and digit runs with their UTF-8 ranges; punctuation and spacing are
    /// ignored so reformatting does not hide a copy.
    private static func words(in text: String) -> [(hash: Int, range: Range<Int>)] {
        var words: [(Int, Range<Int>)] = []
        var hasher = Hasher(), start: Int?, offset = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            if isWordScalar(scalar) {
                if start == nil {
                    start = offset
                    hasher = Hasher()
                }
                if scalar.isASCII {
                    hasher.combine((0x41...0x5A).contains(scalar.value) ? scalar.value | 0x20 : scalar.value)
                } else {
                    for lowered in scalar.properties.lowercaseMapping.unicodeScalars { hasher.combine(lowered.value) }
                }
            } else if let wordStart = start {
                words.append((hasher.finalize(), wordStart..<offset))
                start = nil
            }
            offset += width
        }
        if let wordStart = start { words.append((hasher.finalize(), wordStart..<offset)) }
        return words
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func shingle(_ hashes: ArraySlice<Int>) -> Int {
        var hasher = Hasher()
        for hash in hashes { hasher.combine(hash) }
        return hasher.finalize()
    }
}
