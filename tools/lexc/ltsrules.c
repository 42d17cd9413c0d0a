/* ltsrules.c - nv-lexc: compiles Festival's letter-to-sound CART trees.
 *
 * Input: cmu_lts_rules.scm, i.e. (set! cmu_lts_rules '((a TREE) (b TREE) ...)) where
 * a TREE is either ((FEATURE is VALUE) YES NO) or a leaf (((class prob) ... CLASS)).
 * FEATURE is p.name, p.p.name, n.name ... (a letter at an offset; '#' pads the word
 * and "0" means "no letter there"); CLASS is a phone with a stress digit (aa1), a
 * hyphenated sequence (k-s, y-uw1) or _epsilon_. Output: lexc_lts, the trees in the
 * .nvlex node encoding (lexfmt.h) plus a table of distinct classes. No prediction
 * happens here (that is src/pron/lts.c).
 */
#include "lexc.h"

#include "core/phones.h"
#include "pron/lexfmt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TREE_DEPTH 1000

void lexc_lts_init(lexc_lts *t)
{
    memset(t, 0, sizeof *t);
    for (int i = 0; i < 26; i++)
        t->root[i] = NV_LTS_NO_ROOT;
}

void lexc_lts_free(lexc_lts *t)
{
    free(t->node);
    free(t->cls);
    free(t->cls_name);
    memset(t, 0, sizeof *t);
}

typedef struct ctx {
    lexc_lts *t;
    const char *path;
    char *err;
    size_t err_len;
} ctx;

static int err_at(ctx *c, int line, const char *what, const char *arg)
{
    snprintf(c->err, c->err_len, "%s:%d: %s%s%s%s", c->path, line, what,
             arg ? " \"" : "", arg ? arg : "", arg ? "\"" : "");
    return -1;
}

/* Parse "aa1", "k", ... into a phone id and stress (0/1; 0 if no digit). */
static int parse_phone(const char *s, size_t n, uint8_t *ph, uint8_t *st)
{
    int digit = -1;
    if (n > 1 && s[n - 1] >= '0' && s[n - 1] <= '9') {
        digit = s[n - 1] - '0';
        n--;
    }
    int id = nv__phone_id(s, n);
    if (id <= 0)
        return -1;
    /* Festival strips a final 0 or 1 from vowels only (cmulex_mosyl_phstress) */
    if (digit >= 0 && (!nv__phone_is_vowel(id) || digit > 1))
        return -1;
    *ph = (uint8_t)id;
    *st = (uint8_t)(digit == 1);
    return 0;
}

/* Class id of a leaf's predicted name, adding it to the table. -1 if malformed. */
static int class_id(ctx *c, const sx *name)
{
    lexc_lts *t = c->t;
    if (!name || name->kind != SX_SYM || name->len >= sizeof t->cls_name[0])
        return -1;
    for (size_t i = 0; i < t->n_cls; i++)
        if (strcmp(t->cls_name[i], name->text) == 0)
            return (int)i;
    uint8_t rec[NV_LTSC_SIZE] = {0};
    if (strcmp(name->text, "_epsilon_") != 0) {
        const char *p = name->text;
        for (;;) {
            const char *dash = strchr(p, '-');
            size_t n = dash ? (size_t)(dash - p) : strlen(p);
            if (rec[0] >= NV_LTSC_MAX_PH ||
                parse_phone(p, n, &rec[1 + rec[0]], &rec[1 + NV_LTSC_MAX_PH + rec[0]]) < 0)
                return -1;
            rec[0]++;
            if (!dash)
                break;
            p = dash + 1;
        }
    }
    if (t->n_cls >= 0xffff)
        return -1;
    if (t->n_cls == t->cap_cls) {
        size_t nc = t->cap_cls ? t->cap_cls * 2 : 64;
        void *a = realloc(t->cls, nc * sizeof *t->cls);
        if (a)
            t->cls = a;
        void *b = a ? realloc(t->cls_name, nc * sizeof *t->cls_name) : NULL;
        if (!b)
            return -2;
        t->cls_name = b;
        t->cap_cls = nc;
    }
    memcpy(t->cls[t->n_cls], rec, NV_LTSC_SIZE);
    memset(t->cls_name[t->n_cls], 0, sizeof t->cls_name[0]);
    memcpy(t->cls_name[t->n_cls], name->text, name->len);
    return (int)t->n_cls++;
}

static long push_node(ctx *c, uint32_t v)
{
    lexc_lts *t = c->t;
    if (t->n_node >= NV_LTSN_NO_MASK)
        return -1;
    if (t->n_node == t->cap_node) {
        size_t nc = t->cap_node ? t->cap_node * 2 : 4096;
        uint32_t *p = realloc(t->node, nc * sizeof *p);
        if (!p)
            return -1;
        t->node = p;
        t->cap_node = nc;
    }
    t->node[t->n_node] = v;
    return (long)t->n_node++;
}

/* Letter offset of "p.p.name" (-2), "n.name" (+1) ...; 0 if not such a feature. */
static int feature_offset(const sx *f)
{
    if (!f || f->kind != SX_SYM)
        return 0;
    const char *s = f->text;
    int off = 0;
    while (s[0] && s[1] == '.' && (s[0] == 'p' || s[0] == 'n')) {
        if ((s[0] == 'p' && off > 0) || (s[0] == 'n' && off < 0))
            return 0;
        off += s[0] == 'p' ? -1 : 1;
        s += 2;
    }
    if (strcmp(s, "name") != 0 || off < -8 || off > 7)
        return 0;
    return off;
}

