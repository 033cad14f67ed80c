mem decode --version 1.2 --json --op share -
