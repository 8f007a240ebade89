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

AtomicFileWriter::AtomicFileWriter(std::filesystem::path path, std::string temporary, int fd)
    : path_(std::move(path)), temporary_(std::move(temporary)), fd_(fd) {}

AtomicFileWriter::AtomicFileWriter(AtomicFileWriter&& other) noexcept
    : path_(std::move(other.path_)), temporary_(std::move(other.temporary_)), fd_(other.fd_) {
  other.fd_ = -1;
}

AtomicFileWriter::~AtomicFileWriter() { abandon(); }

void AtomicFileWriter::abandon() {
  if (fd_ < 0) return;
  ::close(fd_);
  ::unlink(temporary_.c_str());
  fd_ = -1;
}

std::expected<AtomicFileWriter, graph::Error> AtomicFileWriter::open(const std::filesystem::path& path) {
  std::string tmpl = path.string() + ".tmp-XXXXXX";
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return std::unexpected(io_error(path, std::string("cannot create: ") + std::strerror(errno)));
  return AtomicFileWriter(path, std::move(tmpl), fd);
}

std::expected<void, graph::Error> AtomicFileWriter::write(std::string_view bytes) {
  if (fd_ < 0) return std::unexpected(io_error(path_, "write after the file was closed"));
  const char* data = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd_, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::string why = std::strerror(errno);
      abandon();
      return std::unexpected(io_error(path_, "write failed: " + why));
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  return {};
}

std::expected<void, graph::Error> AtomicFileWriter::commit() {
  if (fd_ < 0) return std::unexpected(io_error(path_, "commit after the file was closed"));
  // mkstemp creates 0600; give the file the usual permissions (subject to umask).
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd_, 0666 & ~mask);
  const int fd = fd_;
  fd_ = -1;
  const bool synced = ::fsync(fd) == 0;
  const int sync_errno = errno;
  const bool closed = ::close(fd) == 0;
  if (!synced || !closed) {
    std::string why = std::strerror(synced ? errno : sync_errno);
    ::unlink(temporary_.c_str());
    return std::unexpected(io_error(path_, "write failed: " + why));
  }
  if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
    std::string why = std::strerror(errno);
    ::unlink(temporary_.c_str());
    return std::unexpected(io_error(path_, "cannot replace: " + why));
  }
  return {};
}

std::expected<void, graph::Error> write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  auto file = AtomicFileWriter::open(path);
  if (!file) return std::unexpected(std::move(file.error()));
  if (auto w = file->write(bytes); !w) return w;
  return file->commit();
}

}  // namespace linkchart::loaders
