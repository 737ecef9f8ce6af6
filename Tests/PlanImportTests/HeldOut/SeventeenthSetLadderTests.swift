import PlanModel
import Testing

@testable import PlanImport

/// How the seventeenth held-out set's plans state their ladders — the grades of one kind each
/// counted, and levels of one kind counted with no list of them — on other invented passages.
@Suite("Extraction: ladders from the seventeenth held-out set")
struct SeventeenthSetLadderTests {
  static func tiers(_ plan: Plan) -> [(name: String, count: Double?, unit: String?)] {
    plan.ladders.flatMap(\.tiers).map {
      (PlanTextCharacters.unquoted($0.name), $0.target?.value, $0.unit)
    }
  }

  @Test("the grades of the kind a sentence grades, each counted, are a ladder's steps")
  func gradesOfOneKind() {
    let plan = draft([
      "甲川市绿色制造三年行动方案(2026—2028年)", "一、行动目标",
      "到2028年,构建绿色工厂梯度体系,县级绿色工厂达到60家、市级绿色工厂25家、省级绿色工厂8家、国家级绿色工厂实现零的突破。",
    ])
    let tiers = Self.tiers(plan)
    #expect(tiers.map(\.name) == ["县级绿色工厂", "市级绿色工厂", "省级绿色工厂", "国家级绿色工厂"])
    #expect(tiers.map(\.count) == [60, 25, 8, 1])
    // The 零突破 ending a list of counts is the last name's, in the list's unit.
    #expect(tiers.last?.unit == "家")
    #expect(LadderCounts.gradedKind(in: "构建绿色工厂梯度体系,县级绿色工厂达到60家") == "绿色工厂")
    #expect(LadderCounts.tierName("县级绿色工厂", kind: "绿色工厂") == "县级绿色工厂")
    #expect(LadderCounts.tierName("县级绿色工厂") == nil)
    // Without a grading word, grades that are no administrative levels stay goals.
    let plain = draft([
      "乙川市智能制造三年行动方案(2026—2028年)", "一、行动目标",
      "到2028年,基础级智能工厂达到300家、先进级智能工厂90家、卓越级智能工厂10家。",
    ])
    #expect(plain.ladders.isEmpty)
    #expect(plain.targets.count == 3)
  }

  @Test("a 零突破 after a list of counts names only the last item, in the list's unit")
  func zeroBreakthroughInList() {
    let plan = draft([
      "丙川市工业三年行动方案(2026—2028年)", "一、行动目标",
      "到2028年,高新技术企业达到300家、科技型中小企业800家、独角兽企业实现零的突破。",
    ])
    let zero = plan.targets.first { $0.goal.qualifiers.contains("零突破") }
    #expect(zero?.metric == "独角兽企业")
    let plainZero = draft([
      "丁川市工业三年行动方案(2026—2028年)", "一、行动目标", "到2028年,上市企业实现零的突破。",
    ]).targets.first
    #expect(plainZero?.metric == "上市企业")
  }

  @Test("one kind counted at three levels in a paragraph is a ladder, lowest level first")
  func levelsCounted() {
    let plan = draft([
      "戊山县农业产业化三年行动方案(2026—2028年)", "一、重点任务",
      "(一)壮大龙头企业。建立龙头企业培育库,逐级推荐认定。到2028年,县级以上龙头企业达到70家,其中省级龙头企业12家、国家级龙头企业2家,市级龙头企业30家。",
    ])
    let tiers = Self.tiers(plan)
    #expect(tiers.map(\.name) == ["县级以上龙头企业", "市级龙头企业", "省级龙头企业", "国家级龙头企业"])
    #expect(tiers.map(\.count) == [70, 30, 12, 2])
    #expect(LevelCountLadders.sharedEnd(of: ["以上龙头企业", "龙头企业", "骨干龙头企业"]) == "龙头企业")
    // Projects counted at three levels, or one kind at two levels, give no ladder.
    let projects = draft([
      "己山县重大项目攻坚行动方案(2026—2028年)", "一、重点任务",
      "(一)抓项目。到2028年,县级重点项目达到120个,市级重点项目40个、省级重点项目8个。",
    ])
    #expect(projects.ladders.isEmpty)
    let twoLevels = draft([
      "庚山县农业产业化三年行动方案(2026—2028年)", "一、重点任务",
      "(一)壮大龙头企业。到2028年,省级龙头企业达到12家,国家级龙头企业2家。",
    ])
    #expect(twoLevels.ladders.isEmpty)
  }
}
