// Result<T>: a value or the Status explaining why there is none. Check ok() before value().
#pragma once

#include <cassert>
#include <optional>
#include <utility>

#include "core/status.h"

namespace rightstrack {

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}                                     // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) { assert(!status_.is_ok()); }  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  // By value: `for (auto& x : f().value())` must not iterate a destroyed temporary.
  T value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace rightstrack
