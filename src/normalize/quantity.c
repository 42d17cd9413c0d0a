/* quantity.c - tokens that start with a number: plain numbers, percent,
 * ordinals (21st), decades (1990s, '90s), "3pm", inch and foot marks (16", 5'11"),
 * scales before count nouns ("1.2m copies"), and symbol-only tokens.
 *
 * Reads: a token's text (or a part of a compound), plus its neighbours for the
 * year/count and month/day decisions. Writes: words through emit.c. Money is
 * read by money.c; times, dates and fractions (3:30, 9/21/2025, 3/4) by dates.c;
 * numbers followed by units (5km) are left to the generic reader in words.c.
 */
#include "nrm.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* Symbols that have a reading. "#" is handled by the caller before digits. */
static const char *const symbols[][2] = {
    { "+/-", "plus or minus" }, { "+/\xe2\x88\x92", "plus or minus" },
    { "&", "and" }, { "+", "plus" }, { "\xe2\x88\x92", "minus" }, { "@", "at" }, { "%", "percent" }, { "=", "equals" },
    { "#", "number" }, { "$", "dollars" },
    { "\xc2\xa3", "pounds" }, { "\xe2\x82\xac", "euros" }, { "\xc2\xa5", "yen" },
    { "\xc2\xa2", "cents" }, { "\xc2\xb0", "degrees" }, { "\xc3\x97", "times" },
    { "\xc2\xb1", "plus or minus" }, { "\xc2\xa7\xc2\xa7", "sections" },
    { "\xc2\xa7", "section" }, { "\xc2\xb6\xc2\xb6", "paragraphs" }, { "\xc2\xb6", "paragraph" },
    { "\xc2\xbd", "one half" }, { "\xc2\xbc", "one quarter" }, { "\xc2\xbe", "three quarters" },
    /* vulgar fractions U+2150-U+215E */
    { "\xe2\x85\x90", "one seventh" }, { "\xe2\x85\x91", "one ninth" },
    { "\xe2\x85\x92", "one tenth" }, { "\xe2\x85\x93", "one third" },
    { "\xe2\x85\x94", "two thirds" }, { "\xe2\x85\x95", "one fifth" },
    { "\xe2\x85\x96", "two fifths" }, { "\xe2\x85\x97", "three fifths" },
    { "\xe2\x85\x98", "four fifths" }, { "\xe2\x85\x99", "one sixth" },
    { "\xe2\x85\x9a", "five sixths" }, { "\xe2\x85\x9b", "one eighth" },
    { "\xe2\x85\x9c", "three eighths" }, { "\xe2\x85\x9d", "five eighths" },
    { "\xe2\x85\x9e", "seven eighths" },
    { "^", "to the power of" }, { "~", "approximately" }, { "\xe2\x89\x88", "approximately" },
    { "\xe2\x89\xa4", "less than or equal to" }, { "\xe2\x89\xa5", "greater than or equal to" },
    { "\xe2\x89\xa6", "less than or equal to" }, { "\xe2\x89\xa7", "greater than or equal to" },
    { "\xe2\x89\xa0", "not equal to" }, { "\xc3\xb7", "divided by" }, { "\xe2\x80\xb0", "per mille" },
    { "\xe2\x88\x9e", "infinity" }, { "\xe2\x88\x9a", "the square root of" },
    { "\xe2\x88\x86", "delta" }, { "\xc2\xa9", "copyright" }, { "\xe2\x86\x92", "to" },
    /* music: "E\xe2\x99\xad major" e flat major */
    { "\xe2\x99\xad", "flat" }, { "\xe2\x99\xaf", "sharp" }, { "\xe2\x99\xae", "natural" },
};

/* ---- units of measure ------------------------------------------------------ */

/* Units read after a number: "5km", "107 mph", "2.5 GHz", "280/km2".
 * To add a unit, append a row { written, one, many, apart }:
 *   written: exactly as written after the number (case matters: "Mb" is not "mb");
 *   one, many: the spoken unit after 1 and after any other number (US spelling);
 *   apart: 1 if it is also read when written as a separate token after any
 *          number ("2 cm", "10-13 cm"); 0 for units that are also letters
 *          ("5 m", "4 g"), read apart only after a plain number.
 * Words that are not units after a number ("1 in 5", "80 s") are not listed.
 * Units are never read without a number before them. */
typedef struct unit {
    const char *written;
    const char *one;
    const char *many;
    unsigned char apart;
} unit;

static const unit units[] = {
    /* length and area */
    { "km", "kilometer", "kilometers", 1 }, { "m", "meter", "meters", 0 },
    { "cm", "centimeter", "centimeters", 1 }, { "mm", "millimeter", "millimeters", 1 },
    { "mi", "mile", "miles", 1 }, { "ft", "foot", "feet", 1 }, { "yd", "yard", "yards", 1 },
    { "yds", "yards", "yards", 1 }, { "kms", "kilometers", "kilometers", 1 },
    { "cms", "centimeters", "centimeters", 1 },
    { "km2", "square kilometer", "square kilometers", 1 },
    { "km\xc2\xb2", "square kilometer", "square kilometers", 1 },
    { "m2", "square meter", "square meters", 0 }, { "m\xc2\xb2", "square meter", "square meters", 1 },
    { "mi2", "square mile", "square miles", 1 },
    { "mi\xc2\xb2", "square mile", "square miles", 1 },
    { "ft2", "square foot", "square feet", 1 }, { "ft\xc2\xb2", "square foot", "square feet", 1 },
    { "cm2", "square centimeter", "square centimeters", 1 },
    { "cm\xc2\xb2", "square centimeter", "square centimeters", 1 },
    { "m3", "cubic meter", "cubic meters", 0 }, { "m\xc2\xb3", "cubic meter", "cubic meters", 1 },
    { "cm3", "cubic centimeter", "cubic centimeters", 1 },
    { "cm\xc2\xb3", "cubic centimeter", "cubic centimeters", 1 },
    { "km3", "cubic kilometer", "cubic kilometers", 1 },
    { "km\xc2\xb3", "cubic kilometer", "cubic kilometers", 1 },
    { "ft3", "cubic foot", "cubic feet", 1 }, { "ft\xc2\xb3", "cubic foot", "cubic feet", 1 }, { "ha", "hectare", "hectares", 0 },
    /* weight and volume */
    { "kg", "kilogram", "kilograms", 1 }, { "kgs", "kilograms", "kilograms", 1 },
    /* in capitals on labels and in listings: "a 25KG bag", "a 10 KM run" */
    { "KG", "kilogram", "kilograms", 1 }, { "KGS", "kilograms", "kilograms", 1 },
    { "KM", "kilometer", "kilometers", 1 }, { "MPH", "mile per hour", "miles per hour", 1 },
    { "g", "gram", "grams", 0 },
    { "mg", "milligram", "milligrams", 1 },
    { "mcg", "microgram", "micrograms", 1 },
    { "ng", "nanogram", "nanograms", 1 },      /* "5 ng/mL" */
    { "\xce\xbcg", "microgram", "micrograms", 1 }, { "\xc2\xb5g", "microgram", "micrograms", 1 },
    { "\xce\xbcs", "microsecond", "microseconds", 1 }, { "\xc2\xb5s", "microsecond", "microseconds", 1 },
    { "\xce\xbcl", "microliter", "microliters", 1 }, { "\xc2\xb5l", "microliter", "microliters", 1 },
    { "\xce\xbcL", "microliter", "microliters", 1 }, { "\xc2\xb5L", "microliter", "microliters", 1 },
    { "\xce\xbcm", "micrometer", "micrometers", 1 }, { "\xc2\xb5m", "micrometer", "micrometers", 1 }, { "lb", "pound", "pounds", 1 },
    { "lbs", "pounds", "pounds", 1 }, { "oz", "ounce", "ounces", 1 },
    { "ozs", "ounces", "ounces", 1 },
    { "t", "tonne", "tonnes", 0 }, { "kt", "kiloton", "kilotons", 1 },
    { "Mt", "megaton", "megatons", 0 },
    { "dwt", "deadweight ton", "deadweight tons", 1 }, { "DWT", "deadweight ton", "deadweight tons", 1 },
    { "GRT", "gross register ton", "gross register tons", 1 },
    { "bbl", "barrel", "barrels", 1 }, { "bbl/d", "barrel per day", "barrels per day", 1 },
    { "vols", "volumes", "volumes", 1 }, { "tbsp", "tablespoon", "tablespoons", 1 }, { "tsp", "teaspoon", "teaspoons", 1 },
    /* recipes capitalise the tablespoon to tell it from the teaspoon: "2 Tbsp." */
    { "Tbsp", "tablespoon", "tablespoons", 1 }, { "TBSP", "tablespoon", "tablespoons", 1 },
    { "Tbs", "tablespoon", "tablespoons", 1 }, { "TSP", "teaspoon", "teaspoons", 1 },
    { "doz", "dozen", "dozen", 1 },
    /* oil and gas output: "13.4 million b/d", "600,000 bpd", "13.2 mb/d", "20 Tcf" */
    { "b/d", "barrel per day", "barrels per day", 1 }, { "bpd", "barrel per day", "barrels per day", 1 },
    { "mb/d", "million barrels per day", "million barrels per day", 1 },
    { "boe/d", "barrel of oil equivalent per day", "barrels of oil equivalent per day", 1 },
    { "Tcf", "trillion cubic feet", "trillion cubic feet", 1 },
    { "Bcf", "billion cubic feet", "billion cubic feet", 1 },
    { "Bcf/d", "billion cubic feet per day", "billion cubic feet per day", 1 },
    { "ml", "milliliter", "milliliters", 1 }, { "mL", "milliliter", "milliliters", 1 },
    { "cc", "cubic centimeter", "cubic centimeters", 0 },
    { "L", "liter", "liters", 0 }, { "l", "liter", "liters", 0 },
    { "gal", "gallon", "gallons", 1 },
    { "qt", "quart", "quarts", 1 }, { "qts", "quarts", "quarts", 1 },
    { "dL", "deciliter", "deciliters", 1 }, { "dl", "deciliter", "deciliters", 1 },
    { "Gt", "gigaton", "gigatons", 1 },
    /* emissions: "2.5 MtCO2", "57 GtCO2e" (CO2e: carbon dioxide equivalent) */
    { "tCO2", "tonne of c o two", "tonnes of c o two", 1 },
    { "tCO2e", "tonne of c o two equivalent", "tonnes of c o two equivalent", 1 },
    { "MtCO2", "megaton of c o two", "megatons of c o two", 1 },
    { "MtCO2e", "megaton of c o two equivalent", "megatons of c o two equivalent", 1 },
    { "GtCO2", "gigaton of c o two", "gigatons of c o two", 1 },
    { "GtCO2e", "gigaton of c o two equivalent", "gigatons of c o two equivalent", 1 },
    /* heart rate and tempo: "120 bpm" */
    { "bpm", "beat per minute", "beats per minute", 1 },
    /* basketball averages: "22.4 ppg" */
    { "ppg", "point per game", "points per game", 1 },
    { "rpg", "rebound per game", "rebounds per game", 1 },
    { "apg", "assist per game", "assists per game", 1 },
    { "spg", "steal per game", "steals per game", 1 },
    { "bpg", "block per game", "blocks per game", 1 },
    { "PPG", "point per game", "points per game", 1 },
    /* box-score lines: "18 pts, 14 reb, 5 ast, 3 blk" */
    { "reb", "rebound", "rebounds", 1 }, { "ast", "assist", "assists", 1 },
    { "blk", "block", "blocks", 1 }, { "stl", "steal", "steals", 1 },
    /* cricket: "won by 7 wkts", "287/6 (50 ov)" */
    { "wkt", "wicket", "wickets", 1 }, { "wkts", "wickets", "wickets", 1 },
    { "ov", "over", "overs", 1 },
    /* speed */
    { "mph", "mile per hour", "miles per hour", 1 }, { "kph", "kilometer per hour", "kilometers per hour", 1 },
    { "km/h", "kilometer per hour", "kilometers per hour", 1 },
    { "m/s", "meter per second", "meters per second", 1 }, { "mpg", "mile per gallon", "miles per gallon", 1 },
    { "m/s\xc2\xb2", "meter per second squared", "meters per second squared", 1 },
    { "m/s2", "meter per second squared", "meters per second squared", 1 },
    { "m/s^2", "meter per second squared", "meters per second squared", 1 },
    /* time */
    { "min", "minute", "minutes", 1 }, { "mins", "minutes", "minutes", 1 },
    { "yr", "year", "years", 1 }, { "yrs", "years", "years", 1 },
    { "wk", "week", "weeks", 1 }, { "wks", "weeks", "weeks", 1 },
    { "mo", "month", "months", 1 }, { "mos", "months", "months", 1 },
    { "h", "hour", "hours", 0 }, { "hr", "hour", "hours", 1 }, { "hrs", "hours", "hours", 1 },
    { "sec", "second", "seconds", 1 }, { "secs", "seconds", "seconds", 1 },
    /* geological time: "66 Ma" (megaannum), "3.5 Mya", "a span of 5 Myr" */
    { "Ma", "million years ago", "million years ago", 0 },
    { "Mya", "million years ago", "million years ago", 1 },
    { "mya", "million years ago", "million years ago", 1 },
    { "Ga", "billion years ago", "billion years ago", 0 },
    { "Myr", "million years", "million years", 1 },
    { "s", "second", "seconds", 0 },
    { "ms", "millisecond", "milliseconds", 0 },
    /* data, frequency, power */
    { "KB", "kilobyte", "kilobytes", 1 }, { "MB", "megabyte", "megabytes", 1 },
    { "GB", "gigabyte", "gigabytes", 1 }, { "TB", "terabyte", "terabytes", 1 },
    { "kb", "kilobyte", "kilobytes", 1 }, { "gb", "gigabyte", "gigabytes", 1 },
    { "tb", "terabyte", "terabytes", 1 },
    { "kbps", "kilobit per second", "kilobits per second", 1 },
    { "Mbps", "megabit per second", "megabits per second", 1 },
    { "mbps", "megabit per second", "megabits per second", 1 },
    { "Gbps", "gigabit per second", "gigabits per second", 1 },
    { "kbit/s", "kilobit per second", "kilobits per second", 1 },
    { "Mbit/s", "megabit per second", "megabits per second", 1 },
    { "Gbit/s", "gigabit per second", "gigabits per second", 1 },
    { "Tbit/s", "terabit per second", "terabits per second", 1 },
    { "Mb/s", "megabit per second", "megabits per second", 1 },
    { "Gb/s", "gigabit per second", "gigabits per second", 1 },
    { "kbit", "kilobit", "kilobits", 1 }, { "Mbit", "megabit", "megabits", 1 },
    { "Gbit", "gigabit", "gigabits", 1 }, { "PB", "petabyte", "petabytes", 1 },
    { "Hz", "hertz", "hertz", 1 }, { "kHz", "kilohertz", "kilohertz", 1 },
    { "MHz", "megahertz", "megahertz", 1 }, { "GHz", "gigahertz", "gigahertz", 1 },
    { "kW", "kilowatt", "kilowatts", 1 }, { "MW", "megawatt", "megawatts", 1 },
    { "MP", "megapixel", "megapixels", 0 },     /* a 48MP camera (apart: "12 MP") */
    { "GW", "gigawatt", "gigawatts", 1 }, { "kWh", "kilowatt hour", "kilowatt hours", 1 },
    { "MWe", "megawatt electric", "megawatts electric", 1 },
    { "GWe", "gigawatt electric", "gigawatts electric", 1 },
    { "kw", "kilowatt", "kilowatts", 1 }, { "kwh", "kilowatt hour", "kilowatt hours", 1 },
    { "W", "watt", "watts", 0 }, { "V", "volt", "volts", 0 }, { "kV", "kilovolt", "kilovolts", 1 },
    { "mAh", "milliamp hour", "milliamp hours", 1 },
    { "MWh", "megawatt hour", "megawatt hours", 1 }, { "GWh", "gigawatt hour", "gigawatt hours", 1 },
    { "TWh", "terawatt hour", "terawatt hours", 1 }, { "mW", "milliwatt", "milliwatts", 1 },
    { "mA", "milliamp", "milliamps", 1 },
    { "Wh", "watt hour", "watt hours", 1 },     /* "a 99.9 Wh battery", "250 Wh/kg" */
    /* radioactivity, a crypto network's hash rate */
    { "Bq", "becquerel", "becquerels", 1 }, { "kBq", "kilobecquerel", "kilobecquerels", 1 },
    { "EH/s", "exahash per second", "exahashes per second", 1 },
    { "TH/s", "terahash per second", "terahashes per second", 1 },
    { "kPa", "kilopascal", "kilopascals", 1 }, { "hPa", "hectopascal", "hectopascals", 1 },
    { "MPa", "megapascal", "megapascals", 1 }, { "GPa", "gigapascal", "gigapascals", 1 },
    { "Pa", "pascal", "pascals", 0 }, { "psi", "pound per square inch", "pounds per square inch", 1 },
    { "mbar", "millibar", "millibars", 1 }, { "mmHg", "millimeter of mercury", "millimeters of mercury", 1 },
    { "dB", "decibel", "decibels", 1 }, { "kJ", "kilojoule", "kilojoules", 1 },
    { "mol", "mole", "moles", 1 }, { "mmol", "millimole", "millimoles", 1 },
    { "N\xc2\xb7m", "newton meter", "newton meters", 1 },
    { "Nm", "newton meter", "newton meters", 1 },
    { "inHg", "inch of mercury", "inches of mercury", 1 },
    { "atm", "atmosphere", "atmospheres", 1 },
    /* radiation doses: "20 mSv a year" */
    { "Sv", "sievert", "sieverts", 1 }, { "mSv", "millisievert", "millisieverts", 1 },
    { "\xce\xbcSv", "microsievert", "microsieverts", 1 },
    { "\xc2\xb5Sv", "microsievert", "microsieverts", 1 },
    { "Gy", "gray", "grays", 1 }, { "mGy", "milligray", "milligrays", 1 },
    { "AU", "astronomical unit", "astronomical units", 1 },
    { "kcal", "kilocalorie", "kilocalories", 1 }, { "ppm", "part per million", "parts per million", 1 },
    { "ppb", "part per billion", "parts per billion", 1 },
    /* energy, as natural gas is priced: "$2.61 per MMBtu" */
    { "Btu", "british thermal unit", "british thermal units", 1 },
    { "MMBtu", "million british thermal units", "million british thermal units", 1 },
    { "nm", "nanometer", "nanometers", 1 }, { "ns", "nanosecond", "nanoseconds", 0 },
    { "kn", "knot", "knots", 1 }, { "nmi", "nautical mile", "nautical miles", 1 },
    { "kts", "knots", "knots", 1 },
    /* gems: "a 2 ct diamond" */
    { "ct", "carat", "carats", 1 },
    { "km/s", "kilometer per second", "kilometers per second", 1 },
    { "ft/s", "foot per second", "feet per second", 1 },
    /* currencies written after the amount in lower case: "65 kr", "30 z\xc5\x82" */
    { "kr", "krone", "kroner", 1 }, { "z\xc5\x82", "zloty", "zlotys", 1 },
    { "K\xc4\x8d", "koruna", "korunas", 1 }, { "DM", "deutsche mark", "deutsche marks", 1 },
    { "eV", "electronvolt", "electronvolts", 1 }, { "keV", "kiloelectronvolt", "kiloelectronvolts", 1 },
    { "MeV", "megaelectronvolt", "megaelectronvolts", 1 },
    { "GeV", "gigaelectronvolt", "gigaelectronvolts", 1 },
    { "kDa", "kilodalton", "kilodaltons", 1 },    /* the mass of a protein */
    { "TeV", "teraelectronvolt", "teraelectronvolts", 1 },
    { "PeV", "petaelectronvolt", "petaelectronvolts", 1 },
    { "nK", "nanokelvin", "nanokelvin", 1 },    /* ultracold atoms: "100 nK" */
    /* river flow: "500,000 cfs" */
    { "cfs", "cubic foot per second", "cubic feet per second", 1 },
    /* lab results: "5.8 mEq/L" */
    { "mEq", "milliequivalent", "milliequivalents", 1 },
    { "MWt", "megawatt thermal", "megawatts thermal", 1 },
    { "Wp", "watt peak", "watts peak", 1 }, { "kWp", "kilowatt peak", "kilowatts peak", 1 },
    { "lm", "lumen", "lumens", 1 }, { "kN", "kilonewton", "kilonewtons", 1 },
    { "ly", "light year", "light years", 1 },
    { "KiB", "kibibyte", "kibibytes", 1 }, { "MiB", "mebibyte", "mebibytes", 1 },
    { "GiB", "gibibyte", "gibibytes", 1 }, { "TiB", "tebibyte", "tebibytes", 1 },
    { "hp", "horsepower", "horsepower", 1 }, { "pct", "percent", "percent", 1 },
    /* home listings, attached to the count and said as an adjective: "a 3BR/2BA
     * condo" three bedroom two bath (apart, "4 BR", they stay letters) */
    { "BR", "bedroom", "bedroom", 0 }, { "BA", "bath", "bath", 0 },
    /* engine torque: "415 lb-ft" */
    { "lb-ft", "pound foot", "pound feet", 1 }, { "lb.-ft", "pound foot", "pound feet", 1 },
    /* ships' engines, old weights, astronomy: "40,000 shp", "2 cwt", "1.3 kpc", "1.1 M\xe2\x98\x89" */
    { "shp", "shaft horsepower", "shaft horsepower", 1 },
    { "ihp", "indicated horsepower", "indicated horsepower", 1 },
    { "cwt", "hundredweight", "hundredweight", 1 },
    { "PS", "metric horsepower", "metric horsepower", 1 },
    { "acre\xe2\x8b\x85" "ft", "acre foot", "acre feet", 1 }, { "acre\xc2\xb7" "ft", "acre foot", "acre feet", 1 },
    { "acre-ft", "acre foot", "acre feet", 1 },
    { "kpc", "kiloparsec", "kiloparsecs", 1 }, { "Mpc", "megaparsec", "megaparsecs", 1 },
    { "Gpc", "gigaparsec", "gigaparsecs", 1 }, { "Mly", "million light years", "million light years", 1 },
    { "M\xe2\x98\x89", "solar mass", "solar masses", 1 },
    { "R\xe2\x98\x89", "solar radius", "solar radii", 1 },
    { "L\xe2\x98\x89", "solar luminosity", "solar luminosities", 1 },
    /* finance: "25 bps", "a 50-bps cut" */
    { "bps", "basis point", "basis points", 1 }, { "bp", "basis point", "basis points", 1 },
    { "pc", "percent", "percent", 0 }, { "pts", "point", "points", 1 }, { "bhp", "brake horsepower", "brake horsepower", 1 },
    /* temperature */
    { "\xc2\xb0" "C", "degree celsius", "degrees celsius", 1 },
    { "\xc2\xb0" "F", "degree fahrenheit", "degrees fahrenheit", 1 },
    { "\xc2\xb0" "N", "degree north", "degrees north", 1 },
    { "\xc2\xb0" "S", "degree south", "degrees south", 1 },
    { "\xc2\xb0" "E", "degree east", "degrees east", 1 },
    { "\xc2\xb0" "W", "degree west", "degrees west", 1 },
    { "\xc2\xb0", "degree", "degrees", 1 },
    /* the ordinal indicator and the ring typed for the degree sign: 45\xc2\xbaC */
    { "\xc2\xba" "C", "degree celsius", "degrees celsius", 1 },
    { "\xc2\xba" "F", "degree fahrenheit", "degrees fahrenheit", 1 },
    { "\xc2\xba", "degree", "degrees", 1 },
    { "\xcb\x9a" "C", "degree celsius", "degrees celsius", 1 },
    { "\xcb\x9a", "degree", "degrees", 1 },
    /* electrical resistance: Greek capital omega and the ohm sign */
    { "\xce\xa9", "ohm", "ohms", 1 }, { "\xe2\x84\xa6", "ohm", "ohms", 1 },
    { "k\xce\xa9", "kilohm", "kilohms", 1 }, { "k\xe2\x84\xa6", "kilohm", "kilohms", 1 },
    { "M\xce\xa9", "megohm", "megohms", 1 }, { "M\xe2\x84\xa6", "megohm", "megohms", 1 },
};

