import PlanModel
import Testing

@testable import PlanImport

/// The genres and parts met in the thirteenth held-out set (a reply to a proposal, a press
/// conference transcript), on other invented passages.
@Suite("Extraction: genres and parts from the thirteenth held-out set")
struct ThirteenthSetGenreTests {
  /// A reply of an invented county's bureau to a 人大 member's 建议, with its past work, plan
  /// and closing paragraphs.
  static let reply = [
    "柘塘县商务局", "关于县人大十五届二次会议第18号建议的答复", "柘商建〔2027〕7号", "李明远代表:",
    "您提出的《关于推动我县预制菜产业发展的建议》收悉。现答复如下:",
    "一、我县预制菜产业发展现状",
    "截至2026年底,全县共有预制菜生产企业58家,其中规上企业14家,2026年实现营业收入31亿元。",
    "产业仍处起步阶段,营业收入超5亿元的企业仅有2家,冷链仓储能力不足。",
    "二、已开展的工作",
    "(一)出台扶持政策。近两年累计兑现预制菜企业奖补资金1200万元,支持企业新建生产线23条。",
    "(二)拓展销售渠道。2026年组织企业参加展会15次,线上销售额达到4.6亿元。",
    "三、下一步工作计划",
    "(一)壮大市场主体。到2029年,全县预制菜产业营业收入达到60亿元,规上企业达到30家。由县商务局牵头,县市场监管局配合。",
    "(二)完善冷链体系。到2029年,新建冷链仓储设施8个。县交通运输局、县商务局按职责分工负责。",
    "此外,作为本建议的会办单位,县农业农村局将指导企业建设标准化原料基地。",
    "最后,再次感谢您对我县商贸工作的关心,欢迎继续提出意见和建议。",
    "柘塘县商务局", "2027年6月3日", "(联系人:赵一帆;联系电话:0571-6655443)", "抄送:县人大常委会人代工委。",
  ]

  @Test(
    "a chapter reporting work done is no task: its items are no measures, its figures starting figures"
  )
  func pastWorkChapter() {
    let plan = draft(Self.reply)
    let titles = plan.measures.map(\.title)
    #expect(!titles.contains("出台扶持政策") && !titles.contains("拓展销售渠道"))
    #expect(titles.contains("壮大市场主体") && titles.contains("完善冷链体系"))
    let goals = draftedFigures(plan).compactMap(\.value)
    for past in [1200.0, 23, 15, 4.6] {
      #expect(!goals.contains(past), "\(past)")
      #expect(plan.baselineIndicators.contains { $0.baseline.value == past }, "\(past)")
    }
    // The plan chapter's goals stay goals (the one industry's revenue its scale).
    #expect(goals.contains(30) && goals.contains(8))
    #expect(goals.contains(60) || plan.clusters.contains { $0.scale?.value == 60 })
    #expect(plan.baselineIndicators.first { $0.baseline.value == 15 }?.baseline.year == 2026)
    #expect(plan.baselineIndicators.first { $0.baseline.value == 1200 }?.baseline.year == nil)
    for title in ["前期开展的主要工作", "我局已开展的工作", "工作开展情况", "近年来所做的工作", "前期工作及成效"] {
      #expect(PastWorkSections.isPastWork(title), "\(title)")
      #expect(PlanSections.isBackground(title), "\(title)")
    }
    for title in ["加快项目前期工作", "做好前期工作", "下一步工作打算", "主要工作", "近期重点工作", "强化要素保障"] {
      #expect(!PastWorkSections.isPastWork(title), "\(title)")
    }
  }

  @Test("a reply's thanks, a co-handling office's part and contact lines are no tasks")
  func replyClosings() {
    let plan = draft(Self.reply)
    #expect(plan.measures.count == 2)
    #expect(!plan.measures.contains { $0.text.contains("会办单位") || $0.text.contains("感谢") })
    for line in [
      "最后,再次感谢您对我县商贸工作的关心,欢迎继续提出意见和建议。", "衷心感谢您长期以来对工业发展的支持!",
      "另外,作为该提案的协办单位,市科技局将加大研发费用补助力度。", "(联系人:赵一帆;联系电话:0571-6655443)", "经办人:钱某",
    ] {
      #expect(LetterClosings.isClosing(line), "\(line)")
      #expect(ClosingLines.isClosing(line), "\(line)")
    }
    for line in [
      "最后,加快建设冷链物流园区,到2029年建成冷库10座。", "作为全县工业主平台,开发区要加快标准厂房建设。",
      "此外,县商务局将牵头建立预制菜企业名录库。", "联系群众,服务企业。",
      "感谢您的提问。按照分工,招商攻坚行动由市商务局牵头。我们将每月调度一次。",
    ] {
      #expect(!LetterClosings.isClosing(line), "\(line)")
    }
  }

