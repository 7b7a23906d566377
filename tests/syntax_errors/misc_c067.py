x = y z