int nrm_unit_find(nrm_span r, int apart)
{
    size_t i;

    for (i = 0; i < COUNT(units); i++)
        if (nrm_eq(r, units[i].written) && (!apart || units[i].apart))
            return (int)i;
    return -1;
}

void nrm_say_unit(nrm_ctx *c, int unit_idx, int plural)
{
    if (unit_idx >= 0 && (size_t)unit_idx < COUNT(units))
        nrm_say(c, plural ? units[unit_idx].many : units[unit_idx].one);
}

/* 1 if the token's text ends with a digit: "5", "1,046.0", "10-13", or with a
 * plus after one: "80+" (mph). */
static int ends_number(const nv_ntok *t)
{
    size_t n = t ? t->len : 0;

    if (n > 1 && t->text[n - 1] == '+')
        n--;
    if (n > 2 && (unsigned char)t->text[n - 2] == 0xc2 && (unsigned char)t->text[n - 1] >= 0xbc
        && (unsigned char)t->text[n - 1] <= 0xbe && nrm_is_digit(t->text[n - 3]))
        n -= 2;                                 /* "1\xc2\xbd lb": a mixed number */
    return n > 0 && nrm_is_digit(t->text[n - 1]) && t->post_len == 0;
}

/* 1 if token i is a number read with a unit in the singular: "1", or a
 * fraction below one in halves, quarters, eighths and the like ("1/4 tsp." a
 * quarter teaspoon, "1/2 in." half an inch), not the end of a mixed number
 * ("1 1/2 tsp.") nor a pair of numbers ("28/34 mpg"). */
static int one_or_less(const nrm_ctx *c, size_t i)
{
    static const char *const denominators[] = { "2", "3", "4", "5", "6", "8", "10", "12",
                                                "16", "32", "64", NULL };
    const nv_ntok *t = nrm_tok(c, i), *before = i > 0 ? nrm_tok(c, i - 1) : NULL;
    nrm_span p = nrm_text(t);

    if (nrm_eq(p, "1"))
        return 1;
    if (p.len < 3 || !nrm_is_digit(p.s[0]) || p.s[1] != '/'
        || nrm_find((nrm_span){ p.s + 2, p.len - 2 }, denominators, 0) < 0
        || nrm_value((nrm_span){ p.s, 1 }) >= nrm_value((nrm_span){ p.s + 2, p.len - 2 }))
        return 0;
    return !(before && before->post_len == 0 && nrm_is_plain_number(nrm_text(before)));
}

/* 1 if token i is a foot unit written after a number: "6 ft", "6 ft.", "6 feet". */
static int feet_after_number(const nrm_ctx *c, size_t i)
{
    nrm_span w = nrm_text(nrm_tok(c, i));

    return i >= 1 && (nrm_eq(w, "ft") || nrm_eq(w, "feet")) && ends_number(nrm_tok(c, i - 1));
}

/* Units with apart 0 that are still read apart after a plain number ("30 m
 * wide"); the others ("5013 cc", "5 ms") stay letters there. */
static const char *const letter_units[] = { "m", "ha", "g", "V", "L", "t", "Mt", "h", "W",
                                            "m2", "m3", "ms", "ns", "Ma", "Ga", NULL };

/* Letter units that also label things after a capitalised word and a whole
 * number ("Group 5 L"): there they are units only after "5.7" or "9,000". */
static const char *const label_units[] = { "L", "t", "Mt", "h", NULL };

/* Capitalised determiners before a number, which make no label: "A 2 L bottle". */
static const char *const label_determiners[] = { "A", "An", "The", "This", "That", "Each",
                                                 "Every", NULL };

/* "2 cm", "107 mph", "10-13 \xc2\xb0C"; "1,046 sq mi" (the "sq" says "square"). */
/* 1 if t is a relay written as legs times a distance: "4x400", "4\xc3\x97100". */
static int relay_legs(nrm_span t)
{
    size_t i = 0;

    while (i < t.len && nrm_is_digit(t.s[i]))
        i++;
    if (i != 1)
        return 0;
    if (i < t.len && t.s[i] == 'x')
        i++;
    else if (nrm_has_prefix(t.s + i, t.len - i, "\xc3\x97"))
        i += 2;
    else
        return 0;
    return i < t.len && nrm_is_plain_number((nrm_span){ t.s + i, t.len - i })
        && nrm_is_digit(t.s[i]);
}

/* Verbs of weighing, after which "10 st" is stone, not a street. */
static const char *const weigh_words[] = {
    "weigh", "weighs", "weighed", "weighing", "weight", "weights", NULL
};

/* Scale words between a number and its unit: "5.5 million km2". */
static const char *const scale_names[] = { "thousand", "million", "billion", "trillion", NULL };

/* 1 if token i ends a number, or is a scale word after one ("5.5 million"). */
static int amount_before(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i);

    if (ends_number(t))
        return 1;
    return t && t->post_len == 0 && i >= 1 && nrm_find(nrm_text(t), scale_names, 1) >= 0
        && ends_number(nrm_tok(c, i - 1));
}

/* 1 if t is a range of two plain numbers, "10-13", "1,500\xe2\x80\x932,800". */
static int number_range(nrm_span t)
{
    size_t i;

    for (i = 1; i + 1 < t.len; i++) {
        size_t d = t.s[i] == '-' ? 1 : nrm_has_prefix(t.s + i, t.len - i, "\xe2\x80\x93") ? 3 : 0;
        if (d && i + d < t.len)
            return nrm_is_plain_number((nrm_span){ t.s, i }) && nrm_is_digit(t.s[0])
                && nrm_is_plain_number((nrm_span){ t.s + i + d, t.len - i - d })
                && nrm_is_digit(t.s[i + d]);
    }
    return 0;
}

/* 1 if t is a number with a power of ten, "10^26", "3.8\xc3\x9710^26", "10^-9". */
static int power_number(nrm_span t)
{
    const char *caret = memchr(t.s, '^', t.len);

    return caret && caret > t.s && nrm_is_digit(t.s[0]) && nrm_is_digit(t.s[t.len - 1]);
}

/* Time units written after a number, between which "h" and "s" are hours and
 * seconds: "2 h 3 min", "5 min 39 s". */
static const char *const time_units[] = { "h", "hr", "hrs", "min", "mins", "s", NULL };

/* A unit glued to a number that is read as time after a glued number of the
 * unit above it: "m" after hours ("1h 30m" minutes), "s" after minutes ("01m
 * 09s" seconds). Rows: the unit, the units before it, the unit read. */
static const char *const glued_time_runs[][3] = {
    { "m", "h hr hrs", "min" }, { "s", "m min mins", "s" }, { NULL, NULL, NULL }
};

/* 1 if n (the current token) has a unit of glued_time_runs and the token
 * before it, joined by a space only, is a whole number glued to a unit above
 * it; sets *unit_out to the unit read. */
static int glued_time_unit(const nrm_ctx *c, const nrm_num *n, int *unit_out)
{
    const nv_ntok *prev = nrm_prev(c), *next = nrm_next(c);
    size_t d = 0;

    if (n->fp.len || n->ip.len > 2 || n->ip.len == 0)
        return 0;
    if (nrm_eq(n->rest, "m") && next && c->tok[c->i_tok].post_len == 0 && next->pre_len == 0
        && next->len >= 2 && next->len <= 3 && next->text[next->len - 1] == 's'
        && nrm_n_digits(nrm_text(next)) == next->len - 1) {
        *unit_out = nrm_unit_find((nrm_span){ "min", 3 }, 0);   /* "1m 2s" */
        return *unit_out >= 0;
    }
    if (!prev || prev->post_len != 0 || c->tok[c->i_tok].pre_len != 0)
        return 0;
    while (d < prev->len && nrm_is_digit(prev->text[d]))
        d++;
    if (d == 0 || d > 2 || d == prev->len)
        return 0;
    for (size_t k = 0; glued_time_runs[k][0]; k++) {
        const char *w = glued_time_runs[k][1];
        nrm_span u = { prev->text + d, prev->len - d };
        if (!nrm_eq(n->rest, glued_time_runs[k][0]))
            continue;
        while (*w) {
            size_t len = strcspn(w, " ");
            if (len == u.len && memcmp(w, u.s, len) == 0) {
                *unit_out = nrm_unit_find((nrm_span){ glued_time_runs[k][2],
                                                  strlen(glued_time_runs[k][2]) }, 0);
                return *unit_out >= 0;
            }
            w += len + (w[len] == ' ');
        }
    }
    return 0;
}

