file(REMOVE_RECURSE
  "liblinkchart_loaders.a"
)