  @Test("a present-state chapter dated by 截至 gives its year to figures of later paragraphs")
  func chapterAsOfYear() {
    let plan = draft(Self.reply)
    let firms = plan.baselineIndicators.first { $0.baseline.value == 2 && $0.unit == "家" }
    #expect(firms?.baseline.year == 2026)
    #expect(ChapterAsOfYears.asOfYear(in: "我市是工业大市。截至2025年末,全市共有企业90家。", reference: 2026) == 2025)
    #expect(ChapterAsOfYears.asOfYear(in: "2025年全市产值增长8%。", reference: 2026) == nil)
    #expect(ChapterAsOfYears.asOfYear(in: "截至2028年,建成工厂5家。", reference: 2026) == nil)
    // A chapter not opened by such a date gives its later paragraphs no year.
    let undated = draft([
      "桐口市智能家居产业发展方案(2027—2029年)", "一、发展现状", "2026年,全市智能家居产业营业收入达到150亿元。",
      "行业龙头偏少,营业收入超十亿元的企业仅有3家。", "二、发展目标", "到2029年,全市智能家居产业营业收入达到300亿元。",
      "三、重点任务", "(一)培育龙头企业。支持企业兼并重组。",
    ])
    let three = undated.baselineIndicators.first { $0.baseline.value == 3 }
    #expect(three != nil && three?.baseline.year == nil)
  }

  /// A news page of an invented city retelling its plan, with no headings.
  static let transcript = [
    "槐溪市《数字经济赋能制造业行动方案》新闻发布会", "发布时间:2027-04-02 来源:市政府新闻办",
    "主持人:", "各位记者,上午好!今天请市经信局负责同志介绍《行动方案》。", "王立:",
    "2026年,全市数字经济核心产业增加值达到210亿元。", "为此,《行动方案》明确了四项重点任务:",
    "一是实施数字赋能行动。推动规上工业企业数字化改造,到2029年建成智能工厂12家。",
    "二是实施平台培育行动。建设工业互联网平台,三年培育省级平台5个。",
    "三是实施人才集聚行动。每年引进数字技术人才500名。",
    "四是实施生态优化行动。设立数字经济产业基金。", "谢谢大家!", "槐溪晚报记者:", "请问在推进数字化改造方面有什么安排?",
    "王立:", "感谢提问。按照分工,数字赋能行动由市经信局牵头,市大数据局、市财政局配合推进。谢谢!",
  ]

  @Test("a transcript's introduced actions are measures, taking the units an answer names")
  func introducedActions() {
    let plan = draft(Self.transcript)
    #expect(
      plan.measures.map(\.title)
        == ["实施数字赋能行动", "实施平台培育行动", "实施人才集聚行动", "实施生态优化行动"])
    let digital = plan.measures.first { $0.title == "实施数字赋能行动" }
    #expect(digital?.leadUnits == ["市经信局"])
    #expect(digital?.responsibleUnits == ["市大数据局", "市财政局"])
    #expect(digital?.section == nil && digital?.position == "¶8")
    #expect(plan.measures.first { $0.title == "实施平台培育行动" }?.leadUnits == [])
    // Problems introduced by a colon are no actions; a run stops at a gap in its ordinals.
    let problems = draft([
      "槐溪市工业运行情况通报", "当前主要存在以下问题:", "一是企业订单不足。部分企业开工率不到六成。",
      "二是融资成本偏高。", "下一步,我们将重点抓好以下工作任务:", "一是稳定工业增长。加强运行监测。",
      "三是扩大有效投资。加快项目建设。",
    ])
    #expect(problems.measures.map(\.title) == ["稳定工业增长"])
    // Under the background (`一、总体思路`) the same run is no task: the tasks stand in `二、`.
    let outlined = draft([
      "槐溪市工业提质行动方案(2027—2029年)", "一、总体思路", "围绕工业提质,重点实施三大工程:",
      "一是实施技改提升工程。推动企业设备更新。", "二是实施集群培育工程。壮大主导产业。",
      "二、重点任务", "(一)推动设备更新。到2029年完成技改项目100个。",
    ])
    #expect(outlined.measures.map(\.title) == ["推动设备更新"])
    #expect(IntroducedActions.isIntroduction("《方案》部署了五大工程:"))
    #expect(!IntroducedActions.isIntroduction("主要有以下几点:"))
    #expect(!IntroducedActions.isIntroduction("《方案》部署了五大工程。"))
    #expect(IntroducedActions.ordinal(of: "十二是加强宣传。") == 12)
    #expect(IntroducedActions.ordinal(of: "是否可以申报?") == nil)
  }

  @Test("a clause naming a task's units outside it: the task must end with its name")
  func actionUnitClauses() {
    let found = ActionUnitClauses.clauses(
      in: "这个问题我来回答。招商攻坚行动由市商务局牵头,各区县政府配合实施;人才引育工作由市人社局牵头,市教育局配合。")
    #expect(found.map(\.name) == ["招商攻坚行动"])
    #expect(found.first?.units.lead == ["市商务局"])
    #expect(found.first?.units.responsible == ["各区县政府"])
    #expect(ActionUnitClauses.clauses(in: "“链长制”工程由企业自主负责资金保障。").isEmpty)
  }
}
