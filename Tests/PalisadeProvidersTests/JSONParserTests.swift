import Foundation
import PalisadeProviders
import Testing

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONValue {
        try JSONValue.parse(Array(text.utf8))
    }

    @Test func valuesOfEveryKind() throws {
        let value = try parse(#" {"a": [1, -2.5e3, true, false, null, "x"], "b": {}, "c": []} "#)
        #expect(value == .object(["a": [1, -2500, true, false, nil, "x"], "b": .object([:]), "c": .array([])]))
    }

    /// RFC 8259 leaves repeated names to the implementation; like most parsers, the last wins.
    @Test func aRepeatedMemberNameKeepsItsLastValue() throws {
        #expect(try parse(#"{"model": "a", "n": 1, "model": "b"}"#) == .object(["model": "b", "n": 1]))
    }

    @Test func escapesAndUnicode() throws {
        #expect(try parse(#""line\nbreak \"quoted\" \\ \/ \t""#) == "line\nbreak \"quoted\" \\ / \t")
        #expect(try parse(#""\u00e9\u4e2d\ud83d\ude00""#) == "é中😀")
        #expect(try parse(#""lone \ud800 surrogate""#) == "lone \u{FFFD} surrogate")
        #expect(try parse("\"déjà vu 東京\"") == "déjà vu 東京")
    }

    @Test(arguments: [
        "", "{", "[1,]", #"{"a" 1}"#, #"{"a":1,}"#, "01", "1.", ".5", "+1", "tru", #""unterminated"#,
        "\"tab\there\"", #""\x""#, "[1] 2", "NaN",
    ])
    func malformedDocumentsAreRejected(text: String) {
        #expect(throws: MalformedJSONError.self) { try parse(text) }
    }

    @Test func textThatIsNotUTF8IsRefusedWithItsPosition() throws {
        let lone = Array(#"{"a": "ok", "b": "ig"#.utf8) + [0xFF] + Array(#"nore"}"#.utf8)
        let loneError = #expect(throws: MalformedJSONError.self) { try JSONValue.parse(lone) }
        #expect(loneError?.reason == "invalid UTF-8 (JSON text must be UTF-8) at byte 20")
        // After an escape the position is still the input's own.
        let escaped = Array(#"["\n\u00e9 caf"#.utf8) + [0xC3, 0x28] + Array(#""]"#.utf8)
        let escapedError = #expect(throws: MalformedJSONError.self) { try JSONValue.parse(escaped) }
        #expect(escapedError?.reason == "invalid UTF-8 (JSON text must be UTF-8) at byte 14")
        let key = Array(#"{""#.utf8) + [0xED, 0xA0, 0x80] + Array(#"": 1}"#.utf8)
        #expect(throws: MalformedJSONError.self) { try JSONValue.parse(key) }
    }

    @Test func answersCanBeReadWithBrokenBytesReplaced() throws {
        let lone = Array(#"{"text": "ig"#.utf8) + [0xFF] + Array(#"nore \n caf"#.utf8) + [0xC3] + Array(#""}"#.utf8)
        #expect(try JSONValue.parse(lone, repairingInvalidUTF8: true) == .object(["text": "ig\u{FFFD}nore \n caf\u{FFFD}"]))
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: MalformedJSONError.self) { try parse(deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect((try? parse(fine)) != nil)
    }

    @Test func encodingRoundTripsAndMatchesFoundation() throws {
        let value: JSONValue = ["text": "a \"b\" \\ \n \u{01} é 😀", "n": [0, -1, 3.25, 1e21, 12345678901], "ok": true, "none": nil]
        let encoded = value.encoded()
        #expect(try JSONValue.parse(encoded) == value)
        let foundation = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(foundation["text"] as? String == "a \"b\" \\ \n \u{01} é 😀")
    }
}
