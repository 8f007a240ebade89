// Reading and writing whole files, with errors as values. Writes go to a temporary
// file beside the target and are renamed into place, so a failed run never leaves a
// half-written file where a good one was.
#pragma once

#include <expected>
#include <filesystem>
#include <string>
#include <string_view>

#include "graph/error.hpp"

namespace linkchart::loaders {

// The file's bytes. Fails with io_error naming the file and the system's reason.
[[nodiscard]] std::expected<std::string, graph::Error> read_file(const std::filesystem::path& path);

// A file written piece by piece that takes the place of `path` only when commit()
// succeeds: until then the bytes go to "path.tmp-XXXXXX", which the destructor removes
// if the file was never committed (an error, an interrupted run), leaving the old file,
// if any, untouched.
class AtomicFileWriter {
 public:
  [[nodiscard]] static std::expected<AtomicFileWriter, graph::Error> open(const std::filesystem::path& path);
  [[nodiscard]] std::expected<void, graph::Error> write(std::string_view bytes);
  // Flushes, syncs and renames the file into place.
  [[nodiscard]] std::expected<void, graph::Error> commit();

  AtomicFileWriter(AtomicFileWriter&& other) noexcept;
  AtomicFileWriter& operator=(AtomicFileWriter&&) = delete;
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;
  ~AtomicFileWriter();

 private:
  AtomicFileWriter(std::filesystem::path path, std::string temporary, int fd);
  void abandon();
  std::filesystem::path path_;
  std::string temporary_;
  int fd_ = -1;
};

// Replaces `path` with `bytes` atomically (write to "path.tmp-XXXXXX", flush, rename).
// Fails with io_error; on failure the old file, if any, is untouched.
[[nodiscard]] std::expected<void, graph::Error> write_file_atomically(
    const std::filesystem::path& path, std::string_view bytes);

}  // namespace linkchart::loaders
