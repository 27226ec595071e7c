#include "read/text_reader.h"

#include <unicode/ustring.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "core/sha256.h"
#include "core/utf8.h"

namespace rightstrack {
namespace {

bool starts(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Names what a non-text file probably is, so the message tells the user what to do with it.
std::string binary_hint(std::string_view bytes) {
  if (starts(bytes, "%PDF")) return "a PDF file (PDF reading is not supported yet; convert it to text)";
  if (starts(bytes, "PK\x03\x04")) return "a ZIP/DOCX file (not supported yet; convert it to text)";
  if (starts(bytes, "\x89PNG") || starts(bytes, "\xFF\xD8\xFF") || starts(bytes, "GIF8")) return "an image";
  return "a binary file";
}

Result<std::string> utf16_to_utf8(std::string_view bytes, bool big_endian, const std::string& name) {
  if (bytes.size() % 2 != 0)
    return Status::invalid_input(name + ": UTF-16 text has an odd number of bytes (" + std::to_string(bytes.size()) +
                                 "); the file is truncated");
  std::u16string units(bytes.size() / 2, u'\0');
  for (size_t i = 0; i < units.size(); ++i) {
    auto a = static_cast<unsigned char>(bytes[2 * i]), b = static_cast<unsigned char>(bytes[2 * i + 1]);
    units[i] = static_cast<char16_t>(big_endian ? (a << 8) | b : (b << 8) | a);
  }
  UErrorCode err = U_ZERO_ERROR;
  int32_t needed = 0;
  u_strToUTF8(nullptr, 0, &needed, units.data(), static_cast<int32_t>(units.size()), &err);
  std::string out;
  if (err == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(err)) {
    out.assign(static_cast<size_t>(needed), '\0');
    err = U_ZERO_ERROR;
    u_strToUTF8(out.data(), needed, nullptr, units.data(), static_cast<int32_t>(units.size()), &err);
  }
  if (U_FAILURE(err)) {
    // Report where the bad unit is: the first unpaired surrogate.
    for (size_t i = 0; i < units.size(); ++i) {
      bool high = units[i] >= 0xD800 && units[i] <= 0xDBFF, low = units[i] >= 0xDC00 && units[i] <= 0xDFFF;
      bool paired = high && i + 1 < units.size() && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF;
      if ((high && !paired) || (low && (i == 0 || !(units[i - 1] >= 0xD800 && units[i - 1] <= 0xDBFF))))
        return Status::invalid_input(name + ": invalid UTF-16 (unpaired surrogate) at byte offset " +
                                     std::to_string(2 * i + 2));
    }
    return Status::invalid_input(name + ": invalid UTF-16 (" + u_errorName(err) + ")");
  }
  return out;
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    lines.emplace_back(text.substr(start, i - start));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) lines.emplace_back(text.substr(start));
  return lines;
}

}  // namespace

Result<SourceText> decode_text(std::string_view bytes, const std::string& name, const ReadOptions& options) {
  if (bytes.size() > options.max_bytes)
    return Status::invalid_input(name + ": file is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                                 std::to_string(options.max_bytes) + " bytes (raise it with --max-bytes)");
  if (bytes.empty()) return Status::invalid_input(name + ": file is empty");
  SourceText out;
  out.path = name;
  out.size_bytes = bytes.size();
  out.sha256 = sha256_hex(bytes);
  std::string text;
  if (starts(bytes, "\xFF\xFE") || starts(bytes, "\xFE\xFF")) {
    bool be = bytes[0] == '\xFE';
    auto r = utf16_to_utf8(bytes.substr(2), be, name);
    if (!r.ok()) return r.status();
    text = std::move(r).value();
    out.encoding = be ? "utf-16be" : "utf-16le";
  } else {
    bool bom = starts(bytes, "\xEF\xBB\xBF");
    std::string_view body = bom ? bytes.substr(3) : bytes;
    if (auto nul = body.find('\0'); nul != std::string_view::npos) {
      size_t at = nul + (bom ? 3 : 0);
      std::string what = binary_hint(bytes);
      if (what == "a binary file" && body.size() > 3 && (body[1] == '\0' || body[0] == '\0'))
        what = "UTF-16 text without a byte-order mark (save it with a BOM or as UTF-8)";
      return Status::invalid_input(name + ": not a text file: looks like " + what + " (NUL byte at offset " +
                                   std::to_string(at) + ")");
    }
    if (size_t bad = utf8::invalid_offset(body); bad != utf8::kValid) {
      size_t at = bad + (bom ? 3 : 0);
      std::string what = binary_hint(bytes);
      if (what != "a binary file") return Status::invalid_input(name + ": not a text file: looks like " + what);
      return Status::invalid_input(name + ": invalid UTF-8 at byte offset " + std::to_string(at) +
                                   " (save the file as UTF-8 or UTF-16 with a BOM)");
    }
    text.assign(body);
    out.encoding = bom ? "utf-8-bom" : "utf-8";
  }
  out.lines = split_lines(text);
  bool any = false;
  for (const auto& l : out.lines)
    if (!utf8::trim(l).empty()) {
      any = true;
      break;
    }
  if (!any) return Status::invalid_input(name + ": file holds only whitespace");
  return out;
}

Result<std::string> read_file_bytes(const std::string& path, const ReadOptions& options) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::io_error(path + ": cannot open: " + std::strerror(errno));
  auto end = in.tellg();
  if (end < 0) return Status::io_error(path + ": cannot read (not a regular file?)");
  auto size = static_cast<size_t>(end);
  if (size > options.max_bytes)
    return Status::invalid_input(path + ": file is " + std::to_string(size) + " bytes, over the limit of " +
                                 std::to_string(options.max_bytes) + " bytes (raise it with --max-bytes)");
  std::string bytes(size, '\0');
  in.seekg(0);
  if (size > 0 && !in.read(bytes.data(), static_cast<std::streamsize>(size)))
    return Status::io_error(path + ": read failed after " + std::to_string(in.gcount()) + " bytes");
  return bytes;
}

Result<SourceText> read_text_file(const std::string& path, const ReadOptions& options) {
  auto bytes = read_file_bytes(path, options);
  if (!bytes.ok()) return bytes.status();
  return decode_text(bytes.value(), path, options);
}

}  // namespace rightstrack
