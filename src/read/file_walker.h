// Expands the paths given on the command line into the files to read: directories are walked
// recursively in sorted order; paths that cannot be read are reported, never fatal.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace rightstrack {

struct FileList {
  std::vector<std::string> files;
  std::vector<std::pair<std::string, std::string>> errors;  // path, reason
};

FileList collect_files(const std::vector<std::string>& paths);

}  // namespace rightstrack
