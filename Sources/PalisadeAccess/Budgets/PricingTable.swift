import Foundation
import PalisadeCore

/// List prices in US dollars per million tokens.
public struct ModelPrice: Sendable, Hashable, Codable {
    public var input: Decimal
    public var output: Decimal

    public init(input: Decimal, output: Decimal) {
        self.input = input
        self.output = output
    }
}

/// Model prices by name pattern, from the table shipped in `Resources/pricing.json` with
/// operator overrides on top. Among matching patterns the most specific wins (`gpt-4o-mini*` over
/// `gpt-4o*`); an override wins over every shipped price it matches, so an operator with
/// negotiated prices states them once per family.
public struct PricingTable: Sendable {
    private struct Entry: Sendable {
        var pattern: NamePattern
        var price: ModelPrice
    }

    private struct Document: Decodable {
        var source: String
        var pricesAsOf: String
        var models: [Model]

        struct Model: Decodable {
            var pattern: String
            var input: Decimal
            var output: Decimal
        }
    }

    /// Overrides first, then shipped prices; each group most specific first.
    private let entries: [Entry]
    /// Where the shipped prices come from, and their date; for `palisade` to show.
    public let source: String
    public let pricesAsOf: String

    /// The shipped table, with `overrides` (pattern → price) from the configuration.
    public static func bundled(overrides: [String: ModelPrice] = [:]) throws(PricingTableError) -> PricingTable {
        guard let url = Bundle.module.url(forResource: "pricing", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url)
        else {
            throw .missingResource
        }
        return try PricingTable(json: data, overrides: overrides)
    }

    /// A table from a document shaped like `pricing.json`.
    public init(json: Data, overrides: [String: ModelPrice] = [:]) throws(PricingTableError) {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: json)
        } catch {
            throw .malformed(String(describing: error))
        }
        source = document.source
        pricesAsOf = document.pricesAsOf
        let shipped = document.models.map { Entry(pattern: NamePattern($0.pattern), price: ModelPrice(input: $0.input, output: $0.output)) }
        let overriding = overrides.map { Entry(pattern: NamePattern($0.key), price: $0.value) }
        entries = Self.mostSpecificFirst(overriding) + Self.mostSpecificFirst(shipped)
    }

    /// The price for `model`, or `nil` when no pattern matches (a self-hosted model, a new model
    /// not yet in the table): such requests are not counted against budgets.
    public func price(for model: String) -> ModelPrice? {
        entries.first { $0.pattern.matches(model) }?.price
    }

    /// Charged on every exchange: the division by a million moves the decimal exponent instead of
    /// running `Decimal`'s long division, which took most of the time settling a request.
    public func cost(model: String, usage: TokenUsage) -> Decimal? {
        guard let price = price(for: model) else { return nil }
        let perMillion = Decimal(usage.input) * price.input + Decimal(usage.output) * price.output
        return Decimal(sign: perMillion.sign, exponent: perMillion.exponent - 6, significand: perMillion.significand)
    }

    private static func mostSpecificFirst(_ entries: [Entry]) -> [Entry] {
        entries.enumerated()
            .sorted { ($0.element.pattern.specificity, -$0.offset) > ($1.element.pattern.specificity, -$1.offset) }
            .map(\.element)
    }
}

public enum PricingTableError: Error, Sendable, Hashable, CustomStringConvertible {
    case missingResource
    case malformed(String)

    public var description: String {
        switch self {
        case .missingResource: "The pricing table shipped with Palisade is missing from its resources; reinstall Palisade."
        case .malformed(let reason): "The pricing table is not valid JSON of the expected shape: \(reason)"
        }
    }
}
