#include "store/content_codec.h"

#include <zstd.h>

#include <memory>

namespace rightstrack {

Result<std::string> compress_content(std::string_view text) {
  std::string out(ZSTD_compressBound(text.size()), '\0');
  // One context per thread: creating one per document would cost more than compressing it.
  thread_local std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx*)> context(ZSTD_createCCtx(), ZSTD_freeCCtx);
  if (context == nullptr) return Status::internal("content not compressed: no memory");
  size_t n = ZSTD_compressCCtx(context.get(), out.data(), out.size(), text.data(), text.size(), 1);
  if (ZSTD_isError(n)) return Status::internal(std::string("content not compressed: ") + ZSTD_getErrorName(n));
  out.resize(n);
  return out;
}

Result<std::string> decompress_content(std::string_view frame) {
  auto size = ZSTD_getFrameContentSize(frame.data(), frame.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
    return Status::corruption("stored content is not a zstd frame");
  // Documents are read with a size limit (64 MiB by default); a frame claiming far more is damaged,
  // and allocating what it claims could exhaust memory.
  if (size > (uint64_t{1} << 30)) return Status::corruption("stored content claims over 1 GiB");
  std::string out(size, '\0');
  size_t n = ZSTD_decompress(out.data(), out.size(), frame.data(), frame.size());
  if (ZSTD_isError(n) || n != size)
    return Status::corruption(std::string("stored content cannot be decompressed: ") +
                              (ZSTD_isError(n) ? ZSTD_getErrorName(n) : "short frame"));
  return out;
}

}  // namespace rightstrack
