# Script mode (cmake -P): writes every released preset book of FOLDER (assets/books,
# "<id>-v<version>.json") into OUTPUT as byte arrays (a string literal may not exceed 64 KiB,
# and the deal web is larger), so "#p1." links open without the repository at hand, with the
# version they name.
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
file(WRITE "${OUTPUT}"
  "// Generated from ${FOLDER} by cmake/embed_books.cmake. Do not edit.\n"
  "#include \"cli/embedded_books.hpp\"\n\n"
  "namespace boomerang::cli {\n\nnamespace {\n\n${arrays}\n}  // namespace\n\n"
  "std::span<const EmbeddedBook> embedded_books() {\n"
  "    static const EmbeddedBook books[] = {\n${entries}    };\n"
  "    return books;\n}\n\n}  // namespace boomerang::cli\n")
