mem decode --op relinquish -
