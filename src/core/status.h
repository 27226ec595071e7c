// Status: the outcome of an operation that returns no value. Errors cross module boundaries as
// values (never as exceptions) and carry a message that tells the user what to do.
#pragma once

#include <string>
#include <utility>

namespace rightstrack {

class Status {
 public:
  enum class Code { kOk, kInvalidInput, kNotFound, kIoError, kCorruption, kConflict, kInternal };

  Status() = default;
  static Status ok() { return Status(); }
  static Status invalid_input(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status not_found(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status io_error(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status conflict(std::string msg) { return Status(Code::kConflict, std::move(msg)); }
  static Status internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool is_ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // The same error with where it happened in front: "file.jsonl: line 3: …".
  Status with_context(const std::string& where) const {
    return is_ok() ? *this : Status(code_, where + ": " + message_);
  }
  // "invalid input: <message>", for logs and the CLI.
  std::string to_string() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace rightstrack
