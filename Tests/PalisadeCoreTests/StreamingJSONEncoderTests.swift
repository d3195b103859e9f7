import Foundation
import PalisadeCore
import Testing

@Suite("Streaming JSON encoder")
struct StreamingJSONEncoderTests {
    /// Uses every kind of container by hand, nested and interleaved, as synthesized code never does.
    struct HandWritten: Codable, Equatable {
        var title: String
        var tags: [String: [Int]]
        var matrix: [[Double]]
        var blob: Data
        var link: URL
        var nothing: String?

        enum CodingKeys: String, CodingKey { case title, tags, matrix, blob, link, nothing, meta }
        enum MetaKeys: String, CodingKey { case depth, flags }

        init(title: String, tags: [String: [Int]], matrix: [[Double]], blob: Data, link: URL, nothing: String?) {
            self.title = title
            self.tags = tags
            self.matrix = matrix
            self.blob = blob
            self.link = link
            self.nothing = nothing
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            title = try container.decode(String.self, forKey: .title)
            tags = try container.decode([String: [Int]].self, forKey: .tags)
            matrix = try container.decode([[Double]].self, forKey: .matrix)
            blob = try container.decode(Data.self, forKey: .blob)
            link = try container.decode(URL.self, forKey: .link)
            nothing = try container.decode(String?.self, forKey: .nothing)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            var meta = container.nestedContainer(keyedBy: MetaKeys.self, forKey: .meta)
            try meta.encode(3, forKey: .depth)
            var flags = meta.nestedUnkeyedContainer(forKey: .flags)
            try flags.encode(true)
            try flags.encodeNil()
            var inner = flags.nestedUnkeyedContainer()
            try inner.encode(UInt8(7))
            try container.encode(tags, forKey: .tags)
            var rows = container.nestedUnkeyedContainer(forKey: .matrix)
            for row in matrix { try rows.encode(row) }
            try container.encode(blob, forKey: .blob)
            try container.encode(link, forKey: .link)
            try container.encode(nothing, forKey: .nothing)
        }
    }

    struct Empty: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    static let awkwardText = "quote \" backslash \\ slash / newline \n tab \t bell \u{07} nul \u{00} é 日本 🙂"

    static func record() -> ExchangeRecord {
        let finding = Finding(
            kind: .pii, type: "EMAIL_ADDRESS", severity: .medium, confidence: 0.95, utf8Range: 3..<20,
            evidence: awkwardText, role: .user, direction: .input, path: "messages[0].content"
        )
        let decision = PolicyDecision(
            action: .block, mode: .monitor, direction: .input,
            matches: [PolicyRuleMatch(ruleID: "no-pii", action: .block, reason: "personal data", finding: finding)],
            redactions: [finding], policyVersion: "v1", blockMessage: "Refused.", errorCode: nil
        )
        return ExchangeRecord(
            id: "ex_1", startedAt: Date(timeIntervalSince1970: 1_763_772_000.123_456), applicationID: "app", keyID: nil,
            endUser: awkwardText, provider: .openai, operation: .chatCompletions, model: "gpt-4o-mini", stream: true,
            status: 200, usage: TokenUsage(input: 12, output: 0, estimated: true), latencyMs: 1e-7,
            timeToFirstTokenMs: 123_456_789_012.5, findings: [finding, finding], decisions: [decision]
        )
    }

    @Test("an exchange record reads back as Foundation's encoding of it does, dates in either form")
    func recordRoundTrip() throws {
        let record = Self.record()
        let forms: [(StreamingJSONEncoder, JSONEncoder.DateEncodingStrategy, JSONDecoder.DateDecodingStrategy)] = [
            (StreamingJSONEncoder(dateEncoding: .millisecondsSince1970), .millisecondsSince1970, .millisecondsSince1970),
            (StreamingJSONEncoder(), .deferredToDate, .deferredToDate),
        ]
        for (streaming, encoding, decoding) in forms {
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = encoding
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = decoding
            let ours = try decoder.decode(ExchangeRecord.self, from: streaming.encode(record))
            let theirs = try decoder.decode(ExchangeRecord.self, from: encoder.encode(record))
            #expect(ours == theirs)
            #expect(ours.endUser == Self.awkwardText)
            #expect(abs(ours.startedAt.timeIntervalSince1970 - record.startedAt.timeIntervalSince1970) < 1e-6)
        }
    }

    @Test("hand-written nested, unkeyed and dictionary containers give the same JSON document as Foundation's")
    func nestedContainers() throws {
        let value = HandWritten(
            title: Self.awkwardText, tags: ["a": [1, -2], "b": []], matrix: [[0.1, -0.0, 3], [1e21, 5e-324]],
            blob: Data([0, 1, 2, 250]), link: URL(string: "https://example.com/a?b=c")!, nothing: nil
        )
        let ours = try StreamingJSONEncoder().encode(value)
        let theirs = try JSONEncoder().encode(value)
        let oursObject = try JSONSerialization.jsonObject(with: ours) as? NSDictionary
        let theirsObject = try JSONSerialization.jsonObject(with: theirs) as? NSDictionary
        #expect(oursObject != nil)
        #expect(oursObject == theirsObject)
        #expect(try JSONDecoder().decode(HandWritten.self, from: ours) == value)
        #expect(String(decoding: ours, as: UTF8.self).contains("https://example.com/a"))
    }

    @Test("a value that encodes nothing is an empty object, inside a list too")
    func emptyValues() throws {
        #expect(String(decoding: try StreamingJSONEncoder().encode(Empty()), as: UTF8.self) == "{}")
        #expect(String(decoding: try StreamingJSONEncoder().encode([Empty(), Empty()]), as: UTF8.self) == "[{},{}]")
        #expect(String(decoding: try StreamingJSONEncoder().encode([[Int]]()), as: UTF8.self) == "[]")
    }

    @Test("numbers JSON cannot write are refused with their place, as Foundation refuses them")
    func nonFiniteNumbers() {
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder().encode(["score": Double.nan]) }
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder().encode([Float.infinity]) }
        #expect(throws: EncodingError.self) { try JSONEncoder().encode([Float.infinity]) }
    }
}
