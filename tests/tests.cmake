# Unit tests: every tests/unit/test_*.c is one executable and one ctest case.
set(NV_SHARED_DIR ${CMAKE_SOURCE_DIR}/../shared CACHE PATH "The team's shared development data")
file(GLOB NV_UNIT_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/test_*.c)
foreach(src ${NV_UNIT_TESTS})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR}/tests/unit)
  target_link_libraries(${name} PRIVATE newsvoice)
  add_dependencies(${name} nv-data)
  if(TARGET nv-g2p)
    add_dependencies(${name} nv-g2p)
  endif()
  add_test(NAME unit/${name} COMMAND ${name})
  set_tests_properties(unit/${name} PROPERTIES
    ENVIRONMENT "NEWSVOICE_DATA=${NV_BUILD_DATADIR};NV_SOURCE_DIR=${CMAKE_SOURCE_DIR};NV_SHARED_DIR=${NV_SHARED_DIR}")
endforeach()

# Script tests: every tests/e2e/*.sh and tests/golden/*.sh gets the CLI path.
file(GLOB NV_SCRIPT_TESTS CONFIGURE_DEPENDS
     ${CMAKE_SOURCE_DIR}/tests/e2e/*.sh ${CMAKE_SOURCE_DIR}/tests/golden/*.sh)
list(FILTER NV_SCRIPT_TESTS EXCLUDE REGEX "/lib\\.sh$")   # shared helpers, not tests
foreach(script ${NV_SCRIPT_TESTS})
  get_filename_component(name ${script} NAME_WE)
  get_filename_component(dir ${script} DIRECTORY)
  get_filename_component(kind ${dir} NAME)
  add_test(NAME ${kind}/${name} COMMAND bash ${script})
  set_tests_properties(${kind}/${name} PROPERTIES
    ENVIRONMENT "NV_SANITIZE=${NV_SANITIZE};NEWSVOICE=$<TARGET_FILE:newsvoice-cli>;NEWSVOICE_DATA=${NV_BUILD_DATADIR};NV_SOURCE_DIR=${CMAKE_SOURCE_DIR};NV_SHARED_DIR=${NV_SHARED_DIR}"
    TIMEOUT 600)
endforeach()
