import Foundation

/// A regular expression from the policy file, compiled once at load so evaluation never pays
/// for it and a bad pattern is a load error rather than a runtime surprise.
struct TextPattern: Sendable {
    let source: String
    let regex: NSRegularExpression

    /// The compiled pattern, or the compiler's complaint when it does not compile.
    static func compile(_ source: String) -> Result<TextPattern, PatternError> {
        do {
            return .success(TextPattern(source: source, regex: try NSRegularExpression(pattern: source)))
        } catch {
            return .failure(PatternError(reason: "\(error.localizedDescription)"))
        }
    }

    func firstMatch(in text: String) -> Range<String.Index>? {
        let whole = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: whole) else { return nil }
        return Range(match.range, in: text)
    }

    struct PatternError: Error {
        let reason: String
    }
}
