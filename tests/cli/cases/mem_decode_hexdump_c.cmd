mem decode --version 1.2 --op share -
