#include "read/file_walker.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"

namespace rightstrack {

TEST(FileWalker, WalksDirectoriesRecursivelyInOrder) {
  testing::TempDir dir;
  dir.write("b.txt", "b");
  dir.write("a/z.txt", "z");
  dir.write("a/deep/y.txt", "y");
  dir.write(".hidden/x.txt", "x");
  auto list = collect_files({dir.path().string()});
  EXPECT_TRUE(list.errors.empty());
  ASSERT_EQ(list.files.size(), 3u);
  EXPECT_NE(list.files[0].find("a/deep/y.txt"), std::string::npos);
  EXPECT_NE(list.files[1].find("a/z.txt"), std::string::npos);
  EXPECT_NE(list.files[2].find("b.txt"), std::string::npos);
}

TEST(FileWalker, ReportsMissingPathsAndGoesOn) {
  testing::TempDir dir;
  auto f = dir.write("one.txt", "1");
  auto list = collect_files({dir.file("missing.txt"), f});
  ASSERT_EQ(list.errors.size(), 1u);
  EXPECT_EQ(list.errors[0].second, "no such file or directory");
  EXPECT_EQ(list.files, std::vector<std::string>{f});
}

}  // namespace rightstrack
