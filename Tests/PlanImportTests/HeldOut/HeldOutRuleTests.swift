import PlanFiles
import PlanModel
import Testing

@testable import PlanImport

/// Rule classes the held-out documents (`Tests/Fixtures/import/heldout`) showed missing,
/// each tried on passages of other invented regions (neither the seeds' nor the held-out
/// documents' wording).
@Suite("Extraction: rule classes found by the held-out check")
struct HeldOutRuleTests {
  @Test("full-width punctuation reads as the ASCII the rules look for")
  func fullWidthPunctuation() {
    let fullWidth = [
      "丁县人民政府", "丁县工业提升行动方案（2024—2027年）", "一、主要目标",
      "到2027年，全县规上工业产值达到180亿元，制造业增加值占比提高到28％。",
      "二、重点任务", "（一）培育链主企业",
      "支持骨干企业兼并重组。（牵头单位：县经信局；责任单位：县财政局、县商务局）",
    ]
    let halfWidth = fullWidth.map(FullWidthForms.folded)
    #expect(halfWidth[3] == "到2027年,全县规上工业产值达到180亿元,制造业增加值占比提高到28%。")
    let plan = draft(fullWidth)
    // The same items, read the same way; only their sentences keep the printed width.
    var folded = plan
    for i in folded.targets.indices {
      folded.targets[i].source.text = folded.targets[i].source.text.map(FullWidthForms.folded)
    }
    for i in folded.measures.indices {
      folded.measures[i].source.text = folded.measures[i].source.text.map(FullWidthForms.folded)
      folded.measures[i].longText = LongText(
        FullWidthForms.folded(folded.measures[i].longText.value))
    }
    #expect(folded == draft(halfWidth))
    #expect(plan.targets.compactMap(\.source.text).contains("制造业增加值占比提高到28％"))
    #expect(plan.measures.first?.longText.value.contains("（牵头单位：县经信局；") == true)
    #expect(plan.targets.map(\.goal.target?.value).contains(180))
    #expect(plan.targets.map(\.goal.target?.value).contains(28))
    #expect(plan.outline.map(\.number).contains("(一)"))
    #expect(plan.measures.first?.leadUnits == ["县经信局"])
    #expect(plan.measures.first?.responsibleUnits == ["县财政局", "县商务局"])
  }

  @Test("folding leaves Chinese punctuation and circled numbers alone")
  func foldingKeepsChinesePunctuation() {
    #expect(FullWidthForms.folded("①“专精特新”、。——《方案》　") == "①“专精特新”、。——《方案》　")
    #expect(FullWidthForms.folded("１２．５％～") == "12.5%~")
  }

  @Test("a unit's own brackets stay inside its name")
  func nestedBrackets() {
    let notes = UnitNotes.read("推进园区扩区。(牵头单位:各乡(镇、街道);责任单位:县发改局、丙县开发区(筹)管委会)")
    #expect(notes.lead == ["各乡(镇、街道)"])
    #expect(notes.responsible == ["县发改局", "丙县开发区(筹)管委会"])
  }

  @Test("labels of a unit note parted by a comma, or by nothing")
  func labelsByAnyPunctuation() {
    let comma = UnitNotes.read("建设物流园区。(责任单位:市交通局,配合单位:市商务局、市邮政管理局)")
    #expect(comma.responsible == ["市交通局", "市商务局", "市邮政管理局"])
    let space = UnitNotes.read("建设冷链中心。(牵头单位:市农业局 责任单位:市商务局)")
    #expect(space.lead == ["市农业局"])
    #expect(space.responsible == ["市商务局"])
    let deadline = UnitNotes.read("完善标准体系。(牵头单位:市市场监管局;完成时限:2026年)")
    #expect(deadline.lead == ["市市场监管局"])
    #expect(deadline.responsible.isEmpty)
  }

