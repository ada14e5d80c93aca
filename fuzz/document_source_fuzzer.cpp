// app::DocumentSource on an arbitrary file: JSONL, CSV, gzip-compressed JSONL
// (well-formed, cut short or corrupted) and raw bytes named .gz. The
// contract: the stream ends, never throws on a file that exists, reports
// what it skips through the warning callback, and every document it yields
// has a text no longer than what was decompressed.
#include <unistd.h>
#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "app/document_source.hpp"
#include "fuzz/fuzz_support.hpp"

namespace {

// gzip of `text` (one member), as gzip(1) writes it.
std::string Gzip(std::string_view text) {
  z_stream z{};
  SG_FUZZ_CHECK(
      deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK,
      "deflateInit2 failed");
  std::string out(deflateBound(&z, static_cast<uLong>(text.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  SG_FUZZ_CHECK(deflate(&z, Z_FINISH) == Z_STREAM_END, "deflate did not finish");
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::string_view bytes = sg::fuzz::AsText(data + 2, size - 2);
  const unsigned mode = data[0] % 5, cut = data[1];
  std::string name = "fuzz.jsonl", file(bytes);
  switch (mode) {
    case 1:
      name = "fuzz.csv";
      break;
    case 2:  // well-formed gzip
    case 3:  // gzip cut short, or with one byte flipped
      name = "fuzz.jsonl.gz";
      file = Gzip(bytes);
      if (mode == 3 && !file.empty()) {
        const std::size_t at = file.size() * cut / 256;
        if (cut % 2 == 0) {
          file.resize(at);
        } else {
          file[at] = static_cast<char>(file[at] ^ 0x55);
        }
      }
      break;
    case 4:  // raw bytes that claim to be gzip
      name = "fuzz.csv.gz";
      break;
    default:
      break;
  }
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("sg-fuzz-source-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / name).string();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(file.data(), static_cast<std::streamsize>(file.size()));
    SG_FUZZ_CHECK(static_cast<bool>(out), "cannot write the fuzz input file");
  }

  std::size_t warnings = 0;
  sg::app::SourceOptions options;
  options.max_document_bytes = 1 << 16;
  sg::app::DocumentSource source({path}, options, [&](const sg::Warning& w) {
    SG_FUZZ_CHECK(w.where.file == path, "a warning that does not name the file");
    ++warnings;
  });
  sg::extract::Document doc;
  std::size_t documents = 0, text_bytes = 0;
  while (source.Next(doc)) {
    ++documents;
    text_bytes += doc.text.size();
    SG_FUZZ_CHECK(doc.text.size() <= options.max_document_bytes, "a document over the limit");
  }
  // JSON escapes and CSV quotes only shrink text ("\u00e9" is 6 bytes for
  // 2), so no mode but raw .gz bytes (which may inflate) yields more text
  // than the bytes the fuzzer gave.
  if (mode != 4) {
    SG_FUZZ_CHECK(text_bytes <= bytes.size(), "documents hold more text than the input");
    SG_FUZZ_CHECK(warnings <= bytes.size() + 2, "more warnings than input bytes");
  }
  std::filesystem::remove(path);
  return 0;
}
