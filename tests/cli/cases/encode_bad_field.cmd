encode FFA_RUN handle=1
