// The OpenSSL 3 headers the floor benchmarks call: HMAC through EVP_MAC,
// signatures through EVP_DigestSign and EVP_DigestVerify, base64 decoding.
#ifndef JWT_BENCHMARKS_OPENSSL_SHIM_H
#define JWT_BENCHMARKS_OPENSSL_SHIM_H

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#endif
