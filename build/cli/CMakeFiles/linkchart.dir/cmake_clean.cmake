file(REMOVE_RECURSE
  "CMakeFiles/linkchart.dir/commands.cpp.o"
  "CMakeFiles/linkchart.dir/commands.cpp.o.d"
  "CMakeFiles/linkchart.dir/main.cpp.o"
  "CMakeFiles/linkchart.dir/main.cpp.o.d"
  "linkchart"
  "linkchart.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/linkchart.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
