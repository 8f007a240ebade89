#include "loaders/report_manifest.hpp"

#include <set>

#include "loaders/detail/json_checker.hpp"
#include "loaders/file_io.hpp"

namespace linkchart::loaders {

using detail::Json;
using detail::Pointer;

std::expected<std::vector<graph::Report>, graph::Diagnostics> parse_report_manifest(std::string_view text,
                                                                                   std::string_view file_name) {
  detail::JsonChecker check(text, std::string(file_name));
  std::vector<graph::Report> out;
  auto doc = check.parse();
  if (doc) {
    const Pointer root;
    if (check.expect_object(*doc, root, "a report manifest", {"format", "version", "description", "reports"})) {
      if (auto f = check.string_field(*doc, root, "format", true); f && *f != "linkchart-reports")
        check.error(root / "format", "format is '" + *f + "'; expected 'linkchart-reports'");
      if (auto v = check.unsigned_field(*doc, root, "version", 1000, true); v && *v != 1)
        check.error(root / "version", "unsupported manifest version " + std::to_string(*v));
      check.string_field(*doc, root, "description", false);
      std::set<std::string> files, ids;
      if (const Json* list = check.array_field(*doc, root, "reports", true)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
          const Json& item = (*list)[i];
          const Pointer at = root / "reports" / i;
          if (!check.expect_object(item, at, "a report", {"file", "id", "title", "outlet", "author", "date", "url"}))
            continue;
          graph::Report r;
          r.file = check.string_field(item, at, "file", true).value_or("");
          r.key = check.string_field(item, at, "id", false).value_or("");
          detail::read_report_description(check, item, at, r, false);
          if (!r.file.empty() && !files.insert(r.file).second) check.error(at / "file", "'" + r.file + "' is listed twice");
          if (!r.key.empty() && !ids.insert(r.key).second) check.error(at / "id", "id '" + r.key + "' is used twice");
          out.push_back(std::move(r));
        }
      }
    }
  }
  auto problems = check.diagnostics();
  if (!problems.empty()) return std::unexpected(std::move(problems));
  return out;
}

std::expected<std::vector<graph::Report>, graph::Diagnostics> load_report_manifest(const std::filesystem::path& path) {
  auto text = read_file(path);
  if (!text) return std::unexpected(graph::Diagnostics{text.error()});
  return parse_report_manifest(*text, path.string());
}

}  // namespace linkchart::loaders
