import PalisadeAccess
import Testing

@Suite struct ModelPatternTests {
    @Test func globsMatchWholeNamesCaseInsensitively() {
        #expect(ModelPattern("gpt-4o*").matches("gpt-4o-2024-08-06"))
        #expect(ModelPattern("gpt-4o*").matches("GPT-4o"))
        #expect(!ModelPattern("gpt-4o").matches("gpt-4o-mini"))
        #expect(ModelPattern("claude-*-4*").matches("claude-sonnet-4-20250514"))
        #expect(!ModelPattern("claude-*-4*").matches("claude-3-5-haiku"))
        #expect(ModelPattern("o?-mini").matches("o4-mini"))
        #expect(!ModelPattern("o?-mini").matches("o4-mini-high"))
        #expect(ModelPattern("*").matches(""))
        #expect(!ModelPattern("a*a*a*a*b").matches(String(repeating: "a", count: 200)))
    }

    @Test func anEmptyAllowListAllowsEveryModel() {
        #expect(ModelAllowList([]).allows("anything"))
        let list = ModelAllowList(["gpt-4o-mini*", "claude-3-5-haiku*"])
        #expect(list.allows("gpt-4o-mini"))
        #expect(list.allows("claude-3-5-haiku-20241022"))
        #expect(!list.allows("gpt-4o"))
    }
}
