import Foundation

/// One cue found in normalised text, at a scalar offset.
struct CueHit: Sendable, Hashable {
    var category: CueCategory
    var position: Int
}

/// Finds `CueLexicon` entries in normalised text in one pass: each token's prefixes are hashed
/// incrementally and looked up, so the cost grows with the text, not with the lexicon.
struct CueMatcher: Sendable {
    private struct Entry: Sendable {
        var category: CueCategory
        /// Words after the first, each matched against the following tokens.
        var rest: [[Unicode.Scalar]]
        var lastIsPrefix: Bool
    }

    private struct SubstringEntry: Sendable {
        var category: CueCategory
        var scalars: [Unicode.Scalar]
    }

    private let exactFirstWord: HashedMultiMap<Entry>
    private let prefixWord: HashedMultiMap<CueCategory>
    private let substrings: [Unicode.Scalar: [SubstringEntry]]
    private let longestPrefix: Int

    init(lexicon: String = CueLexicon.text, normalizer: TextNormalizer = TextNormalizer()) {
        var builder = Builder()
        var category: CueCategory?
        for line in lexicon.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                category = CueCategory(rawValue: String(trimmed.dropFirst().dropLast()))
                continue
            }
            guard let category, let colon = trimmed.firstIndex(of: ":") else { continue }
            for raw in trimmed[trimmed.index(after: colon)...].split(separator: ",") {
                builder.add(raw.trimmingCharacters(in: .whitespaces), category: category, normalizer: normalizer)
            }
        }
        exactFirstWord = HashedMultiMap(builder.exactFirstWord)
        prefixWord = HashedMultiMap(builder.prefixWord)
        substrings = builder.substrings
        longestPrefix = builder.longestPrefix
    }

    /// Collects lexicon entries in lexicon order before the lookup tables are built.
    private struct Builder {
        var exactFirstWord: [(key: UInt64, value: Entry)] = []
        var prefixWord: [(key: UInt64, value: CueCategory)] = []
        var substrings: [Unicode.Scalar: [SubstringEntry]] = [:]
        var longestPrefix = 0

        mutating func add(_ raw: String, category: CueCategory, normalizer: TextNormalizer) {
            let isPrefix = raw.hasSuffix("*")
            let scalars = normalizer.normalize(isPrefix ? String(raw.dropLast()) : raw)
            guard let first = scalars.first else { return }
            if ScriptClass.isUnspaced(first) {
                substrings[first, default: []].append(SubstringEntry(category: category, scalars: scalars))
                return
            }
            let words = Tokenizer.tokens(scalars).map { Array(scalars[$0.start..<$0.end]) }
            guard let head = words.first else { return }
            if words.count == 1 && isPrefix {
                prefixWord.append((StableHash.of(head), category))
                longestPrefix = max(longestPrefix, head.count)
            } else {
                exactFirstWord.append((StableHash.of(head), Entry(category: category, rest: Array(words.dropFirst()), lastIsPrefix: isPrefix)))
            }
        }
    }

    func hits(in scalars: [Unicode.Scalar], tokens: [Token]) -> [CueHit] {
        var hits: [CueHit] = []
        for (index, token) in tokens.enumerated() {
            var hash = StableHash()
            var length = 0
            for position in token.start..<token.end {
                hash.combine(scalars[position])
                length += 1
                if length <= longestPrefix {
                    for found in prefixWord.indices(of: hash.value) {
                        hits.append(CueHit(category: prefixWord[found], position: token.start))
                    }
                }
            }
            for found in exactFirstWord.indices(of: hash.value) {
                let entry = exactFirstWord[found]
                if matches(entry, scalars: scalars, tokens: tokens, after: index) {
                    hits.append(CueHit(category: entry.category, position: token.start))
                }
            }
        }
        guard !substrings.isEmpty else { return hits }
        for position in scalars.indices where ScriptClass.isUnspaced(scalars[position]) {
            guard let entries = substrings[scalars[position]] else { continue }
            for entry in entries where Self.hasSubstring(entry.scalars, in: scalars, at: position) {
                hits.append(CueHit(category: entry.category, position: position))
            }
        }
        return hits
    }

    private func matches(_ entry: Entry, scalars: [Unicode.Scalar], tokens: [Token], after index: Int) -> Bool {
        guard index + entry.rest.count < tokens.count else { return false }
        for (offset, word) in entry.rest.enumerated() {
            let token = tokens[index + 1 + offset]
            let isLast = offset == entry.rest.count - 1
            let length = token.end - token.start
            guard length == word.count || (isLast && entry.lastIsPrefix && length > word.count) else { return false }
            for (k, scalar) in word.enumerated() where scalars[token.start + k] != scalar { return false }
        }
        return true
    }

    private static func hasSubstring(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], at position: Int) -> Bool {
        guard position + needle.count <= haystack.count else { return false }
        for (k, scalar) in needle.enumerated() where haystack[position + k] != scalar { return false }
        return true
    }
}
