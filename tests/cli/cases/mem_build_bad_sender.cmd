mem build --version 1.2 -
