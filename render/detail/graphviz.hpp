// Private to render/: the one place that talks to Graphviz's C API. Debian 12 ships
// Graphviz 2.42/2.43, whose functions take non-const char*; the casts that absorb
// that live here and nowhere else. Every handle is owned by an RAII type.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace linkchart::render::detail {

inline char* mutable_text(const char* text) { return const_cast<char*>(text); }

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphHandle = std::unique_ptr<Agraph_t, GraphCloser>;

struct RenderDataFreer {
  void operator()(char* data) const { gvFreeRenderData(data); }
};
using RenderData = std::unique_ptr<char, RenderDataFreer>;

// The graph as DOT text (agwrite, before any layout), or nullopt if writing failed.
std::optional<std::string> write_dot(Agraph_t* g);

// The process's one Graphviz context, created on first use and freed at exit.
GVC_t* context();

// Frees a layout when it goes out of scope.
class LayoutScope {
 public:
  LayoutScope(GVC_t* gvc, Agraph_t* g) : gvc_(gvc), g_(g) {}
  ~LayoutScope() { gvFreeLayout(gvc_, g_); }
  LayoutScope(const LayoutScope&) = delete;
  LayoutScope& operator=(const LayoutScope&) = delete;

 private:
  GVC_t* gvc_;
  Agraph_t* g_;
};

inline GraphHandle open_graph(const char* name) {
  return GraphHandle(agopen(mutable_text(name), Agdirected, nullptr));
}
inline Agraph_t* subgraph(Agraph_t* g, const char* name) {
  return agsubg(g, mutable_text(name), 1);
}
inline Agnode_t* node(Agraph_t* g, const std::string& name) {
  return agnode(g, mutable_text(name.c_str()), 1);
}
inline Agedge_t* edge(Agraph_t* g, Agnode_t* tail, Agnode_t* head, const std::string& name) {
  return agedge(g, tail, head, mutable_text(name.c_str()), 1);
}
// Sets an attribute, declaring it (with an empty default) on first use.
inline void set(void* object, const char* name, const std::string& value) {
  agsafeset(object, mutable_text(name), mutable_text(value.c_str()), mutable_text(""));
}
// Sets an HTML-like label (agstrdup_html marks the string as HTML for Graphviz).
inline void set_html_label(Agraph_t* g, void* object, const std::string& html) {
  char* label = agstrdup_html(g, mutable_text(html.c_str()));
  agsafeset(object, mutable_text("label"), label, mutable_text(""));
  agstrfree(g, label);
}
inline void set_default(Agraph_t* g, int kind, const char* name, const char* value) {
  agattr(g, kind, mutable_text(name), mutable_text(value));
}
inline std::string last_error() {
  const char* text = aglasterr();
  return text != nullptr ? std::string(text) : std::string();
}

}  // namespace linkchart::render::detail
