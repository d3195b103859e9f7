/// Estimates token counts when a provider reports no usage, and before forwarding (for limits).
///
/// BPE tokenizers average about four bytes of English per token; scripts without spaces and
/// punctuation-heavy text run denser, so words and punctuation are counted as well and the larger
/// estimate wins. The estimate errs high, which is the safe side for budgets.
public enum TokenEstimator {
    public static func estimate(_ text: String) -> Int {
        var bytes = 0
        var words = 0
        var symbols = 0
        var nonASCII = 0
        var inWord = false
        for byte in text.utf8 {
            bytes += 1
            if byte >= 0x80 {
                if byte & 0xC0 != 0x80 { nonASCII += 1 }
                inWord = false
            } else if (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) {
                if !inWord { words += 1 }
                inWord = true
            } else {
                if byte > 0x20 { symbols += 1 }
                inWord = false
            }
        }
        guard bytes > 0 else { return 0 }
        let byWords = Int((Double(words) * 1.3).rounded(.up)) + symbols + nonASCII
        return max(1, max((bytes + 3) / 4, byWords))
    }

    public static func estimate(_ segments: some Sequence<String>) -> Int {
        segments.reduce(0) { $0 + estimate($1) }
    }
}
