msg2 decode --version 1.2 -
