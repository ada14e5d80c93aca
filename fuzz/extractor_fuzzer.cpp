// The text layer and Extractor::Extract on arbitrary bytes as an article,
// with the default rules (compiled once). The contract: Extract never throws,
// and every event it returns names an actor and a different target and
// carries valid UTF-8 (the text layer repairs the bytes first).
// Odd-sized inputs are extracted with a trace and a document date, to reach
// the `explain` paths and the relative-date arithmetic as well.
#include <cstddef>
#include <cstdint>

#include "extract/extractor.hpp"
#include "fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const sg::extract::Extractor extractor(sg::fuzz::DefaultRules());
  sg::extract::Document doc;
  doc.id = "fuzz.txt";
  doc.text = std::string(sg::fuzz::AsText(data, size));
  const bool traced = size % 2 == 1;
  if (traced) doc.date = "2021-02-09";
  sg::extract::DocumentTrace trace;
  const sg::extract::Extraction result = extractor.Extract(doc, traced ? &trace : nullptr);
  for (const sg::graph::Event& e : result.events) {
    SG_FUZZ_CHECK(!e.actor.empty() && !e.target.empty(), "event without actor or target");
    SG_FUZZ_CHECK(e.actor != e.target, "event with actor == target");
    SG_FUZZ_CHECK(sg::fuzz::IsValidUtf8(e.sentence), "event sentence is not UTF-8");
    SG_FUZZ_CHECK(
        e.sentence_index >= 0 && static_cast<std::size_t>(e.sentence_index) < result.sentences,
        "event sentence index out of range");
  }
  for (const sg::extract::SentenceTrace& s : trace.sentences) {
    SG_FUZZ_CHECK(sg::fuzz::IsValidUtf8(s.text), "traced sentence is not UTF-8");
  }
  return 0;
}
