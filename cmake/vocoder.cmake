# The frequency-domain vocoder (src/synth/fdvoc.c) uses FFTW in single
# precision, from Debian's libfftw3-dev (pkg-config module fftw3f).
find_package(PkgConfig REQUIRED)
pkg_check_modules(FFTW3F REQUIRED IMPORTED_TARGET fftw3f)
target_link_libraries(newsvoice PUBLIC PkgConfig::FFTW3F)
# Its inner loops are written to be vectorised: -O3 lets GCC do it, and
# -fno-trapping-math lets it turn the clamps (x < a ? a : x) into vector
# min/max (nothing here relies on floating-point traps).
set_source_files_properties(${CMAKE_SOURCE_DIR}/src/synth/fdvoc.c PROPERTIES COMPILE_OPTIONS "-O3;-fno-trapping-math")

# bench/vocoder's helper: renders the same generated parameters with both
# vocoders and reports CPU time and the log-spectral distance.
add_executable(nv-vocbench ${CMAKE_SOURCE_DIR}/bench/vocbench.c)
target_include_directories(nv-vocbench PRIVATE ${CMAKE_SOURCE_DIR}/src ${HTSENGINE_INCLUDE_DIR})
target_link_libraries(nv-vocbench PRIVATE newsvoice)
add_dependencies(nv-vocbench nv-data)
