partinfo decode --version 1.1 --size 48
