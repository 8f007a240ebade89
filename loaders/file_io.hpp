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

// Replaces `path` with `bytes` atomically (write to "path.tmp-XXXXXX", flush, rename).
// Fails with io_error; on failure the old file, if any, is untouched.
[[nodiscard]] std::expected<void, graph::Error> write_file_atomically(
    const std::filesystem::path& path, std::string_view bytes);

}  // namespace linkchart::loaders
