decode --version 1.9 0x84000063 0x10002
