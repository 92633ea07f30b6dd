# One FHIR validator case (tests/fhir/CMakeLists.txt): make the history, export it, validate.
if(NOT EXISTS "${MODULES}/@medplum/core/package.json")
    message(FATAL_ERROR "The FHIR validator is not installed in ${MODULES}: run ./dev.sh deps "
                        "(it runs npm ci in tests/fhir).")
endif()
execute_process(COMMAND "${NODE}" --version RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Node.js (node) is missing: run ./dev.sh deps, which installs it.")
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(bundle "${WORK}/bundle.json")
set(expect --type ${TYPE} --patient ${PATIENT})

if(SESSIONS STREQUAL "library")
    execute_process(COMMAND "${FHIRHISTORY}" bundle "${bundle}" ${TYPE} ${LANG}
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "fhirhistory bundle failed (${rc})")
    endif()
    # Two measured sessions and two stopped ones.
    list(APPEND expect --responses 4)
else()
    execute_process(COMMAND "${FHIRHISTORY}" store "${WORK}/data" ${SESSIONS} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "fhirhistory store failed (${rc})")
    endif()
    set(name "")
    if(PATIENT STREQUAL "yes")
        set(name --name "Alex Example")
    endif()
    execute_process(
        COMMAND "${BINARY}" --lang ${LANG} export --data-dir "${WORK}/data" --format fhir
                --fhir-type ${TYPE} ${name} --output "${bundle}"
        RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "tightside export --format fhir failed (${rc}): ${err}")
    endif()
    list(APPEND expect --responses ${SESSIONS})
endif()

if(MUST_REFUSE)
    list(APPEND expect --must-refuse)
endif()
execute_process(COMMAND "${NODE}" "${VALIDATOR}" ${expect} "${bundle}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "The FHIR validator refused the export (see above).")
endif()
