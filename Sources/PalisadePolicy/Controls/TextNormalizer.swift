import Foundation

/// Folds text so that look-alike spellings compare equal: compatibility forms (full-width
/// letters, ligatures) become plain letters, case is ignored, invisible format characters
/// (zero-width spaces, joiners) are dropped and whitespace runs count as one space. This defeats
/// the cheap ways of slipping a banned term past a literal comparison.
enum TextNormalizer {
    static func normalize(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if scalar.properties.generalCategory == .format { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }
}
