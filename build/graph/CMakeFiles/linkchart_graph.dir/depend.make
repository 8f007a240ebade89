# Empty dependencies file for linkchart_graph.
# This may be replaced when dependencies are built.
