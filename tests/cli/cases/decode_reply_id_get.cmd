decode --reply-to FFA_ID_GET 0x84000061 0 0x8001
