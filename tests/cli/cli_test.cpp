// The linkchart command as a user runs it: exit codes, messages, and the end-to-end
// question over the bundled data.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace {

const std::string data_dir = LINKCHART_DATA_DIR;
const std::string kursk = data_dir + "/kursk.json";
const std::string out_dir = LINKCHART_TEST_OUTPUT_DIR;

struct Result {
  int code = -1;
  std::string out, err;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string quote(const std::string& arg) {
  std::string out = "'";
  for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

Result run(const std::vector<std::string>& args) {
  static int counter = 0;
  std::string base = out_dir + "/cli-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  std::string command = quote(LINKCHART_BINARY);
  for (const auto& a : args) command += " " + quote(a);
  command += " >" + base + ".out 2>" + base + ".err </dev/null";
  int status = std::system(command.c_str());
  Result r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(base + ".out");
  r.err = slurp(base + ".err");
  return r;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(Cli, VersionAndHelp) {
  auto v = run({"--version"});
  EXPECT_EQ(v.code, 0);
  EXPECT_TRUE(contains(v.out, "linkchart 0.")) << v.out;
  auto h = run({"--help"});
  EXPECT_EQ(h.code, 0);
  for (const char* word : {"stats", "entities", "path", "neighbors", "connect", "central", "components", "render", "format", "Examples", "Exit codes"})
    EXPECT_TRUE(contains(h.out, word)) << word;
  for (const char* cmd : {"stats", "entities", "path", "neighbors", "connect", "central", "components", "render", "format"}) {
    auto sub = run({cmd, "--help"});
    EXPECT_EQ(sub.code, 0) << cmd;
    EXPECT_TRUE(contains(sub.out, "GRAPH")) << cmd << ": " << sub.out;
  }
}

TEST(Cli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run({}).code, 2);
  EXPECT_EQ(run({"frobnicate"}).code, 2);
  EXPECT_EQ(run({"path", kursk}).code, 2);
  EXPECT_EQ(run({"stats", kursk, "--bogus"}).code, 2);
  EXPECT_EQ(run({"entities", kursk, "--type", "person"}).code, 2);
  auto r = run({"render", kursk, "-o", out_dir + "/x.jpeg"});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(contains(r.err, "cannot tell the format")) << r.err;
}

TEST(Cli, StatsCountsTheBundledGraph) {
  auto r = run({"stats", kursk, "--json"});
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["reports"], 4);
  EXPECT_GT(j["entities"].get<int>(), 30);
  EXPECT_EQ(j["entities_by_type"].size(), 5u);
  auto text = run({"stats", kursk});
  EXPECT_EQ(text.code, 0);
  EXPECT_TRUE(contains(text.out, "relations"));
}

TEST(Cli, EntitiesFiltersByType) {
  auto r = run({"entities", kursk, "--type", "official", "--json"});
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_GE(j.size(), 5u);
  for (const auto& e : j) EXPECT_EQ(e["type"], "official");
}

TEST(Cli, PathFromKimJongUnToSumyNamesTheReportsOfEveryHop) {
  auto r = run({"path", kursk, "Kim Jong Un", "Sumy", "--json"});
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["from"]["id"], "kim_jong_un");
  EXPECT_EQ(j["to"]["id"], "sumy_region");
  ASSERT_GE(j["hops"].size(), 2u);
  std::string at = "kim_jong_un";
  for (const auto& hop : j["hops"]) {
    EXPECT_EQ(hop["from"]["id"], at);
    at = hop["to"]["id"];
    ASSERT_FALSE(hop["reports"].empty()) << hop.dump();
    ASSERT_FALSE(hop["evidence"].empty()) << hop.dump();
    for (const auto& report : hop["reports"]) EXPECT_TRUE(report["id"].get<std::string>().starts_with("r00"));
  }
  EXPECT_EQ(at, "sumy_region");

  auto text = run({"path", kursk, "kim jong-un", "sumy region"});
  ASSERT_EQ(text.code, 0) << text.err;
  std::istringstream lines(text.out);
  std::string line;
  int hops = 0;
  while (std::getline(lines, line)) {
    if (line.size() > 2 && std::isdigit(static_cast<unsigned char>(line[0])) && line[1] == '.') {
      ++hops;
      EXPECT_TRUE(contains(line, "[r00")) << "hop without its reports: " << line;
    }
  }
  EXPECT_EQ(hops, static_cast<int>(j["hops"].size()));
}

TEST(Cli, UnknownNameSuggestsTheClosest) {
  auto r = run({"path", kursk, "Kim Jong Un", "Sumi"});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.err, "no entity named 'Sumi'")) << r.err;
  EXPECT_TRUE(contains(r.err, "did you mean")) << r.err;
  EXPECT_TRUE(contains(r.err, "Sumy region")) << r.err;
}

