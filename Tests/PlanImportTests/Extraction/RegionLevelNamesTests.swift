import PlanModel
import Testing

@testable import PlanImport

/// Region names whose level is more than one character, and a parent named by how the text
/// speaks of its superior, on invented names.
@Suite("Extraction: autonomous and banner names, parents named as superiors")
struct RegionLevelNamesTests {
  @Test("autonomous prefectures, counties, leagues and banners open a header line")
  func names() {
    #expect(RegionGuess.names(in: "壬溪布依族苗族自治州人民政府办公室关于…") == ["壬溪布依族苗族自治州"])
    #expect(RegionGuess.names(in: "中共癸山彝族自治县委关于推进新型工业化的实施意见") == ["癸山彝族自治县"])
    #expect(RegionGuess.names(in: "甲兰盟行政公署关于印发…的通知") == ["甲兰盟"])
    #expect(RegionGuess.names(in: "乙尔泰旗人民政府工作报告") == ["乙尔泰旗"])
    #expect(RegionGuess.names(in: "壬溪布依族苗族自治州癸山县人民政府") == ["壬溪布依族苗族自治州", "癸山县"])
    // `产业联盟`, a red flag: no league, no banner.
    #expect(RegionGuess.names(in: "产业联盟年度工作计划").isEmpty)
    // A province or city before the name is read first, not swallowed into it.
    #expect(RegionGuess.names(in: "甲北省壬溪土家族苗族自治州人民政府关于…") == ["甲北省", "壬溪土家族苗族自治州"])
    #expect(RegionGuess.names(in: "乙庆市癸柱土家族自治县人民政府").last == "癸柱土家族自治县")
    // An alliance is no league, whatever follows it.
    #expect(RegionLevelNames.name(atStartOf: "新能源汽车产业联盟关于印发…"[...]) == nil)
    #expect(RegionLevelNames.name(atStartOf: "数字产业联盟委员会"[...]) == nil)
    #expect(RegionLevelNames.name(atStartOf: "红旗渠精神"[...]) == nil)
  }

  @Test("their levels as the format files them, and their ids from the place name")
  func levels() {
    #expect(RegionLevelNames.level(of: "壬溪布依族苗族自治州") == .city)
    #expect(RegionLevelNames.level(of: "癸山彝族自治县") == .county)
    #expect(RegionLevelNames.level(of: "甲兰盟") == .city)
    #expect(RegionLevelNames.level(of: "乙尔泰旗") == .county)
    #expect(RegionLevelNames.level(of: "丙原地区") == .city)
    #expect(RegionLevelNames.level(of: "丁州市") == nil)
    #expect(RegionLevelNames.placeName(of: "壬溪布依族苗族自治州") == "壬溪")
    #expect(RegionLevelNames.placeName(of: "戊林蒙古自治县") == "戊林")
    #expect(RegionLevelNames.placeName(of: "甲兰盟") == "甲兰")
    let plan = draft(["癸山彝族自治县人民政府关于印发工业发展三年行动方案的通知", "一、主要目标", "到2028年,规上工业总产值达到300亿元。"])
    #expect(plan.region.name == "癸山彝族自治县")
    #expect(plan.region.level == .county)
  }

  @Test("a superior named as setting targets, as the plan's basis, as a whole, or by its congress")
  func parents() {
    #expect(
      SuperiorParent.parent(of: "丙台市", in: "单位工业增加值能耗完成丁澧市下达目标任务。") == "丁澧市")
    #expect(
      SuperiorParent.parent(
        of: "丙台市", in: "本规划依据《丙台市国民经济和社会发展第十五个五年规划纲要》和《丁澧市工业发展规划》编制。")
        == "丁澧市")
    #expect(SuperiorParent.parent(of: "戊竺县", in: "全力建设己阳市西部先进制造业强县。") == "己阳市")
    #expect(SuperiorParent.parent(of: "庚溪经开区", in: "为辛溪市建设制造强市作出新的更大贡献。") == "辛溪市")
    #expect(SuperiorParent.parent(of: "戊竺县", in: "深入落实中共壬宁市第五次代表大会精神。") == "壬宁市")
    // A city of three characters, whole.
    #expect(SuperiorParent.parent(of: "戊竺县", in: "深入落实中国共产党甲家庄市第十一次代表大会精神。") == "甲家庄市")
    #expect(SuperiorParent.parent(of: "戊竺县", in: "全力打造乙家口市东部先进制造业强县。") == "乙家口市")
    #expect(SuperiorParent.parent(of: "戊竺县", in: "能耗完成丙鞍山市下达目标任务。") == "丙鞍山市")
  }

  @Test("no name read from the middle of another, nor a year's or a whole's 市")
  func parentBoundaries() {
    #expect(SuperiorParent.parent(of: "戊竺县", in: "完成全年市下达的目标任务。") == nil)
    #expect(SuperiorParent.parent(of: "戊竺县", in: "对接企业丁家庄市东部片区项目。") == nil)
  }

  @Test("no superior from a name-less setter, a province, the region itself or a plain mention")
  func parentsPrecision() {
    #expect(SuperiorParent.parent(of: "戊竺县", in: "能耗完成市下达目标任务。") == nil)
    #expect(SuperiorParent.parent(of: "戊竺县", in: "依据《壬江省制造业发展规划》编制。") == nil)
    #expect(SuperiorParent.parent(of: "丙台市", in: "依据《丙台市国民经济和社会发展规划纲要》编制。") == nil)
    #expect(SuperiorParent.parent(of: "戊竺县", in: "积极对接己阳市电子信息企业。") == nil)
    #expect(SuperiorParent.parent(of: "戊竺省", in: "完成丁澧市下达目标任务。") == nil)
  }
}
