// OpenSSL's libcrypto, for the SHA-256 of evidence files (`ccmm evidence --check --hash`).
//
// Why libcrypto and not apple/swift-crypto: the system library costs no build
// time (swift-crypto adds about a minute to every clean CI build on two cores),
// and libssl-dev is one apt package that scripts/ensure-deps installs beside
// libncurses-dev. Only the one-shot EVP digest is used.
#ifndef CCMM_LIBCRYPTO_SHIM_H
#define CCMM_LIBCRYPTO_SHIM_H
#include <openssl/evp.h>
#endif
