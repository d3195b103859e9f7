/// A tool or function call requested by the model, or declared as available by the caller.
public struct ToolCall: Sendable, Hashable, Codable {
    public var id: String?
    public var name: String
    /// The arguments as the provider sent them: a JSON document in text form.
    public var arguments: String

    public init(id: String? = nil, name: String, arguments: String) {
        self.id = id
        self.name = name
        self.arguments = arguments
    }
}
