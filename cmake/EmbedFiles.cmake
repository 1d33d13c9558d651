# cmake -DOUT=file.cpp -DFILES="a.json|b.json" -DFUNCTION=name -DHEADER=path/x.h -P EmbedFiles.cmake
# Writes a C++ source defining `const std::vector<std::pair<std::string, std::string>>& FUNCTION()`
# that returns (file name, contents) for every file, as raw string literals.
string(REPLACE "|" ";" files "${FILES}")
set(body "")
foreach(f IN LISTS files)
  get_filename_component(name "${f}" NAME)
  file(READ "${f}" text)
  string(FIND "${text}" ")dfc_embed\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${f} contains the raw-string delimiter")
  endif()
  string(APPEND body "        {\"${name}\", R\"dfc_embed(${text})dfc_embed\"},\n")
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from ${FILES} by cmake/EmbedFiles.cmake: do not edit.\n#include \"${HEADER}\"\n\nnamespace dfc {\n\nconst std::vector<std::pair<std::string, std::string>>& ${FUNCTION}()\n{\n    static const std::vector<std::pair<std::string, std::string>> files = {\n${body}    };\n    return files;\n}\n\n}  // namespace dfc\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
