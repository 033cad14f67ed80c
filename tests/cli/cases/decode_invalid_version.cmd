decode --version 1.1 0xC400008D
