// The linkchart command as a user runs it: exit codes, messages, and the end-to-end
// question over the bundled data.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
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
  for (const char* word : {"stats", "entities", "path", "render", "format", "Examples", "Exit codes"})
    EXPECT_TRUE(contains(h.out, word)) << word;
  for (const char* cmd : {"stats", "entities", "path", "render", "format"}) {
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
