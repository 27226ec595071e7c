// Reading speed of PDF and Word documents (bench, not a test): the PDF and .docx versions of the
// samples in tests/data/office (made by LibreOffice from the text) and tests/data/office/un (laid
// out as the UN prints them), each read `rounds` times; pages per second, the pages counted in the
// PDF of the same document.
// usage: bench_read [rounds]
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "read/document_reader.h"

int main(int argc, char** argv) {
  int rounds = argc > 1 ? std::atoi(argv[1]) : 20;
  const char* samples[] = {"000_f4626f13f5795eeb", "001_3cb7da14d703b69e", "002_954a802aa9703412",
                           "003_694d42ce343c5208", "004_c70ae1ba36e06e75"};
  for (std::string set : {"", "un/"})
    for (const char* ext : {"pdf", "docx"}) {
      size_t pages = 0, bytes = 0;
      double seconds = 0;
      for (const char* s : samples) {
        std::string dir = std::string(RIGHTSTRACK_SOURCE_DIR) + "/tests/data/office/" + set + s;
        std::ifstream in(dir + "." + ext, std::ios::binary);
        std::stringstream b;
        b << in.rdbuf();
        std::string data = b.str();
        auto pdf = rightstrack::read_document(dir + ".pdf");
        if (!pdf.ok()) return 1;
        auto start = std::chrono::steady_clock::now();
        for (int r = 0; r < rounds; ++r) {
          auto doc = rightstrack::decode_document(data, s);
          if (!doc.ok()) {
            std::fprintf(stderr, "%s\n", doc.status().message().c_str());
            return 1;
          }
        }
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        pages += pdf->pages * static_cast<size_t>(rounds);
        bytes += data.size() * static_cast<size_t>(rounds);
      }
      std::printf("%-7s %-4s %zu pages in %.2f s: %.0f pages/s (%.1f MB/s of file)\n", set.empty() ? "office" : "un",
                  ext, pages, seconds, pages / seconds, bytes / seconds / 1e6);
    }
}
