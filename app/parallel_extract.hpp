// ExtractAll: documents from a DocumentSource, extracted on several threads,
// handed on in input order.
//
//   ExtractAll(source, extractor, /*jobs=*/2,
//              [&](const Document& doc, Extraction&& result) { ... });
//
// Documents are read in batches and extracted in parallel; the sink is called
// on the calling thread, in input order, so everything downstream (events
// file, graph) is the same whatever the thread count. Memory holds one batch.
#pragma once

#include <functional>

#include "app/document_source.hpp"
#include "extract/extractor.hpp"

namespace sg::app {

using ExtractionSink = std::function<void(const extract::Document&, extract::Extraction&&)>;

void ExtractAll(DocumentSource& source, const extract::Extractor& extractor, unsigned jobs,
                const ExtractionSink& sink);

}  // namespace sg::app
