/* abbrev.c - abbreviations: titles (Gov.), street and place words (St., Dr.),
 * company words (Inc.), U.S. state abbreviations (Calif.), "No. 1", "vs.", and
 * addresses: house numbers, compass points ("317 S. 3rd St."), state postal
 * codes before a ZIP code ("Fresno, CA 93721").
 *
 * Reads: the current token (whole) and its neighbours' case and punctuation.
 * Writes: the expansion through emit.c. Months are in dates.c; initialisms
 * (U.S., FBI) are read letter by letter by acronym.c, not listed here.
 */
#include "nrm.h"

#include <string.h>

/* When an abbreviation is expanded. */
enum when {
    W_ALWAYS,       /* wherever it is written: "Mr.", "Inc." */
    W_TITLE,        /* before a capitalised word: "Gov. Newsom", "Lt. Gov." */
    W_NAME_PLACE,   /* spoken before a capitalised word, alt after a capitalised
                       word or a number that is not followed by one: "St. Louis"
                       saint, "Main St." street */
    W_NUMBER,       /* before a number: "No. 1" */
    W_STATE,        /* after "Place,": "Fresno, Calif." (also "D-Calif.") */
    W_AFTER_NAME,   /* after a capitalised word or an initial: "Wright sr", "S., jr" */
    W_WEEKDAY,      /* "Sat.", "Sun." (also words, a newspaper): next to another weekday
                       or before a date */
    W_STREET,       /* after a capitalised word or a number: "Park Ave", "5th Ave"
                       ("Ave Maria" stays a word) */
    W_COUNTY,       /* before the name of an Irish county: "Co. Cork" */
    W_AFTER_YEAR,   /* after a year of four digits: "(2015 est.)" */
    W_AFTER_ORD,    /* after an ordinal or "D.C.": "the 9th Cir." */
    W_RANK,         /* a military rank written next to another and before a name,
                       British style without periods: "Lt Col Smith", "Maj Gen Brown"
                       (alone "Gen Z", "Col du Galibier" stay words); with its period
                       also after a rank and before no name: "promoted to Lt. Col." */
    W_VERSE,        /* a book of the Bible before a chapter and verse: "Rom. 8:28" */
    W_OFFICE,       /* before "of" and a capitalised word: "Sec. of State" */
    W_AFTER_SCORE,  /* right after a score written with a dash: "2-1 (aet)", "(4-3 p)" */
    W_ON_SCORE,     /* after "on" after a score: "won 3-1 on agg." */
    W_NOT_NOUN,     /* unless it ends the sentence after a determiner, where it is a
                       noun: "max. speed", "50 mph max." but "to the max." */
    W_PARTY_TITLE,  /* before a name that a party and place follow: "Del. Jane Doe,
                       D-D.C." (alone "Del." is the state) */
    W_JOURNAL,      /* in a journal's abbreviated name, next to another abbreviation
                       that is no title: "Phys. Rev. Lett.", "Ann. Rev. Ecol.",
                       "Phys. Rev. B 99", "Amer. Econ. Rev. 95" */
};

/* The abbreviation table. To add an abbreviation, append a row:
 *   { written, spoken, alt, when, period }
 * written: the token text exactly as written (case matters), without the final
 *          period, which ingest puts in post; internal periods stay ("N.Y").
 * spoken:  the expansion, lower-case words separated by spaces; NULL: spelled.
 * alt:     W_NAME_PLACE only: the expansion after a name ("street"); else NULL.
 * when:    see enum when.
 * period:  1 if the abbreviation counts only with its period ("Gov." but not "Gov").
 * The first row that matches and whose rule holds wins. */
typedef struct abbrev {
    const char *written;
    const char *spoken;
    const char *alt;
    unsigned char when;
    unsigned char period;
} abbrev;

