msg2 --help
