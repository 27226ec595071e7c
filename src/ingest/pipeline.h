// Pipeline: the files of one ingest read, parsed and annotated on a thread of their own, a few
// ahead of the caller, who stores them in order. The store stays a single writer with one
// transaction per file; parsing the next file while the current one is stored is what a second
// core buys (each stage alone is single-threaded).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "ingest/ingest.h"

namespace rightstrack::ingest {

class Pipeline {
 public:
  // `known`: the SHA-256 of every stored document (those files are read but not parsed);
  // `ahead`: how many prepared files may wait, which bounds the memory a batch takes.
  Pipeline(std::vector<std::string> files, ReadOptions options, std::unordered_set<std::string> known,
           size_t ahead = 2);
  // Stops preparing (the file being prepared is finished first) and joins the thread.
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // The next file in the order given, once prepared; nullopt after the last.
  std::optional<Prepared> next();
  // Files prepared so far, handed out or waiting: never more than `ahead` beyond those handed out.
  size_t prepared();

 private:
  void run();

  const std::vector<std::string> files_;
  const ReadOptions options_;
  const std::unordered_set<std::string> known_;
  const size_t ahead_;
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<Prepared> queue_;
  size_t taken_ = 0;     // files handed out by next()
  size_t prepared_ = 0;  // files prepared by the thread
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace rightstrack::ingest
