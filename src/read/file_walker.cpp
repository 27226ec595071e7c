#include "read/file_walker.h"

#include <algorithm>
#include <filesystem>

namespace rightstrack {
namespace fs = std::filesystem;

namespace {
bool hidden(const fs::path& p) {
  auto name = p.filename().string();
  return !name.empty() && name[0] == '.';
}
}  // namespace

FileList collect_files(const std::vector<std::string>& paths) {
  FileList out;
  for (const auto& arg : paths) {
    std::error_code ec;
    auto st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      out.errors.emplace_back(arg, "no such file or directory");
      continue;
    }
    if (fs::is_regular_file(st)) {
      out.files.push_back(arg);
      continue;
    }
    if (!fs::is_directory(st)) {
      out.errors.emplace_back(arg, "not a regular file or directory");
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
      out.errors.emplace_back(arg, "cannot open directory: " + ec.message());
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        out.errors.emplace_back(it->path().string(), "cannot read: " + ec.message());
        break;
      }
      if (hidden(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    out.files.insert(out.files.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace rightstrack
