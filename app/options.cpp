#include "app/options.hpp"

namespace sg::app {
namespace {

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

void DumpOptions(const Options& o, std::ostream& os) {
  os << "inputs = " << Join(o.inputs) << '\n'
     << "outputs = " << Join(o.outputs) << '\n'
     << "events = " << o.events_path << '\n'
     << "default_rules_dir = " << (o.no_default_rules ? "(not used)" : o.default_rules_dir) << '\n'
     << "rules = " << Join(o.rules_dirs) << '\n'
     << "iso_codes = " << o.iso_codes << '\n'
     << "date = " << o.date << '\n'
     << "jobs = " << o.jobs << '\n'
     << "max_document_bytes = " << o.max_document_bytes << '\n'
     << "csv_text = " << o.csv_text << "\ncsv_date = " << o.csv_date
     << "\ncsv_title = " << o.csv_title << "\ncsv_id = " << o.csv_id << '\n'
     << "multi = " << (o.multi ? "true" : "false") << '\n'
     << "evidence = " << o.max_evidence << '\n'
     << "dot_min_count = " << o.dot_min_count << '\n'
     << "dot_top = " << o.dot_top << '\n'
     << "dot_cluster = " << o.dot_cluster << '\n'
     << "json_style = " << o.json_style << '\n'
     << "since = " << o.since << '\n'
     << "until = " << o.until << '\n'
     << "actors = " << Join(o.actors) << '\n'
     << "stance = " << Join(o.stances) << '\n'
     << "min_count = " << o.min_count << '\n'
     << "collapse = " << o.collapse << '\n'
     << "strict = " << (o.strictness == Strictness::kStrict ? "true" : "false") << '\n';
}

}  // namespace sg::app
