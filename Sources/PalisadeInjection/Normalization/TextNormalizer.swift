import Foundation

/// Folds the surface tricks that make one instruction look like many: compatibility forms
/// (fullwidth, mathematical letters), invisible format characters, Unicode tag characters
/// (ASCII smuggling), case, runs of spacing, letter-spaced words ("i g n o r e"), leetspeak
/// ("1gn0r3") and homoglyphs from other scripts inside Latin words.
///
/// The output is a sequence of scalars rather than a `String` because every consumer
/// (n-gram hashing, cue matching) walks scalars, and building a `String` would cost a copy.
public struct TextNormalizer: Sendable {
    public init() {}

    public func normalize(_ text: String) -> [Unicode.Scalar] {
        let folded = Self.isASCII(text) ? text : text.precomposedStringWithCompatibilityMapping
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            let value = scalar.value
            if value >= 0xE0020 && value <= 0xE007E, let ascii = Unicode.Scalar(value - 0xE0000) {
                Self.append(ascii, to: &scalars, pendingSpace: &pendingSpace)
                continue
            }
            if scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .control {
                continue
            }
            Self.append(scalar, to: &scalars, pendingSpace: &pendingSpace)
        }
        return WordFolding.fold(scalars)
    }

    private static func append(_ scalar: Unicode.Scalar, to scalars: inout [Unicode.Scalar], pendingSpace: inout Bool) {
        if pendingSpace {
            scalars.append(" ")
            pendingSpace = false
        }
        if scalar.isASCII {
            let value = scalar.value
            scalars.append(value >= 65 && value <= 90 ? Unicode.Scalar(value + 32)! : scalar)
        } else if scalar.properties.changesWhenLowercased {
            scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else {
            scalars.append(scalar)
        }
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }
}
