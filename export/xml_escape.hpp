// Escaping text for XML 1.0 attribute values and character data.
//
// The one escaper behind GraphML and GEXF. Its output is safe in both places
// (inside "..." or '...' attributes and between tags), so a writer never has to
// think about where a value lands.
//
//   os << "<data key=\"v_label\">" << sg::out::EscapeXml(node.name) << "</data>";
//   sg::out::EscapeXml("AT&T \"say\"\nhi")  // "AT&amp;T &quot;say&quot;&#10;hi"
#pragma once

#include <string>
#include <string_view>

namespace sg::out {

// Returns `utf8` escaped for XML 1.0:
//   & < > " '       -> &amp; &lt; &gt; &quot; &apos;
//   newline, tab, CR -> &#10; &#9; &#13;  (a raw newline in an attribute is
//                       read back as a space by every parser; the character
//                       reference survives)
//   U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF
//                    -> dropped (XML 1.0 forbids them even as references)
// Everything else, including emoji and bidi marks, is copied as UTF-8.
// Input should be valid UTF-8; an ill-formed byte becomes U+FFFD rather than
// making the document unreadable. Never throws except std::bad_alloc.
std::string EscapeXml(std::string_view utf8);

}  // namespace sg::out
