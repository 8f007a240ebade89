
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/render/diagram.cpp" "render/CMakeFiles/linkchart_render.dir/diagram.cpp.o" "gcc" "render/CMakeFiles/linkchart_render.dir/diagram.cpp.o.d"
  "/work/main/render/style.cpp" "render/CMakeFiles/linkchart_render.dir/style.cpp.o" "gcc" "render/CMakeFiles/linkchart_render.dir/style.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build/graph/CMakeFiles/linkchart_graph.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
