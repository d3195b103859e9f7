import PalisadeCore

/// Words that mix Latin letters with Cyrillic or Greek look-alikes (`pаypal` with a Cyrillic
/// `а`): a spoofing and filter-evasion trick. Words written wholly in one script are fine.
public struct ConfusableScriptDetector: ByteScanningDetector {
    public let name = "hidden.confusables"

    public init() {}

    private enum Script { case latin, cyrillic, greek, other }

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        guard let first = text.firstNonASCII() else { return }
        var start = first
        while start > 0, text[start - 1].isLetter { start -= 1 }
        var iterator = ScalarIterator(text, from: start)
        var wordStart = -1
        var hasLatin = false, hasLookalike = false
        var wordEnd = start
        func finish() {
            if wordStart >= 0, hasLatin, hasLookalike {
                findings.append(Finding(.hiddenContent, HiddenContentType.confusableMixedScript, .medium, confidence: 0.8, range: wordStart..<wordEnd, in: text,
                                        evidence: "mixed-script word: \(text.string(wordStart..<wordEnd).prefix(40))"))
            }
            wordStart = -1
            hasLatin = false
            hasLookalike = false
        }
        while let (scalar, range) = iterator.next() {
            let script = Self.script(scalar)
            guard script != .other else { finish(); continue }
            if wordStart < 0 { wordStart = range.lowerBound }
            wordEnd = range.upperBound
            if script == .latin { hasLatin = true } else { hasLookalike = true }
        }
        finish()
    }

    private static func script(_ scalar: UInt32) -> Script {
        switch scalar {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: .latin
        case 0x400...0x4FF: .cyrillic
        case 0x370...0x3FF: .greek
        default: .other
        }
    }
}
