notify --help