static const abbrev abbrevs[] = {
    /* Courtesy titles. "mrs" and "ms" are the lexicon's own entries for them. */
    { "Mr", "mister", NULL, W_ALWAYS, 0 },
    { "Mrs", "mrs", NULL, W_ALWAYS, 0 },
    { "Ms", "ms", NULL, W_ALWAYS, 0 },
    { "Messrs", "messieurs", NULL, W_ALWAYS, 0 },
    { "Prof", "professor", NULL, W_ALWAYS, 1 },
    { "Mme", "madame", NULL, W_TITLE, 0 },
    { "Mmes", "mesdames", NULL, W_TITLE, 0 },
    { "Mlle", "mademoiselle", NULL, W_TITLE, 0 },
    /* Titles before a name. */
    { "Gov", "governor", NULL, W_TITLE, 1 },
    { "Govs", "governors", NULL, W_TITLE, 1 },
    { "Sen", "senator", NULL, W_TITLE, 1 },
    { "Sens", "senators", NULL, W_TITLE, 1 },
    { "Rep", "representative", NULL, W_TITLE, 1 },
    { "Reps", "representatives", NULL, W_TITLE, 1 },
    { "Gen", "general", NULL, W_TITLE, 1 },
    { "Lt", "lieutenant", NULL, W_TITLE, 1 },
    { "Sgt", "sergeant", NULL, W_TITLE, 1 },
    { "Sgt", "sergeant", NULL, W_NUMBER, 1 },     /* "Sgt. 1st Class" */
    { "Capt", "captain", NULL, W_TITLE, 1 },
    { "Col", "colonel", NULL, W_TITLE, 1 },
    { "Maj", "major", NULL, W_TITLE, 1 },
    { "Adm", "admiral", NULL, W_TITLE, 1 },
    { "Cmdr", "commander", NULL, W_TITLE, 1 },
    { "Cpl", "corporal", NULL, W_TITLE, 1 },
    { "Pvt", "private", NULL, W_TITLE, 1 },
    /* Army ranks that are no word and stand before a name (or end a sentence
     * split off before it) */
    { "Pfc", "private first class", NULL, W_ALWAYS, 1 },
    { "Spc", "specialist", NULL, W_ALWAYS, 1 },
    { "Rev", "review", NULL, W_JOURNAL, 1 },
    { "Rev", "reverend", NULL, W_TITLE, 1 },
    { "Fr", "father", NULL, W_TITLE, 1 },
    { "Msgr", "monsignor", NULL, W_TITLE, 1 },
    { "Pres", "president", NULL, W_TITLE, 1 },
    { "Supt", "superintendent", NULL, W_TITLE, 1 },
    { "Atty", "attorney", NULL, W_TITLE, 1 },
    { "Sec", "secretary", NULL, W_TITLE, 1 },
    { "Sec", "secretary", NULL, W_OFFICE, 1 },    /* "the Sec. of State" */
    { "Secy", "secretary", NULL, W_OFFICE, 0 },
    { "Asst", "assistant", NULL, W_OFFICE, 1 },
    { "Det", "detective", NULL, W_TITLE, 1 },
    { "Insp", "inspector", NULL, W_TITLE, 1 },
    { "Asst", "assistant", NULL, W_TITLE, 1 },
    { "Hon", "honorable", NULL, W_TITLE, 1 },
    { "Rt", "right", NULL, W_TITLE, 0 },          /* "the Rt. Hon. Jane Doe" */
    { "Hon", "honorable", NULL, W_RANK, 0 },      /* "the Rt Hon Jane Doe" */
    { "Brig", "brigadier", NULL, W_TITLE, 1 },
    { "Pt", "part", NULL, W_NUMBER, 1 },          /* "Pt. IV", "Pt. 2" */
    { "Pt", "point", NULL, W_TITLE, 1 },
    { "pt", "part", NULL, W_NUMBER, 1 },          /* "Vol. 2, pt. 1"; "2 pt" is a pint */
    /* Ranks that are no word, also written without their period ("Lt Green"). */
    { "Lt", "lieutenant", NULL, W_TITLE, 0 },
    { "Sgt", "sergeant", NULL, W_TITLE, 0 },
    { "Capt", "captain", NULL, W_TITLE, 0 },
    { "Cpl", "corporal", NULL, W_TITLE, 0 },
    { "Pvt", "private", NULL, W_TITLE, 0 },
    { "Cmdr", "commander", NULL, W_TITLE, 0 },
    { "Cdr", "commander", NULL, W_TITLE, 0 },
    { "Comdr", "commander", NULL, W_TITLE, 0 },
    { "Cdre", "commodore", NULL, W_TITLE, 0 },
    { "Lieut", "lieutenant", NULL, W_TITLE, 0 },
    { "Pte", "private", NULL, W_TITLE, 0 },
    { "LCpl", "lance corporal", NULL, W_TITLE, 0 },
    { "Gnr", "gunner", NULL, W_TITLE, 0 },
    { "Spr", "sapper", NULL, W_TITLE, 0 },
    { "Tpr", "trooper", NULL, W_TITLE, 0 },
    { "Rfn", "rifleman", NULL, W_TITLE, 0 },
    { "Bdr", "bombardier", NULL, W_TITLE, 0 },
    { "Flt", "flight", NULL, W_TITLE, 0 },
    { "Sqn", "squadron", NULL, W_TITLE, 0 },
    { "Ldr", "leader", NULL, W_TITLE, 0 },
    /* Ranks that are also words or names: only in a run of ranks. */
    { "Col", "colonel", NULL, W_RANK, 0 },
    { "Gen", "general", NULL, W_RANK, 0 },
    { "Maj", "major", NULL, W_RANK, 0 },
    { "Brig", "brigadier", NULL, W_RANK, 0 },
    { "Adm", "admiral", NULL, W_RANK, 0 },
    { "Wg", "wing", NULL, W_RANK, 0 },         /* "Wg Cdr" */
    { "Gp", "group", NULL, W_RANK, 0 },         /* "Gp Capt" */
    { "Plt", "pilot", NULL, W_RANK, 0 },        /* "Plt Off" */
    { "Fg", "flying", NULL, W_RANK, 0 },        /* "Fg Off" */
    { "Off", "officer", NULL, W_RANK, 0 },
    /* Name or place. */
    { "Dr", "doctor", "drive", W_NAME_PLACE, 0 },
    { "St", "saint", "street", W_NAME_PLACE, 0 },
    { "Sts", "saints", "streets", W_NAME_PLACE, 1 },
    { "Drs", "doctors", NULL, W_ALWAYS, 1 },      /* "Drs. Smith and Jones" */
    { "Ss", "saints", NULL, W_TITLE, 1 },         /* "Ss. Peter and Paul Church" */
    { "Ft", "fort", "feet", W_NAME_PLACE, 1 },
    { "Mt", "mount", NULL, W_ALWAYS, 1 },
    { "Mt", "mount", NULL, W_TITLE, 0 },
    /* In capitals, in a dateline or a headline: "ST. LOUIS", "FT. WORTH". */
    { "ST", "saint", NULL, W_TITLE, 1 },
    { "FT", "fort", NULL, W_TITLE, 1 },
    { "MT", "mount", NULL, W_TITLE, 1 },
    /* Lower-case titles written without their period ("mr Lambert", "st James",
     * "3rd st"): only before a capitalised name, or for "st" after a number. */
    { "mr", "mister", NULL, W_TITLE, 0 },
    { "mrs", "mrs", NULL, W_TITLE, 0 },
    { "ms", "ms", NULL, W_TITLE, 0 },
    { "dr", "doctor", NULL, W_TITLE, 0 },
    { "st", "saint", "street", W_NAME_PLACE, 0 },
    { "mt", "mount", NULL, W_TITLE, 0 },
    { "jr", "junior", NULL, W_AFTER_NAME, 0 },
    { "sr", "senior", NULL, W_AFTER_NAME, 0 },
    { "Utd", "united", NULL, W_AFTER_NAME, 0 },   /* football clubs: "Man Utd", "Leeds Utd" */
    /* After a name. */
    { "Jr", "junior", NULL, W_ALWAYS, 0 },
    { "Sr", "senior", NULL, W_ALWAYS, 0 },
    { "Esq", "esquire", NULL, W_ALWAYS, 1 },
    /* Football results: "2-1 (a.e.t.)", "1-1 (4-3 p)", "(3-1 agg.)". */
    { "a.e.t", "after extra time", NULL, W_ALWAYS, 0 },
    { "aet", "after extra time", NULL, W_AFTER_SCORE, 0 },
    { "AET", "after extra time", NULL, W_AFTER_SCORE, 0 },
    { "p", "on penalties", NULL, W_AFTER_SCORE, 0 },
    { "pen", "on penalties", NULL, W_AFTER_SCORE, 0 },
    { "pens", "on penalties", NULL, W_AFTER_SCORE, 0 },
    { "agg", "on aggregate", NULL, W_AFTER_SCORE, 0 },
    { "agg", "aggregate", NULL, W_ON_SCORE, 0 },
    /* Streets. */
    { "Ave", "avenue", NULL, W_ALWAYS, 1 },
    { "Ave", "avenue", NULL, W_STREET, 0 },
    { "Pl", "place", NULL, W_AFTER_NAME, 1 },
    { "Sq", "square", NULL, W_AFTER_NAME, 1 },
    { "Terr", "terrace", NULL, W_AFTER_NAME, 1 },
    { "Ter", "terrace", NULL, W_AFTER_NAME, 1 },
    { "Hts", "heights", NULL, W_AFTER_NAME, 1 },
    { "Jct", "junction", NULL, W_AFTER_NAME, 1 },
    { "Bldg", "building", NULL, W_ALWAYS, 0 },      /* "Bldg. 7" */
    { "Bldgs", "buildings", NULL, W_ALWAYS, 0 },
    { "Fl", "floor", NULL, W_NUMBER, 1 },           /* "Fl. 3" */
    { "Flr", "floor", NULL, W_NUMBER, 0 },
    { "Rm", "room", NULL, W_NUMBER, 1 },            /* "Rm. 210" */
    { "Tel", "telephone", NULL, W_NUMBER, 1 },      /* "Tel. (617) 555-0123" */
    { "Rte", "route", NULL, W_NUMBER, 1 },
    { "Prop", "proposition", NULL, W_NUMBER, 1 },   /* "Prop. 47" */
    { "Cat", "category", NULL, W_NUMBER, 1 },       /* "a Cat. 4 hurricane" */
    { "Dkt", "docket", NULL, W_NUMBER, 1 },         /* "Dkt. 45": a court filing */
    { "Op", "opus", NULL, W_NUMBER, 1 },            /* "Op. 67": a musical work */
    { "c", "circa", NULL, W_NUMBER, 1 },            /* "c. 1500" */
    { "ca", "circa", NULL, W_NUMBER, 0 },
    { "fl", "flourished", NULL, W_NUMBER, 1 },     /* "(fl. 1200)": active then */
    { "r", "reigned", NULL, W_NUMBER, 1 },         /* "William I (r. 1066-1087)" */
    { "pop", "population", NULL, W_NUMBER, 1 },
    { "Pop", "population", NULL, W_NUMBER, 1 },
    { "pp", "pages", NULL, W_NUMBER, 1 },
    { "est", "established", NULL, W_NUMBER, 1 },    /* "est. 1900" */
    { "Est", "established", NULL, W_NUMBER, 1 },
    { "est", "estimate", NULL, W_AFTER_YEAR, 1 },   /* "(2015 est.)" */
    /* Weekdays (with their period): "Mon., Tue. and Wed." */
    { "Mon", "monday", NULL, W_ALWAYS, 1 },
    { "Tue", "tuesday", NULL, W_ALWAYS, 1 },
    { "Tues", "tuesday", NULL, W_ALWAYS, 1 },
    { "Wed", "wednesday", NULL, W_ALWAYS, 1 },
    { "Thu", "thursday", NULL, W_ALWAYS, 1 },
    { "Thur", "thursday", NULL, W_ALWAYS, 1 },
    { "Thurs", "thursday", NULL, W_ALWAYS, 1 },
    { "Fri", "friday", NULL, W_ALWAYS, 1 },
    { "Sat", "saturday", NULL, W_WEEKDAY, 1 },
    { "Sun", "sunday", NULL, W_WEEKDAY, 1 },
    { "Blvd", "boulevard", NULL, W_ALWAYS, 0 },
    { "Rd", "road", NULL, W_ALWAYS, 0 },
    { "Hwy", "highway", NULL, W_ALWAYS, 0 },
    { "hwy", "highway", NULL, W_ALWAYS, 0 },
    { "Pkwy", "parkway", NULL, W_ALWAYS, 0 },
    { "Tpke", "turnpike", NULL, W_ALWAYS, 0 },
    { "Expy", "expressway", NULL, W_ALWAYS, 0 },
    { "Fwy", "freeway", NULL, W_ALWAYS, 0 },
    { "Twp", "township", NULL, W_AFTER_NAME, 0 },
    { "Mts", "mountains", NULL, W_ALWAYS, 1 },
    { "Ln", "lane", NULL, W_ALWAYS, 1 },
    { "Ct", "connecticut", NULL, W_STATE, 1 },    /* "New Haven, Ct., said" */
    { "Ct", "court", NULL, W_ALWAYS, 1 },
    { "Ct", "court", NULL, W_STREET, 0 },         /* "12 Laguna Ct, Town" */
    { "Apt", "apartment", NULL, W_ALWAYS, 1 },
    { "Ste", "saint", NULL, W_TITLE, 1 },        /* "Ste. Genevieve" */
    { "Ste", "suite", NULL, W_ALWAYS, 1 },
    { "Mk", "mark", NULL, W_NUMBER, 0 },          /* "Mk II", "Mk. 4" */
    /* Organisations. */
    { "Inc", "incorporated", NULL, W_ALWAYS, 0 },
    { "Corp", "corporation", NULL, W_ALWAYS, 0 },
    { "Co", "county", NULL, W_COUNTY, 1 },
    { "Co", "company", NULL, W_ALWAYS, 1 },
    { "Cos", "companies", NULL, W_ALWAYS, 1 },
    { "Ltd", "limited", NULL, W_ALWAYS, 0 },
    { "Bros", "brothers", NULL, W_ALWAYS, 1 },
    { "Dept", "department", NULL, W_ALWAYS, 0 },
    { "dept", "department", NULL, W_ALWAYS, 0 },
    { "Univ", "university", NULL, W_ALWAYS, 1 },
    { "Assn", "association", NULL, W_ALWAYS, 0 },
    { "Govt", "government", NULL, W_ALWAYS, 0 },
    { "Natl", "national", NULL, W_ALWAYS, 0 },
    { "Nat'l", "national", NULL, W_ALWAYS, 0 },
    { "Intl", "international", NULL, W_ALWAYS, 0 },
    { "Int'l", "international", NULL, W_ALWAYS, 0 },
    { "Mfg", "manufacturing", NULL, W_ALWAYS, 0 },
    { "Pty", "proprietary", NULL, W_ALWAYS, 0 },
    /* Before a number. */
    { "No", "number", NULL, W_NUMBER, 0 },
    { "NO", "number", NULL, W_NUMBER, 0 },
    { "no", "number", NULL, W_NUMBER, 1 },
    { "Nos", "numbers", NULL, W_NUMBER, 1 },
    { "nos", "numbers", NULL, W_NUMBER, 1 },
    { "Vol", "volume", NULL, W_NUMBER, 0 },
    { "vol", "volume", NULL, W_NUMBER, 0 },
    { "Vols", "volumes", NULL, W_NUMBER, 1 },
    { "ext", "extension", NULL, W_NUMBER, 1 },
    { "ch", "chapter", NULL, W_NUMBER, 1 },
    { "Ch", "chapter", NULL, W_NUMBER, 1 },       /* "Ch. 11 bankruptcy" */
    { "chap", "chapter", NULL, W_NUMBER, 1 },
    { "fig", "figure", NULL, W_NUMBER, 1 },
    { "Fig", "figure", NULL, W_NUMBER, 1 },
    { "figs", "figures", NULL, W_NUMBER, 1 },
    { "Figs", "figures", NULL, W_NUMBER, 1 },
    { "sec", "section", NULL, W_NUMBER, 1 },
    { "Sec", "section", NULL, W_NUMBER, 1 },
    { "para", "paragraph", NULL, W_NUMBER, 1 },
    { "sect", "section", NULL, W_NUMBER, 1 },
    { "Sect", "section", NULL, W_NUMBER, 1 },
    { "cl", "clause", NULL, W_NUMBER, 1 },         /* "Art. I, Sec. 8, cl. 3" */
    { "Art", "article", NULL, W_NUMBER, 1 },
    { "art", "article", NULL, W_NUMBER, 1 },
    { "Eq", "equation", NULL, W_NUMBER, 1 },
    { "eq", "equation", NULL, W_NUMBER, 1 },
    { "Ext", "extension", NULL, W_NUMBER, 1 },
    { "vols", "volumes", NULL, W_NUMBER, 1 },
    /* Reference lists: "ll. 3-7", "n. 3", "fn. 4", "col. 2", "Suppl. 1", "Iss. 3". */
    { "l", "line", NULL, W_NUMBER, 1 },
    { "ll", "lines", NULL, W_NUMBER, 1 },
    { "n", "note", NULL, W_NUMBER, 1 },
    { "nn", "notes", NULL, W_NUMBER, 1 },
    { "fn", "footnote", NULL, W_NUMBER, 1 },
    { "col", "column", NULL, W_NUMBER, 1 },
    { "cols", "columns", NULL, W_NUMBER, 1 },
    { "suppl", "supplement", NULL, W_NUMBER, 0 },
    { "Suppl", "supplement", NULL, W_NUMBER, 0 },
    { "Iss", "issue", NULL, W_NUMBER, 1 },
    { "iss", "issue", NULL, W_NUMBER, 1 },
    { "Pp", "pages", NULL, W_NUMBER, 1 },
    { "edn", "edition", NULL, W_ALWAYS, 1 },
    /* Books of the Bible before a chapter and verse ("1 Cor. 13:4"); those that are
     * also names or words only with their period ("Dan. 3:16", not "Dan 3:30"). */
    { "Gen", "genesis", NULL, W_VERSE, 1 },
    { "Exod", "exodus", NULL, W_VERSE, 1 },
    { "Ex", "exodus", NULL, W_VERSE, 1 },
    { "Ex", "exhibit", NULL, W_NUMBER, 1 },        /* a filing's "Ex. 99.1" */
    { "Exh", "exhibit", NULL, W_NUMBER, 1 },
    { "Lev", "leviticus", NULL, W_VERSE, 1 },
    { "Num", "numbers", NULL, W_VERSE, 1 },
    { "Deut", "deuteronomy", NULL, W_VERSE, 1 },
    { "Josh", "joshua", NULL, W_VERSE, 1 },
    { "Judg", "judges", NULL, W_VERSE, 1 },
    { "Sam", "samuel", NULL, W_VERSE, 1 },
    { "Kgs", "kings", NULL, W_VERSE, 1 },
    { "Chron", "chronicles", NULL, W_VERSE, 1 },
    { "Neh", "nehemiah", NULL, W_VERSE, 1 },
    { "Ps", "psalm", NULL, W_VERSE, 0 },
    { "Psa", "psalm", NULL, W_VERSE, 1 },
    { "Prov", "proverbs", NULL, W_VERSE, 1 },
    { "Eccl", "ecclesiastes", NULL, W_VERSE, 1 },
    { "Isa", "isaiah", NULL, W_VERSE, 1 },
    { "Jer", "jeremiah", NULL, W_VERSE, 1 },
    { "Lam", "lamentations", NULL, W_VERSE, 1 },
    { "Ezek", "ezekiel", NULL, W_VERSE, 1 },
    { "Dan", "daniel", NULL, W_VERSE, 1 },
    { "Hos", "hosea", NULL, W_VERSE, 1 },
    { "Mic", "micah", NULL, W_VERSE, 1 },
    { "Zech", "zechariah", NULL, W_VERSE, 1 },
    { "Mal", "malachi", NULL, W_VERSE, 1 },
    { "Matt", "matthew", NULL, W_VERSE, 1 },
    { "Mt", "matthew", NULL, W_VERSE, 0 },
    { "Mk", "mark", NULL, W_VERSE, 0 },
    { "Lk", "luke", NULL, W_VERSE, 0 },
    { "Jn", "john", NULL, W_VERSE, 0 },
    { "Rom", "romans", NULL, W_VERSE, 1 },
    { "Cor", "corinthians", NULL, W_VERSE, 1 },
    { "Gal", "galatians", NULL, W_VERSE, 1 },
    { "Eph", "ephesians", NULL, W_VERSE, 1 },
    { "Phil", "philippians", NULL, W_VERSE, 1 },
    { "Col", "colossians", NULL, W_VERSE, 1 },
    { "Thess", "thessalonians", NULL, W_VERSE, 1 },
    { "Tim", "timothy", NULL, W_VERSE, 1 },
    { "Heb", "hebrews", NULL, W_VERSE, 1 },
    { "Jas", "james", NULL, W_VERSE, 1 },
    { "Pet", "peter", NULL, W_VERSE, 1 },
    { "Rev", "revelation", NULL, W_VERSE, 1 },
    { "Esth", "esther", NULL, W_VERSE, 1 },
    { "Pss", "psalms", NULL, W_VERSE, 1 },
    { "Obad", "obadiah", NULL, W_VERSE, 1 },
    { "Nah", "nahum", NULL, W_VERSE, 1 },
    { "Hab", "habakkuk", NULL, W_VERSE, 1 },
    { "Zeph", "zephaniah", NULL, W_VERSE, 1 },
    { "Hag", "haggai", NULL, W_VERSE, 1 },
    { "Tit", "titus", NULL, W_VERSE, 1 },
    { "Philem", "philemon", NULL, W_VERSE, 1 },
    /* ... and before a chapter alone ("Ps. 23", "Isa. 40"), with the period, where
     * the abbreviation is no name, word or title: "Dan. 3", "Col. 2", "Mt. 5"
     * ("Mount") and "Gen. 2" need a verse. */
    { "Ps", "psalm", NULL, W_NUMBER, 1 },
    { "Psa", "psalm", NULL, W_NUMBER, 1 },
    { "Pss", "psalms", NULL, W_NUMBER, 1 },
    { "Exod", "exodus", NULL, W_NUMBER, 1 },
    { "Deut", "deuteronomy", NULL, W_NUMBER, 1 },
    { "Judg", "judges", NULL, W_NUMBER, 1 },
    { "Kgs", "kings", NULL, W_NUMBER, 1 },
    { "Chron", "chronicles", NULL, W_NUMBER, 1 },
    { "Neh", "nehemiah", NULL, W_NUMBER, 1 },
    { "Esth", "esther", NULL, W_NUMBER, 1 },
    { "Eccl", "ecclesiastes", NULL, W_NUMBER, 1 },
    { "Isa", "isaiah", NULL, W_NUMBER, 1 },
    { "Jer", "jeremiah", NULL, W_NUMBER, 1 },
    { "Ezek", "ezekiel", NULL, W_NUMBER, 1 },
    { "Hos", "hosea", NULL, W_NUMBER, 1 },
    { "Obad", "obadiah", NULL, W_NUMBER, 1 },
    { "Zeph", "zephaniah", NULL, W_NUMBER, 1 },
    { "Zech", "zechariah", NULL, W_NUMBER, 1 },
    { "Mk", "mark", NULL, W_NUMBER, 1 },
    { "Lk", "luke", NULL, W_NUMBER, 1 },
    { "Jn", "john", NULL, W_NUMBER, 1 },
    { "Rom", "romans", NULL, W_NUMBER, 1 },
    { "Cor", "corinthians", NULL, W_NUMBER, 1 },
    { "Eph", "ephesians", NULL, W_NUMBER, 1 },
    { "Thess", "thessalonians", NULL, W_NUMBER, 1 },
    { "Heb", "hebrews", NULL, W_NUMBER, 1 },
    { "Philem", "philemon", NULL, W_NUMBER, 1 },
    /* Bibliographic abbreviations that are not words: spelled (spoken NULL). */
    { "eds", NULL, NULL, W_ALWAYS, 1 },
    { "ep", NULL, NULL, W_ALWAYS, 1 },
    { "Ep", NULL, NULL, W_ALWAYS, 1 },
    { "eps", NULL, NULL, W_ALWAYS, 1 },
    { "seq", NULL, NULL, W_ALWAYS, 1 },
    /* Ranks below the genus in a species name: "Acacia sp.", "Quercus spp.",
     * "Pinus nigra subsp. laricio", "Rosa canina var. dumalis". */
    { "sp", "species", NULL, W_ALWAYS, 1 },
    { "spp", "species", NULL, W_ALWAYS, 1 },
    { "subsp", "subspecies", NULL, W_ALWAYS, 1 },
    { "ssp", "subspecies", NULL, W_ALWAYS, 1 },
    { "var", "variety", NULL, W_ALWAYS, 1 },
    /* Latin and other small words. */
    { "vs", "versus", NULL, W_ALWAYS, 0 },
    { "VS", "versus", NULL, W_ALWAYS, 1 },      /* "CHIEFS VS. BILLS" */
    { "VS", "versus", NULL, W_TITLE, 0 },       /* "CHIEFS VS BILLS" */
    { "Vs", "versus", NULL, W_ALWAYS, 1 },
    { "Pct", "percent", NULL, W_ALWAYS, 1 },    /* "Rates by 0.25 Pct." */
    { "pct", "percent", NULL, W_ALWAYS, 0 },    /* "rose 2 pct" */
    { "feat", "featuring", NULL, W_ALWAYS, 1 },
    { "c/o", "care of", NULL, W_ALWAYS, 0 },
    /* Business shorthand. */
    { "YoY", "year over year", NULL, W_ALWAYS, 0 },
    { "QoQ", "quarter over quarter", NULL, W_ALWAYS, 0 },
    { "YTD", "year to date", NULL, W_ALWAYS, 0 },
    { "FTSE", "footsie", NULL, W_ALWAYS, 0 },   /* the London index, "the FTSE 100" */
    { "CO2e", "c o two equivalent", NULL, W_ALWAYS, 0 },   /* "57 Gt CO2e" */
    { "y/y", "year over year", NULL, W_ALWAYS, 0 },
    { "Y/Y", "year over year", NULL, W_ALWAYS, 0 },
    { "q/q", "quarter over quarter", NULL, W_ALWAYS, 0 },
    { "Q/Q", "quarter over quarter", NULL, W_ALWAYS, 0 },
    { "m/m", "month over month", NULL, W_ALWAYS, 0 },
    { "M/M", "month over month", NULL, W_ALWAYS, 0 },
    { "w/w", "week over week", NULL, W_ALWAYS, 0 },
    { "W/W", "week over week", NULL, W_ALWAYS, 0 },
    /* Courts: "the 9th Cir.", "the D.C. Cir." */
    { "Cir", "circuit", NULL, W_AFTER_ORD, 1 },
    { "Cir", "circle", NULL, W_AFTER_NAME, 1 },     /* "Oak Cir." */
    { "c", "century", NULL, W_AFTER_ORD, 1 },     /* "the 12th c." */
    { "Lt", "lieutenant", NULL, W_AFTER_ORD, 0 },  /* "a 2nd Lt.", "1st Lt" */
    { "Bn", "battalion", NULL, W_AFTER_ORD, 1 },  /* "3rd Bn., 7th Marines" */
    { "Bt", "baronet", NULL, W_AFTER_ORD, 1 },     /* "Sir John Lyle, 1st Bt." ("Bt cotton") */
    { "Bart", "baronet", NULL, W_AFTER_ORD, 1 },
    { "fl", "floor", NULL, W_AFTER_ORD, 1 },     /* "the 14th fl." ("2 fl. oz." stays) */
    { "Fl", "floor", NULL, W_AFTER_ORD, 1 },
    { "min", "minute", NULL, W_AFTER_ORD, 0 },   /* "sent off in the 34th min." */
    /* Case names "Roe v. Wade": "v" is said as the letter, like an initial. */
    { "v", NULL, NULL, W_TITLE, 1 },
    { "etc", "et cetera", NULL, W_ALWAYS, 0 },
    /* How often a dose is taken, in a prescription's Latin: said in English */
    { "b.i.d", "twice a day", NULL, W_ALWAYS, 1 },
    { "t.i.d", "three times a day", NULL, W_ALWAYS, 1 },
    { "q.i.d", "four times a day", NULL, W_ALWAYS, 1 },
    { "q.d", "once a day", NULL, W_ALWAYS, 1 },
    { "q.o.d", "every other day", NULL, W_ALWAYS, 1 },
    { "p.r.n", "as needed", NULL, W_ALWAYS, 1 },
    /* Said as letters, as they usually are aloud: "e g", "i e". */
    { "e.g", NULL, NULL, W_ALWAYS, 0 },
    { "i.e", NULL, NULL, W_ALWAYS, 0 },
    { "approx", "approximately", NULL, W_ALWAYS, 0 },
    /* "the min. temperature", "max. speed" (after a number "min" is minutes) */
    { "min", "minimum", NULL, W_NOT_NOUN, 1 },
    { "max", "maximum", NULL, W_NOT_NOUN, 1 },
    /* Heights: "1,850 m a.s.l.", "300 m AMSL" */
    { "a.s.l", "above sea level", NULL, W_ALWAYS, 0 },
    { "amsl", "above mean sea level", NULL, W_ALWAYS, 0 },
    { "AMSL", "above mean sea level", NULL, W_ALWAYS, 0 },
    { "Approx", "approximately", NULL, W_ALWAYS, 1 },
    { "Gov't", "government", NULL, W_ALWAYS, 0 },
    { "gov't", "government", NULL, W_ALWAYS, 0 },
    /* U.S. states, AP style (the eight short names are never abbreviated). */
    { "Ala", "alabama", NULL, W_STATE, 1 },
    { "Ariz", "arizona", NULL, W_STATE, 1 },
    { "Ark", "arkansas", NULL, W_STATE, 1 },
    { "Calif", "california", NULL, W_STATE, 1 },
    { "Colo", "colorado", NULL, W_STATE, 1 },
    { "Conn", "connecticut", NULL, W_STATE, 1 },
    { "Del", "delaware", NULL, W_STATE, 1 },
    { "Del", "delegate", NULL, W_PARTY_TITLE, 1 },
    { "Fla", "florida", NULL, W_STATE, 1 },
    { "Ga", "georgia", NULL, W_STATE, 1 },
    { "Ill", "illinois", NULL, W_STATE, 1 },
    { "Ind", "indiana", NULL, W_STATE, 1 },
    { "Kan", "kansas", NULL, W_STATE, 1 },
    { "Kans", "kansas", NULL, W_STATE, 1 },
    { "Ky", "kentucky", NULL, W_STATE, 1 },
    { "La", "louisiana", NULL, W_STATE, 1 },
    { "Md", "maryland", NULL, W_STATE, 1 },
    { "Mass", "massachusetts", NULL, W_STATE, 1 },
    { "Mich", "michigan", NULL, W_STATE, 1 },
    { "Minn", "minnesota", NULL, W_STATE, 1 },
    { "Miss", "mississippi", NULL, W_STATE, 1 },
    { "Mo", "missouri", NULL, W_STATE, 1 },
    { "Mont", "montana", NULL, W_STATE, 1 },
    { "Neb", "nebraska", NULL, W_STATE, 1 },
    { "Nev", "nevada", NULL, W_STATE, 1 },
    { "N.H", "new hampshire", NULL, W_STATE, 1 },
    { "N.J", "new jersey", NULL, W_STATE, 1 },
    { "N.M", "new mexico", NULL, W_STATE, 1 },
    { "N.Y", "new york", NULL, W_STATE, 1 },
    { "N.C", "north carolina", NULL, W_STATE, 1 },
    { "N.D", "north dakota", NULL, W_STATE, 1 },
    { "Okla", "oklahoma", NULL, W_STATE, 1 },
    { "Ore", "oregon", NULL, W_STATE, 1 },
    { "Pa", "pennsylvania", NULL, W_STATE, 1 },
    { "R.I", "rhode island", NULL, W_STATE, 1 },
    { "S.C", "south carolina", NULL, W_STATE, 1 },
    { "S.D", "south dakota", NULL, W_STATE, 1 },
    { "Tenn", "tennessee", NULL, W_STATE, 1 },
    { "Tex", "texas", NULL, W_STATE, 1 },
    { "Nebr", "nebraska", NULL, W_STATE, 1 },
    { "Wisc", "wisconsin", NULL, W_STATE, 1 },
    { "Vt", "vermont", NULL, W_STATE, 1 },
    { "Va", "virginia", NULL, W_STATE, 1 },
    { "Wash", "washington", NULL, W_STATE, 1 },
    { "W.Va", "west virginia", NULL, W_STATE, 1 },
    { "Wis", "wisconsin", NULL, W_STATE, 1 },
    { "Wyo", "wyoming", NULL, W_STATE, 1 },
    { "P.R", "puerto rico", NULL, W_STATE, 1 },   /* "SAN JUAN, P.R." */
};

