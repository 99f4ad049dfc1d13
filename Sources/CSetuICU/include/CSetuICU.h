#ifndef CSETU_ICU_H
#define CSETU_ICU_H

/*
 * Plainly named wrappers over the few ICU C functions Setu needs.
 * ICU's own C symbols carry a version suffix (ubrk_open_72), which Swift cannot name;
 * this header exposes stable names and keeps ICU headers out of Swift's sight.
 * All text is UTF-16; all error codes are ICU UErrorCode values (<= 0 means success).
 */

#include <stdint.h>

/// Break iterator kinds, matching ICU's UBreakIteratorType.
enum {
    SETU_BREAK_CHARACTER = 0,
    SETU_BREAK_WORD = 1,
    SETU_BREAK_LINE = 2,
    SETU_BREAK_SENTENCE = 3
};

/// Sentinel returned by the iteration functions when no boundary remains (ICU's UBRK_DONE).
#define SETU_BREAK_DONE (-1)

void *setu_break_open(int32_t kind, const char *locale, int32_t *error_code);
void setu_break_close(void *iterator);
void setu_break_set_text(void *iterator, const uint16_t *text, int32_t length, int32_t *error_code);
int32_t setu_break_first(void *iterator);
int32_t setu_break_next(void *iterator);

/// The process-wide NFC normalizer (owned by ICU; never freed).
const void *setu_nfc_instance(int32_t *error_code);
int32_t setu_normalize(const void *normalizer, const uint16_t *source, int32_t length,
                       uint16_t *destination, int32_t capacity, int32_t *error_code);
/// Length of the prefix of `source` that is certainly already normalized.
int32_t setu_normalized_prefix_length(const void *normalizer, const uint16_t *source, int32_t length,
                                      int32_t *error_code);
/// Non-zero when `code_point` starts a normalization-independent chunk.
int32_t setu_has_boundary_before(const void *normalizer, uint32_t code_point);

/// CLDR names through ICU, for Setu's gazetteer. Codes come from ICU's own lists; names are written to
/// `out` (UTF-16) and their length returned (negative when `capacity` is too small or on error).
int32_t setu_country_code_count(void);
const char *setu_country_code(int32_t index);
int32_t setu_display_country(const char *code, const char *display_locale, uint16_t *out, int32_t capacity);
int32_t setu_language_code_count(void);
const char *setu_language_code(int32_t index);
int32_t setu_display_language(const char *code, const char *display_locale, uint16_t *out, int32_t capacity);
/// Time zone ids (canonical, with an exemplar city), one by one; NULL at the end.
void *setu_zones_open(void);
const char *setu_zones_next(void *zones);
void setu_zones_close(void *zones);
/// The exemplar city of a time zone in a locale (CLDR `VVV`: Europe/Moscow → मॉस्को, Moscow).
int32_t setu_exemplar_city(const char *zone, const char *locale, uint16_t *out, int32_t capacity);

/// The ICU version string, for diagnostics.
const char *setu_icu_version(void);

/// The version of the Unicode Standard ICU's data follows ("15.0"), for the store's key versions.
const char *setu_unicode_version(void);

#endif
