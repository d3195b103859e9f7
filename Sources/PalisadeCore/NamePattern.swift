/// A name pattern for models and tools: `*` matches any run of characters, `?` any one
/// character, everything else itself, ASCII case-insensitively (`gpt-4.1*`, `claude-sonnet-4*`,
/// `o3`, `search_*`), as providers treat these names. Shared by model routes, key allow-lists,
/// the pricing table and policy controls, so a pattern means the same thing everywhere.
public struct NamePattern: Sendable, Hashable {
    public let pattern: String
    private let bytes: [UInt8]
    /// Characters that must match literally: among several matching patterns, the one with more of
    /// them describes the model more precisely (`gpt-4o-mini*` over `gpt-4o*`).
    public let specificity: Int

    public init(_ pattern: String) {
        self.pattern = pattern
        bytes = Array(pattern.lowercased().utf8)
        specificity = bytes.count { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "?") }
    }

    public func matches(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { name in bytes.withUnsafeBufferPointer { Self.match($0, name) } }
    }

    /// Iterative matching with one backtrack point per `*`: linear for the patterns people write,
    /// never exponential.
    private static func match(_ pattern: UnsafeBufferPointer<UInt8>, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        var p = 0
        var n = 0
        var star = -1
        var resume = 0
        while n < name.count {
            if p < pattern.count, pattern[p] == UInt8(ascii: "?") || pattern[p] == lowercased(name[n]) {
                p += 1
                n += 1
            } else if p < pattern.count, pattern[p] == UInt8(ascii: "*") {
                star = p
                resume = n
                p += 1
            } else if star >= 0 {
                p = star + 1
                resume += 1
                n = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}