TEST(Cli, NoPathIsExitOneWithAReason) {
  // United States is named in the reports but linked to nothing.
  auto r = run({"path", kursk, "United States", "Kursk"});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.err, "no path")) << r.err;
}

TEST(Cli, BadGraphFileGivesFileLineColumnAndExitOne) {
  std::string bad = out_dir + "/bad.json";
  std::ofstream(bad) << "{\"format\": \"linkchart-graph\", \"version\": 1,\n"
                        " \"entities\": [{\"id\": \"x\", \"name\": \"X\", \"type\": \"person\"}]}\n";
  auto r = run({"stats", bad});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.err, bad + ":2:48: unknown entity type 'person'")) << r.err;
  auto missing = run({"stats", out_dir + "/missing.json"});
  EXPECT_EQ(missing.code, 1);
  EXPECT_TRUE(contains(missing.err, "missing.json: cannot open")) << missing.err;
}

TEST(Cli, RenderWritesTheFileAndSaysWhere) {
  std::string svg = out_dir + "/kursk.svg";
  std::filesystem::remove(svg);
  auto r = run({"render", kursk, "-o", svg});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "wrote " + svg));
  EXPECT_TRUE(contains(slurp(svg), "<svg"));
  auto dot = run({"render", kursk, "-o", "-", "--format", "dot"});
  ASSERT_EQ(dot.code, 0);
  EXPECT_TRUE(dot.out.starts_with("digraph"));
}

TEST(Cli, FailedRenderLeavesTheOldFileAlone) {
  std::string target = out_dir + "/keep.svg";
  std::ofstream(target) << "previous";
  std::string bad = out_dir + "/bad-render.json";
  std::ofstream(bad) << "{ not json";
  auto r = run({"render", bad, "-o", target});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(slurp(target), "previous");
  auto nowhere = run({"render", kursk, "-o", "/nonexistent-dir/k.svg"});
  EXPECT_EQ(nowhere.code, 1);
  EXPECT_TRUE(contains(nowhere.err, "/nonexistent-dir/k.svg")) << nowhere.err;
}

TEST(Cli, FormatRewritesCanonically) {
  std::string copy = out_dir + "/formatted.json";
  auto r = run({"format", kursk, "-o", copy});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(slurp(copy), slurp(kursk));
}

TEST(Cli, SchemaCanBeChosen) {
  auto r = run({"--schema", out_dir + "/no-schema.json", "stats", kursk});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.err, "no-schema.json")) << r.err;
}

}  // namespace

