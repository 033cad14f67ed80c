help msg2
