# The names lexicon ships as text: copied into the build tree's data folder
# (re-copied whenever it changes) and installed next to the compiled lexicon.
configure_file(${CMAKE_SOURCE_DIR}/data/names.txt ${NV_BUILD_DATADIR}/names.txt COPYONLY)
install(FILES ${CMAKE_SOURCE_DIR}/data/names.txt DESTINATION share/newsvoice)
