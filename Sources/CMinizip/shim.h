// zlib's minizip, for the zip container of XLSX workbooks (XLSXWriter writes
// the sheet XML itself).
//
// Why minizip and not weichsel/ZIPFoundation 0.9.20: ZIPFoundation's Linux
// manifest leaves its PrivacyInfo.xcprivacy undeclared, so every `swift build`
// prints a warning we cannot silence, and its 21 Swift files are compiled
// again on every clean (CI) build. minizip is one apt package
// (libminizip-dev, installed by scripts/ensure-deps), costs no build time and
// deflates with the zlib every Debian system has.
#ifndef CCMM_MINIZIP_SHIM_H
#define CCMM_MINIZIP_SHIM_H
#include <minizip/zip.h>
#endif
