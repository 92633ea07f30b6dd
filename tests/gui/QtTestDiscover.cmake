# Registers every test function of a QtTest executable with ctest, without listing them by hand
# (like catch_discover_tests): after each build the executable is asked for its functions
# (`<test> -functions`) and a ctest script adding one test per function is written; ctest reads
# it through the directory's TEST_INCLUDE_FILES.
#
#   tightside_discover_qtests(<target> <prefix> [NAME=VALUE])
#
# adds "<prefix>.<function>" for every function, labelled "gui", on the offscreen platform and
# never with the real data dir; NAME=VALUE is one more variable for every test's environment.
set(_tightside_qtest_script ${CMAKE_CURRENT_LIST_DIR}/QtTestDiscoverRun.cmake)

function(tightside_discover_qtests target prefix)
    set(extra_env "${ARGN}")
    set(list_file ${CMAKE_CURRENT_BINARY_DIR}/${target}_qtests.cmake)
    set(include_file ${CMAKE_CURRENT_BINARY_DIR}/${target}_include.cmake)
    add_custom_command(TARGET ${target} POST_BUILD
        BYPRODUCTS ${list_file}
        COMMAND ${CMAKE_COMMAND} -D TEST_EXECUTABLE=$<TARGET_FILE:${target}>
                -D TEST_PREFIX=${prefix} -D LIST_FILE=${list_file} "-DEXTRA_ENV=${extra_env}"
                -P ${_tightside_qtest_script}
        VERBATIM)
    file(WRITE ${include_file}
        "if(EXISTS \"${list_file}\")\n"
        "    include(\"${list_file}\")\n"
        "else()\n"
        "    add_test(${prefix}.NOT_BUILT ${target}_NOT_BUILT)\n"
        "endif()\n")
    set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES ${include_file})
endfunction()
