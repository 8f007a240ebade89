# Empty dependencies file for linkchart_loaders.
# This may be replaced when dependencies are built.