#define N_ABBREVS (sizeof abbrevs / sizeof abbrevs[0])

static int starts_digit(const nv_ntok *t)
{
    return t && t->len > 0 && (nrm_is_digit(t->text[0])
                               || (t->len > 1 && t->text[0] == '#' && nrm_is_digit(t->text[1])));
}

/* A capitalised word (not a number, not a lone symbol). */
static int cap_word(const nv_ntok *t)
{
    return t && nrm_is_cap(t);
}

/* "Fresno, Calif.": the previous token is a capitalised word followed by a comma. */
static int after_place_comma(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c);
    return cap_word(prev) && nrm_post_has(prev, ',');
}

/* "Homes Burn in Calif.", "Storm Hits N.C.": a state with its period after a
 * word that a place follows, or after a verb in a headline in capitals. */
static int after_place_word(const nrm_ctx *c)
{
    static const char *const place_words[] = { "in", "from", "across", "near", "outside", NULL };
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok];

    if (!prev || prev->post_len != 0 || cur->pre_len != 0 || !nrm_post_dot(cur))
        return 0;
    return nrm_find(nrm_text(prev), place_words, 1) >= 0
        || (c->shouting && memchr(cur->text, '.', cur->len) != NULL);
}

/* Words that name a place on a street, after which "St." is the street:
 * "the Bleecker St. Station", "the Market St. Bridge". */
