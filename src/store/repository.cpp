#include "store/repository.h"

#include "store/sqlite/sqlite_repository.h"

namespace rightstrack {

Result<std::unique_ptr<Repository>> open_repository(const std::string& location) {
  if (location.rfind("postgres://", 0) == 0 || location.rfind("postgresql://", 0) == 0)
    return Status::invalid_input(location + ": the PostgreSQL backend is not built yet; use a SQLite file path");
  auto repo = sqlite::SqliteRepository::open(location);
  if (!repo.ok()) return repo.status();
  return std::unique_ptr<Repository>(std::move(repo).value());
}

}  // namespace rightstrack
