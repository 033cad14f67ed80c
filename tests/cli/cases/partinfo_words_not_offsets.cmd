partinfo decode --version 1.0