/* Words of temperature after which "K" after a number is kelvin: "a surface
 * temperature of 5,778 K", "cooled to 4 K". Lower case; to add one, append it
 * before NULL. */
static const char *const kelvin_words[] = {
    "temperature", "temperatures", "kelvin", "kelvins", "cooled", "heated", "hot", "cold",
    "colder", "hotter", "melts", "melting", "boils", "boiling", "freezes", "freezing",
    "superconducting", "superconductor", "cryogenic", "thermal", "heat", "warm", "warmer", NULL
};

/* 1 if the current token "K" follows a plain number (no currency) that a word
 * of temperature stands shortly before. Said "kelvin" after any number, as
 * scientists say it. */
static int kelvin_after(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c);
    size_t i;

    if (!prev || prev->post_len != 0 || !nrm_is_digit(prev->text[0])
        || !nrm_is_plain_number(nrm_text(prev)))
        return 0;
    for (i = c->i_tok > 8 ? c->i_tok - 8 : 0; i < c->i_tok; i++)
        if (nrm_find(nrm_text(&c->tok[i]), kelvin_words, 1) >= 0)
            return 1;
    return 0;
}

/* Money after "m" that make it million: "4.5 m euros"; count nouns do too
 * ("2 m people"), but not those that measure ("2 m more", "5 m feet"). */
static const char *const million_nouns[] = {
    "dollars", "euros", "pounds", "yen", "yuan", "rupees", "francs", "pesos", "barrels",
    "tonnes", "tons", NULL
};
static const char *const not_million_nouns[] = {
    "miles", "feet", "yards", "meters", "metres", "kilometers", "km", "acres", "square",
    "more", "other", "others", "times", "degrees", "percent", "points", "years", "days",
    "hours", "minutes", "seconds", "weeks", "months", NULL
};

/* Words after "ct" that make it cents, not carats: "50 ct a gallon". */
static const char *const cent_next[] = { "a", "an", "per", "each", "apiece", NULL };

/* Words after which a number's "in" is inches: "12 in wide", "24 in by 36". */
static const char *const inch_words[] = {
    "wide", "deep", "long", "tall", "high", "thick", "across", "of", "in", "diameter",
    "square", "cubic", NULL
};

/* 1 if the token after the current "in" makes it inches: a dimension word, or
 * "by" / "x" before a number. */
static int inch_before(const nrm_ctx *c)
{
    const nv_ntok *next = nrm_next(c), *after = nrm_tok(c, c->i_tok + 2);

    if (!next || next->pre_len != 0)
        return 0;
    if (nrm_find(nrm_text(next), inch_words, 0) >= 0)
        return !(after && nrm_eq(nrm_text(next), "high")      /* "300 in high school" */
                 && (nrm_ieq(nrm_text(after), "school") || nrm_ieq(nrm_text(after), "schools")));
    return (nrm_eq(nrm_text(next), "by") || nrm_eq(nrm_text(next), "x")) && next->post_len == 0
        && nrm_is_numeric(after) && after->pre_len == 0
        && !(after->len == 4 && nrm_is_plain_number(nrm_text(after)));  /* "40 in by 2030" */
}

/* The hour words written after a race time, which says them itself. */
static const char *const duration_hours[] = { "hours", "hrs", "hr", "h", NULL };

/* 1 if t is hours, minutes and seconds, "2:06:44" or "2:06:44.5": read as a
 * duration by dates.c. */
static int race_time(nrm_span t)
{
    size_t i = 0, k;

    while (i < t.len && i < 3 && nrm_is_digit(t.s[i]))
        i++;
    if (i == 0 || i > 2)
        return 0;
    for (k = 0; k < 2; k++) {
        if (i + 3 > t.len || t.s[i] != ':' || !nrm_is_digit(t.s[i + 1])
            || !nrm_is_digit(t.s[i + 2]))
            return 0;
        i += 3;
    }
    if (i < t.len && t.s[i] == '.')
        for (i++; i < t.len && nrm_is_digit(t.s[i]); i++)
            ;
    return i == t.len;
}

/* 1 if the current "in" is followed by its metric conversion in parentheses,
 * "(5 cm)" or "(5cm)": "about 2 in (5 cm)", "35 in (890 mm) of rain". Without
 * it, a whole number before "in (" is too often a count: "3 in (2019)". */
static int metric_length_after(const nrm_ctx *c)
{
    static const char *const lengths[] = { "mm", "cm", "m", NULL };
    const nv_ntok *next = nrm_next(c), *after = nrm_tok(c, c->i_tok + 2);
    nrm_span t;
    size_t i;

    if (!next)
        return 0;
    t = nrm_text(next);
    for (i = 0; i < t.len && (nrm_is_digit(t.s[i]) || t.s[i] == ',' || t.s[i] == '.'); i++)
        ;
    if (i > 0 && i < t.len)
        return nrm_find((nrm_span){ t.s + i, t.len - i }, lengths, 0) >= 0;
    return next->post_len == 0 && after && after->pre_len == 0
        && after->post_len > 0 && after->post[0] == ')'
        && nrm_find(nrm_text(after), lengths, 0) >= 0;
}

int nrm_read_unit_after_number(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok], *next = nrm_next(c);
    int u;

    if (!prev || cur->pre_len != 0)
        return 0;
    /* "per kg", "per sq mi": a unit after "per" is said in the singular */
    if (prev->post_len == 0 && nrm_ieq(nrm_text(prev), "per")) {
        if (nrm_eq(t, "sq") && next && next->pre_len == 0 && nrm_unit_find(nrm_text(next), 1) >= 0) {
            nrm_say(c, "square");
            return 1;
        }
        if ((u = nrm_unit_find(t, 1)) >= 0 && t.len >= 2) {
            nrm_say_unit(c, u, 0);
            return 1;
        }
    }
    /* "$4 a gal", "$3.99 a lb": a unit after "a" and an amount of money is singular */
    if (prev->post_len == 0 && (nrm_eq(nrm_text(prev), "a") || nrm_eq(nrm_text(prev), "an"))
        && c->i_tok >= 2 && t.len >= 2 && (u = nrm_unit_find(t, 1)) >= 0) {
        nrm_num m;
        const nv_ntok *amount = nrm_tok(c, c->i_tok - 2);
        if (amount->post_len == 0 && nrm_num_parse(nrm_text(amount), &m) && m.cur >= 0) {
            nrm_say_unit(c, u, 0);
            return 1;
        }
    }
    if (nrm_eq(nrm_text(prev), "sq") && nrm_joined(prev) && c->i_tok >= 2
        && nrm_ieq(nrm_text(nrm_tok(c, c->i_tok - 2)), "per")) {
        if ((u = nrm_unit_find(t, 1)) < 0)
            return 0;
        nrm_say_unit(c, u, 0);                  /* per sq mi: per square mile */
        return 1;
    }
    /* "319.6 /sq mi": per square mile, the slash written apart */
    if (nrm_eq(t, "/sq") && ends_number(prev) && next && next->pre_len == 0
        && nrm_unit_find(nrm_text(next), 1) >= 0) {
        nrm_say(c, "per square");
        return 1;
    }
    if (nrm_eq(nrm_text(prev), "/sq") && prev->post_len == 0 && c->i_tok >= 2
        && ends_number(nrm_tok(c, c->i_tok - 2)) && (u = nrm_unit_find(t, 1)) >= 0) {
        nrm_say_unit(c, u, 0);
        return 1;
    }
    if (nrm_eq(t, "sq") && amount_before(c, c->i_tok - 1) && next && next->pre_len == 0
        && (nrm_unit_find(nrm_text(next), 1) >= 0 || nrm_eq(nrm_text(next), "m"))) {
        nrm_say(c, "square");
        return 1;
    }
    /* "500 cu ft", "12 fl oz": cubic, fluid; the next token says the unit */
    if ((nrm_eq(t, "cu") || nrm_eq(t, "fl")) && ends_number(prev) && next && next->pre_len == 0
        && nrm_unit_find(nrm_text(next), 1) >= 0) {
        nrm_say(c, nrm_eq(t, "cu") ? "cubic" : "fluid");
        return 1;
    }
    if ((nrm_eq(nrm_text(prev), "cu") || nrm_eq(nrm_text(prev), "fl")) && nrm_joined(prev)
        && c->i_tok >= 2 && ends_number(nrm_tok(c, c->i_tok - 2))) {
        if ((u = nrm_unit_find(t, 1)) < 0)
            return 0;
        nrm_say_unit(c, u, !nrm_eq(nrm_text(nrm_tok(c, c->i_tok - 2)), "1"));
        return 1;
    }
    /* "330 imp gal": imperial gallons; the next token says the unit */
    if (nrm_eq(t, "imp") && ends_number(prev) && next && next->pre_len == 0
        && nrm_eq(nrm_text(next), "gal")) {
        nrm_say(c, "imperial");
        return 1;
    }
    if (nrm_eq(nrm_text(prev), "imp") && nrm_joined(prev) && c->i_tok >= 2
        && ends_number(nrm_tok(c, c->i_tok - 2)) && (u = nrm_unit_find(t, 1)) >= 0) {
        nrm_say_unit(c, u, !nrm_eq(nrm_text(nrm_tok(c, c->i_tok - 2)), "1"));
        return 1;
    }
    if (prev->len > 4 && prev->post_len == 0 && nrm_is_digit(prev->text[0])
        && nrm_has_prefix(prev->text + prev->len - 3, 3, "/sq")
        && (u = nrm_unit_find(t, 1)) >= 0) {
        nrm_say_unit(c, u, 0);                  /* 117/sq mi: per square mile */
        return 1;
    }
    if (nrm_eq(nrm_text(prev), "sq") && nrm_joined(prev) && c->i_tok >= 2
        && amount_before(c, c->i_tok - 2)) {
        if ((u = nrm_unit_find(t, 1)) < 0 && !(nrm_eq(t, "m") && (u = nrm_unit_find(t, 0)) >= 0))
            return 0;                           /* "500 sq m": square meters */
        nrm_say_unit(c, u, !nrm_eq(nrm_text(nrm_tok(c, c->i_tok - 2)), "1"));
        return 1;
    }
    /* "26 million square km", "500 cubic km": the unit after "square" or "cubic"
     * written as a word after an amount */
    if (prev->post_len == 0 && c->i_tok >= 2
        && (nrm_eq(nrm_text(prev), "square") || nrm_eq(nrm_text(prev), "cubic"))
        && (((u = nrm_unit_find(t, 1)) >= 0 && t.len >= 2)
            || (nrm_eq(t, "m") && (u = nrm_unit_find(t, 0)) >= 0))
        && strncmp(units[u].one, "square", 6) != 0 && strncmp(units[u].one, "cubic", 5) != 0) {
        const nv_ntok *amount = nrm_tok(c, c->i_tok - 2);
        int one = nrm_eq(nrm_text(amount), "1");
        if (amount->post_len == 0 && (ends_number(amount)
                                      || (c->i_tok >= 3 && nrm_find(nrm_text(amount), scale_names, 1) >= 0
                                          && ends_number(nrm_tok(c, c->i_tok - 3))))) {
            nrm_say_unit(c, u, !one && !nrm_attributive(c, c->i_tok - 2, c->i_tok));
            return 1;
        }
    }
    /* "5.5 million km2", "2 billion kWh": a unit after a scale word */
    if (prev->post_len == 0 && c->i_tok >= 2 && nrm_find(nrm_text(prev), scale_names, 1) >= 0
        && ends_number(nrm_tok(c, c->i_tok - 2)) && (u = nrm_unit_find(t, 1)) >= 0
        && t.len >= 2) {
        nrm_say_unit(c, u, 1);
        return 1;
    }
    /* "up 0.1 pct. pt.", "2 pct pts": percentage points; the point word says nothing */
    if ((nrm_eq(t, "pt") || nrm_eq(t, "pts")) && c->i_tok >= 2 && nrm_eq(nrm_text(prev), "pct")
        && prev->post_len <= 1 && ends_number(nrm_tok(c, c->i_tok - 2)))
        return 1;
    if (nrm_eq(t, "pct") && ends_number(prev) && cur->post_len <= 1 && next
        && next->pre_len == 0 && (nrm_eq(nrm_text(next), "pt") || nrm_eq(nrm_text(next), "pts"))) {
        nrm_say(c, nrm_eq(nrm_text(prev), "1") ? "percentage point" : "percentage points");
        return 1;
    }
    /* "32 degrees F", "minus 40 degrees C": the scale after "degrees" */
    if ((nrm_eq(t, "F") || nrm_eq(t, "C")) && prev->post_len == 0 && c->i_tok >= 2
        && (nrm_ieq(nrm_text(prev), "degrees") || nrm_ieq(nrm_text(prev), "degree"))
        && ends_number(nrm_tok(c, c->i_tok - 2))
        && !(next && cur->post_len == 0 && nrm_is_cap(next))) {
        nrm_say(c, nrm_eq(t, "F") ? "fahrenheit" : "celsius");
        return 1;
    }
    if (nrm_eq(t, "K") && kelvin_after(c)) {
        nrm_say(c, "kelvin");                   /* "a surface temperature of 5,778 K" */
        return 1;
    }
    /* "2:06:44 hours": the race time already says its hours, minutes and seconds */
    if (nrm_find(t, duration_hours, 0) >= 0 && prev->post_len == 0 && race_time(nrm_text(prev)))
        return 1;
    if (!ends_number(prev))
        return 0;
    /* "(9.8 to 11.8 in)": "in" closing a measure in parentheses is inches;
     * "6 ft 2 in", "6 ft. 4 in.": after feet it is inches too */
    if (nrm_eq(t, "in") && ((cur->post_len > 0 && cur->post[0] == ')')
                            || (cur->post_len == 0 && next && next->pre_len == 1
                                && next->pre[0] == '(' && nrm_is_numeric(next)
                                && (memchr(prev->text, '.', prev->len)   /* 12.5 in (318 mm) */
                                    || metric_length_after(c)))         /* 2 in (5 cm) */
                            || (c->i_tok >= 2 && feet_after_number(c, c->i_tok - 2))
                            || (!next && nrm_post_dot(cur))      /* "6.1 in." at the end */
                            || (!next && cur->post_len == 0      /* "0.25 in" alone */
                                && memchr(prev->text, '.', prev->len))
                            || (nrm_post_dot(cur) && cur->post_len == 1 && next
                                && next->pre_len == 0 && next->len > 0
                                && nrm_is_lower(next->text[0])))) {  /* "12 in. of snow" */
        /* "four 4 in (102 mm) guns": before a noun after its conversion, singular */
        nrm_say(c, one_or_less(c, c->i_tok - 1)
                   || (next && next->pre_len == 1 && next->pre[0] == '('
                       && nrm_attributive(c, c->i_tok - 1, c->i_tok)) ? "inch" : "inches");
        return 1;
    }
    /* "12 in wide", "6 in of rain", "24 in by 36 in": inches before a dimension
     * word ("in" the preposition never stands there) */
    if (nrm_eq(t, "in") && cur->post_len == 0 && inch_before(c)) {
        nrm_say(c, nrm_eq(nrm_text(prev), "1") || nrm_attributive(c, c->i_tok - 1, c->i_tok)
                   ? "inch" : "inches");
        return 1;
    }
    /* "a 2 ct diamond": carats, but "50 ct per kilowatt hour": cents */
    if (nrm_eq(t, "ct") && nrm_is_plain_number(nrm_text(prev)) && next && cur->post_len == 0
        && nrm_find(nrm_text(next), cent_next, 1) >= 0) {
        nrm_say(c, nrm_eq(nrm_text(prev), "1") ? "cent" : "cents");
        return 1;
    }
    /* "1.5 mln barrels", "2 bn people": a scale abbreviation after a number */
    if ((nrm_eq(t, "mln") || nrm_eq(t, "bln") || nrm_eq(t, "bn") || nrm_eq(t, "trn"))
        && nrm_is_plain_number(nrm_text(prev))) {
        nrm_say(c, nrm_scale_suffix(t));
        return 1;
    }
    /* "4.5 m euros", "2 m people": "m" before money or a count is million */
    if (nrm_eq(t, "m") && nrm_is_plain_number(nrm_text(prev)) && next && cur->post_len == 0
        && next->pre_len == 0 && (nrm_find(nrm_text(next), million_nouns, 1) >= 0
                                  || (nrm_is_count_noun(nrm_text(next))
                                      && nrm_find(nrm_text(next), not_million_nouns, 1) < 0))) {
        nrm_say(c, "million");
        return 1;
    }
    /* "0-60 mph in 3 s": seconds after "in" and a number (the "80 s" are letters) */
    if (nrm_eq(t, "s") && nrm_is_plain_number(nrm_text(prev)) && c->i_tok >= 2
        && nrm_tok(c, c->i_tok - 2)->post_len == 0
        && (nrm_eq(nrm_text(nrm_tok(c, c->i_tok - 2)), "in")
            || nrm_eq(nrm_text(nrm_tok(c, c->i_tok - 2)), "within"))) {
        nrm_say(c, nrm_eq(nrm_text(prev), "1") ? "second" : "seconds");
        return 1;
    }
    /* "won by 3 pt", "1 pt of cream": points, but pints of something */
    if (nrm_eq(t, "pt") && nrm_is_plain_number(nrm_text(prev))) {
        int pint = next && (cur->post_len == 0 || nrm_joined(cur)) && nrm_eq(nrm_text(next), "of");
        nrm_say(c, nrm_eq(nrm_text(prev), "1") ? (pint ? "pint" : "point")
                                               : (pint ? "pints" : "points"));
        return 1;
    }
    /* "9.79 s": seconds after a decimal (the "80 s" are letters) */
    if (nrm_eq(t, "s") && nrm_is_plain_number(nrm_text(prev)) && memchr(prev->text, '.', prev->len)) {
        nrm_say(c, "seconds");
        return 1;
    }
    /* "fell 4.5 pp", "+3.2 pp": percentage points after a decimal or a signed
     * number; "320 pp.": the pages of a book */
    if (nrm_eq(t, "pp") && nrm_is_plain_number(nrm_text(prev))) {
        nrm_span p = nrm_text(prev);
        if (memchr(p.s, '.', p.len) || p.s[0] == '+' || p.s[0] == '-')
            nrm_say(c, "percentage points");
        else
            nrm_say(c, nrm_eq(p, "1") ? "page" : "pages");
        return 1;
    }
    /* "he weighed 10 st": stone after a verb of weighing */
    if (nrm_eq(t, "st") && nrm_is_plain_number(nrm_text(prev)) && c->i_tok >= 2
        && nrm_tok(c, c->i_tok - 2)->post_len == 0
        && nrm_find(nrm_text(nrm_tok(c, c->i_tok - 2)), weigh_words, 1) >= 0) {
        nrm_say(c, "stone");
        return 1;
    }
    /* "14 st 2 lb": stone before pounds (British weights); invariable */
    if (nrm_eq(t, "st") && nrm_is_plain_number(nrm_text(prev)) && cur->post_len == 0 && next
        && nrm_is_plain_number(nrm_text(next)) && next->post_len == 0
        && nrm_tok(c, c->i_tok + 2) && (nrm_eq(nrm_text(nrm_tok(c, c->i_tok + 2)), "lb")
                                        || nrm_eq(nrm_text(nrm_tok(c, c->i_tok + 2)), "lbs"))) {
        nrm_say(c, "stone");
        return 1;
    }
    /* "3.8 Ga old": an age, not a date; the unit says no "ago" */
    if ((nrm_eq(t, "Ma") || nrm_eq(t, "Ga")) && nrm_is_plain_number(nrm_text(prev)) && next
        && cur->post_len == 0 && (nrm_eq(nrm_text(next), "old") || nrm_eq(nrm_text(next), "ago"))) {
        nrm_say(c, nrm_eq(t, "Ma") ? "million years" : "billion years");
        return 1;
    }
    /* "5 min 39 s", "2 h 3 min": hours and seconds in a run of time units */
    if ((nrm_eq(t, "s") || nrm_eq(t, "h")) && nrm_is_plain_number(nrm_text(prev))
        && ((c->i_tok >= 2 && nrm_tok(c, c->i_tok - 2)->post_len == 0
             && nrm_find(nrm_text(nrm_tok(c, c->i_tok - 2)), time_units, 0) >= 0)
            || (cur->post_len == 0 && next && nrm_is_plain_number(nrm_text(next))
                && next->post_len == 0 && nrm_tok(c, c->i_tok + 2)
                && nrm_find(nrm_text(nrm_tok(c, c->i_tok + 2)), time_units, 0) >= 0))) {
        nrm_say_unit(c, nrm_unit_find(t, 0), !nrm_eq(nrm_text(prev), "1"));
        return 1;
    }
    /* "5 m", "4 g": units that are also letters only after a plain number or
     * a relay's legs ("4x400 m") or a range of numbers ("1,500\xe2\x80\x932,800 m"),
     * not after a code ("A-13 m" is left alone) */
    if ((u = nrm_unit_find(t, 1)) < 0
        && (!(nrm_is_plain_number(nrm_text(prev)) || relay_legs(nrm_text(prev))
              || number_range(nrm_text(prev)) || power_number(nrm_text(prev)))
            || (nrm_find(t, letter_units, 0) < 0 && !power_number(nrm_text(prev)))
            || (u = nrm_unit_find(t, 0)) < 0
            || (((t.len == 1 && nrm_post_dot(cur)) || nrm_eq(t, "Mt")) && nrm_is_cap(next))
            || (nrm_eq(t, "W") && next                          /* "40 W. 57th St.": west */
                && (nrm_is_numeric(next) || nrm_is_cap(next)))
            || (nrm_eq(t, "V") && next && cur->post_len == 0     /* "a 2 V 2 match": versus; */
                && (nrm_is_numeric(next)                         /* "the 1998 V Festival" */
                    || (nrm_is_cap(next) && next->len > 1 && nrm_is_lower(next->text[1]))))
            || (nrm_find(t, label_units, 0) >= 0 && !memchr(prev->text, '.', prev->len)
                && !memchr(prev->text, ',', prev->len) && c->i_tok >= 2
                && nrm_is_cap(nrm_tok(c, c->i_tok - 2))
                && nrm_find(nrm_text(nrm_tok(c, c->i_tok - 2)), label_determiners, 0) < 0)))
        return 0;                               /* "in 1984 L. Ron Hubbard": an initial;
                                                   "Group 5 L": a label */
    nrm_say_unit(c, u, !one_or_less(c, c->i_tok - 1)
                       && !nrm_attributive(c, c->i_tok - 1, c->i_tok));   /* a 5 km race */
    return 1;
}

