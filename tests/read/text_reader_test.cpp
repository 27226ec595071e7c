#include "read/text_reader.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"

namespace rightstrack {
namespace {

std::string utf16(const std::u16string& s, bool be, bool bom = true) {
  std::string out = bom ? (be ? std::string("\xFE\xFF") : std::string("\xFF\xFE")) : std::string();
  for (char16_t c : s) {
    char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
    out += be ? std::string{hi, lo} : std::string{lo, hi};
  }
  return out;
}

TEST(TextReader, Utf8WithAndWithoutBom) {
  auto plain = decode_text("第一行\n第二行\n", "a.txt");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->encoding, "utf-8");
  EXPECT_EQ(plain->lines, (std::vector<std::string>{"第一行", "第二行"}));
  auto bom = decode_text("\xEF\xBB\xBF第一行\n第二行", "b.txt");
  ASSERT_TRUE(bom.ok());
  EXPECT_EQ(bom->encoding, "utf-8-bom");
  EXPECT_EQ(bom->lines, plain->lines);
  EXPECT_NE(bom->sha256, plain->sha256);  // identity is of the bytes
}

TEST(TextReader, Utf16BothByteOrders) {
  for (bool be : {false, true}) {
    auto r = decode_text(utf16(u"人权理事会\r\n第 21 届😀", be), "u16.txt");
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r->encoding, be ? "utf-16be" : "utf-16le");
    EXPECT_EQ(r->lines, (std::vector<std::string>{"人权理事会", "第 21 届😀"}));
  }
}

TEST(TextReader, AllLineEnds) {
  auto r = decode_text("a\r\nb\rc\nd", "ends.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->lines, (std::vector<std::string>{"a", "b", "c", "d"}));
  auto blank = decode_text("a\r\n\r\nb", "blank.txt");
  EXPECT_EQ(blank->lines, (std::vector<std::string>{"a", "", "b"}));
}

TEST(TextReader, InvalidUtf8NamesFileAndOffset) {
  auto r = decode_text("good line\nbad \xC3\x28 here", "doc.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput);
  EXPECT_NE(r.status().message().find("doc.txt"), std::string::npos);
  EXPECT_NE(r.status().message().find("byte offset 14"), std::string::npos) << r.status().message();
}

TEST(TextReader, EmptyAndWhitespaceFilesAreRefused) {
  EXPECT_NE(decode_text("", "e.txt").status().message().find("empty"), std::string::npos);
  EXPECT_NE(decode_text(" \n\t\n", "w.txt").status().message().find("only whitespace"), std::string::npos);
}

TEST(TextReader, BinaryFilesAreRefusedWithAHint) {
  auto png = decode_text(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "img.txt");
  ASSERT_FALSE(png.ok());
  EXPECT_NE(png.status().message().find("image"), std::string::npos) << png.status().message();
  auto pdf = decode_text(std::string("%PDF-1.7\n\xE2\xE3\xCF\xD3\n", 14), "x.pdf");
  ASSERT_FALSE(pdf.ok());
  EXPECT_NE(pdf.status().message().find("PDF"), std::string::npos);
  auto nul = decode_text(std::string("abc\0def", 7), "n.bin");
  ASSERT_FALSE(nul.ok());
  EXPECT_NE(nul.status().message().find("NUL byte at offset 3"), std::string::npos);
  auto nobom = decode_text(utf16(u"abcdef", false, false), "nobom.txt");
  ASSERT_FALSE(nobom.ok());
  EXPECT_NE(nobom.status().message().find("without a byte-order mark"), std::string::npos);
}

TEST(TextReader, BrokenUtf16IsRefused) {
  auto odd = decode_text(std::string("\xFF\xFE"
                                     "a\0b",
                                     5),
                         "odd.txt");
  ASSERT_FALSE(odd.ok());
  EXPECT_NE(odd.status().message().find("odd number of bytes"), std::string::npos);
  auto lone = decode_text(utf16(std::u16string(u"ab") + char16_t(0xD800) + u"c", false), "lone.txt");
  ASSERT_FALSE(lone.ok());
  EXPECT_NE(lone.status().message().find("surrogate"), std::string::npos) << lone.status().message();
}

TEST(TextReader, SizeLimitIsEnforcedBeforeReading) {
  testing::TempDir dir;
  auto path = dir.write("big.txt", std::string(2048, 'x'));
  ReadOptions small;
  small.max_bytes = 1024;
  auto r = read_text_file(path, small);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("over the limit of 1024 bytes"), std::string::npos);
  EXPECT_TRUE(read_text_file(path).ok());
}

TEST(TextReader, MissingFileIsAnIoError) {
  auto r = read_text_file("/nonexistent/dir/file.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kIoError);
  EXPECT_NE(r.status().message().find("/nonexistent/dir/file.txt"), std::string::npos);
}

TEST(TextReader, ReadsTheSamples) {
  auto r = read_text_file(std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples/003_694d42ce343c5208.txt");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->lines.size(), 77u);
  EXPECT_EQ(r->sha256.size(), 64u);
}

}  // namespace
}  // namespace rightstrack
