/// A name pattern where `*` is any run of characters and `?` one character: `gpt-4o*`,
/// `claude-*`. Model and tool names are compared case-insensitively, as providers treat them.
struct Glob: Sendable, Hashable {
    let pattern: String
    private let scalars: [Unicode.Scalar]

    init(_ pattern: String) {
        self.pattern = pattern
        self.scalars = Array(pattern.lowercased().unicodeScalars)
    }

    func matches(_ name: String) -> Bool {
        let text = Array(name.lowercased().unicodeScalars)
        var p = 0, t = 0
        var star: Int?, resume = 0
        while t < text.count {
            if p < scalars.count, scalars[p] == "?" || scalars[p] == text[t] {
                p += 1
                t += 1
            } else if p < scalars.count, scalars[p] == "*" {
                star = p
                resume = t
                p += 1
            } else if let star {
                p = star + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < scalars.count, scalars[p] == "*" { p += 1 }
        return p == scalars.count
    }
}

extension Array where Element == Glob {
    func anyMatches(_ name: String) -> Bool { contains { $0.matches(name) } }
}
