import Foundation

/// Folds the surface tricks that make one instruction look like many: compatibility forms
/// (fullwidth, mathematical letters), invisible format characters, Unicode tag characters
/// (ASCII smuggling), case, runs of spacing, letter-spaced words ("i g n o r e"), leetspeak
/// ("1gn0r3") and homoglyphs from other scripts inside Latin words. A letter repeated more than
/// three times counts three times ("sooooo", "sk-xxxxxxxxxxxx"): a placeholder or an elongated
/// word would otherwise repeat one n-gram often enough to outweigh the rest of the text.
///
/// The output is a sequence of scalars rather than a `String` because every consumer
/// (n-gram hashing, cue matching) walks scalars, and building a `String` would cost a copy.
public struct TextNormalizer: Sendable {
    public init() {}

    public func normalize(_ text: String) -> [Unicode.Scalar] {
        let folded = Self.needsCompatibilityFolding(text) ? text.precomposedStringWithCompatibilityMapping : text
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value == 0x20 || (value >= 0x09 && value <= 0x0D) {
                    pendingSpace = !scalars.isEmpty
                } else if value > 0x20 && value != 0x7F {
                    Self.append(scalar, to: &scalars, pendingSpace: &pendingSpace)
                }
                continue
            }
            if value >= 0xE0020 && value <= 0xE007E, let ascii = Unicode.Scalar(value - 0xE0000) {
                Self.append(ascii, to: &scalars, pendingSpace: &pendingSpace)
                continue
            }
            switch ScalarFolding.action(for: scalar) {
            case .drop:
                continue
            case .space:
                pendingSpace = !scalars.isEmpty
            case .keep(let folded):
                Self.append(folded, to: &scalars, pendingSpace: &pendingSpace)
            case .expand:
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                    Self.append(lowered, to: &scalars, pendingSpace: &pendingSpace)
                }
            }
        }
        return WordFolding.fold(scalars)
    }

    private static func append(_ scalar: Unicode.Scalar, to scalars: inout [Unicode.Scalar], pendingSpace: inout Bool) {
        if pendingSpace {
            scalars.append(" ")
            pendingSpace = false
        }
        let value = scalar.value
        let lowered = value >= 65 && value <= 90 ? Unicode.Scalar(value + 32)! : scalar
        if scalars.count >= 3, scalars[scalars.count - 1] == lowered, scalars[scalars.count - 2] == lowered,
           scalars[scalars.count - 3] == lowered, lowered.properties.isAlphabetic {
            return
        }
        scalars.append(lowered)
    }

    private static func needsCompatibilityFolding(_ text: String) -> Bool {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        return text.unicodeScalars.contains(where: ScalarFolding.mayChangeUnderNFKC)
    }
}
