import Testing

@testable import PlanImport

@Suite("Extraction: region ids read place names as place names")
struct PlaceNameReadingsTests {
  @Test("a polyphonic character takes its place-name reading")
  func characters() {
    #expect(DraftIDs.regionID(for: "丰都县") == "fengdu")
    #expect(DraftIDs.regionID(for: "都匀市") == "duyun")
    #expect(DraftIDs.regionID(for: "重庆市") == "chongqing")
    #expect(DraftIDs.regionID(for: "长沙市") == "changsha")
    #expect(DraftIDs.regionID(for: "厦门市") == "xiamen")
    #expect(DraftIDs.regionID(for: "蚌埠市") == "bengbu")
    #expect(DraftIDs.regionID(for: "乐山市") == "leshan")
    #expect(DraftIDs.regionID(for: "大理市") == "dali")
    #expect(DraftIDs.regionID(for: "番禺区") == "panyu")
    #expect(DraftIDs.regionID(for: "单县") == "shanxian")
  }

  @Test("a character read one way in some names only is read by the name")
  func words() {
    #expect(DraftIDs.regionID(for: "六安市") == "luan")
    #expect(DraftIDs.regionID(for: "六盘水市") == "liupanshui")
    #expect(DraftIDs.regionID(for: "乐清市") == "yueqing")
    #expect(DraftIDs.regionID(for: "长子县") == "zhangzi")
  }

  @Test("characters with one reading and unknown characters keep the usual reading")
  func usual() {
    #expect(DraftIDs.regionID(for: "甲州市") == "jiazhou")
    #expect(PlaceNameReadings.pinyin(of: "") == "")
    #expect(DraftIDs.regionID(for: "ＡＢ") == "region")
  }
}