/* ---- parsing ----------------------------------------------------------------- */

/* 1 if commas in s[0..len) group the digits in the Indian way: a first group of
 * one or two digits, groups of two, a last group of three: 1,50,000 10,00,000. */
static int commas_indian(const char *s, size_t len)
{
    size_t i, run = 0, groups = 0;

    for (i = 0; i < len; i++) {
        if (s[i] != ',') {
            run++;
            continue;
        }
        if (run == 0 || run > 2 || (groups > 0 && run != 2))
            return 0;
        groups++;
        run = 0;
    }
    return groups >= 2 && run == 3;
}

/* 1 if commas in s[0..len) group the digits by thousands: 1,500 or 12,000,000
 * (or in the Indian way, 1,50,000: read by value, one hundred fifty thousand). */
static int commas_valid(const char *s, size_t len)
{
    size_t i, run = 0, groups = 0;

    if (commas_indian(s, len))
        return 1;

    for (i = 0; i < len; i++) {
        if (s[i] != ',') {
            run++;
            continue;
        }
        if ((groups == 0 && (run == 0 || run > 3)) || (groups > 0 && run != 3))
            return 0;
        groups++;
        run = 0;
    }
    return groups == 0 || run == 3;
}

static size_t scan_int(nrm_span t, size_t i, nrm_span *ip)
{
    size_t start = i;

    while (i < t.len && (nrm_is_digit(t.s[i])
                         || (t.s[i] == ',' && i > start && i + 1 < t.len
                             && nrm_is_digit(t.s[i + 1]))))
        i++;
    ip->s = t.s + start;
    ip->len = i - start;
    if (!commas_valid(ip->s, ip->len)) {
        ip->len = (size_t)((const char *)memchr(ip->s, ',', ip->len) - ip->s);
        i = start + ip->len;
    }
    return i;
}

static int starts_number(nrm_span t, size_t i)
{
    return i < t.len && (nrm_is_digit(t.s[i])
                         || (t.s[i] == '.' && i + 1 < t.len && nrm_is_digit(t.s[i + 1])));
}

int nrm_num_parse(nrm_span t, nrm_num *n)
{
    size_t i = 0, used = 0;

    memset(n, 0, sizeof *n);
    n->cur = n->code = -1;
    if (t.len > 1 && (t.s[0] == '-' || t.s[0] == '+')) {
        n->sign = t.s[0];
        i = 1;
    }
    n->cur = nrm_currency_at(t.s + i, t.len - i, &used, &n->code);
    if (n->cur >= 0)
        i += used;
    if (n->cur >= 0 && !n->sign && i + 1 < t.len && t.s[i] == '-' && starts_number(t, i + 1))
        n->sign = t.s[i++];                     /* "$-40": minus forty dollars */
    if (!starts_number(t, i))
        return 0;
    i = scan_int(t, i, &n->ip);
    if (i + 1 < t.len && t.s[i] == '.' && nrm_is_digit(t.s[i + 1])) {
        size_t f = ++i;
        while (i < t.len && nrm_is_digit(t.s[i]))
            i++;
        n->fp.s = t.s + f;
        n->fp.len = i - f;
    }
    n->rest.s = t.s + i;
    n->rest.len = t.len - i;
    return 1;
}

nrm_span nrm_num_tail(const nrm_ctx *c, const nrm_num *n)
{
    const nv_ntok *cur = &c->tok[c->i_tok];
    const char *end = n->fp.len ? n->fp.s + n->fp.len : n->ip.s + n->ip.len;
    uintptr_t e = (uintptr_t)end, b = (uintptr_t)cur->text, z = b + cur->len;
    nrm_span tail = { end, 0 };

    if (e >= b && e <= z)
        tail.len = (size_t)(z - e);
    return tail;
}

int nrm_is_plain_number(nrm_span t)
{
    nrm_num n;
    return nrm_num_parse(t, &n) && n.rest.len == 0 && n.cur < 0;
}
/* ---- suffixes ----------------------------------------------------------------- */

enum suffix {
    SFX_NONE, SFX_PERCENT, SFX_ORD, SFX_PLURAL, SFX_POSS, SFX_AMPM, SFX_SCALE,
    SFX_CUR_AFTER, SFX_UNIT, SFX_NUM_SCALE, SFX_UNKNOWN
};

static const char *const ordinal_suffixes[] = {
    "st", "nd", "rd", "th",
    /* written in modifier letters, as superscripts: 1\xcb\xa2\xe1\xb5\x97 */
    "\xcb\xa2\xe1\xb5\x97", "\xe2\x81\xbf\xe1\xb5\x88", "\xca\xb3\xe1\xb5\x88",
    "\xe1\xb5\x97\xca\xb0", NULL
};
static const char *const ampm_suffixes[] = { "am", "pm", "a.m", "p.m", "a.m.", "p.m.", NULL };
/* What the text after a number says; *scale receives a scale word for SFX_SCALE,
 * *cur_after the currency for SFX_CUR_AFTER. */
static enum suffix classify_suffix(const nrm_num *n, const char **scale, int *cur_after,
                                   int *unit_idx, int count_noun_next)
{
    nrm_span r = n->rest;
    size_t used = 0;
    int code;
    int plain = n->cur < 0 && n->fp.len == 0 && n->ip.len > 0;

    if (r.len == 0)
        return SFX_NONE;
    if (nrm_eq(r, "%"))
        return SFX_PERCENT;
    if (plain && nrm_find(r, ordinal_suffixes, 1) >= 0)
        return SFX_ORD;
    if (plain && nrm_eq(r, "s"))
        return SFX_PLURAL;
    if (plain && nrm_eq(r, "'s"))
        return SFX_POSS;
    if (plain && nrm_find(r, ampm_suffixes, 1) >= 0)
        return SFX_AMPM;
    if (n->cur >= 0 && (*scale = nrm_scale_suffix(r)) != NULL)
        return SFX_SCALE;
    /* "2bn people", "1.2m copies": a scale, not a unit, before a count noun
     * (a scale of two or more letters always) */
    if (n->cur < 0 && n->ip.len + n->fp.len > 0 && (*scale = nrm_scale_suffix(r)) != NULL
        && (r.len >= 2 || count_noun_next))
        return SFX_NUM_SCALE;
    if (n->cur < 0 && (*cur_after = nrm_currency_at(r.s, r.len, &used, &code)) >= 0
        && used == r.len && code < 0)
        return SFX_CUR_AFTER;
    if (n->cur < 0 && n->ip.len + n->fp.len > 0 && (*unit_idx = nrm_unit_find(r, 0)) >= 0)
        return SFX_UNIT;
    return SFX_UNKNOWN;
}

/* ---- plain numbers ----------------------------------------------------------- */

/* Catalogue identifiers whose numbers are read digit by digit. (An ISBN
 * written without hyphens is left to be read as a number.) */
static const char *const catalog_ids[] = { "OCLC", "LCCN", "ISSN", "PMID", "PMC", "ISNI",
                                           "ASIN", "UPC", "JSTOR", "S2CID", NULL };

/* Time zones and words after a 24-hour time written as four digits. */
static const char *const clock_zones[] = {
    "GMT", "UTC", "Zulu", "hours", "hrs", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST",
    "PDT", "ET", "CT", "PT", "CET", "CEST", "BST", "IST", "JST", "AEST", "AEDT", NULL
};
static const char *const clock_preps[] = { "at", "from", "until", "till", "by", "before",
                                           "after", "since", "to", NULL };

/* "at 0600 GMT", "at 1800 hours": a 24-hour time written as four digits, after
 * a preposition (or before GMT, UTC) and before a zone or "hours", or after the
 * preposition alone if it starts with 0 ("at 0600"); military style: oh six
 * hundred, eighteen hundred, twenty one thirty. 0 if not one. */
static int read_clock_digits(nrm_ctx *c, nrm_span ip)
{
    const nv_ntok *prev = nrm_prev(c), *next = nrm_next(c), *cur = &c->tok[c->i_tok];
    unsigned h, m;
    int zone;

    if (ip.len != 4)
        return 0;
    if (!next || cur->post_len != 0 || next->pre_len != 0
        || (zone = nrm_find(nrm_text(next), clock_zones, 0)) < 0)
        zone = ip.s[0] == '0' ? 2 : -1;         /* "left at 0600.": no count starts with 0 */
    if (zone < 0)
        return 0;
    if (zone > 1 && !(prev && prev->post_len == 0 && cur->pre_len == 0
                      && nrm_find(nrm_text(prev), clock_preps, 1) >= 0))
        return 0;                               /* "1800 hours" of work is a count */
    h = (unsigned)(ip.s[0] - '0') * 10 + (unsigned)(ip.s[1] - '0');
    m = (unsigned)(ip.s[2] - '0') * 10 + (unsigned)(ip.s[3] - '0');
    if (h > 23 || m > 59)
        return 0;
    if (h == 0) {
        nrm_say(c, "zero");                     /* 0001 zero zero zero one, 0000 zero hundred */
        if (m != 0)
            nrm_say(c, "zero");
    } else if (h < 10) {
        nrm_say(c, "o");
        nrm_say(c, nrm_digit_word(ip.s[1]));
    } else {
        nrm_say_value(c, h, NRM_CARD);
    }
    if (m == 0) {
        nrm_say(c, "hundred");
    } else {
        if (m < 10)
            nrm_say(c, h == 0 ? "zero" : "o");
        nrm_say_value(c, m, NRM_CARD);
    }
    return 1;
}

/* Words after "300p" that make the p pence (British prices): "300p a share",
 * "1.28p per litre", "5p off". */
