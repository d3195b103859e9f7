/// A word of normalised text: scalar offsets `start..<end`.
struct Token: Sendable, Hashable {
    var start: Int
    var end: Int
}

/// Splits normalised scalars into words: maximal runs of letters, marks and digits. Cue
/// entries go through the same split, so "don't refuse" matches however it was punctuated.
enum Tokenizer {
    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            guard ScriptClass.isWord(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count && ScriptClass.isWord(scalars[index]) { index += 1 }
            tokens.append(Token(start: start, end: index))
        }
        return tokens
    }
}
