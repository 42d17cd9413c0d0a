/* words.c - the dispatcher for one piece of text, and the readers for words,
 * compounds and anything else.
 *
 * Reads: a token's text (or a part of it). Writes: words through the readers in
 * the other files, or directly for hyphen and slash compounds ("economy-oriented",
 * "10-15", "and/or", "3-1/2"), dotted abbreviations ("U.S", "Ph.D", "amazon.com"),
 * web addresses ("http: //x.org/a"), phone numbers, digit groups joined by periods
 * ("1.1.3" one dot one dot three), day ranges next to a month ("May 1-5"), "No.1",
 * and the fallback that reads any other mixture ("B2B", "AT&T", "#1", "C212",
 * junk) as its runs of letters, digits and symbols. Pieces are split at most
 * twice (hyphen, then slash), so the recursion is bounded.
 */
#include "nrm.h"

#include <string.h>

/* Top-level domains read after "dot". spell: read letter by letter. */
static const struct tld {
    const char *name;
    int spell;
} tlds[] = {
    { "com", 0 }, { "org", 0 }, { "net", 0 }, { "gov", 0 }, { "edu", 1 }, { "io", 1 },
    { "uk", 1 }, { "us", 1 }, { "ca", 1 }, { "de", 1 }, { "fr", 1 }, { "info", 0 },
    { "co", 0 }, { "ai", 1 }, { "tv", 1 }, { "nz", 1 }, { "au", 1 }, { "jp", 1 }, { "ru", 1 },
    { "cn", 1 }, { "nl", 1 }, { "br", 1 }, { "eu", 1 }, { "za", 1 }, { "ch", 1 }, { "se", 1 },
    { "dk", 1 }, { "pl", 1 }, { "mx", 1 }, { "cz", 1 }, { "hk", 1 }, { "sg", 1 },
    { "ly", 1 },
};

/* File name extensions: "index.html" is read "index dot h t m l". */
static const char *const file_exts[] = {
    "html", "htm", "pdf", "json", "txt", "csv", "jpg", "jpeg", "png", "gif", "mp3", "mp4",
    "doc", "docx", "xls", "xlsx", "ppt", "pptx", "exe", "zip", "xml", "svg", "md", "sh", "py",
    "wav", "mov", "avi", "tif", "tiff", "webp", "heic", "log", "tar", "gz", "rar", "apk", "dmg",
    "iso", "bat", "ini", "rtf", "odt", "epub", NULL
};

static const struct tld *find_tld(nrm_span s);
static int all_upper(nrm_span t);

static int has_char(nrm_span t, char ch)
{
    return t.len > 0 && memchr(t.s, ch, t.len) != NULL;
}

/* A hyphen inside the text (not a leading minus sign or a trailing dash). */
static int has_inner_hyphen(nrm_span t)
{
    size_t i;

    for (i = 1; i + 1 < t.len; i++)
        if (t.s[i] == '-')
            return 1;
    return 0;
}

/* 1 if t is letters, apostrophes and periods only (UTF-8 letters included). */
static int is_wordlike(nrm_span t)
{
    size_t i = 0;
    int letters = 0;

    while (i < t.len) {
        unsigned long cp;
        i += nrm_utf8_next(t.s + i, t.len - i, &cp);
        if (nrm_cp_is_letter(cp))
            letters = 1;
        else if (cp != '\'' && cp != '.')
            return 0;
    }
    return letters;
}

/* ---- phone numbers --------------------------------------------------------- */

/* 1 if t is digit groups of a phone number after a country code: 1-202-555-0143,
 * 44-20-7946-0958 (groups of 1 to 4 digits, at least three of them). */
static int read_phone_digits_ok(nrm_span t)
{
    size_t i, groups = 0, run = 0;

    for (i = 0; i <= t.len; i++) {
        if (i < t.len && nrm_is_digit(t.s[i])) {
            run++;
            continue;
        }
        if ((i < t.len && t.s[i] != '-') || run == 0 || run > 4)
            return 0;
        groups++;
        run = 0;
    }
    return groups >= 3;
}

/* 555-1234, 202-555-0143, 1-800-555-0199: read digit by digit. */
static int read_phone(nrm_ctx *c, nrm_span t)
{
    static const char *const shapes[] = { "3-4", "3-3-4", "1-3-3-4", "3-3-4-4", "3/3-4", NULL };
    char shape[16];
    size_t i, n = 0, run = 0;

    if (t.len > 8 && t.s[0] == '+' && nrm_is_digit(t.s[1])) {
        nrm_span rest = { t.s + 1, t.len - 1 };  /* +1-202-555-0143 */
        size_t mark = 0;
        while (mark < rest.len && nrm_is_digit(rest.s[mark]))
            mark++;
        if (mark > 3 || mark == rest.len || rest.s[mark] != '-')
            return 0;
        if (!read_phone_digits_ok(rest))
            return 0;
        nrm_say(c, "plus");
        nrm_say_digits(c, rest);
        return 1;
    }
    for (i = 0; i <= t.len; i++) {
        if (i < t.len && nrm_is_digit(t.s[i])) {
            run++;
            continue;
        }
        if ((i < t.len && t.s[i] != '-' && t.s[i] != '/') || run == 0 || run > 9
            || n + 2 >= sizeof shape)
            return 0;
        shape[n++] = (char)('0' + run);
        if (i < t.len)
            shape[n++] = t.s[i];                /* "202/555-0143" */
        run = 0;
    }
    if (nrm_find((nrm_span){ shape, n }, shapes, 0) < 0)
        return 0;
    nrm_say_digits(c, t);
    return 1;
}

/* 1 if token i is digits only, 1 to max of them. */
static int digit_group(const nrm_ctx *c, size_t i, size_t max)
{
    const nv_ntok *t = nrm_tok(c, i);
    size_t k;

    if (!t || t->len == 0 || t->len > max)
        return 0;
    for (k = 0; k < t->len; k++)
        if (!nrm_is_digit(t->text[k]))
            return 0;
    return 1;
}

/* "+44 (0)20 7946 0958": the trunk zero in parentheses is dialled only from
 * inside the country, so it is not said after a country code. Length of the
 * "0)" that token i starts with ("(0)20"), else 0. */
static size_t trunk_zero(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i);

    return t && t->pre_len == 1 && t->pre[0] == '(' && t->len > 2 && t->text[0] == '0'
        && t->text[1] == ')' && nrm_is_digit(t->text[2]) ? 2 : 0;
}

/* 1 if token i is the trunk zero written apart: "+44 (0) 20 7946 0958". */
static int trunk_zero_alone(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i);

    return t && i > 0 && t->pre_len == 1 && t->pre[0] == '(' && t->len == 1
        && t->text[0] == '0' && t->post_len == 1 && t->post[0] == ')'
        && nrm_tok(c, i - 1)->post_len == 0 && nrm_tok(c, i - 1)->text[0] == '+';
}

/* Digits in token i if it is a group of an international phone number: 1 to
 * 10 digits, or runs of digits joined by hyphens ("123-45-67"); else 0. */
static size_t intl_group(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i);
    size_t k, digits = 0, skip = trunk_zero(c, i);

    if (!t || t->len == 0 || t->len > 12 || (t->pre_len != 0 && !skip)
        || !nrm_is_digit(t->text[0]) || !nrm_is_digit(t->text[t->len - 1]))
        return 0;
    for (k = skip; k < t->len; k++) {
        if (nrm_is_digit(t->text[k]))
            digits++;
        else if (t->text[k] != '-' || t->text[k + 1] == '-')
            return 0;
    }
    return digits <= 10 ? digits : 0;
}

/* Number of digit groups of a phone number written in groups after a country
 * code that token i starts, "+44 20 7946 0958", "+33 1 42 68 53 00", "+91 98765
 * 43210", "+7 495 123-45-67": "+" and 1 to 3 digits, then two or more groups
 * (intl_group), 7 to 13 digits in all; 0 if token i starts none. */
static size_t phone_groups(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i);
    size_t k, n = 0, digits = 0, d;

    if (!t || t->len < 2 || t->len > 4 || t->text[0] != '+' || t->post_len != 0)
        return 0;
    for (k = 1; k < t->len; k++)
        if (!nrm_is_digit(t->text[k]))
            return 0;
    for (k = i + 1; k < c->n_tok && n < 6; k++) {
        const nv_ntok *g = nrm_tok(c, k);
        if (k == i + 1 && trunk_zero_alone(c, k))
            continue;
        if ((d = intl_group(c, k)) == 0)
            break;
        n++;
        digits += d;
        if (g->post_len != 0)
            break;
    }
    return n >= 1 && digits >= 7 && digits <= 13 ? n : 0;
}

/* Number of groups of a phone number written with spaces and no country code
 * that token i starts: "1 800 555 0100", "212 555 0147", and numbers with a
 * leading zero, "020 7946 0000", "0161 496 0000"; 0 if none. The groups are
 * plain digits with nothing between them; thousands written with spaces
 * ("1 000 000") do not end in a group of four. */
static size_t spaced_phone_groups(const nrm_ctx *c, size_t i)
{
    static const unsigned char shapes[][5] = {
        { 4, 1, 3, 3, 4 }, { 3, 3, 3, 4, 0 },  /* count, then the group lengths */
        { 3, 3, 4, 4, 0 }, { 3, 4, 3, 4, 0 }, { 3, 5, 3, 3, 0 }, { 2, 5, 6, 0, 0 },
    };
    size_t k, g;

    for (k = 0; k < sizeof shapes / sizeof shapes[0]; k++) {
        size_t n = shapes[k][0];
        for (g = 0; g < n; g++) {
            const nv_ntok *t = nrm_tok(c, i + g);
            if (!t || t->len != shapes[k][g + 1] || !digit_group(c, i + g, 4 + 2 * (k == 5))
                || t->pre_len != 0 || (g + 1 < n && t->post_len != 0))
                break;
        }
        if (g < n)
            continue;
        /* shapes after the first two are written with a trunk prefix, 0 */
        if (k >= 2 && c->tok[i].text[0] != '0')
            continue;
        if (k == 0 && c->tok[i].text[0] != '1')
            continue;
        return n;
    }
    return 0;
}

/* "+44 20 7946 0958": the country code and each group read digit by digit. */
static int read_spaced_phone(nrm_ctx *c, nrm_span t)
{
    size_t i = c->i_tok, back;

    if (t.s == c->tok[i].text && t.len == c->tok[i].len) {
        if (spaced_phone_groups(c, i)) {
            nrm_say_digits(c, t);               /* "1 800 555 0100" */
            return 1;
        }
        for (back = 1; back <= 3 && back <= i; back++) {
            if (nrm_tok(c, i - back)->post_len != 0)
                break;
            if (spaced_phone_groups(c, i - back) > back) {
                nrm_say_digits(c, t);
                return 1;
            }
        }
    }
    if (phone_groups(c, i)) {
        nrm_say(c, "plus");
        nrm_say_digits(c, (nrm_span){ t.s + 1, t.len - 1 });
        return 1;
    }
    if (t.s != c->tok[i].text || t.len != c->tok[i].len)
        return 0;
    if (trunk_zero_alone(c, i) && phone_groups(c, i - 1))
        return 1;                               /* "(0)": not said */
    if (!intl_group(c, i))
        return 0;
    for (back = 1; back <= 6 && back <= i; back++) {
        const nv_ntok *p = nrm_tok(c, i - back);
        size_t groups;
        if (p->post_len != 0 && !trunk_zero_alone(c, i - back))
            return 0;
        groups = back - (size_t)trunk_zero_alone(c, i - back + 1);   /* "(0)" is no group */
        if (phone_groups(c, i - back) >= groups) {
            nrm_say_digits(c, (nrm_span){ t.s + trunk_zero(c, i), t.len - trunk_zero(c, i) });
            return 1;
        }
        if (!intl_group(c, i - back) && !trunk_zero_alone(c, i - back))
            return 0;
    }
    return 0;
}

/* 1 if t is the local part of a vanity number: three digits and a word in
 * capitals, "273-TALK", "555-HELP". */
static int vanity_local(nrm_span t)
{
    return t.len >= 7 && t.len <= 11 && nrm_is_digit(t.s[0]) && nrm_is_digit(t.s[1])
        && nrm_is_digit(t.s[2]) && t.s[3] == '-' && all_upper((nrm_span){ t.s + 4, t.len - 4 });
}

/* 1 if token i is an area code in parentheses: "(800)". */
static int area_code_token(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i);

    return t && t->len == 3 && t->pre_len > 0 && t->pre[t->pre_len - 1] == '('
        && t->post_len == 1 && t->post[0] == ')' && digit_group(c, i, 3);
}

/* A toll-free code said as it is advertised with a vanity word: 800 eight
 * hundred, 888 eight eight eight. */
static void say_toll_free(nrm_ctx *c, nrm_span code)
{
    if (code.len == 3 && code.s[1] == '0' && code.s[2] == '0') {
        nrm_say(c, nrm_digit_word(code.s[0]));
        nrm_say(c, "hundred");
    } else {
        nrm_say_digits(c, code);
    }
}

/* "(555)555-0143", "(555)-555-0143" as one token (the "(" is in pre); and
 * "(555) 555-0143" as two, of which this reads the area code; before a vanity
 * word, "(800) 273-TALK", a toll-free code is said as advertised. */
static int read_area_code_phone(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *next = nrm_next(c);
    size_t i;

    if (area_code_token(c, c->i_tok) && next && next->pre_len == 0
        && vanity_local(nrm_text(next))) {
        if (t.s[0] == '8')
            say_toll_free(c, t);
        else
            nrm_say_digits(c, t);
        return 1;
    }
    if (cur->pre_len == 0 || cur->pre[cur->pre_len - 1] != '(')
        return 0;
    if (t.len == 3 && nrm_is_digit(t.s[0]) && nrm_is_digit(t.s[1]) && nrm_is_digit(t.s[2])
        && cur->post_len == 1 && cur->post[0] == ')' && next && next->pre_len == 0
        && next->len == 8 && next->text[3] == '-') {
        for (i = 0; i < 8; i++)
            if (i != 3 && !nrm_is_digit(next->text[i]))
                return 0;
        nrm_say_digits(c, t);
        return 1;
    }
    if (t.len < 12 || t.s[3] != ')')
        return 0;
    for (i = 0; i < t.len; i++) {
        char ch = t.s[i];
        if (i == 3 || (i == 4 && ch == '-'))
            continue;
        if (!nrm_is_digit(ch) && ch != '-')
            return 0;
    }
    i = t.s[4] == '-' ? 5 : 4;
    if (t.len - i != 8 || t.s[i + 3] != '-')
        return 0;
    nrm_say_digits(c, t);
    return 1;
}

/* ---- web and e-mail addresses ---------------------------------------------- */

/* Words for the punctuation inside an address. */
static const char *const url_symbols[][2] = {
    { "://", "colon slash slash" }, { ".", "dot" }, { "/", "slash" }, { "-", "dash" },
    { "_", "underscore" }, { ":", "colon" }, { "@", "at" }, { "?", "question mark" },
    { "=", "equals" }, { "&", "ampersand" }, { "#", "hash" }, { "%", "percent" },
    { "~", "tilde" }, { "+", "plus" }, { "\\", "backslash" },
};

/* 1 if t is a web address ("http://...", "www.x.org/...") or an e-mail address
 * ("name@example.com"). */
/* 1 if t is a host name with a known top-level domain followed by a path:
 * "web.archive.org/page", "example.co.nz/news". */
static int is_host_with_path(nrm_span t)
{
    size_t i, dots = 0, label = 0, last = 0;

    for (i = 0; i < t.len && t.s[i] != '/'; i++) {
        if (t.s[i] == '.') {
            if (label == 0)
                return 0;
            dots++;
            label = 0;
            last = i + 1;
        } else if (nrm_is_alpha(t.s[i]) || nrm_is_digit(t.s[i]) || t.s[i] == '-') {
            label++;
        } else {
            return 0;
        }
    }
    return i < t.len && i + 1 < t.len && dots >= 1 && label > 0
        && find_tld((nrm_span){ t.s + last, i - last }) != NULL;
}

/* 1 if t is a host name with a digit, a hyphen or an underscore in it and no
 * path, "abc7.com", "web2.example.net", "my-site.org", "my_site.edu", perhaps
 * with a port, "example.com:8080" (host names of letters only are read_dotted's). */
static int is_host_with_digits(nrm_span t)
{
    size_t i, dots = 0, last = 0, marks = 0, end = t.len;
    int letter = 0;

    for (i = 0; i < t.len; i++)
        if (t.s[i] == ':') {
            size_t k;
            for (k = i + 1; k < t.len && nrm_is_digit(t.s[k]); k++)
                ;
            if (k != t.len || k == i + 1)
                return 0;
            end = i;                            /* ":8080": a port */
            marks++;
            break;
        }
    if (end < 5 || t.s[0] == '.' || t.s[end - 1] == '.')
        return 0;
    for (i = 0; i < end; i++) {
        if (t.s[i] == '.') {
            if (!letter)
                return 0;                       /* every label has a letter: not "1.5.com" */
            dots++;
            last = i + 1;
            letter = 0;
        } else if (nrm_is_digit(t.s[i]) || t.s[i] == '-' || t.s[i] == '_') {
            marks += t.s[i] != '-' || (i > 0 && t.s[i - 1] != '.');   /* "some_school.edu" */
        } else if (nrm_is_alpha(t.s[i])) {
            letter = 1;
        } else {
            return 0;
        }
    }
    return dots >= 1 && marks > 0 && find_tld((nrm_span){ t.s + last, end - last }) != NULL;
}

/* 1 if t is a file path: "/usr/local/bin", "~/Documents", "C:\\Users\\docs"
 * (a root, then at least two names, the first starting with a letter). */
static int is_file_path(nrm_span t)
{
    size_t i = 0, seps = 0;
    char sep = '/';

    if (nrm_has_prefix(t.s, t.len, "~/"))
        i = 1;
    else if (t.len > 3 && nrm_is_alpha(t.s[0]) && t.s[1] == ':' && t.s[2] == '\\')
        i = 2, sep = '\\';
    if (i + 2 >= t.len || t.s[i] != sep
        || !(nrm_is_alpha(t.s[i + 1]) || (t.s[i + 1] == '.' && nrm_is_alpha(t.s[i + 2]))))
        return 0;                               /* "~/.config": a hidden folder */
    for (; i < t.len; i++) {
        if (t.s[i] == sep)
            seps++;
        else if (!(nrm_is_alpha(t.s[i]) || nrm_is_digit(t.s[i]) || strchr("._-", t.s[i])))
            return 0;
    }
    return seps >= 2 || sep == '\\' || t.s[0] == '~';
}

/* 1 if t is a file name: a name of letters, digits, "_" and "-", a period and
 * a known extension in lower case or capitals, "data_2024.csv", "video.mp4",
 * "README.md", "Notes.pdf", "index.html"; not "Sept.Doc" or "NoteBook.pdf". */
static int is_file_name(nrm_span t)
{
    size_t i, dot = t.len, marks = 0, letters = 0, caps = 0;
    nrm_span ext;

    for (i = t.len; i > 0; i--)
        if (t.s[i - 1] == '.') {
            dot = i - 1;
            break;
        }
    if (dot == t.len || dot == 0)
        return 0;
    ext = (nrm_span){ t.s + dot + 1, t.len - dot - 1 };
    if (nrm_find(ext, file_exts, 1) < 0 || (nrm_is_upper(ext.s[0]) && !all_upper(ext)))
        return 0;                               /* "report.pdf", "SCAN.PDF"; not "end.Doc" */
    for (i = 0; i < dot; i++) {
        if (nrm_is_alpha(t.s[i])) {
            letters++;
            caps += nrm_is_upper(t.s[i]);
        } else if (nrm_is_digit(t.s[i]) || t.s[i] == '_' || t.s[i] == '-') {
            marks++;
        } else {
            return 0;
        }
    }
    return letters > 0 && (marks > 0 || nrm_is_lower(t.s[0]) || caps == 1
                           || (caps == letters && caps >= 3));
}

