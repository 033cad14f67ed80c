partinfo decode --version 1.1
