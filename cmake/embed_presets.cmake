# Script mode (cmake -P): writes the presets listed in INDEX (assets/scenarios/index.json)
# into OUTPUT as C++ string literals, so the web build needs no file system to offer them.
file(READ "${INDEX}" index_json)
get_filename_component(folder "${INDEX}" DIRECTORY)
string(JSON count LENGTH "${index_json}" presets)
math(EXPR last "${count} - 1")
set(entries "")
foreach(i RANGE ${last})
  string(JSON name GET "${index_json}" presets ${i})
  file(READ "${folder}/${name}" text)
  string(REGEX REPLACE "\\.json$" "" id "${name}")
  string(APPEND entries "    {\"${id}\", R\"boomerang_preset(${text})boomerang_preset\"},\n")
endforeach()
file(WRITE "${OUTPUT}"
  "// Generated from ${INDEX} by cmake/embed_presets.cmake. Do not edit.\n"
  "#include \"ui/presets.hpp\"\n\n"
  "namespace boomerang::ui {\n\n"
  "std::span<const EmbeddedPreset> embedded_presets() {\n"
  "    static const EmbeddedPreset presets[] = {\n${entries}    };\n"
  "    return presets;\n}\n\n}  // namespace boomerang::ui\n")
