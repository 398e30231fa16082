# doctest_tests(TARGET target)
# Registers every TEST_CASE of a doctest program with ctest under its own name, after every
# build, like doctest's doctest_discover_tests, which we do not use because it splits a name
# at each ';' (CMake's list separator): "an accepted edit is one step; a drag folds into one"
# became two ctest tests whose filters matched no test case, and both passed without running
# anything. Here a name keeps its ';', and a ctest test that runs no test case fails.
#
# A cross-built program (Windows) cannot list its test cases at build time without Wine, so
# there it is one ctest test, the whole program, run through CMAKE_CROSSCOMPILING_EMULATOR.
function(doctest_tests)
  cmake_parse_arguments(ARG "" "TARGET" "" ${ARGN})
  if(CMAKE_CROSSCOMPILING)
    add_test(NAME ${ARG_TARGET} COMMAND ${ARG_TARGET} WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
    return()
  endif()
  set(ctest_file "${CMAKE_CURRENT_BINARY_DIR}/${ARG_TARGET}_tests.cmake")
  set(include_file "${CMAKE_CURRENT_BINARY_DIR}/${ARG_TARGET}_include.cmake")
  add_custom_command(TARGET ${ARG_TARGET} POST_BUILD
    BYPRODUCTS "${ctest_file}"
    COMMAND ${CMAKE_COMMAND} -DEXECUTABLE=$<TARGET_FILE:${ARG_TARGET}>
            -DWORKING_DIR=${CMAKE_CURRENT_BINARY_DIR} -DOUTPUT=${ctest_file}
            -P "${PROJECT_SOURCE_DIR}/cmake/doctest_tests_file.cmake"
    VERBATIM)
  # Before the first build there is no list yet: ctest then reports the program as not built.
  file(WRITE "${include_file}"
    "if(EXISTS \"${ctest_file}\")\n"
    "  include(\"${ctest_file}\")\n"
    "else()\n"
    "  add_test(${ARG_TARGET}_NOT_BUILT ${ARG_TARGET}_NOT_BUILT)\n"
    "endif()\n")
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${include_file}")
endfunction()
