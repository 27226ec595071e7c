#include "core/status.h"

namespace rightstrack {

std::string Status::to_string() const {
  switch (code_) {
    case Code::kOk:
      return "ok";
    case Code::kInvalidInput:
      return "invalid input: " + message_;
    case Code::kNotFound:
      return "not found: " + message_;
    case Code::kIoError:
      return "I/O error: " + message_;
    case Code::kCorruption:
      return "corruption: " + message_;
    case Code::kConflict:
      return "conflict: " + message_;
    case Code::kInternal:
      return "internal error: " + message_;
  }
  return message_;
}

}  // namespace rightstrack
