file(REMOVE_RECURSE
  "CMakeFiles/linkchart_render.dir/diagram.cpp.o"
  "CMakeFiles/linkchart_render.dir/diagram.cpp.o.d"
  "CMakeFiles/linkchart_render.dir/style.cpp.o"
  "CMakeFiles/linkchart_render.dir/style.cpp.o.d"
  "liblinkchart_render.a"
  "liblinkchart_render.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/linkchart_render.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
