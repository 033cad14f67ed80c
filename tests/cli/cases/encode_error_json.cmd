encode --json ERROR error_code=NOT_READY
