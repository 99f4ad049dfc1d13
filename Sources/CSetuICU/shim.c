#include "CSetuICU.h"

#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>
#include <stdio.h>

void *setu_break_open(int32_t kind, const char *locale, int32_t *error_code) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &status);
    *error_code = (int32_t)status;
    return U_SUCCESS(status) ? it : NULL;
}

void setu_break_close(void *iterator) {
    if (iterator) ubrk_close((UBreakIterator *)iterator);
}

void setu_break_set_text(void *iterator, const uint16_t *text, int32_t length, int32_t *error_code) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)iterator, (const UChar *)text, length, &status);
    *error_code = (int32_t)status;
}

int32_t setu_break_first(void *iterator) { return ubrk_first((UBreakIterator *)iterator); }
int32_t setu_break_next(void *iterator) { return ubrk_next((UBreakIterator *)iterator); }

const void *setu_nfc_instance(int32_t *error_code) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFCInstance(&status);
    *error_code = (int32_t)status;
    return U_SUCCESS(status) ? n : NULL;
}

int32_t setu_normalize(const void *normalizer, const uint16_t *source, int32_t length,
                       uint16_t *destination, int32_t capacity, int32_t *error_code) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = unorm2_normalize((const UNormalizer2 *)normalizer, (const UChar *)source, length,
                                 (UChar *)destination, capacity, &status);
    *error_code = (int32_t)status;
    return n;
}

int32_t setu_normalized_prefix_length(const void *normalizer, const uint16_t *source, int32_t length,
                                      int32_t *error_code) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = unorm2_spanQuickCheckYes((const UNormalizer2 *)normalizer, (const UChar *)source, length, &status);
    *error_code = (int32_t)status;
    return n;
}

int32_t setu_has_boundary_before(const void *normalizer, uint32_t code_point) {
    return unorm2_hasBoundaryBefore((const UNormalizer2 *)normalizer, (UChar32)code_point) ? 1 : 0;
}

const char *setu_icu_version(void) {
    static char buffer[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, buffer);
    return buffer;
}

const char *setu_unicode_version(void) {
    static char buffer[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getUnicodeVersion(info);
    u_versionToString(info, buffer);
    return buffer;
}
