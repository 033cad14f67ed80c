decode --reply-to VERSION 0xffffffffffffffff
