#include "app/parallel_extract.hpp"

#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace sg::app {
namespace {

// A batch is big enough to keep every thread busy, small enough that memory
// stays bounded however large the corpus.
constexpr std::size_t kBatchDocuments = 512;
constexpr std::size_t kBatchBytes = 32u << 20;

}  // namespace

void ExtractAll(DocumentSource& source, const std::vector<const extract::Extractor*>& extractors,
                const ExtractionSink& sink) {
  const unsigned jobs = static_cast<unsigned>(extractors.size());
  std::vector<extract::Document> batch;
  std::vector<extract::Extraction> results;
  bool more = true;
  while (more) {
    batch.clear();
    std::size_t bytes = 0;
    extract::Document doc;
    while (batch.size() < kBatchDocuments && bytes < kBatchBytes && (more = source.Next(doc))) {
      bytes += doc.text.size();
      batch.push_back(std::move(doc));
    }
    if (batch.empty()) break;

    results.assign(batch.size(), {});
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;  // the first exception of any thread, rethrown here
    std::atomic<bool> failed{false};
    auto work = [&](const extract::Extractor* extractor) {
      try {
        for (std::size_t i = next++; i < batch.size() && !failed; i = next++) {
          results[i] = extractor->Extract(batch[i]);
        }
      } catch (...) {
        if (!failed.exchange(true)) failure = std::current_exception();
      }
    };
    const unsigned threads = std::min<unsigned>(jobs, static_cast<unsigned>(batch.size()));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, extractors[t]);
    work(extractors[0]);
    for (std::thread& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);

    for (std::size_t i = 0; i < batch.size(); ++i) sink(batch[i], std::move(results[i]));
  }
}

}  // namespace sg::app