static const char *const street_nouns[] = {
    "Station", "Bridge", "Market", "Pier", "Garage", "Mall", "Terminal", "Tunnel", "Subway",
    "Ferry", "Corridor", "Exit", "Overpass", "Underpass", "Viaduct", "Entrance", NULL
};

/* Capitalised determiners, which are no name: "The Dr. said". */
static const char *const cap_determiners[] = { "The", "A", "An", "This", "That", "Our",
                                               "Your", "His", "Her", "Their", "My", NULL };

static int compass_index(nrm_span t);

/* 1 if "St." is a street before a capitalised word: after an ordinal ("78th
 * St. Police said") or before a quadrant ("Church St. SE", "Queen St W,"). */
static int street_before_cap(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok], *next = nrm_next(c);
    size_t k = 0;
    int ci;

    static const char *const determiners[] = { "the", "a", "an", "its", "his", "her",
                                               "their", "our", "this", "every", NULL };
    const nv_ntok *before = c->i_tok >= 2 ? nrm_tok(c, c->i_tok - 2) : NULL;

    if (!nrm_eq(nrm_text(cur), "St") || !next || next->pre_len != 0)
        return 0;
    while (k < prev->len && nrm_is_digit(prev->text[k]))
        k++;
    if (k > 0 && prev->len - k == 2 && nrm_is_lower(prev->text[k])
        && !(before && nrm_find(nrm_text(before), determiners, 1) >= 0)
        && !(next->len > 2 && next->text[next->len - 1] == 's' && next->text[next->len - 2] == '\''))
        return 1;                               /* "78th St." (not "the 1st St. Patrick's") */
    ci = compass_index(nrm_text(next));
    return ci >= 4 ? next->len == 2
                   : ci >= 0 && (next->post_len != 0 || c->i_tok + 2 == c->n_tok);
}

/* After a name or a number, and not before a capitalised word: "Main St." street,
 * "Elm Dr. in Dallas", "6 Ft." feet. */
static int after_name(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok], *next = nrm_next(c);

    if (!prev || prev->post_len != 0 || cur->pre_len != 0)
        return 0;
    if (!cap_word(prev) && !(prev->len > 0 && nrm_is_digit(prev->text[0])))
        return 0;
    if (nrm_find(nrm_text(prev), cap_determiners, 0) >= 0)
        return 0;                               /* "The Dr. said": no name before it */
    return !(cap_word(next) && nrm_joined(cur)) || nrm_find(nrm_text(next), street_nouns, 0) >= 0
        || street_before_cap(c);
}

const char *nrm_title_word(nrm_span t)
{
    size_t i;

    if (t.len > 1 && t.s[t.len - 1] == '.')
        t.len--;
    for (i = 0; i < N_ABBREVS; i++)
        if (abbrevs[i].when == W_TITLE && nrm_is_upper(abbrevs[i].written[0])
            && nrm_eq(t, abbrevs[i].written) && abbrevs[i].spoken)
            return abbrevs[i].spoken;
    return NULL;
}

static const char *const weekday_abbrevs[] = {
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", NULL
};

/* 1 if t is a weekday abbreviation with its period ("Fri.", "Sun."). */
static int weekday_abbrev(const nv_ntok *t)
{
    return t && nrm_post_dot(t) && nrm_find(nrm_text(t), weekday_abbrevs, 0) >= 0;
}

/* 1 if t is a time of day: "11 a.m.", "7:30pm", "noon". A weekday abbreviation
 * after one is the day of the event: "services at 11 a.m. Sat." */
static int time_of_day(const nv_ntok *t)
{
    static const char *const clock_words[] = { "a.m", "p.m", "am", "pm", "noon", "midnight",
                                               NULL };
    nrm_span w = t ? nrm_text(t) : (nrm_span){ "", 0 };

    if (nrm_find(w, clock_words, 1) >= 0)
        return 1;
    return w.len > 2 && nrm_is_digit(w.s[0])
        && (nrm_ieq((nrm_span){ w.s + w.len - 2, 2 }, "am")
            || nrm_ieq((nrm_span){ w.s + w.len - 2, 2 }, "pm"));
}

/* 1 if the current token is a weekday abbreviation written without its period
 * before a day and its month: "Wed 4 June", "Sat, Oct 5". Not after "the" ("The
 * Sun, 5 June 2011" is the newspaper). */
static int weekday_before_date(const nrm_ctx *c)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *prev = nrm_prev(c), *next = nrm_next(c);
    const nv_ntok *after = nrm_tok(c, c->i_tok + 2);

    if (!next || !after || nrm_find(nrm_text(cur), weekday_abbrevs, 0) < 0
        || (cur->post_len > 1 || (cur->post_len == 1 && cur->post[0] != ','))
        || next->pre_len != 0 || after->pre_len != 0
        || (prev && nrm_ieq(nrm_text(prev), "the")))
        return 0;
    if (starts_digit(next) && next->len <= 2 && (next->post_len == 0 || nrm_post_dot(next)))
        return nrm_month(nrm_text(after), 1) != NULL;     /* Wed 4 June */
    return nrm_month(nrm_text(next), 1) != NULL && starts_digit(after);   /* Sat Oct 5 */
}

