# The web build's size settings (docs/WEB.md, "Size"). Included once from the top
# CMakeLists.txt before any target, so Dear ImGui, our libraries, the app and the minimal
# comparison app (bench/minimal_imgui) are all compiled and linked alike.
if(NOT EMSCRIPTEN)
  return()
endif()

set(BOOMERANG_WEB_OPT "-Oz" CACHE STRING "Optimisation level of the web build's release configurations")
option(BOOMERANG_WEB_LTO "Link-time optimisation in the web build's release configurations" ON)

set(_release "$<CONFIG:Release,MinSizeRel>")
# Optimise for size: the download is the start-up time. -Oz at link time also runs
# binaryen's wasm-opt -Oz over the whole program.
add_compile_options("$<${_release}:${BOOMERANG_WEB_OPT}>")
add_link_options("$<${_release}:${BOOMERANG_WEB_OPT}>")
if(BOOMERANG_WEB_LTO)
  # Whole-program inlining and dead-code removal across Dear ImGui and our libraries.
  add_compile_options("$<${_release}:-flto>")
  add_link_options("$<${_release}:-flto>")
endif()

# Compiles `target` for speed rather than size: -O2 in place of the size level, and out of
# link-time optimisation, since with -flto the code is generated at link time at the link's
# level (-Oz) and the -O2 would be lost. For the models, whose loops run on every change:
# bench/browser_models.mjs times a book of 200 deals at 1.2 ms this way against 2.2 ms at
# -Oz, for 21 KB more (brotli). Only some of the model's files at -O2 gave 1.9-2.1 ms.
# With 128-bit SIMD (-msimd128; every browser since 2023 runs it) the compiler pairs the
# dense loops of the boomerang-ratio solver: a web of 1,000 companies and 5,000 flows takes
# 22.5 ms in the page instead of 30.4 ms.
function(boomerang_compile_for_speed target)
  get_target_property(_options ${target} COMPILE_OPTIONS)
  if(NOT _options OR NOT BOOMERANG_WEB_OPT)
    return()
  endif()
  list(TRANSFORM _options REPLACE "${BOOMERANG_WEB_OPT}" "-O2")
  list(TRANSFORM _options REPLACE "-flto" "-fno-lto")
  list(APPEND _options -msimd128)
  set_target_properties(${target} PROPERTIES COMPILE_OPTIONS "${_options}")
endfunction()

# Nothing in src/ throws or catches (nlohmann-json is used through its non-throwing
# parse(…, nullptr, false) and checks is_*() before get<>()), and nothing asks for typeid or
# dynamic_cast: drop both from every object. JSON_NOEXCEPTION makes a violated precondition in
# nlohmann-json abort instead of throwing.
add_compile_options(-fno-exceptions -fno-rtti)
add_compile_definitions(JSON_NOEXCEPTION)

# A small allocator (the app allocates little after start-up); no eval()/new Function() in the
# JavaScript glue, so the page runs under a Content-Security-Policy without 'unsafe-eval'.
add_link_options(-sMALLOC=emmalloc -sDYNAMIC_EXECUTION=0 -sFILESYSTEM=0)

# The UI font, subset to the characters we draw (assets/fonts/README.md): 29 KB, not 259 KB.
set(BOOMERANG_WEB_FONT "${PROJECT_SOURCE_DIR}/assets/fonts/Inter-Regular-ui.otf"
    CACHE FILEPATH "UI font embedded in the web build")
set(BOOMERANG_FONT "${BOOMERANG_WEB_FONT}")

# The single-file page (build/web/boomerang-single.html) for hosts that take one file: made
# from the assembled site after every build of the app (scripts/single-file.mjs).
if(NOT BOOMERANG_BUILD_APP)
  return()
endif()
if(NOT NODE_JS_EXECUTABLE)
  find_program(NODE_JS_EXECUTABLE NAMES node nodejs REQUIRED)
endif()
add_custom_target(boomerang_single_file ALL
  COMMAND "${NODE_JS_EXECUTABLE}" "${PROJECT_SOURCE_DIR}/scripts/single-file.mjs"
          --site "${CMAKE_BINARY_DIR}/site" --out "${CMAKE_BINARY_DIR}/boomerang-single.html"
  COMMENT "Writing the single-file page"
  VERBATIM)
add_dependencies(boomerang_single_file boomerang)
