// Debian's libxml2 is built with ICU; its headers pull system ICU types that clash with
// Foundation's own copy. We never use libxml2's ICU encoders, so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
