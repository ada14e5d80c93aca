// The document's date, and each sentence's event date: the date the
// sentence gives, or that of the same speaker's nearest dated sentence, or
// the document's.
#include <cstddef>
#include <optional>
#include <string>

#include "extract/dates/date_finder.hpp"
#include "extract/dates/document_date.hpp"
#include "extract/reading/document_extractor.hpp"
#include "extract/reading/sentence_work.hpp"

namespace sg::extract::reading {

namespace {

bool SameSpeaker(const Speaker& a, const Speaker& b) {
  return a.valid() && b.valid() && a.actor == b.actor && a.person == b.person;
}

}  // namespace

bool DocumentExtractor::HeaderDateContradicted(const std::string& iso) const {
  // A page's "today" widget is not the story's date when the story names
  // someone by a title they did not hold that day ("President-elect Biden"
  // under a 2024 page date).
  for (const Work& w : sentences_) {
    for (const Mention& m : w.mentions) {
      if (m.kind != MentionKind::kPerson) continue;
      const std::size_t from = m.first >= 4 ? m.first - 4 : 0;
      std::string before;
      for (std::size_t k = from; k < m.first; ++k) (before += w.tokens[k].lower) += ' ';
      for (int c : m.candidates) {
        for (const Role& role : rules_.people[c].roles) {
          if (before.find(role.title + " ") == std::string::npos) continue;
          bool held = false;
          for (const Role& r : rules_.people[c].roles) {
            if (r.title != role.title) continue;
            held =
                held || ((r.from.empty() || r.from <= iso) && (r.until.empty() || iso < r.until));
          }
          if (!held) return true;
        }
      }
    }
  }
  return false;
}

void DocumentExtractor::FindDocumentDate(const std::string& clean_text) {
  if (!doc_.date.empty()) {
    doc_date_ = doc_.date;
    doc_date_source_ = "document date (given)";
    return;
  }
  const DocumentDate found = extract::FindDocumentDate(clean_text);
  if (found.iso.empty()) return;
  if (found.page_header && HeaderDateContradicted(found.iso)) {
    if (trace_) {
      trace_->document_date = "unknown (page header date " + found.iso +
                              " ignored: a title in the story was not held then)";
    }
    return;
  }
  doc_date_ = found.iso;
  doc_date_source_ = "document " + found.source;
}

// The sentence with its own date read, on first use: most sentences give no
// event and are never dated (reading dates was 5% of the run in perf).
const Work& DocumentExtractor::Dated(std::size_t index) {
  Work& w = sentences_[index];
  if (w.dated) return w;
  w.dated = true;
  // A sentence with no speaker and fewer than two parties gives no event
  // and lends its date to none (dates pass between sentences of one
  // speaker): only `explain` shows its date.
  if (!w.speaker.valid() && Parties(w) < 2 && trace_ == nullptr) return w;
  for (DateMention& d : FindDates(w.text, doc_day_)) {
    if (d.iso.empty()) continue;
    if (w.date.empty()) {
      w.date = d.iso;
      w.date_source = d.source;
    }
    w.dates.push_back(std::move(d));
  }
  if (w.dates.size() < 2) w.dates.clear();
  return w;
}

const DateMention* DocumentExtractor::TriggerDate(std::size_t index, const Trigger& trigger) const {
  // "Pakistan complained today that planes from Afghanistan attacked
  // Pakistani villages last Thursday", "Conable arrived here on Saturday
  // and will have talks with Suharto tomorrow": of a sentence's dates, a
  // stance takes one in its own clause: the first right after it ("met
  // Kohl on Monday"), else the nearer of the last before it and the first
  // after ("destroyed the platform on Monday in retaliation for an Iranian
  // missile attack ... last Friday"); the sentence's first date when its
  // clause has none. A date in the possessive dates a noun, not the verb:
  // "retaliated for last Friday's attack".
  constexpr std::size_t kRightAfter =
      6;  // tokens: "talks with French officials in Paris on Friday"
  const Work& w = sentences_[index];
  if (w.dates.empty() || trigger.clause_end <= trigger.clause_start) return nullptr;
  // The token holding byte `byte` of the sentence.
  const auto token_at = [&](std::size_t byte) {
    std::size_t k = 0;
    while (k + 1 < w.tokens.size() && w.tokens[k].end <= byte) ++k;
    return k;
  };
  const DateMention* after = nullptr;
  const DateMention* before = nullptr;
  std::size_t after_gap = 0, before_gap = 0;
  for (const DateMention& d : w.dates) {
    const bool possessive = w.text.compare(d.end, 2, "'s") == 0;
    const std::size_t first = token_at(d.begin), last = token_at(d.end - 1) + 1;
    if (first < trigger.clause_start || last > trigger.clause_end || possessive) continue;
    if (first >= trigger.last) {
      if (after == nullptr) {
        after = &d;
        after_gap = first - trigger.last;
      }
    } else if (last <= trigger.first) {
      before = &d;
      before_gap = trigger.first - last;
    }
  }
  if (after != nullptr && (after_gap <= kRightAfter || before == nullptr)) return after;
  if (before != nullptr && (after == nullptr || before_gap <= after_gap)) return before;
  return after;
}

void DocumentExtractor::AssignDate(std::size_t i) {
  if (event_date_assigned_[i]) return;
  event_date_assigned_[i] = true;
  const Work& w = Dated(i);
  if (!w.date.empty()) {
    event_dates_[i] = w.date;
    event_date_sources_[i] = w.date_source;
    return;
  }
  // A speaker's statements in one story are usually one occasion: an
  // undated sentence takes the date of the nearest sentence of the same
  // speaker that has one (the lead often leaves out the "on Monday" the
  // next sentence gives); of two as near, the earlier.
  std::optional<std::size_t> nearest;
  const auto consider = [&](std::size_t k) {
    if (!nearest && SameSpeaker(w.speaker, sentences_[k].speaker) && !Dated(k).date.empty()) {
      nearest = k;
    }
  };
  const std::size_t n = sentences_.size();
  for (std::size_t d = 1; w.speaker.valid() && !nearest && (d <= i || i + d < n); ++d) {
    if (d <= i) consider(i - d);
    if (i + d < n) consider(i + d);
  }
  if (nearest) {
    event_dates_[i] = sentences_[*nearest].date;
    event_date_sources_[i] = sentences_[*nearest].date_source + ", from sentence " +
                             std::to_string(*nearest) + " (same speaker)";
  } else if (!doc_date_.empty()) {
    event_dates_[i] = doc_date_;
    event_date_sources_[i] = doc_date_source_;
  } else {
    event_date_sources_[i] = "unknown: no date in the sentence and no document date";
  }
}

}  // namespace sg::extract::reading
