import PalisadeCore

/// Finds links in an answer to domains outside the allow-list. A markdown image is the worst
/// case: the client fetches it without a click, so data an injected instruction packed into its
/// query string leaves the moment the answer is rendered.
public struct ExfiltrationLinkDetector: Detector {
    public let name = "links"
    let allowedDomains: [DomainPattern]

    init(allowedDomains: [DomainPattern]) {
        self.allowedDomains = allowedDomains
    }

    /// An allow-list written as in the policy file: `example.com`, `*.example.org`.
    public init(allowedDomains: [String]) {
        self.init(allowedDomains: allowedDomains.map(DomainPattern.init))
    }

    public func detect(in text: String) -> [Finding] {
        let bytes = Array(text.utf8)
        var openingBrackets: [Int: Int]?
        return URLScanner.urls(in: bytes).compactMap { url in
            guard !allowedDomains.allows(host: url.host) else { return nil }
            let form = Self.form(of: url.range.lowerBound, in: bytes, openingBrackets: &openingBrackets)
            let severity: Severity = form == .image ? .critical : (url.hasQuery ? .high : .medium)
            let confidence = form == .image ? (url.hasQuery ? 1 : 0.9) : (url.hasQuery ? 0.85 : 0.6)
            let query = url.hasQuery ? " with a query string" : ""
            return Finding(
                kind: .outputLeak, type: PolicyFindingType.exfiltrationLink, severity: severity, confidence: confidence,
                utf8Range: url.range, evidence: "\(form.rawValue) to \(url.host)\(query)"
            )
        }
    }

    enum Form: String {
        case image = "markdown image"
        case link = "markdown link"
        case bare = "URL"
    }

    /// `![alt](url)` is an image, `[text](url)` a link, anything else a bare URL.
    private static func form(of start: Int, in bytes: [UInt8], openingBrackets: inout [Int: Int]?) -> Form {
        guard start >= 2, bytes[start - 1] == UInt8(ascii: "("), bytes[start - 2] == UInt8(ascii: "]") else { return .bare }
        if openingBrackets == nil { openingBrackets = matchingBrackets(in: bytes) }
        guard let opening = openingBrackets?[start - 2] else { return .link }
        return opening > 0 && bytes[opening - 1] == UInt8(ascii: "!") ? .image : .link
    }

    /// For each `]`, the `[` it closes on the same line, in one pass: looking back from every
    /// link instead would read a long line once per link.
    private static func matchingBrackets(in bytes: [UInt8]) -> [Int: Int] {
        var matches: [Int: Int] = [:]
        var open: [Int] = []
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "["): open.append(index)
            case UInt8(ascii: "]"): if let opening = open.popLast() { matches[index] = opening }
            case 0x0A: open.removeAll(keepingCapacity: true)
            default: break
            }
        }
        return matches
    }
}