static int letter_value(const sx *v)
{
    if (!v || v->kind != SX_SYM || v->len != 1)
        return -1;
    char ch = v->text[0];
    if (ch >= 'a' && ch <= 'z')
        return ch - 'a';
    if (ch == '#')
        return NV_LTS_VAL_HASH;
    if (ch == '0')
        return NV_LTS_VAL_NONE;
    return -1;
}

/* Append a tree in pre-order; the "yes" branch directly follows its question. */
static int emit_tree(ctx *c, const sx *tree, int depth)
{
    if (!tree || tree->kind != SX_LIST || (tree->len != 1 && tree->len != 3))
        return err_at(c, tree ? tree->line : 0, "not a tree node", NULL);
    if (depth > MAX_TREE_DEPTH)
        return err_at(c, tree->line, "tree too deep", NULL);
    if (tree->len == 1) {   /* leaf: the prediction is the distribution's last item */
        const sx *cls = sx_last(tree->head);
        int id = class_id(c, cls);
        if (id == -2)
            return err_at(c, tree->line, "out of memory", NULL);
        if (id < 0)
            return err_at(c, tree->line, "unusable prediction",
                          cls && cls->kind != SX_LIST ? cls->text : "(...)");
        return push_node(c, NV_LTSN_LEAF | (uint32_t)id) < 0
                   ? err_at(c, tree->line, "too many nodes", NULL) : 0;
    }
    const sx *q = tree->head;
    int off = feature_offset(sx_nth(q, 0));
    int val = letter_value(sx_nth(q, 2));
    if (!q || q->kind != SX_LIST || q->len != 3 || off == 0 || !sx_is_sym(sx_nth(q, 1), "is"))
        return err_at(c, tree->line, "unsupported question (want (p.name is x))", NULL);
    if (val < 0)
        return err_at(c, tree->line, "unsupported letter in question",
                      sx_nth(q, 2)->kind == SX_LIST ? "(...)" : sx_nth(q, 2)->text);
    long me = push_node(c, 0);
    if (me < 0)
        return err_at(c, tree->line, "too many nodes", NULL);
    if (emit_tree(c, sx_nth(tree, 1), depth + 1) < 0)
        return -1;
    uint32_t no = (uint32_t)c->t->n_node;
    if (emit_tree(c, sx_nth(tree, 2), depth + 1) < 0)
        return -1;
    c->t->node[me] = (uint32_t)(off + 8) << NV_LTSN_OFF_SHIFT |
                     (uint32_t)val << NV_LTSN_VAL_SHIFT | no;
    return 0;
}

static int load_rules(ctx *c, const sx *rules)
{
    for (const sx *r = rules->head; r; r = r->next) {
        const sx *let = sx_nth(r, 0);
        if (r->kind != SX_LIST || r->len != 2 || !let || let->kind != SX_SYM ||
            let->len != 1 || let->text[0] < 'a' || let->text[0] > 'z')
            return err_at(c, r->line, "rule is not (letter TREE) for a letter a-z", NULL);
        int li = let->text[0] - 'a';
        if (c->t->root[li] != NV_LTS_NO_ROOT)
            return err_at(c, r->line, "second tree for letter", let->text);
        c->t->root[li] = (uint32_t)c->t->n_node;
        if (emit_tree(c, sx_nth(r, 1), 0) < 0)
            return -1;
    }
    for (int i = 0; i < 26; i++)
        if (c->t->root[i] == NV_LTS_NO_ROOT) {
            char l[2] = {(char)('a' + i), 0};
            return err_at(c, rules->line, "no tree for letter", l);
        }
    return 0;
}

int lexc_lts_load(lexc_lts *t, const char *path, char *err, size_t err_len)
{
    size_t len;
    char *buf = lexc_read_file(path, &len, err, err_len);
    if (!buf)
        return -1;
    ctx c = {t, path, err, err_len};
    sx_reader rd;
    int rc = -1, got = 0, found = 0;
    sx *x;
    if (sx_reader_init(&rd, path, buf, len) < 0) {
        snprintf(err, err_len, "%s: out of memory", path);
        free(buf);
        return -1;
    }
    while (!found && (got = sx_read(&rd, 1, &x)) > 0) {
        const sx *val = sx_nth(x, 2);
        if (x->kind == SX_LIST && x->len == 3 && sx_is_sym(x->head, "set!") &&
            val->kind == SX_LIST && val->len == 2 && sx_is_sym(val->head, "quote")) {
            const sx *rules = sx_nth(val, 1);
            if (rules->kind != SX_LIST) {
                err_at(&c, rules->line, "rules are not a list", NULL);
                goto out;
            }
            if (load_rules(&c, rules) < 0)
                goto out;
            found = 1;
        }
    }
    if (!found) {
        if (got < 0)
            snprintf(err, err_len, "%s", rd.err);
        else
            snprintf(err, err_len, "%s: no (set! NAME '(...)) with LTS trees", path);
        goto out;
    }
    rc = 0;
out:
    sx_reader_free(&rd);
    free(buf);
    return rc;
}
