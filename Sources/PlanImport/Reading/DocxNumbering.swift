/// A .docx's automatic numbering (word/numbering.xml) and the counting through the
/// document, so each numbered paragraph's label reads as printed: `lvlText` such as
/// "（%1）" or "%1、" with each level's counter in its `numFmt`.
struct DocxNumbering {
  struct Level {
    var start = 1
    var format = "decimal"
    var text = ""
    /// What follows the label: "tab" (Word's default), "space" or "nothing".
    var suffix = "tab"
    /// Legal numbering: every level's counter written in decimal.
    var isLegal = false
    /// The paragraph style tied to this level, if any.
    var style: String?
  }

  struct Instance {
    var abstractID: String
    /// Levels whose counting this instance restarts, at the value given.
    var startOverrides: [Int: Int]
    /// Levels this instance defines anew.
    var levelOverrides: [Int: Level]
  }

  private var abstracts: [String: [Int: Level]] = [:]
  private var instances: [String: Instance] = [:]
  /// Counters per abstract numbering (instances of one abstract numbering count on).
  private var counters: [String: [Int: Int]] = [:]
  private var overridesApplied: Set<String> = []

  init(_ part: XMLPart?) {
    guard let part else { return }
    for element in part.elements {
      if element.name == "abstractNum", let id = element.attributes["abstractNumId"] {
        abstracts[id] = Self.levels(of: element)
      } else if element.name == "num", let id = element.attributes["numId"],
        let abstractID = element.value(of: "abstractNumId")
      {
        instances[id] = Self.instance(element, abstractID: abstractID)
      }
    }
  }

  /// The level a paragraph style is tied to in the instance, if any (`w:lvl/w:pStyle`).
  func level(ofStyle style: String, numID: String) -> Int? {
    guard let instance = instances[numID] else { return nil }
    return abstracts[instance.abstractID]?.first { $0.value.style == style }?.key
  }

  /// Counts the paragraph numbered `numID` at `level` and returns its printed label with
  /// what follows it ("一、", "（二）", "1.1 "); nil when the number is none or unknown.
  mutating func label(numID: String, level: Int) -> String? {
    guard numID != "0", let instance = instances[numID] else { return nil }
    let levels = abstracts[instance.abstractID] ?? [:]
    guard let definition = instance.levelOverrides[level] ?? levels[level] else { return nil }
    var counting = counters[instance.abstractID] ?? [:]
    if let start = instance.startOverrides[level],
      overridesApplied.insert("\(numID)/\(level)").inserted
    {
      counting[level] = start
    } else {
      counting[level] = (counting[level] ?? definition.start - 1) + 1
    }
    for deeper in counting.keys where deeper > level { counting[deeper] = nil }
    counters[instance.abstractID] = counting
    let text = Self.render(definition, counting: counting) {
      instance.levelOverrides[$0] ?? levels[$0]
    }
    return text.isEmpty ? nil : text + Self.separator(after: text, suffix: definition.suffix)
  }

  /// `lvlText` with each `%n` replaced by level n−1's counter in that level's format.
  private static func render(_ level: Level, counting: [Int: Int], definition: (Int) -> Level?)
    -> String
  {
    guard level.format != "bullet", level.format != "none" else { return "" }
    var result = ""
    var characters = level.text.makeIterator()
    while let character = characters.next() {
      guard character == "%", let digit = characters.next(), let number = digit.wholeNumberValue
      else {
        result.append(character)
        continue
      }
      let referenced = definition(number - 1) ?? Level()
      let value = counting[number - 1] ?? referenced.start
      result += DocxNumberFormat.format(value, as: level.isLegal ? "decimal" : referenced.format)
    }
    return result
  }

  /// The tab or space after a label, as it reads in text: none after a label ending in
  /// full-width punctuation ("一、", "（一）"), one space otherwise ("1.1 ").
  private static func separator(after label: String, suffix: String) -> String {
    guard suffix != "nothing", let last = label.last else { return "" }
    return TextCleaning.isWide(last) && !last.isLetter ? "" : " "
  }

  private static func levels(of abstract: XMLPart) -> [Int: Level] {
    var result: [Int: Level] = [:]
    for element in abstract.elements where element.name == "lvl" {
      if let index = element.attributes["ilvl"].flatMap(Int.init) {
        result[index] = level(element)
      }
    }
    return result
  }

  private static func level(_ element: XMLPart) -> Level {
    var level = Level()
    level.start = element.value(of: "start").flatMap(Int.init) ?? 1
    level.format = element.value(of: "numFmt") ?? "decimal"
    level.text = element.value(of: "lvlText") ?? ""
    level.suffix = element.value(of: "suff") ?? "tab"
    level.isLegal = element.child("isLgl").map { OOXMLValue.isOn($0) } ?? false
    level.style = element.value(of: "pStyle")
    return level
  }

  private static func instance(_ element: XMLPart, abstractID: String) -> Instance {
    var instance = Instance(abstractID: abstractID, startOverrides: [:], levelOverrides: [:])
    for override in element.elements where override.name == "lvlOverride" {
      guard let index = override.attributes["ilvl"].flatMap(Int.init) else { continue }
      if let start = override.value(of: "startOverride").flatMap(Int.init) {
        instance.startOverrides[index] = start
      }
      if let lvl = override.child("lvl") { instance.levelOverrides[index] = level(lvl) }
    }
    return instance
  }
}

/// Reading OOXML's on/off properties: present means on, unless `w:val` says 0/false/off.
enum OOXMLValue {
  static func isOn(_ element: XMLPart) -> Bool {
    guard let value = element.attributes["val"] else { return true }
    return !["0", "false", "off"].contains(value.lowercased())
  }
}
