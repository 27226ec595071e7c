// `rightstrack parse FILE`: read and parse one file without a database and print its structure.
#include <filesystem>
#include <iostream>

#include "annotate/annotator.h"
#include "cli/commands.h"
#include "cli/text_view.h"
#include "core/document_json.h"
#include "parse/parser.h"
#include "read/document_reader.h"

namespace rightstrack::cli {

int run_parse(const std::string& file, const std::string& format) {
  auto text = read_document(file);
  if (!text.ok()) {
    std::cerr << "rightstrack: " << text.status().message() << "\n";
    return kExitBadInput;
  }
  if (format == "lines") {
    // What the reader hands the parser: the way to see why a PDF or Word file parses as it does.
    std::cout << "# " << text->format << ", " << text->pages << " page(s), " << text->lines.size() << " lines\n";
    for (const auto& line : text->lines) std::cout << line << "\n";
    return kExitOk;
  }
  parse::ParseOptions options{std::filesystem::path(file).filename().string(), text->sha256};
  Document doc = parse::parse_document(text->lines, options);
  annotate::annotate_document(doc);
  if (format == "text")
    print_document(std::cout, doc);
  else
    std::cout << document_to_json(doc, 1) << "\n";
  return kExitOk;
}

}  // namespace rightstrack::cli
