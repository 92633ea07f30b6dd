# Starts `tightside --exit-after-startup` with a fresh data dir and settings, on the offscreen
# platform (MODE offscreen: must exit 0, silently), with no display at all (MODE nodisplay) or
# with a display that is not there (MODE baddisplay): both must exit 1 with our words on stderr,
# never abort with a core dump.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/config")
set(env -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
        "TIGHTSIDE_DATA_DIR=${WORK}/data" "XDG_CONFIG_HOME=${WORK}/config"
        "XDG_RUNTIME_DIR=${WORK}")
if(MODE STREQUAL "offscreen")
    list(APPEND env QT_QPA_PLATFORM=offscreen)
    set(want_code 0)
elseif(MODE STREQUAL "baddisplay")
    list(APPEND env DISPLAY=:59999)
    set(want_code 1)
    set(want_err "the window could not start")
else()
    set(want_code 1)
    set(want_err "there is no display to open the window on")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} ${env} "${BINARY}" --exit-after-startup
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 50)
if(NOT code STREQUAL want_code)
    message(FATAL_ERROR "exit ${code}, expected ${want_code}\nstdout: ${out}\nstderr: ${err}")
endif()
if(DEFINED want_err)
    string(FIND "${err}" "${want_err}" at)
    string(FIND "${err}" "tightside --help" hint)
    if(at EQUAL -1 OR hint EQUAL -1)
        message(FATAL_ERROR "stderr does not say '${want_err}' and point to --help:\n${err}")
    endif()
elseif(NOT out STREQUAL "")
    message(FATAL_ERROR "unexpected stdout: ${out}")
endif()
