partinfo --help