static int is_address(nrm_span t)
{
    size_t i, at = t.len;

    for (i = 0; i + 3 <= t.len; i++)
        if (memcmp(t.s + i, "://", 3) == 0)
            return i > 0;
    if (t.len > 6 && nrm_has_prefix(t.s, t.len, "//") && is_address((nrm_span){ t.s + 2, t.len - 2 }))
        return 1;                               /* "http: //www.x.com": the part after the space */
    if (is_host_with_path(t))
        return 1;                               /* web.archive.org/2013 */
    if (is_host_with_digits(t))
        return 1;                               /* abc7.com */
    if (is_file_path(t))
        return 1;                               /* /usr/local/bin */
    if (is_file_name(t))
        return 1;                               /* data_2024.csv */
    if (t.len > 4 && nrm_has_prefix(t.s, t.len, "www."))
        return 1;
    if (t.len > 4 && (nrm_has_prefix(t.s, t.len, "WWW.")))
        return 1;
    for (i = 1; i < t.len; i++)
        if (t.s[i] == '@' && (nrm_is_alpha(t.s[i - 1]) || nrm_is_digit(t.s[i - 1])
                              || t.s[i - 1] == '_')) {
            at = i;                             /* name@, info98@, j_doe@ */
            break;
        }
    for (i = at + 1; i + 1 < t.len; i++)
        if (t.s[i] == '.' && nrm_is_alpha(t.s[i + 1]) && i > at + 1)
            return 1;
    return 0;
}

/* Reads an address: letters as words (or spelled when short codes: "www",
 * "http", country domains), digits one by one, punctuation by name. */
static void read_address(nrm_ctx *c, nrm_span t)
{
    size_t i = 0, k;
    int scheme = 1;

    while (i < t.len && c->rc == 0) {
        size_t j = i;
        if (nrm_is_digit(t.s[i])) {
            while (j < t.len && nrm_is_digit(t.s[j]))
                j++;
            nrm_say_code(c, (nrm_span){ t.s + i, j - i });
            i = j;
            continue;
        }
        if (nrm_is_alpha(t.s[i]) || (unsigned char)t.s[i] >= 0x80) {
            nrm_span w;
            const struct tld *d;
            while (j < t.len && (nrm_is_alpha(t.s[j]) || (unsigned char)t.s[j] >= 0x80))
                j++;
            w = (nrm_span){ t.s + i, j - i };
            d = i > 0 && t.s[i - 1] == '.' ? find_tld(w) : NULL;
            if (nrm_ieq(w, "www") || nrm_ieq(w, "http") || nrm_ieq(w, "https")
                || nrm_ieq(w, "ftp") || (d && d->spell)
                || (!d && w.len == 2 && i > 0 && t.s[i - 1] == '.'))  /* ".sm" */
                nrm_spell(c, w);
            else if (d)
                nrm_word(c, w, NULL);
            else if (scheme && j + 3 <= t.len && memcmp(t.s + j, "://", 3) == 0)
                nrm_word(c, w, NULL);        /* "file://" */
            else
                nrm_read_letters(c, w, 0);
            i = j;
            continue;
        }
        scheme = 0;
        for (k = 0; k < sizeof url_symbols / sizeof url_symbols[0]; k++) {
            if (nrm_has_prefix(t.s + i, t.len - i, url_symbols[k][0])) {
                nrm_say(c, url_symbols[k][1]);
                i += strlen(url_symbols[k][0]);
                break;
            }
        }
        if (k == sizeof url_symbols / sizeof url_symbols[0]) {
            unsigned long cp;
            i += nrm_utf8_next(t.s + i, t.len - i, &cp);
        }
    }
}

/* A DOI, "doi:10.1038/415429a" (or "doi: 10.1000/182", written apart): "d o i",
 * the registrant prefix as a decimal (ten point one o three eight), "slash",
 * and the suffix as in an address. 0 if t is none. */
static int read_doi(nrm_ctx *c, nrm_span t, int flags)
{
    const nv_ntok *prev = nrm_prev(c);
    nrm_span id = t;
    size_t i;

    if ((flags & NRM_WHOLE) && nrm_ieq(t, "doi") && nrm_post_has(&c->tok[c->i_tok], ':')
        && nrm_is_numeric(nrm_next(c))) {
        nrm_spell(c, t);                        /* "doi: 10.1000/182" */
        return 1;
    }
    if (t.len > 4 && nrm_ieq((nrm_span){ t.s, 4 }, "doi:")) {
        nrm_spell(c, (nrm_span){ "doi", 3 });
        id = (nrm_span){ t.s + 4, t.len - 4 };
    } else if (!((flags & NRM_WHOLE) && prev && nrm_ieq(nrm_text(prev), "doi")
                 && nrm_eq((nrm_span){ prev->post, prev->post_len }, ":"))) {
        return 0;
    }
    if (id.len > 3 && nrm_has_prefix(id.s, id.len, "10.")) {
        for (i = 3; i < id.len && nrm_is_digit(id.s[i]); i++)
            ;
        if (i > 3 && i + 1 < id.len && id.s[i] == '/') {
            nrm_say_decimal(c, (nrm_span){ id.s, 2 }, (nrm_span){ id.s + 3, i - 3 });
            nrm_say(c, "slash");
            read_address(c, (nrm_span){ id.s + i + 1, id.len - i - 1 });
            return 1;
        }
    }
    read_address(c, id);
    return 1;
}

/* ---- footnote markers: "in 1932.[1]", "[citation needed]" ------------------- */

/* Wikipedia's maintenance tags, which are not read: "[citation needed]",
 * "[when?]" (the question mark dropped). To add one, append it, lower case,
 * words separated by single spaces, before NULL. */
static const char *const footnote_tags[] = {
    "citation needed", "clarification needed", "better source needed", "failed verification",
    "page needed", "pages needed", "full citation needed", "verification needed", "dead link",
    "permanent dead link", "who", "when", "which", "where", "why", "how", "by whom",
    "according to whom", "original research", "unreliable source", "dubious", "dubious discuss",
    "year needed", "specify", "vague", "clarify", "update", "not in citation given",
    "third-party source needed", "non-primary source needed", "self-published source",
    "citation not found", "additional citation needed", "attribution needed",
    "not verified in body", "irrelevant citation", "importance", "sic", NULL
};

/* 1 if s (a bracket's content) is a footnote marker glued to the text before
 * it: "1", "12", "a" (a note), "nb" ... */
static int footnote_mark(nrm_span s)
{
    size_t i;

    if (s.len == 0 || s.len > 3)
        return 0;
    for (i = 0; i < s.len && nrm_is_digit(s.s[i]); i++)
        ;
    if (i == s.len)
        return 1;
    for (i = 0; i < s.len && nrm_is_lower(s.s[i]); i++)
        ;
    return i == s.len && s.len <= 2;
}

/* 1 if tokens from i on, starting with the words of first, make a maintenance
 * tag that closes with "]" in a token's trailing punctuation ("[citation" ...
 * "needed]"); *last gets the tag's last token. */
static int footnote_tag_from(const nrm_ctx *c, size_t i, nrm_span first, size_t *last)
{
    char buf[64];
    size_t n = 0, k;

    for (k = i; k < c->n_tok && k < i + 5; k++) {
        const nv_ntok *t = &c->tok[k];
        nrm_span w = k == i ? first : nrm_text(t);
        size_t j;
        if ((k > i && t->pre_len != 0) || n + w.len + 1 >= sizeof buf || w.len == 0)
            return 0;
        if (n)
            buf[n++] = ' ';
        for (j = 0; j < w.len; j++)
            buf[n++] = nrm_is_upper(w.s[j]) ? (char)(w.s[j] - 'A' + 'a') : w.s[j];
        buf[n] = 0;
        if (t->post_len > 0 && memchr(t->post, ']', t->post_len)) {
            *last = k;
            return nrm_find((nrm_span){ buf, n }, footnote_tags, 0) >= 0;
        }
        if (t->post_len != 0 && !(t->post_len == 1 && t->post[0] == '?'))
            return 0;
    }
    return 0;
}

/* The start of a maintenance tag in token i: the text after its last "[" (or
 * all of it, after a "[" in front); empty if none. */
static nrm_span footnote_tag_start(const nv_ntok *t)
{
    size_t k = t->len;

    while (k > 0 && t->text[k - 1] != '[' && t->text[k - 1] != ']')
        k--;
    if (k > 1 && t->text[k - 1] == '[')
        return (nrm_span){ t->text + k, t->len - k };
    if (k == 0 && t->pre_len > 0 && t->pre[t->pre_len - 1] == '[')
        return nrm_text(t);
    return (nrm_span){ t->text, 0 };
}

/* 1 if the current token continues a maintenance tag opened before it. */
static int in_footnote_tag(const nrm_ctx *c)
{
    size_t j, last;

    for (j = c->i_tok; j > 0 && j + 5 > c->i_tok; j--) {
        const nv_ntok *t = &c->tok[j - 1];
        nrm_span w = footnote_tag_start(t);
        if (t->post_len > 0 && memchr(t->post, ']', t->post_len))
            return 0;
        if (w.len > 0)
            return footnote_tag_from(c, j - 1, w, &last) && last >= c->i_tok;
    }
    return 0;
}

/* Reads the current token without its footnote markers and tags ("1932.[1]"
 * nineteen thirty two; "[citation needed]" nothing); 0 if it has none. */
static int read_footnoted(nrm_ctx *c, nrm_span t, int flags)
{
    const nv_ntok *cur = &c->tok[c->i_tok];
    size_t p, k, last;
    nrm_span w;

    if (!(flags & NRM_WHOLE) || t.s != cur->text || t.len != cur->len)
        return 0;
    if (in_footnote_tag(c))
        return 1;
    w = footnote_tag_start(cur);
    if (w.len > 0 && w.s == cur->text && footnote_tag_from(c, c->i_tok, w, &last))
        return 1;                               /* "[citation needed]" written apart */
    /* glued: "1932.[1]", "disgrace.[12][13]", "sailors[a]", "disputed.[citation" */
    for (p = 1; p < t.len && t.s[p] != '['; p++)
        ;
    if (p >= t.len || !(nrm_is_alpha(t.s[p - 1]) || nrm_is_digit(t.s[p - 1])
                        || strchr(".,;:!?\"')%", t.s[p - 1])))
        return 0;
    for (k = p; k < t.len;) {
        size_t e = k + 1;
        while (e < t.len && t.s[e] != ']' && t.s[e] != '[')
            e++;
        if (t.s[k] != '[')
            return 0;
        if (e < t.len && t.s[e] == ']') {       /* a closed marker inside the token */
            if (!footnote_mark((nrm_span){ t.s + k + 1, e - k - 1 }))
                return 0;
            k = e + 1;
            continue;
        }
        if (e < t.len)
            return 0;
        /* the last one, closed in the trailing punctuation or a later token */
        w = (nrm_span){ t.s + k + 1, e - k - 1 };
        if (!((cur->post_len > 0 && cur->post[0] == ']' && footnote_mark(w))
              || footnote_tag_from(c, c->i_tok, w, &last)))
            return 0;
        break;
    }
    while (p > 0 && strchr(".,;:!?\"')", t.s[p - 1]))
        p--;
    if (p > 0)
        nrm_read_piece(c, (nrm_span){ t.s, p }, flags);
    return 1;
}

/* Book and serial numbers whose groups are read digit by digit, with the check
 * character "X" said as the letter: "ISBN 0-8044-2957-X", "ISSN 1234-567X",
 * "LCCN 78-12345". (An ISBN written without hyphens is left to be read as a
 * number, as the data reads it.) To add a label, append it before NULL. */
static const char *const book_number_labels[] = {
    "ISBN", "ISSN", "LCCN", "eISSN", "ISMN", "ISBN-10", "ISBN-13", NULL
};

static int read_book_number(nrm_ctx *c, nrm_span t, int flags)
{
    const nv_ntok *prev = nrm_prev(c);
    size_t i, digits = 0;
    int hyphen = 0;

    if (!(flags & NRM_WHOLE) || !prev || !(prev->post_len == 0 || nrm_eq((nrm_span){ prev->post,
                                                                        prev->post_len }, ":"))
        || nrm_find(nrm_text(prev), book_number_labels, 0) < 0 || t.len < 4
        || !nrm_is_digit(t.s[0]))
        return 0;
    for (i = 0; i < t.len; i++) {
        if (nrm_is_digit(t.s[i]))
            digits++;
        else if (t.s[i] == '-' && i + 1 < t.len && t.s[i + 1] != '-')
            hyphen = 1;
        else if (!((t.s[i] == 'X' || t.s[i] == 'x') && i == t.len - 1))
            return 0;
    }
    if (digits < 7 || !(hyphen || t.s[t.len - 1] == 'X' || t.s[t.len - 1] == 'x'))
        return 0;
    for (i = 0; i < t.len && c->rc == 0; i++) {
        if (nrm_is_digit(t.s[i]))
            nrm_say_code(c, (nrm_span){ t.s + i, 1 });
        else if (t.s[i] != '-')
            nrm_say(c, "x");
    }
    return 1;
}

/* "pp. 12f", "p. 45ff": a page and the page or pages after it, "twelve and
 * following"; 0 if t is not one. */
static int read_page_following(nrm_ctx *c, nrm_span t, int flags)
{
    static const char *const page_words[] = { "p", "pp", "Pp", "page", "pages", NULL };
    const nv_ntok *prev = nrm_prev(c);
    size_t k = 0;

    if (!(flags & NRM_WHOLE) || !prev || nrm_find(nrm_text(prev), page_words, 0) < 0
        || !(prev->post_len == 0 || (prev->post_len == 1 && prev->post[0] == '.')))
        return 0;
    while (k < t.len && nrm_is_digit(t.s[k]))
        k++;
    if (k == 0 || k > 4 || !(nrm_eq((nrm_span){ t.s + k, t.len - k }, "f")
                             || nrm_eq((nrm_span){ t.s + k, t.len - k }, "ff")))
        return 0;
    nrm_say_int(c, (nrm_span){ t.s, k }, NRM_CARD);
    nrm_say(c, "and following");
    return 1;
}

/* Law reporters and their series, "123 F.3d 456" f third, "F. Supp. 2d"
 * f supp second, "So. 2d" so second: legal style writes the second and third
 * series "2d" and "3d". To add a reporter, append its abbreviation (without its
 * last period) before NULL. */
static const char *const law_reporters[] = {
    "F", "A", "P", "So", "N.E", "N.W", "S.E", "S.W", "Supp", "Ed", "Cal.Rptr", "Cal", "N.Y.S",
    "Wis", "Ill", "Mass", "Pa", NULL
};

static int read_reporter_series(nrm_ctx *c, nrm_span t, int flags)
{
    static const char *const series[][2] = {
        { "2d", "second" }, { "3d", "third" }, { "4th", "fourth" }, { "5th", "fifth" },
    };
    const nv_ntok *prev = nrm_prev(c);
    size_t i, k;

    if (!(flags & NRM_WHOLE))
        return 0;
    for (i = 0; i < sizeof series / sizeof series[0]; i++) {
        size_t n = strlen(series[i][0]);
        if (t.len < n || !nrm_eq((nrm_span){ t.s + t.len - n, n }, series[i][0]))
            continue;
        if (t.len == n) {                       /* "F. Supp. 2d", "So. 2d" */
            if (!prev || !nrm_post_dot(prev) || prev->post_len != 1
                || nrm_find(nrm_text(prev), law_reporters, 0) < 0 || i > 1)
                return 0;
            nrm_say(c, series[i][1]);
            return 1;
        }
        k = t.len - n;                          /* "F.3d", "N.E.2d" */
        if (t.s[k - 1] != '.' || nrm_find((nrm_span){ t.s, k - 1 }, law_reporters, 0) < 0)
            return 0;
        nrm_read_piece(c, (nrm_span){ t.s, k - 1 }, 0);
        nrm_say(c, series[i][1]);
        return 1;
    }
    return 0;
}

/* An arXiv identifier, "arXiv:1706.03762", "arXiv:2101.00001v2" (or written
 * apart after "arXiv:"): "arxiv", the digits one by one around "point", and
 * the version. Old identifiers ("hep-th/9711200") are read as written. 0 if t
 * is none. */
static int read_arxiv(nrm_ctx *c, nrm_span t, int flags)
{
    const nv_ntok *prev = nrm_prev(c);
    nrm_span id = t;
    size_t i, k;

    if (t.len > 6 && nrm_ieq((nrm_span){ t.s, 6 }, "arxiv:")) {
        id = (nrm_span){ t.s + 6, t.len - 6 };
    } else if (!((flags & NRM_WHOLE) && prev && nrm_ieq(nrm_text(prev), "arxiv")
                 && nrm_eq((nrm_span){ prev->post, prev->post_len }, ":"))) {
        return 0;
    }
    for (i = 0; i < id.len && nrm_is_digit(id.s[i]); i++)
        ;
    if (i != 4 || i + 5 > id.len || id.s[i] != '.')
        return 0;
    for (k = i + 1; k < id.len && nrm_is_digit(id.s[k]); k++)
        ;
    if (k - i - 1 < 4 || k - i - 1 > 5
        || !(k == id.len || (id.s[k] == 'v' && k + 1 < id.len && nrm_is_digit(id.s[k + 1]))))
        return 0;
    if (id.s != t.s)
        nrm_say(c, "arxiv");
    nrm_say_code(c, (nrm_span){ id.s, i });
    nrm_say(c, "point");
    nrm_say_code(c, (nrm_span){ id.s + i + 1, k - i - 1 });
    if (k < id.len) {
        nrm_say(c, "version");
        nrm_read_piece(c, (nrm_span){ id.s + k + 1, id.len - k - 1 }, 0);
    }
    return 1;
}

/* "2+1/2", "5+3/4": a whole number and a fraction joined by "+", as reference
 * works write mixed numbers (6 ft 2+1/2 in): two and a half. 0 if t is not one
 * (in an equation "+" is plus). */
static int read_plus_fraction(nrm_ctx *c, nrm_span t)
{
    size_t i = 0, j;

    while (i < t.len && nrm_is_digit(t.s[i]))
        i++;
    if (i == 0 || i > 4 || i + 4 > t.len || t.s[i] != '+' || !nrm_is_digit(t.s[i + 1]))
        return 0;
    for (j = i + 1; j < t.len && nrm_is_digit(t.s[j]); j++)
        ;
    if (j + 1 >= t.len || t.s[j] != '/' || j - i - 1 > 2)
        return 0;
    {
        nrm_span frac = { t.s + i + 1, t.len - i - 1 };
        size_t k;
        for (k = j + 1; k < t.len; k++)
            if (!nrm_is_digit(t.s[k]))
                return 0;
        if (nrm_value((nrm_span){ frac.s, j - i - 1 })
            >= nrm_value((nrm_span){ t.s + j + 1, t.len - j - 1 }))
            return 0;                           /* "2+3/2" is a sum */
        nrm_say_int(c, (nrm_span){ t.s, i }, NRM_CARD);
        nrm_say(c, "and");
        c->mixed = 1;
        if (!nrm_read_fraction(c, frac, 0)) {
            c->mixed = 0;
            nrm_read_piece(c, frac, 0);
        }
        c->mixed = 0;
    }
    return 1;
}

/* ---- compounds ---------------------------------------------------------------- */

static int piece_is_number(nrm_span p)
{
    nrm_num n;
    return nrm_num_parse(p, &n);
}

/* 1 if the current token is a win-loss record in parentheses after a team's
 * name: "the Chiefs (11-2)", "Ohio State (9-1-1)"; every number of one or two
 * digits (years are not records: "Boston (1990-1998)"). */
static int team_record(const nrm_ctx *c)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *prev = nrm_prev(c);
    size_t i, run = 0, groups = 1;

    if (!prev || prev->post_len != 0 || !nrm_is_cap(prev) || cur->pre_len != 1
        || cur->pre[0] != '(' || cur->post_len < 1 || cur->post[0] != ')')
        return 0;
    for (i = 0; i < cur->len; i++) {
        if (nrm_is_digit(cur->text[i])) {
            if (++run > 2)
                return 0;
        } else if (cur->text[i] == '-' && run > 0) {
            run = 0;
            groups++;
        } else {
            return 0;
        }
    }
    return run > 0 && groups >= 2 && groups <= 3;
}

/* 1 if t, of 3 or 4 groups, is small numbers joined by hyphens: a record or
 * a golfer's rounds ("went 10-6-1", "shot 65-68-70"), each group one or two
 * digits with no leading zero; not a date written after "on" ("on 5-3-21"). */
