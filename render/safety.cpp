#include "render/safety.hpp"

#include <algorithm>
#include <cctype>

#include <libxml/parser.h>
#include <libxml/tree.h>

namespace linkchart::render {

namespace {

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  return true;
}

bool allowed_in_url(unsigned char c) {
  if (std::isalnum(c)) return true;
  // RFC 3986 unreserved and reserved characters, except those that can end or break an
  // attribute value or start a Graphviz escape: " ' < > and \. ('&' is kept: the
  // caller escapes it for where the URL goes.)
  static constexpr std::string_view safe = "-._~:/?#[]@!$&()*+,;=%";
  return safe.find(static_cast<char>(c)) != std::string_view::npos;
}

std::string to_lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct XmlDoc {
  explicit XmlDoc(std::string_view text)
      : doc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "diagram.svg", nullptr,
                          XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) {}
  ~XmlDoc() { xmlFreeDoc(doc); }
  XmlDoc(const XmlDoc&) = delete;
  XmlDoc& operator=(const XmlDoc&) = delete;
  xmlDocPtr doc;
};

std::string name_of(const xmlChar* name) { return to_lower(reinterpret_cast<const char*>(name)); }

std::optional<std::string> first_problem(xmlNodePtr node) {
  for (; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    const std::string element = name_of(node->name);
    for (const char* banned : {"script", "foreignobject", "iframe", "object", "embed", "handler"})
      if (element == banned) return "a <" + std::string(reinterpret_cast<const char*>(node->name)) + "> element";
    for (xmlAttrPtr a = node->properties; a != nullptr; a = a->next) {
      const std::string attribute = name_of(a->name);
      xmlChar* raw = xmlNodeListGetString(node->doc, a->children, 1);
      std::string value = raw ? reinterpret_cast<const char*>(raw) : "";
      xmlFree(raw);
      const std::string where = " in <" + element + "> attribute '" + attribute + "'";
      if (attribute.starts_with("on")) return "an event handler" + where;
      if (attribute == "href" || attribute == "src" || attribute == "action") {
        std::string v = value;
        v.erase(std::remove_if(v.begin(), v.end(), [](unsigned char c) { return std::isspace(c) || c < 0x20; }),
                v.end());
        if (!(v.starts_with("#") || starts_with_nocase(v, "http://") || starts_with_nocase(v, "https://")))
          return "a link to '" + value.substr(0, 60) + "'" + where;
      }
      const std::string lowered = to_lower(value);
      if (attribute == "style" && (lowered.find("url(") != std::string::npos ||
                                   lowered.find("javascript:") != std::string::npos ||
                                   lowered.find("expression(") != std::string::npos))
        return "a style that loads or runs something" + where;
    }
    if (auto inner = first_problem(node->children)) return inner;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> safe_url(std::string_view url) {
  std::string_view rest;
  if (starts_with_nocase(url, "https://")) rest = url.substr(8);
  else if (starts_with_nocase(url, "http://")) rest = url.substr(7);
  else return std::nullopt;
  if (rest.empty() || rest.front() == '/') return std::nullopt;
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out(url.substr(0, url.size() - rest.size()));
  for (unsigned char c : rest) {
    if (c < 0x20 || c == 0x7F) return std::nullopt;  // control characters: refuse outright
    if (allowed_in_url(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 0xF];
    }
  }
  return out;
}

std::expected<void, graph::Error> check_svg(std::string_view svg) {
  XmlDoc xml(svg);
  if (xml.doc == nullptr) {
    const xmlError* e = xmlGetLastError();
    std::string why = e != nullptr && e->message != nullptr ? e->message : "not well-formed XML";
    while (!why.empty() && why.back() == '\n') why.pop_back();
    return std::unexpected(graph::Error{graph::ErrorCode::render_error,
                                        "refusing to write the SVG: it is not well-formed XML (" + why + ")", {}});
  }
  if (auto problem = first_problem(xmlDocGetRootElement(xml.doc)))
    return std::unexpected(graph::Error{graph::ErrorCode::render_error,
                                        "refusing to write the SVG: it contains " + *problem, {}});
  return {};
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\0': break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace linkchart::render