namespace {

nlohmann::json json_of(const std::vector<std::string>& args) {
  auto r = run(args);
  EXPECT_EQ(r.code, 0) << r.err;
  try {
    return nlohmann::json::parse(r.out);
  } catch (const std::exception& e) {
    ADD_FAILURE() << e.what() << "\n" << r.out;
    return {};
  }
}

std::vector<std::string> ids_on(const nlohmann::json& path) {
  std::vector<std::string> out{path["from"]["id"].get<std::string>()};
  for (const auto& hop : path["hops"]) out.push_back(hop["to"]["id"]);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

TEST(CliQueries, WhatLinksTheNisToTheKurskRegion) {
  auto j = json_of({"path", kursk, "NIS", "Kursk region", "--k", "3", "--json"});
  ASSERT_EQ(j["paths"].size(), 3u);
  double previous = 0;
  for (const auto& p : j["paths"]) {
    EXPECT_EQ(p["from"]["id"], "kr_nis");
    EXPECT_EQ(p["to"]["id"], "kursk_region");
    EXPECT_GE(p["cost"].get<double>(), previous);
    previous = p["cost"];
    for (const auto& hop : p["hops"]) EXPECT_FALSE(hop["reports"].empty());
  }
}

TEST(CliQueries, WhatConnectsShoiguAndTheSecurityCouncil) {
  auto j = json_of({"path", kursk, "Shoigu", "UN Security Council", "--json"});
  EXPECT_EQ(j["from"]["id"], "sergei_shoigu");
  EXPECT_EQ(j["to"]["id"], "unsc");
  EXPECT_GE(j["hops"].size(), 2u);
  auto all = json_of({"path", kursk, "Shoigu", "UN Security Council", "--all", "--max-hops", "4", "--json"});
  ASSERT_GE(all["paths"].size(), 2u);
  for (const auto& p : all["paths"]) EXPECT_LE(p["hops"].size(), 4u);
}

TEST(CliQueries, ConstraintsShapeThePath) {
  auto avoid = json_of({"path", kursk, "Kim Jong Un", "Sumy", "--avoid", "North Korea", "--json"});
  EXPECT_FALSE(has(ids_on(avoid), "north_korea"));
  auto types = json_of({"path", kursk, "Kim Jong Un", "Sumy", "--types", "official,state,region", "--json"});
  for (const auto& hop : types["hops"]) EXPECT_NE(hop["to"]["type"], "unit");
  auto via = json_of({"path", kursk, "Kim Jong Un", "Sumy", "--via", "Shoigu", "--json"});
  EXPECT_TRUE(has(ids_on(via), "sergei_shoigu"));
  auto directed = json_of({"path", kursk, "Kim Jong Un", "Sumy", "--directed", "--json"});
  for (const auto& hop : directed["hops"]) EXPECT_NE(hop["direction"], "backward");
  auto weighted = json_of({"path", kursk, "Kim Jong Un", "Sumy", "--weighted", "--json"});
  EXPECT_LT(weighted["cost"].get<double>(), static_cast<double>(weighted["hops"].size()));
  auto hub = json_of({"path", kursk, "Kim Jong Un", "Sumy", "--hub-penalty", "--json"});
  EXPECT_GT(hub["cost"].get<double>(), static_cast<double>(hub["hops"].size()));
  auto relations = json_of({"path", kursk, "Kim Jong Un", "Sumy", "--relations", "leader_of,sent,attacked", "--json"});
  for (const auto& hop : relations["hops"])
    EXPECT_TRUE(hop["relation"] == "leader_of" || hop["relation"] == "sent" || hop["relation"] == "attacked");
}

TEST(CliQueries, NoPathSaysWhichConstraintCutItOff) {
  auto relations = run({"path", kursk, "Kim Jong Un", "Sumy", "--relations", "leader_of"});
  EXPECT_EQ(relations.code, 1);
  EXPECT_TRUE(contains(relations.err, "cut off by --relations")) << relations.err;
  auto directed = run({"path", kursk, "Sumy", "Kim Jong Un", "--directed"});
  EXPECT_EQ(directed.code, 1);
  EXPECT_TRUE(contains(directed.err, "cut off by --directed")) << directed.err;
  auto apart = run({"path", kursk, "United States", "Kursk"});
  EXPECT_TRUE(contains(apart.err, "separate parts of the graph")) << apart.err;
  auto bad_type = run({"path", kursk, "Kim", "Sumy", "--types", "person"});
  EXPECT_EQ(bad_type.code, 1);
  EXPECT_TRUE(contains(bad_type.err, "unknown entity type 'person'")) << bad_type.err;
  EXPECT_EQ(run({"path", kursk, "Kim", "Sumy", "--all", "--k", "2"}).code, 2);
  EXPECT_EQ(run({"path", kursk, "Kim", "Sumy", "--avoid", "Kim"}).code, 2);
}

TEST(CliQueries, NeighborsListsTheEgoNetworkAndWritesAGraphRenderDraws) {
  auto j = json_of({"neighbors", kursk, "Shoigu", "--depth", "1", "--json"});
  std::vector<std::string> ids;
  for (const auto& e : j["entities"]) ids.push_back(e["id"]);
  for (const char* id : {"sergei_shoigu", "kim_jong_un", "vladimir_putin", "pyongyang", "russia"})
    EXPECT_TRUE(has(ids, id)) << id;
  EXPECT_FALSE(has(ids, "sumy_region"));
  std::string part = out_dir + "/shoigu.json";
  auto r = run({"neighbors", kursk, "Shoigu", "--depth", "2", "-o", part});
  ASSERT_EQ(r.code, 0) << r.err;
  auto drawn = run({"render", part, "-o", out_dir + "/shoigu.svg"});
  EXPECT_EQ(drawn.code, 0) << drawn.err;
}

TEST(CliQueries, ConnectLinksSeveralEntities) {
  auto j = json_of({"connect", kursk, "Shoigu", "UN Security Council", "Sumy", "--json"});
  EXPECT_TRUE(j["unreached"].empty());
  std::vector<std::string> ids;
  for (const auto& e : j["entities"]) ids.push_back(e["id"]);
  for (const char* id : {"sergei_shoigu", "unsc", "sumy_region"}) EXPECT_TRUE(has(ids, id)) << id;
  EXPECT_EQ(j["relations"].size(), ids.size() - 1) << "a tree";
  auto apart = run({"connect", kursk, "Shoigu", "United States"});
  EXPECT_EQ(apart.code, 1);
  EXPECT_TRUE(contains(apart.err, "cannot be reached")) << apart.err;
}

TEST(CliQueries, CentralAndComponents) {
  auto j = json_of({"central", kursk, "--measure", "betweenness", "--top", "3", "--json"});
  ASSERT_EQ(j["entities"].size(), 3u);
  EXPECT_GE(j["entities"][0]["score"].get<double>(), j["entities"][1]["score"].get<double>());
  auto officials = json_of({"central", kursk, "--measure", "pagerank", "--type", "official", "--json"});
  for (const auto& e : officials["entities"]) EXPECT_EQ(e["type"], "official");
  auto c = json_of({"components", kursk, "--json"});
  ASSERT_GE(c["components"].size(), 2u);
  EXPECT_GT(c["components"][0]["size"].get<int>(), 30);
}

}  // namespace

namespace {

std::string find_chromium() {
  for (const char* candidate : {"/usr/bin/chromium", "/usr/bin/chromium-browser"})
    if (std::filesystem::exists(candidate)) return candidate;
  return {};
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

TEST(CliReport, WritesOneSelfContainedPage) {
  std::string html = out_dir + "/kursk-report.html";
  auto r = run({"report", kursk, "-o", html, "--path", "Kim Jong Un", "Sumy", "--title", "Kim to Sumy"});
  ASSERT_EQ(r.code, 0) << r.err;
  std::string page = slurp(html);
  EXPECT_NE(page.find("Content-Security-Policy"), std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("src=\"http"), std::string::npos) << "nothing is loaded from the network";
  EXPECT_EQ(page.find("<link"), std::string::npos);
  EXPECT_NE(page.find("<svg"), std::string::npos);
  for (const char* section : {"id=\"diagram\"", "id=\"paths\"", "id=\"evidence\"", "id=\"claims\"", "id=\"reports\""})
    EXPECT_NE(page.find(section), std::string::npos) << section;
  EXPECT_NE(page.find("Sumy region"), std::string::npos);
  // the graph of the bundled reports, built from their text, has figures that disagree
  const std::string built = out_dir + "/report-from-text.json";
  std::vector<std::string> args{"build"};
  for (const auto& e : std::filesystem::directory_iterator(data_dir + "/reports"))
    if (e.path().extension() == ".txt") args.push_back(e.path().string());
  args.insert(args.end(), {"--meta", data_dir + "/reports/reports.json", "-o", built});
  ASSERT_EQ(run(args).code, 0);
  auto text_report = run({"report", built, "-o", html});
  ASSERT_EQ(text_report.code, 0) << text_report.err;
  page = slurp(html);
  EXPECT_NE(page.find("the figures disagree"), std::string::npos) << "the disagreeing figures are shown";
  EXPECT_NE(page.find("Cannot both be true: over 10,000"), std::string::npos);
}

TEST(CliReport, ChromiumShowsTheDiagramWithEveryEntity) {
  const std::string chromium = find_chromium();
  if (chromium.empty()) GTEST_SKIP() << "chromium is not installed (scripts/install-deps.sh --test installs it)";
  std::string html = out_dir + "/browser-report.html";
  auto r = run({"report", kursk, "-o", html, "--title", "Bundled graph"});
  ASSERT_EQ(r.code, 0) << r.err;
  auto stats = json_of({"stats", kursk, "--json"});
  const std::string profile = out_dir + "/chromium-profile-" + std::to_string(::getpid());
  const std::string flags = " --headless --no-sandbox --disable-gpu --disable-background-networking"
                            " --disable-component-update --disable-sync --no-first-run --disable-dev-shm-usage"
                            " --user-data-dir=" + quote(profile) + " ";
  std::string dom_file = out_dir + "/browser-dom.html";
  std::string command = quote(chromium) + flags + "--dump-dom file://" + quote(html) + " > " + quote(dom_file) +
                        " 2>/dev/null";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  std::string dom = slurp(dom_file);
  ASSERT_NE(dom.find("<svg"), std::string::npos) << "the page's DOM has no SVG";
  EXPECT_EQ(count(dom, "class=\"node entity "), stats["entities"].get<std::size_t>());
  EXPECT_EQ(dom.find("<script"), std::string::npos);
  std::string png = out_dir + "/browser-report.png";
  std::filesystem::remove(png);
  command = quote(chromium) + flags + "--window-size=1280,2400 --hide-scrollbars --screenshot=" + quote(png) +
            " file://" + quote(html) + " >/dev/null 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  ASSERT_TRUE(std::filesystem::exists(png));
  EXPECT_GT(std::filesystem::file_size(png), 20000u) << "the screenshot looks empty";
  std::filesystem::remove_all(profile);
}

}  // namespace

namespace {

std::size_t svg_nodes(const std::string& svg) { return count(svg, "class=\"node entity "); }

TEST(CliRender, FocusPathConnectAndMaxNodesChooseWhatIsDrawn) {
  auto focus = run({"render", kursk, "-o", "-", "--format", "svg", "--focus", "Shoigu", "--depth", "1"});
  ASSERT_EQ(focus.code, 0) << focus.err;
  auto ego = json_of({"neighbors", kursk, "Shoigu", "--depth", "1", "--json"});
  EXPECT_EQ(svg_nodes(focus.out), ego["entities"].size());

  auto path = run({"render", kursk, "-o", "-", "--format", "svg", "--path", "Kim Jong Un", "Sumy"});
  ASSERT_EQ(path.code, 0) << path.err;
  EXPECT_GT(count(path.out, "class=\"node entity") - count(path.out, " context\""), 0u);
  EXPECT_GT(count(path.out, "context\""), 0u) << "the context is drawn faded";
  EXPECT_NE(path.out.find("#d55e00"), std::string::npos) << "the path is highlighted";

  auto connect = run({"render", kursk, "-o", "-", "--format", "svg", "--connect", "Shoigu", "UN Security Council"});
  ASSERT_EQ(connect.code, 0) << connect.err;
  EXPECT_GE(svg_nodes(connect.out), 2u);

  auto limited = run({"render", kursk, "-o", "-", "--format", "svg", "--max-nodes", "10"});
  ASSERT_EQ(limited.code, 0) << limited.err;
  EXPECT_EQ(svg_nodes(limited.out), 10u);
  EXPECT_NE(limited.out.find("less central entities left out"), std::string::npos);

  EXPECT_EQ(run({"render", kursk, "-o", "-", "--format", "svg", "--focus", "Shoigu", "--path", "Kim", "Sumy"}).code, 1);
}

TEST(CliRender, ClusterStyleAndDeterminism) {
  auto clustered = run({"render", kursk, "-o", "-", "--format", "svg", "--cluster"});
  ASSERT_EQ(clustered.code, 0) << clustered.err;
  EXPECT_NE(clustered.out.find("id=\"cluster&#45;entity&#45;russia\""), std::string::npos);
  std::string style = out_dir + "/style.json";
  std::ofstream(style) << R"({"format": "linkchart-style", "version": 1, "entities": {"unit": {"fill": "#123456"}}})";
  auto styled = run({"render", kursk, "-o", "-", "--format", "svg", "--style", style});
  ASSERT_EQ(styled.code, 0) << styled.err;
  EXPECT_NE(styled.out.find("#123456"), std::string::npos);
  std::ofstream(style) << R"({"format": "linkchart-style", "version": 1, "font": "x\" onload=\"y"})";
  auto bad = run({"render", kursk, "-o", "-", "--format", "svg", "--style", style});
  EXPECT_EQ(bad.code, 1);
  EXPECT_TRUE(contains(bad.err, "style.json")) << bad.err;
  auto a = run({"render", kursk, "-o", "-", "--format", "svg"});
  auto b = run({"render", kursk, "-o", "-", "--format", "svg"});
  EXPECT_EQ(a.out, b.out);
}

TEST(CliRender, SlowLayoutFallsBackToSfdpAndSaysSo) {
  std::string big = out_dir + "/big.json";
  {
    std::ofstream out(big);
    out << "{\"format\": \"linkchart-graph\", \"version\": 1, \"reports\": [{\"id\": \"r\", \"title\": \"R\"}],\n"
           "\"entities\": [";
    const int n = 160;
    for (int i = 0; i < n; ++i) out << (i ? "," : "") << "{\"id\": \"e" << i << "\", \"name\": \"Entity " << i << "\", \"type\": \"unit\"}";
    out << "],\n\"relations\": [";
    bool first = true;
    for (int i = 0; i < n; ++i)
      for (int k = 1; k <= 3; ++k) {
        int j = (i * 7 + k * 31) % n;
        if (j == i) continue;
        out << (first ? "" : ",") << "{\"source\": \"e" << i << "\", \"type\": \"supports\", \"target\": \"e" << j
            << "\", \"evidence\": [{\"report\": \"r\"}]}";
        first = false;
      }
    out << "]}\n";
  }
  auto r = run({"render", big, "-o", out_dir + "/big.svg", "--engine", "dot", "--time-budget", "0.2"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "took longer than")) << r.err;
  EXPECT_TRUE(contains(r.err, "laid out with sfdp")) << r.err;
  auto chosen = run({"render", big, "-o", out_dir + "/big2.svg", "--max-nodes", "60"});
  ASSERT_EQ(chosen.code, 0) << chosen.err;
  EXPECT_TRUE(contains(chosen.err, "laid out with dot")) << chosen.err;
}

}  // namespace

