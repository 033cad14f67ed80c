mem decode --version 1.1 --op share -
