mem build
