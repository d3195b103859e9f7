import Foundation

/// What the normaliser does with each scalar of the Basic Multilingual Plane, tabulated once:
/// Unicode property look-ups cost tens of nanoseconds each and every scalar of every window
/// needs one. Scalars outside the plane are looked up directly.
enum ScalarFolding {
    enum Action: Equatable {
        case drop
        case space
        case keep(Unicode.Scalar)
        /// Lowercasing gives more than one scalar (İ → i̇).
        case expand
    }

    static func action(for scalar: Unicode.Scalar) -> Action {
        let value = scalar.value
        guard value < 0x10000 else { return lookUp(scalar) }
        switch table[Int(value)] {
        case dropCode: return .drop
        case spaceCode: return .space
        case expandCode: return .expand
        case let code: return .keep(Unicode.Scalar(code) ?? scalar)
        }
    }

    /// Whether NFKC can change text containing this scalar: compatibility forms, and combining
    /// marks that compose with what precedes them. Text without any is left as it is, which
    /// saves a Foundation round trip per window.
    static func mayChangeUnderNFKC(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return false }
        return value < 0x10000 ? unstableUnderNFKC[Int(value)] : true
    }

    private static let unstableUnderNFKC: [Bool] = (0..<0x10000).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: break
        }
        guard scalar.properties.changesWhenNFKCCaseFolded else { return false }
        let text = String(Character(scalar))
        return !text.precomposedStringWithCompatibilityMapping.unicodeScalars.elementsEqual([scalar])
    }

    private static let dropCode: UInt32 = 0xFFFF_FFF0
    private static let spaceCode: UInt32 = 0xFFFF_FFF1
    private static let expandCode: UInt32 = 0xFFFF_FFF2

    private static let table: [UInt32] = (0..<0x10000).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return dropCode }
        switch lookUp(scalar) {
        case .drop: return dropCode
        case .space: return spaceCode
        case .expand: return expandCode
        case .keep(let kept): return kept.value
        }
    }

    private static func lookUp(_ scalar: Unicode.Scalar) -> Action {
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        if properties.generalCategory == .format || properties.generalCategory == .control { return .drop }
        guard properties.changesWhenLowercased else { return .keep(scalar) }
        let lowered = properties.lowercaseMapping.unicodeScalars
        return lowered.count == 1 ? .keep(lowered.first!) : .expand
    }
}
