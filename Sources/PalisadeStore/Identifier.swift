import Foundation

/// Identifiers that sort by creation time (a millisecond timestamp followed by randomness), so
/// that records are listed in order without a separate index.
public enum Identifier {
    public static func make(prefix: String, at date: Date = Date()) -> String {
        let millis = UInt64(max(0, date.timeIntervalSince1970 * 1000))
        let random = UInt64.random(in: 0..<(1 << 40))
        return prefix + String(millis, radix: 36).leftPadded(to: 9) + String(random, radix: 36).leftPadded(to: 8)
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
