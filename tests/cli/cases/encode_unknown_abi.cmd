encode FFA_NOPE
