import PlanModel
import Testing

@testable import PlanImport

/// The document's own data — issuer, issue date, title, horizon, region — read from the
/// forms real openings and closings take (invented names throughout).
@Suite struct DocumentFieldsTests {
  let body = ["一、总体要求", "到2028年,全县规上工业总产值达到300亿元。"]

  @Test func anOrganOnTheLineAboveTheTitleIssuesIt() {
    let plan = draft(
      ["甲县工业经济稳增长工作领导小组", "关于印发《甲县工业稳增长攻坚方案》的通知", "甲工领〔2027〕2号"] + body)
    #expect(plan.document.issuer == "甲县工业经济稳增长工作领导小组")
  }

  @Test func severalOrgansOnOneLineOrOnLinesUnderOneAnotherAreJoined() {
    #expect(
      draft(["乙市工业和信息化局　乙市科学技术局　乙市财政局", "关于印发《乙市研发投入三年行动方案》的通知"] + body)
        .document.issuer == "乙市工业和信息化局、乙市科学技术局、乙市财政局")
    #expect(
      draft(["乙市低空经济发展规划(2026—2030年)", "", "乙市发展和改革委员会", "乙市工业和信息化局", "二〇二六年五月"] + body)
        .document.issuer == "乙市发展和改革委员会、乙市工业和信息化局")
  }

  @Test func theTitlesOwnPrefixComesFirst() {
    #expect(IssuerNames.titlePrefix("中共丙县委丙县人民政府关于加快建设制造业强县的实施意见") == "中共丙县委丙县人民政府")
    #expect(IssuerNames.titlePrefix("丙县经济和信息化局2026年工作总结和2027年工作计划") == "丙县经济和信息化局")
    #expect(IssuerNames.titlePrefix("2026年丙县人民政府工作报告") == "丙县人民政府")
    #expect(IssuerNames.titlePrefix("中共丙市委五届八次全会关于推进工业强市的决定") == "中共丙市委")
    #expect(IssuerNames.titlePrefix("关于印发《丙县…方案》的通知") == nil)
    #expect(IssuerNames.titlePrefix("丙县制造业高质量发展三年行动方案(2026—2028年)") == nil)
  }

  @Test func aSpeakersOrganAndACompilerIssueTheirDocuments() {
    #expect(IssuerNames.speakerOrgan("中共丁市委书记　王某某") == "中共丁市委")
    #expect(IssuerNames.speakerOrgan("丁市发展和改革委员会主任  李某") == "丁市发展和改革委员会")
    #expect(IssuerNames.speakerOrgan("丁市人民政府　2026年") == nil)
    #expect(IssuerNames.compiler("丁县投资促进服务中心　编") == "丁县投资促进服务中心")
    #expect(IssuerNames.compiler("丁县投资促进服务中心　2027年") == nil)
  }

  @Test func aPagesSourceIssuesItOnlyWhenItIsAWholeOrgansNameAndNoNewsroom() {
    let opening = { (source: String) in
      draft(["戊区先进制造业三年行动计划(2026—2028年)新闻发布会", "发布时间:2026-03-18 10:30　来源:\(source)"] + self.body)
    }
    #expect(opening("戊区人民政府新闻办公室").document.issuer == "戊区人民政府新闻办公室")
    #expect(opening("区工业和信息化局").document.issuer == nil)
    #expect(opening("戊区融媒体中心").document.issuer == nil)
  }

  @Test func theIssueDateFromEveryFormItTakes() {
    #expect(IssueDates.yearAndMonth("2026年3月") == PlanDate(year: 2026, month: 3))
    #expect(IssueDates.yearAndMonth("二〇二六年十二月") == PlanDate(year: 2026, month: 12))
    #expect(IssueDates.yearAndMonth("2026年3月底") == nil)
    #expect(
      IssueDates.approved("(2026年1月22日己市第十届人民代表大会第五次会议批准)")
        == PlanDate(year: 2026, month: 1, day: 22))
    #expect(IssueDates.approved("(2026年1月22日前完成)") == nil)
    let signed = draft(["己县推进工业园区提质增效实施方案"] + body + ["己县人民政府", "2026年6月9日"])
    #expect(signed.document.issued == PlanDate(year: 2026, month: 6, day: 9))
    let noDate = draft(["己县推进工业园区提质增效实施方案"] + body + ["(三)加快建设。", "2026年6月完成3项"])
    #expect(noDate.document.issued == nil)
    let deadline = draft(["己县推进工业园区提质增效实施方案"] + body + ["2026年12月31日前"])
    #expect(deadline.document.issued == nil)
    let published = draft(["己县推进工业园区提质增效实施方案", "发布时间:2026-04-08 09:12　浏览次数:20"] + body)
    #expect(published.document.issued == PlanDate(year: 2026, month: 4, day: 8))
  }

  @Test func aClosingDateDatesTheDocumentButNotThePlansYears() {
    // The rules date the plan's years by the opening's date only: a signature's date does
    // not make `今年` or a review's figures its year.
    let metadata = DocumentMetadata(
      paragraphs: ["庚县推进工业园区提质增效实施方案"] + body + ["2026年12月8日"], firstHeading: 1)
    #expect(metadata.issued == PlanDate(year: 2026, month: 12, day: 8))
    #expect(metadata.openingIssued == nil)
  }

  @Test func titlesOfNewsHeadlinesStatusesAndRepliesReadAsThePlansOwn() {
    #expect(
      DocumentMetadata.headlinedTitle("辛县印发《辛县制造业强县建设三年行动方案(2026—2028年)》")
        == "辛县制造业强县建设三年行动方案(2026—2028年)")
    #expect(DocumentMetadata.headlinedTitle("关于印发《辛县…方案》的通知") == nil)
    #expect(DocumentMetadata.withoutStatus("辛市工业发展规划(2026—2035年)(征求意见稿)") == "辛市工业发展规划(2026—2035年)")
    #expect(DocumentMetadata.withoutStatus("辛市工业发展规划(2026—2035年)") == "辛市工业发展规划(2026—2035年)")
    #expect(draft(["关于县政协第12号提案的答复", "辛县工业和信息化局"] + body).document.title == "关于县政协第12号提案的答复")
  }

  @Test func aLateIssueStartsThePlanTheYearAfter() {
    #expect(
      PlanHeader.startYear(issued: PlanDate(year: 2026, month: 12, day: 18), due: [2027, 2030])
        == 2027)
    #expect(
      PlanHeader.startYear(issued: PlanDate(year: 2026, month: 12, day: 18), due: [2026, 2030])
        == 2026)
    #expect(
      PlanHeader.startYear(issued: PlanDate(year: 2026, month: 3, day: 18), due: [2027, 2030])
        == 2026)
  }

  @Test func aRegionIsNoReportsPrefixNorAGoalsTitle() {
    #expect(RegionGuess.names(in: "关于壬市2026年国民经济和社会发展计划执行情况的报告") == ["壬市"])
    #expect(RegionGuess.names(in: "《壬区制造业高质量发展三年行动方案》政策解读") == ["壬区"])
    #expect(RegionGuess.names(in: "壬县制造业强县建设三年行动方案") == ["壬县"])
    #expect(RegionGuess.names(in: "关于印发壬市制造业三年行动方案的通知").isEmpty)
    #expect(RegionGuess.names(in: "关于支持壬市建设先进制造业基地的意见").isEmpty)
  }

  @Test func aProvinceIsNamedAsAProvinceNotInsideAnotherName() {
    #expect(ProvinceNames.mentions(of: "北京", in: "支持企业在北京证券交易所上市") == 0)
    #expect(ProvinceNames.mentions(of: "江西", in: "建设泠江西部先进制造业基地") == 0)
    #expect(ProvinceNames.mentions(of: "江西", in: "对接江西省产业转移") == 1)
    #expect(ProvinceNames.namedWithPart(in: "加快建设甲岑省中部先进制造业基地,支持甲岑机械公司扩产") == "甲岑省")
    // Named once only, by the words before 省 by chance: no province.
    #expect(ProvinceNames.namedWithPart(in: "加快建设甲岑省中部先进制造业基地") == nil)
    #expect(ProvinceNames.namedWithPart(in: "深入贯彻省委全会精神,推动全省中部崛起") == nil)
    let province = draft(["乙岳省制造业高质量发展行动方案(2026—2028年)"] + body)
    #expect(province.region.level == .province)
    #expect(province.region.province == nil)
  }

  @Test func aZonesShortNameInTheTitleIsReadAsTheFullNameItsIssuerGives() {
    #expect(
      ZoneNames.fullName(of: "丙柏高新区", among: ["丙柏高新技术产业开发区管理委员会关于印发《丙柏高新区行动计划》的通知"])
        == "丙柏高新技术产业开发区")
    #expect(ZoneNames.fullName(of: "丙柏高新区", among: ["丙柏高新区行动计划"]) == nil)
    #expect(ZoneNames.fullName(of: "丙柏县", among: ["丙柏高新技术产业开发区管理委员会"]) == nil)
    let plan = draft(
      ["丙柏高新技术产业开发区管理委员会关于印发《丙柏高新区科技企业培育行动计划(2026—2028年)》的通知"] + body)
    #expect(plan.region.name == "丙柏高新技术产业开发区")
  }

  @Test func aBranchOfACitysBureauNamedForTheRegionNamesItsParent() {
    #expect(BranchBureauParent.parent(of: "丁潭县", in: "责任单位:县发展和改革局、戊屏市生态环境局丁潭分局") == "戊屏市")
    #expect(BranchBureauParent.parent(of: "丁潭县", in: "责任单位:县发展和改革局、县生态环境局") == nil)
    let plan = draft(
      ["丁潭县绿色制造三年行动计划(2026—2028年)", "一、重点任务", "(一)推进节能降碳。(责任单位:县工业和信息化局、戊屏市生态环境局丁潭分局)"])
    #expect(plan.region.parent == "戊屏市")
  }
}

@Suite struct DocumentNumberTests {
  @Test func aDocumentNumberInEveryBracketOfficesPrint() {
    #expect(DocumentMetadata.docNumberParts("癸政发〔2025〕9号")! == ("癸政发〔2025〕9号", 2025))
    #expect(DocumentMetadata.docNumberParts("癸政办发[2026]8号")! == ("癸政办发[2026]8号", 2026))
    #expect(DocumentMetadata.docNumberParts("文　号:癸经信发［2024］12号　发布日期")! == ("癸经信发［2024］12号", 2024))
    #expect(DocumentMetadata.docNumberParts("到[2026]年") == nil)
    #expect(DocumentMetadata.docNumberParts("〔2026〕8号") == nil)
  }
}
