msg2 decode --version 1.1 --json
