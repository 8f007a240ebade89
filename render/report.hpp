// The HTML report: one self-contained page (no scripts, no network, no external fonts
// or styles) with the diagram inline, the paths explained hop by hop, the evidence
// for every relation, the claims that disagree side by side, and the reports used.
// It prints to PDF as it reads on screen.
#pragma once

#include <string>
#include <vector>

#include "graph/entity_graph.hpp"
#include "graph/path.hpp"
#include "render/diagram.hpp"

namespace linkchart::render {

struct ReportOptions {
  std::string title = "linkchart report";
  std::string source{};                 // the graph file the report was made from
  std::string scope{};                  // what the diagram shows ("within 2 hops of ...")
  std::vector<graph::Path> paths{};     // explained hop by hop, in order
  std::size_t sources_only = 0;         // entities in the graph only as cited sources
};

// The page. `svg` is the diagram as rendered (Format::svg) and already checked; every
// piece of text from the graph is HTML-escaped, and links are only made from report
// URLs that pass safe_url. A Content-Security-Policy forbids scripts and remote loads.
[[nodiscard]] std::string html_report(const graph::EntityGraph& graph, const std::string& svg,
                                      const ReportOptions& options);



}  // namespace linkchart::render
