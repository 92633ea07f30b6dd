# Run at build time by tightside_discover_qtests (QtTestDiscover.cmake): writes LIST_FILE with
# one add_test() per function that TEST_EXECUTABLE lists with -functions.
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
            TIGHTSIDE_DATA_DIR=/nonexistent/never-used ${TEST_EXECUTABLE} -functions
    OUTPUT_VARIABLE output
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TEST_EXECUTABLE} -functions failed (${result}):\n${output}")
endif()
string(REPLACE "\n" ";" lines "${output}")
set(environment "QT_QPA_PLATFORM=offscreen;TIGHTSIDE_DATA_DIR=/nonexistent/never-used")
if(EXTRA_ENV)
    string(APPEND environment ";${EXTRA_ENV}")
endif()
set(script "")
set(count 0)
foreach(line IN LISTS lines)
    string(STRIP "${line}" line)
    if(line MATCHES "^([A-Za-z_][A-Za-z0-9_]*)\\(\\)$")
        set(name ${CMAKE_MATCH_1})
        string(APPEND script
            "add_test([==[${TEST_PREFIX}.${name}]==] [==[${TEST_EXECUTABLE}]==] ${name})\n"
            "set_tests_properties([==[${TEST_PREFIX}.${name}]==] PROPERTIES LABELS gui "
            "TIMEOUT 120 ENVIRONMENT "
            "[==[${environment}]==])\n")
        math(EXPR count "${count} + 1")
    endif()
endforeach()
if(count EQUAL 0)
    message(FATAL_ERROR "${TEST_EXECUTABLE} -functions listed no test function")
endif()
file(WRITE ${LIST_FILE} "${script}")
