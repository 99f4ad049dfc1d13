#include "CSetuICU.h"

#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uchar.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>
#include <string.h>
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

static int32_t count_list(const char *const *list) {
    int32_t count = 0;
    while (list && list[count]) count++;
    return count;
}

int32_t setu_country_code_count(void) { return count_list(uloc_getISOCountries()); }
const char *setu_country_code(int32_t index) { return uloc_getISOCountries()[index]; }
int32_t setu_language_code_count(void) { return count_list(uloc_getISOLanguages()); }
const char *setu_language_code(int32_t index) { return uloc_getISOLanguages()[index]; }

int32_t setu_display_country(const char *code, const char *display_locale, uint16_t *out, int32_t capacity) {
    char locale[16];
    snprintf(locale, sizeof locale, "und_%s", code);
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = uloc_getDisplayCountry(locale, display_locale, (UChar *)out, capacity, &status);
    return U_SUCCESS(status) && status != U_USING_DEFAULT_WARNING ? length : -1;
}

int32_t setu_display_language(const char *code, const char *display_locale, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = uloc_getDisplayLanguage(code, display_locale, (UChar *)out, capacity, &status);
    return U_SUCCESS(status) && status != U_USING_DEFAULT_WARNING ? length : -1;
}

void *setu_zones_open(void) {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *zones = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, NULL, NULL, &status);
    return U_SUCCESS(status) ? zones : NULL;
}

const char *setu_zones_next(void *zones) {
    UErrorCode status = U_ZERO_ERROR;
    const char *zone = uenum_next((UEnumeration *)zones, NULL, &status);
    return U_SUCCESS(status) ? zone : NULL;
}

void setu_zones_close(void *zones) {
    if (zones) uenum_close((UEnumeration *)zones);
}

int32_t setu_exemplar_city(const char *zone, const char *locale, uint16_t *out, int32_t capacity) {
    UChar zone_id[128];
    u_uastrncpy(zone_id, zone, 127);
    zone_id[127] = 0;
    UChar pattern[4];
    u_uastrncpy(pattern, "VVV", 4);
    UErrorCode status = U_ZERO_ERROR;
    UDateFormat *format = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, zone_id, -1, pattern, 3, &status);
    if (U_FAILURE(status)) return -1;
    int32_t length = udat_format(format, 0.0, (UChar *)out, capacity, NULL, &status);
    udat_close(format);
    return U_SUCCESS(status) ? length : -1;
}
