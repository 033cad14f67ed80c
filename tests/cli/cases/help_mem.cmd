mem --help
