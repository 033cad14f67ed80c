decode --json
