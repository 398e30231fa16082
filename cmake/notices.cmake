# Writes the site's LICENSES.txt: Boomerang's licence, then the licence of each work compiled
# into the page (Dear ImGui, nlohmann/json, the Inter font), each under a heading. MIT and the
# OFL ask that the notice go with every copy, and the hosted page is one.
#   cmake -DOUTPUT=… -DPROJECT_LICENSE=… -DIMGUI_LICENSE=… -DJSON_LICENSE=… -DFONT_LICENSE=… -P notices.cmake
set(_text "The licences of Boomerang's web page and of the works compiled into it.\n")
foreach(_part "Boomerang;${PROJECT_LICENSE}" "Dear ImGui;${IMGUI_LICENSE}" "nlohmann/json;${JSON_LICENSE}"
              "Inter (the font);${FONT_LICENSE}")
  list(GET _part 0 _name)
  list(GET _part 1 _file)
  file(READ "${_file}" _licence)
  string(APPEND _text "\n==== ${_name} ====\n\n${_licence}")
endforeach()
file(WRITE "${OUTPUT}" "${_text}")
