# Script mode (cmake -P): writes every released preset book of FOLDER (assets/books,
# "<id>-v<version>.json") into OUTPUT as C++ string literals, so "#p1." links open without
# the repository at hand, with the version they name.
file(GLOB books RELATIVE "${FOLDER}" "${FOLDER}/*-v*.json")
list(SORT books)
set(entries "")
foreach(name IN LISTS books)
  file(READ "${FOLDER}/${name}" text)
  string(APPEND entries "    {\"${name}\", R\"boomerang_book(${text})boomerang_book\"},\n")
endforeach()
file(WRITE "${OUTPUT}"
  "// Generated from ${FOLDER} by cmake/embed_books.cmake. Do not edit.\n"
  "#include \"cli/embedded_books.hpp\"\n\n"
  "namespace boomerang::cli {\n\n"
  "std::span<const EmbeddedBook> embedded_books() {\n"
  "    static const EmbeddedBook books[] = {\n${entries}    };\n"
  "    return books;\n}\n\n}  // namespace boomerang::cli\n")
