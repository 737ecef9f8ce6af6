import PlanModel
import Testing

@testable import PlanImport

/// How a ladder's steps take their counts whatever form names them — an upgrades' slogan counted
/// by the enterprises making each upgrade, a ladder by size stated twice, a step the count names
/// with a note or a level, an arrow chain — and what a ladder keeps of its slogan's words.
@Suite("Extraction: a ladder's steps and their counts")
struct LadderStepReadingTests {
  @Test("an upgrades' slogan is counted by the enterprises making each upgrade, not a tier's total")
  func upgradeSlogan() throws {
    let plan = draft([
      "丁湾县推进“个转企、小升规、规改股、股上市”梯次培育行动方案",
      "一、工作目标",
      "到2027年,全县新增“个转企”企业1200户以上,新增规上工业企业90家,规上工业企业达到480家,完成股份制改造企业35家,新增上市企业2家,构建“个体工商户—小微企业—规上企业—股份制企业—上市企业”梯次成长格局。",
      "二、重点任务",
      "(一)建立上市后备企业库。入库上市后备企业保持在30家以上。",
    ])
    #expect(plan.ladders.count == 1)
    let tiers = try #require(plan.ladders.first?.tiers)
    #expect(tiers.map { $0.target?.value } == [1200, 90, 35, 2])
    // Filed under the counts' names, not the slogan's labels.
    #expect(!tiers.contains { LadderLinkLists.isLink(RestatedChains.plain($0.name)) })
    #expect(tiers.contains { $0.name.hasSuffix("股份制改造企业") })
    // The census's sizes are no steps; the total stays a target.
    #expect(!tiers.contains { $0.name == "个体工商户" || $0.name == "小微企业" })
    #expect(plan.targets.contains { $0.goal.target?.value == 480 })
  }

  @Test("a link's count: the link quoted or the tier it rises to, closing on enterprises")
  func linkCounts() {
    let links = ["个转企", "小升规", "规改股", "股上市"]
    #expect(UpgradeLinkCounts.step(for: "新增规上工业企业", among: links) == "小升规")
    #expect(UpgradeLinkCounts.step(for: "完成股份制改造企业", among: links) == "规改股")
    #expect(UpgradeLinkCounts.step(for: "新增“个转企”企业", among: links) == "个转企")
    #expect(UpgradeLinkCounts.step(for: "规上工业企业总数", among: links) == nil)
    #expect(UpgradeLinkCounts.step(for: "上市融资额", among: links) == nil)
    #expect(UpgradeLinkCounts.risenRoot(of: "规升高") == "高新技术")
  }

  @Test(
    "a chain of entities beside the upgrades between them restates them; a chain of other tiers does not"
  )
  func restatedChains() {
    let slogan = TextReading.Chain(
      steps: ["个转企", "小升规", "规改股", "股上市"], sentence: "", paragraph: 0, key: nil)
    let entities = TextReading.Chain(
      steps: ["个体工商户", "小微企业", "规上企业", "股份制企业", "上市企业"], sentence: "", paragraph: 1,
      key: nil)
    let quality = TextReading.Chain(
      steps: ["创新型中小企业", "专精特新中小企业", "单项冠军企业"], sentence: "", paragraph: 2, key: nil)
    let kept = UpgradeRestatedChains.without([slogan, entities, quality], counts: [])
    #expect(kept.map(\.paragraph) == [0, 2])
    #expect(UpgradeRestatedChains.without([entities, quality], counts: []).count == 2)
  }

  @Test("a ladder by size stated in the goals and again in a task takes each amount's count")
  func amountLadderStatedTwice() throws {
    let plan = draft([
      "戊川区工业强区行动方案(2026—2030年)",
      "一、发展目标",
      "到2030年,形成“五十亿领军—十亿骨干—亿元成长”企业梯队,营业收入超五十亿元企业达到4家、超十亿元企业18家、超亿元企业达到150家。",
      "二、重点任务",
      "(一)壮大企业梯队。实施“五十亿领军—十亿骨干—亿元成长”企业梯队培育计划,按梯队分类指导。",
    ])
    #expect(plan.ladders.count == 1)
    let tiers = try #require(plan.ladders.first?.tiers)
    #expect(tiers.map { $0.target?.value } == [4, 18, 150])
    #expect(tiers.allSatisfy { $0.name.hasSuffix("亿元企业") })
    #expect(AmountStepNames.step(for: "超十亿元企业", among: ["十亿骨干", "亿元成长", "十亿骨干"]) == "十亿骨干")
  }

