// zlib, for inflating gzip-compressed pages (Debian: zlib1g-dev).
#include <zlib.h>
