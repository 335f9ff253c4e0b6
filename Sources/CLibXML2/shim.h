// libxml2's HTML and XML parsers, for ParleyHTML and ParleyFeeds (Debian: libxml2-dev).
// Debian builds libxml2 with ICU; its headers would then include ICU's, which clash with Foundation's copy of ICU.
// Parley never touches the ICU fields of libxml2's encoding handlers (it transcodes with iconv first), so the
// ICU part of the headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
