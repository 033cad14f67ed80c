partinfo decode --version 1.3 --json