  @Test("亩均 anywhere in the metric makes 万元 per 亩, in goals and starting figures")
  func perMuInsideTheMetric() throws {
    let plan = draft([
      "戊市人民政府", "戊市园区提质行动方案(2024—2027年)", "一、发展基础",
      "2023年,全市开发区亩均营业收入为210万元。", "二、发展目标",
      "到2027年,开发区亩均营业收入达到320万元,省级园区亩均税收达到20万元。",
    ])
    let revenue = try #require(plan.indicators.first { $0.goal.target?.value == 320 })
    #expect(revenue.goal.unit == "万元/亩")
    let start = try #require(plan.baselineIndicators.first { $0.baseline.value == 210 })
    #expect(start.unit == "万元/亩")
    let tax = try #require(plan.indicators.first { $0.goal.target?.value == 20 })
    #expect(tax.goal.unit == "万元/亩")
    #expect(PerMuUnit.unit("万元", metric: "亩产值") == "万元")
    #expect(PerMuUnit.unit("亿元", metric: "园区亩均产出") == "亿元")
  }

  @Test("a 基本情况 heading reports the starting situation")
  func basicSituationHeading() {
    let plan = draft([
      "己县人民政府", "己县工业发展方案(2024—2027年)", "一、基本情况",
      "2023年,全县规上工业企业达到96家,规上工业产值为88亿元。", "二、发展目标",
      "到2027年,全县规上工业企业达到130家。",
    ])
    let enterprises = plan.targets.first { $0.goal.target?.value == 130 }
    #expect(enterprises?.goal.baseline?.value == 96)
    #expect(plan.baselineIndicators.map(\.baseline.value) == [88])
    #expect(!plan.targets.contains { $0.goal.target?.value == 96 })
  }

  @Test("a cluster named as the subject of the scale it is to reach")
  func subjectOfTheScale() {
    let found = ClusterPatterns.scaled(in: "力争纺织服装产业打造成为500亿级产业集群"[...], year: 2027)
    #expect(found.map(\.name) == ["纺织服装"])
    #expect(found.first?.scale.value == 500)
    #expect(ClusterPatterns.scaled(in: "园区建成百亿级产业集群"[...], year: 2027).isEmpty)
    #expect(ClusterSubject.subject(of: "电子信息产业链条延伸至"[...]) == nil)
  }

  @Test("a tier list led by 以 and closed by 为…")
  func tierListLedByYi() {
    let found = ClusterPatterns.listed(in: "以精密铸造、化工新材料、绿色食品三大支柱产业为依托"[...])
    #expect(found.first?.names == ["精密铸造", "化工新材料", "绿色食品"])
    #expect(found.first?.tier == "支柱")
  }

  @Test("a list of enterprise tiers closed by a phrase of graded cultivation")
  func tierListClosedByGrading() {
    let steps = LadderLists.ladders(
      in: "健全创新型中小企业、专精特新中小企业、专精特新“小巨人”企业梯次培育体系"[...])
    #expect(steps == [["创新型中小企业", "专精特新中小企业", "专精特新“小巨人”企业"]])
    #expect(
      LadderLists.ladders(in: "引进国有企业、民营企业、外资企业参与园区运营管理体系建设"[...]).isEmpty)
  }

  @Test("a step's count stated as the number of its enterprises")
  func stepCountAsNumber() {
    let steps = ["科技型中小企业", "高新技术企业", "上市企业"]
    #expect(LadderLists.step(for: "高新技术企业数量", among: steps) == "高新技术企业")
    #expect(LadderLists.step(for: "上市企业总数", among: steps) == "上市企业")
  }

  @Test("a task heading naming its own cluster and tier")
  func headingNamesItsCluster() {
    #expect(ClusterHeading.named("培育储能新兴产业")?.name == "储能")
    #expect(ClusterHeading.named("培育储能新兴产业")?.tier == "新兴")
    #expect(ClusterHeading.named("做大做强纺织服装支柱产业集群")?.name == "纺织服装")
    #expect(ClusterHeading.named("做大做强主导产业集群") == nil)
    #expect(ClusterHeading.named("做强三大主导产业") == nil)
    #expect(ClusterHeading.named("协同推进特色产业") == nil)
    #expect(ClusterHeading.named("强化要素保障") == nil)
    let plan = draft([
      "庚县人民政府", "庚县制造业发展方案(2024—2027年)", "一、发展目标", "到2027年,全县规上工业产值达到90亿元。",
      "二、重点任务", "(一)培育储能新兴产业", "引进电芯及系统集成项目。",
    ])
    #expect(plan.clusters.contains { $0.name == "储能" && $0.tier == "新兴" })
  }
}
