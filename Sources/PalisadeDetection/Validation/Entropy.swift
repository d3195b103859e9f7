import Foundation

/// Shannon entropy in bits per character: random keys score 4-6, words and placeholders less.
enum Entropy {
    static func shannon(_ text: UTF8Text, _ range: Range<Int>) -> Double {
        guard !range.isEmpty else { return 0 }
        var counts = [Int](repeating: 0, count: 128)
        var other = 0
        for index in range {
            let byte = text[index]
            if byte < 128 { counts[Int(byte)] += 1 } else { other += 1 }
        }
        let total = Double(range.count)
        var entropy = 0.0
        for count in counts where count > 0 {
            let p = Double(count) / total
            entropy -= p * log2(p)
        }
        if other > 0 {
            let p = Double(other) / total
            entropy -= p * log2(p)
        }
        return entropy
    }
}
