/* phones.c - names and classes of the radio phone set (see phones.h). */
#include "phones.h"

#include <ctype.h>
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
