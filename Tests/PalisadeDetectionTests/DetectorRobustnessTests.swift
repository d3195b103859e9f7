import PalisadeCore
import Testing
@testable import PalisadeDetection

/// Detection runs on every request, so any input that traps a detector takes the gateway down.
/// These texts mix the cues detectors react to with digit groups and tokens of every length,
/// the soup in which an arithmetic overflow was once found.
@Suite struct DetectorRobustnessTests {
    private static let cues = [
        "born ", "DOB: ", "date of birth ", "age ", "aged ", "zip ", "postcode ", "phone ", "tel ", "+1 ", "+44 ", "SSN ",
        "IBAN ", "card ", "passport ", "password=", "api_key: ", "Authorization: Bearer ", "mysql -p", "sshpass -p ",
        "redis-cli -a ", "docker login -p ", "<password>", "</password>", "<add key=\"Secret\" value=\"", "redis://:",
        "postgres://u:", "https://", "discord.com/api/webhooks/", "webhookb2/", "hooks.slack.com/services/", "eyJ", "sk-",
        "AKIA", "ghp_", "-----BEGIN RSA PRIVATE KEY-----\n", "\n-----END RSA PRIVATE KEY-----", "::", "fe80::", "bc1", "0x",
        "Street", "Apt ", "No. ", "P.O. Box ", "Mr. ", "John Smith", "\u{200B}", "\u{202E}", "\u{E0041}", "é", "中", "👍",
        "\n", " ", ".", "-", "/", ":", "@", "=", "\"", "#", "%",
    ]

    private static func sample(_ generator: inout SplitMix64) -> String {
        let tokenAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        func draw(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
        func digits(_ count: Int) -> String { String((0..<count).map { _ in Character(String(draw(10))) }) }
        var text = ""
        for _ in 0..<(1 + draw(60)) {
            switch draw(20) {
            case 0..<7: text += digits([1, 2, 4, 8, 12, 16, 19, 20, 25, 40][draw(10)])
            case 7..<14: text += cues[draw(cues.count)]
            case 14..<17: text += String((0..<[8, 20, 32, 40, 64][draw(5)]).map { _ in tokenAlphabet[draw(tokenAlphabet.count)] })
            default:
                let separator = [".", "-", "/", ":", " "][draw(5)]
                text += (0..<(2 + draw(4))).map { _ in digits(1 + draw(25)) }.joined(separator: separator)
            }
        }
        return text
    }

    @Test(arguments: 0..<4)
    func everyFindingLiesInsideItsText(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let detector = CompositeDetector.standard()
        for _ in 0..<100 {
            let text = Self.sample(&generator)
            let length = text.utf8.count
            for finding in detector.detect(in: text) {
                #expect(finding.utf8Range.lowerBound >= 0 && finding.utf8Range.upperBound <= length && !finding.utf8Range.isEmpty, "\(finding.type) at \(finding.utf8Range) in \(text.debugDescription)")
            }
        }
    }
}