static int small_groups(const nrm_ctx *c, nrm_span t, size_t groups)
{
    static const char *const date_words[] = { "on", "since", "until", "dated", "by", "before",
                                              "after", "from", "till", NULL };
    const nv_ntok *prev = nrm_prev(c);
    size_t i, run = 0;

    if (groups < 3 || groups > 4)
        return 0;
    for (i = 0; i <= t.len; i++) {
        if (i == t.len || t.s[i] == '-') {
            if (run < 1 || run > 2 || (run == 2 && t.s[i - 2] == '0'))
                return 0;
            run = 0;
        } else {
            run++;
        }
    }
    return !(groups == 3 && prev && prev->post_len == 0
             && nrm_find(nrm_text(prev), date_words, 1) >= 0);
}

/* 1 if t is an ordinal written in figures: "5th", "21st", "102nd". */
static int is_ordinal_text(nrm_span t)
{
    static const char *const sfx[] = { "st", "nd", "rd", "th", NULL };
    size_t k = 0;

    while (k < t.len && nrm_is_digit(t.s[k]))
        k++;
    return k > 0 && k <= 3 && nrm_find((nrm_span){ t.s + k, t.len - k }, sfx, 0) >= 0;
}

/* 1 if token i is w ("Law", "L"): with its period if dot, else without one. */
static int tok_is(const nrm_ctx *c, size_t i, const char *w, int dot)
{
    const nv_ntok *t = nrm_tok(c, i);

    return t && nrm_eq(nrm_text(t), w) && (dot ? nrm_post_dot(t) && t->post_len == 1
                                                : t->post_len == 0);
}

/* "Public Law 117-58", "Pub. L. No. 111-148": the number of a law, the
 * Congress and the law's number in it, said as people say them: one seventeen
 * fifty eight (not a range). */
static int read_law_number(nrm_ctx *c, nrm_span t)
{
    const char *dash = memchr(t.s, '-', t.len);
    size_t i = c->i_tok, a, b, k;

    if (!dash || t.s != c->tok[i].text || t.len != c->tok[i].len || i < 2)
        return 0;
    a = (size_t)(dash - t.s);
    b = t.len - a - 1;
    if (a < 2 || a > 3 || b < 1 || b > 4 || t.s[0] == '0' || dash[1] == '0')
        return 0;
    for (k = 0; k < t.len; k++)
        if (k != a && !nrm_is_digit(t.s[k]))
            return 0;
    if (tok_is(c, i - 1, "No", 1) && i >= 3)
        i--;                                    /* "Pub. L. No. 111-148" */
    if (!((tok_is(c, i - 1, "Law", 0) && (tok_is(c, i - 2, "Public", 0)
                                          || tok_is(c, i - 2, "Private", 0)))
          || (tok_is(c, i - 1, "L", 1) && (tok_is(c, i - 2, "Pub", 1)
                                           || tok_is(c, i - 2, "Priv", 1)))))
        return 0;
    nrm_say_pairs(c, (nrm_span){ t.s, a });
    nrm_say_int(c, (nrm_span){ dash + 1, b }, NRM_CARD);
    return 1;
}

/* "v2.0.1", "v3.2", "v14": a version, said "version" (once after the word):
 * version two dot zero dot one, as "version 2.0.1" is read. 0 if t is not one. */
static int read_version(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *prev = nrm_prev(c);
    size_t i;

    if (t.len < 2 || t.s[0] != 'v' || !nrm_is_digit(t.s[1]) || t.s[t.len - 1] == '.')
        return 0;
    for (i = 1; i < t.len; i++)
        if (!nrm_is_digit(t.s[i]) && !(t.s[i] == '.' && nrm_is_digit(t.s[i + 1])))
            return 0;
    if (!(prev && t.s == c->tok[c->i_tok].text && prev->post_len == 0
          && nrm_ieq(nrm_text(prev), "version")))
        nrm_say(c, "version");
    nrm_read_piece(c, (nrm_span){ t.s + 1, t.len - 1 }, 0);
    return 1;
}

/* 978-0-19-960563-7, 0028-0836: three or more groups of digits, or two with a
 * leading zero (not a date or a phone number, tried before), are a serial
 * number, read digit by digit. */
static int read_serial(nrm_ctx *c, nrm_span t)
{
    size_t i, groups = 1, run = 0;
    int lead_zero = 0;

    for (i = 0; i <= t.len; i++) {
        if (i == t.len || (t.s[i] == '-' && i > 0 && i + 1 < t.len && t.s[i + 1] != '-')) {
            /* a group of three or more digits written with a leading zero */
            lead_zero |= run >= 3 && t.s[i - run] == '0';
            groups += i < t.len;
            run = 0;
        } else if (nrm_is_digit(t.s[i])) {
            run++;
        } else {
            return 0;
        }
    }
    /* two groups are a range ("10-15", "2000-01") unless one is a longer
     * group written with a leading zero, as codes are ("0028-0836") */
    if (groups < 3 && !(groups == 2 && lead_zero))
        return 0;
    if (groups == 3 && t.s == c->tok[c->i_tok].text && team_record(c))
        return 0;                               /* (11-2-1): a record */
    if (small_groups(c, t, groups)) {
        for (i = 0; i < t.len && c->rc == 0;) {
            size_t j = i;
            while (j < t.len && t.s[j] != '-')
                j++;
            nrm_say_int(c, (nrm_span){ t.s + i, j - i }, NRM_CARD);
            i = j + 1;
        }
        return 1;
    }
    nrm_say_code(c, t);
    return 1;
}

/* "1.1.3", "192.168.0.1", "987.987.0.40": three or more groups of digits
 * joined by periods (versions, addresses, numbers): each digit, then "dot". */
static int read_dotted_digits(nrm_ctx *c, nrm_span t)
{
    size_t i, groups = 1;

    for (i = 0; i < t.len; i++) {
        if (t.s[i] == '.') {
            if (i == 0 || i + 1 >= t.len || t.s[i + 1] == '.')
                return 0;
            groups++;
        } else if (!nrm_is_digit(t.s[i])) {
            return 0;
        }
    }
    if (groups < 3)
        return 0;
    if ((groups == 3 && t.len == 12 && t.s[3] == '.' && t.s[7] == '.')
        || (groups == 4 && t.len == 14 && t.s[0] == '1' && t.s[1] == '.' && t.s[5] == '.'
            && t.s[9] == '.')) {
        nrm_say_digits(c, t);                   /* 555.123.4567, 1.800.555.0111: a phone */
        return 1;
    }
    for (i = 0; i < t.len && c->rc == 0; i++) {
        if (t.s[i] == '.')
            nrm_say(c, "dot");
        else
            nrm_say(c, nrm_digit_word(t.s[i]));
    }
    return 1;
}

/* "May 1-5": days after a month are ordinals, may first to fifth; before one,
 * "5-7 June", the fifth to the seventh of june. */
static int read_day_range(nrm_ctx *c, nrm_span t)
{
    size_t i = 0, j;
    unsigned long long a, b;

    while (i < t.len && nrm_is_digit(t.s[i]))
        i++;
    if (i == 0 || i > 2 || i + 1 >= t.len || t.s[i] != '-'
        || !(nrm_after_month(c) || nrm_before_month(c)))
        return 0;
    for (j = i + 1; j < t.len; j++)
        if (!nrm_is_digit(t.s[j]))
            return 0;
    if (j - i - 1 > 2)
        return 0;
    a = nrm_value((nrm_span){ t.s, i });
    b = nrm_value((nrm_span){ t.s + i + 1, j - i - 1 });
    if (a < 1 || a >= b || b > 31)
        return 0;
    if (nrm_after_month(c)) {
        nrm_say_value(c, a, NRM_ORD);
        nrm_say(c, nrm_range_word(c, c->i_tok - 1));   /* between May 1-5 */
        nrm_say_value(c, b, NRM_ORD);
        return 1;
    }
    {
        const nv_ntok *prev = nrm_prev(c);      /* "the 3-4 June summit": one "the" */
        if (!(prev && prev->post_len == 0 && nrm_ieq(nrm_text(prev), "the")))
            nrm_say(c, "the");                  /* 5-7 June: the fifth to the seventh of june */
    }
    nrm_say_value(c, a, NRM_ORD);
    nrm_say(c, nrm_range_word(c, c->i_tok));
    nrm_say(c, "the");
    nrm_say_value(c, b, NRM_ORD);
    nrm_say(c, "of");
    return 1;
}

/* 1 if p is a proper fraction with a small denominator: "1/2", "3/4". */
static int is_simple_fraction(nrm_span p)
{
    return p.len == 3 && nrm_is_digit(p.s[0]) && p.s[1] == '/' && nrm_is_digit(p.s[2])
        && p.s[0] != '0' && p.s[0] < p.s[2];
}

/* 1 if part is a run of five or more digits inside a token that has letters
 * too: a serial or code ("MIG-25/235212-asdg", "AB-123456"), read digit by digit. */
static int code_digits_in_serial(const nrm_ctx *c, nrm_span part)
{
    const nv_ntok *cur = &c->tok[c->i_tok];
    size_t i;
    int letter = 0;

    if (part.len < 5)
        return 0;
    for (i = 0; i < part.len; i++)
        if (!nrm_is_digit(part.s[i]))
            return 0;
    for (i = 0; i < cur->len && !letter; i++)
        letter = nrm_is_alpha(cur->text[i]);
    return letter;
}

/* 1 if p is one to four capital letters: the maker's or type's code before a
 * model number ("F-150", "C-130", "DS-101", "VMFA-312"). */
static int model_letters(nrm_span p)
{
    size_t i;

    if (p.len < 1 || p.len > 4)
        return 0;
    for (i = 0; i < p.len; i++)
        if (!nrm_is_upper(p.s[i]))
            return 0;
    return 1;
}

/* Chemical elements, whose isotopes are numbered like models: "uranium-235"
 * uranium two thirty five, "iodine-131". Lower case; capitalised ones match too. */
static const char *const elements[] = {
    "hydrogen", "helium", "lithium", "beryllium", "boron", "carbon", "nitrogen", "oxygen",
    "fluorine", "neon", "sodium", "magnesium", "aluminum", "aluminium", "silicon",
    "phosphorus", "sulfur", "sulphur", "chlorine", "argon", "potassium", "calcium",
    "titanium", "chromium", "manganese", "iron", "cobalt", "nickel", "copper", "zinc",
    "gallium", "germanium", "arsenic", "selenium", "bromine", "krypton", "rubidium",
    "strontium", "yttrium", "zirconium", "niobium", "molybdenum", "technetium", "ruthenium",
    "rhodium", "palladium", "silver", "cadmium", "indium", "tin", "antimony", "tellurium",
    "iodine", "xenon", "cesium", "caesium", "barium", "lanthanum", "cerium", "europium",
    "gadolinium", "tungsten", "iridium", "platinum", "gold", "mercury", "thallium", "lead",
    "bismuth", "polonium", "astatine", "radon", "francium", "radium", "actinium", "thorium",
    "protactinium", "uranium", "neptunium", "plutonium", "americium", "curium",
    "berkelium", "californium", "einsteinium", "fermium", "nobelium", NULL
};

/* 1 if p names what a three-digit number after a hyphen is the model or
 * isotope of, said in pairs: an element ("uranium-235"), or a capitalised name
 * ("Blink-182", "Cessna-172"). */
static int pairs_name(nrm_span p)
{
    size_t i;

    if (nrm_find(p, elements, 1) >= 0)
        return 1;
    if (p.len < 2 || !nrm_is_upper(p.s[0]))
        return 0;
    for (i = 1; i < p.len; i++)
        if (!nrm_is_lower(p.s[i]))
            return 0;
    return 1;
}

/* Symbols of the chemical elements, separated and ended by spaces. */
static const char element_symbols[] =
    " H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga"
    " Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd"
    " Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra"
    " Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm No ";

/* 1 if s[0..len) (1 or 2 letters) is the symbol of an element. */
static int element_symbol(const char *s, size_t len)
{
    char key[5] = { ' ', 0, 0, 0, 0 };

    if (len < 1 || len > 2)
        return 0;
    memcpy(key + 1, s, len);
    key[len + 1] = ' ';
    return strstr(element_symbols, key) != NULL;
}

/* 1 if t is a chemical formula written with symbols in mixed case, "Fe2O3",
 * "CaCO3", "NaCl": element symbols and counts of one or two digits only, with
 * a two-letter symbol and a count, or a metal's symbol and one other ("NaCl",
 * "ZnO"); "HeLa", "CoCo" and "Co2" are not. */
static int mixed_formula(nrm_span t)
{
    size_t i = 0, two = 0, digits = 0, symbols = 0, last_len = 0;

    if (t.len < 3 || t.len > 16 || !nrm_is_upper(t.s[0]))
        return 0;
    while (i < t.len) {
        size_t j = i;
        if (nrm_is_digit(t.s[i])) {
            while (j < t.len && nrm_is_digit(t.s[j]))
                j++;
            if (j - i > 2 || t.s[i] == '0')
                return 0;
            digits++;
        } else {
            if (!nrm_is_upper(t.s[i]))
                return 0;
            j = i + 1;
            if (j < t.len && nrm_is_lower(t.s[j]))
                j++;
            if (!element_symbol(t.s + i, j - i))
                return 0;
            two += j - i == 2;
            symbols++;
            last_len = j - i;
        }
        i = j;
    }
    if (digits)
        return two >= 1 && t.len >= 4;
    /* without counts, a binary salt of a metal: "NaCl", "AgBr", "ZnO", "GaN" */
    return symbols == 2 && two >= 1 && nrm_is_lower(t.s[1])
        && (last_len == 1 || nrm_eq((nrm_span){ t.s + t.len - 2, 2 }, "Cl")
            || nrm_eq((nrm_span){ t.s + t.len - 2, 2 }, "Br"));
}

/* Reads a chemical formula (mixed_formula): symbols spelled, counts as numbers. */
static int read_formula(nrm_ctx *c, nrm_span t)
{
    size_t i = 0;

    if (!mixed_formula(t))
        return 0;
    while (i < t.len && c->rc == 0) {
        size_t j = i + 1;
        if (nrm_is_digit(t.s[i])) {
            while (j < t.len && nrm_is_digit(t.s[j]))
                j++;
            nrm_say_int(c, (nrm_span){ t.s + i, j - i }, NRM_CARD);
        } else {
            nrm_spell(c, (nrm_span){ t.s + i, 1 });
            if (j < t.len && nrm_is_lower(t.s[j]))
                nrm_spell(c, (nrm_span){ t.s + j++, 1 });
        }
        i = j;
    }
    return 1;
}

/* Players' positions and classes, before which "6-4" is a height. */
static const char *const player_nouns[] = {
    "guard", "forward", "center", "centre", "quarterback", "receiver", "lineman",
    "linebacker", "tackle", "end", "pitcher", "outfielder", "infielder", "catcher",
    "shortstop", "swingman", "wing", "point", "shooting", "power", "small", "tight",
    "defensive", "offensive", "wide", "freshman", "sophomore", "junior", "senior",
    "rookie", "forward-center", "big", NULL
};

/* "the 6-4 guard", "a 7-0 center": a player's height in feet and inches, six
 * foot four, seven foot; 0 if t is not one. */
static int read_player_height(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *next = nrm_next(c);
    unsigned ft, in;

    if (t.s != cur->text || t.len != cur->len || cur->post_len != 0 || !next
        || next->pre_len != 0 || nrm_find(nrm_text(next), player_nouns, 1) < 0)
        return 0;
    if (!(t.len == 3 || (t.len == 4 && t.s[2] == '1')) || t.s[0] < '5' || t.s[0] > '7'
        || t.s[1] != '-' || !nrm_is_digit(t.s[2]) || (t.len == 4 && !nrm_is_digit(t.s[3])))
        return 0;
    ft = (unsigned)(t.s[0] - '0');
    in = (unsigned)nrm_value((nrm_span){ t.s + 2, t.len - 2 });
    if (in > 11)
        return 0;
    nrm_say_value(c, ft, NRM_CARD);
    nrm_say(c, "foot");
    if (in > 0)
        nrm_say_value(c, in, NRM_CARD);
    return 1;
}

/* 1 if t is two whole numbers joined by one hyphen: "1-2", "10-12". */
static int number_range_text(nrm_span t)
{
    const char *dash = memchr(t.s, '-', t.len);
    size_t a;

    if (!dash)
        return 0;
    a = (size_t)(dash - t.s);
    return a > 0 && a + 1 < t.len && nrm_is_digit(t.s[0]) && nrm_is_digit(t.s[a + 1])
        && nrm_is_plain_number((nrm_span){ t.s, a })
        && nrm_is_plain_number((nrm_span){ t.s + a + 1, t.len - a - 1 });
}

/* Units written as one letter that end a compound after a number ("the
 * 500-m race", "a 12-V battery"); other letter units are left to the words. */
static const char *const hyphen_letter_units[] = { "m", "g", "L", "W", "V", "h", NULL };

/* "(1066-1087)", "r. 1042-66": a span of years starting before 1100, which a
 * plain number of that size would read as a count; later years are read as
 * years piece by piece. Not before a count noun or unit ("1000-1050 troops"). */
static int read_early_year_range(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *cur = &c->tok[c->i_tok];
    unsigned long long a, b;

    if (t.s != cur->text || t.len != cur->len || (t.len != 9 && t.len != 7) || t.s[4] != '-'
        || !nrm_is_plain_number((nrm_span){ t.s, 4 })
        || !nrm_is_plain_number((nrm_span){ t.s + 5, t.len - 5 }) || t.s[5] == '0')
        return 0;
    a = nrm_value((nrm_span){ t.s, 4 });
    b = nrm_value((nrm_span){ t.s + 5, t.len - 5 });
    if (a <= 1000 || a >= 1100 || (t.len == 9 ? (b <= a || b > 2099) : b <= a % 100)
        || !nrm_year_context(c, 2000))      /* 2000: a year unless a count noun follows */
        return 0;
    nrm_say_year(c, (unsigned)a, NRM_CARD);
    nrm_say(c, nrm_range_word(c, c->i_tok));
    if (t.len == 9)
        nrm_say_year(c, (unsigned)b, NRM_CARD);
    else
        nrm_say_int(c, (nrm_span){ t.s + 5, 2 }, NRM_CARD);
    return 1;
}

/* Words before a span of years whose first year has three digits ("ruled
 * 960-1279"), which is written like a local phone number. Lower case; to add
 * one, append it before NULL. */
static const char *const early_span_words[] = {
    "lived", "ruled", "reigned", "r", "c", "ca", "circa", "fl", "from", "between", "in",
    "during", "dynasty", "era", "period", NULL
};

/* "(980-1037)", "ruled 960-1279", "960-1279 AD": a span of years from a
 * three-digit year to a four-digit one, in parentheses, after a word of
 * early_span_words or before an era; 0 if t is not one. */
static int read_early_span(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *prev = nrm_prev(c);
    unsigned long long a, b;

    if (t.s != cur->text || t.len != cur->len || t.len != 8 || t.s[3] != '-'
        || t.s[0] == '0' || !nrm_is_plain_number((nrm_span){ t.s, 3 })
        || !nrm_is_plain_number((nrm_span){ t.s + 4, 4 }))
        return 0;
    a = nrm_value((nrm_span){ t.s, 3 });
    b = nrm_value((nrm_span){ t.s + 4, 4 });
    if (b < 1000 || b > 2099 || b - a > 500)
        return 0;
    if (!nrm_era_after(c)
        && !(cur->pre_len > 0 && cur->pre[cur->pre_len - 1] == '('
             && cur->post_len > 0 && cur->post[0] == ')')
        && !(prev && (prev->post_len == 0 || nrm_post_dot(prev))
             && nrm_find(nrm_text(prev), early_span_words, 1) >= 0))
        return 0;
    nrm_say_value(c, a, NRM_CARD);
    nrm_say(c, nrm_range_word(c, c->i_tok));
    nrm_say_year(c, (unsigned)b, NRM_CARD);
    return 1;
}

/* "No. 21-476", "Case No. 23-719", "Docket 22-451": a court's docket number,
 * the term's year and the case, said in pairs (twenty one four seventy six), not a range;
 * 0 if t is not one. */
