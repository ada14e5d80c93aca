// graph::EventFromJson on one arbitrary line. The contract: an Event, or an
// sg::Error of kind kInput at the given file and line. An Event that parsed
// must survive EventToJson -> EventFromJson unchanged (but for goldstein,
// which the writer rounds to one decimal).
#include <cstddef>
#include <cstdint>

#include "common/error.hpp"
#include "fuzz/fuzz_support.hpp"
#include "graph/event_json.hpp"

namespace {

bool SameButGoldstein(const sg::graph::Event& a, const sg::graph::Event& b) {
  return a.doc == b.doc && a.sentence_index == b.sentence_index && a.sentence == b.sentence &&
         a.actor == b.actor && a.actor_name == b.actor_name && a.actor_country == b.actor_country &&
         a.actor_type == b.actor_type && a.speaker == b.speaker && a.stance == b.stance &&
         a.mode == b.mode && a.cameo_root == b.cameo_root && a.quad_class == b.quad_class &&
         a.polarity == b.polarity && a.target == b.target && a.target_name == b.target_name &&
         a.target_country == b.target_country && a.target_type == b.target_type &&
         a.date == b.date && a.date_source == b.date_source && a.rule == b.rule;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const sg::Location where{"fuzz.jsonl", 7, 0, ""};
  sg::graph::Event event;
  try {
    event = sg::graph::EventFromJson(sg::fuzz::AsText(data, size), where);
  } catch (const sg::Error& error) {
    SG_FUZZ_CHECK(error.kind() == sg::ErrorKind::kInput, "event error is not kInput");
    SG_FUZZ_CHECK(error.where().file == where.file && error.where().line == where.line,
                  "event error lost its file and line");
    return 0;
  }
  const std::string line = sg::graph::EventToJson(event);
  SG_FUZZ_CHECK(line.find('\n') == std::string::npos, "EventToJson wrote a line break");
  const sg::graph::Event back = sg::graph::EventFromJson(line, where);
  SG_FUZZ_CHECK(SameButGoldstein(event, back), "event changed through EventToJson");
  return 0;
}
