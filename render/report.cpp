#include "render/report.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "graph/claims.hpp"
#include "render/safety.hpp"

namespace linkchart::render {

namespace {

std::string esc(std::string_view text) { return escape_html(text); }

std::string figure(const graph::Claim& c) {
  std::ostringstream s;
  if (c.qualifier) s << to_string(*c.qualifier) << ' ';
  double whole = 0;
  if (std::modf(c.quantity, &whole) == 0.0 && c.quantity < 1e15) {
    // Thousands separated as the reports write them: 15,000.
    std::string digits = std::to_string(static_cast<long long>(c.quantity));
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    s << digits;
  } else {
    s << c.quantity;
  }
  if (!c.unit.empty()) s << ' ' << c.unit;
  return s.str();
}

std::string report_cell(const graph::EntityGraph& g, graph::ReportId id) {
  const auto& r = g.report(id);
  std::string out = "<span class=\"rid\">" + esc(r.key) + "</span> ";
  if (auto url = safe_url(r.url)) out += "<a href=\"" + esc(*url) + "\">" + esc(r.title) + "</a>";
  else out += esc(r.title);
  if (!r.outlet.empty() || !r.date.empty())
    out += " <span class=\"meta\">(" + esc(r.outlet) + (r.outlet.empty() || r.date.empty() ? "" : ", ") + esc(r.date) + ")</span>";
  return out;
}

std::string said(const graph::Evidence& ev) {
  std::string out;
  if (!ev.summary.empty()) out = esc(ev.summary);
  else if (!ev.text.empty()) out = "&ldquo;" + esc(ev.text) + "&rdquo;";
  if (ev.hedged) out += " <span class=\"hedged\">hedged</span>";
  return out;
}

std::string attributed(const graph::EntityGraph& g, const graph::Evidence& ev) {
  return ev.attributed_to ? esc(g.entity(*ev.attributed_to).name) : "<span class=\"meta\">&mdash;</span>";
}

std::string relation_text(const graph::EntityGraph& g, graph::RelationId id, graph::EntityId from) {
  const auto& r = g.relation(id);
  const auto* type = g.schema().find(r.type);
  const bool forward = r.source == from;
  const auto to = forward ? r.target : r.source;
  std::string arrow = !type->directed ? "&mdash;" : forward ? "&rarr;" : "&larr;";
  return "<b>" + esc(g.entity(from).name) + "</b> " + arrow + " <i>" + esc(type->phrase) + "</i> " + arrow + " <b>" +
         esc(g.entity(to).name) + "</b>";
}

std::string strip_prolog(const std::string& svg) {
  auto at = svg.find("<svg");
  return at == std::string::npos ? svg : svg.substr(at);
}

constexpr const char* css = R"(
body { font: 15px/1.45 "DejaVu Sans", Helvetica, Arial, sans-serif; color: #1a1a1a; margin: 2em auto; max-width: 1100px; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
h2 { font-size: 1.2em; border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 2em; }
.meta { color: #666; font-size: .9em; }
.rid { font-family: "DejaVu Sans Mono", monospace; font-size: .85em; color: #555; }
.hedged { font-size: .8em; color: #8a5a00; border: 1px solid #d9b36c; border-radius: 3px; padding: 0 .3em; }
.diagram { border: 1px solid #ddd; padding: .5em; overflow: auto; }
.diagram svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92em; }
th, td { border: 1px solid #ddd; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.disagree { border-left: 4px solid #d55e00; padding-left: .8em; }
tr.conflict td:first-child { color: #d55e00; }
.agree { border-left: 4px solid #8fbf8f; padding-left: .8em; }
ol.hops li { margin-bottom: .6em; }
ul.evidence { margin: .2em 0 0 0; padding-left: 1.2em; color: #333; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  .diagram { border: none; overflow: visible; }
  h2 { page-break-after: avoid; }
  tr, li { page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
)";

}  // namespace


std::string html_report(const graph::EntityGraph& g, const std::string& svg, const ReportOptions& options) {
  std::ostringstream h;
  h << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
       "img-src data:; base-uri 'none'; form-action 'none'\">\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    << "<title>" << esc(options.title) << "</title>\n<style>" << css << "</style>\n</head>\n<body>\n";
  h << "<h1>" << esc(options.title) << "</h1>\n<p class=\"meta\">";
  if (!options.source.empty()) h << "From <span class=\"rid\">" << esc(options.source) << "</span>: ";
  h << g.entity_count() - options.sources_only << " entities";
  if (options.sources_only > 0) h << " (and " << options.sources_only << " cited only as sources)";
  h << ", " << g.relation_count() << " relations, " << g.report_count()
    << " reports, " << g.claim_count() << " claims.";
  if (!options.scope.empty()) h << " " << esc(options.scope);
  h << "</p>\n";

  h << "<h2 id=\"diagram\">Diagram</h2>\n<div class=\"diagram\">\n" << strip_prolog(svg) << "\n</div>\n"
    << "<p class=\"meta\">Each entity type has its own shape and colour (legend in the diagram); thicker lines "
       "have more reports; dashed lines are hedged. Hover over a line for its evidence.</p>\n";

  if (!options.paths.empty()) {
    h << "<h2 id=\"paths\">" << (options.paths.size() == 1 ? "The path" : "The paths") << "</h2>\n";
    for (std::size_t i = 0; i < options.paths.size(); ++i) {
      const auto& p = options.paths[i];
      h << "<h3>" << (options.paths.size() > 1 ? "Path " + std::to_string(i + 1) + ": " : "")
        << esc(g.entity(p.start).name) << " to " << esc(g.entity(p.end).name) << ", " << p.length()
        << (p.length() == 1 ? " hop" : " hops") << "</h3>\n<ol class=\"hops\">\n";
      for (const auto& hop : p.hops) {
        h << "<li>" << relation_text(g, hop.relation, hop.from) << "\n<ul class=\"evidence\">\n";
        for (const auto& ev : g.relation(hop.relation).evidence) {
          h << "<li>" << report_cell(g, ev.report);
          if (ev.attributed_to) h << ", according to " << esc(g.entity(*ev.attributed_to).name);
          h << ": " << said(ev) << "</li>\n";
        }
        h << "</ul></li>\n";
      }
      h << "</ol>\n";
    }
  }

  h << "<h2 id=\"evidence\">Evidence for each relation</h2>\n<table>\n<thead><tr><th>Relation</th><th>Report</th>"
       "<th>According to</th><th>What the report says</th><th>Date</th></tr></thead>\n<tbody>\n";
  std::vector<graph::RelationId> relations;
  for (std::uint32_t r = 0; r < g.relation_count(); ++r) relations.push_back(graph::RelationId{r});
  std::sort(relations.begin(), relations.end(), [&](auto a, auto b) {
    const auto& ra = g.relation(a);
    const auto& rb = g.relation(b);
    return std::tie(g.entity(ra.source).name, ra.type, g.entity(ra.target).name) <
           std::tie(g.entity(rb.source).name, rb.type, g.entity(rb.target).name);
  });
  for (auto id : relations) {
    const auto& r = g.relation(id);
    for (std::size_t i = 0; i < r.evidence.size(); ++i) {
      const auto& ev = r.evidence[i];
      h << "<tr>";
      if (i == 0)
        h << "<td rowspan=\"" << r.evidence.size() << "\" id=\"" << esc(svg_id(g, id)) << "\">"
          << relation_text(g, id, r.source) << "</td>";
      h << "<td>" << report_cell(g, ev.report) << "</td><td>" << attributed(g, ev) << "</td><td>" << said(ev)
        << "</td><td>" << esc(ev.date) << "</td></tr>\n";
    }
  }
  h << "</tbody>\n</table>\n";

  auto groups = graph::group_claims(g);
  if (!groups.empty()) {
    h << "<h2 id=\"claims\">Figures the reports give</h2>\n"
      << "<p class=\"meta\">Numbers about the same subject, side by side. A figure stands for a range "
         "(\u201capproximately 5,000\u201d and a bare 5,000 for 5,000 \u00b110%, \u201cat least 600\u201d for 600 or more, "
         "\u201cup to 40,000\u201d for at most 40,000); figures whose ranges do not meet, for the same time, cannot all "
         "be true and are marked. linkchart shows the disagreement and does not pick a winner.</p>\n";
    for (const auto& group : groups) {
      std::set<graph::ClaimId> marked;
      for (const auto& [a, b] : group.conflicts) marked.insert({a, b});
      const std::string who = group.subject ? g.entity(*group.subject).name : std::string("Other figures");
      const std::string what = group.measure == "count" ? "" : " (" + group.measure + ")";
      h << "<div class=\"" << (group.disagrees() ? "disagree" : "agree") << "\">\n<h3>" << esc(who + what)
        << (group.disagrees() ? ": the figures disagree" : group.changes.empty() ? "" : ": the figures change over time")
        << "</h3>\n"
        << "<table><thead><tr><th>Figure</th><th>Counting</th><th>According to</th><th>Report</th><th>Date</th>"
           "</tr></thead><tbody>\n";
      for (auto id : group.claims) {
        const auto& c = g.claim(id);
        h << "<tr" << (marked.contains(id) ? " class=\"conflict\"" : "") << "><td><b>" << esc(figure(c)) << "</b>"
          << (c.evidence.hedged ? " <span class=\"hedged\">hedged</span>" : "") << "</td><td>" << esc(c.counted)
          << "</td><td>" << attributed(g, c.evidence) << "</td><td>" << report_cell(g, c.evidence.report) << "</td><td>"
          << esc(graph::claim_date(g, c)) << "</td></tr>\n";
      }
      h << "</tbody></table>\n";
      for (const auto& [a, b] : group.conflicts)
        h << "<p class=\"meta\">Cannot both be true: " << esc(figure(g.claim(a))) << " (" << esc(g.report(g.claim(a).evidence.report).key)
          << ") and " << esc(figure(g.claim(b))) << " (" << esc(g.report(g.claim(b).evidence.report).key) << ").</p>\n";
      h << "</div>\n";
    }
  }

  h << "<h2 id=\"reports\">Reports</h2>\n<ul>\n";
  for (std::uint32_t r = 0; r < g.report_count(); ++r) h << "<li>" << report_cell(g, graph::ReportId{r}) << "</li>\n";
  h << "</ul>\n<p class=\"meta\">Made by linkchart. Every line in the diagram and every row above traces to "
       "these reports.</p>\n</body>\n</html>\n";
  return h.str();
}

}  // namespace linkchart::render
