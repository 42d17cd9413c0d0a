# lts.cmake - the trained letter-to-sound model shipped with newsvoice.
#
# `newsvoice train-lts` (cli/main.c, src/pron/g2p_train.c) trains the graphone
# n-gram models from Debian's festlex-cmu (cmudict-0.4.out, read directly with
# --festival-lexicon: ax is written AH0, each vowel takes its syllable's stress)
# into ${NV_BUILD_DATADIR}/cmu.g2p. Training is deterministic, so the file is
# reproducible: about 3 s in a normal build, 7 s under the sanitizers, so both
# builds train the same model.

# the CLI calls the (internal) trainer and model directly
target_include_directories(newsvoice-cli PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_compile_definitions(newsvoice-cli PRIVATE
  NV_G2P_BUILD_DATADIR="${NV_BUILD_DATADIR}"
  NV_G2P_INSTALL_DATADIR="${NV_INSTALL_DATADIR}")

add_custom_command(
  OUTPUT ${NV_BUILD_DATADIR}/cmu.g2p
  COMMAND ${CMAKE_COMMAND} -E make_directory ${NV_BUILD_DATADIR}
  COMMAND newsvoice-cli train-lts -q --festival-lexicon ${NV_CMUDICT}
          --out ${NV_BUILD_DATADIR}/cmu.g2p
  DEPENDS newsvoice-cli ${NV_CMUDICT}
  COMMENT "Training the letter-to-sound model from festlex-cmu")
add_custom_target(nv-g2p ALL DEPENDS ${NV_BUILD_DATADIR}/cmu.g2p)

install(FILES ${NV_BUILD_DATADIR}/cmu.g2p DESTINATION share/newsvoice)
