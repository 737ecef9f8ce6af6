/// What on a web page is furniture, not the document: scripts, styles, forms, navigation,
/// and the site's header and footer (an article's own header and footer are kept), found
/// by element, ARIA role, or a class or id word that names them.
enum HTMLFurniture {
  static let elements: Set<String> = [
    "script", "style", "noscript", "template", "head", "nav", "iframe", "object", "embed",
    "svg", "canvas", "select", "button", "input", "textarea", "form", "menu", "aside", "title",
    "map",
  ]
  /// Site furniture wherever it is.
  static let words: Set<String> = [
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
    "sidebar", "share", "copyright", "toolbar", "topbar", "skip", "search", "pagination",
  ]
  /// Site furniture outside an article.
  static let pageWords: Set<String> = ["header", "footer", "foot", "bottom"]
  static let roles: Set<String> = ["navigation", "banner", "contentinfo", "search", "menu"]

  static func isFurniture(_ node: MarkupNode, name: String, inArticle: Bool) -> Bool {
    if elements.contains(name) { return true }
    if !inArticle, name == "header" || name == "footer" { return true }
    if let role = HTMLNode.attribute(node, "role")?.lowercased(), roles.contains(role) {
      return true
    }
    let labels = ["class", "id"].compactMap { HTMLNode.attribute(node, $0) }.joined(separator: " ")
    let tokens = labels.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    return tokens.contains { token in
      words.contains(token) || token.hasPrefix("nav") || token.hasPrefix("breadcrumb")
        || (!inArticle && pageWords.contains(token))
    }
  }
}
