
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/cli/commands.cpp" "cli/CMakeFiles/linkchart.dir/commands.cpp.o" "gcc" "cli/CMakeFiles/linkchart.dir/commands.cpp.o.d"
  "/work/main/cli/main.cpp" "cli/CMakeFiles/linkchart.dir/main.cpp.o" "gcc" "cli/CMakeFiles/linkchart.dir/main.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build/loaders/CMakeFiles/linkchart_loaders.dir/DependInfo.cmake"
  "/work/main/build/render/CMakeFiles/linkchart_render.dir/DependInfo.cmake"
  "/work/main/build/graph/CMakeFiles/linkchart_graph.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
