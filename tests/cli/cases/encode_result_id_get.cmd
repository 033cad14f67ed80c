encode --result ID_GET id=0x8001
