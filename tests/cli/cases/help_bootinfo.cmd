bootinfo --help
