#include "core/status.h"

#include <gtest/gtest.h>

#include <string>
#include <type_traits>
#include <vector>

#include "core/result.h"
#include "core/sha256.h"

namespace rightstrack {

TEST(Status, OkAndErrors) {
  EXPECT_TRUE(Status::ok().is_ok());
  Status s = Status::invalid_input("a.txt: file is empty");
  EXPECT_FALSE(s.is_ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.to_string(), "invalid input: a.txt: file is empty");
  EXPECT_EQ(Status::io_error("x").to_string(), "I/O error: x");
}

TEST(Result, HoldsValueOrStatus) {
  Result<int> good = 42;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good.value(), 42);
  Result<int> bad = Status::not_found("no such document");
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "no such document");
}

TEST(Result, ATemporaryYieldsItsValueByValue) {
  auto make = [] { return Result<std::vector<std::string>>(std::vector<std::string>{"a", "b", "c"}); };
  std::string joined;
  for (const auto& s : make().value()) joined += s;  // iterates a live vector, not a dead temporary
  EXPECT_EQ(joined, "abc");
  static_assert(!std::is_reference_v<decltype(make().value())>);
}

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace rightstrack
