import PlanModel
import Testing

@testable import PlanImport

/// What the tenth held-out set still missed after branches i12-r9, i12-r10 and i12-r11, read by
/// branch i12-r12, each tried on passages of invented regions in several forms (none of them a
/// held-out document's sentence).
@Suite("Extraction: the tenth held-out set's leftovers")
struct TenthSetLeftoverTests {
  /// A speech given in 2029 setting goals for 2030 and 2032, its first part `review`.
  func speech(_ review: [String], goals: [String] = []) -> Plan {
    draft(
      ["在全县工业高质量发展推进会上的讲话", "中共丁河县委书记  李某", "(2029年12月6日)", "同志们:"]
        + review + ["二、明确目标,奋力开创工业发展新局面"]
        + (goals.isEmpty
          ? ["到2030年,全县规上工业总产值突破900亿元,高新技术企业达到400家,专精特新“小巨人”企业达到12家。"]
          : goals)
        + [
          "三、突出重点,狠抓工作落实", "(一)抓项目建设。全县新开工亿元以上项目60个以上。",
          "(二)抓企业培育。构建“创新型中小企业—专精特新中小企业—专精特新“小巨人”企业”梯度培育体系,到2032年,专精特新“小巨人”企业达到20家。",
        ])
  }

  @Test("a speech's review of its own year is the starting situation, of the year it is given in")
  func ownYearReview() throws {
    let forms: [[String]] = [
      [
        "一、肯定成绩,正视不足",
        "今年以来,全县工业经济稳中向好。预计全年规上工业总产值达到720亿元,同比增长8.6%;1—10月,工业投资同比增长11.2%。",
        "同时,创新主体持续壮大。全县高新技术企业达到310家,今年新增专精特新“小巨人”企业3家、总数达到8家。",
        "问题也不容忽视:营业收入超50亿元的企业只有4家,亩均税收只有14.2万元。",
      ],
      [
        "一、回望一年来的工作",
        "一年来,面对复杂形势,全县上下攻坚克难。规上工业总产值预计达到720亿元,增长8.6%,高新技术企业达到310家,专精特新“小巨人”企业总数达到8家。",
      ],
    ]
    for review in forms {
      let plan = speech(review)
      let goals = draftedFigures(plan)
      for value in [720.0, 8.6, 310, 8] {
        #expect(!goals.contains { $0.value == value }, "\(value) is no goal")
      }
      let baselines =
        plan.targets.compactMap(\.goal.baseline) + plan.indicators.compactMap(\.goal.baseline)
        + plan.baselineIndicators.map(\.baseline)
        + plan.ladders.flatMap(\.tiers).compactMap(\.baseline)
      for value in [720.0, 310, 8] {
        #expect(baselines.contains { $0.value == value && $0.year == 2029 }, "\(value)")
      }
      // The ladder's step takes the goal's count, not this year's new ones.
      let step = try #require(
        plan.ladders.flatMap(\.tiers).first { $0.name.contains("小巨人") })
      #expect(step.target?.value == 20)
      #expect(goals.contains { $0.value == 900 && $0.year == 2030 })
    }
  }

  @Test("a part opened by this year that goes on to next year's goals still states goals")
  func ownYearWithGoalsAhead() {
    let plan = speech([
      "一、今年工作和明年打算",
      "今年以来,全县工业平稳运行。明年全县规上工业总产值增长9%以上,新开工亿元以上项目70个。",
    ])
    let goals = draftedFigures(plan)
    #expect(goals.contains { $0.value == 9 })
    #expect(goals.contains { $0.value == 70 })
  }
}

@Suite("Extraction: clusters stated in a clause of the industry, and their parts")
struct TenthSetClusterClauseTests {
  func plan(_ task: [String]) -> Plan {
    draft(
      ["戊江市产业发展行动方案(2027—2031年)", "一、主要目标", "到2031年,全市规上工业营业收入突破2000亿元。", "二、重点任务"]
        + task + ["三、保障措施", "(一)加强组织领导。建立工作专班。"])
  }

  func cluster(_ plan: Plan, _ name: String) -> Cluster? {
    plan.clusters.first { $0.name == name }
  }

  func parent(_ plan: Plan, of name: String) -> String? {
    guard let id = cluster(plan, name)?.parent else { return nil }
    return plan.clusters.first { $0.id == id }?.name
  }

