import Foundation
import PalisadeCore
import PalisadeTelemetry
import Testing

@Suite struct ApplicationReportTests {
    private let dayOne = Date(timeIntervalSince1970: 1_779_926_400)  // 2026-05-28T00:00:00Z

    private func sampleReport(evidence: String = "ignore <PERSON> instructions") -> ApplicationReport {
        let records = [
            record(at: dayOne.addingTimeInterval(3_600), findings: [finding(.pii, "EMAIL"), finding(.pii, "US_SSN")]),
            record(at: dayOne.addingTimeInterval(7_200), findings: [finding(.secret, "AWS_ACCESS_KEY")]),
            record(at: dayOne.addingTimeInterval(86_400 + 60), status: 400, errorCode: "prompt_injection_detected", findings: [finding(.injection, "OVERRIDE", evidence: evidence)]),
            record(at: dayOne.addingTimeInterval(2 * 86_400 + 60), status: 502, errorCode: "upstream_timeout"),
            record(at: dayOne.addingTimeInterval(-60)),
        ]
        return ApplicationReport(
            application: "support-bot",
            records: records,
            period: DateInterval(start: dayOne, duration: 3 * 86_400),
            controls: ControlsInForce(policyMode: .enforce),
            cost: { _ in 0.5 },
            generatedAt: dayOne.addingTimeInterval(3 * 86_400)
        )
    }

    @Test func aggregatesTrafficFindingsAndExposure() {
        let report = sampleReport()
        #expect(report.traffic.requests == 4)
        #expect(report.traffic.errors == 2)
        #expect(report.traffic.costUSD == 2)
        #expect(report.days.map(\.requests) == [2, 1, 1])
        #expect(report.days[0].findings == ["pii": 2, "secret": 1])
        #expect(report.findingsByKind == ["pii": 2, "secret": 1, "injection": 1])
        #expect(report.blockedAttackCount == 1)
        #expect(report.sensitiveRecords == [.contact: 1, .governmentID: 1, .credential: 1])
        let costs = MonetaryExposureAssumptions.default.costs
        #expect(report.monetaryExposure.totalUSD == costs[.contact]!.usdPerRecord + costs[.governmentID]!.usdPerRecord + costs[.credential]!.usdPerRecord)
        #expect(report.monetaryExposure.lines.allSatisfy { !$0.basis.isEmpty })
        #expect(report.risk.factors.contains { $0.name == "attacks" })
    }

    @Test func jsonRoundTrips() throws {
        let report = sampleReport()
        let decoded = try JSONDecoder.iso8601.decode(ApplicationReport.self, from: report.json())
        #expect(decoded == report)
    }

    @Test func markdownStatesScoreExposureAndAssumptions() {
        let markdown = sampleReport(evidence: "a | b").markdown()
        #expect(markdown.hasPrefix("# Palisade report: support-bot"))
        #expect(markdown.contains("Score **\(sampleReport().risk.score)/100**"))
        #expect(markdown.contains("IBM Cost of a Data Breach Report 2024"))
        #expect(markdown.contains("| 2026-05-29 | 1 | $0.50 | 1 |"))
        #expect(markdown.contains(#"a \| b"#))
    }

    @Test func htmlIsSelfContainedWithChartsAndIDs() {
        let html = sampleReport().html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for id in ["risk-score", "chart-requests", "chart-findings", "chart-cost", "top-risks", "blocked-attacks", "monetary-exposure", "sensitive-records"] {
            #expect(html.contains("id=\"\(id)\""), "missing \(id)")
        }
        #expect(html.contains("<strong id=\"risk-score\">\(sampleReport().risk.score)</strong>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("href="))
        #expect(html.components(separatedBy: "<rect").count - 1 >= 3 + 3 + 3)
    }

    @Test func htmlEscapesEvidenceAndNames() {
        let html = sampleReport(evidence: "<script>alert('x')</script> & \"q\"").html()
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"))
    }

    @Test func reportOnAnEmptyPeriodStillRenders() {
        let report = ApplicationReport(
            application: "idle",
            records: [],
            period: DateInterval(start: dayOne, duration: 86_400),
            controls: ControlsInForce(),
            cost: { _ in 0 }
        )
        #expect(report.traffic.requests == 0)
        #expect(report.monetaryExposure.totalUSD == 0)
        #expect(report.html().contains("id=\"chart-requests\""))
        #expect(report.risk.score == 0)
    }
}

extension JSONDecoder {
    static var iso8601: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
