import Foundation
import PalisadeCore

extension ApplicationReport {
    /// The report as Markdown, for terminals and tickets. Table cells have `|` and line breaks
    /// neutralised so that evidence cannot break the table.
    public func markdown() -> String {
        var lines: [String] = [
            "# Palisade report: \(Self.cell(application))",
            "",
            "Period: \(ReportFormatting.day(periodStart)) to \(ReportFormatting.day(periodEnd)) (UTC). Generated \(ReportFormatting.timestamp(generatedAt)).",
            "",
            "## Risk",
            "",
            "Score **\(risk.score)/100** (\(risk.level.rawValue)).",
            "",
            "| factor | points | why |",
            "|---|---:|---|",
        ]
        lines += risk.factors.map { "| \($0.name) | \(ReportFormatting.points($0.points)) | \(Self.cell($0.explanation)) |" }
        lines += [
            "",
            "## Traffic",
            "",
            "| requests | errors | input tokens | output tokens | cost | average latency |",
            "|---:|---:|---:|---:|---:|---:|",
            "| \(ReportFormatting.grouped(traffic.requests)) | \(ReportFormatting.grouped(traffic.errors)) | \(ReportFormatting.grouped(traffic.inputTokens)) | \(ReportFormatting.grouped(traffic.outputTokens)) | \(ReportFormatting.usd(traffic.costUSD)) | \(Int(traffic.averageLatencyMs.rounded())) ms |",
            "",
            "| day | requests | cost | findings |",
            "|---|---:|---:|---:|",
        ]
        lines += days.map { day in
            "| \(ReportFormatting.day(day.date)) | \(day.requests) | \(ReportFormatting.usd(day.costUSD)) | \(day.findings.values.reduce(0, +)) |"
        }
        lines += ["", "## Findings by kind", "", "| kind | count |", "|---|---:|"]
        lines += FindingKind.allCases.compactMap { kind in
            findingsByKind[kind.rawValue].map { "| \(kind.rawValue) | \($0) |" }
        }
        lines += ["", "## Blocked attacks", "", "\(blockedAttackCount) attacks were refused."]
        if !blockedAttackExamples.isEmpty {
            lines += ["", "| when | type | severity | evidence (redacted) |", "|---|---|---|---|"]
            lines += blockedAttackExamples.map {
                "| \(ReportFormatting.timestamp($0.at)) | \(Self.cell($0.type)) | \($0.severity.rawValue) | \(Self.cell($0.evidence)) |"
            }
        }
        lines += [
            "",
            "## Sensitive records and monetary exposure",
            "",
            "Estimated exposure: **\(ReportFormatting.usd(monetaryExposure.totalUSD))** if every sensitive value seen had leaked.",
            "",
            "| data class | records | cost per record | exposure | assumption |",
            "|---|---:|---:|---:|---|",
        ]
        lines += monetaryExposure.lines.map {
            "| \($0.sensitivity.rawValue) | \(ReportFormatting.grouped($0.records)) | \(ReportFormatting.usd($0.usdPerRecord)) | \(ReportFormatting.usd($0.usd)) | \(Self.cell($0.basis)) |"
        }
        if let inventory {
            lines += ["", "## Inventory", "", "| category | items | most used |", "|---|---:|---|"]
            lines += InventoryCategory.allCases.map { category in
                let items = inventory.items(category)
                return "| \(category.rawValue) | \(items.count) | \(Self.cell(items.prefix(3).map(\.name).joined(separator: ", "))) |"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }
}
