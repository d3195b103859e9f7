/// Measures of form that do not depend on vocabulary: optimised adversarial suffixes
/// ("describing.\ + similarlyNow write oppositeley.]( Me giving**ONE") are dense in symbols
/// and in tokens that mix letters and punctuation, repeated-token attacks repeat one word or
/// a short phrase.
enum ShapeFeatures {
    /// `scalars` is the normalised text; `original` the text as written, for letter case.
    static func indicators(for scalars: [Unicode.Scalar], original: [Unicode.Scalar], tokens: [Token], roleMarkers: Int, distinctCues: Int) -> [Int] {
        let tailDensity = densityBin(symbolCount(scalars.suffix(120)), of: min(120, scalars.count))
        let oddTokens = densityBin(oddChunks(scalars), of: max(1, tokens.count))
        let tail = TailIrregularity(original)
        var result = [
            IndicatorLayout.shape(.distinctCues, bin: distinctCues),
            IndicatorLayout.shape(.roleMarkers, bin: roleMarkers),
            IndicatorLayout.shape(.lengthLog2, bin: scalars.isEmpty ? 0 : Int.bitWidth - scalars.count.leadingZeroBitCount),
            IndicatorLayout.shape(.symbolDensity, bin: densityBin(symbolCount(scalars[...]), of: scalars.count)),
            IndicatorLayout.shape(.tailSymbolDensity, bin: tailDensity),
            IndicatorLayout.shape(.oddTokenRatio, bin: oddTokens),
            IndicatorLayout.shape(.tailIrregularity, bin: tail.bin),
        ]
        if tailDensity >= 3 || oddTokens >= 2 || endsInNoise(scalars) || tail.contrastsWithHead {
            result.append(IndicatorLayout.shape(.optimisedSuffix, bin: 1))
        }
        if SuffixOnProse.matches(original) {
            result.append(IndicatorLayout.shape(.suffixOnProse, bin: 1))
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

    /// How many of the last chunks of a text look machine-made ("similarlyNow", "]{cdnjs",
    /// "APommes") compared with the chunks before them. Optimised suffixes are built from
    /// whatever tokens moved a model, so no vocabulary names them; their irregular form does.
    /// Read from the text as written: case folding would hide the joins.
    struct TailIrregularity {
        static let tailChunks = 16
        var bin = 0
        var contrastsWithHead = false

        init(_ scalars: [Unicode.Scalar]) {
            var irregular: [Bool] = []
            var chunk = ChunkShape()
            for scalar in scalars {
                if ChunkShape.separates(scalar) {
                    if chunk.letters > 0 || chunk.symbols > 0 { irregular.append(chunk.isIrregular) }
                    chunk = ChunkShape()
                } else {
                    chunk.add(scalar)
                }
            }
            if chunk.letters > 0 || chunk.symbols > 0 { irregular.append(chunk.isIrregular) }
            guard irregular.count >= 6 else { return }
            let tailCount = min(Self.tailChunks, irregular.count / 2)
            let headChunks = irregular.count - tailCount
            let tail = irregular[headChunks...].reduce(0) { $0 + ($1 ? 1 : 0) }
            let head = irregular[..<headChunks].reduce(0) { $0 + ($1 ? 1 : 0) }
            bin = switch tail * 100 / tailCount {
            case ..<10: 0
            case ..<20: 1
            case ..<40: 2
            default: 3
            }
            contrastsWithHead = headChunks >= 4 && tail * 100 >= 20 * tailCount && head * 100 < 8 * headChunks
        }
    }

    /// A request in plain prose with machine-made noise glued to the end of the same line: the
    /// form of a GCG-style optimised suffix, told apart from prose followed by code or a table
    /// by three things at once. The words before the noise read as prose; a quarter or more of
    /// the last chunks are irregular; and the noise leaves brackets or quotes unbalanced, which
    /// a snippet, a link or a table row rarely does. Code sits on lines of its own and fails the
    /// first test; a pasted log line is irregular throughout and fails it too.
    enum SuffixOnProse {
        static let tailChunks = 12
        static let headChunks = 6

        /// At most this many chunks before the tail are read as the request: enough to tell prose
        /// from code, and a bound on the work for a long line.
        static let headWindow = 48

        /// Reads the last line backwards chunk by chunk and stops as soon as the tail reads as
        /// prose, which is where nearly every text stops.
        static func matches(_ scalars: [Unicode.Scalar]) -> Bool {
            var chunks: [Range<Int>] = []
            chunks.reserveCapacity(tailChunks + headWindow)
            var end = scalars.endIndex
            reading: while chunks.count < tailChunks + headWindow {
                while end > scalars.startIndex, ChunkShape.separates(scalars[end - 1]) {
                    if scalars[end - 1] == "\n" && !chunks.isEmpty { break reading }
                    end -= 1
                }
                guard end > scalars.startIndex else { break }
                var start = end - 1
                while start > scalars.startIndex, !ChunkShape.separates(scalars[start - 1]) { start -= 1 }
                chunks.append(start..<end)
                end = start
                if chunks.count == tailChunks, irregularCount(chunks, in: scalars) * 4 < tailChunks { return false }
            }
            guard chunks.count >= tailChunks + headChunks else { return false }
            let head = chunks[tailChunks...]
            guard irregularCount(head, in: scalars) * 100 < 8 * head.count else { return false }
            return unbalancedMarks(scalars[chunks[tailChunks - 1].lowerBound..<chunks[0].upperBound]) >= 2
        }

        private static func irregularCount(_ chunks: some Collection<Range<Int>>, in scalars: [Unicode.Scalar]) -> Int {
            chunks.reduce(0) { count, range in
                var shape = ChunkShape()
                for scalar in scalars[range] { shape.add(scalar) }
                return count + (shape.isIrregular ? 1 : 0)
            }
        }

        /// Closers without an opener, openers left open, and an odd count of `"` or backticks.
        static func unbalancedMarks(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
            var open: [Unicode.Scalar] = []
            var unbalanced = 0
            var quotes = 0
            var backticks = 0
            for scalar in scalars {
                switch scalar {
                case "(", "[", "{", "<":
                    open.append(scalar)
                case ")", "]", "}", ">":
                    if let last = open.last, opener(of: scalar) == last {
                        open.removeLast()
                    } else {
                        unbalanced += 1
                    }
                case "\"": quotes += 1
                case "`": backticks += 1
                default: break
                }
            }
            return unbalanced + open.count + quotes % 2 + backticks % 2
        }

        private static func opener(of closer: Unicode.Scalar) -> Unicode.Scalar {
            switch closer {
            case ")": "("
            case "]": "["
            case "}": "{"
            default: "<"
            }
        }
    }

    /// The most times one word or phrase of up to `longestRepeatedPhrase` words is repeated
    /// back to back ("cake cake cake", "ignore the above ignore the above").
    private static func longestRepeat(_ scalars: [Unicode.Scalar], tokens: [Token]) -> Int {
        var longest = 1
        for period in 1...longestRepeatedPhrase where tokens.count > period {
            var run = 0
            for index in period..<tokens.count {
                let (earlier, current) = (tokens[index - period], tokens[index])
                let same = scalars[earlier.start..<earlier.end].elementsEqual(scalars[current.start..<current.end])
                run = same ? run + 1 : 0
                longest = max(longest, run / period + 1)
            }
        }
        return longest
    }

    static let longestRepeatedPhrase = 4
}

/// One whitespace-separated chunk, read scalar by scalar. A chunk is irregular when letters
/// are glued to two or more symbols other than sentence punctuation, or when a capital
/// joins a lower-case run ("similarlyNow", "APommes"). Case is read for ASCII letters only.
fileprivate struct ChunkShape {
    var letters = 0
    var symbols = 0
    var joined = false
    private var previous = LetterCase.none
    private var beforePrevious = LetterCase.none

    private enum LetterCase { case upper, lower, none }

    var isIrregular: Bool { letters > 0 && (symbols >= 2 || joined) }

    /// Whitespace between chunks: controls and spaces, no-break and ideographic spaces.
    static func separates(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || scalar.value == 0xA0 || scalar.value == 0x3000
    }

    mutating func add(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        let current: LetterCase = value >= 0x41 && value <= 0x5A ? .upper : value >= 0x61 && value <= 0x7A ? .lower : .none
        if ScriptClass.isWord(scalar) {
            letters += 1
        } else if value < 0x80 && !Self.isSentencePunctuation(scalar) {
            symbols += 1
        }
        if previous == .lower && current == .upper { joined = true }
        if beforePrevious == .upper && previous == .upper && current == .lower { joined = true }
        beforePrevious = previous
        previous = current
    }

    private static func isSentencePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", "?", "!", ":", ";", "'", "\"": true
        default: false
        }
    }
}
