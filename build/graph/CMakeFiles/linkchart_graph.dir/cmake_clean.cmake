file(REMOVE_RECURSE
  "CMakeFiles/linkchart_graph.dir/entity_graph.cpp.o"
  "CMakeFiles/linkchart_graph.dir/entity_graph.cpp.o.d"
  "CMakeFiles/linkchart_graph.dir/error.cpp.o"
  "CMakeFiles/linkchart_graph.dir/error.cpp.o.d"
  "CMakeFiles/linkchart_graph.dir/normalize.cpp.o"
  "CMakeFiles/linkchart_graph.dir/normalize.cpp.o.d"
  "CMakeFiles/linkchart_graph.dir/path.cpp.o"
  "CMakeFiles/linkchart_graph.dir/path.cpp.o.d"
  "CMakeFiles/linkchart_graph.dir/schema.cpp.o"
  "CMakeFiles/linkchart_graph.dir/schema.cpp.o.d"
  "CMakeFiles/linkchart_graph.dir/types.cpp.o"
  "CMakeFiles/linkchart_graph.dir/types.cpp.o.d"
  "liblinkchart_graph.a"
  "liblinkchart_graph.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/linkchart_graph.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