  @Test(
    "counts of enterprises by the amount they pass, in a sentence that grades them, are a ladder")
  func revenueClasses() throws {
    let plan = draft([
      "庚山县工业企业梯队培育方案(2026—2028年)",
      "一、工作目标",
      "构建企业梯队培育体系,到2028年,营业收入超亿元企业达到120家、超五亿元企业30家、超十亿元企业8家。",
    ])
    let tiers = try #require(plan.ladders.first?.tiers)
    #expect(tiers.map { $0.target?.value } == [120, 30, 8])
    // Not graded: the same counts stay targets.
    let ungraded = draft([
      "辛山县工业经济稳增长工作方案",
      "一、工作目标",
      "到2027年,营业收入超亿元企业达到120家、超五亿元企业30家、超十亿元企业8家。",
    ])
    #expect(ungraded.ladders.isEmpty)
    // One class among tiers of other kinds grades nothing.
    let mixed = draft([
      "壬山县企业梯队培育方案(2026—2028年)",
      "一、工作目标",
      "——企业梯队加快形成。规模以上工业企业达到900家以上,营业收入超五十亿元企业达到3家,链主企业达到6家。",
    ])
    #expect(mixed.ladders.isEmpty)
  }

  @Test("a count naming a step with a note or a level is the step's, filed under its own name")
  func qualifiedSteps() throws {
    #expect(QualifiedStepNames.withoutNotes("上市(挂牌)企业") == "上市企业")
    #expect(QualifiedStepNames.withoutNotes("单项冠军企业（产品）") == "单项冠军企业")
    #expect(
      QualifiedStepNames.fileName(step: "上市企业", metric: "上市(挂牌)企业") == "上市(挂牌)企业")
    #expect(
      QualifiedStepNames.fileName(step: "制造业单项冠军企业", metric: "省级以上制造业单项冠军(示范企业)")
        == "省级以上制造业单项冠军")
    #expect(QualifiedStepNames.fileName(step: "上市企业", metric: "新增上市企业") == nil)
    let plan = draft([
      "己原市优质企业梯度培育三年行动方案(2026—2028年)",
      "一、工作目标",
      "构建“科技型中小企业→专精特新中小企业→专精特新‘小巨人’企业→制造业单项冠军企业”梯度培育体系。到2028年:",
      "——科技型中小企业达到800家;",
      "——省级专精特新中小企业达到260家;",
      "——国家级专精特新“小巨人”企业达到18家;",
      "——省级以上制造业单项冠军(示范企业和产品)累计达到5个。",
    ])
    let tiers = try #require(plan.ladders.first?.tiers)
    #expect(tiers.map { $0.target?.value } == [800, 260, 18, 5])
    #expect(tiers.last?.name == "省级以上制造业单项冠军")
  }

  @Test("a chain restated shorter is the same ladder; a chain of other steps is not")
  func shortenedChains() {
    let full = TextReading.Chain(
      steps: ["创新型中小企业", "专精特新中小企业", "专精特新“小巨人”企业", "单项冠军企业"], sentence: "",
      paragraph: 0, key: nil)
    let short = TextReading.Chain(
      steps: ["创新型中小企业", "专精特新中小企业", "“小巨人”企业"], sentence: "", paragraph: 1, key: nil)
    let other = TextReading.Chain(
      steps: ["高新技术企业", "瞪羚企业", "独角兽企业"], sentence: "", paragraph: 2, key: nil)
    #expect(ShortenedChains.without([full, short, other]).map(\.paragraph) == [0, 2])
  }

  @Test("a census's sizes and uncounted slogan words are no steps beside counted ones")
  func gates() {
    let source = SourceRef(section: nil, text: nil, heading: nil)
    let counted = LadderTier(
      id: "a", name: "新增规上工业企业", unit: "家", target: Figure(value: 50), source: source)
    let ladder = Ladder(
      id: "l", name: "梯次培育",
      tiers: [
        LadderTier(id: "b", name: "个体工商户", source: source), counted,
        LadderTier(id: "c", name: "规改股", source: source),
        LadderTier(id: "d", name: "十亿重点", source: source),
      ], source: source)
    #expect(LadderStepGates.gated([ladder]).first?.tiers.map(\.name) == ["新增规上工业企业"])
    // Without a count the labels stay (a graded list of upgrades); the census's sizes do not.
    var uncounted = ladder
    uncounted.tiers = [ladder.tiers[0], ladder.tiers[2]]
    #expect(LadderStepGates.gated([uncounted]).first?.tiers.map(\.name) == ["规改股"])
  }
}