/* The counties of Ireland, which "Co." before them names: "Co. Cork" county cork.
 * To add one, append it (capitalised) before NULL. */
static const char *const irish_counties[] = {
    "Antrim", "Armagh", "Carlow", "Cavan", "Clare", "Cork", "Derry", "Donegal", "Down",
    "Dublin", "Fermanagh", "Galway", "Kerry", "Kildare", "Kilkenny", "Laois", "Leitrim",
    "Limerick", "Londonderry", "Longford", "Louth", "Mayo", "Meath", "Monaghan", "Offaly",
    "Roscommon", "Sligo", "Tipperary", "Tyrone", "Waterford", "Westmeath", "Wexford",
    "Wicklow", NULL
};

/* 1 if t is a military rank abbreviation, with or without its period. */
static int rank_abbrev(const nv_ntok *t)
{
    static const char *const ranks[] = {
        "Lt", "Sgt", "Capt", "Cpl", "Pvt", "Cmdr", "Col", "Gen", "Maj", "Brig", "Adm",
        "Cdr", "Comdr", "Cdre", "Lieut", "Pte", "Flt", "Sqn", "Ldr", "Wg", "Gp", "Plt", "Fg",
        "Off", "Rt", NULL
    };
    return t && nrm_find(nrm_text(t), ranks, 0) >= 0;
}

/* 1 if t is a score written with a dash, nothing after it: "2-1", "(4-3", "10-8". */
static int score_token(const nv_ntok *t)
{
    size_t i = 0, a, b;

    if (!t || t->post_len != 0)
        return 0;
    while (i < t->len && nrm_is_digit(t->text[i]))
        i++;
    a = i;
    if (a == 0 || a > 3 || i >= t->len || t->text[i] != '-')
        return 0;
    for (b = ++i; i < t->len && nrm_is_digit(t->text[i]); i++)
        ;
    return i == t->len && i - b > 0 && i - b <= 3;
}

/* 1 if "No" without its period starts a count, not a number: "No 2 people
 * are alike", "No 7 players were hurt" (but "No 1 seed", "No 10 Downing St"). */
static int no_before_count(const nrm_ctx *c)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *next = nrm_next(c);
    const nv_ntok *noun = nrm_tok(c, c->i_tok + 2), *prev = nrm_prev(c);
    static const char *const determiners[] = {
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "world", NULL
    };
    nrm_span w;

    if (prev && prev->post_len == 0
        && (!nrm_is_lower(prev->text[0]) || nrm_find(nrm_text(prev), determiners, 1) >= 0))
        return 0;                               /* "the No 2 seeds", "World No 3 players" */
    if (!next || !noun || next->pre_len != 0 || next->post_len != 0 || noun->pre_len != 0
        || !nrm_is_plain_number(nrm_text(next)) || nrm_eq(nrm_text(next), "1")
        || cur->pre_len != 0)
        return 0;
    w = nrm_text(noun);
    if (w.len < 3 || !nrm_is_lower(w.s[0]))
        return 0;
    return nrm_is_count_noun(w)
        || (w.s[w.len - 1] == 's' && w.s[w.len - 2] != 's' && w.s[w.len - 2] != '\'');
}

/* 1 if t is a capitalised abbreviation with its period that is no title of a
 * person ("Phys.", "Lett.", "Econ."; not "Dr.", "Gov."). */
static int journal_abbrev(const nv_ntok *t, size_t min_len)
{
    static const char *const person_titles[] = { "Dr", "Mr", "Mrs", "Ms", "Prof", "Drs", "Messrs",
                                                 "Mme", "Mgr", "Rt", "St", NULL };
    return t && cap_word(t) && nrm_post_dot(t) && t->len >= min_len
        && !nrm_title_word(nrm_text(t)) && nrm_find(nrm_text(t), person_titles, 0) < 0
        && !memchr(t->text, '.', t->len);
}

/* 1 if a name of one to four words after the current token is followed by a
 * party and place: ", D-D.C." or "(R-Guam)". */
static int party_follows(const nrm_ctx *c)
{
    size_t k;

    for (k = c->i_tok + 1; k < c->i_tok + 5; k++) {
        const nv_ntok *t = nrm_tok(c, k), *p = nrm_tok(c, k + 1);
        if (!cap_word(t))
            return 0;
        if (t->post_len == 0)
            continue;
        return (nrm_post_has(t, ',') || (p && p->pre_len == 1 && p->pre[0] == '('))
            && p && p->len >= 3 && p->text[1] == '-'
            && (p->text[0] == 'D' || p->text[0] == 'R' || p->text[0] == 'I');
    }
    return 0;
}

static int rule_holds(const nrm_ctx *c, const abbrev *a)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *next = nrm_next(c);

    switch (a->when) {
    case W_ALWAYS:
        return 1;
    case W_TITLE:
        return cap_word(next) && nrm_joined(cur);
    case W_PARTY_TITLE:
        return cap_word(next) && nrm_joined(cur) && party_follows(c);
    case W_NAME_PLACE:
        /* lower case ("st") only where the context says which reading */
        return !nrm_is_lower(a->written[0]) || (cap_word(next) && nrm_joined(cur))
            || after_name(c);
    case W_NUMBER:
        if (nrm_ieq(nrm_text(cur), "no") && cur->post_len == 0 && no_before_count(c))
            return 0;
        /* "No. 1", "Vol. II", "Art. I," ("I" only before a comma or the end) */
        return (starts_digit(next) || (next && nrm_roman_value(nrm_text(next)) >= 2)
                || (next && nrm_eq(nrm_text(next), "I") && next->pre_len == 0
                    && (c->i_tok + 2 == c->n_tok
                        || (next->post_len > 0 && strchr(",;:)", next->post[0])))))
            && nrm_joined(cur);
    case W_AFTER_NAME:
        return cap_word(nrm_prev(c));
    case W_AFTER_YEAR: {
        const nv_ntok *prev = nrm_prev(c);
        return prev && prev->len == 4 && prev->post_len == 0 && cur->pre_len == 0
            && nrm_is_plain_number(nrm_text(prev)) && (prev->text[0] == '1' || prev->text[0] == '2');
    }
    case W_AFTER_ORD: {
        const nv_ntok *prev = nrm_prev(c);
        static const char *const ord[] = { "st", "nd", "rd", "th", "d", NULL };
        size_t k = 0;
        if (!prev || prev->post_len > 1 || cur->pre_len != 0)
            return 0;
        if (nrm_eq(nrm_text(prev), "D.C"))
            return 1;
        while (k < prev->len && nrm_is_digit(prev->text[k]))
            k++;
        return k > 0 && k <= 2 && prev->post_len == 0
            && nrm_find((nrm_span){ prev->text + k, prev->len - k }, ord, 1) >= 0;
    }
    case W_WEEKDAY:
        return nrm_post_dot(cur) && (weekday_abbrev(nrm_prev(c)) || weekday_abbrev(next)
                                     || time_of_day(nrm_prev(c))
                                     || (c->i_tok >= 2 && weekday_abbrev(nrm_tok(c, c->i_tok - 2)))
                                     || weekday_abbrev(nrm_tok(c, c->i_tok + 2))
                                     || (next && (starts_digit(next)
                                                  || nrm_month(nrm_text(next), 1) != NULL)));
    case W_STREET: {
        const nv_ntok *prev = nrm_prev(c);
        return prev && prev->post_len == 0 && cur->pre_len == 0
            && (cap_word(prev) || (prev->len > 0 && nrm_is_digit(prev->text[0])))
            && nrm_find(nrm_text(prev), cap_determiners, 0) < 0;    /* "The Ave Maria" */
    }
    case W_COUNTY:
        return next && nrm_joined(cur) && nrm_find(nrm_text(next), irish_counties, 0) >= 0;
    case W_NOT_NOUN: {
        static const char *const noun_determiners[] = {
            "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", NULL
        };
        const nv_ntok *prev = nrm_prev(c);
        return next || !prev || prev->post_len != 0 || cur->pre_len != 0
            || nrm_find(nrm_text(prev), noun_determiners, 1) < 0;
    }
    case W_RANK: {
        int after_rank = rank_abbrev(nrm_prev(c)) && nrm_joined(nrm_prev(c));
        if (after_rank && nrm_post_dot(cur) && cur->post_len == 1)
            return 1;                           /* "promoted to Lt. Col. in 1944" */
        return cap_word(next) && nrm_joined(cur) && (after_rank || rank_abbrev(next));
    }
    case W_VERSE: {
        /* the next token is chapter:verse, "8:28", "13:4-7" */
        size_t k = 0;
        if (!next || !nrm_joined(cur) || next->pre_len != 0)
            return 0;
        while (k < next->len && nrm_is_digit(next->text[k]))
            k++;
        return k > 0 && k <= 3 && k + 1 < next->len && next->text[k] == ':'
            && nrm_is_digit(next->text[k + 1]);
    }
    case W_OFFICE: {
        const nv_ntok *after = nrm_tok(c, c->i_tok + 2);
        return next && nrm_joined(cur) && next->post_len == 0 && nrm_eq(nrm_text(next), "of")
            && cap_word(after) && after->pre_len == 0;
    }
    case W_JOURNAL: {
        const nv_ntok *after = nrm_tok(c, c->i_tok + 2);
        if (!nrm_post_dot(cur))
            return 0;
        if (nrm_joined(cur) && journal_abbrev(next, 3))
            return 1;                           /* "Rev. Mod. Phys.", "Phys. Rev. Lett." */
        if (!journal_abbrev(nrm_prev(c), 1) || nrm_prev(c)->post_len != 1)
            return 0;
        return !next || cur->post_len > 1 || starts_digit(next)
            || (next->len == 1 && nrm_is_upper(next->text[0]) && starts_digit(after));
    }
    case W_STATE:
        return after_place_comma(c) || after_place_word(c);
    case W_AFTER_SCORE:
        return score_token(nrm_prev(c)) && (cur->pre_len == 0 || nrm_eq(
                   (nrm_span){ cur->pre, cur->pre_len }, "("));
    case W_ON_SCORE:
        return c->i_tok >= 2 && nrm_prev(c)->post_len == 0 && cur->pre_len == 0
            && nrm_eq(nrm_text(nrm_prev(c)), "on") && score_token(nrm_tok(c, c->i_tok - 2));
    default:
        return 0;
    }
}

/* "Jr.'s", "Sr's", "Co.'s": a name suffix or company word with a possessive;
 * only rows said wherever they are written or after a name. */
