
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/loaders/detail/json_checker.cpp" "loaders/CMakeFiles/linkchart_loaders.dir/detail/json_checker.cpp.o" "gcc" "loaders/CMakeFiles/linkchart_loaders.dir/detail/json_checker.cpp.o.d"
  "/work/main/loaders/detail/json_locator.cpp" "loaders/CMakeFiles/linkchart_loaders.dir/detail/json_locator.cpp.o" "gcc" "loaders/CMakeFiles/linkchart_loaders.dir/detail/json_locator.cpp.o.d"
  "/work/main/loaders/file_io.cpp" "loaders/CMakeFiles/linkchart_loaders.dir/file_io.cpp.o" "gcc" "loaders/CMakeFiles/linkchart_loaders.dir/file_io.cpp.o.d"
  "/work/main/loaders/json_graph.cpp" "loaders/CMakeFiles/linkchart_loaders.dir/json_graph.cpp.o" "gcc" "loaders/CMakeFiles/linkchart_loaders.dir/json_graph.cpp.o.d"
  "/work/main/loaders/json_schema.cpp" "loaders/CMakeFiles/linkchart_loaders.dir/json_schema.cpp.o" "gcc" "loaders/CMakeFiles/linkchart_loaders.dir/json_schema.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build/graph/CMakeFiles/linkchart_graph.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
