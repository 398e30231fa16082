# Cross-compiling for 64-bit Windows with MinGW-w64 from Debian or Ubuntu
# (g++-mingw-w64-x86-64-posix, libz-mingw-w64-dev; scripts/build.sh windows installs them).
#
# The "posix" compiler, because GCC 12's libstdc++ has std::thread only with that thread
# model (the file dialogs run on one). Programs link statically (libgcc, libstdc++,
# winpthread, zlib), so the .exe files run on Windows without MinGW's DLLs beside them.
# Wine, when installed, runs the test program for ctest (CMAKE_CROSSCOMPILING_EMULATOR).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(_mingw x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_mingw}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_mingw}-g++-posix)
set(CMAKE_RC_COMPILER ${_mingw}-windres)

# Libraries and headers for Windows only, never the build machine's (/usr/include holds
# glibc's headers and Linux libraries); programs (git, cmake) are the build machine's.
set(CMAKE_FIND_ROOT_PATH /usr/${_mingw})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# libz.a rather than libz.dll.a, the import library of a DLL we would then have to ship.
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)
set(ZLIB_USE_STATIC_LIBS ON)  # FindZLIB names libz.dll.a first otherwise (CMake 3.24 and later)
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")

find_program(BOOMERANG_WINE NAMES wine wine64 PATHS /usr/lib/wine)
if(BOOMERANG_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${BOOMERANG_WINE})
endif()