static const char *const pence_next[] = {
    "a", "per", "each", "apiece", "off", "higher", "lower", "up", "down", "to", "from",
    "on", NULL
};

/* 1 if the current 3-digit number names an aircraft or another model said in
 * pairs: after "Boeing", "Airbus", "Porsche" ("911" nine eleven), "Xbox", or
 * before "Max" or "Dreamliner" (the 737 Max). */
/* Labels after which a number of three or four digits is said in pairs: bills ("SB
 * 1047" ten forty seven, "HB 1557", "H.R. 3684", Senate bills "S. 2155"),
 * sections of a code ("Section 230" two thirty, "Section 1983" nineteen eighty
 * three),
 * executive orders ("Executive Order 9066" ninety sixty six), tax forms ("Form
 * 1040"), graphics cards ("RTX 4090"), Bach's works ("BWV 1007" ten oh seven),
 * rooms and union locals ("Local 1199"). */
static const char *const pairs_labels[] = {
    "SB", "HB", "AB", "HR", "H.R", "LB", "SF", "HF", "SJR", "HJR", "SCR", "HCR", "SR",
    "S.B", "H.B", "A.B", "S", "H.J.Res", "S.J.Res", "H.Res", "S.Res", "RTX", "GTX", "Form",
    "Order", "BWV", "Room", "Suite", "Local", "Section", NULL
};

/* 1 if the token before the current one is a label of pairs_labels. */
static int pairs_label_before(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c);

    return prev && (prev->post_len == 0 || nrm_post_dot(prev)) && prev->post_len <= 1
        && c->tok[c->i_tok].pre_len == 0 && nrm_find(nrm_text(prev), pairs_labels, 0) >= 0;
}

/* 1 if "No." stands before the current token: a number of four digits after
 * it names a locomotive, a squadron or an order, said in pairs ("No. 4472"
 * forty four seventy two); charts and rankings stop well below. */
static int number_sign_before(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c);

    return prev && nrm_post_dot(prev) && prev->post_len == 1 && c->tok[c->i_tok].pre_len == 0
        && (nrm_eq(nrm_text(prev), "No") || nrm_eq(nrm_text(prev), "no"));
}

static int aircraft_model(const nrm_ctx *c)
{
    static const char *const makers[] = { "Boeing", "Airbus", "Embraer", "Tupolev", "Cessna",
                                          "Antonov", "Ilyushin", "Lockheed", "Piper",
                                          "Saab", "Bf",     /* "Messerschmitt Bf 109" */
                                          /* cars and consoles named the same way */
                                          "Porsche", "Peugeot", "Ferrari", "Xbox",
                                          /* software, jeans and a novel said the
                                           * same way: "Office 365" three sixty
                                           * five, "Levi's 501", "Fahrenheit 451" */
                                          "Office", "Microsoft", "Levi's", "Fahrenheit",
                                          NULL };
    /* words after the number: "the 737 Max"; a college savings or benefit plan
     * named for its tax section, "a 529 plan" five twenty nine (not "plans":
     * "125 plans" is a count) */
    static const char *const models[] = { "Max", "MAX", "Dreamliner", "NG", "neo", "plan",
                                          NULL };
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok], *next = nrm_next(c);

    nrm_span w = next ? nrm_text(next) : (nrm_span){ "", 0 };
    size_t k = 3;

    if (w.len > 3 && (nrm_has_prefix(w.s, w.len, "MAX") || nrm_has_prefix(w.s, w.len, "Max")))
        while (k < w.len && nrm_is_digit(w.s[k]))
            k++;                                /* "737 MAX9": the variant written on */
    return (prev && prev->post_len == 0 && nrm_find(nrm_text(prev), makers, 0) >= 0)
           || (next && cur->post_len == 0
               && (nrm_find(w, models, 0) >= 0 || (w.len > 3 && k == w.len)));
}

/* Words before the number of a road or a flight, said in pairs as people say
 * them: "Highway 101" one oh one, "Interstate 405", "Flight 370" three seventy;
 * also catalogue numbers of Bach's works, "BWV 565" five sixty five. */
static const char *const route_words[] = {
    "Route", "Highway", "Hwy", "Rte", "Interstate", "Flight", "SR", "US", "BWV",
    "flight",                                   /* "Southwest flight 2458" */
    /* rooms and union locals: "Room 101" one oh one, "Local 727" */
    "Room", "Suite", "Local", NULL
};

/* 1 if the current token is the number of a road or a flight (route_words, or
 * a state's postal code: "PA 309"), not a count ("US 250 troops"). */
static int route_number(const nrm_ctx *c)
{
    static const char *const road_preps[] = { "on", "off", "onto", "along", "via", "of",
                                              "from", "to", "take", "took", NULL };
    const nv_ntok *prev = nrm_prev(c), *next = nrm_next(c);
    const nv_ntok *pp = c->i_tok >= 2 ? nrm_tok(c, c->i_tok - 2) : NULL;

    if (!prev || (next && c->tok[c->i_tok].post_len == 0 && nrm_is_count_noun(nrm_text(next))))
        return 0;
    /* "Hwy. 61", "Rte. 9"; "on U.S. 101" (after a preposition: "the U.S. 250" is
     * a count) */
    if (nrm_post_dot(prev) && prev->post_len == 1)
        return nrm_eq(nrm_text(prev), "Hwy") || nrm_eq(nrm_text(prev), "Rte")
            || (nrm_eq(nrm_text(prev), "U.S") && pp && pp->post_len == 0
                && nrm_find(nrm_text(pp), road_preps, 1) >= 0);
    return prev->post_len == 0 && (nrm_find(nrm_text(prev), route_words, 0) >= 0
                                   || nrm_is_state_route_code(nrm_text(prev)));  /* PA 309 */
}

/* 1 if token t is a count of shillings or pence as written before decimal
 * currency: one or two digits and the letter unit ("10s", "6d"). */
static int lsd_token(const nv_ntok *t, char mark)
{
    return t && t->len >= 2 && t->len <= 3 && t->text[t->len - 1] == mark
        && nrm_is_digit(t->text[0]) && (t->len == 2 || nrm_is_digit(t->text[1]));
}

/* Pre-decimal British money, "\xc2\xa3""1 10s 6d", "2s 6d": the current token
 * is shillings ('s') or pence ('d') if it follows pounds or shillings, or
 * shillings before pence. *and gets 1 if "and" goes before it. */
static int lsd_amount(const nrm_ctx *c, char mark, int *and)
{
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok], *next = nrm_next(c);
    int after = prev && prev->post_len == 0 && cur->pre_len == 0
                && ((prev->len > 2 && nrm_has_prefix(prev->text, prev->len, "\xc2\xa3")
                     && nrm_is_digit(prev->text[2]))
                    || (mark == 'd' && lsd_token(prev, 's')));

    *and = after && mark == 'd';
    if (!lsd_token(cur, mark))
        return 0;
    return after || (mark == 's' && cur->post_len == 0 && lsd_token(next, 'd')
                     && next->pre_len == 0);
}

/* Verbs before a short number that is one to dial: "call 311", "text 988". */
static const char *const dial_verbs[] = {
    "call", "calling", "dial", "dialing", "dialling", "text", "texting", NULL
};

/* Words that may follow such a number; anything else ("call 100 people") makes
 * it a count. */
static const char *const dial_next[] = { "or", "and", "if", "for", "from", "to", "now", NULL };

/* 1 if the current 3-digit token is a number to call: after a dialling verb
 * and before the end of the clause or a small word. */
static int hotline_after(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok], *next = nrm_next(c);

    if (!prev || prev->post_len != 0 || nrm_find(nrm_text(prev), dial_verbs, 1) < 0)
        return 0;
    return !next || cur->post_len != 0 || nrm_find(nrm_text(next), dial_next, 1) >= 0;
}

/* Short numbers of public services, said digit by digit after a dialling verb
 * whatever follows ("call 999 in Britain") or after a word for a phone line
 * ("the crisis line is 988", "TTY 711"). To add one, append it before NULL. */
static const char *const service_numbers[] = {
    "211", "311", "411", "511", "611", "711", "811", "988", "999", "112", "000", "111",
    "101", NULL
};

/* Words for a phone line, after which a service number is one to dial. */
static const char *const line_words[] = {
    "number", "line", "hotline", "lifeline", "helpline", NULL
};

/* Past and present forms of the dialling verbs, before a service number only
 * ("they dialed 999"; "dialed 555" may be a count). */
static const char *const dialled_verbs[] = {
    "dialed", "dialled", "dials", "texted", "texts", NULL
};

/* Nouns after "the" or "a" and a service number, which make it the service:
 * "the 311 system", "a 988 counselor" (not "311 calls", which may be a count). */
static const char *const service_nouns[] = {
    "system", "line", "hotline", "lifeline", "number", "call", "center", "centre",
    "counselor", "operator", "dispatcher", "service", "app", "network", NULL
};

/* 1 if the current 3-digit token is a service number in a context of dialling. */
static int service_number(const nrm_ctx *c, nrm_span ip)
{
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok];
    size_t i = c->i_tok;

    if (nrm_find(ip, service_numbers, 0) < 0 || !prev || prev->post_len != 0 || cur->pre_len != 0)
        return 0;
    if (nrm_find(nrm_text(prev), dial_verbs, 1) >= 0
        || nrm_find(nrm_text(prev), dialled_verbs, 1) >= 0) {
        const nv_ntok *next = nrm_next(c);      /* not "call 112 voters" */
        return !next || cur->post_len != 0 || next->len < 3 || !nrm_is_lower(next->text[0])
            || next->text[next->len - 1] != 's';
    }
    if (nrm_eq(nrm_text(prev), "TTY") || nrm_eq(nrm_text(prev), "TDD"))
        return 1;                               /* "TTY 711" */
    if ((nrm_ieq(nrm_text(prev), "the") || nrm_ieq(nrm_text(prev), "a")) && cur->post_len == 0
        && nrm_next(c) && nrm_find(nrm_text(nrm_next(c)), service_nouns, 0) >= 0)
        return 1;                               /* "the 311 system" */
    if (!(nrm_ieq(nrm_text(prev), "is") || nrm_ieq(nrm_text(prev), "was"))
        || (cur->post_len == 0 && c->i_tok + 1 < c->n_tok))
        return 0;                               /* "the number is 988." */
    return i >= 2 && nrm_tok(c, i - 2)->post_len == 0
        && nrm_find(nrm_text(nrm_tok(c, i - 2)), line_words, 0) >= 0;
}

/* 1 if the current token is a text short code: "text HOME to 741741", "text
 * 'STOP' to 55555" (a keyword of one or two words, then "to"). */
static int short_code(const nrm_ctx *c)
{
    static const char *const text_verbs[] = { "text", "texting", "texts", NULL };
    const nv_ntok *prev = nrm_prev(c);
    size_t k;

    if (!prev || prev->post_len != 0 || !nrm_ieq(nrm_text(prev), "to"))
        return 0;
    for (k = 2; k <= 3 && k + 1 <= c->i_tok; k++) {
        const nv_ntok *t = nrm_tok(c, c->i_tok - k - 1), *w = nrm_tok(c, c->i_tok - k);
        size_t j;
        /* the keyword in capitals or quotes: not "the text rose to 74174" */
        for (j = 0; j < w->len && !nrm_is_lower(w->text[j]); j++)
            ;
        if (j < w->len && !(w->pre_len > 0 && strchr("\"'", w->pre[w->pre_len - 1])))
            return 0;
        if (nrm_find(nrm_text(t), text_verbs, 1) >= 0 && t->post_len == 0)
            return 1;                           /* "text", "texting" */
    }
    return 0;
}

/* 1 if the current token is an extension of four digits or more after a
 * phone number: "555-0100, ext. 4321" four three two one. */
static int long_extension(const nrm_ctx *c)
{
    static const char *const ext_words[] = { "ext", "Ext", "extension", "Extension", "x", NULL };
    const nv_ntok *prev = nrm_prev(c), *phone;

    if (c->i_tok < 2 || prev->pre_len != 0 || !(prev->post_len == 0 || nrm_post_dot(prev))
        || nrm_find(nrm_text(prev), ext_words, 0) < 0)
        return 0;
    phone = nrm_tok(c, c->i_tok - 2);
    return phone->len >= 7 && nrm_is_digit(phone->text[phone->len - 1])
        && memchr(phone->text, '-', phone->len) != NULL;
}

static const char *const day_links[] = { "and", "or", "&", "to", "through", NULL };

/* 1 if token i is a day of the month written alone: 1 to 31, nothing after. */
static int day_token(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i);
    unsigned long long v;

    if (!t || t->len == 0 || t->len > 2 || !nrm_is_plain_number(nrm_text(t)))
        return 0;
    v = nrm_value(nrm_text(t));
    return v >= 1 && v <= 31;
}

static int is_day_link(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i);

    return t && t->post_len == 0 && t->pre_len == 0 && nrm_find(nrm_text(t), day_links, 1) >= 0;
}

static int comma_after(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i);

    return t && t->post_len == 1 && t->post[0] == ',';
}

/* The last day of a list of days that token i starts, "9 and 10", "5, 6 and 7"
 * (a link word before the last day); 0 if token i starts none. */
static size_t day_list_end(const nrm_ctx *c, size_t i)
{
    size_t k = i;

    while (day_token(c, k) && comma_after(c, k))
        k++;
    if (!day_token(c, k) || nrm_tok(c, k)->post_len != 0 || !is_day_link(c, k + 1)
        || !day_token(c, k + 2))
        return 0;
    return k + 2;
}

/* The first day of the list of days that ends or continues at token i. */
static size_t day_list_start(const nrm_ctx *c, size_t i)
{
    size_t j = i;

    if (j >= 2 && is_day_link(c, j - 1) && day_token(c, j - 2) && nrm_tok(c, j - 2)->post_len == 0)
        j -= 2;
    while (j >= 1 && day_token(c, j - 1) && comma_after(c, j - 1))
        j--;
    return j;
}

/* 1 if the current day is one of a list before a month: "9 and 10 July",
 * "5, 6 and 7 June". */
static int coordinated_day(const nrm_ctx *c)
{
    size_t e = day_list_end(c, c->i_tok);
    nrm_ctx at = *c;

    if (!e)
        return 0;
    at.i_tok = e;
    return nrm_before_month(&at);
}

/* 1 if the current day follows the first of a list after a month: "July 9 and
 * 10", "June 5, 6 and 7". */
static int after_coordinated_day(const nrm_ctx *c)
{
    size_t s0 = day_list_start(c, c->i_tok);
    nrm_ctx at = *c;

    if (s0 >= c->i_tok || day_list_end(c, s0) < c->i_tok)
        return 0;
    at.i_tok = s0;
    return nrm_after_month(&at);
}

/* A number in pairs: below 100 as it is; else the hundreds, then "hundred" or
 * the last two digits, a zero tens digit said as zero_word: 1428 fourteen
 * twenty eight, 1007 ten o seven, 2100 twenty one hundred, .305 three oh five. */
static void say_pairs_value(nrm_ctx *c, unsigned long long v, const char *zero_word)
{
    if (v < 100) {
        nrm_say_value(c, v, NRM_CARD);
        return;
    }
    nrm_say_value(c, v / 100, NRM_CARD);
    if (v % 100 == 0) {
        nrm_say(c, "hundred");
        return;
    }
    if (v % 100 < 10)
        nrm_say(c, zero_word);
    nrm_say_value(c, v % 100, NRM_CARD);
}

/* Four digits in pairs, as house and bill numbers are said ("o" for a zero). */
static void say_pairs4(nrm_ctx *c, unsigned long long v)
{
    say_pairs_value(c, v, "o");
}

/* 1 if the current number (four digits, not a year) is a model number after
 * a name written inside the sentence: "Atari 2600", "Nokia 3310", "Silverado
 * 2500"; not a count ("Texas 2600 people") or a date. */
static int model_name_before(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c), *next = nrm_next(c);
    const nv_ntok *cur = &c->tok[c->i_tok];

    if (c->i_tok < 2 || !prev || prev->post_len != 0 || cur->pre_len != 0 || !nrm_is_cap(prev)
        || prev->len < 2 || !nrm_is_alpha(prev->text[prev->len - 1])
        || nrm_month(nrm_text(prev), 1) || nrm_era_after(c))
        return 0;
    return !(next && cur->post_len == 0 && (nrm_is_count_noun(nrm_text(next))
                                            || nrm_unit_find(nrm_text(next), 1) >= 0));
}