namespace {

TEST(CliAsOf, HidesWhatOnlyLaterReportsSay) {
  auto before = run({"--as-of", "2025-07", "path", kursk, "Kim Jong Un", "Sumy"});
  EXPECT_EQ(before.code, 1);
  EXPECT_TRUE(contains(before.err, "as of 2025-07: 1 of 4 reports")) << before.err;
  EXPECT_TRUE(contains(before.err, "--as-of")) << before.err;
  auto after = run({"--as-of", "2025-12-01", "path", kursk, "Kim Jong Un", "Sumy", "--json"});
  EXPECT_EQ(after.code, 0) << after.err;
  auto focus = run({"--as-of", "2025-07", "render", kursk, "-o", "-", "--format", "dot"});
  EXPECT_EQ(focus.code, 0) << focus.err;
  EXPECT_EQ(focus.out.find("sumy_region\" ->"), std::string::npos);
  auto report = run({"--as-of", "2025-07", "report", kursk, "-o", out_dir + "/as-of.html"});
  EXPECT_EQ(report.code, 0) << report.err;
  EXPECT_EQ(slurp(out_dir + "/as-of.html").find("r000"), std::string::npos) << "a later report is cited";
  EXPECT_EQ(run({"--as-of", "2025-13", "stats", kursk}).code, 2);
  auto ego = json_of({"--as-of", "2025-07", "neighbors", kursk, "Shoigu", "--json"});
  EXPECT_GE(ego["entities"].size(), 2u);
}

}  // namespace

