file(REMOVE_RECURSE
  "liblinkchart_graph.a"
)
