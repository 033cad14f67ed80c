decode
