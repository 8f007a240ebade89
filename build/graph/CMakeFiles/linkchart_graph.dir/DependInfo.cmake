
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/graph/entity_graph.cpp" "graph/CMakeFiles/linkchart_graph.dir/entity_graph.cpp.o" "gcc" "graph/CMakeFiles/linkchart_graph.dir/entity_graph.cpp.o.d"
  "/work/main/graph/error.cpp" "graph/CMakeFiles/linkchart_graph.dir/error.cpp.o" "gcc" "graph/CMakeFiles/linkchart_graph.dir/error.cpp.o.d"
  "/work/main/graph/normalize.cpp" "graph/CMakeFiles/linkchart_graph.dir/normalize.cpp.o" "gcc" "graph/CMakeFiles/linkchart_graph.dir/normalize.cpp.o.d"
  "/work/main/graph/path.cpp" "graph/CMakeFiles/linkchart_graph.dir/path.cpp.o" "gcc" "graph/CMakeFiles/linkchart_graph.dir/path.cpp.o.d"
  "/work/main/graph/schema.cpp" "graph/CMakeFiles/linkchart_graph.dir/schema.cpp.o" "gcc" "graph/CMakeFiles/linkchart_graph.dir/schema.cpp.o.d"
  "/work/main/graph/types.cpp" "graph/CMakeFiles/linkchart_graph.dir/types.cpp.o" "gcc" "graph/CMakeFiles/linkchart_graph.dir/types.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
