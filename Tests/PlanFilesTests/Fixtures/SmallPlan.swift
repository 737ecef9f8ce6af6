/// A small valid plan file, line by line, that tests damage one line at a time.
enum SmallPlan {
  static let lines: [String] = [
    "format: 1",  // 1
    "region:",  // 2
    "  id: hechuan",  // 3
    "  name: 合川区",  // 4
    "  level: 区",  // 5
    "plan:",  // 6
    "  title: 行动方案",  // 7
    "  horizon: {start: 2023, end: 2027}",  // 8
    "targets:",  // 9
    "  - id: hechuan.target.revenue",  // 10
    "    metric: 规模以上工业企业营业收入",  // 11
    "    kind: absolute",  // 12
    "    direction: up",  // 13
    "    unit: 亿元",  // 14
    "    target: {value: 1600, year: 2027}",  // 15
    "    cluster: hechuan.cluster.auto",  // 16
    "    source: {section: 二, text: 营业收入迈上1600亿元台阶}",  // 17
    "clusters:",  // 18
    "  - id: hechuan.cluster.auto",  // 19
    "    name: 汽车零部件",  // 20
    "    tier: 主导",  // 21
    "    scale: {min: 100, max: 300, year: 2027}",  // 22
    "    source: {section: 三(一), text: 打造500亿级产业集群}",  // 23
    "measures:",  // 24
    "  - id: hechuan.measure.auto",  // 25
    "    section: 三(一)",  // 26
    "    title: 聚力打造主导产业集群",  // 27
    "    text: 聚力打造主导产业集群。",  // 28
    "    lead_units: [区经济信息委]",  // 29
    "    clusters: [hechuan.cluster.auto]",  // 30
    "    source: {section: 三(一)}",  // 31
  ]

  static var text: String { lines.joined(separator: "\n") + "\n" }

  /// The file with line `number` (1-based) replaced.
  static func replacing(line number: Int, with replacement: String) -> String {
    var copy = lines
    copy[number - 1] = replacement
    return copy.joined(separator: "\n") + "\n"
  }

  /// The file with line `number` removed.
  static func removing(line number: Int) -> String {
    var copy = lines
    copy.remove(at: number - 1)
    return copy.joined(separator: "\n") + "\n"
  }
}
