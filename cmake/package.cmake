# The Debian package (CPack DEB), built by `./dev.sh package`. Depends come from
# dpkg-shlibdeps; the package is checked by lintian (tests/install/check_deb.sh).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tightside)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Tightside developers")
set(CPACK_PACKAGE_CONTACT "The Tightside developers <tightside@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/tightside/tightside")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES TRUE)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Speech needs a voice, and Qt's sound output needs a sound server; both are optional: the
# window shows every cue on screen as well.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-speech-flite-plugin, pipewire-pulse | pulseaudio")
# The synopsis, then the long description (CPack indents it and turns empty lines into " .").
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "guide to find and release the tighter side of the legs")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Tightside is for people with a tight or aching low back who use a foam
roller. It asks a few safety questions first (a warning sign stops the check
and says how urgently to see a clinician), then guides a left and right
self-test of the quadriceps, hip flexors, adductors, IT band and hamstrings.

A plan explains every step in plain words: only the tighter side of each
group is released, never the low back or the glutes. A routine player counts
each hold with a big countdown, sounds and optional spoken cues, and has a
stop button for rising pain. Every session stays on your computer, with a
chart of the gap between your sides and an export for a clinician.

Tightside is not medical advice. The same program also runs without a window,
for scripts: tightside plan, history, export.")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
include(CPack)