namespace {

const std::string reports_dir = data_dir + "/reports";

std::vector<std::string> bundled_reports() {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(reports_dir))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(CliText, ExtractJsonHasTheDocumentedShape) {
  std::vector<std::string> args{"extract"};
  for (const auto& f : bundled_reports()) args.push_back(f);
  args.insert(args.end(), {"--format", "json"});
  auto r = run(args);
  ASSERT_EQ(r.code, 0) << r.err;
  auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["reports"].size(), 4u);
  for (const auto& rep : doc["reports"]) {
    for (const char* key : {"id", "path", "entities", "relations", "claims"}) EXPECT_TRUE(rep.contains(key)) << key;
    const std::string text = slurp(rep["path"].get<std::string>());
    for (const auto& e : rep["entities"]) {
      for (const char* key : {"id", "name", "type", "mentions"}) EXPECT_TRUE(e.contains(key)) << key;
      for (const auto& m : e["mentions"]) {
        for (const char* key : {"text", "start", "end", "sentence"}) EXPECT_TRUE(m.contains(key)) << key;
        EXPECT_EQ(text.substr(m["start"].get<std::size_t>(), m["end"].get<std::size_t>() - m["start"].get<std::size_t>()),
                  m["text"].get<std::string>());
      }
    }
    for (const auto& rel : rep["relations"]) {
      for (const char* key : {"source", "type", "target", "evidence"}) EXPECT_TRUE(rel.contains(key)) << key;
      for (const char* key : {"sentence", "start", "end", "text", "attributed_to"}) EXPECT_TRUE(rel["evidence"].contains(key)) << key;
    }
    for (const auto& c : rep["claims"]) {
      for (const char* key : {"subject", "quantity", "qualifier", "counted", "attributed_to", "evidence"})
        EXPECT_TRUE(c.contains(key)) << key;
      EXPECT_TRUE(c["quantity"].is_number());
      if (!c["qualifier"].is_null()) {
        const auto q = c["qualifier"].get<std::string>();
        EXPECT_TRUE(q == "approximately" || q == "at least" || q == "at most" || q == "up to" || q == "over" || q == "exactly") << q;
      }
    }
  }
  auto text = run({"extract", bundled_reports()[2]});
  EXPECT_EQ(text.code, 0);
  EXPECT_TRUE(contains(text.out, "Sergei Shoigu [official, sergei_shoigu]")) << text.out;
}

