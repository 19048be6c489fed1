/* Test-only stand-in for Windows' icuuc.dll under Wine (see README.md): no converters available. */
#include <stddef.h>
#include <stdint.h>
#define API __declspec(dllexport)
typedef int UErrorCode;
enum { U_ZERO_ERROR = 0, U_FILE_ACCESS_ERROR = 4, U_UNSUPPORTED_ERROR = 16 };
static void fail(UErrorCode *err) { if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; }

API void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
API void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
API void ucnv_cbFromUWriteUChars(void *a, const void **s, const void *e, int32_t o, UErrorCode *err) { fail(err); }
API void ucnv_cbToUWriteUChars(void *a, const void *s, int32_t l, int32_t o, UErrorCode *err) { fail(err); }
API void ucnv_close(void *c) {}
API int32_t ucnv_countAvailable(void) { return 0; }
API int32_t ucnv_fromUCountPending(const void *c, UErrorCode *err) { fail(err); return 0; }
API void ucnv_fromUnicode(void *c, char **t, const char *te, const void **s, const void *se, int32_t *o, int8_t f, UErrorCode *err) { fail(err); }
API const char *ucnv_getAvailableName(int32_t n) { return NULL; }
API void ucnv_getFromUCallBack(const void *c, void **a, const void **b) { if (a) *a = NULL; if (b) *b = NULL; }
API int8_t ucnv_getMaxCharSize(const void *c) { return 1; }
API const char *ucnv_getName(const void *c, UErrorCode *err) { fail(err); return NULL; }
API const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *err) { fail(err); return NULL; }
API void ucnv_getToUCallBack(const void *c, void **a, const void **b) { if (a) *a = NULL; if (b) *b = NULL; }
API void *ucnv_open(const char *name, UErrorCode *err) { fail(err); return NULL; }
API void ucnv_reset(void *c) {}
API void ucnv_setFromUCallBack(void *c, void *n, const void *nc, void *o, const void **oc, UErrorCode *err) { fail(err); }
API void ucnv_setToUCallBack(void *c, void *n, const void *nc, void *o, const void **oc, UErrorCode *err) { fail(err); }
API int32_t ucnv_toUCountPending(const void *c, UErrorCode *err) { fail(err); return 0; }
API void ucnv_toUnicode(void *c, void **t, const void *te, const char **s, const char *se, int32_t *o, int8_t f, UErrorCode *err) { fail(err); }
