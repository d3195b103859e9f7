/// A bar chart drawn as inline SVG, stacked when it has several series, so that reports need
/// no script or external asset.
struct SVGBarChart {
    struct Series {
        var name: String
        var color: String
        var values: [Double]
    }

    var id: String
    var title: String
    var labels: [String]
    var series: [Series]
    var formatValue: (Double) -> String

    private let width = 720.0
    private let height = 240.0
    private let left = 64.0
    private let bottom = 28.0
    private let top = 12.0

    init(id: String, title: String, labels: [String], series: [Series], formatValue: @escaping (Double) -> String) {
        self.id = id
        self.title = title
        self.labels = labels
        self.series = series
        self.formatValue = formatValue
    }

    func svg() -> String {
        let totals = labels.indices.map { index in series.reduce(0) { $0 + ($1.values.indices.contains(index) ? $1.values[index] : 0) } }
        let maximum = max(totals.max() ?? 0, 1)
        let plotHeight = height - bottom - top
        let slot = (width - left) / Double(max(labels.count, 1))
        let barWidth = max(1, slot * 0.7)
        var svg = """
            <svg id="\(HTMLEscaping.escape(id))" class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-labelledby="\(HTMLEscaping.escape(id))-title">
            <title id="\(HTMLEscaping.escape(id))-title">\(HTMLEscaping.escape(title))</title>
            <line x1="\(left)" y1="\(top + plotHeight)" x2="\(width)" y2="\(top + plotHeight)" stroke="#888"/>
            <text x="\(left - 6)" y="\(top + 10)" text-anchor="end" font-size="11">\(HTMLEscaping.escape(formatValue(maximum)))</text>
            <text x="\(left - 6)" y="\(top + plotHeight)" text-anchor="end" font-size="11">0</text>

            """
        let labelStep = max(1, labels.count / 10)
        for (index, label) in labels.enumerated() {
            let x = left + Double(index) * slot + (slot - barWidth) / 2
            var base = top + plotHeight
            for entry in series {
                let value = entry.values.indices.contains(index) ? entry.values[index] : 0
                guard value > 0 else { continue }
                let barHeight = value / maximum * plotHeight
                base -= barHeight
                svg += "<rect x=\"\(rounded(x))\" y=\"\(rounded(base))\" width=\"\(rounded(barWidth))\" height=\"\(rounded(barHeight))\" fill=\"\(entry.color)\">"
                svg += "<title>\(HTMLEscaping.escape("\(label) \(entry.name): \(formatValue(value))"))</title></rect>\n"
            }
            if index % labelStep == 0 {
                svg += "<text x=\"\(rounded(x + barWidth / 2))\" y=\"\(height - 8)\" text-anchor=\"middle\" font-size=\"10\">\(HTMLEscaping.escape(label))</text>\n"
            }
        }
        if series.count > 1 {
            for (index, entry) in series.enumerated() {
                let x = left + 8 + Double(index) * 110
                svg += "<rect x=\"\(x)\" y=\"2\" width=\"10\" height=\"10\" fill=\"\(entry.color)\"/>"
                svg += "<text x=\"\(x + 14)\" y=\"11\" font-size=\"10\">\(HTMLEscaping.escape(entry.name))</text>\n"
            }
        }
        return svg + "</svg>"
    }

    private func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}
