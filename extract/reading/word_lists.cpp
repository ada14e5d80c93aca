#include "extract/reading/word_lists.hpp"

#include <string>

namespace sg::extract::reading {

WordMap<std::uint32_t> BuildWordClasses(const RuleSet& rules) {
  WordMap<std::uint32_t> classes;
  const auto add = [&](const WordSet& words, std::uint32_t cls) {
    for (const std::string& word : words) classes[word] |= cls;
  };
  add(kThirdPersonPronouns, word_class::kThirdPersonPronoun);
  add(kFirstPersonPronouns, word_class::kFirstPersonPronoun);
  add(kDeterminers, word_class::kDeterminer);
  add(kArticles, word_class::kArticle);
  add(kPrepositions, word_class::kPreposition);
  add(kTellVerbs, word_class::kTellVerb);
  add(rules.speech_verbs, word_class::kSpeechVerb);
  add(kNotVerbs, word_class::kNotVerb);
  add(kIrregularPast, word_class::kIrregularPastVerb);
  add(kCoordinators, word_class::kCoordinator);
  add(kConjunctions, word_class::kConjunction);
  add(kClauseBreaks, word_class::kClauseBreak);
  add(rules.conditional_words, word_class::kConditional);
  add(rules.institution_last_words, word_class::kTitleWord);
  return classes;
}

}  // namespace sg::extract::reading
