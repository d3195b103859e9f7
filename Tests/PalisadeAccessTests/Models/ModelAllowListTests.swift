import PalisadeAccess
import Testing

@Suite struct ModelAllowListTests {
    @Test func anEmptyAllowListAllowsEveryModel() {
        #expect(ModelAllowList([]).allows("anything"))
        let list = ModelAllowList(["gpt-4o-mini*", "claude-3-5-haiku*"])
        #expect(list.allows("gpt-4o-mini"))
        #expect(list.allows("claude-3-5-haiku-20241022"))
        #expect(!list.allows("gpt-4o"))
    }
}