  @Test("a run-in item naming one industry under a tier's heading: its bare 产业规模 is its scale")
  func tierItemScale() throws {
    let plan = self.plan([
      "(一)前瞻培育未来产业",
      "1.脑机接口。支持高校建设脑机接口中试平台。到2031年,产业规模突破40亿元。",
      "2.具身智能。引进整机企业,到2031年,具身智能整机及关键零部件产业规模力争达到90亿元。",
      "3.深海装备。建设深海装备测试场,到2031年,深海装备产业营业收入达到60亿元。",
    ])
    for (name, value) in [("脑机接口", 40.0), ("具身智能", 90), ("深海装备", 60)] {
      let found = try #require(cluster(plan, name), "\(name)")
      #expect(found.scale?.value == value && found.scale?.year == 2031)
      #expect(found.tier == "未来")
    }
    #expect(!plan.targets.contains { [40.0, 90, 60].contains($0.goal.target?.value ?? 0) })
    // An item that is a verb's phrase names no industry.
    #expect(TierItemIndustry.industry(0, in: OutlineRecogniser(paragraphs: ["1.加快培育。…"])) == nil)
  }

  @Test("a list of industries each given one scale by the clause after it")
  func eachIndustryScale() {
    for sentence in [
      "第二个方面,是海洋装备、航空材料、合成生物三个新兴产业,每个产业到2031年都要形成100亿级规模。",
      "培育海洋装备、航空材料、合成生物三大新兴产业,每个产业规模到2031年均突破100亿元。",
    ] {
      let plan = self.plan(["(一)培育新兴产业集群。" + sentence])
      for name in ["海洋装备", "航空材料", "合成生物"] {
        #expect(cluster(plan, name)?.scale?.value == 100, "\(name): \(sentence)")
        #expect(cluster(plan, name)?.scale?.year == 2031)
      }
      #expect(!plan.clusters.contains { $0.name.hasPrefix("是") })
    }
    #expect(EachIndustryScale.scale(in: "培育A、B两个新兴产业,力争到2031年形成100亿级规模。", year: nil) == nil)
  }

