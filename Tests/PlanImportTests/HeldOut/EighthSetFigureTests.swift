import PlanModel
import Testing

@testable import PlanImport

/// Figures the eighth held-out set drafted as goals that are none, and goals it missed
/// (branch i12-r9), tried on invented passages, none a held-out sentence.
@Suite(
  "Extraction: a plant's capacity and a support's term are no goals; sums and counts the city commits are"
)
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

  @Test("a support's term (`期限不超过15天`, `期限最长2年`) is no goal")
  func terms() {
    for sentence in ["单笔过桥资金期限不超过10天", "贴息期限最长3年", "每笔借款期限原则上不超过90天"] {
      let goals = TargetPatterns.goals(in: sentence[...], context: SentenceContext(year: 2027))
      #expect(goals.isEmpty, "\(sentence)")
    }
    #expect(
      !TargetPatterns.goals(in: "项目平均审批时间不超过30天"[...], context: SentenceContext(year: 2027))
        .isEmpty)
  }

  @Test("what the city puts in, widens or trains to (`出资`, `扩大至`, `培训`) are goals")
  func committedSumsAndCounts() {
    func figures(_ sentence: String) -> [Double?] {
      TargetPatterns.goals(in: sentence[...], context: SentenceContext()).map(\.goal.target?.value)
    }
    #expect(figures("区财政出资2亿元") == [2])
    #expect(figures("市级过桥资金规模扩大至5亿元") == [5])
    #expect(figures("每年为民营企业培训技能人才3000人次") == [3000])
  }

  @Test("`到2027年,…实现区县全覆盖`: a coverage of two characters' scope, 100%")
  func shortCoverage() throws {
    let goals = SpecialGoalPatterns.goals(
      in: "到2027年,实现乡镇全覆盖"[...], context: SentenceContext(year: 2027))
    let coverage = try #require(goals.first { $0.goal.unit == "%" })
    #expect(coverage.goal.target?.value == 100)
    #expect(coverage.metric == "乡镇覆盖")
  }

  @Test("`新增两款X`: a count in Chinese numerals right after a verb of adding")
  func chineseCountAfterAdding() throws {
    let goals = TargetPatterns.goals(
      in: "推动整车企业新增三款混动车型"[...], context: SentenceContext())
    let count = try #require(goals.first)
    #expect(count.goal.target?.value == 3 && count.goal.unit == "款")
    #expect(ChineseAmounts.counts(in: "培育两个新兴产业集群"[...]).isEmpty)
    #expect(ChineseAmounts.counts(in: "新增一款车型"[...]).isEmpty)
    #expect(ChineseAmounts.counts(in: "新上两条生产线"[...]).isEmpty)
  }
}
