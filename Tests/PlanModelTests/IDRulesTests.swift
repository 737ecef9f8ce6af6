import Testing

@testable import PlanModel

@Suite struct IDRulesTests {
  @Test func acceptsReadableIDs() {
    #expect(IDRules.isWellFormed("hechuan.cluster.auto-parts"))
    #expect(IDRules.isWellFormed("chengdu.target.value-added-2025"))
  }

  @Test func refusesMalformedIDs() {
    #expect(!IDRules.isWellFormed("hechuan"))
    #expect(!IDRules.isWellFormed("Hechuan.cluster.x"))
    #expect(!IDRules.isWellFormed("hechuan..x"))
    #expect(!IDRules.isWellFormed("hechuan.-x"))
    #expect(!IDRules.isWellFormed("hechuan.x--y"))
    #expect(!IDRules.isWellFormed("hechuan.集群"))
  }
}
