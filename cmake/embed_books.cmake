# Script mode (cmake -P): writes every released preset book of FOLDER (assets/books,
# "<id>-v<version>.json") into OUTPUT as byte arrays (a string literal may not exceed 64 KiB,
# and the deal web is larger), so "#p1." links open without the repository at hand, with the
# version they name; and index.json, the menu's order.
file(GLOB books RELATIVE "${FOLDER}" "${FOLDER}/*-v*.json")
list(SORT books)
set(arrays "")
set(entries "")
set(index 0)
foreach(name IN LISTS books)
  file(READ "${FOLDER}/${name}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
  string(APPEND arrays "const unsigned char book_${index}[] = {\n${bytes}\n};\n")
  string(APPEND entries "        {\"${name}\", book_${index}, ${size}},\n")
  math(EXPR index "${index} + 1")
endforeach()
file(READ "${FOLDER}/index.json" index_hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," index_bytes "${index_hex}")
file(WRITE "${OUTPUT}"
  "// Generated from ${FOLDER} by cmake/embed_books.cmake. Do not edit.\n"
  "#include \"presets/preset_books.hpp\"\n\n"
  "namespace boomerang::presets {\n\nnamespace {\n\n${arrays}const unsigned char index_text[] = {${index_bytes} 0};\n\n}  // namespace\n\n"
  "std::span<const EmbeddedBook> embedded_books() {\n"
  "    static const EmbeddedBook books[] = {\n${entries}    };\n"
  "    return books;\n}\n\n"
  "std::string_view embedded_index() {\n    return {reinterpret_cast<const char*>(index_text), sizeof index_text - 1};\n}\n\n"
  "}  // namespace boomerang::presets\n")
