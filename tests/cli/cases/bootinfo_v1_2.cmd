bootinfo decode
