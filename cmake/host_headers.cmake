# host_header_library(NAME <target> HEADER <relative header> FOLDER <folder> PACKAGE <apt package>)
# A header-only library taken from the build machine's /usr/include, for builds that must
# not search it (Emscripten, the Windows cross-build: glibc's headers there would shadow
# the target's C library). The header's folder is copied into the build tree, and <target>
# adds that copy to the include path.
function(host_header_library)
  cmake_parse_arguments(ARG "" "NAME;HEADER;FOLDER;PACKAGE" "" ${ARGN})
  string(MAKE_C_IDENTIFIER "${ARG_NAME}" _id)
  find_path(${_id}_HOST_INCLUDE_DIR ${ARG_HEADER}
    PATHS /usr/include /usr/local/include NO_CMAKE_FIND_ROOT_PATH NO_DEFAULT_PATH)
  if(NOT ${_id}_HOST_INCLUDE_DIR)
    message(FATAL_ERROR "${ARG_HEADER} not found: install ${ARG_PACKAGE} (scripts/setup.sh) "
                        "or pass -D${_id}_HOST_INCLUDE_DIR=")
  endif()
  set(_copy "${CMAKE_BINARY_DIR}/host-headers")
  file(COPY "${${_id}_HOST_INCLUDE_DIR}/${ARG_FOLDER}" DESTINATION "${_copy}")
  add_library(${ARG_NAME} INTERFACE IMPORTED GLOBAL)
  target_include_directories(${ARG_NAME} SYSTEM INTERFACE "${_copy}")
endfunction()