static int read_docket(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok];
    size_t k;

    if (!prev || !((nrm_ieq(nrm_text(prev), "no") && nrm_post_dot(prev) && prev->post_len == 1)
                   || (nrm_ieq(nrm_text(prev), "docket") && prev->post_len == 0))
        || cur->pre_len != 0 || t.s != cur->text || t.len != cur->len || t.len < 6
        || t.len > 8 || !nrm_is_digit(t.s[0]) || t.s[0] == '0' || !nrm_is_digit(t.s[1])
        || t.s[2] != '-')
        return 0;
    for (k = 3; k < t.len; k++)
        if (!nrm_is_digit(t.s[k]))
            return 0;
    nrm_say_int(c, (nrm_span){ t.s, 2 }, NRM_CARD);
    if (t.len == 6 && t.s[3] != '0')
        nrm_say_pairs(c, (nrm_span){ t.s + 3, 3 });
    else if (t.len == 7 && t.s[3] != '0')   /* 22-1079: ten seventy nine */
        nrm_say_year(c, (unsigned)nrm_value((nrm_span){ t.s + 3, 4 }), NRM_CARD);
    else
        nrm_say_int(c, (nrm_span){ t.s + 3, t.len - 3 }, NRM_CARD);
    return 1;
}

/* Numbers joined by punctuation that are said as names, not as ranges or
 * fractions: written form, words. To add one, append a row before the NULL row. */
static const char *const number_names[][2] = {
    { "24-7", "twenty four seven" }, { "24/7/365", "twenty four seven three sixty five" },
    { "24-7-365", "twenty four seven three sixty five" }, { "30-06", "thirty aught six" },
    /* toll-free prefixes: "the 1-800 number" */
    { "1-800", "one eight hundred" }, { "1-888", "one eight eight eight" },
    { "1-877", "one eight seven seven" }, { "1-866", "one eight six six" },
    { "1-855", "one eight five five" }, { "1-844", "one eight four four" },
    { "1-833", "one eight three three" }, { "1-900", "one nine hundred" }, { NULL, NULL }
};

/* Number pairs said as names only before certain words (elsewhere a range or a
 * score): written form, the next word, words. To add one, append a row. */
static const char *const number_names_before[][3] = {
    { "1-2", "punch", "one two" }, { "1-2", "finish", "one two" },
    { "1-2-3", "finish", "one two three" }, { "9-11", "attacks", "nine eleven" },
    { "9-11", "attack", "nine eleven" }, { "9-11", "memorial", "nine eleven" },
    { "9-11", "hijackers", "nine eleven" }, { "9-11", "victims", "nine eleven" },
    { "9-11", "responders", "nine eleven" }, { "9-11", "families", "nine eleven" },
    { NULL, NULL, NULL }
};

/* Words of a sentence about a game, where a hyphen joins the sides of a score
 * ("led 24-7 at halftime"). Lower case; to add one, append it before NULL. */
static const char *const score_words[] = {
    "score", "scored", "scores", "won", "win", "wins", "beat", "beats", "defeated", "lead",
    "leads", "led", "leading", "trailed", "trailing", "victory", "loss", "lost", "halftime",
    "quarter", "rout", "routed", "edged", "touchdown", "touchdowns", "shutout", "draw",
    "drew", "defeat", NULL
};

/* 1 if a word of score_words is in the sentence. */
static int score_sentence(const nrm_ctx *c)
{
    for (size_t i = 0; i < c->n_tok; i++)
        if (nrm_find(nrm_text(&c->tok[i]), score_words, 1) >= 0)
            return 1;
    return 0;
}

/* Reads t if it is a row of number_names (a hyphenated one not in a sentence
 * about a game); 0 if not. */
static int read_number_name(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *next = nrm_next(c);

    for (size_t k = 0; number_names_before[k][0]; k++)
        if (nrm_eq(t, number_names_before[k][0]) && next && c->tok[c->i_tok].post_len == 0
            && nrm_ieq(nrm_text(next), number_names_before[k][1])) {
            nrm_say(c, number_names_before[k][2]);
            return 1;
        }
    for (size_t k = 0; number_names[k][0]; k++)
        if (nrm_eq(t, number_names[k][0])
            && !(memchr(t.s, '-', t.len) && score_sentence(c))) {
            nrm_say(c, number_names[k][1]);
            return 1;
        }
    return 0;
}

/* "won 2-0", "a 1-0 win": in a sentence about a game, a score with a side at
 * zero is said "two nothing", with no "to" (other scores keep it: "won 3-2"
 * three to two). The winner is written first, so only the second side is
 * tested; "0-5" stays a range ("ages 0-5"). Reads t and returns 1, or 0. */
static int read_score_nothing(nrm_ctx *c, nrm_span t)
{
    size_t d = 0;

    while (d < t.len && d < 3 && nrm_is_digit(t.s[d]))
        d++;
    if (d == 0 || d + 2 != t.len || t.s[d] != '-' || t.s[d + 1] != '0'
        || (d > 1 && t.s[0] == '0') || c->math || team_record(c) || !score_sentence(c))
        return 0;
    if (d == 1 && t.s[0] == '0')
        nrm_say(c, "nothing");                  /* a 0-0 draw */
    else
        nrm_say_int(c, (nrm_span){ t.s, d }, NRM_CARD);
    nrm_say(c, "nothing");
    return 1;
}

/* "economy-oriented", "10-year-old", "COVID-19", "10-15" (ten to fifteen);
 * "50-50" has no "to". */
/* 1 if t is a code of three or more parts joined by hyphens with a lone letter
 * among them, "b-c-1-5-b", "1-413-te-b-1-5", or led by capitals, "CVE-2024-3094":
 * its hyphens join, not a range. */
static int letter_code(nrm_span t)
{
    size_t i, start = 0, parts = 0;
    int letter = 0;

    for (i = 0; i <= t.len; i++) {
        if (i < t.len && t.s[i] != '-')
            continue;
        parts++;
        if (i - start == 1 && nrm_is_alpha(t.s[start]))
            letter = 1;
        if (start == 0 && i >= 2 && all_upper((nrm_span){ t.s, i }))
            letter = 1;                         /* "CVE-2024-3094": a prefix of capitals */
        start = i + 1;
    }
    return parts >= 3 && letter;
}

/* Weekdays and their abbreviations, written capitalised, for "Mon.-Fri.". To
 * add a spelling, append { written (no period), the day }. */
static const char *const weekday_names[][2] = {
    { "Monday", "monday" }, { "Tuesday", "tuesday" }, { "Wednesday", "wednesday" },
    { "Thursday", "thursday" }, { "Friday", "friday" }, { "Saturday", "saturday" },
    { "Sunday", "sunday" }, { "Mon", "monday" }, { "Tue", "tuesday" }, { "Tues", "tuesday" },
    { "Wed", "wednesday" }, { "Thu", "thursday" }, { "Thur", "thursday" },
    { "Thurs", "thursday" }, { "Fri", "friday" }, { "Sat", "saturday" }, { "Sun", "sunday" },
};

/* The day a weekday name or abbreviation (with or without its period) stands
 * for; NULL if p is none. */
static const char *weekday_name(nrm_span p)
{
    size_t i;

    if (p.len > 1 && p.s[p.len - 1] == '.')
        p.len--;
    for (i = 0; i < sizeof weekday_names / sizeof weekday_names[0]; i++)
        if (nrm_eq(p, weekday_names[i][0]))
            return weekday_names[i][1];
    return NULL;
}

/* Makers that name an aircraft by a number and its series after a hyphen:
 * "ATR 72-600" seventy two six hundred, not a range. To add one, append it. */
static const char *const series_makers[] = {
    "ATR", "Boeing", "Fokker", "Saab", "Dornier", "Cessna", "Beechcraft", "Learjet",
    "Lockheed", "Antonov", "Ilyushin", "Tupolev", "Yakovlev", "Embraer", NULL
};

/* 1 if t, the whole token, is a model and its series after a maker of
 * series_makers: two runs of digits joined by one hyphen. */
static int model_series(const nrm_ctx *c, nrm_span t)
{
    const nv_ntok *p = nrm_prev(c);
    const char *dash = memchr(t.s, '-', t.len);

    return dash && dash > t.s && t.s == c->tok[c->i_tok].text && t.len == c->tok[c->i_tok].len
        && p && p->post_len == 0 && nrm_find(nrm_text(p), series_makers, 0) >= 0
        && nrm_n_digits(t) == t.len - 1;
}

/* Words a few tokens before a code of digits in two groups, "postal code
 * 34-120", "FIPS code 17-12345": the digits are said one by one, no range. */
static const char *const code_labels[] = { "postal", "postcode", "fips", "zip", NULL };

/* 1 if t, the whole token, is two groups of digits joined by a hyphen, five
 * or more digits in all, within three tokens after a label of code_labels. */
static int labelled_code(const nrm_ctx *c, nrm_span t)
{
    const char *dash = memchr(t.s, '-', t.len);
    size_t k;

    if (!dash || dash == t.s || t.s != c->tok[c->i_tok].text || t.len != c->tok[c->i_tok].len
        || nrm_n_digits(t) != t.len - 1 || t.len < 6)
        return 0;
    for (k = 1; k <= 3 && k <= c->i_tok; k++)
        if (nrm_find(nrm_text(nrm_tok(c, c->i_tok - k)), code_labels, 1) >= 0)
            return 1;
    return 0;
}

/* 1 if prev and part are the two sides of a securities rule's number, "10b-5",
 * "14a-8", "10b5-1", "15c3-3": one or two digits, a lower-case letter (not one
 * of a unit or scale, "5k-10"), perhaps more digits, then one or two digits
 * after the hyphen. Its hyphen joins, not a range. */
static int rule_number(nrm_span prev, nrm_span part)
{
    size_t k = 0;

    while (k < prev.len && nrm_is_digit(prev.s[k]))
        k++;
    if (k == 0 || k > 2 || k >= prev.len || !nrm_is_lower(prev.s[k])
        || strchr("kmhsg", prev.s[k]) || part.len < 1 || part.len > 2)
        return 0;
    for (k++; k < prev.len; k++)
        if (!nrm_is_digit(prev.s[k]))
            return 0;
    for (k = 0; k < part.len; k++)
        if (!nrm_is_digit(part.s[k]))
            return 0;
    return 1;
}

static void read_hyphenated(nrm_ctx *c, nrm_span t)
{
    size_t i = 0;
    int prev_number = 0, vanity = 0, code = letter_code(t) || model_series(c, t);
    nrm_span prev = { t.s, 0 };

    if (labelled_code(c, t)) {
        nrm_say_digits(c, t);                   /* postal code 34-120, as a ZIP code is */
        return;
    }

    if (read_player_height(c, t) || read_docket(c, t) || read_early_year_range(c, t)
        || read_score_nothing(c, t))
        return;
    if (t.len > 6 && nrm_has_prefix(t.s, t.len, "0-for-") && nrm_is_digit(t.s[6])) {
        nrm_say(c, "oh for");                   /* a batter 0-for-3: oh for three */
        nrm_read_piece(c, (nrm_span){ t.s + 6, t.len - 6 }, 0);
        return;
    }

    /* "737-800", "777-300ER", "787-9": a Boeing jetliner and its series, seven
     * thirty seven eight hundred */
    if (t.len >= 5 && t.len <= 10 && t.s[0] == '7' && nrm_is_digit(t.s[1]) && t.s[2] == '7'
        && t.s[3] == '-' && t.s[4] >= '1' && t.s[4] <= '9') {
        size_t d = 4, k;
        while (d < t.len && nrm_is_digit(t.s[d]))
            d++;
        k = d;
        while (k < t.len && nrm_is_upper(t.s[k]))
            k++;
        static const char *const page_words[] = { "p", "pp", "page", "pages", NULL };
        const nv_ntok *p = nrm_prev(c);
        if (k == t.len && !(p && nrm_find(nrm_text(p), page_words, 1) >= 0)
            && (d - 4 == 1 || (d - 4 == 2 && t.s[4] == '1' && t.s[5] == '0')
                || (d - 4 == 3 && t.s[5] == '0' && t.s[6] == '0'))) {
            nrm_say_pairs(c, (nrm_span){ t.s, 3 });
            nrm_say_int(c, (nrm_span){ t.s + 4, d - 4 }, NRM_CARD);
            nrm_spell(c, (nrm_span){ t.s + d, t.len - d });
            return;
        }
    }
    /* "January-March", "Sept.-Oct.": a range of months */
    {
        const char *dash = memchr(t.s, '-', t.len);
        if (dash && dash > t.s && nrm_is_upper(t.s[0]) && dash + 1 < t.s + t.len
            && nrm_is_upper(dash[1])) {
            nrm_span a = { t.s, (size_t)(dash - t.s) }, b = { dash + 1, t.len - a.len - 1 };
            const char *ma, *mb;
            if (a.len > 1 && a.s[a.len - 1] == '.')
                a.len--;
            if (b.len > 1 && b.s[b.len - 1] == '.')
                b.len--;
            if ((ma = nrm_month(a, 1)) != NULL && (mb = nrm_month(b, 1)) != NULL) {
                nrm_say(c, ma);
                nrm_say(c, "to");
                nrm_say(c, mb);
                return;
            }
        }
    }
    /* "Mon.-Fri.", "Tuesday-Saturday": a run of weekdays, said with "through" as
     * in opening hours ("Monday through Friday") */
    {
        const char *dash = memchr(t.s, '-', t.len);
        if (dash && dash > t.s && dash + 1 < t.s + t.len) {
            nrm_span a = { t.s, (size_t)(dash - t.s) }, b = { dash + 1, t.len - a.len - 1 };
            const char *da = weekday_name(a), *db = weekday_name(b);
            if (da && db) {
                nrm_say(c, da);
                nrm_say(c, "through");
                nrm_say(c, db);
                return;
            }
        }
    }
    /* "Jan-15", "Sept-3-2021": a month, its day and perhaps the year, joined by
     * hyphens as on forms and labels; the day 1 to 31, the year 4 digits */
    {
        const char *dash = memchr(t.s, '-', t.len);
        if (dash && dash > t.s && nrm_is_upper(t.s[0])) {
            nrm_span m = { t.s, (size_t)(dash - t.s) };
            const char *full;
            size_t d = 0, rest;
            if (m.len > 1 && m.s[m.len - 1] == '.')
                m.len--;
            rest = t.len - (size_t)(dash + 1 - t.s);
            while (d < rest && d < 3 && nrm_is_digit(dash[1 + d]))
                d++;
            full = nrm_month(m, 1);
            if (full && (d == 1 || d == 2) && nrm_value((nrm_span){ dash + 1, d }) >= 1
                && nrm_value((nrm_span){ dash + 1, d }) <= 31
                && (d == rest || (rest == d + 5 && dash[1 + d] == '-'
                                  && nrm_value((nrm_span){ dash + 2 + d, 4 }) >= 1000
                                  && nrm_is_digit(dash[2 + d]) && nrm_is_digit(dash[3 + d])
                                  && nrm_is_digit(dash[4 + d]) && nrm_is_digit(dash[5 + d])))) {
                nrm_say(c, full);
                nrm_say_value(c, nrm_value((nrm_span){ dash + 1, d }), NRM_ORD);
                if (d < rest)
                    nrm_say_year(c, (unsigned)nrm_value((nrm_span){ dash + 2 + d, 4 }), NRM_CARD);
                return;
            }
        }
    }
    /* "1-800-FLOWERS", "1-800-273-TALK": a toll-free prefix before letters, one
     * eight hundred; the digits before the word are said one by one */
    if (t.len > 6 && nrm_has_prefix(t.s, t.len, "1-8") && nrm_is_digit(t.s[3])
        && nrm_is_digit(t.s[4]) && t.s[5] == '-'
        && (nrm_is_alpha(t.s[6]) || vanity_local((nrm_span){ t.s + 6, t.len - 6 }))) {
        nrm_say(c, "one");
        say_toll_free(c, (nrm_span){ t.s + 2, 3 });
        i = 6;
        prev_number = 0;
        vanity = 1;
    }
    /* "(800) 273-TALK": after an area code, the digits one by one and the word */
    if (vanity_local(t) && c->i_tok > 0 && t.s == c->tok[c->i_tok].text
        && area_code_token(c, c->i_tok - 1)) {
        nrm_say_digits(c, (nrm_span){ t.s, 3 });
        nrm_word(c, (nrm_span){ t.s + 4, t.len - 4 }, NULL);
        return;
    }

    while (i <= t.len && c->rc == 0) {
        size_t j = i;
        nrm_span part;
        int number;

        while (j < t.len && t.s[j] != '-')
            j++;
        part.s = t.s + i;
        part.len = j - i;
        i = j + 1;
        if (part.len == 0)
            continue;
        number = piece_is_number(part);
        if (part.s == c->tok[c->i_tok].text && nrm_roman_value(part) > 0
            && nrm_read_roman(c, part)) {
            prev_number = 0;                    /* "Louis XIV-style", "World War II-era" */
            prev = part;
            continue;
        }
        if (number && prev_number && is_simple_fraction(part)
            && !memchr(prev.s, '/', prev.len)) {     /* "1/4-1/2": a range */
            nrm_say(c, "and");                  /* 3-1/2 three and a half */
            c->mixed = 1;
        }
        else if (number && prev_number && c->math)
            nrm_say(c, "minus");                /* x = 10-2 */
        else if (number && prev_number && team_record(c)) {
            /* the Chiefs (11-2): eleven and two; (11-2-1): eleven two and one */
            if (i >= t.len)
                nrm_say(c, "and");
        }
        else if (number && prev_number && !code && !rule_number(prev, part)
                 && !(part.len == prev.len && memcmp(part.s, prev.s, part.len) == 0))
            nrm_say(c, nrm_range_word(c, c->i_tok));   /* "and" after "between" */
        else if (number && (nrm_eq(prev, "UTC") || nrm_eq(prev, "GMT")))
            nrm_say(c, "minus");                /* UTC-5: a time zone offset */
        else if (prev_number && (nrm_ieq(part, "present") || nrm_ieq(part, "today")))
            nrm_say(c, "to");                   /* 2003-present */
        else if (number && (nrm_ieq(prev, "a.m.") || nrm_ieq(prev, "p.m.") || nrm_ieq(prev, "am")
                            || nrm_ieq(prev, "pm")))
            nrm_say(c, "to");                   /* 3 p.m.-5 p.m. */
        if (vanity && all_upper(part))
            nrm_word(c, part, NULL);            /* 1-800-GOT-JUNK: the letters a word */
        else if (vanity && number)
            nrm_say_digits(c, part);            /* 1-800-273-TALK */
        else if (!number && nrm_title_word(part)
            && (part.s[part.len - 1] == '.'                 /* "Rep.-elect" */
                || (i > t.len && t.s + t.len == c->tok[c->i_tok].text + c->tok[c->i_tok].len
                    && nrm_post_dot(&c->tok[c->i_tok]) && nrm_is_cap(nrm_next(c)))))
                                                    /* "ex-Gov. John" */
            nrm_say(c, nrm_title_word(part));
        else if (number && !prev_number && i > t.len && part.len == 3 && prev.s == t.s
                 && pairs_name(prev) && nrm_is_digit(part.s[0]) && part.s[0] != '0'
                 && nrm_is_digit(part.s[1]) && nrm_is_digit(part.s[2]))
            nrm_say_pairs(c, part);             /* uranium-235, Blink-182 */
        else if (number && !prev_number && i > t.len && part.len == 5 && prev.s == t.s
                 && pairs_name(prev) && nrm_is_digit(part.s[0]) && part.s[0] != '0'
                 && nrm_is_digit(part.s[1]) && nrm_is_digit(part.s[2])
                 && nrm_eq((nrm_span){ part.s + 3, 2 }, "'s"))
            nrm_say_pairs_form(c, (nrm_span){ part.s, 3 }, NRM_POSS);   /* Blink-182's */
        else if (number && !prev_number && model_letters(prev) && part.len >= 3
            && nrm_is_digit(part.s[0]) && nrm_is_digit(part.s[1]) && nrm_is_digit(part.s[2])
            && (part.len == 3 || (part.len <= 5 && model_letters((nrm_span){ part.s + 3,
                                                                         part.len - 3 })))
            && nrm_value((nrm_span){ part.s, 3 }) % 100 != 0) {
            nrm_say_pairs(c, (nrm_span){ part.s, 3 });   /* F-150 f one fifty, C-130J */
            if (part.len > 3)
                nrm_spell(c, (nrm_span){ part.s + 3, part.len - 3 });
        }
        else if (!prev_number && model_letters(prev) && part.len >= 2
                 && part.len <= 4 && nrm_is_upper(part.s[part.len - 1])
                 && nrm_is_plain_number((nrm_span){ part.s, part.len - 1 })
                 && nrm_is_digit(part.s[0]) && part.s[0] != '0') {
            nrm_say_int(c, (nrm_span){ part.s, part.len - 1 }, NRM_CARD);
            nrm_spell(c, (nrm_span){ part.s + part.len - 1, 1 });   /* I-35W, B-17G */
        }
        else if (prev_number && !number && (nrm_eq(part, "sq") || nrm_eq(part, "sq."))
                 && i < t.len) {
            nrm_say(c, "square");               /* a 1,850-sq.-ft. home: the unit follows */
            prev = part;
            continue;
        }
        else if (prev_number && !number && part.len > 2 && part.s[part.len - 1] == '.'
                 && nrm_unit_find((nrm_span){ part.s, part.len - 1 }, 1) >= 0)
            nrm_say_unit(c, nrm_unit_find((nrm_span){ part.s, part.len - 1 }, 1), 0);
                                                /* a 2-yr.-old roof: two year old */
        else if (prev_number && !number && nrm_unit_find(part, 1) >= 0)
            nrm_say_unit(c, nrm_unit_find(part, 1), 0);   /* a 10-km race: ten kilometer */
        else if (prev_number && i > t.len && nrm_find(part, hyphen_letter_units, 0) >= 0
                 && nrm_unit_find(part, 0) >= 0)
            nrm_say_unit(c, nrm_unit_find(part, 0), 0);   /* the 500-m race, a 60-W bulb */
        else if (prev_number && nrm_eq(part, "in") && i > t.len)
            nrm_say(c, "inch");                 /* a 2-in. pipe */
        else if (code && prev_number && part.len == 4 && nrm_n_digits(part) == 4
                 && part.s[0] != '0' && letter_code(t) && all_upper((nrm_span){ t.s, 2 }))
            nrm_say_year(c, (unsigned)nrm_value(part), NRM_CARD);
                                                /* CVE-2024-3094: thirty ninety four */
        else if (code_digits_in_serial(c, part))
            nrm_say_code(c, part);
        else
            nrm_read_piece(c, part, 0);
        c->mixed = 0;
        prev_number = number;
        prev = part;
    }
    /* "1-2\" of rain", "6-8' seas": a range of inches or feet */
    if (prev_number && t.s == c->tok[c->i_tok].text && t.len == c->tok[c->i_tok].len
        && number_range_text(t)) {
        if (nrm_measure_mark(c, '"'))
            nrm_say(c, "inches");
        else if (nrm_measure_mark(c, '\''))
            nrm_say(c, "feet");
    }
}

