/// The label of a prompt row in the evaluation and training JSONL files.
public enum PromptLabel: String, Sendable, Hashable, Codable, CaseIterable {
    case injection
    case jailbreak
    case benign

    public var isAttack: Bool { self != .benign }
}

/// One labelled prompt: `{"id","text","label","source","lang",...}`; other fields are ignored.
public struct PromptRecord: Sendable, Hashable, Codable {
    public var id: String
    public var text: String
    public var label: PromptLabel
    /// `owner/repo:path` of the upstream file, or `A + B` for rows built from two files.
    public var source: String?
    public var lang: String?
    /// For indirect injections built by inserting an instruction into a document: the
    /// instruction. Training learns from the window that holds it rather than from the whole
    /// document, whose clean twin is a benign row.
    public var injectedText: String?

    enum CodingKeys: String, CodingKey {
        case id, text, label, source, lang
        case injectedText = "injected_text"
    }

    public init(id: String, text: String, label: PromptLabel, source: String? = nil, lang: String? = nil, injectedText: String? = nil) {
        self.id = id
        self.text = text
        self.label = label
        self.source = source
        self.lang = lang
        self.injectedText = injectedText
    }

    /// The unit of cross-source evaluation: the upstream repository (`owner/repo`), the part
    /// of `source` before the first `:`. Rows without a source are grouped under `fallback`
    /// (the file they were read from).
    public func sourceGroup(fallback: String) -> String {
        guard let source, !source.isEmpty else { return fallback }
        return String(source.prefix { $0 != ":" })
    }
}
