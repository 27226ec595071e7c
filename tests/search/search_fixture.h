// A database holding the five samples, read, parsed and annotated as `rightstrack ingest` does.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "search/searcher.h"
#include "store/repository.h"
#include "support/parse_file.h"
#include "support/temp_dir.h"

namespace rightstrack::testing {

class SamplesDatabase : public ::testing::Test {
 protected:
  void SetUp() override {
    auto repo = open_repository(dir_.file("samples.db"));
    ASSERT_TRUE(repo.ok()) << repo.status().message();
    repo_ = std::move(repo).value();
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples"))
      files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      Document d = parse_file(f.string(), true);
      std::ifstream in(f, std::ios::binary);
      std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      auto put = repo_->put_document(f.string(), d, content);
      ASSERT_TRUE(put.ok()) << put.status().message();
      file_of_[put->id] = f.filename().string();
    }
    searcher_ = std::make_unique<search::Searcher>(*repo_);
  }

  search::SearchResults search(const std::string& q, size_t limit = 10) {
    auto r = searcher_->search(q, {limit, 0});
    EXPECT_TRUE(r.ok()) << q << ": " << r.status().message();
    return r.ok() ? std::move(r).value() : search::SearchResults{};
  }
  // "002_954a802aa9703412.txt:p45"
  std::string name(const search::SearchResult& r) { return file_of_[r.document.id] + ":" + r.provision_id; }

  TempDir dir_;
  std::unique_ptr<Repository> repo_;
  std::unique_ptr<search::Searcher> searcher_;
  std::map<int64_t, std::string> file_of_;
};

}  // namespace rightstrack::testing
