import Foundation
import PalisadeCore

extension ApplicationReport {
    /// Builds the report of `application` from its exchange records.
    ///
    /// - Parameters:
    ///   - records: the application's records; those outside `period` are ignored.
    ///   - controls: the controls configured for the application, for the risk score.
    ///   - cost: the price of one exchange in USD (the gateway's price table).
    public init(
        application: String,
        records: [ExchangeRecord],
        period: DateInterval,
        inventory: ApplicationInventory? = nil,
        controls: ControlsInForce,
        riskModel: RiskModel = .default,
        assumptions: MonetaryExposureAssumptions = .default,
        cost: (ExchangeRecord) -> Double,
        generatedAt: Date = Date()
    ) {
        let records = records.filter { period.start <= $0.startedAt && $0.startedAt < period.end }.sorted { $0.startedAt < $1.startedAt }
        let costs = records.map(cost)

        var days = Self.days(in: period)
        let firstDay = days.first?.date ?? period.start
        var findingsByKind: [String: Int] = [:]
        var sensitiveRecords: [DataSensitivity: Int] = [:]
        var blocked: [BlockedAttack] = []
        var signals = ThreatSignals()
        var reach: Set<String> = []
        for (record, price) in zip(records, costs) {
            let index = Int(record.startedAt.timeIntervalSince(firstDay) / 86_400)
            if days.indices.contains(index) {
                days[index].requests += 1
                days[index].costUSD += price
            }
            for finding in record.findings {
                findingsByKind[finding.kind.rawValue, default: 0] += 1
                if days.indices.contains(index) { days[index].findings[finding.kind.rawValue, default: 0] += 1 }
                if let sensitivity = DataSensitivity.of(kind: finding.kind, type: finding.type) {
                    sensitiveRecords[sensitivity, default: 0] += 1
                }
            }
            if Self.isRefused(record) {
                for finding in record.findings where finding.kind.isInjectionAttempt {
                    blocked.append(BlockedAttack(at: record.startedAt, kind: finding.kind, type: finding.type, severity: finding.severity, evidence: finding.evidence))
                }
            }
            signals.add(record, halfLife: .infinity)
            if let endUser = record.endUser { reach.insert("user:" + endUser) }
            if let clientIP = record.clientIP { reach.insert("ip:" + clientIP) }
        }

        let lines = DataSensitivity.allCases.compactMap { sensitivity -> ExposureLine? in
            guard let count = sensitiveRecords[sensitivity], count > 0 else { return nil }
            let assumption = assumptions.costs[sensitivity] ?? .init(usdPerRecord: 0, basis: "No cost assumed for this class.")
            return ExposureLine(
                sensitivity: sensitivity,
                records: count,
                usdPerRecord: assumption.usdPerRecord,
                usd: Double(count) * assumption.usdPerRecord,
                basis: assumption.basis
            )
        }

        self.application = application
        periodStart = period.start
        periodEnd = period.end
        self.generatedAt = generatedAt
        traffic = Traffic(
            requests: records.count,
            errors: records.count { $0.status >= 400 },
            inputTokens: records.reduce(0) { $0 + $1.usage.input },
            outputTokens: records.reduce(0) { $0 + $1.usage.output },
            costUSD: costs.reduce(0, +),
            averageLatencyMs: records.isEmpty ? 0 : records.reduce(0) { $0 + $1.latencyMs } / Double(records.count)
        )
        self.days = days
        self.findingsByKind = findingsByKind
        risk = riskModel.assess(RiskInputs(
            reach: reach.count,
            dataSeen: Set(sensitiveRecords.keys),
            signals: signals,
            controls: controls
        ))
        blockedAttackCount = blocked.count
        blockedAttackExamples = Array(blocked.suffix(10).reversed())
        self.sensitiveRecords = sensitiveRecords
        monetaryExposure = MonetaryExposure(totalUSD: lines.reduce(0) { $0 + $1.usd }, lines: lines)
        self.inventory = inventory
    }

    /// Palisade answered with its own client error: the request was refused, not forwarded.
    private static func isRefused(_ record: ExchangeRecord) -> Bool {
        (400..<500).contains(record.status) && record.errorCode != nil
    }

    /// One empty day per UTC calendar day the period touches, at most 366.
    private static func days(in period: DateInterval) -> [Day] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var day = calendar.startOfDay(for: period.start)
        var days: [Day] = []
        while day < period.end, days.count < 366 {
            days.append(Day(date: day, requests: 0, costUSD: 0, findings: [:]))
            day = day.addingTimeInterval(86_400)
        }
        return days
    }
}
