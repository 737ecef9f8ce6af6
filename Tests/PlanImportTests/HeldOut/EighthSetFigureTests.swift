import PlanModel
import Testing

@testable import PlanImport

/// Figures the eighth held-out set drafted as goals that are none, and goals it missed
/// (branch i12-r9), tried on invented passages, none a held-out sentence.
@Suite("Extraction: a plant's capacity is no goal")
struct EighthSetFigureTests {
  @Test("`年产N万吨X项目`, `日处理能力N万吨的X厂`: the project's or plant's size, no goal")
  func capacities() {
    for sentence in [
      "加快建设年产5万吨高端铝箔项目", "新建日处理能力2万吨的工业污水处理厂", "力争年产30万套汽车轮毂生产线年内投产",
    ] {
      let goals = TargetPatterns.goals(in: sentence[...], context: SentenceContext(year: 2027))
      #expect(goals.isEmpty, "\(sentence)")
    }
    // A goal for output stays one; so does a capacity the plan itself is to reach.
    #expect(
      !TargetPatterns.goals(in: "整车年产量达到25万辆"[...], context: SentenceContext(year: 2027)).isEmpty)
    #expect(
      !TargetPatterns.goals(in: "全县粮食年产达到60万吨"[...], context: SentenceContext(year: 2027))
        .isEmpty)
  }
}
