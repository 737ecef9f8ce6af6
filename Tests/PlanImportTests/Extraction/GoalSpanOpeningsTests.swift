import PlanModel
import Testing

@testable import PlanImport

/// A goals part opened by the plan's span instead of a year (`经过五年努力,…`): its goals are due
/// the plan's last year.
@Suite("Extraction: a goals part opened by the plan's span")
struct GoalSpanOpeningsTests {
  let fiveYears = PlanPeriod(start: 2026, end: 2030)
  let threeYears = PlanPeriod(start: 2026, end: 2028)

  @Test("the span alone in the first clause: an effort, the period's end, the period and goals")
  func spans() {
    #expect(GoalSpanOpenings.year(opening: "经过五年努力,全县工业实力明显增强。", period: fiveYears) == 2030)
    #expect(GoalSpanOpenings.year(opening: "通过三年的不懈奋斗,主要目标是:", period: threeYears) == 2028)
    #expect(GoalSpanOpenings.year(opening: "再用3年时间,园区基本建成。", period: threeYears) == 2028)
    #expect(GoalSpanOpenings.year(opening: "到“十五五”末,全市规上企业突破900家。", period: fiveYears) == 2030)
    #expect(GoalSpanOpenings.year(opening: "至十五五期末,基本建成工业强市。", period: fiveYears) == 2030)
    #expect(GoalSpanOpenings.year(opening: "“十五五”时期,全区工业发展的主要目标是:", period: fiveYears) == 2030)
  }

  @Test("a sentence naming the period's end is due then, whatever spaces open it")
  func dueEnd() {
    #expect(GoalSpanOpenings.namesDueEnd("到“十五五”末,规上企业突破900家。", period: fiveYears))
    #expect(GoalSpanOpenings.namesDueEnd("\u{3000}到“十五五”末,规上企业突破900家。", period: fiveYears))
    #expect(!GoalSpanOpenings.namesDueEnd("经过五年努力,规上企业突破900家。", period: fiveYears))
    #expect(!GoalSpanOpenings.namesDueEnd("到“十五五”末,规上企业突破900家。", period: nil))
  }

  @Test("lookalikes: a total, a span of another length, a period that is the plan's setting")
  func lookalikes() {
    // A total over the span: the clause goes on past the years.
    #expect(GoalSpanOpenings.year(opening: "三年新建标准厂房20万平方米。", period: threeYears) == nil)
    #expect(GoalSpanOpenings.year(opening: "经过五年努力建成产业基地。", period: fiveYears) == nil)
    // Five years of effort in a three-year plan.
    #expect(GoalSpanOpenings.year(opening: "经过五年努力,产业规模倍增。", period: threeYears) == nil)
    // The period as the plan's setting, or a past period.
    #expect(GoalSpanOpenings.year(opening: "“十五五”时期是工业转型的关键时期。", period: fiveYears) == nil)
    #expect(GoalSpanOpenings.year(opening: "“十五五”时期,外部环境更趋复杂。", period: fiveYears) == nil)
    #expect(GoalSpanOpenings.year(opening: "到“十四五”末,规上企业达到420家。", period: fiveYears) == nil)
    #expect(GoalSpanOpenings.year(opening: "经过五年努力,产业规模倍增。", period: nil) == nil)
  }

  @Test("the `——` goal lines after a span's opening take the plan's last year")
  func goalLines() {
    let plan = draft([
      "安岙县制造业高质量发展规划(2026—2030年)",
      "一、发展目标",
      "经过五年努力,全县制造业综合实力迈上新台阶,主要目标是:",
      "——产业规模持续壮大。规上工业总产值突破800亿元,规上工业企业达到560家。",
      "——创新能力明显提升。高新技术企业达到210家。",
      "二、重点任务",
      "(一)壮大主导产业。新建标准厂房30万平方米。",
    ])
    let figures = draftedFigures(plan)
    for value in [800.0, 560, 210] {
      #expect(figures.contains { $0.value == value && $0.year == 2030 }, "\(value)")
    }
    // A task sentence with no year of its own takes none from the goals part.
    #expect(!figures.contains { $0.value == 30 && $0.year == 2030 })
  }

  @Test("a span opening a task paragraph sets no year for the paragraphs after it")
  func taskSpan() {
    let plan = draft([
      "安岙县制造业高质量发展规划(2026—2030年)",
      "一、重点任务",
      "(一)壮大主导产业。经过五年努力,培育龙头企业一批。",
      "(二)建设园区平台。新建标准厂房30万平方米。",
    ])
    #expect(!draftedFigures(plan).contains { $0.value == 30 && $0.year == 2030 })
  }
}
