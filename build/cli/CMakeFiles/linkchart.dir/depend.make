# Empty dependencies file for linkchart.
# This may be replaced when dependencies are built.
