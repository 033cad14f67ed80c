decode --json --version 1.2 0xC400008D 0x80010000 0xc2c1b2b1a4a3a2a1 0xd8d7d6d5d4d3d2d1 4 5 6 7 8 9 a b c d e f 10 11
