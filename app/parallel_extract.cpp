#include "app/parallel_extract.hpp"

#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace sg::app {
namespace {

// A batch is big enough to keep every thread busy, small enough that memory
// stays bounded however large the corpus (two batches are held at a time).
constexpr std::size_t kBatchDocuments = 512;
constexpr std::size_t kBatchBytes = 32u << 20;

struct Batch {
  std::vector<extract::Document> documents;
  std::vector<extract::Extraction> results;
};

Batch ReadBatch(DocumentSource& source) {
  Batch batch;
  std::size_t bytes = 0;
  extract::Document doc;
  while (batch.documents.size() < kBatchDocuments && bytes < kBatchBytes && source.Next(doc)) {
    bytes += doc.text.size();
    batch.documents.push_back(std::move(doc));
  }
  batch.results.resize(batch.documents.size());
  return batch;
}

void Sink(Batch& batch, const ExtractionSink& sink) {
  for (std::size_t i = 0; i < batch.documents.size(); ++i) {
    sink(batch.documents[i], std::move(batch.results[i]));
  }
}

// Extracts one batch on one thread per extractor, the documents handed out
// one at a time. Start() returns at once; Wait() joins and rethrows the
// first exception of any thread. The destructor waits too, so an exception
// on the calling thread never leaves a thread running.
class BatchWorkers {
 public:
  BatchWorkers(Batch& batch, const std::vector<const extract::Extractor*>& extractors)
      : batch_(batch) {
    const std::size_t threads = std::min(extractors.size(), batch.documents.size());
    for (std::size_t t = 0; t < threads; ++t)
      pool_.emplace_back([this, e = extractors[t]] { Run(e); });
  }
  ~BatchWorkers() { Join(); }
  BatchWorkers(const BatchWorkers&) = delete;
  BatchWorkers& operator=(const BatchWorkers&) = delete;

  void Wait() {
    Join();
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  void Run(const extract::Extractor* extractor) {
    try {
      for (std::size_t i = next_++; i < batch_.documents.size() && !failed_; i = next_++) {
        batch_.results[i] = extractor->Extract(batch_.documents[i]);
      }
    } catch (...) {
      if (!failed_.exchange(true)) failure_ = std::current_exception();
    }
  }
  void Join() {
    for (std::thread& t : pool_) {
      if (t.joinable()) t.join();
    }
  }

  Batch& batch_;
  std::atomic<std::size_t> next_{0};
  std::atomic<bool> failed_{false};
  std::exception_ptr failure_;
  std::vector<std::thread> pool_;
};

}  // namespace

void ExtractAll(DocumentSource& source, const std::vector<const extract::Extractor*>& extractors,
                const ExtractionSink& sink) {
  if (extractors.size() <= 1) {
    // -j1: one thread does everything, so -j1 figures are one core's.
    for (Batch batch = ReadBatch(source); !batch.documents.empty(); batch = ReadBatch(source)) {
      for (std::size_t i = 0; i < batch.documents.size(); ++i) {
        batch.results[i] = extractors.front()->Extract(batch.documents[i]);
      }
      Sink(batch, sink);
    }
    return;
  }
  // -jN: while the threads extract one batch, this thread hands the previous
  // one to the sink and reads the next, so no core waits for input or output.
  Batch extracted;
  Batch current = ReadBatch(source);
  while (!current.documents.empty()) {
    BatchWorkers workers(current, extractors);
    Sink(extracted, sink);
    Batch next = ReadBatch(source);
    workers.Wait();
    extracted = std::move(current);
    current = std::move(next);
  }
  Sink(extracted, sink);
}

}  // namespace sg::app