/* "and/or", "24/7": the parts, with no word for the slash; a unit after a
 * number or a unit is "per": "280/km2", "$5/lb", "miles/hr". */
/* "4.5/5", "8.5/10": a score with a decimal point is read "out of"; 0 if t is
 * not one. */
static int read_score(nrm_ctx *c, nrm_span t)
{
    nrm_num a, b;
    nrm_span x, y;

    if (!nrm_split_at(t, '/', &x, &y))
        return 0;
    if (!nrm_num_parse(x, &a) || !nrm_num_parse(y, &b) || a.rest.len || b.rest.len
        || a.sign || b.sign || a.cur >= 0 || b.cur >= 0 || a.fp.len == 0 || a.fp.len > 2
        || b.fp.len
        || a.ip.len == 0 || nrm_value(a.ip) >= nrm_value(b.ip) || nrm_n_digits(b.ip) > 3)
        return 0;
    nrm_say_decimal(c, a.ip, a.fp);
    nrm_say(c, "out of");
    nrm_say_int(c, b.ip, NRM_CARD);
    return 1;
}

/* Words before a whole-number rating ("rated it 8/10", "a score of 3/5"), lower
 * case; to add one, append it before NULL. */
static const char *const rating_words[] = {
    "rated", "rating", "ratings", "score", "scored", "scores", "scoring",
    "gave", "give", "gives", "given", "giving", "awarded", "awarding", "awards", "graded",
    "grade", "marks", "verdict", "review", "reviews", NULL
};

/* Nouns after a whole-number rating ("an 83/100 aggregate score"), lower case. */
static const char *const rating_nouns[] = {
    "score", "scores", "rating", "ratings", "grade", "review", "reviews", NULL
};

/* "8/10", "4/5 stars", "10/10": a whole-number rating out of 5, 10, 20 or 100,
 * read "out of" before "stars" or within three words after a rating word. */
static int read_rating(nrm_ctx *c, nrm_span t, int flags)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *next = nrm_next(c);
    unsigned long long a, b;
    nrm_span x, y;
    size_t k;
    int rated = 0;

    if (!(flags & NRM_WHOLE) || !nrm_split_at(t, '/', &x, &y) || cur->pre_len != 0)
        return 0;
    if (nrm_read_short_date(c, t, flags))
        return 1;                               /* "ran on 7/10": a date */
    if (x.len == 0 || x.len > 3 || !nrm_is_plain_number(x) || !nrm_is_plain_number(y)
        || x.s[0] == '0')
        return 0;
    a = nrm_value(x);
    b = nrm_value(y);
    if (a > b || (b != 5 && b != 10 && b != 20 && b != 100))
        return 0;
    if (next && cur->post_len == 0 && (nrm_ieq(nrm_text(next), "stars")
                                       || nrm_ieq(nrm_text(next), "star")))
        rated = 1;
    for (k = 1; !rated && k <= 3 && k <= c->i_tok; k++) {
        const nv_ntok *p = &c->tok[c->i_tok - k];
        if (nrm_find(nrm_text(p), rating_words, 1) >= 0)
            rated = 1;
        if (p->post_len != 0)
            break;
    }
    /* or a rating noun just after it: "an 83/100 aggregate score" */
    for (k = 1; !rated && k <= 2 && c->i_tok + k < c->n_tok; k++) {
        const nv_ntok *p = &c->tok[c->i_tok + k - 1], *q = &c->tok[c->i_tok + k];
        if (p->post_len != 0 || q->pre_len != 0)
            break;
        rated = nrm_find(nrm_text(q), rating_nouns, 1) >= 0;
    }
    if (!rated || (next && cur->post_len == 0 && nrm_ieq(nrm_text(next), "of")))
        return 0;
    nrm_say_value(c, a, NRM_CARD);
    nrm_say(c, "out of");
    nrm_say_value(c, b, NRM_CARD);
    return 1;
}

/* Words that make a sentence about cricket, where "245/6" is a score (runs for
 * wickets) and "5/42" a bowler's figures (wickets for runs). Lower case; to add
 * one, append it before NULL. */
static const char *const cricket_words[] = {
    "cricket", "wicket", "wickets", "innings", "overs", "stumps", "bowled", "bowling",
    "bowler", "bowlers", "batsman", "batsmen", "declared", "odi", "odis", "t20", "t20i",
    "twenty20", "all-rounder", "spinner", "seamer", "powerplay", "wkt", "wkts", "ov", "lbw",
    NULL
};

/* Such words that count only capitalised ("a Test match", not "a blood test"). */
static const char *const cricket_names[] = { "Test", "Tests", NULL };

/* Slashed numbers that are names, never scores: "24/7", "9/11". */
static const char *const slash_names[] = { "24/7", "9/11", "7/11", "7/7", NULL };

/* 1 if a word of cricket_words is in the sentence, also in the possessive
 * ("the bowler's 7/48"), or a batter's innings counted in balls ("a 45-ball 80"). */
static int cricket_sentence(const nrm_ctx *c)
{
    size_t i;

    for (i = 0; i < c->n_tok; i++) {
        nrm_span w = nrm_text(&c->tok[i]);
        if (w.len > 2 && w.s[w.len - 2] == '\'' && w.s[w.len - 1] == 's')
            w.len -= 2;
        if (nrm_find(w, cricket_words, 1) >= 0 || nrm_find(nrm_text(&c->tok[i]), cricket_names, 0) >= 0)
            return 1;
        if (w.len > 5 && nrm_is_digit(w.s[0]) && nrm_has_prefix(w.s + w.len - 5, 5, "-ball")
            && nrm_is_plain_number((nrm_span){ w.s, w.len - 5 }))
            return 1;
    }
    return 0;
}

/* "a 45-ball 80*", "64* off 39": a batter's score marked not out, in a sentence
 * about cricket or before "off" and the balls faced. The asterisk is in post. */
static int read_not_out(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *next = nrm_next(c);

    if (t.s != cur->text || t.len != cur->len || t.len > 3 || !nrm_is_plain_number(t)
        || cur->post_len == 0 || cur->post[0] != '*'
        || (cur->post_len > 1 && cur->post[1] == '*'))
        return 0;
    if (!cricket_sentence(c)
        && !(cur->post_len == 1 && next && nrm_ieq(nrm_text(next), "off")))
        return 0;
    nrm_say_int(c, t, NRM_CARD);
    nrm_say(c, "not out");
    return 1;
}

/* "245/6" two hundred forty five for six, "5/42" five for forty two: a cricket
 * score or bowling figures, in a sentence about cricket (one side at most ten,
 * the wickets); 0 if t is not one. */
static int read_cricket_score(nrm_ctx *c, nrm_span t)
{
    nrm_span a, b;
    unsigned long long va, vb;

    if (!nrm_split_at(t, '/', &a, &b) || t.s != c->tok[c->i_tok].text
        || t.len != c->tok[c->i_tok].len || nrm_find(t, slash_names, 0) >= 0)
        return 0;
    if (a.len == 0 || a.len > 3 || b.len == 0 || b.len > 3 || !nrm_is_plain_number(a)
        || !nrm_is_plain_number(b) || (a.len > 1 && a.s[0] == '0')
        || (b.len > 1 && b.s[0] == '0'))
        return 0;
    va = nrm_value(a);
    vb = nrm_value(b);
    if ((va > 10 && vb > 10) || (va <= 10 && vb <= 10 && va != 0 && vb != 0)
        || !cricket_sentence(c))
        return 0;
    nrm_say_int(c, a, NRM_CARD);
    nrm_say(c, "for");
    nrm_say_int(c, b, NRM_CARD);
    return 1;
}

/* Nouns before "52/57" that make it a place in a count: "lap 52/57" lap fifty
 * two of fifty seven. Lower case. */
static const char *const of_total_before[] = {
    "lap", "hole", "stage", "round", "leg", "heat", "episode", "part", "chapter", NULL
};

/* Plural nouns of things tried and made after "5/9" (also after one word, "5/9
 * break points"): five of nine, not a fraction. Lower case. */
static const char *const of_total_after[] = {
    "attempts", "shots", "points", "passes", "dribbles", "tackles", "kicks", "conversions",
    "penalties", "chances", "saves", "fairways", "greens", "putts", "throws", "serves",
    "duels", "crosses", "headers", "interceptions", "catches", "frames", NULL
};

/* "lap 52/57", "converted 5/9 break points": a count out of a total, "X of Y". */
static int read_of_total(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *prev = nrm_prev(c), *next = nrm_next(c);
    const nv_ntok *after = nrm_tok(c, c->i_tok + 2);
    nrm_span a, b;
    int ok;

    if (!nrm_split_at(t, '/', &a, &b) || t.s != cur->text || t.len != cur->len || cur->pre_len != 0)
        return 0;
    if (a.len == 0 || a.len > 2 || b.len == 0 || b.len > 2 || !nrm_is_plain_number(a)
        || !nrm_is_plain_number(b) || b.s[0] == '0' || nrm_value(a) > nrm_value(b))
        return 0;
    ok = prev && prev->post_len == 0 && nrm_find(nrm_text(prev), of_total_before, 1) >= 0;
    if (!ok && next && cur->post_len == 0 && next->pre_len == 0)
        ok = nrm_find(nrm_text(next), of_total_after, 0) >= 0
             || (next->post_len == 0 && after && after->pre_len == 0
                 && nrm_is_lower(next->text[0])
                 && nrm_find(nrm_text(after), of_total_after, 0) >= 0);
    if (!ok)
        return 0;
    nrm_say_int(c, a, NRM_CARD);
    nrm_say(c, "of");
    nrm_say_int(c, b, NRM_CARD);
    return 1;
}

/* 1 if p is a number with a unit written on it: "3km", "2.5kg". */
static int number_with_unit(nrm_span p)
{
    nrm_num n;

    return nrm_num_parse(p, &n) && n.cur < 0 && n.rest.len > 0 && nrm_unit_find(n.rest, 0) >= 0;
}

/* "120/80 mmHg", "BP 120/80": blood pressure, read "one twenty over eighty". */
static int read_blood_pressure(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *next = nrm_next(c);
    nrm_span a, b;

    if (!nrm_split_at(t, '/', &a, &b) || t.s != c->tok[c->i_tok].text || t.len != c->tok[c->i_tok].len)
        return 0;
    if (a.len < 2 || a.len > 3 || b.len < 2 || b.len > 3 || !nrm_is_plain_number(a)
        || !nrm_is_plain_number(b) || nrm_value(a) <= nrm_value(b))
        return 0;
    int bp = next && c->tok[c->i_tok].post_len == 0 && nrm_eq(nrm_text(next), "mmHg");
    for (size_t k = 1; k <= 3 && k <= c->i_tok && !bp; k++) {
        nrm_span w = nrm_text(nrm_tok(c, c->i_tok - k));
        bp = nrm_eq(w, "BP") || nrm_ieq(w, "pressure")   /* "blood pressure was 145/95" */
             || nrm_ieq(w, "reading") || nrm_ieq(w, "readings");   /* "a reading of 130/80" */
    }
    if (!bp)
        return 0;
    if (a.len == 3)
        nrm_say_pairs(c, a);                    /* 120: one twenty */
    else
        nrm_say_int(c, a, NRM_CARD);
    nrm_say(c, "over");
    nrm_say_int(c, b, NRM_CARD);
    return 1;
}

/* ".300/.400/.500", ".285/.350/.470": a hitter's slash line, three rates said
 * as batting averages are (three hundred, two eighty five); 0 if t is not one. */
static int read_slash_line(nrm_ctx *c, nrm_span t)
{
    size_t k;

    if (t.len != 14)
        return 0;
    for (k = 0; k < 14; k++) {
        char ch = t.s[k];
        if (k % 5 == 0 ? ch != '.' : k % 5 == 4 ? ch != '/' : !nrm_is_digit(ch))
            return 0;
    }
    for (k = 0; k < 3; k++)
        nrm_say_pairs(c, (nrm_span){ t.s + 5 * k + 1, 3 });
    return 1;
}

/* Nouns of time and count written after a slash and an amount ("$15/hour",
 * "$1,850/mo"): the word said after "per", or NULL. */
static const char *per_word(nrm_span p)
{
    static const char *const words[][2] = {
        { "hour", "hour" }, { "day", "day" }, { "week", "week" }, { "wk", "week" },
        { "month", "month" }, { "mo", "month" }, { "year", "year" }, { "night", "night" },
        { "person", "person" }, { "head", "head" }, { "share", "share" },
        { "barrel", "barrel" }, { "bbl", "barrel" }, { "ton", "ton" }, { "tonne", "tonne" },
        { "gallon", "gallon" }, { "ounce", "ounce" }, { "dose", "dose" }, { "unit", "unit" },
        { "dozen", "dozen" }, { "pound", "pound" }, { "kilo", "kilo" }, { "game", "game" },
        { "visit", "visit" }, { "seat", "seat" }, { "ticket", "ticket" }, { "pill", "pill" },
        { "minute", "minute" }, { "min", "minute" }, { "hr", "hour" }, { "yr", "year" },
        { "user", "user" }, { "sqft", "square foot" },
        { "household", "household" }, { "student", "student" }, { "child", "child" },
        { "doz", "dozen" }, { "vehicle", "vehicle" }, { "car", "car" }, { "guest", "guest" },
        { "room", "room" }, { "adult", "adult" }, { "couple", "couple" }, { "serving", "serving" },
        { "bottle", "bottle" }, { "bag", "bag" }, { "class", "class" }, { "session", "session" },
        { "credit", "credit" }, { "member", "member" }, { "employee", "employee" },
    };
    size_t i;

    for (i = 0; i < sizeof words / sizeof words[0]; i++)
        if (nrm_eq(p, words[i][0]))
            return words[i][1];
    return NULL;
}

/* 1 if part is an amount with its currency written after it, "15\xc2\xa2", or in
 * pence, "12p" (*pence set): the amount before "/kWh", "/gal". */
static int amount_before_slash(nrm_span part, int *pence)
{
    nrm_num n;
    size_t used;
    int code;

    if (!nrm_num_parse(part, &n) || n.cur >= 0 || n.sign || n.rest.len == 0)
        return 0;
    *pence = nrm_eq(n.rest, "p");
    return *pence || (nrm_currency_at(n.rest.s, n.rest.len, &used, &code) >= 0
                      && used == n.rest.len);
}

static void read_slashed(nrm_ctx *c, nrm_span t)
{
    size_t i = 0;
    int after_amount = 0, pence = 0;

    if (read_score(c, t) || read_blood_pressure(c, t) || read_slash_line(c, t))
        return;
    /* "5.6 L/100 km": fuel consumption, liters per hundred kilometers (the
     * next token says the kilometers) */
    if ((nrm_eq(t, "L/100") || nrm_eq(t, "l/100")) && t.s == c->tok[c->i_tok].text
        && c->i_tok > 0 && nrm_is_numeric(nrm_prev(c)) && nrm_prev(c)->post_len == 0
        && c->tok[c->i_tok].post_len == 0 && nrm_next(c) && nrm_eq(nrm_text(nrm_next(c)), "km")) {
        nrm_say(c, "liters per hundred");
        return;
    }

    while (i <= t.len && c->rc == 0) {
        size_t j = i;
        nrm_span part;

        while (j < t.len && t.s[j] != '/')
            j++;
        part.s = t.s + i;
        part.len = j - i;
        i = j + 1;
        if (part.len == 0)
            continue;
        if (c->math && part.s > t.s)
            nrm_say(c, "divided by");           /* 6/2=3 */
        if (after_amount && i >= t.len && nrm_eq(part, "sq") && nrm_next(c)
            && c->tok[c->i_tok].post_len == 0 && nrm_unit_find(nrm_text(nrm_next(c)), 1) >= 0) {
            nrm_say(c, "per square");           /* 117/sq mi: the unit is the next token */
            continue;
        }
        if (after_amount && i >= t.len && nrm_is_currency_name(part)) {
            nrm_say(c, "per");                  /* an exchange rate: "\xc2\xa5150/$" per dollar */
            nrm_say_currency_name(c, part);
            continue;
        }
        if (after_amount && nrm_unit_find(part, 0) >= 0) {
            nrm_say(c, "per");                  /* m3/s, km/h: any unit after the slash */
            nrm_say_unit(c, nrm_unit_find(part, 0), 0);
            continue;
        }
        if (i >= t.len && part.s > t.s && (per_word(part) || nrm_unit_find(part, 1) >= 0)
            && (after_amount || (t.s == c->tok[c->i_tok].text && c->i_tok > 0
                                 && nrm_is_numeric(nrm_prev(c)) && nrm_prev(c)->post_len == 0
                                 /* "a 2.4/7 rating/share": a pair of figures counts
                                    nothing, and its words are two names */
                                 && !memchr(nrm_prev(c)->text, '/', nrm_prev(c)->len)))) {
            nrm_say(c, "per");                  /* $15/hour, $1,850/mo, 60 hours/week, */
            if (per_word(part))                 /* 3.5 people/km2 */
                nrm_say(c, per_word(part));
            else
                nrm_say_unit(c, nrm_unit_find(part, 1), 0);
            continue;
        }
        if (part.s == t.s && (nrm_unit_find(part, 1) >= 0
                              || (nrm_unit_find(part, 0) >= 0 && i < t.len
                                  && nrm_unit_find((nrm_span){ t.s + i, t.len - i }, 0) >= 0))
            && c->i_tok > 0
            && nrm_is_numeric(nrm_prev(c)) && nrm_prev(c)->post_len == 0
            && c->tok[c->i_tok].pre_len == 0 && t.s == c->tok[c->i_tok].text) {
            const nv_ntok *p = nrm_prev(c);     /* 10 mg/kg: the unit after the number */
            nrm_say_unit(c, nrm_unit_find(part, 0), !(p->len == 1 && p->text[0] == '1'));
            after_amount = 1;
            continue;
        }
        if (part.s == t.s && i < t.len && amount_before_slash(part, &pence)
            && !memchr(t.s + i, '/', t.len - i)
            && (per_word((nrm_span){ t.s + i, t.len - i })
                || nrm_unit_find((nrm_span){ t.s + i, t.len - i }, 1) >= 0)) {
            nrm_num n;                          /* 15\xc2\xa2/kWh, 12p/kWh: then "per" */
            nrm_num_parse(part, &n);
            if (!pence) {
                nrm_read_piece(c, part, 0);
            } else {
                if (n.fp.len)
                    nrm_say_decimal(c, n.ip, n.fp);
                else
                    nrm_say_int(c, n.ip, NRM_CARD);
                nrm_say(c, n.fp.len == 0 && nrm_eq(n.ip, "1") ? "penny" : "pence");
            }
            after_amount = 1;
            continue;
        }
        if (code_digits_in_serial(c, part))
            nrm_say_code(c, part);
        else
            nrm_read_piece(c, part, 0);
        after_amount = nrm_is_digit(part.s[part.len - 1]) || nrm_unit_find(part, 1) >= 0
                       || number_with_unit(part)    /* 3km/h */
                       || (part.len > 1 && part.s[part.len - 1] == '%'
                           && nrm_is_digit(part.s[0]));     /* 2%/yr */
    }
}

