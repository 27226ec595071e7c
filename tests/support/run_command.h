// Runs the built `rightstrack` binary for end-to-end tests and captures what it prints.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <string>

#include "support/temp_dir.h"

namespace rightstrack::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// `args` is appended to the binary's path as is (quote paths with quote()).
inline CommandResult run_rightstrack(const std::string& args, const TempDir& scratch) {
  std::string err_file = scratch.file("stderr.txt");
  std::string cmd = quote(RIGHTSTRACK_BINARY) + " " + args + " 2>" + quote(err_file) + " </dev/null";
  CommandResult r;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = read_file(err_file);
  return r;
}

}  // namespace rightstrack::testing
