/// A draft's scores: the lists' (`ImportBenchmark.lists`) and the document fields'
/// (`ImportDocumentFields.names`).
struct DraftScores {
  var lists: [BenchScore]
  var fields: [BenchScore]
}
