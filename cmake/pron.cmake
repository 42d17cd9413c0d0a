# pron.cmake - the part-of-speech model for homographs (pos.nvtag).
#
# nv-postag (tools/postag) compiles Festival's part-of-speech models from
# Debian's festlex-poslex (wsj.wp39.poslexR: word -> tag log-probabilities;
# wsj.wp39.tri.ngrambin: tag trigram) into ${NV_BUILD_DATADIR}/pos.nvtag, which
# src/pron/tagger.c maps at run time. Without festlex-poslex the model is not
# built and context rules alone pick homograph readings.

set(NV_POSLEX ${NV_FESTIVAL_DIR}/dicts/wsj.wp39.poslexR
    CACHE FILEPATH "Festival part-of-speech lexicon (festlex-poslex)")
set(NV_POSNGRAM ${NV_FESTIVAL_DIR}/dicts/wsj.wp39.tri.ngrambin
    CACHE FILEPATH "Festival part-of-speech trigram (festlex-poslex)")

add_executable(nv-postag tools/postag/postag.c)
target_include_directories(nv-postag PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(nv-postag PRIVATE ${MATH_LIBRARY})

if(EXISTS ${NV_POSLEX} AND EXISTS ${NV_POSNGRAM})
  add_custom_command(
    OUTPUT ${NV_BUILD_DATADIR}/pos.nvtag
    COMMAND ${CMAKE_COMMAND} -E make_directory ${NV_BUILD_DATADIR}
    COMMAND nv-postag --poslex ${NV_POSLEX} --ngram ${NV_POSNGRAM}
            -o ${NV_BUILD_DATADIR}/pos.nvtag
    DEPENDS nv-postag ${NV_POSLEX} ${NV_POSNGRAM}
    COMMENT "Compiling the part-of-speech model from festlex-poslex")
  add_custom_target(nv-postag-data ALL DEPENDS ${NV_BUILD_DATADIR}/pos.nvtag)
  add_dependencies(nv-data nv-postag-data)
  install(FILES ${NV_BUILD_DATADIR}/pos.nvtag DESTINATION share/newsvoice)
else()
  message(STATUS "festlex-poslex not found: homographs use context rules only")
endif()
