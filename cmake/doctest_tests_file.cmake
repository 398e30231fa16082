# Script mode (cmake -P): writes OUTPUT, a ctest file with one test per TEST_CASE of the doctest
# program EXECUTABLE, each running that test case alone in WORKING_DIR (cmake/doctest_tests.cmake).
execute_process(COMMAND "${EXECUTABLE}" --list-test-cases --no-version
  OUTPUT_VARIABLE output RESULT_VARIABLE result WORKING_DIRECTORY "${WORKING_DIR}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${EXECUTABLE} --list-test-cases failed (${result}):\n${output}")
endif()

# One list element per line, with each ';' of a name held as the ASCII unit separator until
# the name is written out.
string(ASCII 31 held_semicolon)
string(REPLACE ";" "${held_semicolon}" output "${output}")
string(REPLACE "\n" ";" lines "${output}")

set(script "")
foreach(line IN LISTS lines)
  if(line STREQUAL "" OR line MATCHES "^=+$" OR line MATCHES "^\\[doctest\\] ")
    continue()
  endif()
  string(REPLACE "${held_semicolon}" ";" name "${line}")
  # doctest reads a comma in --test-case as the start of another filter, unless escaped.
  string(REPLACE "," "\\," filter "${name}")
  string(APPEND script
    "add_test([==[${name}]==] [==[${EXECUTABLE}]==] [==[--test-case=${filter}]==])\n"
    "set_tests_properties([==[${name}]==] PROPERTIES WORKING_DIRECTORY [==[${WORKING_DIR}]==]\n"
    "  FAIL_REGULAR_EXPRESSION [==[\\[doctest\\] test cases: +0 \\|]==])\n")
endforeach()
file(WRITE "${OUTPUT}" "${script}")