static int read_abbrev_possessive(nrm_ctx *c, nrm_span t)
{
    char buf[48];
    size_t i, n;
    int dot;

    if (t.len < 4 || t.len > 12 || !nrm_eq((nrm_span){ t.s + t.len - 2, 2 }, "'s"))
        return 0;
    n = t.len - 2;
    dot = t.s[n - 1] == '.';
    n -= (size_t)dot;
    for (i = 0; i < N_ABBREVS; i++) {
        const abbrev *a = &abbrevs[i];
        if (!a->spoken || !nrm_eq((nrm_span){ t.s, n }, a->written) || (a->period && !dot)
            || (a->when != W_ALWAYS && !(a->when == W_AFTER_NAME && rule_holds(c, a))))
            continue;
        if (strlen(a->spoken) + 3 > sizeof buf)
            return 0;
        strcpy(buf, a->spoken);
        strcat(buf, "'s");
        nrm_say(c, buf);
        return 1;
    }
    return 0;
}

/* Abbreviations that go in pairs, each with its period: "Pub. L. 117-58"
 * public law, "Fed. Reg." federal register. To add one, append a row
 * { first, its words, second, its words }. */
static const char *const abbrev_pairs[][4] = {
    { "Pub", "public", "L", "law" },
    { "Priv", "private", "L", "law" },
    { "Fed", "federal", "Reg", "register" },
    { "Cong", "congressional", "Rec", "record" },
    { "Pat", "patent", "No", "number" },        /* "U.S. Pat. No. 7,654,321" */
};

/* Reads the current token if it is one of a pair of abbreviations. */
static int read_abbrev_pair(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *prev = nrm_prev(c), *next = nrm_next(c);
    size_t i;

    if (!nrm_post_dot(cur) || cur->post_len != 1)
        return 0;
    for (i = 0; i < sizeof abbrev_pairs / sizeof abbrev_pairs[0]; i++) {
        const char *const *p = abbrev_pairs[i];
        if (nrm_eq(t, p[0]) && next && next->pre_len == 0 && nrm_eq(nrm_text(next), p[2])
            && nrm_post_dot(next)) {
            nrm_say(c, p[1]);
            return 1;
        }
        if (nrm_eq(t, p[2]) && prev && cur->pre_len == 0 && nrm_eq(nrm_text(prev), p[0])
            && nrm_post_dot(prev) && prev->post_len == 1) {
            nrm_say(c, p[3]);
            return 1;
        }
    }
    return 0;
}

int nrm_read_abbrev(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *cur = &c->tok[c->i_tok];
    size_t i;

    if (read_abbrev_possessive(c, t) || read_abbrev_pair(c, t))
        return 1;

    for (i = 0; i < N_ABBREVS; i++) {
        const abbrev *a = &abbrevs[i];
        if (!nrm_eq(t, a->written))
            continue;
        if (a->period && !nrm_post_dot(cur)) {
            if (weekday_before_date(c)) {
                nrm_say(c, a->spoken);
                return 1;
            }
            continue;
        }
        if (!rule_holds(c, a))
            continue;
        if (!a->spoken)
            nrm_spell(c, t);
        else if (a->when == W_NAME_PLACE && a->alt && after_name(c))
            nrm_say(c, a->alt);
        else
            nrm_say(c, a->spoken);
        return 1;
    }
    return 0;
}

/* ---- addresses: "317 S. 3rd St.", "Santa Maria, CA 91230" ------------------- */

/* Postal codes of the states, { code, name }; read as the name only in an
 * address, between "Place," and a ZIP code. */
/* The spoken words of t in a table of { written, spoken } rows (exact case), or
 * NULL. */
static const char *table_word(nrm_span t, const char *const (*rows)[2], size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (nrm_eq(t, rows[i][0]))
            return rows[i][1];
    return NULL;
}

#define TABLE_WORD(t, rows) table_word((t), (rows), sizeof (rows) / sizeof (rows)[0])

static const char *const postal_codes[][2] = {
    { "AL", "alabama" }, { "AK", "alaska" }, { "AZ", "arizona" }, { "AR", "arkansas" },
    { "CA", "california" }, { "CO", "colorado" }, { "CT", "connecticut" },
    { "DE", "delaware" }, { "FL", "florida" }, { "GA", "georgia" }, { "HI", "hawaii" },
    { "ID", "idaho" }, { "IL", "illinois" }, { "IN", "indiana" }, { "IA", "iowa" },
    { "KS", "kansas" }, { "KY", "kentucky" }, { "LA", "louisiana" }, { "ME", "maine" },
    { "MD", "maryland" }, { "MA", "massachusetts" }, { "MI", "michigan" },
    { "MN", "minnesota" }, { "MS", "mississippi" }, { "MO", "missouri" },
    { "MT", "montana" }, { "NE", "nebraska" }, { "NV", "nevada" },
    { "NH", "new hampshire" }, { "NJ", "new jersey" }, { "NM", "new mexico" },
    { "NY", "new york" }, { "NC", "north carolina" }, { "ND", "north dakota" },
    { "OH", "ohio" }, { "OK", "oklahoma" }, { "OR", "oregon" }, { "PA", "pennsylvania" },
    { "RI", "rhode island" }, { "SC", "south carolina" }, { "SD", "south dakota" },
    { "TN", "tennessee" }, { "TX", "texas" }, { "UT", "utah" }, { "VT", "vermont" },
    { "VA", "virginia" }, { "WA", "washington" }, { "WV", "west virginia" },
    { "WI", "wisconsin" }, { "WY", "wyoming" }, { "DC", "d c" },
};

/* 1 if t is a ZIP code: 91230 or 91230-1234. */
static int is_zip(const nv_ntok *t)
{
    size_t i;

    if (!t || (t->len != 5 && t->len != 10) || t->pre_len != 0)
        return 0;
    for (i = 0; i < t->len; i++)
        if (!(nrm_is_digit(t->text[i]) || (i == 5 && t->text[i] == '-')))
            return 0;
    return 1;
}

int nrm_read_postal_state(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *cur = &c->tok[c->i_tok];
    const char *w;

    if (t.len != 2 || cur->pre_len != 0 || !after_place_comma(c) || !is_zip(nrm_next(c))
        || !(w = TABLE_WORD(t, postal_codes)))
        return 0;
    nrm_say(c, w);
    return 1;
}

/* States of one word, as written in full ("R-Texas", "Boise, Idaho 83702"). */
static const char *const full_states[] = {
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "Wisconsin", "Wyoming", NULL
};

/* Second words of the states of two words ("Albany, New York 12207"). */
static const char *const state_second_words[] = {
    "York", "Jersey", "Hampshire", "Mexico", "Carolina", "Dakota", "Island", "Virginia", NULL
};

static const char *state_name(nrm_span s);

/* 1 if a ZIP code follows a state written in full or abbreviated AP style
 * after "Place,": "Boise, Idaho 83702", "Sacramento, Calif. 95814", "Lincoln,
 * Neb., 68508", "Albany, New York 12207". */
static int after_state_name(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c), *place;
    size_t back = 2;

    if (c->i_tok < 2 || prev->pre_len != 0)
        return 0;
    if (nrm_post_dot(prev) && (state_name(nrm_text(prev)) || nrm_eq(nrm_text(prev), "D.C")))
        ;                                       /* "Calif.", "Washington, D.C. 20500" */
    else if (prev->post_len > 1 || (prev->post_len == 1 && prev->post[0] != ','))
        return 0;
    else if (nrm_find(nrm_text(prev), state_second_words, 0) >= 0 && c->i_tok >= 3
             && nrm_tok(c, c->i_tok - 2)->post_len == 0 && cap_word(nrm_tok(c, c->i_tok - 2)))
        back = 3;                               /* "New York", "West Virginia" */
    else if (nrm_find(nrm_text(prev), full_states, 0) < 0)
        return 0;
    place = nrm_tok(c, c->i_tok - back);
    return cap_word(place) && place->post_len == 1 && place->post[0] == ',';
}

/* 1 if t is half a Canadian postal code: letter, digit, letter ("M5V", the
 * first) or digit, letter, digit ("3L9", the second). */
static int canada_post_half(const nv_ntok *t, int second)
{
    int k;

    if (!t || t->len != 3 || t->pre_len != 0)
        return 0;
    for (k = 0; k < 3; k++)
        if ((k % 2 == second) ? !nrm_is_upper(t->text[k]) : !nrm_is_digit(t->text[k]))
            return 0;
    return 1;
}

int nrm_read_canada_post(nrm_ctx *c, nrm_span t)
{
    /* Provinces and territories, { postal code, name }. */
    static const char *const provinces[][2] = {
        { "AB", "alberta" }, { "BC", "british columbia" }, { "MB", "manitoba" },
        { "NB", "new brunswick" }, { "NL", "newfoundland and labrador" },
        { "NS", "nova scotia" }, { "NT", "northwest territories" }, { "NU", "nunavut" },
        { "ON", "ontario" }, { "PE", "prince edward island" }, { "QC", "quebec" },
        { "SK", "saskatchewan" }, { "YT", "yukon" },
    };
    const nv_ntok *cur = &c->tok[c->i_tok], *prev = nrm_prev(c), *next = nrm_next(c);
    size_t i;
    const char *w;

    if (t.s != cur->text || t.len != cur->len)
        return 0;
    if ((canada_post_half(cur, 0) && cur->post_len == 0 && canada_post_half(next, 1))
        || (canada_post_half(cur, 1) && prev && prev->post_len == 0
            && canada_post_half(prev, 0))) {
        for (i = 0; i < 3; i++)                 /* "M5V 3L9": m five v three l nine */
            if (nrm_is_digit(t.s[i]))
                nrm_say(c, nrm_digit_word(t.s[i]));
            else
                nrm_spell(c, (nrm_span){ t.s + i, 1 });
        return 1;
    }
    if (t.len != 2 || cur->pre_len != 0 || !after_place_comma(c) || cur->post_len != 0
        || !canada_post_half(next, 0) || !canada_post_half(nrm_tok(c, c->i_tok + 2), 1))
        return 0;
    if (!(w = TABLE_WORD(t, provinces)))
        return 0;
    nrm_say(c, w);
    return 1;
}

/* 1 if the current token is a European postcode of five digits, between an
 * address's street and its city: "12 rue du Faubourg, 75008 Paris",
 * "Friedrichstrasse 43, 10117 Berlin". A house number (1 to 4 digits, not a
 * year) stands in the five tokens before the comma, and the city closes the
 * clause. */
static int postcode_before_city(const nrm_ctx *c)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *prev = nrm_prev(c), *next = nrm_next(c);
    size_t k;

    if (cur->len != 5 || cur->post_len != 0 || !prev || prev->post_len != 1
        || prev->post[0] != ',' || !cap_word(next) || next->pre_len != 0
        || !(next->post_len != 0 || c->i_tok + 2 == c->n_tok))
        return 0;
    for (k = 1; k <= 5 && k <= c->i_tok; k++) {
        const nv_ntok *t = nrm_tok(c, c->i_tok - k);
        size_t d = 0;
        if (k > 1 && t->post_len != 0)
            return 0;
        while (d < t->len && nrm_is_digit(t->text[d]))
            d++;
        if (d > 0 && d <= 4 && t->len - d <= 1
            && !(d == 4 && t->text[0] <= '2' && (t->text[0] == '2' || t->text[1] >= '8')))
            return 1;
    }
    return 0;
}

