encode --version 1.2 FFA_MSG_SEND_DIRECT_REQ_64 sender_id=0 receiver_id=0x8001 payload=1,2,3,4,5
