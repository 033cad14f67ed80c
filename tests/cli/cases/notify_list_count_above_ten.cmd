notify decode --json 0x580
