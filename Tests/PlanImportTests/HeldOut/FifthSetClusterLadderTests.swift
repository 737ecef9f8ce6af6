import PlanModel
import Testing

@testable import PlanImport

/// The cluster and ladder families the fifth, blind held-out set (branch i12-ho5) showed, each
/// tried on passages of invented regions in several forms (none of them a held-out document's
/// sentence).
@Suite("Extraction: cluster and ladder families from the fifth held-out set")
struct FifthSetClusterLadderTests {
  func plan(_ body: [String], goals: [String] = ["到2030年,全县工业增加值达到260亿元。"]) -> Plan {
    let lines =
      ["辛县人民政府办公室", "辛县重点产业集群培育方案(2026—2030年)", "一、主要目标"] + goals + ["二、重点集群"]
      + body
    return draft(lines)
  }

  func cluster(_ plan: Plan, _ name: String) -> Cluster? {
    plan.clusters.first { $0.name == name }
  }

  @Test(
    "a heading naming a cluster with its tier in brackets",
    arguments: [
      ("(一)智能传感器集群(主导集群)", "智能传感器", "主导"),
      ("(二)生物制药产业(新兴产业)", "生物制药", "新兴"),
      ("(三)量子信息集群(未来产业)", "量子信息", "未来"),
      ("2.绿色建材产业集群(特色产业集群)", "绿色建材", "特色"),
      ("(一)轨道交通与航空装备集群(优势集群)", "轨道交通与航空装备", "优势"),
      ("3.先进陶瓷材料(战略性新兴)", "先进陶瓷材料", "战略性新兴"),
    ])
  func bracketedHeading(heading: String, name: String, tier: String) throws {
    let plan = plan([heading, "推动企业协同发展,建设公共服务平台。(责任单位:县工信局)"])
    let drafted = try #require(cluster(plan, name), "\(heading)")
    #expect(drafted.tier == tier)
  }

  @Test("brackets that name no tier, or a heading that is a verb's phrase, name no cluster")
  func notBracketedClusters() {
    #expect(ClusterHeading.bracketed("加强组织领导(牵头部门)") == nil)
    #expect(ClusterHeading.bracketed("做强主导产业(主导集群)") == nil)
    #expect(ClusterHeading.bracketed("智能传感器集群(一期)") == nil)
    #expect(ClusterHeading.bracketed("推进数字化改造(重点)") == nil)
    #expect(ClusterHeading.bracketed("A、B集群(主导集群)") == nil)
    #expect(ClusterHeading.bracketed("智能传感器集群(主导集群)")?.name == "智能传感器")
  }

  @Test("a cluster paragraph of labels: its fields are parts, its scale the latest output")
  func labelledParagraph() throws {
    let forms: [(String, String, [String], Double, Double)] = [
      (
        "细分领域:高端医疗影像、体外诊断试剂、康复辅具平台。重点产品:CT整机、化学发光试剂盒。规模目标:到2027年,集群产值达到90亿元;到2030年,产值力争突破150亿元。龙头企业:辛县康华医疗有限公司。",
        "医疗器械", ["高端医疗影像", "体外诊断试剂", "康复辅具平台"], 90, 150
      ),
      (
        "重点方向:车规级芯片、功率器件和先进封装。主要产品:IGBT模块、封装基板。规模目标:到2027年营业收入达到60亿元,到2030年达到110亿元左右。",
        "集成电路", ["车规级芯片", "功率器件", "先进封装"], 60, 110
      ),
      (
        "细分赛道:低空飞行器整机、航电系统。规模目标:2027年产值突破25亿元,2030年达到70亿元以上。",
        "低空装备", ["低空飞行器整机", "航电系统"], 25, 70
      ),
    ]
    for (paragraph, name, parts, earlier, latest) in forms {
      let plan = plan(["(一)\(name)集群(主导集群)", paragraph + "(牵头单位:县工信局)"])
      let parent = try #require(cluster(plan, name), "\(name)")
      #expect(parent.tier == "主导")
      #expect(parent.scale?.value == latest, "\(name)")
      #expect(parent.scale?.year == 2030, "\(name)")
      for part in parts {
        let drafted = try #require(cluster(plan, part), "\(part)")
        #expect(drafted.parent == parent.id)
      }
      // Products and enterprises under their own labels are no clusters.
      #expect(plan.clusters.count == parts.count + 1, "\(plan.clusters.map(\.name))")
      // The earlier year's output stays a target; the latest is no target.
      let values = plan.targets.compactMap(\.goal.target?.value)
      #expect(values.contains(earlier), "\(name)")
      #expect(!values.contains(latest), "\(name)")
    }
  }

  @Test("a fields label outside a cluster's paragraph names no parts")
  func fieldsLabelAlone() {
    let plan = plan(["(一)加强要素保障", "重点领域:用地、用能、融资。强化要素统筹。(责任单位:县发改局)"])
    #expect(plan.clusters.isEmpty, "\(plan.clusters.map(\.name))")
    #expect(ClusterFieldLabels.parts(inSentence: "重点产品:A型泵、B型阀。") == [])
    #expect(ClusterFieldLabels.parts(inSentence: "细分领域:精密铸件、热处理。") == ["精密铸件", "热处理"])
  }

