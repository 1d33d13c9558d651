# cmake -DSOURCE_DIR=… -DMODULE_GRAPH="|mod:dep,dep|…" -P check_module_boundaries.cmake
#
# Fails when a file includes a module it must not depend on:
# - an engine module (engine/<mod>) may include itself and what it links, transitively, as
#   engine/CMakeLists.txt declares it (MODULE_GRAPH);
# - the applications and the Studio may include exactly the modules listed in CONSUMERS below:
#   they drive the pipeline and never reach into a stage (importers, emulator, quantizer, …).
cmake_minimum_required(VERSION 3.25)
set(CONSUMERS
  "ui=core,ir,io,script,pipeline,zoo,hef"
  "app/cli=core,ir,io,script,pipeline,profiler,hef"
  "app/studio="
  "app/modelgen=core,io,zoo")

# "name<sep>a,b" → ${out_name} = name, ${out_list} = a;b (empty when nothing follows <sep>).
function(split_entry entry sep out_name out_list)
  string(FIND "${entry}" "${sep}" at)
  string(SUBSTRING "${entry}" 0 ${at} name)
  math(EXPR rest "${at} + 1")
  string(SUBSTRING "${entry}" ${rest} -1 list)
  string(REPLACE "," ";" list "${list}")
  set(${out_name} "${name}" PARENT_SCOPE)
  set(${out_list} "${list}" PARENT_SCOPE)
endfunction()

string(REPLACE "|" ";" entries "${MODULE_GRAPH}")
set(modules)
foreach(entry IN LISTS entries)
  if(entry STREQUAL "")
    continue()
  endif()
  split_entry("${entry}" ":" mod deps)
  set(DEPS_${mod} ${deps})
  list(APPEND modules ${mod})
endforeach()
if(NOT modules)
  message(FATAL_ERROR "empty module graph")
endif()

# Transitive closure of each module's dependencies.
foreach(mod IN LISTS modules)
  set(closure ${DEPS_${mod}})
  set(changed TRUE)
  while(changed)
    set(changed FALSE)
    foreach(d IN LISTS closure)
      foreach(dd IN LISTS DEPS_${d})
        if(NOT dd IN_LIST closure)
          list(APPEND closure ${dd})
          set(changed TRUE)
        endif()
      endforeach()
    endforeach()
  endwhile()
  set(ALLOWED_engine/${mod} ${mod} ${closure})
  list(APPEND dirs engine/${mod})
endforeach()
foreach(c IN LISTS CONSUMERS)
  split_entry("${c}" "=" dir allowed)
  set(ALLOWED_${dir} ${allowed})
  list(APPEND dirs ${dir})
endforeach()

set(violations "")
set(checked 0)
foreach(dir IN LISTS dirs)
  file(GLOB_RECURSE files "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp")
  foreach(f IN LISTS files)
    math(EXPR checked "${checked} + 1")
    file(STRINGS "${f}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[a-z_]+/")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([a-z_]+)/.*" "\\1" target "${line}")
      if(target IN_LIST modules AND NOT target IN_LIST ALLOWED_${dir})
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
        string(APPEND violations "\n  ${rel}: ${line}  (${dir} may include: ${ALLOWED_${dir}})")
      endif()
    endforeach()
  endforeach()
endforeach()
if(violations)
  message(FATAL_ERROR "includes against the module graph:${violations}")
endif()
list(LENGTH modules count)
message(STATUS "${checked} files of ${count} engine modules and their consumers respect the module graph")