int nrm_after_postal_state(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c);
    size_t i;

    if (!prev || !is_zip(&c->tok[c->i_tok]))
        return 0;
    for (i = 1; i <= 3 && i <= c->i_tok; i++) { /* "ZIP 90210", "ZIP code is 90210" */
        nrm_span w = nrm_text(nrm_tok(c, c->i_tok - i));
        if (nrm_ieq(w, "zip") || nrm_ieq(w, "zip+4") || nrm_ieq(w, "postcode")
            || (nrm_ieq(w, "code") && i + 1 <= c->i_tok
                && nrm_ieq(nrm_text(nrm_tok(c, c->i_tok - i - 1)), "postal")))
            return 1;
    }
    if (after_state_name(c) || postcode_before_city(c))
        return 1;
    if (prev->len != 2)
        return 0;
    return TABLE_WORD(nrm_text(prev), postal_codes) != NULL;
}

int nrm_is_state_route_code(nrm_span t)
{
    /* in capitals these are words too: "IN 500 DAYS", "OR 100" */
    static const char *const words[] = { "IN", "OR", "ME", "OK", "HI", "OH", "DE", "DC", NULL };

    return t.len == 2 && TABLE_WORD(t, postal_codes) && nrm_find(t, words, 0) < 0;
}

/* Words that end a street name ("Elm St.", "Circle Dr.", "Downing Street"). */
static const char *const street_words[] = {
    "St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Blvd", "Boulevard",
    "Ln", "Lane", "Way", "Ct", "Court", "Pl", "Place", "Pkwy", "Parkway", "Ter", "Terrace",
    "Cir", "Circle", "Hwy", "Highway", "Plaza", "Sq", "Square", "Expy", "Expressway",
    "Fwy", "Freeway", "st", NULL
};

/* Words after which a number is a year, not a house number: "in 2005 Main
 * Street was paved". */
static const char *const year_words[] = { "in", "since", "by", "from", "until", "during",
                                          "before", "after", "of", "to", NULL };

int nrm_is_house_number(const nrm_ctx *c)
{
    const nv_ntok *cur = &c->tok[c->i_tok];
    size_t i, n_digits = 0;

    for (i = 0; i < cur->len; i++) {
        if (!nrm_is_digit(cur->text[i]))
            return 0;
        n_digits++;
    }
    const nv_ntok *prev = nrm_prev(c);

    if (n_digits < 3 || n_digits > 4 || cur->text[0] == '0' || cur->post_len != 0)
        return 0;
    if (prev && nrm_find(nrm_text(prev), year_words, 1) >= 0)
        return 0;                               /* "in 2005 Main Street was paved" */
    /* then up to three words of a name, the first capitalised (or a compass
     * point, or an ordinal: "S. 3rd"), and a street word */
    for (i = c->i_tok + 1; i < c->n_tok && i <= c->i_tok + 4; i++) {
        const nv_ntok *t = &c->tok[i];
        nrm_span s = nrm_text(t);
        if (t->pre_len != 0)
            return 0;
        if (i > c->i_tok + 1 && nrm_find(s, street_words, 0) >= 0)
            return 1;
        if (!(nrm_is_cap(t) || (t->len > 0 && nrm_is_digit(t->text[0]))
              || compass_index(s) >= 0))
            return 0;
        if (t->post_len != 0 && !(compass_index(s) >= 0 && nrm_post_dot(t) && t->post_len == 1))
            return 0;
    }
    return 0;
}

/* Words that name a numbered road, which a compass point may come before:
 * "2201 W. Hwy. 66". */
static const char *const highway_words[] = {
    "Hwy", "Highway", "Route", "Rte", "Interstate", "US", "U.S", "State", "County", NULL
};

/* Compass points abbreviated in a street address. */
static const char *const compass[][2] = {
    { "N", "north" }, { "S", "south" }, { "E", "east" }, { "W", "west" },
    { "NE", "northeast" }, { "NW", "northwest" }, { "SE", "southeast" }, { "SW", "southwest" },
    { "NNE", "north northeast" }, { "ENE", "east northeast" }, { "ESE", "east southeast" },
    { "SSE", "south southeast" }, { "SSW", "south southwest" }, { "WSW", "west southwest" },
    { "WNW", "west northwest" }, { "NNW", "north northwest" },
};

/* Units of distance written as words, after which a compass point is a
 * direction ("45 miles NE of the city"); abbreviated units are in quantity.c. */
static const char *const distance_words[] = {
    "mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers", "metre", "metres",
    "meter", "meters", "feet", "foot", "yards", "yard", "leagues", NULL
};

/* 1 if token i is a distance: a unit after a number ("45 km", "3.1 mi)") or a
 * number with its unit ("45km"). */
static int distance_token(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i), *p = i > 0 ? nrm_tok(c, i - 1) : NULL;
    nrm_span w;

    if (!t || !(t->post_len == 0 || (t->post_len == 1 && t->post[0] == ')')))
        return 0;
    w = nrm_text(t);
    if (nrm_is_digit(w.s[0])) {
        size_t k = 0;
        while (k < w.len && (nrm_is_digit(w.s[k]) || w.s[k] == '.' || w.s[k] == ','))
            k++;
        w.s += k;
        w.len -= k;
        return w.len > 0 && (nrm_unit_find(w, 0) >= 0 || nrm_find(w, distance_words, 0) >= 0);
    }
    return p && p->post_len == 0 && p->len > 0 && nrm_is_digit(p->text[p->len - 1])
        && (nrm_unit_find(w, 0) >= 0
            || nrm_find(w, distance_words, 0) >= 0);
}

static int compass_index(nrm_span t)
{
    size_t i;

    for (i = 0; i < sizeof compass / sizeof compass[0]; i++)
        if (nrm_eq(t, compass[i][0]))
            return (int)i;
    return -1;
}

/* 1 if token i is a street word, abbreviated or not: "St.", "Avenue"; not
 * "St." or "Dr." before a name ("St. Louis"). */
static int street_word(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i), *after = nrm_tok(c, i + 1);

    static const char *const streets[] = {
        "St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Pl", "Ct", "Pkwy", "Hwy", "Street", "Avenue",
        "Boulevard", "Road", "Drive", "Lane", "Place", "Court", "Parkway", "Highway", "Way",
        NULL
    };
    if (!t || t->pre_len != 0 || nrm_find(nrm_text(t), streets, 0) < 0)
        return 0;
    return !(nrm_joined(t) && cap_word(after)
             && (nrm_eq(nrm_text(t), "St") || nrm_eq(nrm_text(t), "Dr")));
}

/* 1 if tokens from i are one to three capitalised words and a street word:
 * "Main St.", "Lake Shore Drive". */
static int street_after_name(const nrm_ctx *c, size_t i)
{
    size_t k;

    for (k = i; k < i + 3; k++) {
        const nv_ntok *t = nrm_tok(c, k);
        if (!t || t->pre_len != 0 || t->post_len != 0 || !cap_word(t))
            return 0;
        if (street_word(c, k + 1))
            return 1;
    }
    return 0;
}

/* 1 if the current token follows a street word written without a period after
 * a name: the quadrant of "1600 Pennsylvania Avenue NW", "K Street SE". */
static int street_quadrant(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c), *name = c->i_tok >= 2 ? nrm_tok(c, c->i_tok - 2) : NULL;

    return prev && name && prev->post_len == 0 && prev->pre_len == 0 && name->post_len == 0
        && nrm_is_upper(prev->text[0]) && nrm_find(nrm_text(prev), street_words, 0) >= 0
        && (cap_word(name) || starts_digit(name));
}

static int all_digits(nrm_span t)
{
    size_t i;

    for (i = 0; i < t.len; i++)
        if (!nrm_is_digit(t.s[i]))
            return 0;
    return t.len > 0;
}

/* 1 if t is an ordinal written with digits, "1st", "42nd", "116th". */
static int ordinal_token(const nv_ntok *t)
{
    size_t d = 0;

    while (t && d < t->len && nrm_is_digit(t->text[d]))
        d++;
    return d > 0 && t->len == d + 2
        && (nrm_has_prefix(t->text + d, 2, "st") || nrm_has_prefix(t->text + d, 2, "nd")
            || nrm_has_prefix(t->text + d, 2, "rd") || nrm_has_prefix(t->text + d, 2, "th"));
}

