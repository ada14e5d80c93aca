#include "app/rule_files.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "extract/rule_loader.hpp"

namespace fs = std::filesystem;

namespace sg::app {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::kInput, {path, 0, 0, ""}, "cannot read rule file");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

extract::RuleLayer ReadLayer(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw Error(ErrorKind::kInput, {dir, 0, 0, ""}, "rules folder does not exist");
  }
  std::vector<std::string> paths;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".json") paths.push_back(entry.path().string());
  }
  if (ec)
    throw Error(ErrorKind::kInput, {dir, 0, 0, ""}, "cannot list rules folder: " + ec.message());
  if (paths.empty())
    throw Error(ErrorKind::kInput, {dir, 0, 0, ""}, "no *.json rule files in folder");
  std::sort(paths.begin(), paths.end());
  extract::RuleLayer layer;
  for (const std::string& p : paths) layer.files.push_back({p, ReadFile(p)});
  return layer;
}

}  // namespace

extract::RuleSet LoadRuleFiles(const Options& options) {
  std::vector<extract::RuleLayer> layers;
  if (!options.no_default_rules) layers.push_back(ReadLayer(options.default_rules_dir));
  for (const std::string& dir : options.rules_dirs) layers.push_back(ReadLayer(dir));
  if (layers.empty()) {
    throw Error(ErrorKind::kUsage, {}, "--no-default-rules needs at least one --rules DIR");
  }
  std::string iso;
  if (!options.iso_codes.empty()) {
    std::ifstream in(options.iso_codes, std::ios::binary);
    if (!in) {
      throw Error(ErrorKind::kInput, {options.iso_codes, 0, 0, ""},
                  "cannot read iso-codes' country list (install the Debian package iso-codes, or "
                  "pass --iso-codes FILE, or --iso-codes '' to do without)");
    }
    iso.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return extract::LoadRules(layers, iso, options.iso_codes);
}

std::string FindDefaultRulesDir(const char* argv0) {
  std::error_code ec;
  const fs::path exe = fs::canonical("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / "share" / "stancegraph" / "rules";
    if (fs::is_directory(installed, ec)) return installed.string();
  }
  (void)argv0;
  return SG_DEFAULT_RULES_DIR;
}

}  // namespace sg::app
