mem build --version 1.0 -