  @Test("an industry opening its sentence names its parts: short boards, parts, technologies")
  func subjectIndustryParts() {
    let plan = self.plan([
      "(一)做强主导产业。智能家电产业要以龙头企业为引领,补齐压缩机、电控系统和精密模具短板,到2031年产值力争达到800亿元;纺织服装产业要做优高端面料、功能服装和家纺用品,到2031年产值突破300亿元。",
      "(二)培育未来产业",
      "1.低空经济。重点突破飞控系统、旋翼电机、机载雷达等核心部件,到2031年,产业规模达到50亿元。",
      "2.新型能源。加快固态电池、压缩空气储能等新型储能技术产业化,到2031年,产业规模突破70亿元。",
    ])
    #expect(cluster(plan, "智能家电")?.scale?.value == 800)
    #expect(cluster(plan, "纺织服装")?.scale?.value == 300)
    for name in ["压缩机", "电控系统", "精密模具"] { #expect(parent(plan, of: name) == "智能家电", "\(name)") }
    for name in ["高端面料", "功能服装", "家纺用品"] { #expect(parent(plan, of: name) == "纺织服装", "\(name)") }
    for name in ["飞控系统", "旋翼电机", "机载雷达"] { #expect(parent(plan, of: name) == "低空经济", "\(name)") }
    for name in ["固态电池", "压缩空气储能"] { #expect(parent(plan, of: name) == "新型能源", "\(name)") }
  }

  @Test("a subjectless 重点发展 list names the item's parts (convention A); one thing to fill none")
  func noParts() {
    let plan = self.plan([
      "(一)做强主导产业",
      "1.智能家电产业。依托产业园,重点发展变频空调、洗碗机和厨房小家电,补齐核心部件短板,到2031年产值达到800亿元。",
    ])
    #expect(cluster(plan, "智能家电")?.scale?.value == 800)
    let appliances = cluster(plan, "智能家电")?.id
    for name in ["变频空调", "洗碗机", "厨房小家电"] {
      #expect(cluster(plan, name)?.parent == appliances, "\(name)")
    }
    #expect(cluster(plan, "核心部件") == nil)
    #expect(ClusterAttractLists.parts(in: "重点发展A材料、B材料", subjectNamed: false).isEmpty)
    #expect(ClusterAttractLists.parts(in: "要重点发展甲材料、乙材料", subjectNamed: true) == ["甲材料", "乙材料"])
  }
}

@Suite("Extraction: a count of industries before 分别")
struct TenthSetCountedPairsTests {
  @Test("names before a count, with the words after it, each pair with one figure")
  func namesBeforeCount() {
    let figures = BaselinePatterns.figures(
      in: "高端装备及零部件、绿色建材两大产业集群产值分别达到410亿元、280亿元", year: 2025)
    #expect(figures.map(\.metric) == ["高端装备及零部件产业集群产值", "绿色建材产业集群产值"])
    #expect(figures.map(\.value) == [410, 280])
    let counted = TargetPatterns.pairedNames(
      "甲材料、乙装备、丙食品三个产业营业收入分别突破100亿元、80亿元、50亿元", previous: nil)
    #expect(counted == ["甲材料产业营业收入", "乙装备产业营业收入", "丙食品产业营业收入"])
  }

  @Test("a count whose names an earlier clause of the sentence lists")
  func namesFromEarlierClause() {
    for sentence in [
      "围绕智能终端、特种纸业、绿色食品三大主导产业开展强链补链,1-10月三大产业分别完成产值95亿元、47亿元、33亿元",
      "聚焦智能终端、特种纸业、绿色食品三个主导产业,全年3个产业分别实现产值95亿元、47亿元、33亿元",
    ] {
      let figures = BaselinePatterns.figures(in: sentence[...], year: 2026)
      #expect(
        figures.map(\.metric) == ["智能终端产业产值", "特种纸业产业产值", "绿色食品产业产值"], "\(sentence)")
      #expect(figures.map(\.value) == [95, 47, 33])
    }
    // A count the earlier list does not match names nothing.
    #expect(
      CountedIndustryNames.names(
        head: "两大产业", earlier: "围绕甲、乙、丙三大主导产业开展招商,", after: "完成产值1亿元") == nil)
  }
}

@Suite("Extraction: conventions the expected files disagreed on, as decided")
struct TenthSetConventionTests {
  func plan(_ task: String) -> Plan {
    draft([
      "己山县工业提质行动方案(2027—2029年)", "一、主要目标",
      "到2029年,规上工业营业收入突破500亿元,三年腾退低效企业40家,新引进亿元以上项目30个。",
      "二、重点任务", task, "三、保障措施", "(一)加强组织领导。建立工作专班。",
    ])
  }

  @Test("推动X全覆盖 with no year is work pushed on; 实现X全覆盖 is a 100% goal")
  func pushedCoverage() {
    let pushed = plan("(一)推进数字化转型。推动规上工业企业数字化诊断全覆盖,建设一批智能工厂。")
    #expect(!draftedFigures(pushed).contains { $0.value == 100 && $0.unit == "%" })
    for sentence in ["实现规上工业企业数字化诊断全覆盖", "到2028年,规上工业企业数字化诊断实现全覆盖"] {
      let done = plan("(一)推进数字化转型。\(sentence),建设一批智能工厂。")
      #expect(draftedFigures(done).contains { $0.value == 100 && $0.unit == "%" }, "\(sentence)")
    }
  }

  @Test("a goal restated in a task is filed once")
  func restatedOnce() {
    let plan = plan("(一)腾笼换鸟。三年腾退低效企业40家,其中2027年15家。三年新引进亿元以上项目30个。")
    #expect(draftedFigures(plan).filter { $0.value == 40 }.count == 1)
    #expect(draftedFigures(plan).filter { $0.value == 30 }.count == 1)
  }
}

@Suite("Extraction: a development zone or a county's park as the plan's region")
struct TenthSetRegionTests {
  @Test("a zone named at the start of the issuer or title is the region, under the city named")
  func zoneRegion() {
    for (lines, zone) in [
      (
        [
          "桐溪经济开发区管理委员会关于印发《桐溪经济开发区促进制造业发展若干措施》的通知", "桐开管发〔2026〕4号",
          "一、总则", "为建设庚阳市先进制造业基地,推动企业上市,降低贷款市场利率,制定本措施。",
        ], "桐溪经济开发区"
      ),
      (
        ["青岚高新技术产业开发区关于加快培育新质生产力的实施意见", "一、主要目标", "助力庚阳市建设制造强市。"],
        "青岚高新技术产业开发区"
      ),
    ] {
      let plan = draft(lines)
      #expect(plan.region.name == zone)
      #expect(plan.region.level == .district)
      #expect(plan.region.parent == "庚阳市")
      #expect(!plan.region.id.hasSuffix("qu"), "\(plan.region.id)")
    }
    #expect(ZoneNames.zone(atStartOf: "关于加快经济开发区建设的意见") == nil)
    #expect(ZoneNames.zone(atStartOf: "桐溪高新区先进制造业行动计划") == nil)
    #expect(DraftIDs.regionID(for: "桐溪经济开发区") == DraftIDs.regionID(for: "桐溪"))
  }

  @Test("a county's park named after the county leaves the county the region")
  func countyPark() {
    for title in ["苇川县工业园区“二次创业”三年攻坚方案(2026—2028年)", "苇川县产业园区提质增效行动方案(2026—2028年)"] {
      let plan = draft([title, "一、主要目标", "到2028年,园区规上工业营业收入突破200亿元。"])
      #expect(plan.region.name == "苇川县", "\(title)")
      #expect(plan.region.level == .county)
    }
    #expect(ZoneNames.isGeneric("工业园区"))
    #expect(!ZoneNames.isGeneric("苇川县"))
  }
}