TEST(CliText, BuildMakesAGraphTheOtherCommandsRead) {
  const std::string graph = out_dir + "/built-from-text.json";
  std::vector<std::string> args{"build"};
  for (const auto& f : bundled_reports()) args.push_back(f);
  args.insert(args.end(), {"--meta", reports_dir + "/reports.json", "-o", graph});
  auto b = run(args);
  ASSERT_EQ(b.code, 0) << b.err;
  EXPECT_TRUE(contains(b.err, "from 4 reports")) << b.err;
  auto stats = run({"stats", graph, "--json"});
  ASSERT_EQ(stats.code, 0) << stats.err;
  auto s = nlohmann::json::parse(stats.out);
  EXPECT_EQ(s["reports"], 4);
  EXPECT_GE(s["entities"].get<int>(), 30);
  EXPECT_GE(s["claims"].get<int>(), 15);
  auto path = run({"path", graph, "Kim Jong Un", "Sumy", "--json"});
  ASSERT_EQ(path.code, 0) << path.err;
  // the reports' dates came from the manifest, so --as-of works on the built graph
  auto early = run({"--as-of", "2025-07", "stats", graph, "--json"});
  ASSERT_EQ(early.code, 0) << early.err;
  EXPECT_EQ(nlohmann::json::parse(early.out)["reports"], 1);
}

