import Foundation
import PalisadeCore

/// Vectorised searches from the C library: scanning for a rare trigger byte or literal with
/// `memchr`/`memmem` is an order of magnitude faster than a byte loop, and most detectors only
/// need to look at the few places their trigger occurs.
extension UTF8Text {
    /// The index of the next `byte` at or after `start`.
    func index(of byte: UInt8, from start: Int) -> Int? {
        guard start < count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Lowercase letters from rarest to most frequent in English text.
    private static let letterRarity = Array("zqxjkvbpygfwmucldrhsnioate".utf8)

    /// The index of the next occurrence of `literal` at or after `start`. The search runs
    /// `memchr` on the literal's rarest-looking byte (punctuation, a capital, else the least
    /// frequent letter) and verifies around it.
    func index(of literal: [UInt8], from start: Int) -> Int? {
        guard !literal.isEmpty else { return nil }
        let anchor = literal.firstIndex { !$0.isLower && $0 != UInt8(ascii: " ") }
            ?? literal.indices.min { Self.rarity(literal[$0]) < Self.rarity(literal[$1]) }!
        var from = start + anchor
        while let position = index(of: literal[anchor], from: from) {
            let candidate = position - anchor
            if matchesExactly(literal, at: candidate) { return candidate }
            from = position + 1
        }
        return nil
    }

    private static func rarity(_ byte: UInt8) -> Int { letterRarity.firstIndex(of: byte) ?? letterRarity.count }
}

extension UTF8Text {
    /// Calls `recognize` at each occurrence of `trigger`, appends what it returns and resumes the
    /// search after each finding: the loop every trigger-driven detector needs.
    func scan(for trigger: [UInt8], into findings: inout [Finding], _ recognize: (Int) -> Finding?) {
        var from = 0
        while let index = index(of: trigger, from: from) {
            if let finding = recognize(index) {
                findings.append(finding)
                from = max(index + 1, finding.utf8Range.upperBound)
            } else {
                from = index + 1
            }
        }
    }
}
