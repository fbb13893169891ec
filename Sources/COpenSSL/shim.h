// The OpenSSL 3 headers JWTCore uses, and inline wrappers for the few
// OpenSSL macros that Swift cannot call directly.
#ifndef JWT_WORKBOOK_COPENSSL_SHIM_H
#define JWT_WORKBOOK_COPENSSL_SHIM_H

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/opensslv.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

/// Frees memory that OpenSSL allocated (`OPENSSL_free` is a macro).
static inline void jwt_openssl_free(void *pointer) {
    OPENSSL_free(pointer);
}

/// Reads the bytes written so far to a memory BIO (`BIO_get_mem_data` is a macro).
static inline long jwt_bio_get_mem_data(BIO *bio, char **data) {
    return BIO_get_mem_data(bio, data);
}

/// Returns the number of bytes needed to hold a big number (`BN_num_bytes` is a macro).
static inline int jwt_bn_num_bytes(const BIGNUM *number) {
    return BN_num_bytes(number);
}

/// The key selection for a public key and its parameters (`EVP_PKEY_PUBLIC_KEY` is a macro).
static inline int jwt_selection_public_key(void) {
    return EVP_PKEY_PUBLIC_KEY;
}

/// The key selection for a key pair (`EVP_PKEY_KEYPAIR` is a macro).
static inline int jwt_selection_keypair(void) {
    return EVP_PKEY_KEYPAIR;
}

#endif