/* ---- dotted words ------------------------------------------------------------ */

/* Next non-empty part of t between periods, from *i; 0 when none is left. */
static int next_dot_part(nrm_span t, size_t *i, nrm_span *part)
{
    while (*i < t.len && t.s[*i] == '.')
        (*i)++;
    if (*i >= t.len)
        return 0;
    part->s = t.s + *i;
    while (*i < t.len && t.s[*i] != '.')
        (*i)++;
    part->len = (size_t)(t.s + *i - part->s);
    return 1;
}

/* Length in letters of the longest part, and the last part. */
static size_t dot_parts(nrm_span t, nrm_span *last, size_t *n_parts)
{
    size_t i = 0, longest = 0;
    nrm_span p;

    *n_parts = 0;
    while (next_dot_part(t, &i, &p)) {
        size_t k = 0, letters = 0;
        while (k < p.len) {
            unsigned long cp;
            k += nrm_utf8_next(p.s + k, p.len - k, &cp);
            letters += cp != '\'';
        }
        if (letters > longest)
            longest = letters;
        *last = p;
        (*n_parts)++;
    }
    return longest;
}

static const struct tld *find_tld(nrm_span s)
{
    size_t i;

    for (i = 0; i < sizeof tlds / sizeof tlds[0]; i++)
        if (nrm_ieq(s, tlds[i].name))
            return &tlds[i];
    return NULL;
}

/* "U.S", "a.m", "Ph.D" spelled; "amazon.com" amazon dot com; "end.Start" as words. */
static void read_dotted(nrm_ctx *c, nrm_span t, int flags)
{
    nrm_span last = { t.s, 0 }, p;
    size_t n_parts, i = 0, k, longest = dot_parts(t, &last, &n_parts);
    int ext = n_parts == 2 && longest > 2 && nrm_find(last, file_exts, 0) >= 0
              && nrm_is_lower(t.s[0]);
    int web = n_parts >= 2 && longest > 2 && (find_tld(last) != NULL || ext);

    if (n_parts == 0)
        return;
    if (n_parts == 1) {
        next_dot_part(t, &i, &p);
        if (t.s[0] == '.' && find_tld(p)) {      /* ".com", ".org" */
            nrm_say(c, "dot");
            if (find_tld(p)->spell)
                nrm_spell(c, p);
            else
                nrm_word(c, p, NULL);
            return;
        }
        nrm_read_letters(c, p, flags);
        return;
    }
    if (longest <= 2) {
        nrm_spell(c, t);
        return;
    }
    for (k = 0; next_dot_part(t, &i, &p) && c->rc == 0; k++) {
        const struct tld *d = web && p.s == last.s ? find_tld(p) : NULL;
        if (web && k > 0)
            nrm_say(c, "dot");
        if (d && d->spell)
            nrm_spell(c, p);
        else if (d)
            nrm_word(c, p, NULL);
        else
            nrm_read_letters(c, p, 0);
    }
}

/* ---- anything else ------------------------------------------------------------- */

/* Length of the run of letters and apostrophes at t.s[i..]. */
static size_t letter_run(nrm_span t, size_t i)
{
    size_t j = i;

    while (j < t.len) {
        unsigned long cp;
        size_t n = nrm_utf8_next(t.s + j, t.len - j, &cp);
        if (!nrm_cp_is_letter(cp) && cp != '\'')
            break;
        j += n;
    }
    return j - i;
}

/* 1 if t is ASCII capitals only. */
static int all_upper(nrm_span t)
{
    size_t i;

    for (i = 0; i < t.len; i++)
        if (!nrm_is_upper(t.s[i]))
            return 0;
    return t.len > 0;
}

/* Reads the number at t.s[i..] (digits, commas, a decimal point); returns its length. */
/* 1 if the number written at t.s + i, followed by rest, is one side of a size
 * joined by "x" or a times sign to another number: "1920x1080", "1280\xc3\x97720". */
static int dimension_side(nrm_span t, size_t i, nrm_span rest)
{
    if ((rest.len >= 2 && rest.s[0] == 'x' && nrm_is_digit(rest.s[1]))
        || (rest.len >= 3 && nrm_has_prefix(rest.s, rest.len, "\xc3\x97") && nrm_is_digit(rest.s[2])))
        return 1;
    return (i >= 2 && t.s[i - 1] == 'x' && nrm_is_digit(t.s[i - 2]))
        || (i >= 3 && nrm_has_prefix(t.s + i - 2, t.len - i + 2, "\xc3\x97")
            && nrm_is_digit(t.s[i - 3]));
}

static size_t read_number_run(nrm_ctx *c, nrm_span t, size_t i)
{
    nrm_span rest = { t.s + i, t.len - i };
    nrm_num n;

    if (!nrm_num_parse(rest, &n) || n.sign || n.cur >= 0)
        return 0;
    if (n.fp.len == 0 && i > 0 && nrm_is_alpha(t.s[i - 1])
        && (nrm_eq(n.rest, "s") || nrm_eq(n.rest, "'s"))) {
        nrm_say_int(c, n.ip, n.rest.len == 1 ? NRM_PLURAL : NRM_POSS);
        return (size_t)(n.rest.s - rest.s) + n.rest.len;   /* MP3s m p threes, U2's */
    }
    if (n.fp.len)
        nrm_say_decimal(c, n.ip, n.fp);
    else if (n.ip.len == 4 && dimension_side(t, i, n.rest))
        nrm_say_int(c, n.ip, NRM_CARD);         /* 1920x1080: a size, not a year */
    else if (n.ip.len == 4 && n.ip.s[0] != '0' && nrm_value(n.ip) >= 1100 && nrm_value(n.ip) <= 2099)
        nrm_say_year(c, (unsigned)nrm_value(n.ip), NRM_CARD);  /* 101(1999) */
    else
        nrm_say_int(c, n.ip, NRM_CARD);
    return (size_t)(n.rest.s - rest.s);
}

/* The words of a hashtag's body t[0..len) (ASCII letters, digits, "_"): split
 * where case changes to upper ("MeToo" me too), before the last capital of a
 * run followed by lower case ("NBAFinals" n b a finals), between letters and
 * digits ("WorldCup2018" world cup twenty eighteen) and at underscores. An
 * all lower-case body is one word ("#nothappy"). */
static void read_hashtag_body(nrm_ctx *c, nrm_span t)
{
    size_t i = 0;

    while (i < t.len && c->rc == 0) {
        size_t j = i + 1;
        if (t.s[i] == '_') {
            i++;
            continue;
        }
        if (nrm_is_digit(t.s[i])) {
            while (j < t.len && nrm_is_digit(t.s[j]))
                j++;
            read_number_run(c, (nrm_span){ t.s + i, j - i }, 0);
            i = j;
            continue;
        }
        if (nrm_is_upper(t.s[i]) && j < t.len && nrm_is_upper(t.s[j])) {
            while (j < t.len && nrm_is_upper(t.s[j]))
                j++;
            if (j < t.len && nrm_is_lower(t.s[j]))
                j--;                            /* "NBAFinals": "NBA" + "Finals" */
        } else {
            while (j < t.len && nrm_is_lower(t.s[j]))
                j++;
        }
        nrm_read_letters(c, (nrm_span){ t.s + i, j - i }, 0);
        i = j;
    }
}

/* A social handle that is the whole piece, "@JaneDoeAP" at jane doe a p: its
 * words split as a hashtag's are ("@nytimes" stays one word); with an
 * underscore or other characters it is left to the symbol table. */
static int read_handle(nrm_ctx *c, nrm_span t)
{
    size_t j, upper = 0;

    if (t.len < 3 || !nrm_is_alpha(t.s[1]))
        return 0;
    for (j = 1; j < t.len; j++) {
        if (!nrm_is_alpha(t.s[j]) && !nrm_is_digit(t.s[j]))
            return 0;
        upper += nrm_is_upper(t.s[j]);
    }
    if (upper < 2)
        return 0;
    if (!(c->i_tok > 0 && nrm_prev(c)->post_len == 0 && nrm_ieq(nrm_text(nrm_prev(c)), "at")))
        nrm_say(c, "at");
    read_hashtag_body(c, (nrm_span){ t.s + 1, t.len - 1 });
    return 1;
}

/* A handle with periods in it, "@jane.doe", "@jdoe.photos": "at", then read as
 * an address is (jane dot doe). */
static int read_dotted_handle(nrm_ctx *c, nrm_span t)
{
    size_t j;
    int dot = 0;

    if (t.len < 4 || !nrm_is_alpha(t.s[1]) || t.s[t.len - 1] == '.')
        return 0;
    for (j = 1; j < t.len; j++) {
        if (t.s[j] == '.')
            dot = 1;
        else if (!nrm_is_alpha(t.s[j]) && !nrm_is_digit(t.s[j]) && t.s[j] != '_')
            return 0;
    }
    if (!dot)
        return 0;
    if (!(c->i_tok > 0 && nrm_prev(c)->post_len == 0 && nrm_ieq(nrm_text(nrm_prev(c)), "at")))
        nrm_say(c, "at");
    read_address(c, (nrm_span){ t.s + 1, t.len - 1 });
    return 1;
}

/* "#1" number one, "#MeToo" hashtag me too, other symbols from the table. */
static size_t read_symbol(nrm_ctx *c, nrm_span t, size_t i)
{
    size_t used = 0;
    const char *w;
    unsigned long cp;

    if (t.s[i] == '#' && i + 1 < t.len && !nrm_is_digit(t.s[i + 1])
        && nrm_is_alpha(t.s[i + 1])) {
        size_t j = i + 1;
        while (j < t.len && (nrm_is_alpha(t.s[j]) || nrm_is_digit(t.s[j]) || t.s[j] == '_'))
            j++;
        if (!(i == 0 && t.s == c->tok[c->i_tok].text && c->i_tok > 0
              && nrm_prev(c)->post_len == 0 && (nrm_ieq(nrm_text(nrm_prev(c)), "hashtag")
                  || nrm_ieq(nrm_text(nrm_prev(c)), "hashtags"))))
            nrm_say(c, "hashtag");              /* "the hashtag #MeToo": one "hashtag" */
        read_hashtag_body(c, (nrm_span){ t.s + i + 1, j - i - 1 });
        return j - i;
    }
    if (t.s[i] == '#' && i == 1 && t.s[0] >= 'A' && t.s[0] <= 'G'
        && (i + 1 == t.len || !(nrm_is_alpha(t.s[i + 1]) || nrm_is_digit(t.s[i + 1])))) {
        nrm_say(c, "sharp");                    /* "C# minor", "F#": a sharp */
        return 1;
    }
    if (t.s[i] == '*' && i > 0 && i + 1 < t.len && nrm_is_digit(t.s[i - 1])
        && nrm_is_digit(t.s[i + 1])) {
        nrm_say(c, "times");                    /* "2*8": a product; a footnote mark follows a word */
        return 1;
    }
    if (c->math && (w = nrm_math_operator((nrm_span){ t.s + i,
                                                  nrm_utf8_next(t.s + i, t.len - i, &cp) }))
                   != NULL) {
        nrm_say(c, w);                          /* "1- 2 = 5": one minus two */
        return nrm_utf8_next(t.s + i, t.len - i, &cp);
    }
    if (t.s[i] == '@' && i == 0 && t.s == c->tok[c->i_tok].text
        && (read_handle(c, t) || read_dotted_handle(c, t)))
        return t.len;
    if (t.s[i] == '@' && i == 0 && t.s == c->tok[c->i_tok].text && i + 1 < t.len
        && nrm_is_alpha(t.s[1]) && c->i_tok > 0 && nrm_prev(c)->post_len == 0
        && nrm_ieq(nrm_text(nrm_prev(c)), "at"))
        return 1;                               /* "follow her at @janedoe": one "at" */
    w = nrm_symbol_words(t.s + i, t.len - i, &used);
    if (w) {
        nrm_say(c, w);
        return used;
    }
    return nrm_utf8_next(t.s + i, t.len - i, &cp);
}

/* A subscript or superscript digit at s: its value 0-9 (*used bytes, *sup 1 for
 * a superscript), or -1. */
static int script_digit(const char *s, size_t len, size_t *used, int *sup)
{
    unsigned long cp;

    *used = nrm_utf8_next(s, len, &cp);
    *sup = 1;
    if (cp == 0xb9)
        return 1;
    if (cp == 0xb2 || cp == 0xb3)
        return (int)(cp - 0xb0);
    if (cp == 0x2070)
        return 0;
    if (cp >= 0x2074 && cp <= 0x2079)
        return (int)(cp - 0x2070);
    *sup = 0;
    if (cp >= 0x2080 && cp <= 0x2089)
        return (int)(cp - 0x2080);
    return -1;
}

/* A run of subscript or superscript digits at t.s[i..] ("CO\xe2\x82\x82", "10\xe2\x81\xb8",
 * "mc\xc2\xb2"): subscripts are read as a number (c o two); superscripts after a
 * number are a power (ten to the power of eight), "\xc2\xb2" and "\xc2\xb3" after a
 * short run of letters squared and cubed; other superscripts (footnote marks)
 * are silent. Returns the bytes read, 0 if none. */
static size_t read_script_digits(nrm_ctx *c, nrm_span t, size_t i)
{
    char digits[16];
    size_t n = 0, j = i, used, letters = 0;
    int sup, first_sup = -1, d, minus = 0;

    /* "10\xe2\x81\xbb\xe2\x81\xb6": a superscript minus before the exponent */
    if (i > 0 && nrm_is_digit(t.s[i - 1]) && nrm_has_prefix(t.s + i, t.len - i, "\xe2\x81\xbb")
        && script_digit(t.s + i + 3, t.len - i - 3, &used, &sup) >= 0 && sup) {
        minus = 1;
        j += 3;
    }
    while (j < t.len && (d = script_digit(t.s + j, t.len - j, &used, &sup)) >= 0
           && (first_sup < 0 || sup == first_sup)) {
        first_sup = sup;
        if (n < sizeof digits)
            digits[n++] = (char)('0' + d);
        j += used;
    }
    if (j == i + 3 * (size_t)minus)
        return 0;
    while (letters < i && nrm_is_alpha(t.s[i - letters - 1]))
        letters++;
    if (!first_sup) {
        nrm_say_int(c, (nrm_span){ digits, n }, NRM_CARD);
    } else if (i > 0 && nrm_is_digit(t.s[i - 1])) {
        nrm_say(c, minus ? "to the power of minus" : "to the power of");
        nrm_say_int(c, (nrm_span){ digits, n }, NRM_CARD);
    } else if (n == 1 && letters >= 1 && letters <= 3 && (digits[0] == '2' || digits[0] == '3')) {
        nrm_say(c, digits[0] == '2' ? "squared" : "cubed");
    }
    return j - i;
}

/* 1 if t starts with a power of ten: "10^23", "10\xe2\x81\xb6". */
static int power_of_ten(nrm_span t)
{
    size_t used;
    int sup;

    if (t.len < 3 || t.s[0] != '1' || t.s[1] != '0')
        return 0;
    if (t.s[2] == '-') {                        /* "10-19" for 10 to the minus 19 */
        size_t i;
        for (i = 3; i < t.len && nrm_is_digit(t.s[i]); i++)
            ;
        return i == t.len && i > 3 && i <= 5;
    }
    return t.s[2] == '^' || (script_digit(t.s + 2, t.len - 2, &used, &sup) >= 0 && sup);
}

/* 1 if every hyphen in t is the minus of an exponent: "10^-9", "1.6\xc3\x9710-19". */
static int exponent_hyphens(nrm_span t)
{
    size_t i;
    int any = 0;

    for (i = 1; i < t.len; i++) {
        if (t.s[i] != '-')
            continue;
        if (!(t.s[i - 1] == '^'
              || (i >= 3 && t.s[i - 1] == '0' && t.s[i - 2] == '1'
                  && (t.s[i - 3] == 'x' || (i >= 4 && nrm_has_prefix(t.s + i - 4, 2, "\xc3\x97"))))))
            return 0;
        any = 1;
    }
    return any;
}

/* Scientific notation with an exponent letter, "1.5e6", "6.02E23", "1e-9": one
 * point five times ten to the power of six. The mantissa must have a decimal
 * point, or the exponent a sign, or be one digit before a lower-case "e"
 * ("3e8"); "5E3" and codes like it stay letters and digits. 0 if t is none. */
static int read_e_notation(nrm_ctx *c, nrm_span t)
{
    size_t i = 0, e, k, sl;
    int point = 0, sign = 0;

    if (t.len > 0 && (t.s[0] == '-' || t.s[0] == '+'))
        i = 1;
    k = sl = i;
    while (i < t.len && (nrm_is_digit(t.s[i]) || (t.s[i] == '.' && !point && i > k))) {
        point |= t.s[i] == '.';
        i++;
    }
    if (i == k || i >= t.len || !nrm_is_digit(t.s[i - 1]) || (t.s[i] != 'e' && t.s[i] != 'E'))
        return 0;
    e = i++;
    if (i < t.len && (t.s[i] == '-' || t.s[i] == '+')) {
        sign = 1;
        i++;
    }
    if (i >= t.len || i + 3 < t.len)
        return 0;
    for (k = i; k < t.len; k++)
        if (!nrm_is_digit(t.s[k]))
            return 0;
    if (!point && !sign && !(t.s[e] == 'e' && e == sl + 1))
        return 0;
    if (t.s[0] == '-')
        nrm_say(c, "minus");
    read_number_run(c, (nrm_span){ t.s + sl, e - sl }, 0);
    nrm_say(c, "times ten to the power of");
    if (sign && t.s[e + 1] == '-')
        nrm_say(c, "minus");
    nrm_say_int(c, (nrm_span){ t.s + i, t.len - i }, NRM_CARD);
    return 1;
}

/* A time zone written as an offset from UTC or GMT, "UTC\xe2\x88\x9205:00",
 * "UTC+5:30", "GMT+1": u t c minus five, u t c plus five thirty; 0 if t is none. */
static int read_utc_offset(nrm_ctx *c, nrm_span t)
{
    static const char *const signs[][2] = {
        { "+", "plus" }, { "-", "minus" }, { "\xe2\x88\x92", "minus" },
        { "\xc2\xb1", "plus or minus" }, { "\xe2\x80\x93", "minus" },
    };
    size_t i = 3, k, h0, h1, m0 = 0, m1 = 0;
    const char *sign = NULL;

    if (t.len < 5 || !(nrm_has_prefix(t.s, t.len, "UTC") || nrm_has_prefix(t.s, t.len, "GMT")))
        return 0;
    for (k = 0; k < sizeof signs / sizeof signs[0] && !sign; k++)
        if (nrm_has_prefix(t.s + i, t.len - i, signs[k][0])) {
            sign = signs[k][1];
            i += strlen(signs[k][0]);
        }
    if (!sign)
        return 0;
    h0 = i;
    while (i < t.len && nrm_is_digit(t.s[i]))
        i++;
    h1 = i;
    if (h1 - h0 < 1 || h1 - h0 > 2)
        return 0;
    if (i < t.len && t.s[i] == ':') {
        m0 = ++i;
        while (i < t.len && nrm_is_digit(t.s[i]))
            i++;
        m1 = i;
        if (m1 - m0 != 2)
            return 0;
    }
    if (i != t.len)
        return 0;
    nrm_spell(c, (nrm_span){ t.s, 3 });
    nrm_say(c, sign);
    nrm_say_value(c, nrm_value((nrm_span){ t.s + h0, h1 - h0 }), NRM_CARD);
    if (m1 > m0 && nrm_value((nrm_span){ t.s + m0, 2 }) != 0)
        nrm_say_value(c, nrm_value((nrm_span){ t.s + m0, 2 }), NRM_CARD);
    return 1;
}

