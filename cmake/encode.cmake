# Encoders (MP3 through LAME, Ogg Opus through libopusenc), from Debian's
# libmp3lame-dev and libopusenc-dev (scripts/install-deps).
find_package(PkgConfig REQUIRED)
pkg_check_modules(OPUSENC REQUIRED IMPORTED_TARGET libopusenc)
find_path(LAME_INCLUDE_DIR lame/lame.h REQUIRED)
find_library(LAME_LIBRARY mp3lame REQUIRED)
target_include_directories(newsvoice PRIVATE ${LAME_INCLUDE_DIR})
target_link_libraries(newsvoice PUBLIC PkgConfig::OPUSENC ${LAME_LIBRARY})
# libopus itself (libopus-dev): Opus output is decoded again to measure its peak
pkg_check_modules(OPUS REQUIRED IMPORTED_TARGET opus)
target_link_libraries(newsvoice PUBLIC PkgConfig::OPUS)
# loudness measurement (libebur128-dev)
pkg_check_modules(EBUR128 REQUIRED IMPORTED_TARGET libebur128)
target_link_libraries(newsvoice PUBLIC PkgConfig::EBUR128)
# resampling to other output rates (libsoxr-dev)
pkg_check_modules(SOXR REQUIRED IMPORTED_TARGET soxr)
target_link_libraries(newsvoice PUBLIC PkgConfig::SOXR)
