bootinfo decode --json