TEST(CliText, UnknownNamesAndUserGazetteers) {
  const std::string report = out_dir + "/unknown-names.txt";
  std::ofstream(report) << "Belarusian lawmaker Ivan Petrenko met Zapad commander Oleg Volkov in Minsk.\n";
  auto unknown = run({"extract", report, "--unknown"});
  ASSERT_EQ(unknown.code, 0) << unknown.err;
  EXPECT_TRUE(contains(unknown.out, "Ivan Petrenko (official")) << unknown.out;
  const std::string mine = out_dir + "/my-gazetteer.json";
  std::ofstream(mine) << R"({"format": "linkchart-gazetteer", "version": 1, "entities": [
    {"id": "ivan_petrenko", "type": "official", "name": "Ivan Petrenko", "state": "belarus"}]})";
  auto known = run({"extract", report, "--unknown", "--gazetteer", mine});
  ASSERT_EQ(known.code, 0) << known.err;
  EXPECT_FALSE(contains(known.out, "Ivan Petrenko")) << known.out;
  // a broken gazetteer is reported with its place, and nothing is extracted
  const std::string broken = out_dir + "/broken-gazetteer.json";
  std::ofstream(broken) << "{\"format\": \"linkchart-gazetteer\", \"version\": 1,\n \"entities\": [{\"id\": \"x\", \"type\": \"moon\", \"name\": \"X\"}]}";
  auto bad = run({"extract", report, "--gazetteer", broken});
  EXPECT_EQ(bad.code, 1);
  EXPECT_TRUE(contains(bad.err, "broken-gazetteer.json:2:")) << bad.err;
  EXPECT_TRUE(bad.out.empty());
}

TEST(CliText, BadInputWarnsAndStillWorks) {
  const std::string report = out_dir + "/bad-bytes.txt";
  std::ofstream(report, std::ios::binary) << "\xEF\xBB\xBFRussia sent troops\xFF to Syria.\r\n";
  auto r = run({"extract", report, "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "bad-bytes.txt: byte 21: skipped 1 byte that is not valid UTF-8")) << r.err;
  auto doc = nlohmann::json::parse(r.out);
  EXPECT_FALSE(doc["reports"][0]["relations"].empty());
  auto missing = run({"extract", out_dir + "/no-such-report.txt"});
  EXPECT_EQ(missing.code, 1);
  EXPECT_TRUE(contains(missing.err, "no-such-report.txt")) << missing.err;
  const std::string empty = out_dir + "/empty-report.txt";
  std::ofstream(empty).close();
  auto e = run({"extract", empty});
  EXPECT_EQ(e.code, 0);
  EXPECT_TRUE(contains(e.err, "empty")) << e.err;
}

// Many reports, several threads: the output is the same bytes as with one, a directory
// stands for its .txt files in sorted order, ids stay unique, and a run that fails part
// way leaves no output file behind.
TEST(CliText, ManyReportsOnSeveralThreadsGiveTheSameOutput) {
  const std::string dir = out_dir + "/many-reports";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir + "/b");
  std::vector<std::string> bundled;
  for (const auto& e : std::filesystem::directory_iterator(data_dir + "/reports"))
    if (e.path().extension() == ".txt") bundled.push_back(e.path().string());
  std::sort(bundled.begin(), bundled.end());
  std::vector<std::string> files;
  for (int k = 0; k < 24; ++k) {
    char name[32];
    std::snprintf(name, sizeof name, "%s/r%02d.txt", k % 2 ? "/b" : "", k);
    const std::string path = dir + name;
    std::filesystem::copy_file(bundled[static_cast<std::size_t>(k) % bundled.size()], path);
    files.push_back(path);
  }
  std::sort(files.begin(), files.end());
  for (const std::string format : {"json", "text"}) {
    std::vector<std::string> one{"extract", "--format", format, "-j", "1"};
    one.insert(one.end(), files.begin(), files.end());
    const auto a = run(one);
    ASSERT_EQ(a.code, 0) << a.err;
    const auto b = run({"extract", "--format", format, "-j", "3", dir});
    ASSERT_EQ(b.code, 0) << b.err;
    EXPECT_EQ(a.out, b.out) << format;
  }
  const auto doc = nlohmann::json::parse(run({"extract", "--format", "json", dir}).out);
  ASSERT_EQ(doc["reports"].size(), 24u);
  EXPECT_EQ(doc["reports"][0]["id"], "r01");  // "dir/b/r01.txt" sorts before "dir/r00.txt"
  EXPECT_EQ(doc["reports"][12]["id"], "r00");
  const auto unknown = run({"extract", "--unknown", "--format", "json", "-j", "2", dir});
  ASSERT_EQ(unknown.code, 0) << unknown.err;
  EXPECT_TRUE(nlohmann::json::parse(unknown.out).is_array());
  // the same file twice: two reports, two ids
  const auto twice = nlohmann::json::parse(run({"extract", "--format", "json", files[0], files[0]}).out);
  EXPECT_EQ(twice["reports"][1]["id"], twice["reports"][0]["id"].get<std::string>() + "-2");
  // a file that cannot be read: nothing written, no temporary left
  const std::string out = out_dir + "/many-reports.json";
  std::filesystem::remove(out);
  std::vector<std::string> broken{"extract", "--format", "json", "-o", out, dir, dir + "/missing.txt"};
  const auto bad = run(broken);
  EXPECT_EQ(bad.code, 1);
  EXPECT_TRUE(contains(bad.err, "missing.txt: cannot open")) << bad.err;
  EXPECT_FALSE(std::filesystem::exists(out));
  for (const auto& e : std::filesystem::directory_iterator(out_dir))
    EXPECT_FALSE(e.path().filename().string().starts_with("many-reports.json.tmp")) << e.path();
  const auto good = run({"extract", "--format", "json", "-o", out, dir});
  ASSERT_EQ(good.code, 0) << good.err;
  EXPECT_EQ(slurp(out), run({"extract", "--format", "json", dir}).out);
}

}  // namespace

