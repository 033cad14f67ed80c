decode y9=1
