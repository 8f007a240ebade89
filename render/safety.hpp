// Report text is untrusted: a name, title or URL may carry markup or script meant for
// whoever opens the diagram. Graphviz 2.42/2.43 copies some attributes into SVG
// without escaping them, so linkchart (1) only lets user text reach escaped labels and
// tooltips, (2) sets links itself from report URLs that pass an allowlist, and (3)
// checks every finished SVG before it is written.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <string_view>

#include "graph/error.hpp"

namespace linkchart::render {

// `url` made safe to put in an SVG or HTML attribute: nullopt unless its scheme is http
// or https (case-insensitive), it has a host and no control characters; characters
// other than [A-Za-z0-9-._~:/?#[]@!$&()*+,;=%] are percent-encoded: quotes, angle
// brackets, backslashes (Graphviz would expand "\N"), spaces and non-ASCII bytes. '&'
// stays: HTML output escapes it as usual, and the diagram writes it as "&amp;" because
// Graphviz 2.43 copies links into SVG without escaping them.
[[nodiscard]] std::optional<std::string> safe_url(std::string_view url);

// Fails (render_error) if `svg` is not well-formed XML, or has a script element, a
// foreignObject (or iframe, object, embed), an event-handler attribute (on...), a
// link whose target is not http(s) or a fragment (#...), or a style with "url(" or
// "javascript:". The message names the element and attribute.
[[nodiscard]] std::expected<void, graph::Error> check_svg(std::string_view svg);

// Text for HTML element content or attribute values: & < > " ' escaped.
[[nodiscard]] std::string escape_html(std::string_view text);

}  // namespace linkchart::render
