# Runs one CLI case from the source dir and compares it with the expected files.
# ARGS may contain @GEN@ (a folder for generated inputs) and "< FILE" to feed standard input,
# and may start with NAME=VALUE settings of the environment (LANG=de_DE.UTF-8 plan ...).
# Every case runs in English unless it sets a locale: CMakeLists.txt clears the variables.
string(REPLACE "@GEN@" "${GENERATED}" args "${ARGS}")
set(environment "")
while(args MATCHES "^([A-Z_]+=[^ ]*) +(.*)$")
    list(APPEND environment "${CMAKE_MATCH_1}")
    set(args "${CMAKE_MATCH_2}")
endwhile()
# @HISTORY(name)@ fills the case's own data dir with the sessions of tests/data/histories/name
# (a fresh copy each run, 0600 like the app writes them): the sources are never written to.
if(args MATCHES "@HISTORY\\(([a-z_-]+)\\)@ *")
    set(history "${CMAKE_MATCH_1}")
    string(REGEX REPLACE "@HISTORY\\([a-z_-]+\\)@ *" "" args "${args}")
endif()
set(input "")
if(args MATCHES "^(.*) < ([^ ]+)$")
    set(args "${CMAKE_MATCH_1}")
    set(input INPUT_FILE "${CMAKE_MATCH_2}")
endif()
separate_arguments(arglist UNIX_COMMAND "${args}")

# Inputs that are too awkward to keep in git are made here.
if(NOT EXISTS "${GENERATED}/big.json")
    string(REPEAT " " 1100000 spaces)
    file(WRITE "${GENERATED}/big.json" "{${spaces}}")
    string(REPEAT "[" 50000 open)
    string(REPEAT "]" 50000 close)
    file(WRITE "${GENERATED}/deep.json" "${open}${close}")
endif()

# Every case starts from an empty data dir (its own, under GENERATED); a store case may
# prepare it with tests/cli/setup/<case>.sh DATA_DIR BINARY, run from the source dir.
set(data "$ENV{TIGHTSIDE_DATA_DIR}")
if(data MATCHES "^${GENERATED}/")
    if(EXISTS "${data}")
        execute_process(COMMAND chmod -R u+rwx "${data}")
    endif()
    file(REMOVE_RECURSE "${data}")
endif()
if(history)
    file(GLOB sessions "${SOURCE_DIR}/tests/data/histories/${history}/*.json")
    file(COPY ${sessions} DESTINATION "${data}/sessions"
         FILE_PERMISSIONS OWNER_READ OWNER_WRITE)
endif()
set(setup "${SOURCE_DIR}/tests/cli/setup/${NAME}.sh")
if(EXISTS "${setup}")
    execute_process(COMMAND sh "${setup}" "${data}" "${BINARY}"
        WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE setup_code)
    if(NOT setup_code EQUAL 0)
        message(FATAL_ERROR "${NAME}: setup failed (${setup_code})")
    endif()
endif()

execute_process(COMMAND "${CMAKE_COMMAND}" -E env ${environment} "${BINARY}" ${arglist}
    WORKING_DIRECTORY "${SOURCE_DIR}"
    ${input}
    RESULT_VARIABLE code
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
string(REPLACE "${GENERATED}" "@GEN@" out "${out}")
string(REPLACE "${GENERATED}" "@GEN@" err "${err}")

set(base "${EXPECTED}/${NAME}")
if(DEFINED ENV{TIGHTSIDE_UPDATE_EXPECTED})
    file(WRITE "${base}.code" "${code}\n")
    file(WRITE "${base}.stdout" "${out}")
    file(WRITE "${base}.stderr" "${err}")
    message(STATUS "updated ${NAME}")
    return()
endif()
file(READ "${base}.code" want_code)
string(STRIP "${want_code}" want_code)
file(READ "${base}.stdout" want_out)
file(READ "${base}.stderr" want_err)
set(failed FALSE)
if(NOT code STREQUAL want_code)
    message(SEND_ERROR "${NAME}: exit code ${code}, expected ${want_code}")
    set(failed TRUE)
endif()
if(NOT out STREQUAL want_out)
    message(SEND_ERROR "${NAME}: stdout differs\n--- expected\n${want_out}\n--- got\n${out}")
    set(failed TRUE)
endif()
if(NOT err STREQUAL want_err)
    message(SEND_ERROR "${NAME}: stderr differs\n--- expected\n${want_err}\n--- got\n${err}")
    set(failed TRUE)
endif()
if(failed)
    message(FATAL_ERROR "${NAME} failed")
endif()
