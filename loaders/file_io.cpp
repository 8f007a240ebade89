#include "loaders/file_io.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace linkchart::loaders {

namespace {
graph::Error io_error(const std::filesystem::path& path, std::string what) {
  return graph::Error{graph::ErrorCode::io_error, std::move(what), {path.string(), 0, 0}};
}
}  // namespace

std::expected<std::string, graph::Error> read_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return std::unexpected(io_error(path, "is a directory, expected a file"));
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::unexpected(io_error(path, std::string("cannot open: ") + std::strerror(errno)));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return std::unexpected(io_error(path, "read failed"));
  return std::move(buffer).str();
}

std::expected<void, graph::Error> write_file_atomically(const std::filesystem::path& path,
                                                       std::string_view bytes) {
  std::string tmpl = path.string() + ".tmp-XXXXXX";
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0)
    return std::unexpected(io_error(path, std::string("cannot create: ") + std::strerror(errno)));
  const char* data = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(tmpl.c_str());
      return std::unexpected(io_error(path, "write failed: " + why));
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  // mkstemp creates 0600; give the file the usual permissions (subject to umask).
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    ::unlink(tmpl.c_str());
    return std::unexpected(io_error(path, std::string("write failed: ") + std::strerror(errno)));
  }
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    std::string why = std::strerror(errno);
    ::unlink(tmpl.c_str());
    return std::unexpected(io_error(path, "cannot replace: " + why));
  }
  return {};
}

}  // namespace linkchart::loaders
