notify decode 0x3F180 0 0 0 0 0
