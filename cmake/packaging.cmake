# Installable desktop builds: `cmake --build --preset native --target package` writes
#   build/native/packages/boomerang_<version>_<arch>.deb          (sudo apt install ./…)
#   build/native/packages/boomerang-<version>-Linux-<arch>.tar.gz (unpack anywhere)
# Both hold the same tree: bin/boomerang (the desktop app), bin/boomerang-cli, the desktop
# entry and icon, and the docs. tests/package/package_test.sh installs and runs them.
#
# The app reads no files of its own at run time: fonts and preset books are compiled in
# (src/ui/CMakeLists.txt, src/presets), so the binaries are all it needs beside the system's
# GLFW, OpenGL and libpng, which the .deb depends on (dpkg-shlibdeps works out which).

# Without the app (sanitize and fuzz presets) there is no desktop app to package.
if(NOT BOOMERANG_BUILD_APP)
  return()
endif()

include(GNUInstallDirs)

install(TARGETS boomerang boomerang-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/assets/desktop/boomerang.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
# The same mark as the web app's favicon, so both show one icon.
install(FILES ${PROJECT_SOURCE_DIR}/web/favicon.svg
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME boomerang.svg)

# Docs as Debian lays them out: share/doc/boomerang/ with the README, the licence as
# `copyright`, and the licences of Dear ImGui, nlohmann/json and the Inter font, all compiled in.
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
install(FILES ${IMGUI_DIR}/LICENSE.txt DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME dear-imgui-LICENSE.txt)
install(FILES ${PROJECT_SOURCE_DIR}/assets/licenses/nlohmann-json.txt DESTINATION ${CMAKE_INSTALL_DOCDIR}
  RENAME nlohmann-json-LICENSE.txt)
install(FILES ${PROJECT_SOURCE_DIR}/assets/fonts/OFL.txt DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME inter-OFL.txt)

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME "boomerang")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Boomerang authors")
set(CPACK_PACKAGE_CONTACT "The Boomerang authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "calculator for AI compute deals: GPUs, costs, money that comes back")
# Lines under 80 columns, as Debian's package descriptions want them.
set(CPACK_PACKAGE_DESCRIPTION [[
Boomerang turns an AI compute deal, announced in dollars and gigawatts,
into what it means: how many GPUs, what it costs to run, how much of the
money comes back to the investor (boomerang or circular deals), and how
much of it is firm once exit clauses are counted. A book of deals shows
the money network between the companies.

This package holds the desktop app (boomerang) and the command-line tool
(boomerang-cli), with the preset books of published deals compiled in.]])
set(CPACK_PACKAGE_FILE_NAME "boomerang-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
# Stripped: 3 MB for the app instead of the build tree's 65 MB (RelWithDebInfo).
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Boomerang authors")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Depends from the libraries the binaries link (dpkg-shlibdeps, from dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