/* A function of its argument, "f(x)", "P(A)", "O(n log n)": the letter, "of",
 * then the argument; "O" is the order of growth, "big o". */
static int read_function_of(nrm_ctx *c, nrm_span t)
{
    if (t.len < 3 || !nrm_is_alpha(t.s[0]) || t.s[1] != '(' || !nrm_is_alpha(t.s[2]))
        return 0;                               /* "Group A(1)" is a label */
    if (nrm_is_lower(t.s[0]) && t.len > 3 && nrm_is_lower(t.s[3]))
        return 0;                               /* "s(he)": letters left out, no function */
    if (t.s[0] == 'O')
        nrm_say(c, "big o");
    else
        nrm_spell(c, (nrm_span){ t.s, 1 });
    nrm_say(c, "of");
    nrm_read_piece(c, (nrm_span){ t.s + 2, t.len - 2 - (t.s[t.len - 1] == ')') }, 0);
    return 1;
}

/* A hexadecimal number, "0x1F", "0xFF00": zero x, then each digit and letter. */
static int read_hex(nrm_ctx *c, nrm_span t)
{
    size_t i;

    if (t.len < 3 || t.len > 18 || t.s[0] != '0' || t.s[1] != 'x')
        return 0;
    for (i = 2; i < t.len; i++) {
        char ch = t.s[i];
        if (!nrm_is_digit(ch) && !(ch >= 'a' && ch <= 'f') && !(ch >= 'A' && ch <= 'F'))
            return 0;
    }
    nrm_say(c, "zero x");
    for (i = 2; i < t.len; i++) {
        if (nrm_is_digit(t.s[i]))
            nrm_say(c, nrm_digit_word(t.s[i]));
        else
            nrm_spell(c, (nrm_span){ t.s + i, 1 });
    }
    return 1;
}

/* An episode code "S02E05", "s1e10": season two episode five; 0 if t is none. */
static int read_episode_code(nrm_ctx *c, nrm_span t)
{
    size_t i = 1, e;

    if (t.len < 4 || (t.s[0] != 'S' && t.s[0] != 's'))
        return 0;
    while (i < t.len && nrm_is_digit(t.s[i]))
        i++;
    if (i < 2 || i > 3 || i >= t.len || (t.s[i] != 'E' && t.s[i] != 'e')
        || nrm_is_upper(t.s[0]) != nrm_is_upper(t.s[i]))
        return 0;
    e = ++i;
    while (i < t.len && nrm_is_digit(t.s[i]))
        i++;
    if (i != t.len || i - e < 1 || i - e > 3)
        return 0;
    nrm_say(c, "season");
    nrm_say_value(c, nrm_value((nrm_span){ t.s + 1, e - 2 }), NRM_CARD);
    nrm_say(c, "episode");
    nrm_say_value(c, nrm_value((nrm_span){ t.s + e, i - e }), NRM_CARD);
    return 1;
}

/* Formats of a release counted in discs: "2\xc3\x97CD", "3\xc3\x97LP". */
static const char *const disc_formats[] = { "CD", "CDs", "LP", "LPs", "DVD", "DVDs", "SACD",
                                            "Blu-ray", NULL };

/* Reads t as runs: letters (as words or spelled), numbers, symbols. */
/* Makers whose models are a letter and three digits said in pairs: "Airbus A380". */
static const char *const aircraft_makers[] = { "Airbus", "Boeing", "Embraer", "Bombardier",
                                               "Sukhoi", "Tupolev", NULL };

/* Model families named by a letter and three digits said in pairs even without
 * the maker's name: the letter and the first digit. Airbus (A220, A330, A350:
 * a three fifty), Embraer (E175: e one seventy five), Gulfstream (G650). To add
 * one, append it before NULL. */
static const char *const pairs_families[] = { "A2", "A3", "E1", "E2", "G4", "G5", "G6",
                                              NULL };

/* 1 if t is a letter and three digits of a family of pairs_families. */
static int pairs_family(nrm_span t)
{
    return t.len >= 4 && nrm_is_upper(t.s[0]) && nrm_is_digit(t.s[1]) && nrm_is_digit(t.s[2])
        && nrm_is_digit(t.s[3]) && (t.len == 4 || !nrm_is_digit(t.s[4]))
        && nrm_find((nrm_span){ t.s, 2 }, pairs_families, 0) >= 0;
}

static void read_runs(nrm_ctx *c, nrm_span t)
{
    size_t i = 0;

    if (t.len > 1 && t.s[0] == '-' && (nrm_is_digit(t.s[1]) || t.s[1] == '.')) {
        nrm_say(c, "minus");    /* -0.004kg */
        i = 1;
    }

    while (i < t.len && c->rc == 0) {
        size_t n = 0;
        if (i + 4 < t.len && nrm_is_digit(t.s[i]) && nrm_is_digit(t.s[i + 1])
            && nrm_is_digit(t.s[i + 2]) && t.s[i + 3] == '(' && nrm_is_lower(t.s[i + 4])
            && (i + 5 == t.len || t.s[i + 5] == ')') && (i == 0 || !nrm_is_digit(t.s[i - 1]))) {
            size_t k;                           /* 401(k), 501(c)(3): four oh one k */
            for (k = i; k < i + 3; k++)
                nrm_say(c, t.s[k] == '0' ? "oh" : nrm_digit_word(t.s[k]));
            i += 3;
            continue;
        }
        if (i > 0 && nrm_is_alpha(t.s[i - 1]) && nrm_is_digit(t.s[i])) {
            size_t j = i, k = i;                /* C212, fm101: a code after letters */
            while (j < t.len && nrm_is_digit(t.s[j]))
                j++;
            while (k > 0 && nrm_is_alpha(t.s[k - 1]))
                k--;
            /* not after a number ("4x100m") */
            if (j - i >= 3 && (k == 0 || !nrm_is_digit(t.s[k - 1]))
                && !(j + 1 < t.len && (t.s[j] == '.' || t.s[j] == ',')
                     && nrm_is_digit(t.s[j + 1]))) {
                nrm_span d = { t.s + i, j - i };
                unsigned long long v = nrm_value(d);
                const nv_ntok *p = nrm_prev(c);
                if (d.len == 4 && v >= 1900 && v <= 2099)
                    nrm_say_year(c, (unsigned)v, NRM_CARD);     /* FY2023 */
                else if (k == 0 && j == t.len && d.len <= 4 && d.s[0] != '0'
                         && t.s == c->tok[c->i_tok].text && p && p->post_len == 0
                         && nrm_ieq(nrm_text(p), "flight")) {
                    if (d.len == 3)                 /* Flight MH370: m h three seventy */
                        nrm_say_pairs(c, d);
                    else
                        nrm_say_year(c, (unsigned)v, NRM_CARD);
                }
                else if (k == 0 && d.len == 3 && d.s[0] != '0' && t.s == c->tok[c->i_tok].text
                         && ((p && p->post_len == 0
                              && nrm_find(nrm_text(p), aircraft_makers, 0) >= 0)
                             || pairs_family(t)))
                    nrm_say_pairs(c, d);            /* Airbus A380: a three eighty */
                else if (d.len == 3 && d.s[0] != '0' && d.s[1] == '0' && d.s[2] == '0')
                    nrm_say_int(c, d, NRM_CARD);    /* H100, G700: h one hundred */
                else
                    nrm_say_code(c, d);
                i = j;
                continue;
            }
        }
        if (i == 0 && t.len > 4 && t.s[0] != '0' && nrm_is_digit(t.s[1]) && nrm_is_digit(t.s[2])
            && nrm_is_digit(t.s[3]) && nrm_is_upper(t.s[4])) {
            nrm_say_year(c, (unsigned)nrm_value((nrm_span){ t.s, 4 }), NRM_CARD);
            i = 4;                              /* a model, "7950X": seventy nine fifty x */
            continue;
        }
        if (nrm_is_digit(t.s[i]) || (t.s[i] == '.' && i + 1 < t.len && nrm_is_digit(t.s[i + 1])))
            n = read_number_run(c, t, i);
        if (n > 0 && i + n < t.len && nrm_is_digit(t.s[i + n - 1])
            && nrm_has_prefix(t.s + i + n, t.len - i - n, "\xc2") && i + n + 1 < t.len
            && (unsigned char)t.s[i + n + 1] >= 0xbc && (unsigned char)t.s[i + n + 1] <= 0xbe) {
            static const char *const mixed[] = { "and a quarter", "and a half",
                                                 "and three quarters" };
            nrm_say(c, mixed[(unsigned char)t.s[i + n + 1] - 0xbc]);   /* 3\xc2\xbd */
            i += n + 2;
            continue;
        }
        if (n > 0 && i + n + 2 < t.len && nrm_is_digit(t.s[i + n - 1])
            && nrm_has_prefix(t.s + i + n, t.len - i - n, "\xe2\x85")
            && (unsigned char)t.s[i + n + 2] >= 0x90 && (unsigned char)t.s[i + n + 2] <= 0x9e) {
            size_t used;                        /* 2\xe2\x85\x93: two and one third */
            const char *w = nrm_symbol_words(t.s + i + n, t.len - i - n, &used);
            nrm_say(c, "and");
            nrm_say(c, w);
            i += n + used;
            continue;
        }
        /* "a 2\xc3\x97CD set", "3\xc3\x97LP": the number of discs; the sign says nothing */
        if (n == 0 && i > 0 && nrm_is_digit(t.s[i - 1])
            && nrm_has_prefix(t.s + i, t.len - i, "\xc3\x97")
            && nrm_find((nrm_span){ t.s + i + 2, t.len - i - 2 }, disc_formats, 0) >= 0) {
            i += 2;
            continue;
        }
        if (n == 0 && !c->math && i > 0 && nrm_is_digit(t.s[i - 1])
            && ((t.s[i] == 'x' && i + 1 < t.len && nrm_is_digit(t.s[i + 1]))
                || (nrm_has_prefix(t.s + i, t.len - i, "\xc3\x97") && i + 2 < t.len
                    && nrm_is_digit(t.s[i + 2])))) {
            nrm_span r;
            n = t.s[i] == 'x' ? 1 : 2;
            r = (nrm_span){ t.s + i + n, t.len - i - n };
            /* 6.02\xc3\x9710^23: a power of ten is multiplied, not a dimension */
            nrm_say(c, power_of_ten(r) ? "times" : "by");
            if (r.len > 3 && r.s[0] == '1' && r.s[1] == '0' && r.s[2] == '-'
                && power_of_ten(r)) {
                nrm_say(c, "ten to the power of minus");  /* 1.6\xc3\x9710-19: the
                                                          superscript lost */
                nrm_say_int(c, (nrm_span){ r.s + 3, r.len - 3 }, NRM_CARD);
                n = t.len - i;
            }
        }
        if (n == 0 && t.s[i] == '^' && i + 2 < t.len && t.s[i + 1] == '-'
            && nrm_is_digit(t.s[i + 2])) {
            size_t j = i + 2;                   /* 10^-9: to the power of minus nine */
            while (j < t.len && nrm_is_digit(t.s[j]))
                j++;
            nrm_say(c, "to the power of minus");
            nrm_say_int(c, (nrm_span){ t.s + i + 2, j - i - 2 }, NRM_CARD);
            n = j - i;
        }
        if (n == 0) {
            n = letter_run(t, i);
            if (n > 0 && i > 0 && nrm_is_digit(t.s[i - 1]) && i + n == t.len
                && !nrm_eq((nrm_span){ t.s + i, n }, "s") && !nrm_eq((nrm_span){ t.s + i, n }, "g")
                && nrm_unit_find((nrm_span){ t.s + i, n }, 0) >= 0)
                nrm_say_unit(c, nrm_unit_find((nrm_span){ t.s + i, n }, 0),
                             !(i == 1 && t.s[0] == '1')     /* 4x100m: the unit at the end */
                             && !(t.s == c->tok[c->i_tok].text && t.len == c->tok[c->i_tok].len
                                  && !(t.len > 1 && t.s[1] == 'x')   /* relays: meters */
                                  && nrm_attributive(c, c->i_tok, c->i_tok)));
            else if (n >= 2 && n <= 3 && all_upper((nrm_span){ t.s + i, n })
                     && !nrm_is_acronym_word((nrm_span){ t.s + i, n })   /* COP28 */
                     && ((i > 0 && nrm_is_digit(t.s[i - 1]))
                         || (i + n < t.len && nrm_is_digit(t.s[i + n]))))
                nrm_spell(c, (nrm_span){ t.s + i, n });   /* H2SO4: s o, not "so" */
            else if (n > 0)
                nrm_read_letters(c, (nrm_span){ t.s + i, n }, 0);
        }
        if (n == 0)
            n = read_script_digits(c, t, i);
        if (n == 0)
            n = read_symbol(c, t, i);
        i += n;
    }
}

/* ---- numbers grouped with spaces ------------------------------------------------ */

/* Number of groups of three digits after token i when it starts a number
 * written with spaces between its thousands, "10 000", "1 250 000" (a space
 * or a non-breaking one); 0 if it starts none. */
static size_t spaced_thousands(const nrm_ctx *c, size_t i)
{
    size_t k, n = 0;

    if (!digit_group(c, i, 3) || nrm_tok(c, i)->post_len != 0 || nrm_tok(c, i)->text[0] == '0')
        return 0;
    if (i > 0 && nrm_tok(c, i)->len == 3 && digit_group(c, i - 1, 3)
        && nrm_tok(c, i - 1)->post_len == 0 && nrm_tok(c, i)->pre_len == 0)
        return 0;                               /* a group inside, not the start */
    for (k = i + 1; n < 4 && (digit_group(c, k, 3) && nrm_tok(c, k)->len == 3) && nrm_tok(c, k)->pre_len == 0; k++) {
        n++;
        if (nrm_tok(c, k)->post_len != 0)
            break;
    }
    return n;
}

/* 1 if token i is a group of three digits continuing such a number. */
static int spaced_thousands_group(const nrm_ctx *c, size_t i)
{
    size_t j = i;

    while (j > 0 && j + 4 > i && (digit_group(c, j, 3) && nrm_tok(c, j)->len == 3) && nrm_tok(c, j)->pre_len == 0
           && digit_group(c, j - 1, 3) && nrm_tok(c, j - 1)->post_len == 0)
        j--;
    return j < i && spaced_thousands(c, j) >= i - j;
}

/* Reads the current token if it is part of a number grouped with spaces: the
 * first group says the whole number, the others nothing. 0 if not one. */
static int read_spaced_thousands(nrm_ctx *c)
{
    size_t n = spaced_thousands(c, c->i_tok), k;
    char buf[NRM_MAX_CARD_DIGITS + 1];
    size_t len = 0;

    if (n == 0)
        return spaced_thousands_group(c, c->i_tok);
    for (k = c->i_tok; k <= c->i_tok + n; k++) {
        const nv_ntok *t = nrm_tok(c, k);
        if (len + t->len > NRM_MAX_CARD_DIGITS)
            return 0;
        memcpy(buf + len, t->text, t->len);
        len += t->len;
    }
    nrm_say_int(c, (nrm_span){ buf, len }, NRM_CARD);
    return 1;
}

/* 1 if t is an amount with a minus sign after its currency, "$-40", "$-3.5":
 * the hyphen is no compound's (quantity.c reads the sign). */
static int minus_after_currency(nrm_span t)
{
    size_t used = 0, i;
    int code = -1;

    if (nrm_currency_at(t.s, t.len, &used, &code) < 0 || used + 2 > t.len || t.s[used] != '-'
        || !nrm_is_digit(t.s[used + 1]))
        return 0;
    for (i = used + 1; i < t.len; i++)
        if (t.s[i] == '-')
            return 0;
    return 1;
}

/* 1 if t is written like a phone number: seven to eleven digits in groups
 * joined by hyphens, periods or a parenthesis. */
static int phone_like(const nv_ntok *t)
{
    size_t k, digits = 0, seps = 0, dots = 0;

    if (!t)
        return 0;
    for (k = 0; k < t->len; k++) {
        if (nrm_is_digit(t->text[k]))
            digits++;
        else if (t->text[k] == '-' || t->text[k] == ')')
            seps++;
        else if (t->text[k] == '.')
            dots++;
        else
            return 0;
    }
    return digits >= 7 && digits <= 11 && (seps > 0 || dots >= 2);   /* not 1.234567 */
}

/* An extension after a phone number: "555-123-4567 x89", "... x 89", "... ext 89":
 * extension eighty nine. 0 if t is not one. */
static int read_extension(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok], *next = nrm_next(c);
    size_t k;

    if (!prev || prev->post_len > 1 || (prev->post_len == 1 && prev->post[0] != ',')
        || cur->pre_len != 0 || !phone_like(prev))
        return 0;
    if ((nrm_eq(t, "x") || nrm_eq(t, "ext") || nrm_eq(t, "Ext")) && cur->post_len == 0 && next
        && next->pre_len == 0 && nrm_is_plain_number(nrm_text(next))) {
        nrm_say(c, "extension");
        return 1;
    }
    if (t.len < 2 || t.len > 6 || t.s[0] != 'x')
        return 0;
    for (k = 1; k < t.len; k++)
        if (!nrm_is_digit(t.s[k]))
            return 0;
    nrm_say(c, "extension");
    if (t.len >= 5)
        nrm_say_digits(c, (nrm_span){ t.s + 1, t.len - 1 });     /* x4321 */
    else
        nrm_say_int(c, (nrm_span){ t.s + 1, t.len - 1 }, NRM_CARD);
    return 1;
}

/* A Reddit forum or user, "r/news", "u/jane_doe": the letter, "slash", and the
 * name as a word, split at capitals, digits and underscores. 0 if t is none. */
static int read_reddit(nrm_ctx *c, nrm_span t)
{
    size_t k;

    if (t.len < 4 || (t.s[0] != 'r' && t.s[0] != 'u') || t.s[1] != '/' || !nrm_is_alpha(t.s[2]))
        return 0;
    for (k = 2; k < t.len; k++)
        if (!(nrm_is_alpha(t.s[k]) || nrm_is_digit(t.s[k]) || t.s[k] == '_'))
            return 0;
    if (nrm_unit_find((nrm_span){ t.s + 2, t.len - 2 }, 1) >= 0
        || nrm_unit_find((nrm_span){ t.s + 2, t.len - 2 }, 0) >= 0)
        return 0;                               /* "r/min": a unit */
    nrm_spell(c, (nrm_span){ t.s, 1 });
    nrm_say(c, "slash");
    nrm_read_piece(c, (nrm_span){ t.s + 2, t.len - 2 }, 0);
    return 1;
}

/* 1 if t is capitals, a hyphen and a number: "I-94", "US-101", "SR-99". */
static int road_name(nrm_span t)
{
    size_t k = 0;

    while (k < t.len && nrm_is_upper(t.s[k]))
        k++;
    if (k == 0 || k > 2 || k + 1 >= t.len || t.s[k] != '-')
        return 0;
    return nrm_is_plain_number((nrm_span){ t.s + k + 1, t.len - k - 1 })
        && nrm_is_digit(t.s[k + 1]);
}

/* "I-94/I-694", "US-1/US-9": two roads joined by a slash, each read on its own
 * (split at the hyphens first, "94/I" would be one piece). */
static int read_road_pair(nrm_ctx *c, nrm_span t)
{
    nrm_span a, b;

    if (!nrm_split_at(t, '/', &a, &b) || !road_name(a) || !road_name(b))
        return 0;
    nrm_read_piece(c, a, 0);
    nrm_read_piece(c, b, 0);
    return 1;
}

/* 1 if t is a credit rating or a school grade with a minus: one to three of the
 * same capital A to D and a hyphen, "BBB-", "A-", "CC-"; not a word cut short
 * before "and" or "or" ("B- and C-class"). */
static int grade_minus(const nrm_ctx *c, nrm_span t)
{
    static const char *const joins[] = { "and", "or", "to", "through", NULL };
    const nv_ntok *next = nrm_next(c);
    size_t i;

    if (t.len < 2 || t.len > 4 || t.s[t.len - 1] != '-' || t.s[0] < 'A' || t.s[0] > 'D')
        return 0;
    for (i = 1; i + 1 < t.len; i++)
        if (t.s[i] != t.s[0])
            return 0;
    return !(next && c->tok[c->i_tok].post_len == 0 && nrm_find(nrm_text(next), joins, 1) >= 0);
}

