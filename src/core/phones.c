/* phones.c - names and classes of the radio phone set (see phones.h). */
#include "phones.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char *const radio_names[NV_PH_COUNT] = {
    "pau", "aa", "ae", "ah", "ao", "aw", "ax", "ay", "b", "ch", "d", "dh",
    "eh", "er", "ey", "f", "g", "hh", "ih", "iy", "jh", "k", "l", "m", "n",
    "ng", "ow", "oy", "p", "r", "s", "sh", "t", "th", "uh", "uw", "v", "w",
    "y", "z", "zh",
};

static const char *const arpa_names[NV_PH_COUNT] = {
    "PAU", "AA", "AE", "AH", "AO", "AW", "AH", "AY", "B", "CH", "D", "DH",
    "EH", "ER", "EY", "F", "G", "HH", "IH", "IY", "JH", "K", "L", "M", "N",
    "NG", "OW", "OY", "P", "R", "S", "SH", "T", "TH", "UH", "UW", "V", "W",
    "Y", "Z", "ZH",
};

const char *nv__phone_name(int id)
{
    return (id >= 0 && id < NV_PH_COUNT) ? radio_names[id] : "?";
}

int nv__phone_id(const char *name, size_t len)
{
    for (int i = 0; i < NV_PH_COUNT; i++)
        if (strlen(radio_names[i]) == len && memcmp(radio_names[i], name, len) == 0)
            return i;
    return -1;
}

int nv__phone_is_vowel(int id)
{
    switch (id) {
    case NV_PH_AA: case NV_PH_AE: case NV_PH_AH: case NV_PH_AO: case NV_PH_AW:
    case NV_PH_AX: case NV_PH_AY: case NV_PH_EH: case NV_PH_ER: case NV_PH_EY:
    case NV_PH_IH: case NV_PH_IY: case NV_PH_OW: case NV_PH_OY: case NV_PH_UH:
    case NV_PH_UW:
        return 1;
    default:
        return 0;
    }
}

const char *nv__phone_arpabet(int id)
{
    return (id >= 0 && id < NV_PH_COUNT) ? arpa_names[id] : "?";
}

int nv__phone_from_arpabet(const char *name, size_t len, int *stress)
{
    char buf[4];
    int digit = -1;
    if (stress)
        *stress = -1;
    if (len > 0 && name[len - 1] >= '0' && name[len - 1] <= '2') {
        digit = name[len - 1] - '0';
        len--;
    }
    if (len == 0 || len > 3)
        return -1;
    for (size_t i = 0; i < len; i++)
        buf[i] = (char)toupper((unsigned char)name[i]);
    buf[len] = '\0';
    if (stress)
        *stress = digit;
    if (strcmp(buf, "AH") == 0)
        return digit == 0 ? NV_PH_AX : NV_PH_AH;
    if (strcmp(buf, "PAU") == 0)
        return -1;
    for (int i = 1; i < NV_PH_COUNT; i++)
        if (i != NV_PH_AX && strcmp(arpa_names[i], buf) == 0)
            return i;
    return -1;
}

/* IPA symbols (as UTF-8) to ARPAbet, longest first. Stress marks: ˈ primary,
 * ˌ secondary, applied to the next vowel. */
static const struct { const char *ipa, *arpa; } ipa_table[] = {
    {"tʃ", "CH"}, {"dʒ", "JH"}, {"aɪ", "AY"}, {"aʊ", "AW"}, {"eɪ", "EY"}, {"oʊ", "OW"},
    {"ɔɪ", "OY"}, {"ɝ", "ER"}, {"ɚ", "ER"}, {"ɑ", "AA"}, {"æ", "AE"}, {"ʌ", "AH"},
    {"ə", "AH"}, {"ɔ", "AO"}, {"ɛ", "EH"}, {"ɪ", "IH"}, {"i", "IY"}, {"ʊ", "UH"},
    {"u", "UW"}, {"b", "B"}, {"d", "D"}, {"ð", "DH"}, {"f", "F"}, {"ɡ", "G"}, {"g", "G"},
    {"h", "HH"}, {"k", "K"}, {"l", "L"}, {"m", "M"}, {"n", "N"}, {"ŋ", "NG"}, {"p", "P"},
    {"ɹ", "R"}, {"r", "R"}, {"s", "S"}, {"ʃ", "SH"}, {"t", "T"}, {"θ", "TH"}, {"v", "V"},
    {"w", "W"}, {"j", "Y"}, {"z", "Z"}, {"ʒ", "ZH"}, {"e", "EY"}, {"o", "OW"}, {"a", "AA"},
};

int nv__ipa_to_arpabet(const char *ipa, char *out, size_t cap)
{
    size_t o = 0;
    int stress = 0;   /* 0 none yet, 1 primary, 2 secondary for the next vowel */
    out[0] = '\0';
    for (const char *p = ipa; *p;) {
        if (isspace((unsigned char)*p) || *p == '.' || *p == ':' ||
            strncmp(p, "ː", strlen("ː")) == 0) {
            p += *p == ' ' || *p == '.' || *p == ':' ? 1 : strlen("ː");
            continue;
        }
        if (strncmp(p, "ˈ", strlen("ˈ")) == 0) { stress = 1; p += strlen("ˈ"); continue; }
        if (strncmp(p, "ˌ", strlen("ˌ")) == 0) { stress = 2; p += strlen("ˌ"); continue; }
        size_t k = 0;
        for (; k < sizeof ipa_table / sizeof ipa_table[0]; k++)
            if (strncmp(p, ipa_table[k].ipa, strlen(ipa_table[k].ipa)) == 0)
                break;
        if (k == sizeof ipa_table / sizeof ipa_table[0])
            return -1;
        const char *a = ipa_table[k].arpa;
        int id = nv__phone_from_arpabet(a, strlen(a), NULL);
        int digit = -1;
        if (nv__phone_is_vowel(id) || id == NV_PH_AX)
            digit = strcmp(ipa_table[k].ipa, "ə") == 0 ? 0 : stress ? (stress == 1 ? 1 : 2) : 0;
        int w = snprintf(out + o, cap - o, "%s%s", o ? " " : "", a);
        if (w < 0 || (size_t)w >= cap - o)
            return -1;
        o += (size_t)w;
        if (digit >= 0) {
            if (o + 2 >= cap)
                return -1;
            out[o++] = (char)('0' + digit);
            out[o] = '\0';
            stress = 0;
        }
        p += strlen(ipa_table[k].ipa);
    }
    return o ? 0 : -1;
}

/* Check an x-arpabet string: known phones, stress digits only on vowels. */
int nv__arpabet_ok(const char *ph)
{
    int n = 0;
    for (const char *p = ph; *p;) {
        while (*p == ' ')
            p++;
        const char *b = p;
        while (*p && *p != ' ')
            p++;
        if (p == b)
            break;
        if (nv__phone_from_arpabet(b, (size_t)(p - b), NULL) < 0)
            return 0;
        n++;
    }
    return n > 0;
}