/* 1 if the current number follows "area code" (or "area code is", "area
 * codes"): a telephone area code, said digit by digit. */
static int area_code_before(const nrm_ctx *c)
{
    static const char *const links[] = { "is", "was", "of", NULL };
    size_t i = c->i_tok;
    const nv_ntok *t;

    if (i >= 1 && (t = nrm_tok(c, i - 1))->post_len == 0 && nrm_find(nrm_text(t), links, 1) >= 0)
        i--;
    return i >= 2 && nrm_tok(c, i - 1)->post_len == 0 && nrm_tok(c, i - 2)->post_len == 0
        && (nrm_ieq(nrm_text(nrm_tok(c, i - 1)), "code")
            || nrm_ieq(nrm_text(nrm_tok(c, i - 1)), "codes"))
        && nrm_ieq(nrm_text(nrm_tok(c, i - 2)), "area");
}

/* 1 if the current number is the last digits of a card, an account or a phone
 * number: "the card ending in 8876", "an account that ends with 0412"; said
 * digit by digit. Not "the year ending in 2024". */
static int last_digits(const nrm_ctx *c)
{
    static const char *const ends[] = { "ending", "ends", "end", NULL };
    static const char *const holders[] = {
        "card", "cards", "account", "accounts", "number", "numbers", "phone", "phones",
        "plate", "plates", NULL
    };
    static const char *const links[] = { "in", "with", NULL };
    size_t i = c->i_tok;

    if (i < 3 || nrm_tok(c, i - 1)->post_len != 0 || nrm_tok(c, i - 2)->post_len != 0
        || nrm_tok(c, i - 3)->post_len != 0
        || nrm_find(nrm_text(nrm_tok(c, i - 1)), links, 1) < 0
        || nrm_find(nrm_text(nrm_tok(c, i - 2)), ends, 1) < 0)
        return 0;
    if (nrm_ieq(nrm_text(nrm_tok(c, i - 3)), "that") || nrm_ieq(nrm_text(nrm_tok(c, i - 3)), "which"))
        return i >= 4 && nrm_tok(c, i - 4)->post_len == 0
            && nrm_find(nrm_text(nrm_tok(c, i - 4)), holders, 1) >= 0;
    return nrm_find(nrm_text(nrm_tok(c, i - 3)), holders, 1) >= 0;
}

/* A plain integer in context: year, day of a month, or count. */
/* 1 if the token read now, of which a piece is being read, is a range of two
 * numbers before a unit or a count noun, "1980-1970 kg", "1234-123kg",
 * "1500-2000 people": its numbers are amounts, not years. After a word that
 * takes a time ("in 1914-1918 soldiers fought") they stay years. */
static int range_before_unit(const nrm_ctx *c)
{
    static const char *const time_preps[] = {
        "in", "since", "by", "from", "until", "till", "before", "after", "during", "between",
        NULL
    };
    const nv_ntok *cur = &c->tok[c->i_tok], *next = nrm_next(c), *prev = nrm_prev(c);
    size_t i = 0, hyphen = 0;

    if (prev && prev->post_len == 0 && nrm_find(nrm_text(prev), time_preps, 1) >= 0)
        return 0;

    while (i < cur->len && (nrm_is_digit(cur->text[i]) || (cur->text[i] == '-' && !hyphen++)))
        i++;
    if (hyphen != 1 || i == 0 || !nrm_is_digit(cur->text[i - 1]) || !nrm_is_digit(cur->text[0]))
        return 0;
    if (i < cur->len)                           /* "1234-123kg" */
        return nrm_unit_find((nrm_span){ cur->text + i, cur->len - i }, 0) >= 0;
    return next && cur->post_len == 0 && next->pre_len == 0
        && (nrm_is_count_noun(nrm_text(next)) || nrm_unit_find(nrm_text(next), 1) >= 0);
}

static void read_int(nrm_ctx *c, const nrm_num *n, int flags, int apos)
{
    size_t nd = nrm_n_digits(n->ip);
    unsigned long long v = nrm_value(n->ip);
    int comma = memchr(n->ip.s, ',', n->ip.len) != NULL;

    /* A quoted day before its month ("'12 May 2009'") is not a short year. */
    if (apos && nd == 2 && !(v >= 1 && v <= 31 && (flags & NRM_WHOLE) && nrm_before_month(c))) {
        nrm_say_year2(c, (unsigned)v);          /* class of '05 */
        return;
    }
    if ((flags & NRM_WHOLE) && c->i_tok > 0 && nrm_prev(c)->post_len == 0
        && nrm_find(nrm_text(nrm_prev(c)), catalog_ids, 0) >= 0) {
        nrm_say_code(c, n->ip);                 /* OCLC 173092429: a catalogue number */
        return;
    }
    if ((flags & NRM_WHOLE) && nrm_after_postal_state(c)) {
        nrm_say_digits(c, n->ip);               /* a ZIP code */
        return;
    }
    if ((flags & NRM_WHOLE) && nd >= 5 && nd <= 6 && !comma && !n->sign && short_code(c)) {
        nrm_say_digits(c, n->ip);               /* text HOME to 741741 */
        return;
    }
    if ((flags & NRM_WHOLE) && nd >= 4 && !comma && !n->sign && long_extension(c)) {
        nrm_say_digits(c, n->ip);               /* ext. 4321: four three two one */
        return;
    }
    if ((flags & NRM_WHOLE) && nd >= 2 && nd <= 6 && !comma && !n->sign && last_digits(c)) {
        nrm_say_digits(c, n->ip);               /* a card ending in 8876 */
        return;
    }
    if ((flags & NRM_WHOLE) && nd == 3 && !comma && !n->sign && area_code_before(c)) {
        nrm_say_digits(c, n->ip);               /* area code 212: two one two */
        return;
    }
    if ((flags & NRM_WHOLE) && !n->sign && nd == 4 && v % 1000 != 0 && nrm_is_house_number(c)) {
        say_pairs4(c, v);                       /* 1428 Elm St. fourteen twenty eight */
        return;
    }
    if ((flags & NRM_WHOLE) && !n->sign && nd == 4 && !comma && read_clock_digits(c, n->ip))
        return;
    if ((flags & NRM_WHOLE) && nd == 3 && !comma && !n->sign && v % 100 != 0
        && (aircraft_model(c) || route_number(c) || pairs_label_before(c))) {
        nrm_say_pairs(c, n->ip);                /* a Boeing 737: seven thirty seven;
                                                   Form 990, GTX 970, AB 257 */
        return;
    }
    if ((flags & NRM_WHOLE) && nd == 4 && !comma && !n->sign && n->ip.s[0] != '0'
        && v % 1000 != 0 && (pairs_label_before(c) || number_sign_before(c))) {
        say_pairs4(c, v);                       /* SB 1047 ten forty seven, RTX 4090 */
        return;
    }
    if ((flags & NRM_WHOLE) && nd == 4 && !comma && !n->sign && n->ip.s[0] != '0'
        && v % 1000 != 0 && (v < 1100 || v > 2099) && model_name_before(c)) {
        say_pairs4(c, v);                       /* the Atari 2600: twenty six hundred */
        return;
    }
    if ((flags & NRM_WHOLE) && nd == 4 && !comma && !n->sign && n->ip.s[0] != '0'
        && v % 1000 != 0 && route_number(c)) {
        say_pairs4(c, v);                       /* flight 2458: twenty four fifty eight */
        return;
    }
    if (nrm_eq(n->ip, "911") || ((flags & NRM_WHOLE) && nd == 3 && !comma && !n->sign
                                 && (hotline_after(c) || service_number(c, n->ip)))) {
        nrm_say_digits(c, n->ip);               /* the emergency number; text 988 */
        return;
    }
    if (!comma && nd == 4 && !n->sign && n->ip.s[0] != '0'
        && ((flags & NRM_WHOLE) ? nrm_year_context(c, (unsigned)v)
                                : ((v >= 1100 && v <= 2099) || nrm_era_after(c))
                                  && !range_before_unit(c))) {
        nrm_say_year(c, (unsigned)v, NRM_CARD);
        return;
    }
    if ((flags & NRM_WHOLE) && !comma && nd == 3 && !n->sign && n->ip.s[0] != '0'
        && nrm_era_around(c)) {
        nrm_say_year(c, (unsigned)v, NRM_CARD);     /* 753 BC: seven fifty three */
        return;
    }
    if ((flags & NRM_WHOLE) && !n->sign && nd <= 2 && v >= 1 && v <= 31) {
        if (nrm_after_month(c)) {
            nrm_say_value(c, v, NRM_ORD);       /* Sept. 21 */
            return;
        }
        if (coordinated_day(c)) {
            const nv_ntok *prev = nrm_prev(c);  /* 9 and 10 July: the ninth and the tenth */
            if (!(prev && prev->post_len == 0 && nrm_ieq(nrm_text(prev), "the")))
                nrm_say(c, "the");
            nrm_say_value(c, v, NRM_ORD);
            return;
        }
        if (after_coordinated_day(c)) {
            nrm_say_value(c, v, NRM_ORD);       /* July 9 and 10: ninth and tenth */
            return;
        }
        if (nrm_before_month(c)) {
            const nv_ntok *prev = nrm_prev(c);
            if (!(prev && prev->post_len == 0 && nrm_ieq(nrm_text(prev), "the")))
                nrm_say(c, "the");              /* 21 September; "the 1 January deadline" */
            nrm_say_value(c, v, NRM_ORD);
            nrm_say(c, "of");
            return;
        }
    }
    nrm_say_int(c, n->ip, NRM_CARD);
}

/* Nouns that make "10s" before them seconds, as motor racing writes a penalty
 * or a gap ("a 10s penalty", "a 5s lead"), not a decade or a plural. */
static const char *const seconds_nouns[] = {
    "penalty", "gap", "lead", "margin", "deficit", "advantage", "stop-go", NULL
};

/* 1 if the current token, a whole number of two digits at most with "s", is
 * seconds before a noun of seconds_nouns. */
static int seconds_before_noun(const nrm_ctx *c, const nrm_num *n)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *next = nrm_next(c);

    return n->fp.len == 0 && !n->sign && nrm_n_digits(n->ip) <= 2 && nrm_eq(n->rest, "s")
        && cur->post_len == 0 && next && next->pre_len == 0
        && nrm_find(nrm_text(next), seconds_nouns, 1) >= 0;
}

/* "1990s" nineteen nineties, "'90s" nineties, "2000s" two thousands, "747s". */
static void read_plural(nrm_ctx *c, const nrm_num *n, enum nrm_form form)
{
    size_t nd = nrm_n_digits(n->ip);
    unsigned long long v = nrm_value(n->ip);
    int comma = memchr(n->ip.s, ',', n->ip.len) != NULL;
    int decade = v % 10 == 0 || form == NRM_PLURAL;

    if (nd == 3 && !comma && v % 100 != 0 && n->ip.s[0] != '0'
        && (aircraft_model(c) || route_number(c))) {
        nrm_say_pairs_form(c, n->ip, form);     /* the Boeing 747s: seven forty sevens */
        return;
    }
    if (form == NRM_PLURAL && (v == 100 || v == 1000) && !comma) {
        nrm_say(c, v == 100 ? "hundreds" : "thousands");   /* 1000s of fans */
        return;
    }
    if (!comma && nd == 4 && v >= 1000 && v <= 2099 && n->ip.s[0] != '0') {
        nrm_say_year(c, (unsigned)v, decade ? NRM_PLURAL : NRM_POSS);
        return;
    }
    if (nd == 2 && v == 0 && decade) {
        nrm_say(c, "two thousands");            /* the '00s */
        return;
    }
    if (nd == 2 && decade && v % 10 == 0) {
        nrm_say_value(c, v, NRM_PLURAL);        /* '90s */
        return;
    }
    nrm_say_int(c, n->ip, form == NRM_PLURAL ? NRM_PLURAL : NRM_POSS);
}

static size_t count_char(const char *s, size_t len, char ch)
{
    size_t i, n = 0;

    for (i = 0; i < len; i++)
        n += s[i] == ch;
    return n;
}

/* 1 if the current token is followed by the mark q (an inch mark '"' or a foot
 * mark '\''): '16" wheels', "a 10' pole". A quote right after a number closes a
 * quotation when one is open ('"Route 66"'), so none may be open before it. */
static int mark_after_number(const nv_ntok *t, char q)
{
    return t->post_len > 0 && t->post[0] == q && t->len > 0 && nrm_is_digit(t->text[t->len - 1])
        && count_char(t->pre, t->pre_len, q) == 0;
}

/* 1 if t is written like 5'11" (feet, a foot mark, inches, an inch mark). */
static int feet_inches_form(const nv_ntok *t)
{
    size_t i = 0, j;

    while (i < t->len && nrm_is_digit(t->text[i]))
        i++;
    if (i == 0 || i >= t->len || t->text[i] != '\'')
        return 0;
    for (j = i + 1; j < t->len && nrm_is_digit(t->text[j]); j++)
        ;
    return j == t->len && j > i + 1 && t->post_len > 0 && t->post[0] == '"';
}

static int measure_mark(const nrm_ctx *c, int flags, char q)
{
    const nv_ntok *cur = &c->tok[c->i_tok];
    size_t i;
    size_t open = 0;                            /* quotation marks q left open */

    if (!(flags & NRM_WHOLE) || !mark_after_number(cur, q))
        return 0;
    /* every q before toggles a quotation, except earlier marks after a
     * number outside one ('a 1" pipe and a 2" pipe') */
    for (i = 0; i < c->i_tok; i++) {
        const nv_ntok *t = &c->tok[i];
        open += count_char(t->pre, t->pre_len, q);
        if (!feet_inches_form(t))               /* 6'2": the foot mark is no quote */
            open += count_char(t->text, t->len, q);
        if (mark_after_number(t, q) && open % 2 == 0)
            open += count_char(t->post, t->post_len, q) - 1;
        else
            open += count_char(t->post, t->post_len, q);
    }
    return open % 2 == 0;
}

int nrm_measure_mark(const nrm_ctx *c, char q)
{
    return measure_mark(c, NRM_WHOLE, q);
}

/* 1 if a (digits, a leading plus allowed, then a foot mark) and b (two digits
 * and an inch mark) are minutes and seconds written apart, as cycling and
 * rally results write a time gap: "+2' 34\"", "at 1' 02\"". No foot has twelve
 * inches or more, and inches are not written with a leading zero. */
static int minutes_seconds_apart(const nv_ntok *a, const nv_ntok *b)
{
    size_t i = a->len > 0 && a->text[0] == '+';
    size_t k;
    unsigned long long v;

    if (!b || a->post_len != 1 || a->post[0] != '\'' || i >= a->len || a->len - i > 3
        || b->pre_len != 0 || b->len != 2 || b->post_len == 0 || b->post[0] != '"')
        return 0;
    for (k = i; k < a->len; k++)
        if (!nrm_is_digit(a->text[k]))
            return 0;
    if (!nrm_is_digit(b->text[0]) || !nrm_is_digit(b->text[1]))
        return 0;
    v = nrm_value(nrm_text(b));
    return v <= 59 && (v >= 12 || b->text[0] == '0');
}

/* Words after which "the 67'" is a minute of a match, not a length in feet. */
static const char *const minute_mark_after[] = {
    "of", "and", "or", "to", "after", "before", "when", "as", "but", "with", "from", "for",
    NULL
};

/* "scored in the 67'": the sixty seventh minute, a match minute after "the"
 * where no noun follows (not "the 6' fence"). */
static int read_match_minute(nrm_ctx *c, nrm_span t, int flags)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *prev = nrm_prev(c), *next = nrm_next(c);
    size_t k;

    if (!(flags & NRM_WHOLE) || t.s != cur->text || t.len != cur->len || t.len > 3
        || cur->post_len == 0 || cur->post[0] != '\'' || !prev || prev->post_len != 0
        || !nrm_ieq(nrm_text(prev), "the"))
        return 0;
    for (k = 0; k < t.len; k++)
        if (!nrm_is_digit(t.s[k]))
            return 0;
    if (nrm_value(t) == 0 || nrm_value(t) > 130
        || (cur->post_len == 1 && next && nrm_find(nrm_text(next), minute_mark_after, 1) < 0))
        return 0;
    nrm_say_int(c, t, NRM_ORD);
    nrm_say(c, "minute");
    return 1;
}