/* ---- runways ---------------------------------------------------------------- */

/* A runway's designator after "runway": its heading in tens of degrees and the
 * side of a parallel pair, "27L" twenty seven left, "09L/27R" o nine left
 * twenty seven right. Only designators with a side letter: "runway 27" and
 * "18/36" read as numbers anyway. */
static int read_runway(nrm_ctx *c, nrm_span t)
{
    static const char *const runway_words[] = { "runway", "runways", "rwy", NULL };
    static const char sides[] = "LRC";
    static const char *const side_words[] = { "left", "right", "center" };
    size_t i = 0, k, letters = 0;
    int near = 0;

    for (k = 1; k <= 3 && k <= c->i_tok; k++)
        near |= nrm_find(nrm_text(nrm_tok(c, c->i_tok - k)), runway_words, 1) >= 0;
    if (!near || t.s != c->tok[c->i_tok].text || t.len != c->tok[c->i_tok].len)
        return 0;
    while (i < t.len) {                         /* check: NN[LRC] joined by '/' */
        size_t d = i;
        while (d < t.len && nrm_is_digit(t.s[d]))
            d++;
        if (d == i || d - i > 2 || nrm_value((nrm_span){ t.s + i, d - i }) > 36)
            return 0;
        if (d < t.len && strchr(sides, t.s[d]) && t.s[d] != '\0') {
            letters++;
            d++;
        }
        if (d < t.len && t.s[d] != '/')
            return 0;
        i = d + 1;
    }
    if (!letters || t.s[t.len - 1] == '/')
        return 0;
    for (i = 0; i < t.len; i++) {
        size_t d = i;
        while (d < t.len && nrm_is_digit(t.s[d]))
            d++;
        if (t.s[i] == '0')
            nrm_say_code(c, (nrm_span){ t.s + i, d - i });
        else
            nrm_say_int(c, (nrm_span){ t.s + i, d - i }, NRM_CARD);
        if (d < t.len && t.s[d] != '/')
            nrm_say(c, side_words[strchr(sides, t.s[d++]) - sides]);
        i = d;
    }
    return 1;
}

/* ---- dispatch --------------------------------------------------------------- */

/* Whole tokens whose reading depends on the neighbours. */
static int read_in_context(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok], *next = nrm_next(c);
    static const char *const schemes[] = { "http", "https", "ftp", NULL };

    /* "http: //www.x.com", a scheme written apart from its address */
    if (nrm_find(t, schemes, 1) >= 0 && cur->post_len == 1 && cur->post[0] == ':' && next
        && next->pre_len == 0 && is_address(nrm_text(next)) && next->len > 2
        && next->text[0] == '/') {
        nrm_spell(c, t);
        nrm_say(c, "colon");
        return 1;
    }
    static const char *const ampm[] = { "am", "pm", "AM", "PM", NULL };

    if (read_extension(c, t) || nrm_read_canada_post(c, t) || read_runway(c, t))
        return 1;
    if (nrm_read_scale_after_money(c, t) || nrm_read_currency_code(c, t)
        || nrm_read_unit_after_number(c, t)
        || nrm_read_party_state(c, t) || nrm_read_zone(c, t) || nrm_read_postal_state(c, t)
        || nrm_read_compass(c, t)
        || nrm_read_abbrev(c, t) || nrm_read_month_abbrev(c, t) || nrm_read_roman(c, t))
        return 1;
    if (nrm_eq(t, "x") && !c->math && prev && next
        && (prev->post_len == 0 || nrm_eq((nrm_span){ prev->post, prev->post_len }, "'")
            || nrm_eq((nrm_span){ prev->post, prev->post_len }, "\""))   /* 12' x 14' */
        && cur->pre_len == 0
        && cur->post_len == 0 && next->pre_len == 0 && prev->len > 0
        && nrm_is_digit(prev->text[prev->len - 1]) && nrm_is_numeric(next)) {
        nrm_say(c, "by");                       /* 10 x 20 cm */
        return 1;
    }
    if (nrm_find(t, ampm, 0) >= 0 && prev && prev->len > 0 && nrm_is_digit(prev->text[0])) {
        nrm_spell(c, t);                        /* 3 pm */
        return 1;
    }
    return 0;
}

/* Words after which a fiscal period takes "the": "growth in 2Q22". */
static const char *const period_preps[] = {
    "in", "for", "during", "of", "since", "by", "from", "through", "until", "over", "on",
    "to", "than", NULL
};

/* A fiscal quarter or half as written in earnings reports: "2Q22" the second
 * quarter of twenty two, "3Q" third quarter, "1H23" first half of twenty three
 * (a half only with its year: "2H" alone is also a chemical symbol). */
static int read_fiscal_period(nrm_ctx *c, nrm_span t)
{
    static const char *const nth[] = { "first", "second", "third", "fourth" };
    const nv_ntok *prev = nrm_prev(c);

    if (!(t.len == 2 || t.len == 4) || t.s[0] < '1' || (t.len == 4 && (!nrm_is_digit(t.s[2])
                                                                      || !nrm_is_digit(t.s[3]))))
        return 0;
    if (!((t.s[1] == 'Q' && t.s[0] <= '4') || (t.s[1] == 'H' && t.s[0] <= '2' && t.len == 4)))
        return 0;
    if (prev && prev->post_len == 0 && c->tok[c->i_tok].pre_len == 0
        && nrm_find(nrm_text(prev), period_preps, 1) >= 0)
        nrm_say(c, "the");
    nrm_say(c, nth[t.s[0] - '1']);
    nrm_say(c, t.s[1] == 'Q' ? "quarter" : "half");
    if (t.len == 4) {
        nrm_say(c, "of");
        nrm_say_year2(c, (unsigned)nrm_value((nrm_span){ t.s + 2, 2 }));
    }
    return 1;
}

/* 1 if the next word is a solar flare's: "an M5.6 flare" is a flare of class M,
 * said as its letter, not a quake's magnitude. */
static int solar_flare_next(const nrm_ctx *c)
{
    static const char *const flare_words[] = { "flare", "flares", "class", "solar", NULL };
    const nv_ntok *next = nrm_next(c);

    return next && c->tok[c->i_tok].post_len == 0 && nrm_find(nrm_text(next), flare_words, 1) >= 0;
}

/* Phases of a clinical trial run together, "Phase I/II", "Phase 2/3", "Phase
 * 1b/2": each number said in turn ("phase one two"), not a fraction. Each side
 * is 1-4 in figures or Roman numerals, perhaps with a sub-phase letter. */
static int phase_part(nrm_span p, unsigned *v, nrm_span *letter)
{
    size_t k = p.len, i;

    if (k > 1 && (p.s[k - 1] == 'a' || p.s[k - 1] == 'b'))
        k--;
    for (i = 0; i < k && (p.s[i] == 'I' || p.s[i] == 'V'); i++)
        ;
    *letter = (nrm_span){ p.s + k, p.len - k };
    if (k == 1 && p.s[0] >= '1' && p.s[0] <= '4')
        *v = (unsigned)(p.s[0] - '0');
    else if (k >= 1 && k <= 3 && i == k)
        *v = (unsigned)nrm_roman_value((nrm_span){ p.s, k });
    else
        return 0;
    return *v >= 1 && *v <= 4;
}

static int read_trial_phase(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *prev = nrm_prev(c);
    nrm_span a, b, la, lb;
    unsigned va, vb;

    if (!nrm_split_at(t, '/', &a, &b) || !prev || prev->post_len != 0 || !nrm_ieq(nrm_text(prev), "phase")
        || t.s != c->tok[c->i_tok].text)
        return 0;
    if (!phase_part(a, &va, &la) || !phase_part(b, &vb, &lb) || vb <= va)
        return 0;
    nrm_say_value(c, va, NRM_CARD);
    nrm_spell(c, la);
    nrm_say_value(c, vb, NRM_CARD);
    nrm_spell(c, lb);
    return 1;
}

/* "q6h", "q12h": a dose's interval in a prescription, every six hours. */
static int read_dose_interval(nrm_ctx *c, nrm_span t)
{
    if (t.len < 3 || t.len > 4 || t.s[0] != 'q' || t.s[t.len - 1] != 'h'
        || nrm_n_digits(t) != t.len - 2 || t.s[1] == '0')
        return 0;
    nrm_say(c, "every");
    nrm_say_int(c, (nrm_span){ t.s + 1, t.len - 2 }, NRM_CARD);
    nrm_say(c, nrm_eq((nrm_span){ t.s + 1, t.len - 2 }, "1") ? "hour" : "hours");
    return 1;
}

/* Words that make a sentence about golf, where "T-8" is a place shared on the
 * leaderboard. Lower case. */
static const char *const golf_words[] = {
    "golf", "golfer", "golfers", "par", "birdie", "birdies", "birdied", "bogey", "bogeys",
    "bogeyed", "double-bogey", "double-bogeyed", "eagle", "hole", "holes", "leaderboard",
    "round", "under-par", "over-par", NULL
};

static int golf_sentence(const nrm_ctx *c)
{
    size_t i;

    for (i = 0; i < c->n_tok; i++)
        if (nrm_find(nrm_text(&c->tok[i]), golf_words, 1) >= 0)
            return 1;
    return 0;
}

/* Words after "T-8" that leave it a place (a model number takes a noun: "a
 * T-72 tank round"). Lower case. */
static const char *const after_place[] = {
    "after", "with", "at", "in", "on", "for", "and", "heading", "going", "entering", "behind",
    NULL
};

static int place_not_model(const nrm_ctx *c)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *next = nrm_next(c);

    return !next || cur->post_len > 0 || nrm_find(nrm_text(next), after_place, 1) >= 0;
}

/* "a Bo3", "the BO5 final": a series decided over the best of three or five. */
static int read_best_of(nrm_ctx *c, nrm_span t)
{
    if (t.len < 3 || t.len > 4 || !(t.s[0] == 'B' || t.s[0] == 'b')
        || !(t.s[1] == 'o' || t.s[1] == 'O') || t.s[2] == '0'
        || !nrm_is_plain_number((nrm_span){ t.s + 2, t.len - 2 }))
        return 0;
    nrm_say(c, "best of");
    nrm_say_int(c, (nrm_span){ t.s + 2, t.len - 2 }, NRM_CARD);
    return 1;
}

/* Nouns before a parenthesised "25/12/11" that make it a line of statistics
 * (points, rebounds, assists), not a date. Lower case. */
static const char *const stat_line_nouns[] = {
    "triple-double", "double-double", "quadruple-double", NULL
};

/* "a triple-double (25/12/11)": twenty five twelve eleven. */
static int read_stat_line(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *prev = nrm_prev(c);
    nrm_span f[3];
    size_t i, k = 0, start = 0;

    if (t.s != cur->text || t.len != cur->len || !prev
        || nrm_find(nrm_text(prev), stat_line_nouns, 1) < 0)
        return 0;
    for (i = 0; i <= t.len; i++) {
        if (i < t.len && t.s[i] != '/')
            continue;
        if (k == 3 || i == start || i - start > 3
            || !nrm_is_plain_number((nrm_span){ t.s + start, i - start }))
            return 0;
        f[k++] = (nrm_span){ t.s + start, i - start };
        start = i + 1;
    }
    if (k < 2)
        return 0;
    for (i = 0; i < k; i++)
        nrm_say_int(c, f[i], NRM_CARD);
    return 1;
}

void nrm_read_piece(nrm_ctx *c, nrm_span t, int flags)
{
    if (t.len == 0 || c->rc)
        return;
    if (read_footnoted(c, t, flags))
        return;
    if ((flags & NRM_WHOLE) && (read_in_context(c, t) || read_not_out(c, t)))
        return;
    if ((flags & NRM_WHOLE) && t.s == c->tok[c->i_tok].text && t.len == c->tok[c->i_tok].len) {
        const nv_ntok *cur = &c->tok[c->i_tok];
        if (cur->pre_len && cur->pre[cur->pre_len - 1] == '<' && nrm_is_numeric(cur)
            && !memchr(cur->post, '>', cur->post_len))
            nrm_say(c, "less than");            /* "a viral load of <50 copies" */
    }
    if (t.len > 1 && t.s[0] == '>' && (nrm_is_digit(t.s[1]) || t.s[1] == '$' || t.s[1] == '.')) {
        nrm_say(c, "greater than");             /* "turnout of >60%" */
        nrm_read_piece(c, (nrm_span){ t.s + 1, t.len - 1 }, flags);
        return;
    }
    if (t.len > 1 && (t.s[0] == '~' || nrm_has_prefix(t.s, t.len, "\xe2\x89\x88"))) {
        size_t n = t.s[0] == '~' ? 1 : 3;       /* "~$5", "~5 km": approximately */
        if (n < t.len && (nrm_is_digit(t.s[n]) || t.s[n] == '$' || t.s[n] == '.')) {
            nrm_say(c, "approximately");
            nrm_read_piece(c, (nrm_span){ t.s + n, t.len - n }, flags);
            return;
        }
    }
    if (t.len > 3 && nrm_has_prefix(t.s, t.len, "+/-")
        && (nrm_is_digit(t.s[3]) || t.s[3] == '.' || t.s[3] == '$')) {
        nrm_say(c, "plus or minus");            /* +/-3% */
        nrm_read_piece(c, (nrm_span){ t.s + 3, t.len - 3 }, flags);
        return;
    }
    if (t.len > 3 && (nrm_has_prefix(t.s, t.len, "No.") || nrm_has_prefix(t.s, t.len, "no."))
        && nrm_is_digit(t.s[3])) {
        nrm_say(c, "number");                   /* No.1 number one */
        nrm_read_piece(c, (nrm_span){ t.s + 3, t.len - 3 }, 0);
        return;
    }
    if (t.len > 2 && t.s[t.len - 1] == '+' && nrm_is_alpha(t.s[t.len - 2])
        && (nrm_is_digit(t.s[0]) || nrm_currency_at(t.s, t.len, &(size_t){ 0 }, &(int){ 0 }) >= 0)) {
        nrm_read_piece(c, (nrm_span){ t.s, t.len - 1 }, flags);
        nrm_say(c, "plus");                     /* "$2B+": two billion dollars plus;
                                                   "140M+ units" */
        return;
    }
    if (t.len > 2 && t.s[t.len - 1] == '+' && nrm_is_digit(t.s[t.len - 2])
        && nrm_currency_at(t.s, t.len, &(size_t){ 0 }, &(int){ 0 }) >= 0) {
        /* "$5+": five dollars plus, as "$2B+"; before a scale word the plus
         * follows the unit ("$5+ million": five million dollars plus), said by
         * the scale word's reader */
        int scale_next = (flags & NRM_WHOLE) && nrm_money_before_scale(c, c->i_tok);
        nrm_read_piece(c, (nrm_span){ t.s, t.len - 1 }, flags);
        if (!scale_next)
            nrm_say(c, "plus");
        return;
    }
    if ((flags & NRM_WHOLE) && t.len == 4 && t.s[0] == 'M' && nrm_is_digit(t.s[1])
        && t.s[2] == '.' && nrm_is_digit(t.s[3]) && !solar_flare_next(c)
        && !(nrm_prev(c) && nrm_ieq(nrm_text(nrm_prev(c)), "an"))) {
        /* "the M6.4 quake": magnitude six point four; after "an" the writer meant
         * the letter ("an M6.4 quake": an m six point four) */
        nrm_say(c, "magnitude");
        nrm_say_decimal(c, (nrm_span){ t.s + 1, 1 }, (nrm_span){ t.s + 3, 1 });
        return;
    }
    if ((flags & NRM_WHOLE) && grade_minus(c, t)) {
        nrm_spell(c, (nrm_span){ t.s, t.len - 1 });
        nrm_say(c, "minus");                    /* "rated BBB-", "a B- average" */
        return;
    }
    if (t.len > 2 && t.s[t.len - 1] == '-' && t.s[t.len - 2] != '-' && nrm_is_digit(t.s[0])) {
        nrm_read_piece(c, (nrm_span){ t.s, t.len - 1 }, 0);   /* "the 19th- and 20th-century" */
        return;
    }
    if ((flags & NRM_WHOLE) && read_fiscal_period(c, t))
        return;
    if (read_number_name(c, t))
        return;
    if (nrm_eq(t, "WW1") || nrm_eq(t, "WW2")) {
        nrm_say(c, t.s[2] == '1' ? "world war one" : "world war two");
        return;
    }
    if (read_doi(c, t, flags) || read_utc_offset(c, t))
        return;
    if (read_book_number(c, t, flags) || read_arxiv(c, t, flags) || read_page_following(c, t, flags)
        || read_reporter_series(c, t, flags))
        return;
    if (!c->math && read_plus_fraction(c, t))
        return;
    if (is_address(t)) {
        read_address(c, t);
        return;
    }
    if ((flags & NRM_WHOLE) && (read_area_code_phone(c, t) || read_spaced_phone(c, t)))
        return;
    if ((flags & NRM_WHOLE) && t.s == c->tok[c->i_tok].text && t.len == c->tok[c->i_tok].len
        && read_spaced_thousands(c))
        return;                                 /* "10 000 residents" */
    if ((flags & NRM_WHOLE) && t.len == 10 && nrm_after_postal_state(c)) {
        nrm_say_digits(c, t);                   /* ZIP+4: "NY 10001-1234" */
        return;
    }
    if ((flags & NRM_WHOLE) && read_stat_line(c, t))
        return;
    if (nrm_read_verse(c, t, flags) || nrm_read_time(c, t) || nrm_read_date(c, t)
        || read_early_span(c, t) || read_phone(c, t)
        || nrm_read_money_range(c, t, flags) || nrm_read_money_compound(c, t)
        || nrm_read_paren_money(c, t, flags))
        return;
    if ((flags & NRM_WHOLE) && (read_day_range(c, t) || nrm_read_month_range(c, t)))
        return;
    if (read_hex(c, t) || read_function_of(c, t))
        return;
    if (read_dotted_digits(c, t) || read_e_notation(c, t) || read_episode_code(c, t)
        || read_version(c, t))
        return;
    if (t.len >= 5 && t.s[0] == 'T' && t.s[1] == '-' && nrm_is_digit(t.s[2]) && is_ordinal_text(
            (nrm_span){ t.s + 2, t.len - 2 })) {
        nrm_say(c, "tied");                     /* golf, "finished T-5th": tied fifth */
        nrm_read_piece(c, (nrm_span){ t.s + 2, t.len - 2 }, 0);
        return;
    }
    if ((flags & NRM_WHOLE) && t.len >= 3 && t.len <= 4 && t.s[0] == 'T' && t.s[1] == '-'
        && nrm_is_plain_number((nrm_span){ t.s + 2, t.len - 2 }) && t.s[2] != '0'
        && golf_sentence(c) && place_not_model(c)) {
        nrm_say(c, "tied");                     /* "fell to T-8 after the third round" */
        nrm_say_int(c, (nrm_span){ t.s + 2, t.len - 2 }, NRM_ORD);
        return;
    }
    if (read_best_of(c, t))
        return;
    if (read_road_pair(c, t))
        return;
    if (has_inner_hyphen(t) && !exponent_hyphens(t) && !minus_after_currency(t)) {
        if (!read_law_number(c, t) && !read_serial(c, t))
            read_hyphenated(c, t);
        return;
    }
    if (read_reddit(c, t))
        return;
    if (has_char(t, '/') && (flags & NRM_WHOLE) && read_trial_phase(c, t))
        return;
    if (has_char(t, '/')) {
        if (!((flags & NRM_WHOLE) && read_of_total(c, t)) && !read_cricket_score(c, t)
            && !read_rating(c, t, flags)
            && !nrm_read_fraction(c, t, flags))
            read_slashed(c, t);
        return;
    }
    for (size_t i = 1; i + 1 < t.len; i++) {
        if (t.s[i] == ',' && nrm_is_alpha(t.s[i + 1])) {
            nrm_read_piece(c, (nrm_span){ t.s, i }, 0);     /* "$.01,here": a missing space */
            nrm_read_piece(c, (nrm_span){ t.s + i + 1, t.len - i - 1 }, 0);
            return;
        }
    }
    if (read_dose_interval(c, t) || nrm_read_quantity(c, t, flags) || read_formula(c, t))
        return;
    if (is_wordlike(t)) {
        if (has_char(t, '.'))
            read_dotted(c, t, flags);
        else
            nrm_read_letters(c, t, flags);
        return;
    }
    read_runs(c, t);
}
