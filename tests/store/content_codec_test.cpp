#include "store/content_codec.h"

#include <gtest/gtest.h>

namespace rightstrack {

TEST(ContentCodec, RoundTripsTextOfEverySize) {
  std::string long_text;
  for (int i = 0; i < 20000; ++i) long_text += "第" + std::to_string(i) + "段：人权理事会请秘书长提交报告。\n";
  for (const std::string& text :
       {std::string(), std::string("a"), std::string("Human Rights Council,\r\n"), long_text}) {
    auto frame = compress_content(text);
    ASSERT_TRUE(frame.ok()) << frame.status().message();
    auto back = decompress_content(frame.value());
    ASSERT_TRUE(back.ok()) << back.status().message();
    EXPECT_EQ(back.value(), text);
  }
  EXPECT_LT(compress_content(long_text)->size(), long_text.size() / 4);
}

TEST(ContentCodec, DamagedFramesAreCorruptionNotCrashes) {
  std::string text(50000, 'x');
  for (int i = 0; i < 50000; i += 7) text[i] = static_cast<char>('a' + i % 26);
  std::string frame = compress_content(text).value();
  auto cut = decompress_content(std::string_view(frame).substr(0, frame.size() / 2));
  EXPECT_EQ(cut.status().code(), Status::Code::kCorruption);
  EXPECT_EQ(decompress_content("plain text, never a frame").status().code(), Status::Code::kCorruption);
  EXPECT_EQ(decompress_content("").status().code(), Status::Code::kCorruption);
  std::string flipped = frame;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5a);
  auto bad = decompress_content(flipped);
  // zstd checks the block structure; a flipped byte either breaks it or changes the text, which
  // the store's content hash then catches (see SqliteRepository.CheckFindsTamperedRows).
  if (bad.ok()) {
    EXPECT_NE(bad.value(), text);
  }
}

}  // namespace rightstrack
