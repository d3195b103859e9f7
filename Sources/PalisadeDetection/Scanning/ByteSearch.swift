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

    /// The index of the first ASCII digit at or after `start`, or `count` when there is none.
    /// Tests eight bytes at a time: prose holds few digits, and number detectors only start at
    /// one.
    func firstDigit(from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return count }
        var index = max(start, 0)
        while index + 8 <= count, !Self.holdsDigit(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
            index += 8
        }
        while index < count, !bytes[index].isDigit { index += 1 }
        return index
    }

    /// Whether any byte of `word` is an ASCII digit: the "has byte between" test of Sean
    /// Anderson's bit hacks, for bytes strictly between `/` and `:`.
    @inline(__always) private static func holdsDigit(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low = word & (ones &* 0x7F)
        return ((ones &* (0x7F + 0x3A)) &- low) & ~word & (low &+ ones &* (0x7F - 0x2F)) & (ones &* 0x80) != 0
    }

    /// Bytes from rarest to most frequent in English text and code; bytes not listed (capitals,
    /// most punctuation) count as rarer than all of them.
    private static let frequencyOrder = Array("zqxjkvbpygfwmucldrhsnioate-.,\n ".utf8)

    /// The index of the next occurrence of `literal` at or after `start`. The search runs
    /// `memchr` on the literal's rarest byte and verifies around it.
    func index(of literal: [UInt8], from start: Int) -> Int? {
        guard !literal.isEmpty else { return nil }
        return index(of: literal, anchor: Self.anchor(of: literal), from: start)
    }

    /// The position in `literal` whose byte is rarest, to search for with `memchr`.
    static func anchor(of literal: [UInt8]) -> Int {
        literal.indices.min { frequency(literal[$0]) < frequency(literal[$1]) } ?? 0
    }

    func index(of literal: [UInt8], anchor: Int, from start: Int) -> Int? {
        var from = start + anchor
        while let position = index(of: literal[anchor], from: from) {
            let candidate = position - anchor
            if matchesExactly(literal, at: candidate) { return candidate }
            from = position + 1
        }
        return nil
    }

    private static func frequency(_ byte: UInt8) -> Int { (frequencyOrder.firstIndex(of: byte) ?? -1) + 1 }
}

extension UTF8Text {
    /// Calls `recognize` at each occurrence of `trigger`, appends what it returns and resumes the
    /// search after each finding: the loop every trigger-driven detector needs.
    func scan(for trigger: Trigger, into findings: inout [Finding], _ recognize: (Int) -> Finding?) {
        var from = 0
        while let index = index(of: trigger.bytes, anchor: trigger.anchor, from: from) {
            if let finding = recognize(index) {
                findings.append(finding)
                from = max(index + 1, finding.utf8Range.upperBound)
            } else {
                from = index + 1
            }
        }
    }
}

/// A literal that starts a detector's work, with the byte to search for chosen once.
struct Trigger: Sendable {
    let bytes: [UInt8]
    let anchor: Int

    init(_ literal: String) {
        bytes = Array(literal.utf8)
        anchor = UTF8Text.anchor(of: bytes)
    }
}