int nrm_read_compass(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok], *next = nrm_next(c);

    /* after a bearing in degrees: "40.7 (degree sign) N", "74 (degree sign) W",
     * "40 (degree sign) 26' 46\" N" */
    if (prev && cur->pre_len == 0 && t.len == 1 && compass_index(t) >= 0
        && ((prev->post_len == 0 && prev->len >= 3 && nrm_is_digit(prev->text[0])
             && memcmp(prev->text + prev->len - 2, "\xc2\xb0", 2) == 0)
            || nrm_after_coordinate(c))) {
        nrm_say(c, compass[compass_index(t)][1]);
        return 1;
    }

    /* after a distance: "45 km NE of the city", "5 km (3.1 mi) SSE of it" */
    if (prev && cur->pre_len == 0 && compass_index(t) >= 0 && c->i_tok >= 1
        && distance_token(c, c->i_tok - 1)
        && (!next || cur->post_len != 0 || nrm_eq(nrm_text(next), "of")
            || nrm_eq(nrm_text(next), "from"))) {
        nrm_say(c, compass[compass_index(t)][1]);
        return 1;
    }

    /* a storm's heading: "moving NNW at 12 mph", "headed toward the WSW" */
    if (t.len >= 2 && compass_index(t) >= 4 && cur->pre_len == 0 && prev
        && prev->post_len == 0) {
        static const char *const heading[] = {
            "moving", "heading", "headed", "drifting", "traveling", "travelling", "toward",
            "towards", "tracking", "turning", "blowing", "moves", "move", "moved", "heads",
            "turned", "drifted", "traveled", "tracked", NULL
        };
        const nv_ntok *pp = c->i_tok >= 2 ? nrm_tok(c, c->i_tok - 2) : NULL;
        if (nrm_find(nrm_text(prev), heading, 1) >= 0
            || (nrm_ieq(nrm_text(prev), "the") && pp && pp->post_len == 0
                && nrm_find(nrm_text(pp), heading, 1) >= 0)) {
            nrm_say(c, compass[compass_index(t)][1]);
            return 1;
        }
    }

    /* points of two or three letters with the wind ("NW winds", "winds SE at
     * 10 mph", "winds WSW 10-15 mph") and the quadrant after a street
     * ("1600 Pennsylvania Ave. NW") */
    if (t.len >= 2 && compass_index(t) >= 4 && cur->pre_len == 0
        && ((next && (nrm_ieq(nrm_text(next), "winds") || nrm_ieq(nrm_text(next), "wind")))
            || (prev && (prev->post_len == 0 || nrm_post_has(prev, ':'))   /* "Wind: SW" */
                && (nrm_ieq(nrm_text(prev), "winds") || nrm_ieq(nrm_text(prev), "wind")))
            || (prev && c->i_tok >= 2 && nrm_post_dot(prev)
                && nrm_find(nrm_text(prev), street_words, 0) >= 0)
            || street_quadrant(c))) {
        nrm_say(c, compass[compass_index(t)][1]);
        return 1;
    }

    /* before a street name and its street word: "the 1200 block of W. Main St.",
     * "on W. 125th St."; before a numbered road: "on W. Hwy. 20" */
    if (cur->pre_len == 0 && nrm_post_dot(cur) && nrm_joined(cur) && compass_index(t) >= 0
        && next && next->pre_len == 0 && (cap_word(next) || ordinal_token(next))
        && !(prev && c->i_tok > 1 && cap_word(prev))  /* "John W. Smith": an initial */
        && ((next->post_len == 0 && street_after_name(c, c->i_tok + 1))
            || (ordinal_token(next) && next->post_len == 0 && street_word(c, c->i_tok + 2))
            || (nrm_joined(next) && nrm_find(nrm_text(next), highway_words, 0) >= 0
                && starts_digit(nrm_tok(c, c->i_tok + 2))))) {
        nrm_say(c, compass[compass_index(t)][1]);
        return 1;
    }
    /* without a period, between a house number and the street: "1211 E Arques
     * Ave", "708 N 1st St" (after a name, "Vitamin E", it stays a letter) */
    if (t.len <= 2 && compass_index(t) >= 0 && cur->pre_len == 0 && cur->post_len == 0
        && prev && prev->post_len == 0 && prev->len <= 5 && all_digits(nrm_text(prev))
        && !(c->i_tok >= 2 && nrm_find(nrm_text(nrm_tok(c, c->i_tok - 2)), year_words, 1) >= 0)
        && next && next->pre_len == 0
        && ((next->post_len == 0 && street_after_name(c, c->i_tok + 1))
            || (ordinal_token(next) && nrm_tok(c, c->i_tok + 2)
                && nrm_tok(c, c->i_tok + 2)->pre_len == 0
                && nrm_find(nrm_text(nrm_tok(c, c->i_tok + 2)), street_words, 0) >= 0))) {
        nrm_say(c, compass[compass_index(t)][1]);
        return 1;
    }
    /* a direction after an interstate: "I-5 N to the airport", "I-94 E near" */
    if (t.len == 1 && compass_index(t) >= 0 && cur->pre_len == 0 && prev && prev->post_len == 0
        && prev->len >= 3 && (prev->text[0] == 'I' || nrm_has_prefix(prev->text, prev->len, "US"))
        && prev->text[prev->text[0] == 'I' ? 1 : 2] == '-' && nrm_is_digit(prev->text[prev->len - 1])
        && !(next && cap_word(next) && cur->post_len == 0)) {
        nrm_say(c, compass[compass_index(t)][1]);
        return 1;
    }
    /* a single letter closing a street after its street word: "Queen St W," */
    if (t.len == 1 && compass_index(t) >= 0 && cur->pre_len == 0 && street_quadrant(c)
        && (cur->post_len != 0 || !next)) {
        nrm_say(c, compass[compass_index(t)][1]);
        return 1;
    }
    /* between a house number and the street: "317 S. 3rd St.", "12 N. Main St.",
     * "2201 W. Hwy. 66" */
    if (!prev || prev->post_len != 0 || cur->pre_len != 0 || !nrm_post_dot(cur)
        || !nrm_joined(cur) || !next || next->pre_len != 0 || !nrm_is_plain_number(nrm_text(prev))
        || !(starts_digit(next) || street_after_name(c, c->i_tok + 1)
             || nrm_find(nrm_text(next), highway_words, 0) >= 0))
        return 0;                               /* "in 2019 W. Smith won": an initial */
    if (compass_index(t) < 0)
        return 0;
    nrm_say(c, compass[compass_index(t)][1]);
    return 1;
}

/* ---- US time zones after a time: "9 p.m. ET" --------------------------------- */

int nrm_read_zone(nrm_ctx *c, nrm_span t)
{
    static const char *const zones[][2] = {
        { "ET", "eastern" }, { "CT", "central" }, { "MT", "mountain" }, { "PT", "pacific" },
        { "EST", "eastern standard time" }, { "EDT", "eastern daylight time" },
        { "CST", "central standard time" }, { "CDT", "central daylight time" },
        { "MST", "mountain standard time" }, { "MDT", "mountain daylight time" },
        { "PST", "pacific standard time" }, { "PDT", "pacific daylight time" },
    };
    const nv_ntok *prev = nrm_prev(c);
    nrm_span p;

    const nv_ntok *cur = &c->tok[c->i_tok];

    /* "3:30 p.m. ET", "3:30 p.m. (ET)" */
    if (!prev || !(cur->pre_len == 0 || (cur->pre_len == 1 && cur->pre[0] == '('
                                         && cur->post_len >= 1 && cur->post[0] == ')')))
        return 0;
    p = nrm_text(prev);
    /* after "a.m."/"p.m." (the token or its end), "noon", "midnight" or "3:30" */
    if (!(nrm_ieq(p, "a.m") || nrm_ieq(p, "p.m") || nrm_ieq(p, "am") || nrm_ieq(p, "pm")
          || (p.len > 3 && (nrm_ieq((nrm_span){ p.s + p.len - 3, 3 }, "a.m")
                            || nrm_ieq((nrm_span){ p.s + p.len - 3, 3 }, "p.m")))
          || (p.len > 2 && nrm_is_digit(p.s[0])
              && (nrm_ieq((nrm_span){ p.s + p.len - 2, 2 }, "am")
                  || nrm_ieq((nrm_span){ p.s + p.len - 2, 2 }, "pm")))
          || nrm_ieq(p, "noon") || nrm_ieq(p, "midnight")
          || (p.len >= 4 && nrm_is_digit(p.s[0]) && memchr(p.s, ':', p.len) != NULL)
          || (p.len >= 4 && p.len <= 5 && nrm_is_digit(p.s[0]) && p.s[p.len - 3] == '.'
              && nrm_is_digit(p.s[p.len - 1]) && prev->post_len == 0)))   /* "10.00 EST" */
        return 0;
    const char *w = TABLE_WORD(t, zones);
    const char *slash = memchr(t.s, '/', t.len);
    if (!w && slash) {                          /* "7:30 p.m. ET/PT": both zones */
        nrm_span a = { t.s, (size_t)(slash - t.s) }, b = { slash + 1, t.len - a.len - 1 };
        const char *wa = TABLE_WORD(a, zones), *wb = TABLE_WORD(b, zones);
        if (!wa || !wb)
            return 0;
        nrm_say(c, wa);
        nrm_say(c, "and");
        nrm_say(c, wb);
        return 1;
    }
    if (!w)
        return 0;
    nrm_say(c, w);
    return 1;
}

/* ---- party and state: "Sen. Jane Doe, D-Calif., said" ---------------------- */

static const char *state_name(nrm_span s)
{
    size_t i;

    for (i = 0; i < N_ABBREVS; i++)
        if (abbrevs[i].when == W_STATE && nrm_eq(s, abbrevs[i].written))
            return abbrevs[i].spoken;
    return NULL;
}

/* Places with a delegate in the House that are no state, after a party:
 * "Del. Jane Doe, D-D.C.". { written without its final period, spoken }. */
static const char *const party_places[][2] = {
    { "D.C", "d c" }, { "DC", "d c" }, { "V.I", "virgin islands" }, { "Guam", "guam" },
};

/* 1 if the party's place ends the aside within this token or the next two
 * capitalised words: "D-San Francisco," "(R-Fort Worth)" (AP names a city for
 * members from a state's largest cities). */
static int party_place_ends(const nrm_ctx *c)
{
    size_t k;

    for (k = c->i_tok; k < c->i_tok + 3; k++) {
        const nv_ntok *t = nrm_tok(c, k);
        if (!t || (k > c->i_tok && (!cap_word(t) || t->pre_len != 0)))
            return 0;
        if (nrm_post_has(t, ',') || nrm_post_has(t, ')'))
            return 1;
        if (t->post_len != 0)
            return 0;
    }
    return 0;
}

int nrm_read_party_state(nrm_ctx *c, nrm_span t)
{
    static const char *const parties[][2] = {
        { "D", "democrat" }, { "R", "republican" }, { "I", "independent" },
    };
    nrm_span party = { t.s, 1 }, state = { t.s + 2, t.len >= 2 ? t.len - 2 : 0 };
    const char *name;
    char low[16];
    size_t i;

    const nv_ntok *cur = &c->tok[c->i_tok];

    /* "Warren, D-Mass.," and "Grassley (R-Iowa)" */
    if (t.len < 4 || t.s[1] != '-'
        || !(after_place_comma(c)
             || (cur->pre_len == 1 && cur->pre[0] == '(' && cap_word(nrm_prev(c))
                 && nrm_prev(c)->post_len == 0)))
        return 0;
    if (state.len > 0 && state.s[state.len - 1] == '.')
        state.len--;            /* "R-N.Y." inside a longer token */
    name = state_name(state);
    if (!name && nrm_find(state, full_states, 0) >= 0) {
        size_t k;                               /* "R-Texas": the name as written */
        for (k = 0; k < state.len && k < sizeof low; k++)
            low[k] = nrm_is_upper(state.s[k]) ? (char)(state.s[k] - 'A' + 'a') : state.s[k];
        low[k] = 0;
        name = low;
    }
    if (!name && state.len == 2)
        name = TABLE_WORD(state, postal_codes); /* "(D-CA)": the postal code */
    if (!name)
        name = TABLE_WORD(state, party_places); /* "D-D.C.", "D-V.I." */
    if (!name && state.len < sizeof low && nrm_is_upper(state.s[0]) && party_place_ends(c)) {
        size_t k;                               /* "D-San Francisco,": a home city */
        for (k = 0; k < state.len; k++) {
            if (!nrm_is_alpha(state.s[k]))
                return 0;
            low[k] = nrm_is_upper(state.s[k]) ? (char)(state.s[k] - 'A' + 'a') : state.s[k];
        }
        low[k] = 0;
        name = low;
    }
    if (!name)
        return 0;
    for (i = 0; i < sizeof parties / sizeof parties[0]; i++) {
        if (nrm_eq(party, parties[i][0])) {
            nrm_say(c, parties[i][1]);
            nrm_say(c, "of");
            nrm_say(c, name);
            return 1;
        }
    }
    return 0;
}
