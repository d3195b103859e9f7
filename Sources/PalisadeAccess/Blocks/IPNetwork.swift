/// An address range in CIDR notation (`10.0.0.0/8`, `2001:db8::/32`); a bare address is a
/// network of one. IPv4 prefixes are stored shifted by 96 bits, matching `IPAddress`'s mapping.
public struct IPNetwork: Sendable, Hashable, CustomStringConvertible {
    /// The network address with its host bits cleared.
    public let base: IPAddress
    /// Prefix length over the 128-bit form.
    let prefixLength: Int

    /// Host bits set in `text` (`10.1.2.3/8`) are cleared rather than refused: the range meant is clear.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = IPAddress(String(parts[0])) else { return nil }
        let familyBits = parts[0].contains(":") ? 128 : 32
        var length = familyBits
        if parts.count == 2 {
            guard let given = Int(parts[1]), (0...familyBits).contains(given) else { return nil }
            length = given
        }
        prefixLength = length + (128 - familyBits)
        base = IPAddress(bits: address.bits & Self.mask(prefixLength))
    }

    public func contains(_ address: IPAddress) -> Bool {
        address.bits & Self.mask(prefixLength) == base.bits
    }

    public var description: String {
        base.isIPv4 && prefixLength >= 96 ? "\(base)/\(prefixLength - 96)" : "\(base)/\(prefixLength)"
    }

    static func mask(_ prefixLength: Int) -> UInt128 {
        prefixLength == 0 ? 0 : ~UInt128(0) << (128 - prefixLength)
    }
}