namespace {

std::string built_from_text() {
  const std::string graph = out_dir + "/cross-report.json";
  std::vector<std::string> args{"build"};
  for (const auto& e : std::filesystem::directory_iterator(data_dir + "/reports"))
    if (e.path().extension() == ".txt") args.push_back(e.path().string());
  args.insert(args.end(), {"--meta", data_dir + "/reports/reports.json", "-o", graph});
  auto r = run(args);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "merged north_korea_construction_workers into north_korea_construction_troops")) << r.err;
  return graph;
}

TEST(CliCrossReport, ClaimsListsTheDisagreementWithItsSources) {
  const std::string graph = built_from_text();
  auto r = run({"claims", graph, "--conflicts"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "North Korean troops, how many: 3 figures - they disagree")) << r.out;
  EXPECT_TRUE(contains(r.out, "cannot both be true: over 10,000 personnel (r000) and up to 10,000 troops (r001)")) << r.out;
  EXPECT_FALSE(contains(r.out, "killed")) << "600 and 2,000 dead do not disagree";
  auto all = run({"claims", graph, "--json"});
  ASSERT_EQ(all.code, 0);
  auto doc = nlohmann::json::parse(all.out);
  int disagreeing = 0;
  for (const auto& group : doc["groups"]) disagreeing += group["disagrees"].get<bool>() ? 1 : 0;
  EXPECT_EQ(disagreeing, 1);
  auto about = run({"claims", graph, "--about", "sappers"});
  ASSERT_EQ(about.code, 0) << about.err;
  EXPECT_TRUE(contains(about.out, "North Korean sappers, how many: 4 figures")) << about.out;
  EXPECT_EQ(run({"claims", graph, "--about", "Atlantis"}).code, 1);
}

TEST(CliCrossReport, DiffMergesAndCorroboration) {
  const std::string graph = built_from_text();
  auto d = run({"diff", graph, "--from", "2025-06", "--to", "2025-12"});
  ASSERT_EQ(d.code, 0) << d.err;
  EXPECT_TRUE(contains(d.out, "From 2025-06 (1 reports) to 2025-12 (4 reports)")) << d.out;
  EXPECT_TRUE(contains(d.out, "+ Russia attacked Sumy region   [r000]")) << d.out;
  EXPECT_TRUE(contains(d.out, "New figures")) << d.out;
  EXPECT_EQ(run({"diff", graph, "--from", "2025-12", "--to", "2025-06"}).code, 2);
  EXPECT_EQ(run({"diff", graph, "--from", "June", "--to", "2025-06"}).code, 2);
  auto m = run({"entities", graph, "--merges"});
  ASSERT_EQ(m.code, 0) << m.err;
  EXPECT_TRUE(contains(m.out, "+ North Korean construction workers [north_korea_construction_workers]: same state")) << m.out;
  EXPECT_TRUE(contains(m.out, "merges file: r000 first calls them 1,000 engineers")) << m.out;
  EXPECT_TRUE(contains(m.out, "= \"NIS\": a name the gazetteer lists for National Intelligence Service")) << m.out;
  auto p = run({"path", graph, "Kim Jong Un", "Sumy", "--json"});
  ASSERT_EQ(p.code, 0) << p.err;
  auto hop = nlohmann::json::parse(p.out)["hops"][0];
  EXPECT_TRUE(hop.contains("corroboration")) << hop.dump();
  EXPECT_GE(hop["corroboration"]["independent_sources"].get<int>(), 1);
  EXPECT_GT(hop["corroboration"]["confidence"].get<double>(), 0.0);
}

}  // namespace
