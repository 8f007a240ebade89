# Empty dependencies file for linkchart_render.
# This may be replaced when dependencies are built.
