import Foundation
import PalisadeAccess
import PalisadeCore
import Testing

@Suite struct PricingTableTests {
    @Test func theShippedTableNamesItsSourceAndDate() throws {
        let table = try PricingTable.bundled()
        #expect(table.source.contains("openai.com"))
        #expect(table.source.contains("anthropic.com"))
        #expect(table.pricesAsOf.count == 10)
    }

    @Test(arguments: [
        "gpt-4o", "gpt-4o-2024-08-06", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o3", "o3-mini", "o4-mini",
        "claude-opus-4-1-20250805", "claude-sonnet-4-20250514", "claude-3-5-haiku-20241022", "text-embedding-3-small",
        "gpt-5.4", "gpt-5.4-mini", "claude-opus-4-6", "claude-sonnet-4-6", "claude-haiku-4-5-20251001",
    ])
    func currentModelsArePriced(_ model: String) throws {
        #expect(try PricingTable.bundled().price(for: model) != nil)
    }

    @Test func theMostSpecificPatternWins() throws {
        let table = try PricingTable.bundled()
        let mini = try #require(table.price(for: "gpt-4o-mini-2024-07-18"))
        let full = try #require(table.price(for: "gpt-4o-2024-08-06"))
        #expect(mini.input < full.input)
        #expect(try #require(table.price(for: "o3-mini")).input < (try #require(table.price(for: "o3-pro"))).input)
        #expect(try #require(table.price(for: "gpt-5.4-mini")).input < (try #require(table.price(for: "gpt-5.4"))).input)
        #expect(try #require(table.price(for: "claude-opus-4-6")).input < (try #require(table.price(for: "claude-opus-4-1-20250805"))).input)
    }

    @Test func costIsPricePerMillionTokens() throws {
        let json = Data(#"{"source": "test", "pricesAsOf": "2025-01-01", "models": [{"pattern": "m*", "input": 0.15, "output": 0.6}]}"#.utf8)
        let table = try PricingTable(json: json)
        #expect(table.cost(model: "m1", usage: TokenUsage(input: 1_000_000, output: 0)) == Decimal(string: "0.15"))
        #expect(table.cost(model: "m1", usage: TokenUsage(input: 2_000, output: 1_000)) == Decimal(string: "0.0009"))
        #expect(table.cost(model: "m1", usage: TokenUsage(input: 3, output: 0)) == Decimal(string: "0.00000045"))
        #expect(table.cost(model: "m1", usage: TokenUsage(input: 0, output: 0)) == 0)
        #expect(table.cost(model: "other", usage: TokenUsage(input: 10)) == nil)
    }

    @Test func overridesWinOverShippedPrices() throws {
        let negotiated = ModelPrice(input: 1, output: 2)
        let table = try PricingTable.bundled(overrides: ["gpt-4o*": negotiated, "my-llama-*": ModelPrice(input: 0, output: 0)])
        #expect(table.price(for: "gpt-4o-mini") == negotiated)
        #expect(table.price(for: "gpt-4o") == negotiated)
        #expect(table.price(for: "my-llama-70b") == ModelPrice(input: 0, output: 0))
        #expect(table.price(for: "gpt-4.1") == (try PricingTable.bundled()).price(for: "gpt-4.1"))
    }

    @Test func aMalformedTableIsReported() {
        #expect(throws: PricingTableError.self) { try PricingTable(json: Data("{}".utf8)) }
    }
}
