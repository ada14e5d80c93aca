#include "eval/scorer.hpp"

#include "extract/text/normalizer.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <functional>
#include <numeric>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace sg::eval {
namespace {

// A sentence of the gold, with the events that count in it.
struct GoldSentence {
  std::string doc;
  std::string text;        // as annotated
  std::string normalized;  // NormalizeSentence(text)
  std::vector<const GoldEvent*> events;
};

// One predicted event placed in scope, and the sentence the tool reported.
struct Placed {
  const graph::Event* event;
  size_t sentence;  // index of one GoldSentence it matched
};

// Comparable views of an event at the three levels.
struct Key {
  std::string actor, target, stance;
  int polarity;
};

Key KeyOf(const GoldEvent& e) { return {e.actor, e.target, e.stance, e.polarity}; }
Key KeyOf(const graph::Event& e) { return {e.actor, e.target, e.stance, e.polarity}; }

using SameLevel = bool (*)(const Key&, const Key&);
bool SameActorTarget(const Key& a, const Key& b) {
  return a.actor == b.actor && a.target == b.target;
}
bool SamePolarity(const Key& a, const Key& b) {
  return SameActorTarget(a, b) && a.polarity == b.polarity;
}
bool SameStance(const Key& a, const Key& b) {
  return SameActorTarget(a, b) && a.stance == b.stance;
}

// Multiset match: each predicted event pairs with at most one gold event.
// Returns, per gold event, the index of its predicted partner or -1.
std::vector<int> Match(const std::vector<Key>& gold, const std::vector<Key>& predicted,
                       SameLevel same) {
  std::vector<int> partner(gold.size(), -1);
  std::vector<bool> used(predicted.size(), false);
  for (size_t g = 0; g < gold.size(); ++g) {
    for (size_t p = 0; p < predicted.size(); ++p) {
      if (!used[p] && same(gold[g], predicted[p])) {
        used[p] = true;
        partner[g] = static_cast<int>(p);
        break;
      }
    }
  }
  return partner;
}

void Add(Counts& counts, const std::vector<int>& partner, size_t predicted_size) {
  long matched = 0;
  for (int p : partner) matched += p >= 0 ? 1 : 0;
  counts.tp += matched;
  counts.fn += static_cast<long>(partner.size()) - matched;
  counts.fp += static_cast<long>(predicted_size) - matched;
}

// The gold id a predicted document id stands for: itself, or its trailing
// path components, so running the tool on a parent folder still matches.
const std::vector<size_t>* FindDoc(
    const std::unordered_map<std::string, std::vector<size_t>>& sentences_by_doc,
    std::string_view doc) {
  while (true) {
    if (const auto it = sentences_by_doc.find(std::string(doc)); it != sentences_by_doc.end()) {
      return &it->second;
    }
    const size_t slash = doc.find('/');
    if (slash == std::string_view::npos) return nullptr;
    doc.remove_prefix(slash + 1);
  }
}

bool Contains(const std::string& longer, const std::string& shorter) {
  return shorter.size() >= kMinContainedChars && longer.size() > shorter.size() &&
         longer.find(shorter) != std::string::npos;
}

size_t FindRoot(std::vector<size_t>& parent, size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

std::string Percent(double ratio) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%6.1f", 100.0 * ratio);
  return buffer;
}

std::string Pad(std::string text, size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

std::string PadLeft(const std::string& text, size_t width) {
  return text.size() < width ? std::string(width - text.size(), ' ') + text : text;
}

void PrintRow(std::ostream& out, const std::string& name, const Counts& c) {
  out << Pad(name, 26) << PadLeft(std::to_string(c.tp), 6) << PadLeft(std::to_string(c.fp), 6)
      << PadLeft(std::to_string(c.fn), 6) << "  " << Percent(c.Precision()) << "  "
      << Percent(c.Recall()) << "  " << Percent(c.F1()) << '\n';
}

void PrintMismatches(std::ostream& out, const char* title, const char* verb,
                     const std::vector<Mismatch>& list, int max_errors) {
  const size_t shown = std::min(list.size(), static_cast<size_t>(std::max(max_errors, 0)));
  out << '\n' << title << " (" << shown << " of " << list.size() << " shown)\n";
  for (size_t i = 0; i < shown; ++i) {
    const Mismatch& m = list[i];
    out << "  " << m.doc << ": \"" << m.sentence << "\"\n";
    out << "    " << verb << ": " << m.event << '\n';
    const auto join = [](const std::vector<std::string>& events) {
      if (events.empty()) return std::string("(none)");
      std::string all;
      for (const std::string& e : events) all += (all.empty() ? "" : "; ") + e;
      return all;
    };
    out << "    gold: " << join(m.gold_events) << '\n';
    out << "    tool: " << join(m.predicted_events) << '\n';
  }
}

}  // namespace

double Counts::Precision() const {
  return tp + fp == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fp);
}
double Counts::Recall() const {
  return tp + fn == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fn);
}
double Counts::F1() const {
  const double p = Precision(), r = Recall();
  return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

std::string NormalizeSentence(std::string_view text) {
  // The tool's own table first: a gold sentence written with the page's
  // en dash matches the sentence the tool read with a hyphen.
  const std::string normal = extract::NormalizeText(text);
  std::string out;
  out.reserve(normal.size());
  bool pending_space = false;
  for (const char ch : normal) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (std::isspace(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += c < 0x80 ? static_cast<char>(std::tolower(c)) : ch;
  }
  return out;
}

std::string FormatEvent(const std::string& actor, const std::string& stance,
                        const std::string& mode, int polarity, const std::string& target) {
  const std::string sign = polarity > 0 ? "+1" : polarity < 0 ? "-1" : "0";
  return (actor.empty() ? "?" : actor) + " -[" + stance + (mode.empty() ? "" : " " + mode) + " " +
         sign + "]-> " + (target.empty() ? "?" : target);
}

EvalReport Score(const std::vector<GoldEvent>& gold, const std::vector<graph::Event>& predicted) {
  EvalReport report;

  std::vector<GoldSentence> sentences;
  std::unordered_map<std::string, std::vector<size_t>> sentences_by_doc;
  std::map<std::pair<std::string, std::string>, size_t> sentence_index;  // (doc, normalized)
  for (const GoldEvent& g : gold) {
    std::string normalized = NormalizeSentence(g.sentence);
    auto [it, added] = sentence_index.try_emplace({g.doc, normalized}, sentences.size());
    if (added) {
      sentences.push_back({g.doc, g.sentence, std::move(normalized), {}});
      sentences_by_doc[g.doc].push_back(it->second);
    }
    if (!g.none && g.mode != "conditional") sentences[it->second].events.push_back(&g);
  }
  report.sentences_in_scope = static_cast<long>(sentences.size());

  // Place each predicted event; sentences one predicted sentence spans are
  // merged (union-find) so their events are compared together.
  std::vector<size_t> parent(sentences.size());
  std::iota(parent.begin(), parent.end(), size_t{0});
  std::vector<Placed> placed;
  for (const graph::Event& p : predicted) {
    const std::vector<size_t>* in_doc = FindDoc(sentences_by_doc, p.doc);
    std::vector<size_t> hits;
    if (in_doc != nullptr) {
      const std::string normalized = NormalizeSentence(p.sentence);
      for (size_t s : *in_doc) {
        if (sentences[s].normalized == normalized) hits = {s};
      }
      if (hits.empty()) {
        for (size_t s : *in_doc) {
          if (Contains(sentences[s].normalized, normalized) ||
              Contains(normalized, sentences[s].normalized)) {
            hits.push_back(s);
          }
        }
      }
    }
    if (hits.empty()) {
      ++report.predicted_out_of_scope;
      continue;
    }
    if (p.mode == "conditional") {
      ++report.predicted_conditional;
      continue;
    }
    for (size_t s : hits) parent[FindRoot(parent, s)] = FindRoot(parent, hits.front());
    placed.push_back({&p, hits.front()});
  }

  // Units in gold order: the root's members, their gold and predicted events.
  struct Unit {
    std::vector<const GoldEvent*> gold;
    std::vector<const graph::Event*> predicted;
  };
  std::map<size_t, Unit> units;  // keyed by the unit's first sentence index
  std::vector<size_t> first_of_root(sentences.size(), sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    size_t& first = first_of_root[FindRoot(parent, s)];
    if (first == sentences.size()) first = s;
    Unit& unit = units[first];
    unit.gold.insert(unit.gold.end(), sentences[s].events.begin(), sentences[s].events.end());
  }
  for (const Placed& p : placed) {
    units[first_of_root[FindRoot(parent, p.sentence)]].predicted.push_back(p.event);
  }

  for (const auto& [first, unit] : units) {
    std::vector<Key> gold_keys, predicted_keys;
    std::vector<std::string> gold_text, predicted_text;
    for (const GoldEvent* g : unit.gold) {
      gold_keys.push_back(KeyOf(*g));
      gold_text.push_back(FormatEvent(g->actor, g->stance, g->mode, g->polarity, g->target));
    }
    for (const graph::Event* p : unit.predicted) {
      predicted_keys.push_back(KeyOf(*p));
      predicted_text.push_back(FormatEvent(p->actor, p->stance, p->mode, p->polarity, p->target));
    }
    Add(report.actor_target, Match(gold_keys, predicted_keys, SameActorTarget),
        predicted_keys.size());
    Add(report.actor_target_polarity, Match(gold_keys, predicted_keys, SamePolarity),
        predicted_keys.size());
    const std::vector<int> partner = Match(gold_keys, predicted_keys, SameStance);
    Add(report.actor_target_stance, partner, predicted_keys.size());

    std::vector<bool> predicted_matched(predicted_keys.size(), false);
    for (size_t g = 0; g < partner.size(); ++g) {
      Counts& stance = report.per_stance[gold_keys[g].stance];
      if (partner[g] >= 0) {
        predicted_matched[static_cast<size_t>(partner[g])] = true;
        ++stance.tp;
        continue;
      }
      ++stance.fn;
      report.misses.push_back(
          {unit.gold[g]->doc, unit.gold[g]->sentence, gold_text[g], gold_text, predicted_text});
    }
    for (size_t p = 0; p < predicted_keys.size(); ++p) {
      if (predicted_matched[p]) continue;
      ++report.per_stance[predicted_keys[p].stance].fp;
      report.false_alarms.push_back({unit.predicted[p]->doc, unit.predicted[p]->sentence,
                                     predicted_text[p], gold_text, predicted_text});
    }
  }
  return report;
}

void PrintReport(const EvalReport& report, std::ostream& out, int max_errors) {
  out << "sentences in scope: " << report.sentences_in_scope
      << "; predicted events outside them: " << report.predicted_out_of_scope
      << "; conditional, not counted: " << report.predicted_conditional << "\n\n";
  out << Pad("level", 26) << PadLeft("tp", 6) << PadLeft("fp", 6) << PadLeft("fn", 6) << "  "
      << PadLeft("P%", 6) << "  " << PadLeft("R%", 6) << "  " << PadLeft("F1%", 6) << '\n';
  PrintRow(out, "actor+target", report.actor_target);
  PrintRow(out, "actor+target+polarity", report.actor_target_polarity);
  PrintRow(out, "actor+target+stance", report.actor_target_stance);
  out << "\nper stance (actor+target+stance)\n";
  for (const auto& [stance, counts] : report.per_stance) PrintRow(out, "  " + stance, counts);
  PrintMismatches(out, "misses", "missed", report.misses, max_errors);
  PrintMismatches(out, "false alarms", "found", report.false_alarms, max_errors);
}

}  // namespace sg::eval
