file(REMOVE_RECURSE
  "liblinkchart_render.a"
)