/* 5'11" five feet eleven inches: the whole token, the inch mark in post. */
static int read_feet_inches(nrm_ctx *c, nrm_span t, int flags)
{
    size_t i = 0, q;
    nrm_span ft, in;

    while (i < t.len && nrm_is_digit(t.s[i]))
        i++;
    if (i == 0 || i > 2 || i + 1 >= t.len || t.s[i] != '\'' || !measure_mark(c, flags, '"'))
        return 0;
    q = i++;
    while (i < t.len && nrm_is_digit(t.s[i]))
        i++;
    if (i != t.len || i - q - 1 > 2)
        return 0;
    ft = (nrm_span){ t.s, q };
    in = (nrm_span){ t.s + q + 1, t.len - q - 1 };
    nrm_say_int(c, ft, NRM_CARD);
    /* "finished 1'12\" behind": no foot has twelve inches (and inches take no
     * leading zero, "1'02\""), so the marks are minutes and seconds, a time gap
     * as cycling results write it */
    if ((nrm_value(in) >= 12 || (in.len == 2 && in.s[0] == '0')) && nrm_value(in) <= 59) {
        nrm_say(c, nrm_eq(ft, "1") ? "minute" : "minutes");
        nrm_say_value(c, nrm_value(in), NRM_CARD);
        nrm_say(c, "seconds");
        return 1;
    }
    if (t.s == c->tok[c->i_tok].text && nrm_attributive(c, c->i_tok, c->i_tok)) {
        nrm_say(c, "foot");                     /* the 6'2" guard: six foot two */
        if (!nrm_eq(in, "0"))
            nrm_say_int(c, in, NRM_CARD);
        return 1;
    }
    nrm_say(c, nrm_eq(ft, "1") ? "foot" : "feet");
    nrm_say_int(c, in, NRM_CARD);
    nrm_say(c, nrm_eq(in, "1") ? "inch" : "inches");
    return 1;
}

/* Words that make ".335" a baseball rate (batting, slugging, on-base
 * average, winning percentage), read as thousandths: "three thirty five". */
static const char *const rate_words[] = {
    "batting", "batted", "bats", "hitting", "hit", "hits", "average", "averages", "avg",
    "slugging", "on-base", "obp", "slg", "ops", "percentage", NULL
};

/* 1 if n is written ".ddd" with a baseball word within eight tokens before it
 * or two after it (".ddd" without a leading zero is rare outside box scores). */
static int baseball_rate(const nrm_ctx *c, const nrm_num *n)
{
    size_t i, lo = c->i_tok >= 8 ? c->i_tok - 8 : 0;

    if (n->ip.len != 0 || n->fp.len != 3 || n->rest.len != 0)
        return 0;
    for (i = lo; i <= c->i_tok + 2 && i < c->n_tok; i++)
        if (i != c->i_tok && nrm_find(nrm_text(&c->tok[i]), rate_words, 1) >= 0)
            return 1;
    return 0;
}

/* Words that make "m" after a number a million in the sentence where they
 * stand: "ratings drop by 4m", "peaked at 11.9m and 49% of the audience". */
static const char *const audience_words[] = {
    "viewers", "viewing", "ratings", "audience", "audiences", "people", "listeners",
    "readers", "subscribers", "users", "customers", "visitors", "fans", "votes",
    "voters", "copies", "downloads", "sales", "population", "residents", "tourists",
    "followers", "members", "households", "homes", "jobs", "workers", "passengers",
    NULL
};

/* 1 if a word of audience_words is in the sentence. */
static int audience_sentence(const nrm_ctx *c)
{
    size_t i;

    for (i = 0; i < c->n_tok; i++)
        if (nrm_find(nrm_text(&c->tok[i]), audience_words, 1) >= 0)
            return 1;
    return 0;
}

/* 1 if ip is a video resolution's line count, said in pairs before "p" or
 * "i": 480p, 720p, 1080i, 2160p. */
static int video_lines(nrm_span ip)
{
    static const char *const lines[] = { "240", "360", "480", "576", "720", "1080", "1440",
                                         "2160", "4320", NULL };
    return nrm_find(ip, lines, 0) >= 0;
}

/* Words that make "C" or "F" after a number a temperature when they stand
 * shortly before it: "temperatures hit 41.7C", "a high of 95F". */
static const char *const temperature_words[] = {
    "temperature", "temperatures", "temp", "temps", "degrees", "heat", "heatwave", "high",
    "highs", "low", "lows", "hot", "hottest", "cold", "coldest", "warm", "warmest",
    "warmer", "colder", "cooler", "thermometer", "thermometers", "mercury", "forecast",
    "weather", "freezing", "chill", "celsius", "fahrenheit", "fever",
    "warming", "warmed", "heating", NULL   /* climate: "limit warming to 1.5C" */
};

/* Words that make "C" or "F" a temperature when they stand shortly after it:
 * "1.5C of warming", "2C above pre-industrial levels", "a 2C rise in
 * temperature". */
static const char *const temperature_words_after[] = {
    "warming", "pre-industrial", "preindustrial", "temperature", "temperatures", NULL
};

/* 1 if a word of temperature_words is among the five tokens before the
 * current one, or one of temperature_words_after among the four after it. */
static int temperature_context(const nrm_ctx *c)
{
    size_t i;

    for (i = c->i_tok > 5 ? c->i_tok - 5 : 0; i < c->i_tok; i++)
        if (nrm_find(nrm_text(&c->tok[i]), temperature_words, 1) >= 0)
            return 1;
    for (i = c->i_tok + 1; i < c->n_tok && i <= c->i_tok + 4; i++)
        if (nrm_find(nrm_text(&c->tok[i]), temperature_words_after, 1) >= 0)
            return 1;
    return 0;
}

/* 1 if the next token is a lower-case plural noun written right after the
 * current one ("parameters", "records"); cap_ok: also a capitalised one, a
 * people ("2.8M Catholics"). */
/* Plural nouns after a distance in metres written with a capital "M", which
 * is then no million: "the 400M hurdles". */
static const char *const race_nouns[] = { "hurdles", "relays", "races", "heats", "finals",
                                          "medleys", "sprints", NULL };

static int plural_noun_next(const nrm_ctx *c, int cap_ok)
{
    const nv_ntok *next = nrm_next(c);
    size_t k;

    if (!next || c->tok[c->i_tok].post_len != 0 || next->pre_len != 0 || next->len < 4
        || next->text[next->len - 1] != 's' || next->text[next->len - 2] == 's')
        return 0;
    for (k = 0; k < next->len; k++)
        if (!nrm_is_lower(next->text[k]) && !(k == 0 && cap_ok && nrm_is_upper(next->text[0])))
            return 0;
    return 1;
}

/* Words after a multiplier written with a capital "X" ("3X faster"); a lower-case
 * "x" is a multiplier before any word but those of multiplier_not. */
static const char *const multiplier_next[] = {
    "faster", "slower", "quicker", "more", "less", "fewer", "higher", "lower", "bigger",
    "larger", "smaller", "better", "worse", "cheaper", "greater", "stronger", "longer",
    "as", "the", "that", "over", "earnings", "sales", "revenue", "zoom", "leverage",
    "magnification", "speed", NULL
};
static const char *const multiplier_not[] = {
    "is", "was", "equals", "plus", "minus", "squared", "cubed", "=", "+", "-", "<", ">",
    "engineer", "engineers", NULL               /* "a 10x engineer": ten x */
};

/* 1 if the current token is a number written as a multiplier: "1.5x faster",
 * "grew 10x", "30x earnings" (one point five times); not alone ("2x", a serial),
 * not in an equation ("2x + 3"), not a model ("Boeing 777X"). */
static int multiplier(const nrm_ctx *c, const nrm_num *n, int flags)
{
    const nv_ntok *prev = nrm_prev(c), *next = nrm_next(c);
    int joined = next && c->tok[c->i_tok].post_len == 0 && next->pre_len == 0;

    if (!(flags & NRM_WHOLE) || c->math || n->cur >= 0 || n->sign || n->rest.len != 1
        || n->ip.len + n->fp.len == 0 || aircraft_model(c))
        return 0;
    if (n->rest.s[0] == 'X')
        return joined && nrm_find(nrm_text(next), multiplier_next, 0) >= 0;
    return n->rest.s[0] == 'x' && (prev || next)
        && !(joined && nrm_find(nrm_text(next), multiplier_not, 1) >= 0);
}

/* Words after a caliber written as a decimal: ".45-caliber", ".22 rifle". */
static const char *const caliber_words[] = {
    "caliber", "calibre", "rifle", "rifles", "pistol", "pistols", "handgun", "handguns",
    "revolver", "revolvers", "round", "rounds", "magnum", "special", "acp", "bullet",
    "bullets", "cartridge", "cartridges", "semiautomatic", "semi-automatic", "cal", NULL
};

/* 1 if n is written ".dd" or ".ddd" as a firearm's caliber: followed by a
 * caliber word in its own token ("-caliber") or in the next one. */
static int caliber(const nrm_ctx *c, const nrm_num *n)
{
    const nv_ntok *next = nrm_next(c);
    nrm_span tail = nrm_num_tail(c, n);

    if (n->ip.len != 0 || n->fp.len < 2 || n->fp.len > 3 || n->rest.len != 0)
        return 0;
    if (tail.len > 1 && tail.s[0] == '-')
        return nrm_find((nrm_span){ tail.s + 1, tail.len - 1 }, caliber_words, 1) >= 0;
    return tail.len == 0 && tail.s == c->tok[c->i_tok].text + c->tok[c->i_tok].len
           && c->tok[c->i_tok].post_len == 0 && next
           && nrm_find(nrm_text(next), caliber_words, 1) >= 0;
}

/* ".300" three hundred, ".335" three thirty five, ".305" three oh five,
 * ".050" fifty, ".000" zero; also model numbers (nrm.h). */
void nrm_say_pairs(nrm_ctx *c, nrm_span fp)
{
    say_pairs_value(c, (unsigned)nrm_value(fp), "oh");
}

void nrm_say_pairs_form(nrm_ctx *c, nrm_span digits, enum nrm_form form)
{
    unsigned v = (unsigned)nrm_value(digits);

    if (form == NRM_CARD || v < 100 || v > 999 || v % 100 == 0) {
        nrm_say_pairs(c, digits);
        return;
    }
    nrm_say_value(c, v / 100, NRM_CARD);
    if (v % 100 < 10)
        nrm_say(c, "oh");
    nrm_say_value(c, v % 100, form);
}

static void say_number(nrm_ctx *c, const nrm_num *n)
{
    if (n->fp.len)
        nrm_say_decimal(c, n->ip, n->fp);
    else
        nrm_say_int(c, n->ip, NRM_CARD);
}

/* ---- angles: coordinates -------------------------------------------------- */

static const char *const hemispheres[][2] = {
    { "N", "north" }, { "S", "south" }, { "E", "east" }, { "W", "west" },
};

/* Length of the minute (field 1) or second (field 2) mark at s: an ASCII quote
 * (ingest folds the primes) or the prime itself; 0 if none. */
static size_t angle_mark(const char *s, size_t len, int field)
{
    if (len >= 1 && s[0] == (field == 1 ? '\'' : '"'))
        return 1;
    if (len >= 3 && nrm_has_prefix(s, len, field == 1 ? "\xe2\x80\xb2" : "\xe2\x80\xb3"))
        return 3;
    if (field == 2 && len >= 2 && s[0] == '\'' && s[1] == '\'')
        return 2;                               /* 46'' */
    return 0;
}

/* Says a number of degrees, minutes or seconds (field 0, 1, 2) and its unit. */
static void say_angle_part(nrm_ctx *c, nrm_span num, int field)
{
    static const char *const angle_units[3][2] = {
        { "degree", "degrees" }, { "minute", "minutes" }, { "second", "seconds" }
    };
    nrm_num n;

    nrm_num_parse(num, &n);
    if (field > 0 && n.ip.len == 2 && n.ip.s[0] == '0') {
        n.ip.s++;                               /* 34\xc2\xb003\xe2\x80\xb2: three minutes */
        n.ip.len--;
    }
    say_number(c, &n);
    nrm_say(c, angle_units[field][!(n.fp.len == 0 && nrm_eq(n.ip, "1"))]);
}

/* "40\xc2\xb026'46\"N", 33\xc2\xb051'S: degrees, minutes, seconds and a hemisphere in
 * one token (the last mark may be in the token's trailing punctuation). */
static int read_coordinate(nrm_ctx *c, nrm_span t, int flags)
{
    nrm_span f[3];
    size_t i = 0, k, n_f = 0, mark;
    int hemi = -1;
    const nv_ntok *cur = &c->tok[c->i_tok];

    for (k = 0; k < 3 && i < t.len; k++) {
        size_t start = i;
        while (i < t.len && (nrm_is_digit(t.s[i])
                             || (t.s[i] == '.' && i > start && i + 1 < t.len
                                 && nrm_is_digit(t.s[i + 1]))))
            i++;
        if (i == start)
            break;
        f[k] = (nrm_span){ t.s + start, i - start };
        if (k == 0)
            mark = nrm_has_prefix(t.s + i, t.len - i, "\xc2\xb0") ? 2 : 0;
        else
            mark = angle_mark(t.s + i, t.len - i, (int)k);
        if (mark == 0 && i == t.len && k > 0 && (flags & NRM_WHOLE)
            && angle_mark(cur->post, cur->post_len, (int)k) > 0)
            mark = 0;                           /* the mark is in post: 33\xc2\xb051' */
        else if (mark == 0)
            return 0;
        i += mark;
        n_f = k + 1;
    }
    if (n_f < 2)
        return 0;                               /* degrees alone: a unit */
    if (i < t.len) {
        for (k = 0; k < 4; k++)
            if (t.len - i == 1 && t.s[i] == hemispheres[k][0][0])
                hemi = (int)k;
        if (hemi < 0)
            return 0;
    }
    for (k = 0; k < n_f; k++)
        say_angle_part(c, f[k], (int)k);
    if (hemi >= 0)
        nrm_say(c, hemispheres[hemi][1]);
    return 1;
}

/* What token i is in a coordinate written apart, "40\xc2\xb0 26' 46\" N": 1 degrees
 * ("40\xc2\xb0"), 2 minutes ("26'" after degrees), 3 seconds ("46\"" after degrees
 * or minutes); 0 if none. */
static int coord_part(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i);
    size_t k;
    int before;

    if (!t || t->len == 0 || !nrm_is_digit(t->text[0]))
        return 0;
    if (t->len >= 3 && t->post_len == 0 && memcmp(t->text + t->len - 2, "\xc2\xb0", 2) == 0) {
        for (k = 0; k + 2 < t->len; k++)
            if (!nrm_is_digit(t->text[k]) && t->text[k] != '.')
                return 0;
        return 1;
    }
    if (!nrm_is_plain_number(nrm_text(t)) || i == 0 || t->pre_len != 0)
        return 0;
    before = nrm_tok(c, i - 1)->post_len == 0 || angle_mark(nrm_tok(c, i - 1)->post,
                                                           nrm_tok(c, i - 1)->post_len, 1)
                                                || angle_mark(nrm_tok(c, i - 1)->post,
                                                              nrm_tok(c, i - 1)->post_len, 2)
             ? coord_part(c, i - 1) : 0;
    if (before == 1 && angle_mark(t->post, t->post_len, 1) == t->post_len
        && !angle_mark(t->post, t->post_len, 2))
        return 2;
    if ((before == 1 || before == 2) && angle_mark(t->post, t->post_len, 2) > 0)
        return 3;
    return 0;
}

int nrm_after_coordinate(const nrm_ctx *c)
{
    return c->i_tok > 0 && coord_part(c, c->i_tok - 1) > 0;
}

/* Star catalogues whose numbers, with a letter, name planets: "Gliese 581g"
 * (g is the planet, not grams). To add one, append it before NULL. */