  @Test("a clause of two or more industries' outputs paired by 分别 gives each its scale")
  func pairedScales() throws {
    let forms: [(String, [(String, Double)])] = [
      ("到2030年,碳纤维复材和智能家居产业产值分别达到45亿元、30亿元。", [("碳纤维复材", 45), ("智能家居", 30)]),
      (
        "到2030年,光伏组件、储能电池和氢燃料电池产业营业收入分别突破80亿元、50亿元、20亿元。",
        [("光伏组件", 80), ("储能电池", 50), ("氢燃料电池", 20)]
      ),
      ("到2030年,绿色食品产业、纺织服装产业规模分别达到60亿元和35亿元。", [("绿色食品", 60), ("纺织服装", 35)]),
    ]
    for (sentence, scales) in forms {
      let plan = plan(["(一)壮大产业集群", sentence + "(责任单位:县工信局)"])
      for (name, value) in scales {
        let drafted = try #require(cluster(plan, name), "\(sentence) \(name)")
        #expect(drafted.scale?.value == value, "\(name)")
        #expect(drafted.scale?.year == 2030, "\(name)")
      }
      let values = Set(scales.map(\.1))
      #expect(!plan.targets.contains { values.contains($0.goal.target?.value ?? 0) }, "\(sentence)")
    }
  }

