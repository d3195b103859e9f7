import PalisadeCore
import PalisadeProviders
import Testing

@Suite struct ProviderErrorTests {
    private let error = ProviderError(status: 401, code: "invalid_api_key", message: "No.")

    @Test func openAIShape() {
        let body = error.body(for: .openai)
        #expect(body["error"]?["message"] == "No.")
        #expect(body["error"]?["type"] == "authentication_error")
        #expect(body["error"]?["code"] == "invalid_api_key")
    }

    @Test func anthropicShape() {
        let body = error.body(for: .anthropic)
        #expect(body["type"] == "error")
        #expect(body["error"]?["type"] == "authentication_error")
        #expect(ProviderError(status: 413, code: "x", message: "").body(for: .anthropic)["error"]?["type"] == "request_too_large")
    }

    @Test func streamEventsUseEachProvidersConvention() {
        #expect(error.streamEvent(for: .openai).event == nil)
        #expect(error.streamEvent(for: .anthropic).event == "error")
    }
}

@Suite struct TokenEstimatorTests {
    @Test func emptyTextHasNoTokens() {
        #expect(TokenEstimator.estimate("") == 0)
    }

    @Test func estimatesGrowWithTextAndCountDenseScripts() {
        let english = TokenEstimator.estimate("The quick brown fox jumps over the lazy dog.")
        #expect((9...16).contains(english))
        #expect(TokenEstimator.estimate(String(repeating: "word ", count: 100)) > 100)
        #expect(TokenEstimator.estimate("東京都の天気はどうですか") >= 10)
    }
}
