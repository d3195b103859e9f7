/// An allowed host: `example.com` is that host only, `*.example.org` any of its subdomains
/// (but not `example.org` itself, which is listed separately when wanted).
struct DomainPattern: Sendable, Hashable {
    let pattern: String
    private let suffix: String?

    init(_ pattern: String) {
        let lowered = pattern.lowercased()
        self.pattern = lowered
        self.suffix = lowered.hasPrefix("*.") ? String(lowered.dropFirst(1)) : nil
    }

    func matches(host: String) -> Bool {
        let host = host.lowercased()
        if let suffix { return host.hasSuffix(suffix) && host.count > suffix.count }
        return host == pattern
    }
}

extension Array where Element == DomainPattern {
    func allows(host: String) -> Bool { contains { $0.matches(host: host) } }
}
