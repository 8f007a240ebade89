file(REMOVE_RECURSE
  "CMakeFiles/linkchart_loaders.dir/detail/json_checker.cpp.o"
  "CMakeFiles/linkchart_loaders.dir/detail/json_checker.cpp.o.d"
  "CMakeFiles/linkchart_loaders.dir/detail/json_locator.cpp.o"
  "CMakeFiles/linkchart_loaders.dir/detail/json_locator.cpp.o.d"
  "CMakeFiles/linkchart_loaders.dir/file_io.cpp.o"
  "CMakeFiles/linkchart_loaders.dir/file_io.cpp.o.d"
  "CMakeFiles/linkchart_loaders.dir/json_graph.cpp.o"
  "CMakeFiles/linkchart_loaders.dir/json_graph.cpp.o.d"
  "CMakeFiles/linkchart_loaders.dir/json_schema.cpp.o"
  "CMakeFiles/linkchart_loaders.dir/json_schema.cpp.o.d"
  "liblinkchart_loaders.a"
  "liblinkchart_loaders.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/linkchart_loaders.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
