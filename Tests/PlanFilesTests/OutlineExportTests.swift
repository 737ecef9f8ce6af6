import Foundation
import PlanModel
import Testing

@testable import PlanFiles

/// The outline in `export`: JSON gains each plan's flat `outline` and every item's `heading`
/// while keeping its keys; YAML writes the `outline:` list where the format puts it.
@Suite struct OutlineExportTests {
  func exported() throws -> [String: Any] {
    let plan = try #require(PlanFileReader.read(text: OutlinePlan.text, file: "a.yaml").plan)
    let json = try PlanJSONWriter.json(for: [plan])
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let plans = try #require(root["plans"] as? [[String: Any]])
    return try #require(plans.first)
  }

  @Test func eachPlanGainsAFlatOutline() throws {
    let outline = try #require(try exported()["outline"] as? [[String: Any]])
    #expect(outline.count == 6)
    for heading in outline {
      #expect(Set(heading.keys) == ["key", "number", "title", "level", "parent", "in_text"])
    }
    #expect(outline.map { $0["key"] as? String } == ["一", "二", "二(一)", "二(一)1", "二(二)", "P1"])
    #expect(outline.map { $0["level"] as? Int } == [1, 1, 2, 3, 2, 1])
    #expect(outline[0]["parent"] is NSNull)
    #expect(outline[3]["parent"] as? String == "二(一)")
    #expect(outline[3]["number"] as? String == "1.")
    #expect(outline[3]["title"] as? String == "汽车零部件")
    #expect(outline.map { $0["in_text"] as? Bool } == [true, true, true, true, true, false])
  }

  @Test func everyItemNamesItsHeadingAndKeepsItsKeys() throws {
    let plan = try exported()
    for key in ["region", "document", "targets", "clusters", "ladders", "indicators", "measures"] {
      #expect(plan[key] != nil, "\(key)")
    }
    let target = try #require((plan["targets"] as? [[String: Any]])?.first)
    #expect(target["heading"] as? String == "二")
    #expect(target["metric"] as? String == "规模以上工业企业营业收入")
    let targetSource = try #require(target["source"] as? [String: Any])
    #expect(targetSource["heading"] as? String == "二")
    #expect(targetSource["review"] == nil)
    let measure = try #require((plan["measures"] as? [[String: Any]])?.first)
    #expect(measure["heading"] as? String == "二(一)1")
    let source = try #require(measure["source"] as? [String: Any])
    #expect(source["review"] as? [String] == ["年份取自节标题"])
    #expect(source["text"] as? String == "聚力打造主导产业集群。")
  }

  @Test func anItemUnderNoHeadingHasANullHeading() throws {
    let text = OutlinePlan.replacing(line: 34, with: "    source: {text: 营业收入迈上1600亿元台阶}")
    let plan = try #require(PlanFileReader.read(text: text, file: "a.yaml").plan)
    let json = try PlanJSONWriter.json(for: [plan])
    #expect(json.contains("\"heading\" : null"))
  }

  @Test func yamlWritesTheOutlineAfterThePlan() throws {
    let plan = try #require(PlanFileReader.read(text: OutlinePlan.text, file: "a.yaml").plan)
    let yaml = try PlanYAMLWriter.yaml(for: plan)
    let outline = try #require(yaml.range(of: "\noutline:\n"))
    let plan2 = try #require(yaml.range(of: "\nplan:"))
    let targets = try #require(yaml.range(of: "\ntargets:\n"))
    #expect(plan2.lowerBound < outline.lowerBound && outline.lowerBound < targets.lowerBound)
    #expect(yaml.contains("\n  in_text: false\n"))
    #expect(yaml.contains("heading: 二(一)1"))
  }
}
