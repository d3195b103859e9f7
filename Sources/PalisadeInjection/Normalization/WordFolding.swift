/// Word-level folding applied after case and spacing are normalised: it needs to see whole
/// words to tell "1gn0r3" (leetspeak) from "2024" (a number) and "раураl" (homoglyphs) from
/// "привет" (Russian, which must stay Russian so that non-English text is not distorted).
enum WordFolding {
    static func fold(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            if let end = letterSpacedRunEnd(scalars, from: index) {
                var cursor = index
                while cursor < end {
                    if scalars[cursor] != " " { output.append(scalars[cursor]) }
                    cursor += 1
                }
                index = end
                continue
            }
            guard isWordScalar(scalars[index]) else {
                output.append(scalars[index])
                index += 1
                continue
            }
            var end = index
            while end < scalars.count && isWordScalar(scalars[end]) { end += 1 }
            foldWord(scalars[index..<end], into: &output)
            index = end
        }
        return output
    }

    /// "i g n o r e" becomes "ignore": four or more single letters separated by single spaces.
    private static func letterSpacedRunEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start == 0 || scalars[start - 1] == " " else { return nil }
        var letters = 0
        var cursor = start
        while cursor < scalars.count, isSpacedLetter(scalars[cursor]) {
            let next = cursor + 1
            guard next == scalars.count || scalars[next] == " " else { break }
            letters += 1
            cursor = next + 1
        }
        guard letters >= 4 else { return nil }
        return min(cursor - 1, scalars.count)
    }

    private static func isSpacedLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x61 && value <= 0x7A) || (value >= 0x430 && value <= 0x44F)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScriptClass.isWord(scalar) || Confusables.leetLetter(scalar) != nil
    }

    private static func foldWord(_ word: ArraySlice<Unicode.Scalar>, into output: inout [Unicode.Scalar]) {
        var latin = 0
        var homoglyphs = 0
        var leetBeforeLetter = false
        var sawLeet = false
        for scalar in word {
            if scalar.value >= 0x61 && scalar.value <= 0x7A {
                latin += 1
                leetBeforeLetter = leetBeforeLetter || sawLeet
            } else if Confusables.homoglyph(scalar) != nil {
                homoglyphs += 1
            } else if Confusables.leetLetter(scalar) != nil {
                sawLeet = true
            }
        }
        let foldHomoglyphs = latin > 0 && homoglyphs > 0
        // "gpt4" and "covid19" keep their digits: leetspeak puts look-alikes before letters too.
        let foldLeet = latin + (foldHomoglyphs ? homoglyphs : 0) >= 2 && leetBeforeLetter
        guard foldHomoglyphs || foldLeet else {
            output.append(contentsOf: word)
            return
        }
        for scalar in word {
            if foldHomoglyphs, let latinScalar = Confusables.homoglyph(scalar) {
                output.append(latinScalar)
            } else if foldLeet, let letter = Confusables.leetLetter(scalar) {
                output.append(letter)
            } else {
                output.append(scalar)
            }
        }
    }
}
