/// A configuration value Palisade cannot use, located so that it can be fixed without guessing:
/// the file and line for values from YAML, the variable for values from the environment.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var source: String
    public var line: Int?
    public var key: String
    public var message: String

    public init(source: String, line: Int? = nil, key: String, message: String) {
        self.source = source
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        let location = line.map { "\(source):\($0)" } ?? source
        return key.isEmpty ? "\(location): \(message)" : "\(location): \(key): \(message)"
    }
}