  @Test("分别 shares only an industry's output words, not a metric of its own")
  func pairedTailsOnlyForIndustries() {
    #expect(
      MetricText.sharingIndustryTail(["规上工业增加值", "营业收入"]) == ["规上工业增加值", "营业收入"])
    #expect(MetricText.sharingIndustryTail(["膜材料", "宠物食品产业产值"]) == ["膜材料产业产值", "宠物食品产业产值"])
    #expect(MetricText.sharingIndustryTail(["陶瓷产业", "家具产业规模"]) == ["陶瓷产业规模", "家具产业规模"])
    #expect(MetricText.sharingIndustryTail(["研发投入", "产业规模"]) == ["研发投入", "产业规模"])
  }

  func steps(_ plan: Plan) -> [(String, Double?)] {
    plan.ladders.flatMap(\.tiers).map { ($0.name, $0.target?.value) }
  }

  @Test("a ladder stated as pools of tiers, its counts in other sentences and in the goals")
  func pooledLadder() throws {
    let forms: [(String, [String])] = [
      (
        "建立科技型中小企业、高新技术企业、专精特新中小企业、专精特新“小巨人”企业梯次培育库,实行动态管理。",
        ["科技型中小企业", "高新技术企业", "专精特新中小企业", "专精特新“小巨人”企业"]
      ),
      (
        "构建高新技术企业、专精特新“小巨人”企业、单项冠军企业梯度培育体系。",
        ["高新技术企业", "专精特新“小巨人”企业", "单项冠军企业"]
      ),
      (
        "建立高新技术企业、专精特新“小巨人”企业和单项冠军企业培育库。",
        ["高新技术企业", "专精特新“小巨人”企业", "单项冠军企业"]
      ),
    ]
    for (pool, names) in forms {
      let plan = plan(
        ["(一)推进企业梯度培育", pool + "到2030年,高新技术企业达到120家,单项冠军企业实现零突破。(责任单位:县科技局)"],
        goals: ["到2030年,全县工业增加值达到260亿元,累计新增国家级专精特新“小巨人”企业4家。"])
      let drafted = steps(plan)
      #expect(drafted.map(\.0) == names, "\(pool)")
      #expect(drafted.first { $0.0 == "高新技术企业" }?.1 == 120)
      #expect(drafted.first { $0.0 == "专精特新“小巨人”企业" }?.1 == 4)
      if names.contains("单项冠军企业") {
        #expect(drafted.first { $0.0 == "单项冠军企业" }?.1 == 1)
      }
    }
  }

  @Test("a pool of kinds of enterprise that are not tiers is no ladder")
  func poolsWithoutTiers() {
    #expect(LadderLists.enumerated(in: "建立国有企业、民营企业、外资企业沟通机制") == nil)
    #expect(LadderLists.enumerated(in: "建立高新技术企业、专精特新企业、单项冠军企业数据库") == nil)
  }

  @Test("a ladder of short labels counts its steps in the long phrases that follow")
  func labelledSteps() {
    let forms: [(String, [(String, Double?)])] = [
      (
        "构建“个转企—小升规—规升高—高上市”成长路径,到2030年推动个体工商户转为企业200户以上、小微企业升规40家、规上企业认定为高新技术企业15家、企业上市2家。",
        [("个转企", 200), ("小升规", 40), ("规升高", 15), ("高上市", 2)]
      ),
      (
        "实施“小升规—规改股—股上市”梯度培育,到2030年推动小微企业升规30家、规上企业完成股改10家,力争新增上市企业3家。",
        [("小升规", 30), ("规改股", 10), ("股上市", 3)]
      ),
      // Counts whose words share too little with a label count no step.
      (
        "构建“个转企—小升规—规改股”梯次培育体系,到2030年新建标准厂房20万平方米、引进项目30个。",
        [("个转企", nil), ("小升规", nil), ("规改股", nil)]
      ),
    ]
    for (sentence, expected) in forms {
      let plan = plan(["(一)推进企业梯度培育", sentence + "(责任单位:县工信局)"])
      let drafted = steps(plan)
      #expect(drafted.map(\.0) == expected.map(\.0), "\(sentence)")
      #expect(drafted.map(\.1) == expected.map(\.1), "\(sentence)")
    }
  }

  @Test("only steps that are short labels are read as labels")
  func labelsOnly() {
    #expect(LadderLabelSteps.isLabelled(["个转企", "小升规", "规改股"]))
    #expect(!LadderLabelSteps.isLabelled(["创新型中小企业", "专精特新中小企业", "单项冠军企业"]))
    #expect(!LadderLabelSteps.isLabelled(["小升规", "“小巨人”", "规改股"]))
    #expect(LadderLabelSteps.shares("股上市", "新增上市企业"))
    #expect(!LadderLabelSteps.shares("个转企", "小微企业升规"))
  }

  /// The baselines of the goals in 亿元 of a plan whose starting situation states 240亿元 for
  /// 2025, by the year each goal is due.
  func baselines(goals: [String]) -> [Int: Double?] {
    let plan = draft(
      ["辛县人民政府办公室", "辛县工业强县行动方案(2026—2030年)", "一、发展基础", "2025年,全县规上工业营业收入完成240亿元。", "二、主要目标"]
        + goals + ["三、重点任务", "(一)加快项目建设", "新开工工业项目40个。(责任单位:县发改局)"])
    var found: [Int: Double?] = [:]
    for target in plan.targets where target.goal.unit == "亿元" {
      found[target.goal.target?.year ?? 0] = target.goal.baseline?.value
    }
    return found
  }

  @Test("a starting figure is the baseline of one metric's latest goal in a paragraph, not each")
  func oneBaselinePerParagraph() {
    let oneParagraph = baselines(goals: [
      "到2027年,全县规上工业营业收入力争达到300亿元,制造业增加值占比稳定在30%以上。到2030年,规上工业营业收入突破450亿元。"
    ])
    #expect(oneParagraph[2027] == .some(nil))
    #expect(oneParagraph[2030] == 240)
    // Stages stated in paragraphs of their own each take it.
    let stages = baselines(goals: [
      "第一阶段:到2027年,全县规上工业营业收入力争达到300亿元。", "第二阶段:到2030年,全县规上工业营业收入突破450亿元。",
    ])
    #expect(stages[2027] == 240)
    #expect(stages[2030] == 240)
    // Goals for two years in paragraphs of their own, no stages: the latest takes it
    // (`LatestGoalStarts`, the twenty-second and twenty-fourth sets' reading).
    let twoParagraphs = baselines(goals: [
      "到2027年,全县规上工业营业收入力争达到300亿元。", "到2030年,全县规上工业营业收入突破450亿元。",
    ])
    #expect(twoParagraphs[2027] == .some(nil))
    #expect(twoParagraphs[2030] == 240)
    // A vision beyond the plan's goals leaves it to the goal the plan sets.
    let vision = baselines(goals: [
      "到2030年,全县规上工业营业收入突破450亿元。", "展望2035年,全县规上工业营业收入突破800亿元,建成工业强县。",
    ])
    #expect(vision[2030] == 240)
    #expect(vision[2035] == .some(nil))
  }

  @Test("under a heading about building clusters, a task heading developing an industry names one")
  func developedUnderClusterHeading() {
    let plan = draft([
      "辛县人民政府办公室", "辛县2026年工业工作要点", "一、加快产业集群建设",
      "1.培育智能网联汽车产业。引进整车配套项目3个。(责任单位:县工信局)",
      "2.布局海洋经济。编制海洋产业发展规划。(责任单位:县发改局)",
      "3.发展工业软件产业。新认定软件企业5家。(责任单位:县科技局)", "二、深化改革创新",
      "4.发展总部经济。引进区域总部2家。(责任单位:县商务局)",
      "5.培育人力资源服务产业。新增人力资源机构3家。(责任单位:县人社局)",
    ])
    let names = Set(plan.clusters.map(\.name))
    #expect(names == ["智能网联汽车", "海洋经济", "工业软件"], "\(names)")
    #expect(ClusterHeading.developed("培育储能产业", under: "(二)培育壮大先进制造业集群") == "储能")
    #expect(ClusterHeading.developed("培育储能产业", under: "(二)优化营商环境") == nil)
    #expect(ClusterHeading.developed("加强组织领导", under: "一、加快产业集群建设") == nil)
  }
}
