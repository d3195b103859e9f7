import PalisadeCore

extension ApplicationReport {
    private static let kindColors: [FindingKind: String] = [
        .pii: "#4e79a7", .secret: "#e15759", .hiddenContent: "#76b7b2", .injection: "#f28e2b",
        .jailbreak: "#edc948", .outputLeak: "#b07aa1", .policy: "#9c755f",
    ]

    /// The report as one self-contained HTML page: inline style and SVG, no script, no external
    /// asset, every value escaped, and a Content-Security-Policy that refuses any script or fetch,
    /// so a report passed around cannot run or load anything even if escaping were ever missed.
    /// Sections carry stable ids for links and checks.
    public func html() -> String {
        let labels = days.map { String(ReportFormatting.day($0.date).dropFirst(5)) }
        let requestsChart = SVGBarChart(
            id: "chart-requests",
            title: "Requests per day",
            labels: labels,
            series: [.init(name: "requests", color: "#4e79a7", values: days.map { Double($0.requests) })],
            formatValue: { ReportFormatting.grouped(Int($0.rounded())) }
        )
        let findingsChart = SVGBarChart(
            id: "chart-findings",
            title: "Findings per day by kind",
            labels: labels,
            series: FindingKind.allCases.filter { findingsByKind[$0.rawValue] != nil }.map { kind in
                .init(name: kind.rawValue, color: Self.kindColors[kind] ?? "#888", values: days.map { Double($0.findings[kind.rawValue] ?? 0) })
            },
            formatValue: { ReportFormatting.grouped(Int($0.rounded())) }
        )
        let costChart = SVGBarChart(
            id: "chart-cost",
            title: "Cost per day (USD)",
            labels: labels,
            series: [.init(name: "cost", color: "#59a14f", values: days.map(\.costUSD))],
            formatValue: ReportFormatting.usd
        )
        let e = HTMLEscaping.escape
        var body = """
            <header>
            <h1>Palisade report: <span id="application-name">\(e(application))</span></h1>
            <p>Period \(e(ReportFormatting.day(periodStart))) to \(e(ReportFormatting.day(periodEnd))) (UTC). Generated \(e(ReportFormatting.timestamp(generatedAt))).</p>
            </header>
            <section id="risk">
            <h2>Risk</h2>
            <p class="score level-\(risk.level.rawValue)">Score <strong id="risk-score">\(risk.score)</strong>/100, <span id="risk-level">\(risk.level.rawValue)</span></p>
            <h3>Top risks</h3>
            <ol id="top-risks">\(topRisks.map { "<li><strong>\(e($0.name))</strong> \(e(ReportFormatting.points($0.points))): \(e($0.explanation))</li>" }.joined())</ol>
            \(Self.table(id: "risk-factors", header: ["factor", "points", "why"], rows: risk.factors.map { [$0.name, ReportFormatting.points($0.points), $0.explanation] }))
            </section>
            <section id="traffic">
            <h2>Traffic and cost</h2>
            \(Self.table(id: "traffic-summary", header: ["requests", "errors", "input tokens", "output tokens", "cost", "average latency"], rows: [[
                ReportFormatting.grouped(traffic.requests), ReportFormatting.grouped(traffic.errors),
                ReportFormatting.grouped(traffic.inputTokens), ReportFormatting.grouped(traffic.outputTokens),
                ReportFormatting.usd(traffic.costUSD), "\(Int(traffic.averageLatencyMs.rounded())) ms",
            ]]))
            <figure>\(requestsChart.svg())<figcaption>Requests per day</figcaption></figure>
            <figure>\(costChart.svg())<figcaption>Cost per day (USD)</figcaption></figure>
            </section>
            <section id="findings">
            <h2>Findings by kind</h2>
            <figure>\(findingsChart.svg())<figcaption>Findings per day, stacked by kind</figcaption></figure>
            \(Self.table(id: "findings-by-kind", header: ["kind", "count"], rows: FindingKind.allCases.compactMap { kind in findingsByKind[kind.rawValue].map { [kind.rawValue, ReportFormatting.grouped($0)] } }))
            </section>
            <section id="blocked-attacks">
            <h2>Blocked attacks</h2>
            <p><span id="blocked-attack-count">\(blockedAttackCount)</span> attacks were refused. Evidence is shown redacted.</p>
            \(Self.table(id: "blocked-attack-examples", header: ["when", "type", "severity", "evidence"], rows: blockedAttackExamples.map { [ReportFormatting.timestamp($0.at), $0.type, $0.severity.rawValue, $0.evidence] }))
            </section>
            <section id="monetary-exposure">
            <h2>Sensitive records and monetary exposure</h2>
            <p>Estimated exposure <strong id="exposure-total">\(e(ReportFormatting.usd(monetaryExposure.totalUSD)))</strong> if every sensitive value seen had leaked, at the costs per record below.</p>
            \(Self.table(id: "sensitive-records", header: ["data class", "records", "cost per record", "exposure", "assumption"], rows: monetaryExposure.lines.map { [
                $0.sensitivity.rawValue, ReportFormatting.grouped($0.records), ReportFormatting.usd($0.usdPerRecord), ReportFormatting.usd($0.usd), $0.basis,
            ] }))
            </section>

            """
        if let inventory {
            body += """
                <section id="inventory">
                <h2>Inventory</h2>
                \(Self.table(id: "inventory-items", header: ["category", "items", "most used"], rows: InventoryCategory.allCases.map { category in
                    let items = inventory.items(category)
                    return [category.rawValue, "\(items.count)", items.prefix(3).map(\.name).joined(separator: ", ")]
                }))
                </section>

                """
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <title>Palisade report: \(e(application))</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
            table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
            th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
            .chart { width: 100%; height: auto; }
            .score { font-size: 1.4rem; }
            .level-low { color: #2e7d32; } .level-medium { color: #b26a00; } .level-high { color: #c62828; } .level-critical { color: #7b0000; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    private static func table(id: String, header: [String], rows: [[String]]) -> String {
        let e = HTMLEscaping.escape
        let head = header.map { "<th>\(e($0))</th>" }.joined()
        let body = rows.map { "<tr>" + $0.map { "<td>\(e($0))</td>" }.joined() + "</tr>" }.joined(separator: "\n")
        return "<table id=\"\(e(id))\"><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>"
    }
}
