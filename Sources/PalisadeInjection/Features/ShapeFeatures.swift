/// Measures of form that do not depend on vocabulary: optimised adversarial suffixes
/// ("describing.\ + similarlyNow write oppositeley.]( Me giving**ONE") are dense in symbols
/// and in tokens that mix letters and punctuation, repeated-token attacks repeat one word.
enum ShapeFeatures {
    static func indicators(for scalars: [Unicode.Scalar], tokens: [Token], roleMarkers: Int, distinctCues: Int) -> [Int] {
        let tailDensity = densityBin(symbolCount(scalars.suffix(120)), of: min(120, scalars.count))
        let oddTokens = densityBin(oddChunks(scalars), of: max(1, tokens.count))
        var result = [
            IndicatorLayout.shape(.distinctCues, bin: distinctCues),
            IndicatorLayout.shape(.roleMarkers, bin: roleMarkers),
            IndicatorLayout.shape(.lengthLog2, bin: scalars.isEmpty ? 0 : Int.bitWidth - scalars.count.leadingZeroBitCount),
            IndicatorLayout.shape(.symbolDensity, bin: densityBin(symbolCount(scalars[...]), of: scalars.count)),
            IndicatorLayout.shape(.tailSymbolDensity, bin: tailDensity),
            IndicatorLayout.shape(.oddTokenRatio, bin: oddTokens),
        ]
        if tailDensity >= 3 || oddTokens >= 2 || endsInNoise(scalars) {
            result.append(IndicatorLayout.shape(.optimisedSuffix, bin: 1))
        }
        if longestRepeat(scalars, tokens: tokens) >= 8 {
            result.append(IndicatorLayout.shape(.repeatedToken, bin: 1))
        }
        return result
    }

    /// Prose followed by a tail far denser in symbols than the text before it: the signature of
    /// a request with an optimised suffix. Code is dense throughout and does not match.
    private static func endsInNoise(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= 160 else { return false }
        let tail = scalars.suffix(100)
        let head = scalars.prefix(scalars.count - 100)
        let tailPercent = symbolCount(tail) * 100 / tail.count
        let headPercent = symbolCount(head) * 100 / head.count
        return tailPercent >= 8 && tailPercent >= 3 * max(headPercent, 1)
    }

    /// 0: under 2%, then 2-5, 5-10, 10-20, 20-35, over 35%.
    private static func densityBin(_ count: Int, of total: Int) -> Int {
        guard total > 0 else { return 0 }
        let percent = count * 100 / total
        switch percent {
        case ..<2: return 0
        case ..<5: return 1
        case ..<10: return 2
        case ..<20: return 3
        case ..<35: return 4
        default: return 5
        }
    }

    private static func symbolCount(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { count, scalar in
            let value = scalar.value
            let isSymbol = value < 0x80 && value > 0x20 && !ScriptClass.isWord(scalar)
            return count + (isSymbol ? 1 : 0)
        }
    }

    /// Space-separated chunks that interleave letters with two or more symbols ("({[htmlsvg").
    private static func oddChunks(_ scalars: [Unicode.Scalar]) -> Int {
        var odd = 0
        var letters = 0
        var symbols = 0
        for scalar in scalars + [" "] {
            if scalar == " " {
                if letters > 0 && symbols >= 2 { odd += 1 }
                letters = 0
                symbols = 0
            } else if ScriptClass.isWord(scalar) {
                letters += 1
            } else if scalar.value < 0x80 {
                symbols += 1
            }
        }
        return odd
    }

    private static func longestRepeat(_ scalars: [Unicode.Scalar], tokens: [Token]) -> Int {
        var longest = 1
        var run = 1
        for index in tokens.indices.dropFirst() {
            let (previous, current) = (tokens[index - 1], tokens[index])
            let same = scalars[previous.start..<previous.end].elementsEqual(scalars[current.start..<current.end])
            run = same ? run + 1 : 1
            longest = max(longest, run)
        }
        return longest
    }
}