static const char *const star_catalogs[] = {
    "Gliese", "GJ", "HD", "HIP", "WASP", "TOI", "KOI", "Kepler", "Wolf", "Ross", "LHS",
    "Luyten", NULL
};

static int star_catalog_before(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c);

    return prev && prev->post_len == 0 && c->tok[c->i_tok].pre_len == 0
        && nrm_find(nrm_text(prev), star_catalogs, 0) >= 0;
}

/* The hemisphere letter that ends token t after a number ("25.4N"): 0 N, 1 S,
 * 2 E, 3 W; -1 if none. */
static int glued_hemisphere(const nv_ntok *t)
{
    size_t k = 0;

    if (!t || t->len < 2 || !nrm_is_digit(t->text[0]))
        return -1;
    while (k + 1 < t->len && (nrm_is_digit(t->text[k]) || t->text[k] == '.'))
        k++;
    if (k + 1 != t->len || t->text[k - 1] == '.')
        return -1;
    for (size_t h = 0; h < 4; h++)
        if (t->text[k] == hemispheres[h][0][0])
            return (int)h;
    return -1;
}

/* 1 if the current token is half of a position written with glued hemisphere
 * letters, "25.4N 80.1W" or "25.4N, 80.1W": latitude then longitude. */
static int glued_position(const nrm_ctx *c)
{
    int h = glued_hemisphere(&c->tok[c->i_tok]);
    const nv_ntok *next = nrm_next(c), *prev = nrm_prev(c);

    if (h == 0 || h == 1)
        return next && next->pre_len == 0 && glued_hemisphere(next) >= 2;
    if (h >= 2)
        return prev && c->tok[c->i_tok].pre_len == 0 && glued_hemisphere(prev) >= 0
            && glued_hemisphere(prev) <= 1;
    return 0;
}

int nrm_read_quantity(nrm_ctx *c, nrm_span t, int flags)
{
    nrm_num n;
    const char *scale = NULL;
    int cur_after = -1, apos = 0, unit_idx = -1;
    enum suffix sfx;
    const nv_ntok *next;

    if (t.len > 1 && t.s[0] == '\'' && nrm_is_digit(t.s[1])) {
        apos = 1;               /* '90s, '05 */
        t.s++;
        t.len--;
    }
    if (!nrm_num_parse(t, &n))
        return 0;
    if (!apos && (read_feet_inches(c, t, flags) || read_match_minute(c, t, flags)))
        return 1;
    if (!apos && !n.sign && n.cur < 0 && read_coordinate(c, t, flags))
        return 1;
    if (!apos && (flags & NRM_WHOLE) && n.rest.len == 0 && coord_part(c, c->i_tok) >= 2) {
        say_angle_part(c, t, coord_part(c, c->i_tok) - 1);     /* 40\xc2\xb0 26' 46" */
        return 1;
    }
    if (flags & NRM_WHOLE) {
        nrm_money_apart(c, c->i_tok, &n);       /* "$ 5", "US $5" */
        if (nrm_currency_after_amount(c, c->i_tok) >= 0) {
            say_number(c, &n);                  /* "5 USD": the code says the unit */
            if (n.rest.len)
                nrm_say(c, nrm_scale_suffix(n.rest));
            return 1;
        }
    }
    next = nrm_next(c);
    if ((flags & NRM_WHOLE) && n.rest.len == 1 && n.rest.s[0] >= 'b' && n.rest.s[0] <= 'i'
        && n.cur < 0 && !n.sign && n.fp.len == 0 && star_catalog_before(c)) {
        nrm_say_int(c, n.ip, NRM_CARD);         /* Gliese 581g: a planet, not grams */
        nrm_spell(c, n.rest);
        return 1;
    }
    if (nrm_eq(n.rest, "ers") && n.cur < 0 && !n.sign && n.fp.len == 0 && n.ip.len == 2
        && n.ip.s[0] >= '2' && n.ip.s[1] != '0') {
        char w[16];                             /* the 49ers: forty niners; 76ers: sixers */
        const char *ones = nrm_digit_word(n.ip.s[1]);
        size_t k = strlen(ones);
        nrm_say_value(c, (unsigned long long)(n.ip.s[0] - '0') * 10, NRM_CARD);
        snprintf(w, sizeof w, "%s%s", ones, k > 0 && ones[k - 1] == 'e' ? "rs" : "ers");
        nrm_emit(c, w, strlen(w), NULL);
        return 1;
    }
    if (nrm_eq(n.rest, "p") && n.cur < 0 && !n.sign
        && (((flags & NRM_WHOLE) && n.fp.len == 0 && n.ip.len <= 2)
                                                /* a 50p coin (720p is a resolution) */
            || (next && c->tok[c->i_tok].post_len == 0
                && nrm_find(nrm_text(next), pence_next, 1) >= 0))) {
        say_number(c, &n);                      /* 300p a share: three hundred pence */
        nrm_say(c, n.fp.len == 0 && nrm_eq(n.ip, "1") ? "penny" : "pence");
        return 1;
    }
    if (n.cur < 0 && !n.sign && n.fp.len == 0 && (nrm_eq(n.rest, "p") || nrm_eq(n.rest, "i"))
        && video_lines(n.ip)) {
        if (n.ip.len == 3)
            nrm_say_pairs(c, n.ip);             /* 720p seven twenty p */
        else
            nrm_say_year(c, (unsigned)nrm_value(n.ip), NRM_CARD);  /* 1080p ten eighty p */
        nrm_spell(c, n.rest);
        return 1;
    }
    if (n.cur < 0 && n.ip.len > 0 && (nrm_eq(n.rest, "C") || nrm_eq(n.rest, "F"))
        && temperature_context(c)) {
        if (n.sign)
            nrm_say(c, n.sign == '-' ? "minus" : "plus");
        say_number(c, &n);                      /* "hit 41.7C": degrees celsius */
        nrm_say(c, n.fp.len == 0 && nrm_eq(n.ip, "1") ? "degree" : "degrees");
        nrm_say(c, n.rest.s[0] == 'C' ? "celsius" : "fahrenheit");
        return 1;
    }
    if (n.cur < 0 && !n.sign && n.ip.len > 0 && nrm_eq(n.rest, "in")) {
        say_number(c, &n);                      /* 6ft 4in: inches ("in" alone is a word) */
        nrm_say(c, (n.fp.len == 0 && nrm_eq(n.ip, "1"))
                   || nrm_attributive(c, c->i_tok, c->i_tok) ? "inch" : "inches");
        return 1;
    }
    if ((flags & NRM_WHOLE) && n.cur < 0 && !n.sign && n.fp.len == 0 && nrm_eq(n.rest, "d")
        && (n.ip.s[n.ip.len - 1] == '2' || n.ip.s[n.ip.len - 1] == '3')
        && !(n.ip.len >= 2 && n.ip.s[n.ip.len - 2] == '1') && c->tok[c->i_tok].post_len == 0
        && nrm_is_cap(next) && !(next->len >= 1 && nrm_is_upper(next->text[next->len - 1]))) {
        nrm_say_int(c, n.ip, NRM_ORD);          /* US Army style: the 3d Marine Division */
        return 1;
    }
    if ((flags & NRM_WHOLE) && n.cur < 0 && !n.sign && n.fp.len == 0
        && (nrm_eq(n.rest, "s") || nrm_eq(n.rest, "d"))) {
        int and;
        if (lsd_amount(c, n.rest.s[0], &and)) {
            if (and)
                nrm_say(c, "and");              /* 2s 6d: two shillings and six pence */
            say_number(c, &n);
            if (n.rest.s[0] == 's')
                nrm_say(c, nrm_eq(n.ip, "1") ? "shilling" : "shillings");
            else
                nrm_say(c, nrm_eq(n.ip, "1") ? "penny" : "pence");
            return 1;
        }
    }
    if ((flags & NRM_WHOLE) && n.cur < 0 && !n.sign && n.fp.len == 0 && n.ip.len <= 3
        && n.rest.len == 1 && nrm_is_upper(n.rest.s[0]) && route_number(c)) {
        n.rest.len = 0;                         /* Route 9W: nine w, not watts */
        read_int(c, &n, flags, 0);
        nrm_spell(c, (nrm_span){ t.s + t.len - 1, 1 });
        return 1;
    }
    if ((flags & NRM_WHOLE) && n.cur < 0 && !n.sign && n.fp.len == 0 && n.ip.len == 3
        && n.ip.s[0] != '0' && n.rest.len == 1 && nrm_is_upper(n.rest.s[0]) && aircraft_model(c)) {
        nrm_say_pairs(c, n.ip);                 /* the Boeing 777X: seven seventy seven x */
        nrm_spell(c, n.rest);
        return 1;
    }
    if ((flags & NRM_WHOLE) && n.cur < 0 && !n.sign && n.rest.len == 1 && glued_position(c)) {
        say_number(c, &n);                      /* "25.4N 80.1W": twenty five point four */
        nrm_say(c, hemispheres[glued_hemisphere(&c->tok[c->i_tok])][1]);   /* north */
        return 1;
    }
    if (multiplier(c, &n, flags)) {
        say_number(c, &n);                      /* 10x faster: ten times */
        nrm_say(c, "times");
        return 1;
    }
    if ((flags & NRM_WHOLE) && n.cur < 0 && !n.sign && glued_time_unit(c, &n, &unit_idx)) {
        nrm_say_value(c, nrm_value(n.ip), NRM_CARD);   /* "1h 30m", "2h 01m 09s" */
        nrm_say_unit(c, unit_idx, !nrm_eq(n.ip, "1") && !nrm_eq(n.ip, "01"));
        return 1;
    }
    sfx = classify_suffix(&n, &scale, &cur_after, &unit_idx,
                          ((flags & NRM_WHOLE) && next && c->tok[c->i_tok].post_len == 0
                           && nrm_is_count_noun(nrm_text(next)))
                          || (nrm_eq(n.rest, "m") && audience_sentence(c))
                          || ((nrm_eq(n.rest, "B") || nrm_eq(n.rest, "M")
                               || nrm_eq(n.rest, "T")) && (flags & NRM_WHOLE)
                              && (n.fp.len > 0 || nrm_n_digits(n.ip) >= 2)
                              && plural_noun_next(c, n.fp.len > 0)
                              && nrm_find(nrm_text(nrm_next(c)), race_nouns, 1) < 0)
                          || ((nrm_eq(n.rest, "B") || nrm_eq(n.rest, "M")) && (flags & NRM_WHOLE)
                              && n.fp.len > 0 && !(nrm_next(c) && nrm_find(nrm_text(nrm_next(c)),
                                                                    race_nouns, 1) >= 0)));
                                                /* 70B parameters, 500M records, not
                                                   "2B pencils", "400M hurdles"; with a
                                                   decimal point a scale wherever it
                                                   stands: "grew 2.3M to 61.5M" */
    if (sfx == SFX_UNKNOWN)
        return 0;
    if (n.sign)
        nrm_say(c, n.sign == '-' ? "minus" : "plus");
    switch (sfx) {
    case SFX_NONE:
        if (n.cur >= 0)
            nrm_read_money(c, &n, NULL, (flags & NRM_WHOLE) && nrm_money_before_scale(c, c->i_tok));
        else if ((flags & NRM_WHOLE) && !apos && n.fp.len == 0
                 && minutes_seconds_apart(&c->tok[c->i_tok], nrm_next(c))) {
            say_number(c, &n);                  /* "+2' 34\"": plus two minutes */
            nrm_say(c, nrm_eq(n.ip, "1") ? "minute" : "minutes");
        } else if ((flags & NRM_WHOLE) && !apos && !n.sign && c->i_tok > 0
                   && minutes_seconds_apart(nrm_prev(c), &c->tok[c->i_tok])) {
            nrm_say_value(c, nrm_value(n.ip), NRM_CARD);   /* ... thirty four seconds */
            nrm_say(c, nrm_eq(n.ip, "1") || nrm_eq(n.ip, "01") ? "second" : "seconds");
        } else if (!apos && !n.sign && measure_mark(c, flags, '"')) {
            say_number(c, &n);                  /* 16" sixteen inches */
            nrm_say(c, (n.fp.len == 0 && nrm_eq(n.ip, "1"))
                       || nrm_attributive(c, c->i_tok, c->i_tok) ? "inch" : "inches");
        } else if (!apos && !n.sign && measure_mark(c, flags, '\'')) {
            say_number(c, &n);                  /* 10' ten feet; a 10' pole: ten foot */
            nrm_say(c, (n.fp.len == 0 && nrm_eq(n.ip, "1"))
                       || nrm_attributive(c, c->i_tok, c->i_tok) ? "foot" : "feet");
        } else if (n.fp.len && !n.sign && (((flags & NRM_WHOLE) && baseball_rate(c, &n))
                                           || caliber(c, &n))) {
            nrm_say_pairs(c, n.fp);                  /* batting .335: three thirty five;
                                                   a .45-caliber pistol: forty five */
        } else if (n.fp.len && (flags & NRM_WHOLE) && nrm_n_digits(n.ip) == 3 && next
                   && c->tok[c->i_tok].post_len == 0 && nrm_eq(nrm_text(next), "FM")) {
            nrm_say_pairs(c, n.ip);             /* 101.1 FM: one oh one point one */
            nrm_say_decimal(c, (nrm_span){ n.ip.s, 0 }, n.fp);
        } else if (n.fp.len)
            nrm_say_decimal(c, n.ip, n.fp);
        else
            read_int(c, &n, flags, apos);
        break;
    case SFX_PERCENT:
        say_number(c, &n);
        nrm_say(c, "percent");
        break;
    case SFX_ORD:
        if ((flags & NRM_WHOLE) && !n.sign && nrm_n_digits(n.ip) <= 2 && nrm_value(n.ip) >= 1
            && nrm_value(n.ip) <= 31 && nrm_before_month(c)) {
            const nv_ntok *prev = nrm_prev(c);  /* "3rd March 1950": the third of march */
            if (!(prev && prev->post_len == 0 && nrm_ieq(nrm_text(prev), "the")))
                nrm_say(c, "the");
            nrm_say_int(c, n.ip, NRM_ORD);
            nrm_say(c, "of");
            break;
        }
        nrm_say_int(c, n.ip, NRM_ORD);
        break;
    case SFX_PLURAL:
        if ((flags & NRM_WHOLE) && seconds_before_noun(c, &n)) {
            nrm_say_int(c, n.ip, NRM_CARD);     /* "a 10s penalty": ten second */
            nrm_say(c, "second");
            break;
        }
        read_plural(c, &n, NRM_PLURAL);
        break;
    case SFX_POSS:
        read_plural(c, &n, NRM_POSS);
        break;
    case SFX_AMPM:
        nrm_say_int(c, n.ip, NRM_CARD);
        nrm_spell(c, n.rest);
        break;
    case SFX_SCALE:
        nrm_read_money(c, &n, scale, 0);
        break;
    case SFX_CUR_AFTER:
        n.cur = cur_after;
        nrm_read_money(c, &n, NULL, 0);
        break;
    case SFX_NUM_SCALE:
        say_number(c, &n);
        nrm_say(c, scale);
        break;
    case SFX_UNIT:
        say_number(c, &n);
        nrm_say_unit(c, unit_idx, (n.fp.len > 0 || !nrm_eq(n.ip, "1"))
                                  && !nrm_attributive(c, c->i_tok, c->i_tok));
        break;
    case SFX_UNKNOWN:
        break;
    }
    return 1;
}

/* ---- symbols ------------------------------------------------------------------ */

const char *nrm_symbol_words(const char *s, size_t len, size_t *used)
{
    size_t i;

    for (i = 0; i < COUNT(symbols); i++) {
        if (nrm_has_prefix(s, len, symbols[i][0])) {
            *used = strlen(symbols[i][0]);
            return symbols[i][1];
        }
    }
    *used = 0;
    return NULL;
}

void nrm_read_symbols(nrm_ctx *c, nrm_span t)
{
    size_t i = 0;

    while (i < t.len && c->rc == 0) {
        size_t used;
        const char *w = nrm_symbol_words(t.s + i, t.len - i, &used);
        if (w) {
            nrm_say(c, w);
            i += used;
        } else {
            unsigned long cp;
            i += nrm_utf8_next(t.s + i, t.len - i, &cp);
        }
    }
}
