partinfo decode --version 1.1 --count 3
