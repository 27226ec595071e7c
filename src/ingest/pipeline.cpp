#include "ingest/pipeline.h"

namespace rightstrack::ingest {
namespace {

Prepared refused(const std::string& file, const std::string& why) {
  Prepared p;
  p.file = p.path = p.name = file;
  p.error = file + ": internal error while reading or parsing: " + why;
  return p;
}

}  // namespace

Pipeline::Pipeline(std::vector<std::string> files, ReadOptions options, std::unordered_set<std::string> known,
                   size_t ahead)
    : files_(std::move(files)),
      options_(std::move(options)),
      known_(std::move(known)),
      ahead_(ahead == 0 ? 1 : ahead),
      thread_([this] { run(); }) {}

Pipeline::~Pipeline() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  room_.notify_all();
  thread_.join();
}

void Pipeline::run() {
  auto is_known = [this](const std::string& sha) { return known_.count(sha) > 0; };
  for (const auto& file : files_) {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      room_.wait(lock, [this] { return stop_ || queue_.size() < ahead_; });
      if (stop_) return;
    }
    Prepared p;
    // Nothing may escape the thread (it would end the process): the file is refused instead, as
    // the command's own catch would have reported it.
    try {
      p = prepare_file(file, options_, is_known);
    } catch (const std::exception& e) {
      p = refused(file, e.what());
    } catch (...) {
      p = refused(file, "unknown error");
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      queue_.push_back(std::move(p));
      ++prepared_;
    }
    ready_.notify_one();
  }
}

std::optional<Prepared> Pipeline::next() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (taken_ == files_.size()) return std::nullopt;
  ready_.wait(lock, [this] { return !queue_.empty(); });
  Prepared p = std::move(queue_.front());
  queue_.pop_front();
  ++taken_;
  lock.unlock();
  room_.notify_one();
  return p;
}

size_t Pipeline::prepared() {
  std::lock_guard<std::mutex> lock(mutex_);
  return prepared_;
}

}  // namespace rightstrack::ingest
