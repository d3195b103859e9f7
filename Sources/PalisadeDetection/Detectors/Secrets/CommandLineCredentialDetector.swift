import PalisadeCore

/// Credentials written into HTTP headers and command lines: `Authorization: Bearer ...` (any
/// scheme), headers named for a key or token (`curl -H "X-Api-Key: ..."`), and
/// `curl -u user:password` / `--user`, and the password flags of clients that take one on the
/// command line (`mysql -pVALUE`, `sshpass -p VALUE`, `docker login -p VALUE`, `redis-cli -a
/// VALUE`). Variables (`$TOKEN`), templates and textbook pairs (`user:pass`) are not reported.
public struct CommandLineCredentialDetector: ByteScanningDetector {
    public let name = "secrets.command_line"
    private static let authorization = Array("authorization".utf8)
    private static let z = Trigger("z")
    private static let dash = Trigger("-")
    private static let shortUserFlag = Array("-u ".utf8)
    private static let longUserFlag = Array("--user".utf8)
    private static let shortHeaderFlag = Array("-H ".utf8)
    private static let longHeaderFlag = Array("--header ".utf8)
    private static let schemes = ["basic", "bearer", "token", "api-token", "digest", "apikey", "key", "sso-key", "otp"]

    public init() {}

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        // `z` is rare in prose: find it, then check for "authorization" around it.
        text.scan(for: Self.z, into: &findings) { z in
            let start = z - 7
            guard text.matches(Self.authorization, at: start), !text.continuesWord(before: start) else { return nil }
            return Self.header(text, at: start + Self.authorization.count)
        }
        text.scan(for: Self.dash, into: &findings) { dash in
            dash == 0 || text[dash - 1].isSpace
                ? Self.userFlag(text, at: dash) ?? Self.headerFlag(text, at: dash) ?? Self.passwordFlag(text, at: dash) : nil
        }
    }

    private static func header(_ text: UTF8Text, at start: Int) -> Finding? {
        var cursor = start
        while text.byte(at: cursor) == UInt8(ascii: "\"") || text.byte(at: cursor) == UInt8(ascii: "'") { cursor += 1 }
        guard text.byte(at: cursor) == UInt8(ascii: ":") || text.byte(at: cursor) == UInt8(ascii: "=") else { return nil }
        cursor += 1
        while text.byte(at: cursor) == UInt8(ascii: " ") || text.byte(at: cursor) == UInt8(ascii: "\"") || text.byte(at: cursor) == UInt8(ascii: "'") { cursor += 1 }
        for scheme in schemes where text.matches(Array(scheme.utf8), at: cursor) && text.byte(at: cursor + scheme.count) == UInt8(ascii: " ") {
            cursor += scheme.count
            while text.byte(at: cursor) == UInt8(ascii: " ") { cursor += 1 }
            break
        }
        var end = cursor
        while end < text.count, end - cursor < 4096, !text[end].isSpace, text[end] != UInt8(ascii: "\""), text[end] != UInt8(ascii: "'"),
              text[end] != UInt8(ascii: ","), text[end] != UInt8(ascii: "}") { end += 1 }
        let value = cursor..<end
        guard value.count >= 8, !Placeholder.isPlaceholder(text, value), text[value.lowerBound] != UInt8(ascii: "{"),
              !value.contains(where: { text[$0] == UInt8(ascii: "(") }), value.contains(where: { text[$0].isAlnum }),
              Entropy.shannon(text, value) >= 2.5
        else { return nil }
        return Finding(.secret, SecretType.authorizationHeader, .critical, confidence: 0.85, range: value, in: text)
    }

    /// `-H "Token: VALUE"`, `--header 'X-Octopus-ApiKey: VALUE'`: a quoted header whose name says
    /// it carries a key or token. `Authorization` is read by `header(_:at:)`.
    private static func headerFlag(_ text: UTF8Text, at start: Int) -> Finding? {
        var cursor: Int
        if text.matchesExactly(Self.shortHeaderFlag, at: start) {
            cursor = start + Self.shortHeaderFlag.count
        } else if text.matchesExactly(Self.longHeaderFlag, at: start) {
            cursor = start + Self.longHeaderFlag.count
        } else {
            return nil
        }
        while text.byte(at: cursor) == UInt8(ascii: " ") { cursor += 1 }
        let quote = text.byte(at: cursor)
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        let nameStart = cursor + 1
        var nameEnd = nameStart
        while nameEnd < text.count, nameEnd - nameStart < 64, text[nameEnd].isAlnum || text[nameEnd] == UInt8(ascii: "-") || text[nameEnd] == UInt8(ascii: "_") {
            nameEnd += 1
        }
        guard text.byte(at: nameEnd) == UInt8(ascii: ":"), SecretKeyName(text, nameStart..<nameEnd) != nil else { return nil }
        // The credential is the header value's last word (`Token: Bearer VALUE` carries a scheme).
        var valueStart = nameEnd + 1
        var end = valueStart
        while end < text.count, end - valueStart < 4096, text[end] != quote, text[end] != UInt8(ascii: "\n") {
            if text[end] == UInt8(ascii: " ") { valueStart = end + 1 }
            end += 1
        }
        let value = valueStart..<end
        guard text.byte(at: end) == quote, value.count >= 8, !Placeholder.isPlaceholder(text, value),
              text[value.lowerBound] != UInt8(ascii: "{"), value.contains(where: { text[$0].isAlnum }), Entropy.shannon(text, value) >= 2.5
        else { return nil }
        return Finding(.secret, SecretType.authorizationHeader, .critical, confidence: 0.85, range: value, in: text)
    }

    /// How a client takes a password on its command line.
    private enum PasswordFlag {
        /// `-pVALUE` only: `mysql -p NAME` prompts for the password and opens database NAME.
        case attached(UInt8)
        /// `-p VALUE` or `-pVALUE`.
        case either(UInt8)

        var letter: UInt8 {
            switch self {
            case .attached(let letter), .either(let letter): letter
            }
        }
    }

    /// Clients whose short flag is a password, and those whose `login` subcommand's is.
    private static let passwordFlags: [String: PasswordFlag] = {
        var flags: [String: PasswordFlag] = [:]
        for client in ["mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlshow", "mysqlcheck", "mariadb", "mariadb-dump"] {
            flags[client] = .attached(UInt8(ascii: "p"))
        }
        for client in ["sshpass", "mongo", "mongosh", "mongodump", "mongorestore", "mongoexport", "mongoimport"] {
            flags[client] = .either(UInt8(ascii: "p"))
        }
        flags["redis-cli"] = .either(UInt8(ascii: "a"))
        return flags
    }()
    private static let loginClients: Set<String> = ["docker", "podman", "buildah", "skopeo", "nerdctl", "helm", "oras", "oc", "az", "cf"]

    /// `mysql -u app -pVALUE`, `sshpass -p 'VALUE' ssh host`, `docker login -u ci -p VALUE`: the
    /// flag is read as a password only after a client known to take one there.
    private static func passwordFlag(_ text: UTF8Text, at dash: Int) -> Finding? {
        let letter = text.byte(at: dash + 1)
        guard letter == UInt8(ascii: "p") || letter == UInt8(ascii: "a"), let flag = commandPasswordFlag(text, before: dash), flag.letter == letter
        else { return nil }
        var cursor = dash + 2
        if text.byte(at: cursor) == UInt8(ascii: " ") {
            guard case .either = flag else { return nil }
            while text.byte(at: cursor) == UInt8(ascii: " ") { cursor += 1 }
        }
        var quote: UInt8 = 0
        if text.byte(at: cursor) == UInt8(ascii: "\"") || text.byte(at: cursor) == UInt8(ascii: "'") {
            quote = text[cursor]
            cursor += 1
        }
        var end = cursor
        while end < text.count, end - cursor < 256, quote == 0 ? !text[end].isSpace : text[end] != quote && text[end] != UInt8(ascii: "\n") { end += 1 }
        let value = cursor..<end
        guard value.count >= 6, quote == 0 || text.byte(at: end) == quote, !Placeholder.isPlaceholder(text, value),
              text[value.lowerBound] != UInt8(ascii: "-"), text[value.lowerBound] != UInt8(ascii: "{"), text[value.lowerBound] != UInt8(ascii: "[")
        else { return nil }
        return Finding(.secret, SecretType.commandLineCredentials, .critical, confidence: 0.8, range: value, in: text)
    }

    /// The password flag of the command that `index` is an argument of: its first word, after
    /// `sudo` and environment assignments, on the same line or after a shell separator.
    private static func commandPasswordFlag(_ text: UTF8Text, before index: Int) -> PasswordFlag? {
        var start = index
        while start > 0, index - start < 300 {
            let byte = text[start - 1]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "&")
                || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "(") { break }
            start -= 1
        }
        var words: [String] = []
        var cursor = start
        while cursor < index, words.count < 3 {
            while cursor < index, text[cursor].isSpace || text[cursor] == UInt8(ascii: "$") || text[cursor] == UInt8(ascii: ">") { cursor += 1 }
            let wordStart = cursor
            while cursor < index, !text[cursor].isSpace { cursor += 1 }
            guard cursor > wordStart else { break }
            let word = text.string(wordStart..<cursor)
            if words.isEmpty, word == "sudo" || word.contains("=") { continue }
            words.append(word.split(separator: "/").last.map(String.init) ?? word)
        }
        guard let client = words.first else { return nil }
        if let flag = passwordFlags[client] { return flag }
        if loginClients.contains(client), words.dropFirst().prefix(2).contains("login") { return .either(UInt8(ascii: "p")) }
        return nil
    }

    /// `-u user:password`, `--user 'user:password'`, `-u ":token"`.
    private static func userFlag(_ text: UTF8Text, at start: Int) -> Finding? {
        var cursor: Int
        if text.matchesExactly(Self.shortUserFlag, at: start) {
            cursor = start + 3
        } else if text.matchesExactly(Self.longUserFlag, at: start), text.byte(at: start + 6) == UInt8(ascii: " ") || text.byte(at: start + 6) == UInt8(ascii: "=") {
            cursor = start + 7
        } else {
            return nil
        }
        while text.byte(at: cursor) == UInt8(ascii: " ") { cursor += 1 }
        var end = cursor
        while end < text.count, end - cursor < 256, !text[end].isSpace { end += 1 }
        let raw = text.string(cursor..<end)
        guard !raw.hasPrefix("<") else { return nil }
        let credential = raw.filter { $0 != "\"" && $0 != "'" && $0 != "{" && $0 != "}" }
        guard let colon = credential.firstIndex(of: ":") else { return nil }
        let user = String(credential[..<colon]), password = String(credential[credential.index(after: colon)...])
        let secret = password.isEmpty ? user : password
        guard secret.count >= 6, secret != user || password.isEmpty,
              !secret.hasPrefix("$"), !secret.hasPrefix("<"), !secret.hasPrefix("["), !secret.hasPrefix("{"), !secret.contains("$("),
              !["password", "passwd", "pass", "token", "secret", "test", "changeme"].contains(secret.lowercased())
        else { return nil }
        let secretBytes = Array(secret.utf8)
        let distinct = Set(secretBytes).count
        guard distinct * 2 > secretBytes.count || secretBytes.count >= 12, distinct > 3 else { return nil }
        return Finding(.secret, SecretType.commandLineCredentials, .critical, confidence: 0.85, range: cursor..<end, in: text)
    }
}
