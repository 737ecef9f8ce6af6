import Testing

@testable import PlanImport

/// A count named by an administrative level alone (`国家级和省级X分别达到10家、30家` parts into
/// `国家级` and `省级`) and the ladder step it counts, on invented ladders.
@Suite("Extraction: a level alone names the first step of that level")
struct LadderStepLevelTests {
  @Test("the first step of the level in the ladder's order, not the longest name")
  func firstOfTheLevel() {
    let steps = ["创新型中小企业", "省级专精特新中小企业", "国家级专精特新“小巨人”企业", "国家级制造业单项冠军示范企业"]
    #expect(LadderLists.step(for: "国家级", among: steps) == "国家级专精特新“小巨人”企业")
    #expect(LadderLists.step(for: "省级", among: steps) == "省级专精特新中小企业")
    // A level no step has names none.
    #expect(LadderLists.step(for: "市级", among: steps) == nil)
    // A fuller name still picks the step it names.
    #expect(LadderLists.step(for: "国家级制造业单项冠军示范企业", among: steps) == "国家级制造业单项冠军示范企业")
  }
}
